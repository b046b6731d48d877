"""vizlog.golden.compare, .pixels, .arrays: each comparison passes on equal content written
differently, and explains a real difference in numbers."""

from __future__ import annotations

import io
import json

import numpy as np
import pyarrow as pa
import pytest
import trimesh
from PIL import Image as PILImage

import vizlog
from vizlog.golden.compare import (
    KINDS,
    Thresholds,
    canonical_json,
    compare,
    kind_of,
)
from vizlog.golden.pixels import pixel_stats

TH = Thresholds()


def _png(arr: np.ndarray, level: int = 6) -> bytes:
    buf = io.BytesIO()
    PILImage.fromarray(arr).save(buf, format="PNG", compress_level=level)
    return buf.getvalue()


def _rgb(seed: int = 0, shape: tuple[int, ...] = (12, 10, 3)) -> np.ndarray:
    return np.random.default_rng(seed).integers(0, 256, shape, dtype=np.uint8)


# -- kinds ----------------------------------------------------------------------------------------
@pytest.mark.parametrize(("name", "lossy", "kind"), [
    ("descriptor.json", False, "json"), ("chart.vl.json", False, "json"),
    ("image.png", False, "image"), ("image.masks-a.mask.png", False, "image"),
    ("video.gif", False, "image"), ("image.webp", False, "image"),
    ("image.webp", True, "image-lossy"), ("image.JPG", False, "image-lossy"),
    ("video.mp4", False, "video"), ("video.webm", False, "video"),
    ("audio.mp3", False, "audio-lossy"), ("audio.ogg", False, "audio-lossy"),
    ("audio.flac", False, "audio"), ("audio.wav", False, "bytes"),
    ("table.arrow", False, "arrow"), ("object.glb", False, "mesh"),
    ("object.ply", False, "mesh"), ("chart.svg", False, "svg"), ("page.html", False, "text"),
    ("blob", False, "bytes"),
])
def test_kind_of(name: str, lossy: bool, kind: str) -> None:
    assert kind_of(name, lossy) == kind
    assert kind in KINDS


def test_unknown_kind_and_thresholds_are_refused() -> None:
    with pytest.raises(ValueError, match="`kind` must be one of json, image"):
        compare("pixels", "x", b"a", b"b", TH)
    with pytest.raises(TypeError, match="must be a number; got 'high'"):
        TH.replace(psnr="high")
    assert TH.replace(pixel_tol=2.0).pixel_tol == 2
    assert TH.replace(ssim=None).ssim is None


# -- JSON, text, SVG ------------------------------------------------------------------------------
def test_json_is_compared_parsed_with_float_tolerance() -> None:
    a = json.dumps({"b": [1, 2.0], "a": 0.7924106569777882}).encode()
    b = json.dumps({"a": 0.7924106569777881, "b": [1, 2.0]}, indent=2).encode()
    assert compare("json", "d.json", a, b, TH) is None
    assert compare("json", "d.json", b"[1]", b"[true]", TH) is not None  # bool is not 1
    p = compare("json", "d.json", b'{"a": {"x": [1, 2, 3]}}', b'{"a": {"x": [1, 5, 3]}}', TH)
    assert p is not None
    assert "first at $.a.x[1]: '2' -> '5'" in p.message
    assert '-  "x": [1, 2, 3]' in p.message and '+  "x": [1, 5, 3]' in p.message


def test_canonical_json_sorts_keys_one_member_per_line() -> None:
    assert canonical_json({"b": [1, 2], "a": {"z": None, "y": "é"}}) == (
        '{\n "a": {\n  "y": "é",\n  "z": null\n },\n "b": [1, 2]\n}\n')


def test_text_and_bytes() -> None:
    p = compare("text", "p.html", b"<p>a</p>\n<p>b</p>\n", b"<p>a</p>\n<p>c</p>\n", TH)
    assert p is not None and "-<p>b</p>" in p.message and "+<p>c</p>" in p.message
    p = compare("bytes", "x.wav", b"abc", b"abcd", TH)
    assert p is not None and p.message == "bytes differ (3 expected, 4 actual)"


SVG = ('<svg xmlns="http://www.w3.org/2000/svg"><defs><clipPath id="clip{n}"><rect width="{w}"/>'
       '</clipPath></defs><g clip-path="url(#clip{n})" fill="#4c78a8"><text>{t}</text></g></svg>')


def test_svg_tolerates_renumbered_ids_and_tiny_number_changes() -> None:
    a = SVG.format(n=1, w="10.001", t="Growth").encode()
    b = SVG.format(n=7, w="10.004", t="Growth").encode()
    assert compare("svg", "c.svg", a, b, TH) is None
    p = compare("svg", "c.svg", a, SVG.format(n=1, w="12", t="Decay").encode(), TH)
    assert p is not None
    assert "rendered SVG differs in 2 place(s)" in p.message
    assert "<rect>: width='10.001' -> '12'" in p.message
    assert "<text>: text 'Growth' -> 'Decay'" in p.message


# -- images ---------------------------------------------------------------------------------------
def test_png_other_zlib_level_same_pixels() -> None:
    a = _rgb()
    assert _png(a, 0) != _png(a, 9)
    assert compare("image", "i.png", _png(a, 0), _png(a, 9), TH) is None


def test_image_difference_numbers_and_pictures() -> None:
    a = _rgb()
    b = a.copy()
    b[5, 2] = 255 - b[5, 2]
    b[7, 4, 1] = b[7, 4, 1] ^ 4
    p = compare("image", "i.png", _png(a), _png(b), TH)
    assert p is not None
    s = pixel_stats(a, b)
    assert (s["count"], s["total"], s["bbox"]) == (2, 120, (2, 5, 5, 8))
    assert p.message.startswith("decoded pixels differ: 2 of 120 pixels differ (1.67%); max abs "
                                f"diff {s['max']}, mean abs diff {s['mean']:.4f}; PSNR ")
    assert p.message.endswith("bounding box of the change (left, top, right, bottom) = "
                              "(2, 5, 5, 8)")
    assert sorted(p.visuals) == ["actual", "diff", "expected"]
    diff = np.asarray(PILImage.open(io.BytesIO(p.visuals["diff"])))
    assert [tuple(map(int, np.argwhere((diff == (255, 0, 0)).all(axis=2))[i]))
            for i in range(2)] == [(5, 2), (7, 4)]
    # within pixel_tol the change at (7, 4) (by 4) is allowed, the other is not
    p = compare("image", "i.png", _png(a), _png(b), TH.replace(pixel_tol=4))
    assert p is not None and "1 of 120 pixels differ" in p.message
    assert "by more than pixel_tol=4" in p.message


def test_image_mode_size_and_frames() -> None:
    a = _rgb()
    p = compare("image", "i.png", _png(a), _png(a[:, :, 0]), TH)
    assert p is not None and p.message == "decoded mode RGB expected, L actual"
    p = compare("image", "i.png", _png(a), _png(a[:6]), TH)
    assert p is not None and p.message == ("decoded size (width, height) (10, 12) expected, "
                                           "(10, 6) actual")

    def gif(frames: list[np.ndarray]) -> bytes:
        buf = io.BytesIO()
        ims = [PILImage.fromarray(f) for f in frames]
        ims[0].save(buf, format="GIF", save_all=True, append_images=ims[1:], duration=100)
        return buf.getvalue()

    g = [np.full((4, 4), v, np.uint8) for v in (0, 80, 160)]
    assert compare("image", "v.gif", gif(g), gif(g), TH) is None
    h = [g[0], g[1], np.full((4, 4), 200, np.uint8)]
    p = compare("image", "v.gif", gif(g), gif(h), TH)
    assert p is not None and p.message.startswith("frame 2: decoded pixels differ: 16 of 16")
    p = compare("image", "v.gif", gif(g), gif(g[:2]), TH)
    assert p is not None and p.message == "3 frames expected, 2 actual"


def test_lossy_images_by_psnr() -> None:
    a = _rgb(3, (32, 32, 3))

    def jpg(arr: np.ndarray, q: int) -> bytes:
        buf = io.BytesIO()
        PILImage.fromarray(arr).save(buf, format="JPEG", quality=q)
        return buf.getvalue()

    assert compare("image-lossy", "i.jpg", jpg(a, 90), jpg(a, 90), TH) is None
    p = compare("image-lossy", "i.jpg", jpg(a, 95), jpg(a, 20), TH.replace(psnr=60))
    assert p is not None and "is below 60.0 dB (psnr)" in p.message
    assert compare("image-lossy", "i.jpg", jpg(a, 95), jpg(a, 20), TH.replace(psnr=5)) is None


# -- video ----------------------------------------------------------------------------------------
def test_video_names_the_first_differing_frame() -> None:
    frames = np.random.default_rng(4).integers(0, 256, (5, 3, 16, 16), dtype=np.uint8)
    smooth = np.repeat(np.repeat(frames[:, :, ::4, ::4], 4, axis=2), 4, axis=3)
    want = vizlog.Video(smooth, fps=5).encode().data
    assert compare("video", "v.mp4", want, vizlog.Video(smooth, fps=5).encode().data,
                   TH) is None
    changed = smooth.copy()
    changed[3] = 255 - changed[3]
    got = vizlog.Video(changed, fps=5).encode().data
    assert want is not None and got is not None
    p = compare("video", "v.mp4", want, got, TH)
    assert p is not None
    assert p.message.startswith("first frame below psnr=30.0 dB: frame 3 of 5 with PSNR ")
    assert "worst frame 3" in p.message and sorted(p.visuals) == ["actual", "diff", "expected"]
    shorter = vizlog.Video(smooth[:4], fps=5).encode().data
    p = compare("video", "v.mp4", want, shorter, TH)
    assert p is not None and p.message == "5 frames expected, 4 actual"


# -- audio ----------------------------------------------------------------------------------------
def test_lossy_audio_by_snr_and_flac_exactly() -> None:
    t = np.arange(8000, dtype=np.float32) / 8000
    tone = (0.5 * np.sin(2 * np.pi * 440 * t)).astype(np.float32)
    mp3 = vizlog.Audio(tone, 8000, format="mp3").encode().data
    assert mp3 is not None
    assert compare("audio-lossy", "a.mp3", mp3, mp3 + b"", TH) is None
    other = vizlog.Audio(np.roll(tone, 9), 8000, format="mp3").encode().data
    assert other is not None
    p = compare("audio-lossy", "a.mp3", mp3, other, TH)
    assert p is not None and "is below snr=10.0 dB: max abs diff" in p.message
    assert compare("audio-lossy", "a.mp3", mp3, other, TH.replace(snr=-100)) is None
    f1 = vizlog.Audio(tone, 8000, format="flac").encode().data
    f2 = vizlog.Audio(tone * 0.5, 8000, format="flac").encode().data
    assert f1 is not None and f2 is not None
    p = compare("audio", "a.flac", f1, f2, TH)
    assert p is not None and p.message.startswith("decoded samples differ: max abs diff")


# -- Arrow ----------------------------------------------------------------------------------------
def _arrow(table: pa.Table, compression: str | None = None) -> bytes:
    sink = pa.BufferOutputStream()
    opts = pa.ipc.IpcWriteOptions(compression=compression)
    with pa.ipc.new_file(sink, table.schema, options=opts) as w:
        w.write_table(table)
    return sink.getvalue().to_pybytes()


def test_arrow_values_with_float_tolerance_and_named_rows() -> None:
    t = pa.table({"f": [0.1, 0.2, float("nan"), None], "s": ["a", "b", "c", "d"]})
    assert compare("arrow", "t.arrow", _arrow(t), _arrow(t, "zstd"), TH) is None
    near = pa.table({"f": [0.1 + 1e-12, 0.2, float("nan"), None], "s": ["a", "b", "c", "d"]})
    assert compare("arrow", "t.arrow", _arrow(t), _arrow(near), TH) is None
    far = pa.table({"f": [0.1, 0.3, float("nan"), 1.0], "s": ["a", "b", "x", "d"]})
    p = compare("arrow", "t.arrow", _arrow(t), _arrow(far), TH)
    assert p is not None
    assert p.message == (
        "table differs (2 column(s)):\n"
        "  column 'f': 2 of 4 rows differ (rtol=1e-06, atol=1e-09): row 1: 0.2 -> 0.3; "
        "row 3: None -> 1.0\n"
        "  column 's': 1 of 4 rows differ (rtol=1e-06, atol=1e-09): row 2: 'c' -> 'x'")
    many = pa.table({"f": [9.0] * 4, "s": ["a", "b", "c", "d"]})
    p = compare("arrow", "t.arrow", _arrow(t), _arrow(many), TH.replace(rtol=0))
    assert p is not None and "4 of 4 rows differ" in p.message


def test_arrow_schema_rows_and_media_cells() -> None:
    t = pa.table({"a": pa.array([1, 2], pa.int64())})
    p = compare("arrow", "t.arrow", _arrow(t), _arrow(pa.table({"a": [1.0, 2.0]})), TH)
    assert p is not None and "column 'a': type int64 expected, double actual" in p.message
    p = compare("arrow", "t.arrow", _arrow(t), _arrow(pa.table({"b": [1, 2]})), TH)
    assert p is not None and p.message == "columns ['a'] expected, ['b'] actual"
    p = compare("arrow", "t.arrow", _arrow(t), _arrow(pa.table({"a": [1]})), TH)
    assert p is not None and "2 rows expected, 1 actual" in p.message
    field = pa.field("m", pa.string(), metadata={"vizlog.encoding": "media"})
    cell = {"_type": "image-file", "path": "media/images/k_0_aaa.png", "sha256": "aaa",
            "size": 10, "width": 4}
    other = {**cell, "path": "media/images/k_0_bbb.png", "sha256": "bbb", "size": 11}
    mk = lambda c: _arrow(pa.table([pa.array([json.dumps(c)])],  # noqa: E731
                                   schema=pa.schema([field])))
    assert compare("arrow", "t.arrow", mk(cell), mk(other), TH) is None
    p = compare("arrow", "t.arrow", mk(cell), mk({**cell, "width": 5}), TH)
    assert p is not None and "column 'm': 1 of 1 rows differ" in p.message


# -- meshes and point clouds ----------------------------------------------------------------------
def test_meshes_by_arrays() -> None:
    sphere = trimesh.creation.icosphere(subdivisions=1)
    a = vizlog.Object3D(sphere).encode().data
    b = vizlog.Object3D(trimesh.creation.icosphere(subdivisions=1)).encode().data
    assert a is not None and b is not None
    assert compare("mesh", "o.glb", a, b, TH) is None
    bigger = trimesh.creation.icosphere(subdivisions=1, radius=1.001)
    c = vizlog.Object3D(bigger).encode().data
    assert c is not None
    p = compare("mesh", "o.glb", a, c, TH)
    assert p is not None and "vertices: 42 of 42 entries differ" in p.message
    assert compare("mesh", "o.glb", a, c, TH.replace(atol=0.01)) is None
    d = vizlog.Object3D(trimesh.creation.icosphere(subdivisions=2)).encode().data
    assert d is not None
    p = compare("mesh", "o.glb", a, d, TH)
    assert p is not None and "vertices: shape (42, 3) expected, (162, 3) actual" in p.message


def test_point_clouds_by_every_column() -> None:
    rng = np.random.default_rng(2)
    pts = np.column_stack([rng.normal(size=(20, 3)), rng.integers(1, 5, 20)])
    a = vizlog.Object3D(pts).encode().data
    moved = pts.copy()
    moved[4, 3] = 9  # only a category changes
    b = vizlog.Object3D(moved).encode().data
    assert a is not None and b is not None
    assert compare("mesh", "o.ply", a, a + b"", TH) is None
    p = compare("mesh", "o.ply", a, b, TH)
    assert p is not None
    assert p.message.endswith("column 'category': 1 of 20 entries differ (first [4]), max abs "
                              f"diff {int(9 - pts[4, 3])}")  # (its colour columns too)


def test_video_ssim_when_a_library_gives_it(monkeypatch: pytest.MonkeyPatch) -> None:
    import sys
    import types

    frames = np.random.default_rng(4).integers(0, 256, (3, 3, 16, 16), dtype=np.uint8)
    smooth = np.repeat(np.repeat(frames[:, :, ::4, ::4], 4, axis=2), 4, axis=3)
    a = vizlog.Video(smooth, fps=3).encode().data
    assert a is not None
    metrics = types.ModuleType("skimage.metrics")
    seen: list[tuple[int, ...]] = []

    def structural_similarity(x: np.ndarray, y: np.ndarray, data_range: float) -> float:
        seen.append(x.shape)
        return 0.5

    metrics.structural_similarity = structural_similarity  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "skimage", types.ModuleType("skimage"))
    monkeypatch.setitem(sys.modules, "skimage.metrics", metrics)
    b = a + b"\0"  # other bytes, same frames (the decoder ignores trailing bytes)
    assert compare("video", "v.mp4", a, b, TH) is None  # ssim unset: not computed
    assert seen == []
    p = compare("video", "v.mp4", a, b, TH.replace(ssim=0.9))
    assert p is not None
    assert p.message == "first frame below ssim=0.9: frame 0 of 3 with SSIM 0.5000 (PSNR inf)"
    assert seen == [(16, 16)]
    assert compare("video", "v.mp4", a, b, TH.replace(ssim=0.4)) is None
