"""Strict, deterministic JSON for everything vizlog writes.

Rules: sorted keys, compact separators, UTF-8, never a bare ``NaN``/``Infinity``. Non-finite floats
are written as the tagged object ``{"_type": "float", "value": "NaN" | "Infinity" | "-Infinity"}``
and turned back into floats by :func:`loads`; ``-0.0`` is plain JSON (``-0.0``) and round-trips.
numpy scalars and 0-d arrays become Python numbers; small arrays become lists.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Mapping
from typing import Any

__all__ = ["FLOAT_TAG", "MAX_DEPTH", "check_depth", "check_text", "check_texts", "dumps",
           "dumps_plain", "loads", "plain_encoder", "to_jsonable"]

FLOAT_TAG = "float"
#: The deepest nesting of dicts and lists vizlog writes or reads back (see :func:`check_depth`).
MAX_DEPTH = 100
_NONFINITE = {"NaN": math.nan, "Infinity": math.inf, "-Infinity": -math.inf}


def _tag(x: float) -> dict[str, str]:
    if math.isnan(x):
        text = "NaN"
    elif x > 0:
        text = "Infinity"
    else:
        text = "-Infinity"
    return {"_type": FLOAT_TAG, "value": text}


def _is_numpy(value: Any, kind: str) -> bool:
    """``isinstance(value, numpy.<kind>)`` without importing numpy for values that are not
    numpy's (a numpy value means numpy is loaded already)."""
    if not type(value).__module__.startswith("numpy"):
        return False
    import numpy as np

    return isinstance(value, getattr(np, kind))


def check_text(value: str, where: str, error: type[Exception] | None = None) -> str:
    """``value`` if it is valid Unicode text (encodable as UTF-8), else a clear error naming
    ``where``: a lone surrogate (typical of ``os.fsdecode`` of a non-UTF-8 file name) must never
    reach a file, where it would fail late and poison the run."""
    if value.isascii():
        return value
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as exc:
        from vizlog.errors import UsageError

        raise (error or UsageError)(
            f"{where} holds a string that is not valid Unicode text: the lone surrogate "
            f"{value[exc.start]!r} at index {exc.start} (typical of os.fsdecode of a file name "
            "that is not UTF-8). Clean it first, e.g. s.encode('utf-8', 'surrogateescape')"
            ".decode('utf-8', 'replace').") from None
    return value


def check_depth(value: Any, where: str, depth: int) -> None:
    """A clear error when a dict or list sits more than :data:`MAX_DEPTH` levels deep (deeper
    values would hit Python's recursion limit in every JSON encoder and decoder)."""
    if depth >= MAX_DEPTH and isinstance(value, (Mapping, list, tuple)):
        from vizlog.errors import UsageError

        raise UsageError(f"{where} is nested more than {MAX_DEPTH} levels deep; vizlog stores "
                         f"at most {MAX_DEPTH} levels of dicts and lists. Flatten it, or log it "
                         "as a string or a file.")


def check_texts(value: Any, where: str, depth: int = 0) -> None:
    """:func:`check_text` on every string (and key) inside nested dicts and lists, and
    :func:`check_depth` on every container."""
    check_depth(value, where, depth)
    if isinstance(value, str):
        check_text(value, where)
    elif isinstance(value, Mapping):
        for k, v in value.items():
            if isinstance(k, str):
                check_text(k, f"a key in {where}")
            check_texts(v, where, depth + 1)
    elif isinstance(value, (list, tuple)):
        for v in value:
            check_texts(v, where, depth + 1)


def to_jsonable(value: Any) -> Any:
    """Turn ``value`` into plain JSON types (dict with str keys, list, str, int, float, bool, None).

    Raises ``TypeError`` for values that have no JSON form; callers wrap it with context.
    """
    if value is None or isinstance(value, (bool, str)):
        return value
    if isinstance(value, int):
        return int(value)
    if isinstance(value, float):
        return value if math.isfinite(value) else _tag(value)
    if isinstance(value, Mapping):
        out = {}
        for k, v in value.items():
            if not isinstance(k, str):
                if (isinstance(k, int) or _is_numpy(k, "integer")) and not isinstance(k, bool):
                    k = str(int(k))
                else:
                    raise TypeError(f"dict keys must be str or int; got {type(k).__name__} {k!r}")
            out[k] = to_jsonable(v)
        return out
    if isinstance(value, (list, tuple)):
        return [to_jsonable(v) for v in value]
    if _is_numpy(value, "generic"):
        item = value.item()
        if _is_numpy(item, "generic"):  # longdouble/clongdouble: no Python equivalent
            if value.dtype.kind == "f":
                return to_jsonable(float(value))  # nearest float64
            raise TypeError(f"numpy {type(value).__name__} has no JSON form")
        return to_jsonable(item)
    if _is_numpy(value, "ndarray"):
        if value.dtype.kind not in "biuf":
            raise TypeError(f"numpy arrays of dtype {value.dtype} have no JSON form")
        if value.dtype.kind == "f" and value.dtype.itemsize > 8:
            value = value.astype("float64")  # longdouble: tolist() would keep numpy scalars
        return to_jsonable(value.tolist())
    raise TypeError(f"{type(value).__name__} has no JSON form")


_ENCODER = json.JSONEncoder(sort_keys=True, separators=(",", ":"), allow_nan=False,
                            ensure_ascii=False)




def _refuse(value: Any) -> Any:
    raise TypeError(f"{type(value).__name__} is not plain JSON")


# The C encoder built once (JSONEncoder.encode builds it again on every call): same options as
# _ENCODER, no circular-reference markers (rows are trees built by vizlog).
_C_ENCODE = (json.encoder.c_make_encoder(  # type: ignore[attr-defined]
    None, _refuse, json.encoder.encode_basestring, None, ":", ",", True, False, False)
    if getattr(json.encoder, "c_make_encoder", None) is not None else None)


def plain_encoder() -> Callable[[dict[str, Any], int], Any] | None:
    """The C encoder :func:`dumps` uses for plain dicts (called as ``encoder(d, 0)``, it returns
    the chunks of ``dumps(d)``' text and raises ValueError for a non-finite float), or None
    where the interpreter has no C encoder: for a caller that inlines :func:`dumps_plain`."""
    return _C_ENCODE


def dumps_plain(value: dict[str, Any]) -> str | None:
    """:func:`dumps` of a dict the caller checked holds only str keys and plain values (float,
    int, bool, None, str), or None when a float is not finite (the caller then takes
    :func:`dumps`, which tags it)."""
    if _C_ENCODE is None:
        return dumps(value)
    try:
        return "".join(_C_ENCODE(value, 0))
    except ValueError:
        return None


def dumps(value: Any) -> str:
    """Serialise ``value`` to strict, canonical JSON text (see module docstring)."""
    try:  # fast path: plain finite values go straight to the C encoder
        if _C_ENCODE is not None and type(value) is dict:
            return "".join(_C_ENCODE(value, 0))
        return _ENCODER.encode(value)
    except (TypeError, ValueError):
        return _ENCODER.encode(to_jsonable(value))


def _untag(obj: dict[str, Any]) -> Any:
    if len(obj) == 2 and obj.get("_type") == FLOAT_TAG and obj.get("value") in _NONFINITE:
        return _NONFINITE[obj["value"]]
    return obj


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"non-standard JSON constant {name!r}: vizlog files never contain it")


_DECODER = json.JSONDecoder(object_hook=_untag, parse_constant=_refuse_constant)
_SCAN: Any = _DECODER.scan_once  # type: ignore[attr-defined]  # the C scanner


def loads(text: str | bytes) -> Any:
    """Parse strict JSON written by :func:`dumps`, restoring tagged non-finite floats.

    Raises ``ValueError`` for anything else, including JSON nested so deeply that Python's
    parser would recurse past its limit (never ``RecursionError``)."""
    try:  # what json.loads does, with one decoder built once (not one per call)
        if isinstance(text, (bytes, bytearray)):
            # an object starting "{" then a non-NUL byte is UTF-8 (json.detect_encoding's rule)
            encoding = "utf-8" if text[:1] == b"{" and text[1:2] not in (b"", b"\x00") else \
                json.detect_encoding(text)
            text = text.decode(encoding, "surrogatepass")
        elif text.startswith("\ufeff"):
            raise json.JSONDecodeError("Unexpected UTF-8 BOM (decode using utf-8-sig)", text, 0)
        try:  # the C scanner straight away: one whole value, no surrounding whitespace
            value, end = _SCAN(text, 0)
        except StopIteration:
            end = -1
        if end == len(text):
            return value
        return _DECODER.decode(text)  # whitespace around the value, or an error to report
    except RecursionError:
        raise ValueError("JSON nested too deeply to parse") from None
