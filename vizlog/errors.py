"""The exceptions vizlog raises.

Every message follows one voice: it names the argument, says what was expected, shows what came,
and ends with the fix. Media errors are also ``ValueError`` so generic callers can catch them.
"""

from __future__ import annotations

__all__ = [
    "ChartBindingError",
    "CorruptRecordWarning",
    "DtypeError",
    "MediaError",
    "RunFinishedError",
    "RunStateError",
    "ShapeError",
    "UnsafePathError",
    "UnsupportedInputError",
    "UsageError",
    "UsageTypeError",
    "VizlogError",
    "bad_argument",
    "too_large",
]


class VizlogError(Exception):
    """Base class of every error vizlog raises on purpose."""


class MediaError(VizlogError, ValueError):
    """A media value cannot be accepted: bad shape, dtype, range, format or content."""


class ShapeError(MediaError):
    """An array has a shape the media type does not accept."""


class DtypeError(MediaError):
    """An array has a dtype (or value range) the media type does not accept."""


class UnsupportedInputError(MediaError):
    """The input is of a kind the media type cannot read (wrong type, unknown file format)."""


class ChartBindingError(VizlogError, ValueError):
    """A chart's fields or strings do not match its spec or its table."""


class RunStateError(VizlogError, RuntimeError):
    """The run is in the wrong state for the call (not started, already finished, ...)."""


class UsageError(VizlogError, ValueError):
    """A call's arguments are wrong (a bad ``step``, ``id``, ``durability``, ...); also
    ``wandb.errors.UsageError``'s role."""


class UsageTypeError(UsageError, TypeError):
    """A call got an argument of the wrong type (``log()`` of something that is not a dict)."""


class RunFinishedError(RunStateError, UsageError):
    """A call that needs a running run was made on a finished one (wandb raises its
    ``UsageError`` there); also a ``RuntimeError`` and a ``ValueError``."""


class UnsafePathError(VizlogError, ValueError):
    """A path read from a run (a record, a descriptor) would leave the run, or names something
    that is not a regular file (``..``, an absolute path, a symlink out, a device)."""


class CorruptRecordWarning(UserWarning):
    """A history record failed its checksum and was skipped while reading."""


def describe(value: object, limit: int = 80) -> str:
    """A short, safe description of a user value for error messages."""
    shape = getattr(value, "shape", None)
    dtype = getattr(value, "dtype", None)
    if shape is not None and dtype is not None:
        return f"{type(value).__name__} of shape {tuple(shape)} and dtype {dtype}"
    text = repr(value)
    if len(text) > limit:
        text = text[: limit - 3] + "..."
    return f"{type(value).__name__} {text}"


def bad_argument(arg: str, expected: str, got: object, fix: str = "") -> str:
    """The one wording of a bad argument: "`arg` must be <expected>; got <got>. <fix>"."""
    shown = got if isinstance(got, str) and got.startswith("<") else describe(got)
    return f"`{arg}` must be {expected}; got {shown}." + (f" {fix}" if fix else "")


def too_large(arg: str, size: int | None, limit: int, limit_name: str = "max_bytes",
              unit: str = "bytes", fix: str = "") -> str:
    """The one wording of "too large": names the argument, the size (None: "more than the
    limit", for a stream read up to the limit), the limit and the fix."""
    what = f"is {size} {unit}" if size is not None else f"holds more than {limit} {unit}"
    return (f"`{arg}` {what}, over `{limit_name}`={limit}; "
            + (fix or f"raise `{limit_name}` if the data is trusted, or pass less data."))
# -- wandb.errors compatibility ------------------------------------------------------------------
# ``except wandb.Error`` must catch every vizlog error, so ``Error`` is the base class itself.

Error = VizlogError


class UnsupportedError(UsageError):
    """A feature vizlog does not offer was asked for (as ``wandb.errors.UnsupportedError``)."""


class CommError(VizlogError):
    """Communication failed (as ``wandb.errors.CommError``; vizlog itself never talks to a
    server). ``exc`` is the underlying exception, if any."""

    def __init__(self, msg: str, exc: BaseException | None = None) -> None:
        super().__init__(msg)
        self.exc = exc


class AuthenticationError(CommError):
    """Authentication failed (as ``wandb.errors.AuthenticationError``)."""


__all__ += ["AuthenticationError", "CommError", "Error", "UnsupportedError"]


class MediaTypeError(MediaError, TypeError):
    """A value has the wrong type where wandb raises ``TypeError`` (for example a table cell of
    another type than its column). Also a ``ValueError``, as every media error."""


class TableUsageError(MediaError, AssertionError):
    """A Table method is misused where wandb asserts (``add_column`` of an existing name or the
    wrong length, ``get_column`` of a missing column), so this is an ``AssertionError`` too."""


class TableKeyError(TableUsageError):
    """A table key is misused (``set_pk``/``set_fk`` on a missing, nullable or already-keyed
    column); wandb raises ``AssertionError`` there, so this is one too."""


__all__ += ["MediaTypeError", "TableKeyError", "TableUsageError"]
