"""vizlog.media._wav: WAV bytes written and read with numpy only."""

from __future__ import annotations

import io
import struct
import wave

import av
import numpy as np
import pytest

from vizlog.media._wav import parse_header, read_wav, write_wav


def _samples(dtype: str, channels: int) -> np.ndarray:
    rng = np.random.default_rng(11)
    if dtype == "float32":
        return rng.uniform(-1, 1, (50, channels)).astype(np.float32)
    info = np.iinfo(dtype)
    return rng.integers(info.min, info.max, (50, channels), dtype=dtype, endpoint=True)


@pytest.mark.parametrize("fmt", ["int16", "int32", "float32"])
@pytest.mark.parametrize("channels", [1, 2, 3])
def test_write_read_round_trip(fmt: str, channels: int) -> None:
    x = _samples(fmt, channels)
    data = write_wav(x, 22050, fmt)
    back, info = read_wav(data)
    assert back.dtype == x.dtype
    np.testing.assert_array_equal(back, x)
    assert (info.sample_rate, info.channels, info.samples, info.sample_format) == \
        (22050, channels, 50, fmt)
    assert write_wav(x, 22050, fmt) == data
    with av.open(io.BytesIO(data)) as box:  # ffmpeg reads every variant too
        ctx = box.streams.audio[0].codec_context
        assert (ctx.sample_rate, ctx.channels) == (22050, channels)


def test_layout_of_a_16_bit_stereo_file() -> None:
    data = write_wav(np.array([[1, -2], [3, -4]], np.int16), 8000, "int16")
    assert data[:4] == b"RIFF" and data[8:16] == b"WAVEfmt "
    assert struct.unpack("<IHHIIHH", data[16:36]) == (16, 1, 2, 8000, 32000, 4, 16)
    assert data[36:44] == b"data" + struct.pack("<I", 8)
    assert len(data) == 44 + 8
    with wave.open(io.BytesIO(data)) as w:
        assert w.readframes(2) == struct.pack("<4h", 1, -2, 3, -4)


def test_float_file_has_fact_chunk() -> None:
    data = write_wav(np.zeros((7, 1), np.float32), 8000, "float32")
    assert struct.unpack("<H", data[20:22]) == (3,) and b"fact" in data
    assert struct.unpack("<I", data[data.index(b"fact") + 8:][:4]) == (7,)


def _raw_wav(tag: int, bits: int, channels: int, payload: bytes) -> bytes:
    block = channels * bits // 8
    fmt = struct.pack("<HHIIHH", tag, channels, 8000, 8000 * block, block, bits)
    body = b"fmt " + struct.pack("<I", 16) + fmt + b"data" + struct.pack("<I", len(payload)) \
        + payload
    return b"RIFF" + struct.pack("<I", 4 + len(body)) + b"WAVE" + body


def test_reads_8_bit_24_bit_and_float64() -> None:
    u8, info = read_wav(_raw_wav(1, 8, 1, bytes([0, 128, 255])))
    assert info.sample_format == "uint8" and u8[:, 0].tolist() == [0, 128, 255]
    i24, info = read_wav(_raw_wav(1, 24, 1, b"\x01\x00\x80" + b"\xff\xff\x7f"))
    assert info.sample_format == "int24"
    assert i24[:, 0].tolist() == [-(2**23) * 256 + 256, (2**23 - 1) * 256]
    f64, info = read_wav(_raw_wav(3, 64, 1, struct.pack("<2d", 0.25, -1.0)))
    assert info.codec == "pcm_f64le" and f64[:, 0].tolist() == [0.25, -1.0]


def test_damaged_files_raise() -> None:
    good = write_wav(np.zeros((100, 2), np.int16), 8000, "int16")
    with pytest.raises(ValueError, match="truncated: its data chunk declares 400 bytes"):
        parse_header(good[:200])
    with pytest.raises(ValueError, match="not a RIFF/WAVE file"):
        parse_header(b"RIFX" + good[4:])
    with pytest.raises(ValueError, match="does not read"):
        parse_header(_raw_wav(2, 16, 1, b"\x00\x00"))  # ADPCM
    with pytest.raises(ValueError, match="without a 'fmt ' or 'data' chunk"):
        parse_header(good[:36])
