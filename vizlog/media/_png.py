"""A fast PNG writer for the plain cases: 8-bit gray, gray+alpha, RGB and RGBA pixels.

Accepted input: a C-contiguous or not ``uint8`` numpy array shaped ``(H, W)`` or ``(H, W, C)``
with ``C`` in 1..4. The output is a standard PNG: the signature, an ``IHDR`` chunk (bit depth 8,
colour type 0/4/2/6, no interlace), the image data as one or more ``IDAT`` chunks, and ``IEND``.
Every row uses the PNG "Up" filter (type 2; the first row's previous row is zeros by the
specification), computed with one vectorised numpy subtraction, and the filtered rows are
deflated by ISA-L (``isal`` package, level :data:`ISAL_LEVEL`), which releases the GIL so that
several images encode in parallel on the writer threads.

:func:`encode_png` returns ``None`` when ``isal`` is not installed or the array is anything else
(16-bit, palette, float ...): the caller then uses Pillow, which stays the encoder for every
unusual case. Same pixels give the same bytes (ISA-L is deterministic for a given input and
level); the decoded pixels are exactly the input.

Measured on the ``images`` workload (256x256 RGB, gradients plus noise, one core): about 1 ms per
image at 110 KB, where Pillow (zlib-ng, level 6, RLE strategy) took 5-10 ms at 104 KB. "Up" with
ISA-L level 1 gave the smallest files of the cheap choices (None 37 MB, Sub 22.2 MB, Up 22.0 MB
for 200 images); levels 2 and 3 were larger or slower.
"""

from __future__ import annotations

import struct
import zlib
from typing import Any

import numpy as np

__all__ = ["ISAL_LEVEL", "encode_png", "isal_available"]

ISAL_LEVEL = 1
_SIGNATURE = b"\x89PNG\r\n\x1a\n"
_COLOUR_TYPES = {1: 0, 2: 4, 3: 2, 4: 6}   # channels -> PNG colour type
_MAX_CHUNK = 1 << 30                        # IDAT pieces stay far below PNG's 2**31-1 limit
_UP = 2
_isal: Any = None
_isal_checked = False


def _isal_zlib() -> Any:
    global _isal, _isal_checked
    if not _isal_checked:
        try:
            from isal import isal_zlib as found
        except ImportError:
            found = None  # type: ignore[assignment]
        _isal, _isal_checked = found, True
    return _isal


def isal_available() -> bool:
    """Whether the fast path can run (the optional ``isal`` package is importable)."""
    return _isal_zlib() is not None


def _chunk(kind: bytes, data: Any) -> list[Any]:
    """The pieces of one chunk (length, type, data, CRC), joined once by the caller."""
    body = memoryview(data)
    crc = zlib.crc32(body, zlib.crc32(kind))
    return [struct.pack(">I", body.nbytes), kind, body, struct.pack(">I", crc)]


def up_filtered(pixels: np.ndarray) -> np.ndarray:
    """The PNG scanlines of ``pixels`` (uint8, ``(H, W)`` or ``(H, W, C)``), each row prefixed
    by filter type 2 ("Up") and holding ``row - previous row`` modulo 256."""
    h = pixels.shape[0]
    rows = pixels.reshape(h, -1)
    out = np.empty((h, rows.shape[1] + 1), np.uint8)
    out[:, 0] = _UP
    if h:
        out[0, 1:] = rows[0]
        np.subtract(rows[1:], rows[:-1], out=out[1:, 1:])
    return out


def encode_png(pixels: np.ndarray) -> bytes | None:
    """PNG bytes of ``pixels``, or ``None`` when this writer does not apply (see the module
    docstring): no ``isal``, not ``uint8``, not 2-D or 3-D with 1..4 channels, or empty."""
    isal_zlib = _isal_zlib()
    if isal_zlib is None or not isinstance(pixels, np.ndarray) or pixels.dtype != np.uint8:
        return None
    if pixels.ndim == 2:
        channels = 1
    elif pixels.ndim == 3 and 1 <= pixels.shape[2] <= 4:
        channels = pixels.shape[2]
    else:
        return None
    h, w = pixels.shape[0], pixels.shape[1]
    if h == 0 or w == 0 or h >= 2**31 or w >= 2**31:
        return None
    data = isal_zlib.compress(up_filtered(pixels), ISAL_LEVEL)
    ihdr = struct.pack(">IIBBBBB", w, h, 8, _COLOUR_TYPES[channels], 0, 0, 0)
    parts: list[Any] = [_SIGNATURE, *_chunk(b"IHDR", ihdr)]
    view = memoryview(data)
    for start in range(0, len(view), _MAX_CHUNK):
        parts += _chunk(b"IDAT", view[start:start + _MAX_CHUNK])
    parts += _chunk(b"IEND", b"")
    return b"".join(parts)
