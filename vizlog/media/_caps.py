"""Size caps for every decode: checked before anything is allocated from a size a file claims.

A small file can claim a huge decoded size (a 6 KB GIF of thousands of large frames, a FLAC of
silence, a glTF accessor of 2**31 elements with no data behind it). Every decoder in
:mod:`vizlog.media` asks this module first, with the sizes the file declares (or, while decoding,
a running total), and gets a :class:`~vizlog.errors.MediaError` worded by
:func:`~vizlog.errors.too_large` when a cap is passed. The defaults are module constants; a caller
that trusts its files raises them per call (``to_numpy(max_pixels=...)``) where offered.

Caps (defaults):

* :data:`MAX_FRAME_PIXELS`: pixels of one image or video frame (89,478,485, Pillow's limit).
* :data:`MAX_VIDEO_PIXELS`: frames x width x height of one decoded video (2**30, 3 GiB as RGB).
* :data:`MAX_VIDEO_FRAMES`: frames of one decoded video (1,000,000).
* :data:`MAX_AUDIO_SAMPLES`: samples x channels of one decoded audio file (2**28, 1 GiB float32).
* :data:`MAX_EMPTY_ACCESSOR_BYTES`: decoded bytes of a glTF accessor that has no buffer view
  (zeros by the spec; 16 MiB).
* :data:`MAX_JSON_DEPTH`: nesting of JSON read back or logged (100 levels).
* :data:`MAX_TABLE_BYTES`: decoded bytes of one Arrow table read back (2 GiB), summed from the
  footer and message headers before anything is decompressed (:func:`check_arrow`).
"""

from __future__ import annotations

import struct
from typing import Any, Literal

from vizlog import _json
from vizlog.errors import MediaError, too_large

__all__ = ["MAX_AUDIO_SAMPLES", "MAX_EMPTY_ACCESSOR_BYTES", "MAX_FRAME_PIXELS", "MAX_JSON_DEPTH",
           "MAX_VIDEO_FRAMES", "MAX_VIDEO_PIXELS", "Budget", "audio_budget", "check_empty_accessor",
           "MAX_TABLE_BYTES", "check_arrow", "check_frame", "check_sparse", "check_video",
           "decoding", "video_budget"]

MAX_FRAME_PIXELS = 89_478_485
MAX_VIDEO_PIXELS = 1 << 30
MAX_VIDEO_FRAMES = 1_000_000
MAX_AUDIO_SAMPLES = 1 << 28
MAX_EMPTY_ACCESSOR_BYTES = 16 << 20
MAX_JSON_DEPTH = _json.MAX_DEPTH

_BOMB = "a decompression bomb is refused before decoding. Raise `{name}` if the file is trusted."


def _as_int(value: Any) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) else 0


def check_frame(width: Any, height: Any, arg: str = "data_or_path",
                max_pixels: int | None = None) -> None:
    """Refuse one frame (or image) of ``width`` x ``height`` over ``max_pixels``."""
    limit = MAX_FRAME_PIXELS if max_pixels is None else max_pixels
    w, h = _as_int(width), _as_int(height)
    if w * h > limit:
        raise MediaError(too_large(arg, w * h, limit, "max_pixels", f"pixels per frame ({w}x{h})",
                                   _BOMB.format(name="max_pixels")))


def check_video(width: Any, height: Any, frames: Any, arg: str = "data_or_path",
                max_pixels: int | None = None, max_frames: int | None = None) -> None:
    """Refuse a video whose declared frames, or frames x pixels, pass the caps."""
    check_frame(width, height, arg)
    n = _as_int(frames)
    frame_cap = MAX_VIDEO_FRAMES if max_frames is None else max_frames
    if n > frame_cap:
        raise MediaError(too_large(arg, n, frame_cap, "max_frames", "frames",
                                   _BOMB.format(name="max_frames")))
    total = _as_int(width) * _as_int(height) * n
    limit = MAX_VIDEO_PIXELS if max_pixels is None else max_pixels
    if total > limit:
        raise MediaError(too_large(arg, total, limit, "max_pixels", "pixels in all frames",
                                   _BOMB.format(name="max_pixels")))


class Budget:
    """A running total checked while decoding (for sizes no header declares up front):
    :meth:`take` adds ``n`` units and raises once the total passes ``limit``."""

    def __init__(self, limit: int, arg: str, limit_name: str, unit: str) -> None:
        self.limit, self.arg, self.limit_name, self.unit = limit, arg, limit_name, unit
        self.used = 0

    def take(self, n: int) -> None:
        self.used += max(int(n), 0)
        if self.used > self.limit:
            raise MediaError(too_large(self.arg, None, self.limit, self.limit_name, self.unit,
                                       _BOMB.format(name=self.limit_name).replace(
                                           "before decoding", "while decoding")))


def video_budget(max_pixels: int | None = None, max_frames: int | None = None,
                 arg: str = "video file") -> tuple[Budget, Budget]:
    """(pixels, frames) budgets for decoding one video."""
    return (Budget(MAX_VIDEO_PIXELS if max_pixels is None else max_pixels, arg, "max_pixels",
                   "pixels in all frames"),
            Budget(MAX_VIDEO_FRAMES if max_frames is None else max_frames, arg, "max_frames",
                   "frames"))


def audio_budget(max_samples: int | None = None, arg: str = "audio file") -> Budget:
    """A samples-times-channels budget for decoding one audio file."""
    return Budget(MAX_AUDIO_SAMPLES if max_samples is None else max_samples, arg, "max_samples",
                  "samples")


class decoding:
    """Turn any failure of a third-party decoder on damaged data (``OSError`` from Pillow,
    ``av.error.*``, ``struct.error``, ``MemoryError``, ``RecursionError``, ...) into one
    :class:`~vizlog.errors.MediaError` naming ``what``; vizlog's own errors, and ``keep`` (errors
    the caller words itself), pass through."""

    def __init__(self, what: str, fix: str = "the file is damaged or not what it claims to be; "
                 "log it again from the original.",
                 keep: tuple[type[BaseException], ...] = ()) -> None:
        self.what, self.fix, self.keep = what, fix, keep

    def __enter__(self) -> None:
        return None

    def __exit__(self, kind: Any, exc: Any, tb: Any) -> Literal[False]:
        from vizlog.errors import VizlogError

        if exc is None or isinstance(exc, (VizlogError, *self.keep)) or \
                not isinstance(exc, Exception):
            return False
        raise MediaError(f"{self.what} cannot be decoded ({type(exc).__name__}: "
                         f"{str(exc)[:200]}); {self.fix}") from None


def check_empty_accessor(accessor: dict[str, Any], count: int, elem: int, where: str,
                         arg: str) -> None:
    """Refuse a glTF accessor without a buffer view (zeros by the spec, so nothing in the file
    bounds it) that would decode to more than :data:`MAX_EMPTY_ACCESSOR_BYTES`."""
    if count * elem > MAX_EMPTY_ACCESSOR_BYTES:
        raise MediaError(too_large(
            arg, count * elem, MAX_EMPTY_ACCESSOR_BYTES, "MAX_EMPTY_ACCESSOR_BYTES",
            f"bytes in glTF {where} ({count} elements with no bufferView behind them)",
            "a glTF accessor with no data must stay small; the file is damaged or hostile."))


def check_sparse(accessor: dict[str, Any], count: int, elem: int,
                 views: list[tuple[int, Any]], where: str, arg: str) -> None:
    """Check a sparse accessor's ``count``, ``indices`` and ``values`` against the accessor and
    the lengths of the buffer views they name (``views``: (byteLength, byteStride))."""
    sparse = accessor.get("sparse")
    if sparse is None:
        return
    fail = f"`{arg}` has glTF {where}.sparse that "
    if not isinstance(sparse, dict):
        raise MediaError(fail + "is not an object; the file is damaged.")
    n = sparse.get("count")
    if not isinstance(n, int) or isinstance(n, bool) or not 1 <= n <= count:
        raise MediaError(fail + f"has count {n!r}, not an integer in [1, {count}]; the file is "
                         "damaged.")
    sizes = {"indices": {5121: 1, 5123: 2, 5125: 4}, "values": None}
    for part, comp in sizes.items():
        item = sparse.get(part)
        bv = item.get("bufferView") if isinstance(item, dict) else None
        off = item.get("byteOffset", 0) if isinstance(item, dict) else None
        if not (isinstance(bv, int) and not isinstance(bv, bool) and 0 <= bv < len(views)
                and isinstance(off, int) and not isinstance(off, bool) and off >= 0):
            raise MediaError(fail + f"has a malformed `{part}`; the file is damaged.")
        if comp is not None:
            size = comp.get(item.get("componentType"))  # type: ignore[union-attr]
            if size is None:
                raise MediaError(fail + "has indices of a componentType glTF does not allow.")
        else:
            size = elem
        if off + n * size > views[bv][0]:
            raise MediaError(fail + f"`{part}` ends past its bufferView ({views[bv][0]} bytes); "
                             "the file is damaged.")


# -- Arrow IPC files (tables) ---------------------------------------------------------------------
#: Decoded bytes of one Arrow table read back (its buffers after decompression).
MAX_TABLE_BYTES = 1 << 31


def _u32(b: memoryview, p: int) -> int:
    return int(struct.unpack_from("<I", b, p)[0])


def _fb_field(b: memoryview, table: int, i: int) -> int | None:
    """The position of field ``i`` of the flatbuffer table at ``table``, or None if absent."""
    vt = table - int(struct.unpack_from("<i", b, table)[0])
    (vlen,) = struct.unpack_from("<H", b, vt)
    if 4 + 2 * i + 2 > vlen:
        return None
    (off,) = struct.unpack_from("<H", b, vt + 4 + 2 * i)
    return table + off if off else None


def _fb_table(b: memoryview, field_pos: int) -> int:
    return field_pos + _u32(b, field_pos)


def _message_bytes(b: memoryview, meta: memoryview, body: memoryview) -> int:
    """Decoded bytes of one IPC message (a record or dictionary batch): the sum of its buffers,
    each compressed buffer counted at the uncompressed length it declares."""
    root = _u32(meta, 0)
    kind_pos, header = _fb_field(meta, root, 1), _fb_field(meta, root, 2)
    kind = meta[kind_pos] if kind_pos is not None else 0
    if header is None or kind not in (2, 3):  # DictionaryBatch, RecordBatch
        return 0
    batch = _fb_table(meta, header)
    if kind == 2:
        data = _fb_field(meta, batch, 1)
        if data is None:
            return 0
        batch = _fb_table(meta, data)
    buffers = _fb_field(meta, batch, 2)
    compressed = _fb_field(meta, batch, 3) is not None
    if buffers is None:
        return 0
    vec = _fb_table(meta, buffers)
    total = 0
    for i in range(_u32(meta, vec)):
        off, length = struct.unpack_from("<qq", meta, vec + 4 + 16 * i)
        if off < 0 or length < 0 or off + length > len(body):
            raise ValueError(f"buffer {i} lies outside its message body")
        if compressed and length >= 8:
            (raw,) = struct.unpack_from("<q", body, off)
            total += length - 8 if raw == -1 else max(raw, 0)
        else:
            total += length
    return total


def check_arrow(data: Any, arg: str = "the table file", max_bytes: int | None = None) -> None:
    """Refuse an Arrow IPC file whose batches decode (decompress) to more than ``max_bytes``
    (default :data:`MAX_TABLE_BYTES`), reading only its footer and message headers: the
    batches the footer lists, each compressed buffer counted at the length it declares."""
    limit = MAX_TABLE_BYTES if max_bytes is None else max_bytes
    b = memoryview(data).cast("B")
    try:
        if bytes(b[:6]) != b"ARROW1" or bytes(b[-6:]) != b"ARROW1":
            raise ValueError("not an Arrow IPC file")
        (flen,) = struct.unpack_from("<i", b, len(b) - 10)
        if not 0 < flen <= len(b) - 18:
            raise ValueError("bad footer length")
        footer = b[len(b) - 10 - flen: len(b) - 10]
        root = _u32(footer, 0)
        total = 0
        for field in (2, 3):  # dictionaries, recordBatches: vectors of Block structs
            pos = _fb_field(footer, root, field)
            if pos is None:
                continue
            vec = _fb_table(footer, pos)
            for i in range(_u32(footer, vec)):
                off, meta_len, body_len = struct.unpack_from("<qi4xq", footer, vec + 4 + 24 * i)
                if off < 0 or meta_len < 8 or body_len < 0 or \
                        off + meta_len + body_len > len(b):
                    raise ValueError(f"block {i} lies outside the file")
                start = off + 8 if _u32(b, off) == 0xFFFFFFFF else off + 4
                meta = b[start: off + meta_len]
                total += _message_bytes(b, meta, b[off + meta_len: off + meta_len + body_len])
    except (struct.error, IndexError, ValueError, OverflowError) as exc:
        raise MediaError(f"{arg} is not a readable Arrow IPC file ({exc}); the run is "
                         "damaged.") from None
    if total > limit:
        raise MediaError(too_large(arg, total, limit, "MAX_TABLE_BYTES", "bytes decoded",
                                   _BOMB.format(name="vizlog.media._caps.MAX_TABLE_BYTES")))
