"""WAV files written and read with numpy only (no optional dependency).

Written: 16- or 32-bit integer PCM, or 32-bit IEEE float, little-endian, interleaved; plain
``WAVE_FORMAT_PCM``/``WAVE_FORMAT_IEEE_FLOAT`` headers for up to 2 channels and
``WAVE_FORMAT_EXTENSIBLE`` above (as the format requires), a ``fact`` chunk for float, nothing
else: no ``LIST``/``INFO`` chunk, no time, so the same samples give the same bytes.

Read: PCM 8/16/24/32-bit, float 32/64-bit, plain or extensible headers. A ``data`` chunk that
declares more bytes than the file holds is reported as truncated.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass

import numpy as np

__all__ = ["WavInfo", "read_wav", "write_wav"]

_PCM, _FLOAT, _EXTENSIBLE = 1, 3, 0xFFFE
_GUID_TAIL = b"\x00\x00\x00\x00\x10\x00\x80\x00\x00\xaa\x00\x38\x9b\x71"
_DTYPES = {"int16": ("<i2", _PCM), "int32": ("<i4", _PCM), "float32": ("<f4", _FLOAT)}


@dataclass(frozen=True)
class WavInfo:
    """What the header of a WAV file says."""

    sample_rate: int
    channels: int
    samples: int           # frames (one sample per channel)
    sample_format: str     # uint8, int16, int24, int32, float32, float64
    codec: str             # pcm_s16le, pcm_f32le, ...


def write_wav(samples: np.ndarray, sample_rate: int, sample_format: str) -> bytes:
    """(S, C) samples already of ``sample_format``'s dtype -> the bytes of a WAV file."""
    dtype, tag = _DTYPES[sample_format]
    frames, channels = samples.shape
    width = np.dtype(dtype).itemsize
    data = np.ascontiguousarray(samples, dtype=dtype).tobytes()
    block = channels * width
    common = struct.pack("<HIIHH", channels, sample_rate, sample_rate * block, block, 8 * width)
    if channels > 2:
        guid = struct.pack("<H", tag) + _GUID_TAIL
        fmt = struct.pack("<H", _EXTENSIBLE) + common + struct.pack("<HHI", 22, 8 * width, 0) \
            + guid
    elif tag == _FLOAT:
        fmt = struct.pack("<H", tag) + common + struct.pack("<H", 0)
    else:
        fmt = struct.pack("<H", tag) + common
    chunks = b"fmt " + struct.pack("<I", len(fmt)) + fmt
    if tag == _FLOAT:
        chunks += b"fact" + struct.pack("<II", 4, frames)
    chunks += b"data" + struct.pack("<I", len(data)) + data
    if len(data) % 2:
        chunks += b"\x00"
    return b"RIFF" + struct.pack("<I", 4 + len(chunks)) + b"WAVE" + chunks


def _chunks(data: bytes) -> dict[bytes, tuple[int, int]]:
    """Chunk id -> (offset of its payload, declared size); raises ValueError on a bad file."""
    if len(data) < 12 or data[:4] != b"RIFF" or data[8:12] != b"WAVE":
        raise ValueError("not a RIFF/WAVE file")
    out: dict[bytes, tuple[int, int]] = {}
    pos = 12
    while pos + 8 <= len(data):
        cid = data[pos:pos + 4]
        (size,) = struct.unpack("<I", data[pos + 4:pos + 8])
        out.setdefault(cid, (pos + 8, size))
        if cid == b"data":
            break
        pos += 8 + size + (size % 2)
    return out


def parse_header(data: bytes) -> tuple[WavInfo, int, int]:
    """(info, data offset, data bytes) of a PCM or float WAV; ValueError if unreadable."""
    chunks = _chunks(data)
    if b"fmt " not in chunks or b"data" not in chunks:
        raise ValueError("a WAV file without a 'fmt ' or 'data' chunk")
    off, size = chunks[b"fmt "]
    if size < 16 or off + size > len(data):
        raise ValueError("a WAV file with a short 'fmt ' chunk")
    tag, channels, rate, _, block, bits = struct.unpack("<HHIIHH", data[off:off + 16])
    if tag == _EXTENSIBLE:
        if size < 40:
            raise ValueError("a WAVE_FORMAT_EXTENSIBLE header shorter than 40 bytes")
        (tag,) = struct.unpack("<H", data[off + 24:off + 26])
    if channels == 0 or rate == 0 or block == 0:
        raise ValueError("a WAV header with zero channels, rate or block size")
    kinds = {(_PCM, 8): "uint8", (_PCM, 16): "int16", (_PCM, 24): "int24", (_PCM, 32): "int32",
             (_FLOAT, 32): "float32", (_FLOAT, 64): "float64"}
    kind = kinds.get((tag, bits))
    if kind is None or block != channels * bits // 8:
        raise ValueError(f"a WAV encoding vizlog does not read (format {tag}, {bits} bits)")
    doff, dsize = chunks[b"data"]
    available = len(data) - doff
    if dsize == 0xFFFFFFFF:  # streaming writers that never went back to fill in the size
        dsize = available - available % block
    if dsize > available:
        raise ValueError(f"truncated: its data chunk declares {dsize} bytes but {available} "
                         "are present")
    if dsize % block:
        raise ValueError("a data chunk that is not a whole number of sample frames")
    codec = {"uint8": "pcm_u8", "int16": "pcm_s16le", "int24": "pcm_s24le",
             "int32": "pcm_s32le", "float32": "pcm_f32le", "float64": "pcm_f64le"}[kind]
    return WavInfo(rate, channels, dsize // block, kind, codec), doff, dsize


def read_wav(data: bytes) -> tuple[np.ndarray, WavInfo]:
    """Samples as (S, C) in the file's own type (int24 comes back as int32 << 8; uint8 as is)."""
    info, off, size = parse_header(data)
    raw = data[off:off + size]
    if info.sample_format == "int24":
        b = np.frombuffer(raw, np.uint8).reshape(-1, 3).astype(np.int32)
        arr = (b[:, 0] << 8 | b[:, 1] << 16 | b[:, 2] << 24)
    else:
        dtype = {"uint8": "u1", "int16": "<i2", "int32": "<i4", "float32": "<f4",
                 "float64": "<f8"}[info.sample_format]
        arr = np.frombuffer(raw, dtype)
    return arr.reshape(info.samples, info.channels).astype(arr.dtype.newbyteorder("=")), info
