"""One input abstraction: a path, bytes or a file object becomes a :class:`Request` before any
media type sees it (every type that takes files reads them here, with one set of checks).

* A path (``str`` or ``os.PathLike``) must name an existing regular file of at most
  ``max_bytes`` bytes; its size is checked before it is read.
* ``bytes``/``bytearray``/``memoryview`` are taken as they are.
* A binary file object is read with ``read(max_bytes + 1)``; a longer one is refused.
* A text-mode file object is refused (``text="refuse"``, the default), or, with
  ``text="allow"``, re-read by its name when it is a handle on a real file (its exact bytes, as
  wandb does) and otherwise encoded as UTF-8.
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from vizlog.errors import MediaError, UnsupportedInputError, bad_argument, too_large

__all__ = ["Request", "is_path", "is_source", "request"]


@dataclass(frozen=True)
class Request:
    """A file input, read whole: its bytes and what its name says."""

    data: bytes
    #: lower-case extension from the name (no dot), or None
    ext: str | None = None
    #: the file's own name (no folder), or None
    name: str | None = None
    #: the folder of a real file (for files it references, e.g. an OBJ's MTL), or None
    folder: Path | None = None
    #: True when it came from a text-mode file object
    was_text: bool = False


def is_path(value: Any) -> bool:
    return isinstance(value, (str, os.PathLike))


def is_source(value: Any) -> bool:
    """True for anything :func:`request` reads: a path, bytes, or an object with ``read``."""
    return is_path(value) or isinstance(value, (bytes, bytearray, memoryview)) or \
        callable(getattr(value, "read", None))


def _ext(name: str | None) -> str | None:
    return (Path(name).suffix.lower().lstrip(".") or None) if name else None


def _from_path(value: Any, arg: str, max_bytes: int) -> Request:
    path = Path(os.fspath(value))
    try:
        st = path.stat()
    except (OSError, ValueError) as exc:
        why = exc.strerror if isinstance(exc, OSError) else str(exc)
        raise UnsupportedInputError(f"`{arg}` names a file that cannot be read: {path} ({why})."
                                    " Pass an existing file path.") from None
    if not stat.S_ISREG(st.st_mode):
        raise UnsupportedInputError(bad_argument(arg, "a regular file", f"<{path}>",
                                                 "Pass the path of a file, not a folder or "
                                                 "device."))
    if st.st_size > max_bytes:
        raise MediaError(too_large(arg, st.st_size, max_bytes))
    with open(path, "rb", buffering=0) as fh:  # unbuffered: no tty check or seek
        # read(n) allocates n bytes up front: ask for the size stat gave (plus one byte, to see
        # growth), never for max_bytes (a 1 GiB allocation costs more than reading a mesh)
        data = fh.read(st.st_size + 1) or b""
        if len(data) != st.st_size:  # it changed since stat, or a read stopped short: read on
            pieces, total = [data], len(data)
            while total <= max_bytes and (piece := fh.read(max_bytes + 1 - total)):
                pieces.append(piece)
                total += len(piece)
            data = b"".join(pieces)
    if len(data) > max_bytes:  # it grew since stat
        raise MediaError(too_large(arg, len(data), max_bytes))
    return Request(data, _ext(path.name), path.name, path.parent)


def request(value: Any, arg: str, max_bytes: int, text: str = "refuse") -> Request:
    """Read ``value`` (see the module docstring) into a :class:`Request`."""
    if is_path(value):
        return _from_path(value, arg, max_bytes)
    if isinstance(value, (bytes, bytearray, memoryview)):
        if len(value) > max_bytes:
            raise MediaError(too_large(arg, len(value), max_bytes))
        return Request(bytes(value))
    read = getattr(value, "read", None)
    if not callable(read):
        raise UnsupportedInputError(bad_argument(arg, "a path, bytes or a binary file object",
                                                 value))
    raw_name = getattr(value, "name", None)
    name = Path(raw_name).name if isinstance(raw_name, str) and raw_name else None
    real = isinstance(raw_name, str) and bool(raw_name) and os.path.isfile(raw_name)
    is_text = "b" not in str(getattr(value, "mode", "b"))
    if text == "allow" and is_text and real:
        return _from_path(raw_name, arg, max_bytes)
    try:
        got = read(max_bytes + 1)
    except UnicodeDecodeError:
        raise UnsupportedInputError(f"`{arg}` is a text-mode file object over a binary file; "
                                    "open it with mode 'rb'.") from None
    if isinstance(got, str):
        if text != "allow":
            raise UnsupportedInputError(f"`{arg}` is a text-mode file object; this media type "
                                        "needs bytes. Open the file with mode 'rb'.")
        got = got.encode("utf-8")
        is_text = True
    elif not isinstance(got, (bytes, bytearray, memoryview)):
        raise UnsupportedInputError(f"`{arg}`.read() returned {type(got).__name__}, not bytes. "
                                    "Pass a binary file object.")
    else:
        is_text = False
    if len(got) > max_bytes:
        raise MediaError(too_large(arg, None, max_bytes))
    folder = Path(raw_name).parent if real and isinstance(raw_name, str) else None
    return Request(bytes(got), _ext(name), name, folder, is_text)
