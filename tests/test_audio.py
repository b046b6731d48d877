"""vizlog.media.audio: inputs, WAV round trips, FLAC/Ogg/MP3, files, errors, lists, golden."""

from __future__ import annotations

import io
import wave
from pathlib import Path
from typing import Any

import av
import numpy as np
import pytest

import vizlog
from tests.fakes import FakeTensor
from vizlog.errors import DtypeError, MediaError, ShapeError, UnsupportedInputError
from vizlog.media import _ffmpeg
from vizlog.media.audio import Audio
from vizlog.read import run_files
from vizlog.testing import Golden

SR = 8000


def _tone(n: int = 800, channels: int = 2, seed: int = 4) -> np.ndarray:
    """(n, channels) float32 in [-0.9, 0.9]: tones plus a little noise."""
    t = np.arange(n) / SR
    rng = np.random.default_rng(seed)
    cols = [0.6 * np.sin(2 * np.pi * (220 * (c + 1)) * t) + rng.normal(0, 0.05, n)
            for c in range(channels)]
    return np.clip(np.stack(cols, 1), -0.9, 0.9).astype(np.float32)


def _int16(x: np.ndarray) -> np.ndarray:
    return np.rint(x * 32767).astype(np.int16)


def _snr(ref: np.ndarray, got: np.ndarray) -> float:
    n = min(len(ref), len(got))
    ref, got = ref[:n].astype(np.float64), got[:n].astype(np.float64)
    return 10 * float(np.log10(np.sum(ref**2) / max(np.sum((ref - got) ** 2), 1e-30)))


def _roundtrip(audio: Audio, runs_dir: Path, key: str = "a") -> tuple[dict[str, Any], Audio]:
    with vizlog.init(dir=runs_dir) as run:
        run.log({key: audio})
    data = vizlog.open_run(run.dir)
    assert data.verify() == []
    [(_, back)] = data.media(key)
    return next(data.rows(key))[key], back


# -- 6. arrays and WAV -----------------------------------------------------------------------
def test_float_mono_wav_round_trip_is_exact(runs_dir: Path) -> None:
    x = _tone(channels=1)[:, 0]
    desc, back = _roundtrip(Audio(x, SR, caption="tone"), runs_dir)
    assert desc["_type"] == "audio-file" and desc["format"] == "wav"
    assert desc["path"].startswith("media/audio/") and desc["path"].endswith(".wav")
    assert (desc["sample_rate"], desc["channels"], desc["samples"], desc["duration"]) == \
        (SR, 1, 800, 0.1)
    assert (desc["sample_format"], desc["codec"], desc["caption"]) == \
        ("float32", "pcm_f32le", "tone")
    got = back.to_numpy()
    assert got.dtype == np.float32 and got.shape == (800,)
    np.testing.assert_array_equal(got, x)


def test_int16_and_int32_are_exact(runs_dir: Path) -> None:
    i16 = _int16(_tone())
    i32 = i16.astype(np.int32) * 65536 + 123
    with vizlog.init(dir=runs_dir) as run:
        run.log({"i16": Audio(i16, SR), "i32": Audio(i32, SR)})
    data = vizlog.open_run(run.dir)
    for key, want in (("i16", i16), ("i32", i32)):
        [(_, back)] = data.media(key)
        got = back.to_numpy()
        assert got.dtype == want.dtype
        np.testing.assert_array_equal(got, want)
    with wave.open(str(Path(run.dir) / next(data.rows())["i16"]["path"])) as w:  # stdlib reads it
        assert (w.getnchannels(), w.getsampwidth(), w.getframerate(), w.getnframes()) == \
            (2, 2, SR, 800)
        np.testing.assert_array_equal(
            np.frombuffer(w.readframes(800), "<i2").reshape(-1, 2), i16)


def test_float64_within_float32_and_int16_option_within_half_lsb(runs_dir: Path) -> None:
    x = _tone().astype(np.float64) * 1.0001
    a = Audio(x, SR)
    np.testing.assert_allclose(a.to_numpy(), x, atol=1e-7)
    assert a.to_numpy().dtype == np.float64
    desc, back = _roundtrip(Audio(x, SR, sample_format="int16"), runs_dir)
    assert desc["sample_format"] == "int16" and desc["codec"] == "pcm_s16le"
    got = back.to_numpy()
    assert got.dtype == np.float64
    assert np.abs(got - x).max() <= 0.5 / 32767 + 1e-12


def test_channels_first_needs_layout(runs_dir: Path) -> None:
    x = _tone(channels=3)
    with pytest.raises(ShapeError, match=r"800 channels \(shape \(3, 800\)\); wav holds at most "
                                         r"64\. Pass `layout=\"CS\"`"):
        Audio(x.T, SR)
    desc, back = _roundtrip(Audio(x.T, SR, layout="CS"), runs_dir)
    assert desc["channels"] == 3 and desc["layout"] == "CS" and desc["shape"] == [3, 800]
    np.testing.assert_array_equal(back.to_numpy(), x.T)
    with av.open(io.BytesIO(Audio(x, SR).encode().data or b"")) as box:  # extensible header
        assert box.streams.audio[0].codec_context.channels == 3


def test_clip_is_explicit() -> None:
    x = np.array([-1.5, -0.5, 0.0, 0.5, 2.0], np.float32)
    with pytest.raises(DtypeError, match=r"float samples in \[-1\.5, 2\]; float audio must lie "
                                         r"in \[-1, 1\]\. Pass `clip=True`"):
        Audio(x, SR)
    a = Audio(x, SR, clip=True)
    np.testing.assert_array_equal(a.to_numpy(), [-1.0, -0.5, 0.0, 0.5, 1.0])
    assert a.encode().fields["clipped"] == 2


def test_lists_and_tensors_are_accepted() -> None:
    np.testing.assert_array_equal(Audio([0.0, 0.25, -0.5], SR).to_numpy(), [0.0, 0.25, -0.5])
    x = _tone()
    np.testing.assert_array_equal(Audio(FakeTensor(x), SR).to_numpy(), x)


def test_same_samples_same_bytes() -> None:
    for fmt in ("wav", "flac", "ogg", "mp3"):
        a, b = Audio(_tone(), SR, format=fmt).encode(), Audio(_tone(), SR, format=fmt).encode()
        assert a.data == b.data and a.fields == b.fields, fmt
        assert a.data is not None and b"Lavf5" not in a.data and b"Lavc" not in a.data


# -- 6. FLAC, Ogg, MP3 ------------------------------------------------------------------------
def test_flac_is_lossless_for_int16(runs_dir: Path) -> None:
    i16 = _int16(_tone())
    desc, back = _roundtrip(Audio(i16, SR, format="flac"), runs_dir)
    assert (desc["format"], desc["codec"], desc["samples"]) == ("flac", "flac", 800)
    np.testing.assert_array_equal(back.to_numpy(), i16)
    x = _tone()
    enc = Audio(x, SR, format="flac").encode()
    got, rate = _ffmpeg.decode_audio(enc.data or b"")
    assert rate == SR and np.abs(got - x).max() < 2.0**-22  # floats are kept as 24 bits


@pytest.mark.parametrize(("fmt", "codec"), [("ogg", "vorbis"), ("mp3", "mp3")])
def test_lossy_formats_decode_close(fmt: str, codec: str, runs_dir: Path) -> None:
    t = np.arange(SR // 2) / SR
    x = (0.5 * np.sin(2 * np.pi * 440 * t)).astype(np.float32)
    desc, back = _roundtrip(Audio(np.stack([x, x], 1), SR, format=fmt), runs_dir)
    assert (desc["format"], desc["codec"], desc["channels"], desc["samples"]) == \
        (fmt, codec, 2, SR // 2)
    got = back.to_numpy()
    assert got.shape == (SR // 2, 2)
    assert _snr(np.stack([x, x], 1)[200:-200], got[200:-200]) > 15


# -- 6. files ------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def audio_files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    d = tmp_path_factory.mktemp("audio")
    out = {}
    for fmt in ("wav", "flac", "ogg", "mp3"):
        data = Audio(_tone(n=SR // 2), SR, format=fmt).encode().data
        assert data is not None
        out[fmt] = d / f"clip.{fmt}"
        out[fmt].write_bytes(data)
    return out


@pytest.mark.parametrize("fmt", ["wav", "flac", "ogg", "mp3"])
@pytest.mark.parametrize("how", ["str", "path", "fileobj"])
def test_files_are_probed_and_stored_as_given(fmt: str, how: str,
                                              audio_files: dict[str, Path]) -> None:
    src = audio_files[fmt]
    if how == "fileobj":
        with open(src, "rb") as fh:
            a = Audio(fh)
    else:
        a = Audio(str(src) if how == "str" else src)
    enc = a.encode()
    assert enc.data == src.read_bytes() and enc.ext == fmt
    f = enc.fields
    assert (f["format"], f["sample_rate"], f["channels"], f["source"]) == (fmt, SR, 2, "file")
    assert abs(f["duration"] - 0.5) < 0.01
    back = Audio.from_descriptor({**f, "path": src.name}, run_files(src.parent)).to_numpy()
    assert back.shape[1] == 2 and abs(len(back) - SR // 2) <= 1


def test_file_sample_rate_must_match(audio_files: dict[str, Path]) -> None:
    assert Audio(audio_files["wav"], SR).sample_rate == SR
    with pytest.raises(MediaError, match=r"`sample_rate` is 16000 but the file says 8000"):
        Audio(audio_files["wav"], 16000)


BAD = {
    "no_rate": (lambda: Audio(_tone(), None), MediaError, r"`sample_rate` is required"),
    "rate0": (lambda: Audio(_tone(), 0), MediaError, r"`sample_rate` must be a positive whole"),
    "rate_float": (lambda: Audio(_tone(), 44100.5), MediaError, r"positive whole number"),
    "ndim3": (lambda: Audio(np.zeros((2, 2, 2)), SR), ShapeError,
              r"shape \(samples,\) or \(samples, channels\); got \(2, 2, 2\)"),
    "empty": (lambda: Audio(np.zeros(0, np.float32), SR), ShapeError, r"holds no samples"),
    "nan": (lambda: Audio(np.array([0.0, np.nan]), SR), DtypeError, r"NaN or infinite"),
    "uint8": (lambda: Audio(np.zeros(4, np.uint8), SR), DtypeError,
              r"dtype uint8; audio samples must be float in \[-1, 1\], int16 or int32"),
    "format": (lambda: Audio(_tone(), SR, format="aac"), MediaError,
               r"`format` must be one of 'wav', 'flac', 'ogg', 'mp3'; got 'aac'"),
    "mp3_channels": (lambda: Audio(_tone(channels=3), SR, format="mp3"), ShapeError,
                     r"3 channels .* mp3 holds at most 2"),
    "mp3_rate": (lambda: Audio(_tone(), 12345, format="mp3"), MediaError,
                 r"12345 cannot be stored as mp3"),
    "sample_format": (lambda: Audio(_int16(_tone()), SR, sample_format="float32"), MediaError,
                      r"`sample_format` 'float32' does not match int16"),
    "object": (lambda: Audio({"x": 1}, SR), UnsupportedInputError, r"must be a numpy array"),
    "not_audio": (lambda: Audio(io.BytesIO(b"plain text, no audio here" * 40)), MediaError,
                  r"not a readable audio file"),
    "layout": (lambda: Audio(_tone(), SR, layout="TC"), MediaError, r"`layout` must be 'SC'"),
}


@pytest.mark.parametrize("case", sorted(BAD))
def test_bad_input_raises_at_construction(case: str) -> None:
    make, err, pattern = BAD[case]
    with pytest.raises(err, match=pattern):
        make()


@pytest.mark.parametrize("fmt", ["wav", "flac", "ogg", "mp3"])
def test_truncated_file_raises(fmt: str, audio_files: dict[str, Path]) -> None:
    data = audio_files[fmt].read_bytes()
    cut = data[: len(data) // 2] if fmt == "wav" else data[:40]
    with pytest.raises(MediaError, match="not a readable audio file"):
        Audio(io.BytesIO(cut))


# -- lists, end to end -------------------------------------------------------------------------
def test_list_descriptor_is_wandbs(runs_dir: Path) -> None:
    with vizlog.init(dir=runs_dir) as run:
        run.log({"clips": [Audio(_tone(n=800), SR), Audio(_tone(n=400), 16000, caption="b")],
                 "plain": [Audio(_tone(n=80), SR)]})
    data = vizlog.open_run(run.dir)
    row = next(data.rows())
    d = row["clips"]
    assert d["_type"] == "audio" and d["count"] == 2 and d["audio"] == d["items"]
    assert d["sampleRates"] == [SR, 16000] and d["durations"] == [0.1, 0.025]
    assert d["captions"] == ["", "b"] and "captions" not in row["plain"]
    [(_, back)] = data.media("clips")
    assert [a.to_numpy().shape for a in back] == [(800, 2), (400, 2)]


# -- golden ---------------------------------------------------------------------------------------
def _decoded_close(db: float) -> Any:
    def compare(expected: bytes, actual: bytes) -> None:
        a, _ = _ffmpeg.decode_audio(expected)
        b, _ = _ffmpeg.decode_audio(actual)
        if a.shape != b.shape:
            raise AssertionError(f"decoded shape {a.shape} != {b.shape}")
        if db == float("inf"):
            if not np.array_equal(a, b):
                raise AssertionError("decoded samples differ")
        elif _snr(a, b) < db:
            raise AssertionError(f"SNR {_snr(a, b):.1f} dB is below {db} dB")

    return compare


GOLDEN_CASES: dict[str, tuple[Any, Any]] = {
    "wav_float32_mono": (lambda: Audio(_tone(channels=1)[:, 0], SR, caption="mono"), None),
    "wav_int16_stereo": (lambda: Audio(_int16(_tone()), SR), None),
    "wav_float_as_int16": (lambda: Audio(_tone(), SR, sample_format="int16"), None),
    "wav_int32_3ch": (lambda: Audio(_int16(_tone(channels=3)).astype(np.int32) << 16, SR),
                      None),
    "flac_int16": (lambda: Audio(_int16(_tone()), SR, format="flac"), float("inf")),
    "ogg_stereo": (lambda: Audio(_tone(), SR, format="ogg"), 10.0),
    "mp3_stereo": (lambda: Audio(_tone(), SR, format="mp3"), 10.0),
}


@pytest.mark.parametrize("case", sorted(GOLDEN_CASES))
def test_golden(case: str, golden: Golden) -> None:
    make, db = GOLDEN_CASES[case]
    enc = make().encode()
    name = f"audio.{enc.ext}"
    compare = {} if db is None else {name: _decoded_close(db)}  # WAV: exact bytes
    golden.check(f"audio/{case}", descriptor=enc.fields, files={name: enc.data},
                 compare=compare)


def test_huge_sample_arrays_are_refused_before_any_copy() -> None:
    huge = np.broadcast_to(np.float32(0), (10**11,))
    with pytest.raises(MediaError, match=r"is 400000000000 bytes once stored .* `max_bytes`="):
        Audio(huge, sample_rate=16_000)


def test_wandb_list_helpers() -> None:
    a = vizlog.Audio(np.zeros(800, np.float32), sample_rate=8000, caption="a")
    b = vizlog.Audio(np.zeros((4410, 2), np.int16), sample_rate=44100)
    assert vizlog.Audio.sample_rates([a, b]) == [8000, 44100]
    assert vizlog.Audio.durations([a, b]) == [0.1, 0.1]
    assert vizlog.Audio.captions([a, b]) == ["a", ""]
    assert vizlog.Audio.captions([b, b]) is False
    with pytest.raises(MediaError, match=r"`audio_list` must be a list of vizlog.Audio"):
        vizlog.Audio.durations([a, 3])  # type: ignore[list-item]


@pytest.mark.parametrize("block", [0, 1])
def test_wav_with_zero_bits_per_sample_is_a_media_error(block: int) -> None:
    import struct

    fmt = struct.pack("<HHIIHH", 1, 1, 8000, 8000 * block, block, 0)
    body = (b"WAVE" + b"fmt " + struct.pack("<I", 16) + fmt + b"data" + struct.pack("<I", 16)
            + b"\0" * 16)
    data = b"RIFF" + struct.pack("<I", len(body)) + body
    with pytest.raises(MediaError, match=r"is not a readable audio file"):
        Audio(data)
