"""vizlog.media._png: exact pixels through Pillow, the chunk layout, determinism, fallbacks."""

from __future__ import annotations

import io
import struct
import subprocess
import sys
import zlib

import numpy as np
import pytest
from PIL import Image as PILImage

from vizlog.media import _png

pytest.importorskip("isal")


def _rng_pixels(shape: tuple[int, ...], seed: int = 0) -> np.ndarray:
    return np.random.default_rng(seed).integers(0, 256, size=shape, dtype=np.uint8)


@pytest.mark.parametrize(("shape", "mode"), [
    ((7, 5), "L"), ((7, 5, 1), "L"), ((7, 5, 2), "LA"), ((7, 5, 3), "RGB"), ((7, 5, 4), "RGBA"),
    ((1, 1, 3), "RGB"), ((1, 300, 3), "RGB"), ((300, 1), "L"), ((64, 48, 4), "RGBA"),
])
def test_pillow_decodes_the_exact_pixels(shape: tuple[int, ...], mode: str) -> None:
    pixels = _rng_pixels(shape)
    data = _png.encode_png(pixels)
    assert data is not None
    with PILImage.open(io.BytesIO(data)) as im:
        im.load()
        assert (im.format, im.mode, im.size) == ("PNG", mode, (shape[1], shape[0]))
        got = np.asarray(im)
    assert np.array_equal(got, pixels.reshape(got.shape))


def test_non_contiguous_and_smooth_inputs_round_trip() -> None:
    yy, xx = np.mgrid[0:40, 0:60]
    smooth = np.stack([xx * 4, yy * 6, (xx + yy) * 2], axis=-1).astype(np.uint8)
    view = _rng_pixels((80, 60, 3), seed=1)[::2]      # a strided view
    for pixels in (smooth, view, np.zeros((9, 9), np.uint8), np.full((9, 9, 4), 255, np.uint8)):
        data = _png.encode_png(pixels)
        assert data is not None
        with PILImage.open(io.BytesIO(data)) as im:
            assert np.array_equal(np.asarray(im), pixels)


def _chunks(data: bytes) -> list[tuple[bytes, bytes]]:
    """(type, body) of every chunk, each CRC checked."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, out = 8, []
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos:pos + 4])
        kind, body = data[pos + 4:pos + 8], data[pos + 8:pos + 8 + length]
        (crc,) = struct.unpack(">I", data[pos + 8 + length:pos + 12 + length])
        assert crc == zlib.crc32(kind + body)
        out.append((kind, body))
        pos += 12 + length
    return out


@pytest.fixture
def no_fpng(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_png, "_fpng_encoder", lambda: None)


@pytest.mark.usefixtures("no_fpng")
def test_layout_is_signature_ihdr_idat_iend_with_valid_crcs() -> None:
    pixels = _rng_pixels((10, 12, 3), seed=2)
    data = _png.encode_png(pixels)
    assert data is not None and data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, kinds = 8, []
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos:pos + 4])
        kind, body = data[pos + 4:pos + 8], data[pos + 8:pos + 8 + length]
        (crc,) = struct.unpack(">I", data[pos + 8 + length:pos + 12 + length])
        assert crc == zlib.crc32(kind + body)
        kinds.append(kind)
        if kind == b"IHDR":
            assert body == struct.pack(">IIBBBBB", 12, 10, 8, 2, 0, 0, 0)
        if kind == b"IDAT":
            raw = np.frombuffer(zlib.decompress(body), np.uint8).reshape(10, 12 * 3 + 1)
            assert set(raw[:, 0].tolist()) == {2}          # every row filtered "Up"
            assert np.array_equal(np.cumsum(raw[:, 1:], axis=0, dtype=np.uint8),
                                  pixels.reshape(10, -1))
        pos += 12 + length
    assert kinds == [b"IHDR", b"IDAT", b"IEND"]


@pytest.mark.parametrize("channels", [3, 4])
def test_rgb_and_rgba_go_through_fpng_without_its_private_chunk(channels: int) -> None:
    pytest.importorskip("fpng")
    yy, xx = np.mgrid[0:50, 0:70]
    pixels = np.stack([xx * 3, yy * 5, xx + yy, 255 - xx][:channels], axis=-1).astype(np.uint8)
    data = _png.encode_png(pixels)
    assert data is not None and _png.fpng_available()
    chunks = _chunks(data)
    assert [k for k, _ in chunks] == [b"IHDR", b"IDAT", b"IEND"]
    assert chunks[0][1] == struct.pack(">IIBBBBB", 70, 50, 8, 2 if channels == 3 else 6, 0, 0, 0)
    raw = np.frombuffer(zlib.decompress(chunks[1][1]), np.uint8).reshape(50, 70 * channels + 1)
    assert set(raw[:, 0].tolist()) <= {0, 2}              # None or Up filters only
    from fpng import fpng_ext

    assert b"fdEC" in fpng_ext.encode_ndarray(pixels)      # what is removed
    with PILImage.open(io.BytesIO(data)) as im:
        assert np.array_equal(np.asarray(im), pixels)


def test_gray_and_gray_alpha_stay_on_isal() -> None:
    for pixels in (_rng_pixels((9, 11)), _rng_pixels((9, 11, 2))):
        data = _png.encode_png(pixels)
        assert data is not None
        raw = np.frombuffer(zlib.decompress(_chunks(data)[1][1]), np.uint8)
        assert set(raw.reshape(9, -1)[:, 0].tolist()) == {2}


@pytest.mark.parametrize("fpng", [True, False])
@pytest.mark.parametrize("shape", [(50, 70, 3), (50, 70, 4), (9, 11), (9, 11, 2)])
def test_parts_join_to_the_same_file_without_a_copy(fpng: bool, shape: tuple[int, ...],
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    if not fpng:
        monkeypatch.setattr(_png, "_fpng_encoder", lambda: None)
    elif len(shape) < 3 or shape[2] < 3 or not _png.fpng_available():
        pytest.skip("fpng encodes RGB and RGBA only (and needs the fpng package)")
    pixels = _rng_pixels(shape, seed=5)
    parts = _png.encode_png_parts(pixels)
    assert parts is not None
    data = b"".join(parts)
    assert data == _png.encode_png(pixels)
    assert b"fdEC" not in data
    if fpng:  # two views of fpng's own output: its file around the private chunk
        assert len(parts) == 2 and all(isinstance(p, memoryview) for p in parts)
        assert parts[0].obj is parts[1].obj and len(parts[1].obj) == len(data) + 17
    with PILImage.open(io.BytesIO(data)) as im:
        assert np.array_equal(np.asarray(im), pixels)


def test_parts_are_none_where_encode_png_is_none() -> None:
    for value in (np.zeros((4, 4), np.float32), np.zeros((0, 4, 3), np.uint8), [[1, 2]]):
        assert _png.encode_png_parts(value) is None  # type: ignore[arg-type]
        assert _png.encode_png(value) is None  # type: ignore[arg-type]


@pytest.mark.parametrize("fpng", [True, False])
def test_same_pixels_same_bytes(fpng: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    if not fpng:
        monkeypatch.setattr(_png, "_fpng_encoder", lambda: None)
    pixels = _rng_pixels((33, 17, 3), seed=3)
    assert _png.encode_png(pixels) == _png.encode_png(pixels.copy())


def test_same_bytes_in_another_process() -> None:
    """Both coders give the same file in a fresh interpreter (no state, no timestamps)."""
    code = ("import hashlib, numpy as np\n"
            "from vizlog.media import _png\n"
            "rng = np.random.default_rng(7)\n"
            "print([hashlib.sha256(_png.encode_png(rng.integers(0, 256, s, dtype=np.uint8)))"
            ".hexdigest() for s in ((40, 30, 3), (40, 30, 4), (40, 30))])\n")
    rng = np.random.default_rng(7)
    import hashlib

    here = [hashlib.sha256(_png.encode_png(rng.integers(0, 256, s, dtype=np.uint8)) or b"")
            .hexdigest() for s in ((40, 30, 3), (40, 30, 4), (40, 30))]
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout
    assert out.strip() == str(here)


@pytest.mark.parametrize("pixels", [
    np.zeros((4, 4), np.uint16), np.zeros((4, 4), np.float32), np.zeros((4, 4, 5), np.uint8),
    np.zeros((2, 4, 4, 3), np.uint8), np.zeros((0, 4, 3), np.uint8), np.zeros(4, np.uint8),
])
def test_unusual_inputs_are_left_to_pillow(pixels: np.ndarray) -> None:
    assert _png.encode_png(pixels) is None


def test_without_isal_the_caller_falls_back(monkeypatch: pytest.MonkeyPatch) -> None:
    import vizlog

    monkeypatch.setattr(_png, "_isal_zlib", lambda: None)
    monkeypatch.setattr(_png, "_fpng_encoder", lambda: None)
    pixels = _rng_pixels((6, 7, 3), seed=4)
    assert _png.encode_png(pixels) is None
    enc = vizlog.Image(pixels).encode()
    with PILImage.open(io.BytesIO(enc.data)) as im:
        assert np.array_equal(np.asarray(im), pixels)
