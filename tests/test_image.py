"""vizlog.media.image: every input kind, the rules, errors, golden outputs, read-back."""

from __future__ import annotations

import io
import struct
import zlib
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from PIL import Image as PILImage

import vizlog
from tests.fakes import ArrayLike, FakeTensor
from vizlog.errors import DtypeError, MediaError, ShapeError, UnsupportedInputError
from vizlog.testing import Golden, image_psnr_at_least, pixels_equal

GOLDEN = Path(__file__).resolve().parent.parent / "golden" / "image"


def _rgb(h: int = 12, w: int = 16, seed: int = 3) -> np.ndarray:
    return np.random.default_rng(seed).integers(0, 256, size=(h, w, 3), dtype=np.uint8)


def _pil(mode: str) -> PILImage.Image:
    rgb = PILImage.fromarray(_rgb())
    if mode == "P-transparent":
        im = rgb.convert("P")
        im.info["transparency"] = 0
        return im
    if mode == "I;16":
        return PILImage.fromarray(np.arange(12 * 16, dtype=np.uint16).reshape(12, 16))
    if mode == "F":
        return PILImage.fromarray(np.linspace(0, 1, 12 * 16, dtype=np.float32).reshape(12, 16))
    return rgb.convert(mode)


def _figure() -> Any:
    from matplotlib.figure import Figure

    fig = Figure(figsize=(1.6, 1.2), dpi=50)
    ax = fig.add_axes((0, 0, 1, 1))
    # 6 x 8 cells of 10 x 10 px: cell edges on pixel edges, so "nearest" has no ties to round
    # (8 x 8 cells of 7.5 px rendered differently on matplotlib 3.10 and 3.11)
    ax.imshow(_rgb(6, 8), interpolation="nearest")
    ax.set_axis_off()
    return fig


# case name -> (constructor, read-back check: expected array or None)
ARRAY_CASES: dict[str, Any] = {
    "uint8_rgb": lambda: vizlog.Image(_rgb(), caption="rgb"),
    "uint8_gray": lambda: vizlog.Image(_rgb()[:, :, 0]),
    "uint8_gray_hw1": lambda: vizlog.Image(_rgb()[:, :, :1]),
    "uint8_rgba": lambda: vizlog.Image(np.dstack([_rgb(), _rgb(seed=4)[:, :, :1]])),
    "bool": lambda: vizlog.Image(_rgb()[:, :, 0] > 127),
    "float01": lambda: vizlog.Image(_rgb().astype(np.float32) / 255.0),
    "float_clip": lambda: vizlog.Image(_rgb().astype(np.float64) / 128.0 - 0.5,
                                       normalize="clip"),
    "float_minmax": lambda: vizlog.Image(_rgb().astype(np.float64) * 3 - 100,
                                         normalize="minmax"),
    "int64_in_range": lambda: vizlog.Image(_rgb().astype(np.int64)),
    "chw": lambda: vizlog.Image(np.moveaxis(_rgb(), -1, 0), layout="CHW"),
    "auto_chw": lambda: vizlog.Image(np.moveaxis(_rgb(), -1, 0)[None]),
    "auto_float_0_255": lambda: vizlog.Image(_rgb().astype(np.float32) + 0.25),
    "auto_float_minus1_1": lambda: vizlog.Image(_rgb() / 127.5 - 1.0),
    "torch_like_chw": lambda: vizlog.Image(FakeTensor(np.moveaxis(_rgb(), -1, 0))),
    "array_like": lambda: vizlog.Image(ArrayLike(_rgb())),
    "pil_1": lambda: vizlog.Image(_pil("1")),
    "pil_L": lambda: vizlog.Image(_pil("L")),
    "pil_LA": lambda: vizlog.Image(_pil("LA")),
    "pil_P": lambda: vizlog.Image(_pil("P")),
    "pil_P_transparent": lambda: vizlog.Image(_pil("P-transparent")),
    "pil_RGBA": lambda: vizlog.Image(_pil("RGBA")),
    "pil_CMYK": lambda: vizlog.Image(_pil("CMYK")),
    "pil_I16": lambda: vizlog.Image(_pil("I;16"), normalize="clip"),
    "pil_F": lambda: vizlog.Image(_pil("F")),
    "copy_of_image": lambda: vizlog.Image(vizlog.Image(_rgb(), caption="orig")),
    "masks_and_boxes": lambda: vizlog.Image(
        _rgb(), masks={"gt": {"mask_data": (_rgb()[:, :, 0] > 100).astype(np.uint8),
                              "class_labels": {0: "bg", 1: "fg"}}},
        boxes={"pred": {"box_data": [{"position": {"minX": 0.1, "maxX": 0.4, "minY": 0.2,
                                                   "maxY": 0.9},
                                      "class_id": 1, "box_caption": "fg",
                                      "scores": {"p": 0.75}}],
                        "class_labels": {1: "fg"}}}),
}

LOSSY_CASES: dict[str, Any] = {
    "jpeg_q85": (lambda: vizlog.Image(_rgb(), file_type="jpeg", quality=85), 25.0),
    "webp_q80": (lambda: vizlog.Image(_rgb(), file_type="webp", quality=80), 25.0),
    "matplotlib_figure": (lambda: vizlog.Image(_figure()), 30.0),
}

FILE_CASES = ["png", "jpg", "webp", "gif", "bmp"]


def _outputs(img: vizlog.Image, tmp_path: Path) -> tuple[dict[str, Any], dict[str, bytes]]:
    from vizlog.runlog.writer import store_media
    from vizlog.store import Store

    store = Store(tmp_path / "golden-run")
    desc = store_media(store, "img", 0, img)
    files = {}

    def collect(d: dict[str, Any], name: str) -> dict[str, Any]:
        d = dict(d)
        if "path" in d:
            rel = d.pop("path")
            files[name + "." + rel.split(".", 1)[1]] = store.backend.get(rel)
            d.pop("sha256"), d.pop("size")
        return d

    out = collect(desc, "image")
    for layer in ("masks", "boxes"):
        if layer in out:
            out[layer] = {k: collect(v, f"{layer}-{k}") for k, v in out[layer].items()}
    return out, files


@pytest.mark.parametrize("case", sorted(ARRAY_CASES))
def test_golden_lossless(case: str, golden: Golden, tmp_path: Path) -> None:
    img = ARRAY_CASES[case]()
    desc, files = _outputs(img, tmp_path)
    golden.check(f"image/{case}", descriptor=desc, files=files,
                 compare={n: pixels_equal for n in files if n.endswith(".png")})


@pytest.mark.parametrize("case", sorted(LOSSY_CASES))
def test_golden_lossy(case: str, golden: Golden, tmp_path: Path) -> None:
    make, db = LOSSY_CASES[case]
    desc, files = _outputs(make(), tmp_path)
    golden.check(f"image/{case}", descriptor=desc, files=files,
                 compare={n: image_psnr_at_least(db) for n in files})


@pytest.mark.parametrize("ext", FILE_CASES)
@pytest.mark.parametrize("how", ["str", "path", "fileobj"])
def test_golden_files_stored_as_given(ext: str, how: str, golden: Golden,
                                      tmp_path: Path) -> None:
    src = GOLDEN / f"file_{ext}" / "input" / f"input.{ext}"
    if how == "str":
        img = vizlog.Image(str(src))
    elif how == "path":
        img = vizlog.Image(src)
    else:
        with open(src, "rb") as fh:
            img = vizlog.Image(fh)
    desc, files = _outputs(img, tmp_path)
    assert files[f"image.{ext}"] == src.read_bytes()
    golden.check(f"image/file_{ext}", descriptor=desc, files=files)


def test_read_back_is_the_exact_array(runs_dir: Path) -> None:
    arrays = {"rgb": _rgb(), "gray": _rgb()[:, :, 0], "hw1": _rgb()[:, :, :1],
              "rgba": np.dstack([_rgb(), _rgb(seed=9)[:, :, :1]]), "bool": _rgb()[:, :, 0] > 9}
    with vizlog.init(dir=runs_dir) as run:
        run.log({k: vizlog.Image(v) for k, v in arrays.items()})
    data = vizlog.open_run(run.dir)
    for k, v in arrays.items():
        [(_, back)] = data.media(k)
        got = back.to_numpy()
        assert got.dtype == v.dtype and got.shape == v.shape, k
        np.testing.assert_array_equal(got, v)
        np.testing.assert_array_equal(np.asarray(back), v)


def test_float_rule_is_round_times_255() -> None:
    img = vizlog.Image(np.array([[0.0, 0.5, 1.0, 0.002]], np.float32))
    np.testing.assert_array_equal(img.to_numpy(), [[0, 128, 255, 1]])
    assert img.encode().fields["normalize"] == "scale255"


def test_minmax_and_clip_rules() -> None:
    np.testing.assert_array_equal(
        vizlog.Image(np.array([[-1.0, 0.0, 1.0]]), normalize="minmax").to_numpy(), [[0, 128, 255]])
    np.testing.assert_array_equal(
        vizlog.Image(np.array([[-1.0, 0.5, 3.0]]), normalize="clip").to_numpy(), [[0, 128, 255]])
    np.testing.assert_array_equal(
        vizlog.Image(np.array([[-5, 300]]), normalize="clip").to_numpy(), [[0, 255]])
    np.testing.assert_array_equal(
        vizlog.Image(np.full((2, 2), 4.0), normalize="minmax").to_numpy(), np.zeros((2, 2)))


@pytest.mark.parametrize(("value", "kwargs", "err", "match"), [
    (np.zeros((8, 8, 2), np.uint8), {}, ShapeError, r"got \(8, 8, 2\)\. Reshape it"),
    (np.zeros((5, 8, 8), np.uint8), {}, ShapeError, r"\(C, H, W\) with C in 1, 3 or 4"),
    (np.zeros((2, 1, 8, 8), np.uint8), {}, ShapeError, r"got \(2, 1, 8, 8\)"),
    (np.zeros((1, 1, 8, 8, 5), np.uint8), {}, ShapeError, r"got \(1, 1, 8, 8, 5\)"),
    (np.zeros((2, 8, 8), np.uint8), {"layout": "CHW"}, ShapeError, r"C in 1, 3 or 4"),
    (np.zeros((0, 8), np.uint8), {}, ShapeError, r"no pixels"),
    (np.zeros(8, np.uint8), {}, ShapeError, r"got \(8,\)"),
    (np.full((2, 2), -0.5), {"normalize": "none"}, DtypeError,
     r"float values in \[-0\.5, -0\.5\].*normalize"),
    (np.array([[np.nan, 0.5]]), {"normalize": "clip"}, DtypeError, r"NaN or infinite"),
    (np.array([[np.inf, 0.5]]), {}, DtypeError, r"NaN or infinite"),
    (np.array([[0, 256]]), {"normalize": "none"}, DtypeError, r"integer values in \[0, 256\]"),
    (np.zeros((2, 2), np.complex64), {}, DtypeError, r"numbers or booleans"),
    (np.zeros((2, 2)), {"normalize": "wandb"}, MediaError, r"`normalize` must be one of"),
    (np.zeros((2, 2)), {"normalize": 1.0}, MediaError, r"must be 'auto', 'none', 'clip'"),
    (np.zeros((2, 2)), {"file_type": "tiff"}, MediaError, r"`file_type` must be one of"),
    (np.zeros((2, 2)), {"quality": 0}, MediaError, r"`quality` must be an int in 1\.\.100"),
    (np.zeros((2, 2)), {"layout": "WHC"}, MediaError, r"`layout` must be 'HWC' or 'CHW'"),
    (np.zeros((2, 2)), {"caption": 3}, MediaError, r"`caption` must be a str"),
    (np.zeros((2, 2, 3), np.uint8), {"mode": "CMYK"}, MediaError, r"`mode` must be one of"),
    (42, {}, UnsupportedInputError, r"must be a numpy array, tensor, PIL image"),
    ("/no/such/file.png", {}, UnsupportedInputError, r"names a file that cannot be read"),
])
def test_bad_inputs(value: Any, kwargs: dict[str, Any], err: type[Exception],
                    match: str) -> None:
    with pytest.raises(err, match=match):
        vizlog.Image(value, **kwargs)


def test_masks_and_boxes_are_validated() -> None:
    with pytest.raises(ShapeError, match=r"`masks\['gt'\]\['mask_data'\]` must be a 2-D"):
        vizlog.Image(_rgb(), masks={"gt": {"mask_data": np.zeros((5, 5, 2), np.uint8)}})
    with pytest.raises(MediaError, match=r"`boxes` must be a dict of layer name"):
        vizlog.Image(_rgb(), boxes=[1, 2])  # type: ignore[arg-type]


def _png_header(width: int, height: int) -> bytes:
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    chunk = struct.pack(">I", len(ihdr)) + b"IHDR" + ihdr + struct.pack(
        ">I", zlib.crc32(b"IHDR" + ihdr))
    iend = struct.pack(">I", 0) + b"IEND" + struct.pack(">I", zlib.crc32(b"IEND"))
    return b"\x89PNG\r\n\x1a\n" + chunk + iend


@pytest.mark.filterwarnings("ignore::PIL.Image.DecompressionBombWarning")
def test_decompression_bomb_is_refused_before_decoding() -> None:
    with pytest.raises(MediaError, match=r"refused as a decompression bomb before decoding"):
        vizlog.Image(io.BytesIO(_png_header(100_000, 100_000)))
    with pytest.raises(MediaError, match=r"pixels \(10000x10000\).* decompression bomb"):
        vizlog.Image(io.BytesIO(_png_header(10_000, 10_000)))
    with pytest.raises(MediaError, match=r"over `max_pixels`=100"):
        vizlog.Image(io.BytesIO(_png_header(20, 20)), max_pixels=100)


def test_huge_arrays_are_refused_before_any_copy() -> None:
    huge = np.broadcast_to(np.uint8(0), (1 << 20, 1 << 20, 3))  # 3 TiB if it were copied
    with pytest.raises(MediaError, match=r"pixels \(1048576x1048576\), over `max_pixels`=89478485"):
        vizlog.Image(huge)
    with pytest.raises(MediaError, match=r"over `max_pixels`=10"):
        vizlog.Image(np.zeros((4, 4), np.uint8), max_pixels=10)


def test_non_images_and_text_streams_are_refused(tmp_path: Path) -> None:
    p = tmp_path / "x.png"
    p.write_text("hello")
    with pytest.raises(UnsupportedInputError, match="not a readable PNG, JPEG"):
        vizlog.Image(p)
    with pytest.raises(UnsupportedInputError, match="text-mode file object"), open(p) as fh:
        vizlog.Image(fh)
    with pytest.raises(UnsupportedInputError, match="must be a regular file"):
        vizlog.Image(tmp_path)
    tiff = io.BytesIO()
    PILImage.fromarray(_rgb()).save(tiff, format="TIFF")
    tiff.seek(0)
    with pytest.raises(UnsupportedInputError, match="is a TIFF image"):
        vizlog.Image(tiff)


def test_file_converted_when_file_type_differs() -> None:
    src = GOLDEN / "file_png" / "input" / "input.png"
    img = vizlog.Image(src, file_type="webp", quality=100)
    enc = img.encode()
    assert enc.ext == "webp" and enc.fields["format"] == "webp"
    with PILImage.open(io.BytesIO(enc.data or b"")) as im:
        assert im.format == "WEBP" and im.size == (32, 24)


def test_matplotlib_figure_leaves_pyplot_alone() -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig_cur = plt.figure()
    before = plt.get_fignums()
    fig = _figure()
    img = vizlog.Image(fig)
    assert (img.width, img.height) == (80, 60) and img.mode == "RGBA"
    img_ax = vizlog.Image(fig.axes[0])
    np.testing.assert_array_equal(img.to_numpy(), img_ax.to_numpy())
    assert plt.get_fignums() == before and plt.gcf() is fig_cur
    plt.close(fig_cur)


def test_matplotlib_figure_logged_directly_becomes_an_image(runs_dir: Path) -> None:
    with vizlog.init(dir=runs_dir) as run:
        run.log({"fig": _figure()})
    [(_, img)] = vizlog.open_run(run.dir).media("fig")
    assert img.to_numpy().shape == (60, 80, 4)


def test_snapshot_is_independent_of_the_input() -> None:
    arr = _rgb()
    img = vizlog.Image(arr)
    arr[:] = 0
    assert img.to_numpy().any()


def test_png_pixels_reach_the_store_as_pieces_of_one_file(tmp_path: Path) -> None:
    pytest.importorskip("isal")
    from vizlog.media import _png
    from vizlog.store import Store

    pixels = np.random.default_rng(4).integers(0, 256, (40, 30, 3), dtype=np.uint8)
    enc = vizlog.Image(pixels).encode()
    assert enc.parts is not None  # no joined copy before the store writes it
    assert enc.data == _png.encode_png(pixels)
    desc = Store(tmp_path).put("img", 3, enc)
    stored = (tmp_path / desc["path"]).read_bytes()
    assert stored == enc.data and desc["size"] == len(stored)
    with PILImage.open(io.BytesIO(stored)) as im:
        assert np.array_equal(np.asarray(im), pixels)
    assert vizlog.Image(pixels, file_type="jpeg").encode().parts is None


def test_repr_png_is_a_png() -> None:
    assert vizlog.Image(_rgb())._repr_png_()[:8] == b"\x89PNG\r\n\x1a\n"
    assert repr(vizlog.Image(_rgb(), caption="c")) == "<vizlog.Image 16x12 png caption='c'>"


def _wandb_0164_to_uint8(data: np.ndarray) -> np.ndarray:
    """wandb 0.16.4's Image.to_uint8 arithmetic, written out as the reference (facts only)."""
    if data.min() < 0:
        data = (data - data.min()) / np.ptp(data)
    if data.max() <= 1.0:
        data = (data * 255).astype(np.int32)
    return data.clip(0, 255).astype(np.uint8)


@pytest.mark.parametrize(("scale", "offset", "dtype"), [
    (1.0, 0.0, np.float32), (1.0, 0.0, np.float64), (1.0, 0.0, np.float16),
    (255.0, 0.0, np.float32), (600.0, 0.0, np.float64), (2.0, -1.0, np.float32),
    (50.0, -20.0, np.float64), (1.0, 0.0, np.longdouble), (1, 0, np.int64), (300, 0, np.int32),
    (200, -100, np.int16), (255, 0, np.uint8), (1, 0, np.int32),
])
def test_auto_rule_matches_wandb_within_one_level(scale: float, offset: float,
                                                  dtype: Any) -> None:
    rng = np.random.default_rng(11)
    raw = rng.random((9, 7)) * scale + offset
    arr = (np.rint(raw) if np.dtype(dtype).kind in "iu" else raw).astype(dtype)
    got = vizlog.Image(arr).to_numpy().astype(int)
    want = _wandb_0164_to_uint8(arr).astype(int)
    assert np.abs(got - want).max() <= 1


@pytest.mark.parametrize(("arr", "pixels", "rule"), [
    (np.array([[0.0, 0.5, 1.0, 0.002]]), [[0, 128, 255, 1]], "scale255"),
    (np.array([[0.0, 2.0, 254.6, 300.0]]), [[0, 2, 255, 255]], "clip255"),
    (np.array([[1.5, 2.0]], np.float16), [[2, 2]], "clip255"),
    (np.array([[-1.0, 0.0, 1.0]]), [[0, 128, 255]], "minmax"),
    (np.full((1, 2), -3.0), [[0, 0]], "minmax"),
    (np.array([[-5, 5]], np.int8), [[0, 255]], "minmax"),
    (np.array([[-128, 127]], np.int8), [[0, 255]], "minmax"),
    (np.array([[0, 1]], np.int64), [[0, 255]], "scale255"),
    (np.array([[0, 1]], np.uint8), [[0, 1]], "none"),  # uint8 is pixels already (wandb: x255)
    (np.array([[0, 0]], np.int64), [[0, 0]], "none"),
    (np.array([[0, 7, 255]], np.int64), [[0, 7, 255]], "none"),
    (np.array([[0, 256, 70000]], np.int64), [[0, 255, 255]], "clip255"),
    (np.array([[True, False]]), [[True, False]], "bool"),
])
def test_auto_rules(arr: np.ndarray, pixels: list[list[int]], rule: str) -> None:
    img = vizlog.Image(arr)
    np.testing.assert_array_equal(img.to_numpy(), pixels)
    assert img.encode().fields["normalize"] == rule
    assert vizlog.Image(arr, normalize=True).encode().fields["normalize"] == rule


def test_explicit_normalize_still_wins() -> None:
    arr = np.array([[-1.0, 0.5, 3.0]])
    np.testing.assert_array_equal(vizlog.Image(arr, normalize="clip").to_numpy(), [[0, 128, 255]])
    with pytest.raises(DtypeError, match=r"float values in \[-1, 3\]"):
        vizlog.Image(arr, normalize=False)
    np.testing.assert_array_equal(vizlog.Image(np.array([[0, 1]], np.int64),
                                               normalize="none").to_numpy(), [[0, 1]])


@pytest.mark.parametrize(("shape", "stored", "layout", "source_shape"), [
    ((3, 8, 6), (8, 6, 3), "CHW", None),
    ((4, 8, 6), (8, 6, 4), "CHW", None),
    ((1, 8, 6), (8, 6, 1), "CHW", None),
    ((8, 6, 3), (8, 6, 3), None, None),
    ((3, 8, 3), (3, 8, 3), None, None),       # channels last wins, as wandb
    ((4, 4, 4), (4, 4, 4), None, None),
    ((1, 8, 6, 3), (8, 6, 3), None, [1, 8, 6, 3]),
    ((1, 1, 3, 8, 6), (8, 6, 3), "CHW", [1, 1, 3, 8, 6]),
])
def test_layout_is_guessed_as_wandb_and_recorded(shape: tuple[int, ...], stored: tuple[int, ...],
                                                 layout: str | None,
                                                 source_shape: list[int] | None) -> None:
    arr = np.random.default_rng(5).integers(0, 256, size=shape, dtype=np.uint8)
    img = vizlog.Image(arr)
    fields = img.encode().fields
    assert tuple(fields["shape"]) == stored and img.to_numpy().shape == stored
    assert fields.get("layout") == layout and fields.get("source_shape") == source_shape
    if layout == "CHW":
        np.testing.assert_array_equal(img.to_numpy(), np.moveaxis(arr.reshape(shape[-3:]), 0, -1))


def test_explicit_layout_wins_over_the_guess() -> None:
    arr = np.random.default_rng(5).integers(0, 256, size=(4, 6, 3), dtype=np.uint8)
    assert vizlog.Image(arr).to_numpy().shape == (4, 6, 3)
    img = vizlog.Image(arr, layout="CHW")
    assert img.to_numpy().shape == (6, 3, 4) and img.encode().fields["layout"] == "CHW"
    tensor_hwc = FakeTensor(np.zeros((8, 6, 3), np.uint8))
    assert vizlog.Image(tensor_hwc).to_numpy().shape == (8, 6, 3)
    assert vizlog.Image(FakeTensor(np.zeros((3, 8, 3), np.uint8))).to_numpy().shape == (8, 3, 3)
    with pytest.raises(ShapeError, match=r"C in 1, 3, or 4|C in 1, 3 or 4"):
        vizlog.Image(np.zeros((3, 8, 8), np.uint8), layout="HWC")


def test_pyplot_module_logs_the_current_figure() -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    plt.close("all")
    with pytest.raises(MediaError, match=r"no open figure"):
        vizlog.Image(plt)
    assert plt.get_fignums() == []
    fig = plt.figure(figsize=(1.0, 0.8), dpi=50)
    plt.plot([0, 1], [1, 0])
    before = (plt.get_fignums(), plt.gcf(), plt.gca())
    img = vizlog.Image(plt)
    assert (img.width, img.height) == (50, 40) and img.source_mode == "matplotlib"
    assert (plt.get_fignums(), plt.gcf(), plt.gca()) == before
    np.testing.assert_array_equal(img.to_numpy(), vizlog.Image(fig).to_numpy())
    plt.close(fig)


def test_image_property_and_data_array() -> None:
    gray = np.array([[0, 10], [20, 30], [40, 50]], np.uint8)
    img = vizlog.Image(gray)
    assert img.image.size == (2, 3) and img.image.mode == "L"
    assert img.to_data_array() == [[0, 10], [20, 30], [40, 50]]
    rgb = vizlog.Image(np.arange(12, dtype=np.uint8).reshape(2, 2, 3))
    assert rgb.to_data_array() == [[(0, 1, 2), (3, 4, 5)], [(6, 7, 8), (9, 10, 11)]]
    assert vizlog.Image(np.array([[True, False]])).to_data_array() == [[255, 0]]


def test_all_captions_as_wandb() -> None:
    a, b = vizlog.Image(_rgb(), caption="a"), vizlog.Image(_rgb())
    assert vizlog.Image.all_captions([a, b]) == ["a", None]
    assert vizlog.Image.all_captions([b, a]) is False
    assert vizlog.Image.all_captions([]) is False


def test_masks_of_another_size_are_kept_and_recorded(tmp_path: Path) -> None:
    from vizlog.media.overlays import BoundingBoxes2D, ImageMask

    small = np.arange(20, dtype=np.uint8).reshape(4, 5) % 3
    mask = ImageMask({"mask_data": small, "class_labels": {0: "a", 1: "b", 2: "c"}}, "pred")
    boxes = BoundingBoxes2D({"box_data": [{"position": {"middle": [0.5, 0.5], "width": 0.2,
                                                        "height": 0.2}, "class_id": 1}]}, "det")
    img = vizlog.Image(_rgb(), masks={"pred": mask, "gt": {"mask_data": small[:, :4]}},
                       boxes={"det": boxes})
    assert img.masks["pred"] is mask and img.boxes["det"] is boxes
    desc, _ = _outputs(img, tmp_path)
    assert (desc["masks"]["pred"]["width"], desc["masks"]["pred"]["height"]) == (5, 4)
    assert (desc["masks"]["gt"]["width"], desc["masks"]["gt"]["height"]) == (4, 4)
    same = vizlog.Image(_rgb(), masks={"m": {"mask_data": np.zeros((12, 16), np.uint8)}})
    desc_same, _ = _outputs(same, tmp_path / "b")
    assert "width" not in desc_same["masks"]["m"]
    with pytest.raises(ShapeError, match=r"`masks\['pred'\]\['mask_data'\]` must be a 2-D"):
        ImageMask({"mask_data": np.zeros(3, np.uint8)}, "pred")


@pytest.mark.parametrize(("channels", "mode"), [(4, "RGB"), (2, "L")])
def test_jpeg_drops_alpha_as_wandb(channels: int, mode: str) -> None:
    arr = np.random.default_rng(2).integers(0, 256, size=(8, 8, channels), dtype=np.uint8)
    source = arr if channels == 4 else PILImage.fromarray(arr)  # (H, W, 2) uint8 is LA
    with pytest.warns(UserWarning, match=r"JPEG cannot store an alpha channel"):
        img = vizlog.Image(source, file_type="jpeg")
    fields = img.encode().fields
    assert (fields["mode"], fields["alpha"], fields["format"]) == (mode, "dropped", "jpg")
    assert img.to_numpy().shape == ((8, 8, 3) if channels == 4 else (8, 8))
    rgba_png = io.BytesIO()
    PILImage.fromarray(arr if channels == 4 else arr[:, :, 0]).save(rgba_png, format="PNG")
    rgba_png.seek(0)
    if channels == 4:
        with pytest.warns(UserWarning, match=r"alpha channel"):
            from_file = vizlog.Image(rgba_png, file_type="jpg")
        assert from_file.encode().fields["mode"] == "RGB"


@pytest.mark.parametrize("value", [np.float16(0.5), np.float32(0.5), np.float64(0.5),
                                   np.longdouble(0.5), np.int8(-3), np.int64(7),
                                   np.uint64(2**64 - 1), np.bool_(True), np.uint8(9)],
                         ids=lambda v: type(v).__name__)
def test_every_numeric_numpy_scalar_type_makes_pixels(value: Any) -> None:
    img = vizlog.Image(np.full((2, 3), value))
    assert img.to_numpy().shape == (2, 3)


@pytest.mark.parametrize("value", [np.complex64(1j), np.datetime64("2024-01-02"),
                                   np.timedelta64(5, "s"), np.str_("a"), np.bytes_(b"a"),
                                   np.void(b"\x00")], ids=lambda v: type(v).__name__)
def test_other_numpy_scalar_types_are_refused_cleanly(value: Any) -> None:
    with pytest.raises(DtypeError, match=r"must hold numbers or booleans"):
        vizlog.Image(np.full((2, 3), value))
    with pytest.raises(ShapeError, match=r"got \(\)"):
        vizlog.Image(np.asarray(np.float64(0.5)))


def test_mode_converts_as_wandb() -> None:
    rgb = _rgb()
    img = vizlog.Image(rgb, mode="L")
    want = np.asarray(PILImage.fromarray(rgb).convert("L"))
    np.testing.assert_array_equal(img.to_numpy(), want)
    fields = img.encode().fields
    assert (fields["mode"], fields["source_mode"], fields["shape"]) == ("L", "RGB", [12, 16])
    gray = vizlog.Image(rgb[:, :, 0], mode="RGBA")
    assert gray.to_numpy().shape == (12, 16, 4) and gray.encode().fields["source_mode"] == "L"
    src = GOLDEN / "file_png" / "input" / "input.png"
    from_file = vizlog.Image(src, mode="L")
    assert from_file.mode == "L" and from_file.encode().fields["source_mode"] == "file"
    assert vizlog.Image(rgb, mode="RGB").encode().fields.get("source_mode") is None


@pytest.mark.parametrize("fmt", ["JPEG", "GIF", "BMP", "WEBP"])
def test_truncated_files_are_refused_at_construction(fmt: str) -> None:
    from PIL import Image as PILImage

    from vizlog.errors import UnsupportedInputError

    rng = np.random.default_rng(4)
    buf = io.BytesIO()
    im = PILImage.fromarray(rng.integers(0, 256, (40, 40, 3), dtype=np.uint8))
    (im.convert("P") if fmt == "GIF" else im).save(buf, format=fmt)
    data = buf.getvalue()
    with pytest.raises(UnsupportedInputError, match=r"is not a readable PNG, JPEG, WebP, GIF"):
        vizlog.Image(io.BytesIO(data[: len(data) * 2 // 3]))


@pytest.mark.filterwarnings("ignore::PIL.Image.DecompressionBombWarning")
def test_read_back_refuses_a_stored_bomb_before_decoding(tmp_path: Path) -> None:
    from vizlog.read import run_files

    (tmp_path / "bomb.png").write_bytes(_png_header(10_000, 10_000))
    with pytest.raises(MediaError, match=r"100000000 pixels per frame \(10000x10000\), over "
                                         r"`max_pixels`=89478485"):
        vizlog.Image.from_descriptor({"_type": "image-file", "path": "bomb.png",
                                      "format": "png"}, run_files(tmp_path))
