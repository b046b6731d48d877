"""A fast PNG writer for the plain cases: 8-bit gray, gray+alpha, RGB and RGBA pixels.

Accepted input: a C-contiguous or not ``uint8`` numpy array shaped ``(H, W)`` or ``(H, W, C)``
with ``C`` in 1..4. The output is a standard PNG: the signature, an ``IHDR`` chunk (bit depth 8,
colour type 0/4/2/6, no interlace), the image data as one or more ``IDAT`` chunks, and ``IEND``.
Two encoders, both optional packages of the ``images`` extra:

* **RGB and RGBA** go through fpng (the ``fpng`` package, Rich Geldreich's single-pass PNG
  writer: its own "Up"-style filtering and a fast LZ/Huffman coder, in C++; its binding keeps
  the GIL while it encodes: 200 256x256 images took 44 ms on one thread and 49-51 ms on two).
  Its private ancillary ``fdEC`` chunk (a marker for fpng's own decoder) is dropped, so the
  file is ``IHDR``, ``IDAT``, ``IEND`` like the other path's.
* **Gray, gray+alpha** (and RGB/RGBA when fpng is missing): every row uses the PNG "Up" filter
  (type 2; the first row's previous row is zeros by the specification), computed with one
  vectorised numpy subtraction, and the filtered rows are deflated by ISA-L (``isal`` package,
  level :data:`ISAL_LEVEL`), which releases the GIL as well.

:func:`encode_png` returns ``None`` when neither applies (the package missing, 16-bit, palette,
float, ...): the caller then uses Pillow, which stays the encoder for every unusual case. Same
pixels give the same bytes (both coders are deterministic, single-threaded and free of
timestamps); the decoded pixels are exactly the input.

Measured on the ``images`` workload (200 x 256x256 RGB, gradients plus noise; 2 shared cores):
fpng 0.55-0.66 ms of CPU per image at 118 KB (23.5 MB for the 200, 0.60x the raw pixels);
the numpy "Up" filter + ISA-L level 1 1.25-1.5 ms at 110 KB; Pillow (zlib-ng, level 6, RLE
strategy) 5-10 ms at 104 KB. Of the other deflaters tried on the same Up-filtered rows
(``python -m benchmarks.png_encoders``), zlib-ng (levels 1-6, default, RLE or filtered
strategy) and libdeflate (levels 1-6) were all slower than ISA-L level 1 here, and ISA-L levels
0 and 2 larger or slower.
"""

from __future__ import annotations

import struct
import zlib
from typing import Any

import numpy as np

__all__ = ["ISAL_LEVEL", "encode_png", "encode_png_parts", "fpng_available",
           "isal_available"]

ISAL_LEVEL = 1
_SIGNATURE = b"\x89PNG\r\n\x1a\n"
_COLOUR_TYPES = {1: 0, 2: 4, 3: 2, 4: 6}   # channels -> PNG colour type
_MAX_CHUNK = 1 << 30                        # IDAT pieces stay far below PNG's 2**31-1 limit
_UP = 2
_FPNG_MAX = 1 << 24                          # fpng's largest width or height
_isal: Any = None
_isal_checked = False
_fpng: Any = None
_fpng_checked = False
_FPNG_MARK = b"\x00\x00\x00\x05fdEC"       # fpng's private chunk: length 5, type fdEC
_IHDR_END = 8 + 25                          # signature + IHDR (length, type, 13 bytes, CRC)


def _isal_zlib() -> Any:
    global _isal, _isal_checked
    if not _isal_checked:
        try:
            from isal import isal_zlib as found
        except ImportError:
            found = None  # type: ignore[assignment]
        _isal, _isal_checked = found, True
    return _isal


def _fpng_encoder() -> Any:
    """fpng's ``encode_ndarray`` (C-contiguous (H, W, 3|4) uint8 -> PNG bytes), or None."""
    global _fpng, _fpng_checked
    if not _fpng_checked:
        try:
            from fpng import fpng_ext
        except ImportError:
            fpng_ext = None
        _fpng = None if fpng_ext is None else fpng_ext.encode_ndarray
        _fpng_checked = True
    return _fpng


def fpng_available() -> bool:
    """Whether RGB and RGBA go through fpng (the optional ``fpng`` package is importable)."""
    return _fpng_encoder() is not None


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
    docstring): neither encoder installed for these channels, not ``uint8``, not 2-D or 3-D
    with 1..4 channels, or empty."""
    parts = encode_png_parts(pixels)
    return None if parts is None else b"".join(parts)


def encode_png_parts(pixels: np.ndarray) -> tuple[Any, ...] | None:
    """The PNG file of ``pixels`` as buffers whose concatenation is :func:`encode_png`'s bytes
    (for fpng: its output without the ``fdEC`` chunk, as two views of it), so that a store can
    hash and write the file without copying it once more; ``None`` as for :func:`encode_png`."""
    if not isinstance(pixels, np.ndarray) or pixels.dtype != np.uint8:
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
    fpng = _fpng_encoder() if channels >= 3 and h < _FPNG_MAX and w < _FPNG_MAX else None
    if fpng is not None:
        try:
            return _without_marker(fpng(np.ascontiguousarray(pixels)))
        except (RuntimeError, ValueError, MemoryError):  # pragma: no cover - beyond fpng's limits
            pass
    isal_zlib = _isal_zlib()
    if isal_zlib is None:
        return None
    data = isal_zlib.compress(up_filtered(pixels), ISAL_LEVEL)
    ihdr = struct.pack(">IIBBBBB", w, h, 8, _COLOUR_TYPES[channels], 0, 0, 0)
    parts: list[Any] = [_SIGNATURE, *_chunk(b"IHDR", ihdr)]
    view = memoryview(data)
    for start in range(0, len(view), _MAX_CHUNK):
        parts += _chunk(b"IDAT", view[start:start + _MAX_CHUNK])
    parts += _chunk(b"IEND", b"")
    return tuple(parts)


def _without_marker(png: bytes) -> tuple[Any, ...]:
    """fpng's file without its private ``fdEC`` chunk (written right after ``IHDR``), as views
    of ``png`` (no copy: 118 KB copied and allocated again took 80-100 us per 256x256 image
    here, under the GIL)."""
    if png[_IHDR_END:_IHDR_END + 8] != _FPNG_MARK:
        return (png,)
    view = memoryview(png)
    return (view[:_IHDR_END], view[_IHDR_END + 17:])
