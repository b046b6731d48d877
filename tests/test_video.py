"""vizlog.media.video: inputs, formats, fps, padding, channels, tiling, files, errors, golden."""

from __future__ import annotations

import io
import os
import subprocess
import sys
import warnings
from pathlib import Path
from typing import Any

import av
import numpy as np
import pytest
from PIL import Image as PILImage

import vizlog
from tests.fakes import FakeTensor
from vizlog.errors import DtypeError, MediaError, ShapeError, UnsupportedInputError
from vizlog.media import _ffmpeg
from vizlog.media.video import Video, tile_grid
from vizlog.read import run_files
from vizlog.testing import Golden, psnr

GOLDEN = Path(__file__).resolve().parent.parent / "golden" / "video"
#: Decoded vs logged frames, for these tiny hard test patterns (a swapped channel or a wrong
#: colour matrix gives well under 20 dB).
MIN_PSNR = 22.0


def _frames(t: int = 6, c: int = 3, h: int = 24, w: int = 32, seed: int = 5) -> np.ndarray:
    """A smooth moving pattern (codecs keep it well) plus mild noise: (T, C, H, W) uint8."""
    rng = np.random.default_rng(seed)
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float64)
    out = np.empty((t, c, h, w), np.uint8)
    for i in range(t):
        base = [255 * xx / w, 255 * yy / h, 128 + 100 * np.sin((xx + yy + 4 * i) / 5),
                np.where((xx // 6 + yy // 6 + i) % 2 == 0, 255.0, 0.0)]
        f = np.stack(base[:c] if c != 1 else [base[2]]) + rng.normal(0, 2, (c, h, w))
        out[i] = np.clip(f, 0, 255).astype(np.uint8)
    return out


def _decode(data: bytes, pix: str = "rgb24") -> np.ndarray:
    return _ffmpeg.decode_video(data, pix).transpose(0, 3, 1, 2)


class FakeClip:
    """Quacks like a moviepy clip: iter_frames(fps=, dtype=) and fps."""

    def __init__(self, frames: np.ndarray, fps: float | None) -> None:
        self.frames, self.fps = frames, fps
        self.asked: Any = None

    def iter_frames(self, fps: float | None = None, dtype: str | None = None) -> Any:
        self.asked = (fps, dtype)
        return iter(list(self.frames))


# -- 1. inputs --------------------------------------------------------------------------------
def test_issue_example_default_is_browser_mp4(runs_dir: Path) -> None:
    frames = np.random.default_rng(0).integers(0, 256, size=(10, 3, 100, 100), dtype=np.uint8)
    with vizlog.init(dir=runs_dir) as run:
        run.log({"video": vizlog.Video(frames, fps=4)})
    data = vizlog.open_run(run.dir)
    assert data.verify() == []
    [(_, back)] = data.media("video")
    desc = next(data.rows("video"))["video"]
    assert desc["_type"] == "video-file" and desc["format"] == "mp4" and desc["codec"] == "h264"
    assert (desc["width"], desc["height"], desc["fps"], desc["frames"]) == (100, 100, 4, 10)
    assert desc["duration"] == 2.5 and desc["path"].startswith("media/videos/")
    got = back.to_numpy()
    assert got.shape == (10, 3, 100, 100) and got.dtype == np.uint8
    assert psnr(got, frames) > 10  # uniform noise: yuv420p alone halves its chroma


def test_channels_last_needs_layout() -> None:
    thwc = _frames().transpose(0, 2, 3, 1)
    with pytest.raises(ShapeError, match=r"C in 1, 3 or 4; got \(6, 24, 32, 3\)\. Pass "
                                         r"`layout=\"THWC\"`"):
        Video(thwc)
    v = Video(thwc, layout="THWC", format="gif")
    np.testing.assert_array_equal(v.to_numpy(), _frames())
    with pytest.raises(MediaError, match=r"`layout` must be one of 'TCHW', 'THWC'"):
        Video(thwc, layout="NTHWC")


def test_torch_like_and_float_input() -> None:
    f = _frames()
    np.testing.assert_array_equal(Video(FakeTensor(f)).to_numpy(), f)
    v = Video(f.astype(np.float32) / 255.0)
    np.testing.assert_array_equal(v.to_numpy(), f)
    assert v.encode().fields["normalize"] == "scale255"
    with pytest.raises(DtypeError, match=r"float values in \[2, 2\].*normalize"):
        Video(np.full((2, 3, 4, 4), 2.0))
    clipped = Video(np.array([-1.0, 0.5, 3.0]).reshape(3, 1, 1, 1) * np.ones((3, 1, 2, 2)),
                    normalize="clip")
    np.testing.assert_array_equal(clipped.to_numpy()[:, 0, 0, 0], [0, 128, 255])
    minmax = Video(np.arange(4.0).reshape(4, 1, 1, 1) * np.ones((4, 1, 2, 2)),
                   normalize="minmax")
    np.testing.assert_array_equal(minmax.to_numpy()[:, 0, 0, 0], [0, 85, 170, 255])


def test_input_is_copied() -> None:
    f = _frames()
    v = Video(f, format="gif")
    f[:] = 0
    assert v.to_numpy().max() > 0


@pytest.mark.parametrize(("n", "grid"), [(1, (1, 1)), (2, (1, 2)), (3, (1, 4)), (5, (2, 4)),
                                         (8, (2, 4)), (16, (4, 4))])
def test_tiling_grid_is_wandbs(n: int, grid: tuple[int, int]) -> None:
    assert tile_grid(n) == grid


def test_batched_videos_tile_and_cut_back() -> None:
    batch = np.stack([_frames(t=3, h=8, w=8, seed=s) for s in range(5)])  # (5, 3, 3, 8, 8)
    v = Video(batch, format="gif")
    assert (v.width, v.height) == (32, 16)  # wandb observed N=5 of 8x8 -> 32x16
    fields = v.encode().fields
    assert fields["tiling"] == {"n": 5, "rows": 2, "cols": 4, "tile_width": 8, "tile_height": 8}
    grid = v.to_numpy()
    np.testing.assert_array_equal(grid[:, :, 8:16, 0:8], batch[4])  # video 4: row 1, col 0
    np.testing.assert_array_equal(grid[:, :, 8:16, 8:], 0)          # padding videos are black
    np.testing.assert_array_equal(v.tiles(), batch)
    assert Video(np.stack([_frames(t=2, h=8, w=8)] * 3)).width == 32  # N=3 -> 1x4
    nthwc = batch.transpose(0, 1, 3, 4, 2)
    np.testing.assert_array_equal(Video(nthwc, layout="NTHWC", format="gif").tiles(), batch)


def test_moviepy_clip_duck_typed() -> None:
    f = _frames()
    clip = FakeClip(f.transpose(0, 2, 3, 1), fps=12)
    v = Video(clip, format="gif")
    assert clip.asked == (12, "uint8") and v.fps == 12 and v.encode().fields["source"] == "clip"
    np.testing.assert_array_equal(v.to_numpy(), f)
    assert Video(FakeClip(f.transpose(0, 2, 3, 1), fps=None), fps=3).fps == 3
    with pytest.raises(MediaError, match="clip without `fps`"):
        Video(FakeClip(f, fps=None))
    with pytest.raises(ShapeError, match="clip with no frames"):
        Video(FakeClip(f[:0], fps=5))


def test_real_moviepy_clip() -> None:
    mp = pytest.importorskip("moviepy")
    f = _frames(t=4)
    clip = mp.ImageSequenceClip(list(f.transpose(0, 2, 3, 1)), fps=4)
    v = Video(clip, format="gif")
    assert v.frames == 4 and v.fps == 4
    np.testing.assert_array_equal(v.to_numpy(), f)


def test_imports_stay_lazy() -> None:
    code = ("import sys, numpy as np, vizlog\n"
            "assert 'av' not in sys.modules and 'imageio_ffmpeg' not in sys.modules\n"
            "vizlog.Video(np.zeros((2, 3, 8, 8), np.uint8)).encode()\n"
            "assert 'moviepy' not in sys.modules, 'moviepy imported'\n")
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)


# -- 2. formats, fps, loop, padding, channels ---------------------------------------------------
def _boxes(data: bytes) -> list[bytes]:
    out, pos = [], 0
    while pos + 8 <= len(data):
        size = int.from_bytes(data[pos:pos + 4], "big")
        out.append(data[pos + 4:pos + 8])
        pos += size
    return out


def test_mp4_is_h264_yuv420p_faststart() -> None:
    data = Video(_frames(), fps=8).encode().data
    assert data is not None
    assert _boxes(data)[:2] == [b"ftyp", b"moov"] and b"mdat" in _boxes(data)
    with av.open(io.BytesIO(data)) as box:
        s = box.streams.video[0]
        assert (s.codec_context.name, s.codec_context.profile, s.codec_context.pix_fmt) == \
            ("h264", "High", "yuv420p")
        assert s.average_rate == 8 and s.frames == 6
        assert s.codec_tag == "avc1"


@pytest.mark.parametrize("fmt", ["mp4", "webm", "gif"])
@pytest.mark.parametrize("fps", [2, 12.5, 30000 / 1001])
def test_fps_is_honoured(fmt: str, fps: float) -> None:
    enc = Video(_frames(t=8, h=16, w=16), fps=fps, format=fmt).encode()
    assert enc.fields["fps"] == fps and enc.fields["duration"] == round(8 / fps, 6)
    assert enc.data is not None
    info = _ffmpeg.probe_video(enc.data, fmt)
    assert info.frames == 8
    if fmt == "gif":  # delays are whole 1/100 s; the muxer spreads the rounding
        with PILImage.open(io.BytesIO(enc.data)) as im:
            delays = []
            for i in range(8):
                im.seek(i)
                delays.append(im.info["duration"])
        assert abs(sum(delays[:-1]) / 7 - 1000 / fps) <= 1.0
    else:
        assert abs(info.fps - fps) < 1e-3


def test_gif_loop() -> None:
    f = _frames(t=2, h=8, w=8)
    loops = {}
    for loop in (0, 1, 3):
        data = Video(f, format="gif", loop=loop).encode().data
        with PILImage.open(io.BytesIO(data)) as im:  # type: ignore[arg-type]
            loops[loop] = im.info.get("loop")
    assert loops == {0: 0, 1: None, 3: 2}  # 0: forever; n: played n times in all
    with pytest.raises(MediaError, match="`loop` must be an int >= 0"):
        Video(f, format="gif", loop=-1)


def test_gif_fps_limit() -> None:
    with pytest.raises(MediaError, match=r"`fps` must be at most 50 for `format=\"gif\"`"):
        Video(_frames(), fps=60, format="gif")
    assert Video(_frames(), fps=60).fps == 60


@pytest.mark.parametrize("fmt", ["mp4", "webm", "gif"])
@pytest.mark.parametrize("c", [1, 3, 4])
def test_channels_and_odd_sizes_in_every_format(fmt: str, c: int, tmp_path: Path) -> None:
    f = _frames(t=4, c=c, h=15, w=21)
    v = Video(f, fps=5, format=fmt)
    enc = v.encode()
    fields = enc.fields
    assert (fields["width"], fields["height"]) == (21, 15)
    pad = {"bottom": 1, "right": 1} if fmt == "mp4" else {"bottom": 0, "right": 0}
    assert fields["padding"] == pad
    expect_c = 4 if (c == 4 and fmt == "gif") else (1 if c == 1 else 3)
    assert fields["channels"] == expect_c
    assert enc.data is not None
    (tmp_path / f"v.{fmt}").write_bytes(enc.data)
    got = Video.from_descriptor({**fields, "path": f"v.{fmt}"}, run_files(tmp_path)).to_numpy()
    assert got.shape == (4, expect_c, 15, 21) and got.dtype == np.uint8
    want = v.to_numpy()
    if fmt == "gif" and c == 1:
        np.testing.assert_array_equal(got, want)  # grey GIFs are exact
    elif fmt == "gif" and c == 4:
        np.testing.assert_array_equal(got[:, 3], _gif_alpha(want)[:, 3])
        opaque = want[:, 3] >= 128
        assert psnr(got[:, :3].transpose(1, 0, 2, 3)[:, opaque],
                    want[:, :3].transpose(1, 0, 2, 3)[:, opaque]) > MIN_PSNR
    else:
        assert psnr(got, want) > MIN_PSNR
    if c == 4 and fmt != "gif":
        assert fields["alpha"] == "over-black"


def _gif_alpha(rgba: np.ndarray) -> np.ndarray:
    """What a GIF of these RGBA frames decodes to: alpha on/off at 128, transparent = 0."""
    opaque = rgba[:, 3] >= 128
    out = rgba.copy()
    out[:, 3] = np.where(opaque, 255, 0)
    return out * opaque[:, None]


def test_rgba_gif_transparency_exact_with_few_colours(tmp_path: Path) -> None:
    f = _frames(t=3, c=4, h=10, w=12)
    f[:, :3] = (f[:, :3] // 64) * 64
    enc = Video(f, format="gif").encode()
    assert enc.data is not None and enc.fields["alpha"] == "binary"
    (tmp_path / "v.gif").write_bytes(enc.data)
    back = Video.from_descriptor({**enc.fields, "path": "v.gif"}, run_files(tmp_path))
    np.testing.assert_array_equal(back.to_numpy(), _gif_alpha(f))


# -- 3. bundled encoder, determinism -------------------------------------------------------------
def test_bundled_ffmpeg_not_system(monkeypatch: pytest.MonkeyPatch) -> None:
    import imageio_ffmpeg

    exe = Path(_ffmpeg.ffmpeg_exe())
    assert Path(imageio_ffmpeg.__file__).resolve().parent in exe.parents
    monkeypatch.setenv("PATH", "")
    monkeypatch.setenv("IMAGEIO_FFMPEG_EXE", "/nonexistent/ffmpeg")
    monkeypatch.setitem(_ffmpeg.BACKENDS, "mp4", "ffmpeg")
    assert Video(_frames(t=2)).encode().data


@pytest.mark.parametrize(("fmt", "backend"), [("mp4", "pyav"), ("mp4", "ffmpeg"), ("webm", "pyav"),
                                              ("webm", "ffmpeg"), ("gif", "pyav"),
                                              ("gif", "ffmpeg")])
def test_same_frames_same_bytes(fmt: str, backend: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(_ffmpeg.BACKENDS, fmt, backend)
    a = Video(_frames(), fps=7, format=fmt).encode()
    b = Video(_frames(), fps=7, format=fmt).encode()
    assert a.data == b.data and a.fields == b.fields
    assert a.data is not None
    for banner in (b"x264 - core", b"Lavf5", b"Lavf6", b"Lavc", b"libx264", b"libvpx"):
        assert banner not in a.data
    if fmt == "mp4":  # mvhd creation/modification time are zero
        mvhd = a.data.index(b"mvhd")
        assert a.data[mvhd + 8:mvhd + 16] == bytes(8)
    assert psnr(_decode(a.data), _frames()) > 25


def test_same_bytes_across_concurrent_processes() -> None:
    """An earlier PyAV's libx264 wrote different bytes in some processes under CPU load, and
    x264's AVX-512 routines did for a 32x24 clip (hence ``cpu-independent=1``); the defaults
    must not: three processes per core run at once (each encodes every format, mp4
    also at a size that uses four x264 threads), and all must agree."""
    code = ("import hashlib, sys\n"
            "sys.path.insert(0, sys.argv[1])\n"
            "from test_video import _frames\n"
            "from vizlog.media.video import Video\n"
            "print(*[hashlib.sha256(Video(_frames(t=t, h=h, w=w), fps=7, format=f).encode()"
            ".data).hexdigest() for f in ('mp4', 'webm', 'gif') for t, h, w in "
            "((6, 24, 32), (3, 15, 21))],\n"
            "      hashlib.sha256(Video(_frames(t=4, h=480, w=640), fps=7).encode().data)"
            ".hexdigest())\n")
    here = str(Path(__file__).resolve().parent)
    procs = [subprocess.Popen([sys.executable, "-c", code, here], stdout=subprocess.PIPE,
                              text=True) for _ in range(3 * max(2, os.cpu_count() or 1))]
    outs = [p.communicate(timeout=300)[0] for p in procs]
    assert all(p.returncode == 0 for p in procs)
    assert len(set(outs)) == 1, outs


# -- 4. descriptor, lists, read back --------------------------------------------------------------
def test_list_descriptor_is_wandbs(runs_dir: Path) -> None:
    with vizlog.init(dir=runs_dir) as run:
        run.log({"vids": [Video(_frames(t=2), caption="a"), Video(_frames(t=3))],
                 "plain": [Video(_frames(t=2))]})
    data = vizlog.open_run(run.dir)
    row = next(data.rows())
    d = row["vids"]
    assert d["_type"] == "videos" and d["count"] == 2 and d["captions"] == ["a", None]
    assert d["videos"] == d["items"] and [x["frames"] for x in d["items"]] == [2, 3]
    assert row["plain"]["captions"] is False
    [(_, back)] = data.media("vids")
    assert [v.to_numpy().shape[0] for v in back] == [2, 3] and back[0].caption == "a"


# -- 1. / 5. files and bad input ---------------------------------------------------------------
@pytest.fixture(scope="module")
def video_files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    d = tmp_path_factory.mktemp("videos")
    out = {}
    for fmt in ("mp4", "webm", "gif"):
        data = Video(_frames(t=5), fps=5, format=fmt).encode().data
        assert data is not None
        out[fmt] = d / f"clip.{fmt}"
        out[fmt].write_bytes(data)
    mov = d / "clip.mov"
    with av.open(str(mov), "w", format="mov") as box:
        s = box.add_stream("libx264", rate=5)
        s.width, s.height, s.pix_fmt = 32, 24, "yuv420p"
        for f in _frames(t=5):
            for pkt in s.encode(av.VideoFrame.from_ndarray(
                    np.ascontiguousarray(f.transpose(1, 2, 0)), format="rgb24")):
                box.mux(pkt)
        for pkt in s.encode(None):
            box.mux(pkt)
    out["mov"] = mov
    return out


@pytest.mark.parametrize("fmt", ["mp4", "webm", "gif", "mov"])
@pytest.mark.parametrize("how", ["str", "path", "fileobj", "bytes"])
def test_files_are_probed_and_stored_as_given(fmt: str, how: str,
                                              video_files: dict[str, Path]) -> None:
    src = video_files[fmt]
    arg: Any = {"str": str(src), "path": src, "bytes": src.read_bytes()}.get(how)
    if how == "fileobj":
        arg = open(src, "rb")  # noqa: SIM115
    try:
        v = Video(arg)
    finally:
        if how == "fileobj":
            arg.close()
    enc = v.encode()
    assert enc.data == src.read_bytes() and enc.ext == fmt
    f = enc.fields
    assert (f["format"], f["width"], f["height"], f["frames"], f["source"]) == \
        (fmt, 32, 24, 5, "file")
    assert abs(f["fps"] - 5) < 0.3 and abs(f["duration"] - 1.0) < 0.05
    assert f["codec"] == {"gif": "gif", "webm": "vp9"}.get(fmt, "h264")
    back = Video.from_descriptor({**f, "path": src.name}, run_files(src.parent))
    assert back.to_numpy().shape == (5, 3, 24, 32)


def test_fps_with_a_file_is_ignored_with_a_warning(video_files: dict[str, Path]) -> None:
    with pytest.warns(UserWarning, match="`fps` is ignored for a video file"):
        v = Video(video_files["mp4"], fps=30)
    assert v.fps == 5
    with pytest.raises(MediaError, match="`format` is 'gif' but the file is mp4"):
        Video(video_files["mp4"], format="gif")


BAD = {
    "ndim3": (lambda: Video(np.zeros((4, 8, 8), np.uint8)), ShapeError,
              r"shape \(T, C, H, W\) or \(N, T, C, H, W\).*got \(4, 8, 8\).*array\[None\]"),
    "c2": (lambda: Video(np.zeros((4, 2, 8, 8), np.uint8)), ShapeError,
           r"C in 1, 3 or 4; got \(4, 2, 8, 8\)"),
    "zero_frames": (lambda: Video(np.zeros((0, 3, 8, 8), np.uint8)), ShapeError,
                    r"no frames or pixels \(shape \(0, 3, 8, 8\): T is 0\)"),
    "fps0": (lambda: Video(np.zeros((2, 3, 8, 8), np.uint8), fps=0), MediaError,
             r"`fps` must be a positive, finite number"),
    "fps_nan": (lambda: Video(np.zeros((2, 3, 8, 8), np.uint8), fps=float("nan")), MediaError,
                r"`fps` must be a positive"),
    "format": (lambda: Video(np.zeros((2, 3, 8, 8), np.uint8), format="avi"), MediaError,
               r"`format` must be one of 'mp4', 'webm', 'gif'; got 'avi'"),
    "ogg_array": (lambda: Video(np.zeros((2, 3, 8, 8), np.uint8), format="ogg"), MediaError,
                  r"only kept for existing files"),
    "object": (lambda: Video({"a": 1}), UnsupportedInputError, r"must be a numpy array"),
    "non_video": (lambda: Video(io.BytesIO(b"just some text, not a video" * 20)), MediaError,
                  r"not a playable video"),
    "nan": (lambda: Video(np.full((2, 3, 4, 4), np.nan)), DtypeError, r"NaN or infinite"),
}


@pytest.mark.parametrize("case", sorted(BAD))
def test_bad_input_raises_at_construction(case: str) -> None:
    make, err, pattern = BAD[case]
    with pytest.raises(err, match=pattern):
        make()


@pytest.mark.parametrize("fmt", ["mp4", "webm", "gif"])
@pytest.mark.parametrize("keep", [0.5, 0.98])
def test_truncated_file_raises(fmt: str, keep: float, video_files: dict[str, Path]) -> None:
    data = video_files[fmt].read_bytes()
    with pytest.raises(MediaError, match=r"not a playable video: .*(truncated|corrupt|"
                                         r"readable|no frames)"):
        Video(io.BytesIO(data[: int(len(data) * keep)]))


def test_bad_input_writes_nothing(runs_dir: Path) -> None:
    with vizlog.init(dir=runs_dir) as run:
        with pytest.raises(ShapeError):
            run.log({"v": Video(np.zeros((4, 2, 8, 8), np.uint8))})
        with pytest.raises(MediaError):
            run.log({"v": Video(b"\x00\x00\x00\x18ftypmp42" + bytes(64))})
    assert not (Path(run.dir) / "media").exists()
    assert list(vizlog.open_run(run.dir).rows()) == []


# -- golden -------------------------------------------------------------------------------------
def video_psnr_at_least(db: float) -> Any:
    """Comparator: same frame count and size decoded, PSNR at least ``db`` (across builds)."""

    def compare(expected: bytes, actual: bytes) -> None:
        a, b = _decode(expected, "rgba"), _decode(actual, "rgba")
        if a.shape != b.shape:
            raise AssertionError(f"decoded shape {a.shape} != {b.shape}")
        got = psnr(a, b)
        if got < db:
            raise AssertionError(f"PSNR {got:.2f} dB is below {db} dB")

    return compare


GOLDEN_CASES = {
    "mp4_rgb": (lambda: Video(_frames(), fps=6, caption="pattern"), 30.0),
    "mp4_gray_odd": (lambda: Video(_frames(c=1, h=15, w=17), fps=4), 30.0),
    "mp4_batch": (lambda: Video(np.stack([_frames(t=3, h=8, w=8, seed=s) for s in range(3)]),
                                fps=3), 30.0),
    "webm_rgb": (lambda: Video(_frames(), fps=6, format="webm"), 30.0),
    "gif_rgb": (lambda: Video(_frames(), fps=6, format="gif"), 30.0),
    "gif_rgba_loop2": (lambda: Video(_frames(c=4), fps=6, format="gif", loop=2), 30.0),
    "gif_gray": (lambda: Video(_frames(c=1), fps=6, format="gif"), float("inf")),
}


@pytest.mark.parametrize("case", sorted(GOLDEN_CASES))
def test_golden(case: str, golden: Golden) -> None:
    make, db = GOLDEN_CASES[case]
    video = make()
    enc = video.encode()
    assert enc.data is not None
    name = f"video.{enc.ext}"
    golden.check(f"video/{case}", descriptor=enc.fields, files={name: enc.data},
                 compare={name: video_psnr_at_least(db)})
    # and the stored file is close to the frames that were logged
    back = Video.from_descriptor({**enc.fields, "path": name},
                                run_files(GOLDEN / case / "expected"))
    want = video.to_numpy()
    if video.format == "gif" and want.shape[1] == 4:
        want = _gif_alpha(want)
    assert psnr(back.to_numpy(), want) >= (db if db == float("inf") else MIN_PSNR)


def test_no_warnings_on_normal_use(recwarn: pytest.WarningsRecorder) -> None:
    warnings.simplefilter("always")
    Video(_frames(), fps=8).encode()
    Video(_frames(), format="gif").encode()
    assert [str(w.message) for w in recwarn] == []


def test_huge_frame_arrays_are_refused_before_any_copy() -> None:
    huge = np.broadcast_to(np.uint8(0), (4096, 1 << 20, 3, 32, 32))  # 12 TiB if copied
    with pytest.raises(MediaError, match=r"is 13194139533312 bytes once stored .* `max_bytes`="):
        vizlog.Video(huge, fps=4)
    with pytest.raises(MediaError, match=r"over `max_bytes`=100"):
        vizlog.Video(np.zeros((2, 3, 8, 8), np.uint8), fps=4, max_bytes=100)


def test_truncated_mp4_at_any_length_is_a_media_error() -> None:
    from vizlog.errors import VizlogError

    rng = np.random.default_rng(9)
    data = vizlog.Video(rng.integers(0, 256, (6, 3, 32, 32), dtype=np.uint8), fps=4,
                        format="mp4").encode().data
    outcomes = set()
    for cut in range(0, len(data), max(1, len(data) // 60)):
        try:
            vizlog.Video(io.BytesIO(data[:cut]), format="mp4")
            outcomes.add("accepted")
        except VizlogError as exc:
            assert isinstance(exc, MediaError)
            outcomes.add("refused")
    assert "refused" in outcomes
