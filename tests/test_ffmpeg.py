"""vizlog.media._ffmpeg: the bundled encoders, probing and decoding."""

from __future__ import annotations

from fractions import Fraction

import numpy as np
import pytest

from vizlog.errors import VizlogError
from vizlog.media import _ffmpeg as F


def _video(t: int = 4, h: int = 16, w: int = 16) -> np.ndarray:
    yy, xx = np.mgrid[0:h, 0:w]
    return np.stack([np.stack([xx * 255 // w, yy * 255 // h, (xx + yy + i) % 256])
                     for i in range(t)]).astype(np.uint8)


def test_fps_fraction() -> None:
    assert F.fps_fraction(8) == Fraction(8)
    assert F.fps_fraction(29.97) == Fraction(2997, 100)
    assert F.fps_fraction(30000 / 1001) == Fraction(30000, 1001)


def test_thread_count_depends_on_size_only() -> None:
    assert F.encoder_threads(128, 128) == 1 and F.encoder_threads(1920, 1080) == 4


def test_run_ffmpeg_reports_errors() -> None:
    with pytest.raises(VizlogError, match=r"the bundled ffmpeg failed to write a mp4 file"):
        F.run_ffmpeg(["-f", "rawvideo", "-pix_fmt", "rgb24", "-s", "4x4"], b"\x00" * 10,
                     ["-c:v", "no-such-encoder"], "mp4")


@pytest.mark.parametrize("backend", ["ffmpeg", "pyav"])
@pytest.mark.parametrize("fmt", ["mp4", "webm"])
def test_backends_agree_on_content(fmt: str, backend: str,
                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(F.BACKENDS, fmt, backend)
    v = _video()
    data = F.encode_video(v, Fraction(5), fmt)
    info = F.probe_video(data, None)
    assert (info.format, info.width, info.height, info.frames, info.fps) == (fmt, 16, 16, 4, 5.0)
    back = F.decode_video(data, "rgb24").transpose(0, 3, 1, 2)
    assert np.abs(back.astype(int) - v).mean() < 6


def test_probe_refuses_damaged_or_foreign_data() -> None:
    data = F.encode_video(_video(), Fraction(5), "webm")
    with pytest.raises(ValueError, match="truncated"):
        F.probe_video(data[:-3], None)
    with pytest.raises(ValueError, match="not a readable video"):
        F.probe_video(b"\x00" * 100, None)
    audio = F.encode_audio(np.zeros((800, 1), np.float32), 8000, "flac", "float32")
    with pytest.raises(ValueError, match="not mp4, mov, webm, gif or ogg"):
        F.probe_video(audio, None)


def test_audio_probe_and_decode() -> None:
    x = (0.5 * np.sin(np.arange(1600) / 7)).astype(np.float32)[:, None]
    for fmt, codec in (("flac", "flac"), ("ogg", "vorbis"), ("mp3", "mp3float")):
        data = F.encode_audio(x, 8000, fmt, "float32")
        info = F.probe_audio(data)
        assert (info.format, info.codec, info.sample_rate, info.channels, info.samples) == \
            (fmt, codec, 8000, 1, 1600)
        got, rate = F.decode_audio(data)
        assert rate == 8000 and got.dtype == np.float32 and got.shape[1] == 1
    with pytest.raises(ValueError, match="not a readable audio file"):
        F.probe_audio(b"nothing")
