"""Contract cases: one entry per registered descriptor ``_type`` (see tests/test_contract.py).

Each :class:`Case` gives a seeded valid sample, a read-back check, and the documented bad inputs
with the error class and a regex its message must match. Adding a media type to
``vizlog/registry.py`` without a case here fails the contract suite.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import numpy as np

import vizlog
from vizlog.errors import (
    ChartBindingError,
    DtypeError,
    MediaError,
    ShapeError,
    UnsupportedInputError,
)
from vizlog.media.overlays import BoundingBoxes2D, ImageMask


@dataclass
class Case:
    #: builds a valid object (seeded, small)
    make: Callable[[], Any]
    #: (logged object, object read back from the run) -> raises AssertionError on mismatch
    check: Callable[[Any, Any], None]
    #: (callable building a bad object, expected error class, message regex)
    bad: list[tuple[Callable[[], Any], type[Exception], str]] = field(default_factory=list)


def _img_array() -> np.ndarray:
    return np.random.default_rng(7).integers(0, 256, size=(12, 10, 3), dtype=np.uint8)


def _check_image(a: Any, b: Any) -> None:
    np.testing.assert_array_equal(np.asarray(a), np.asarray(b))
    assert a.caption == b.caption


def _mask() -> ImageMask:
    data = np.random.default_rng(8).integers(0, 3, size=(6, 5), dtype=np.uint8)
    return ImageMask({"mask_data": data, "class_labels": {0: "bg", 1: "cat", 2: "dog"}})


def _check_mask(a: Any, b: Any) -> None:
    np.testing.assert_array_equal(a.mask, b.mask)
    assert a.class_labels == b.class_labels


def _boxes() -> BoundingBoxes2D:
    return BoundingBoxes2D({"box_data": [
        {"position": {"minX": 0.1, "maxX": 0.5, "minY": 0.2, "maxY": 0.6}, "class_id": 1,
         "box_caption": "cat", "scores": {"conf": 0.9}},
        {"position": {"middle": [3, 4], "width": 2, "height": 2}, "class_id": 2,
         "domain": "pixel"}], "class_labels": {1: "cat", 2: "dog"}})


def _check_boxes(a: Any, b: Any) -> None:
    assert a.box_data == b.box_data and a.class_labels == b.class_labels


def _table() -> Any:
    rng = np.random.default_rng(9)
    img = vizlog.Image(rng.integers(0, 256, size=(6, 5, 3), dtype=np.uint8))
    return vizlog.Table(columns=["id", "score", "label", "img"],
                        data=[[0, 0.5, "cat", img], [1, None, "dog", None],
                              [2, float(rng.normal()), "cow", img]])


def _check_table(a: Any, b: Any) -> None:
    assert a.columns == b.columns and a.column_types == b.column_types
    for name in ("id", "score", "label"):
        assert a.get_column(name) == b.get_column(name)
    for x, y in zip(a.get_column("img"), b.get_column("img"), strict=True):
        assert (x is None) == (y is None)
        if x is not None:
            np.testing.assert_array_equal(np.asarray(x), np.asarray(y))


def _check_histogram(a: Any, b: Any) -> None:
    assert a.histogram == b.histogram and a.bins == b.bins


def _check_html(a: Any, b: Any) -> None:
    assert a.html == b.html and a.inject == b.inject


def _object3d() -> Any:
    rng = np.random.default_rng(11)
    pts = np.column_stack([rng.normal(size=(40, 3)), rng.integers(0, 256, (40, 3))])
    box = vizlog.box3d(center=(0, 0, 0), size=(1, 2, 3), orientation=(1, 0, 0, 0),
                       color=(1, 0, 0), label="car", score=0.9)
    return vizlog.Object3D.from_point_cloud(pts.astype(np.float32), [box])


def _check_object3d(a: Any, b: Any) -> None:
    np.testing.assert_array_equal(a.to_numpy(), b.to_numpy())
    assert a.boxes == b.boxes and a.vectors == b.vectors and a.caption == b.caption


def _chart() -> Any:
    table = vizlog.Table(columns=["x", "y", "run"],
                         data=[[x, x * x, "a" if x % 2 else "b"] for x in range(12)])
    return vizlog.plot_table("vizlog/line", table, {"x": "x", "y": "y", "stroke": "run"},
                             {"title": "y = x^2"})


def _check_chart(a: Any, b: Any) -> None:
    assert a.to_dict() == b.to_dict()
    assert (a.spec_name, a.fields, a.string_fields, a.split_table) == \
        (b.spec_name, b.fields, b.string_fields, b.split_table)
    assert a.table.to_arrow().equals(b.table.to_arrow())


def _probas() -> Any:
    return np.random.default_rng(12).random((20, 3))


def _video() -> Any:
    yy, xx = np.mgrid[0:16, 0:24]
    frames = np.stack([np.stack([xx * 10, yy * 15, (xx + yy + 3 * t) * 5]) for t in range(4)])
    return vizlog.Video(frames.astype(np.uint8), fps=4, caption="ramp")


def _check_video(a: Any, b: Any) -> None:
    from vizlog.testing import psnr

    x, y = np.asarray(a), np.asarray(b)
    assert x.shape == y.shape == (4, 3, 16, 24) and y.dtype == np.uint8
    assert psnr(x, y) > 30 and (a.caption, a.fps) == (b.caption, b.fps)


def _audio() -> Any:
    return vizlog.Audio(np.random.default_rng(13).uniform(-1, 1, (100, 2)).astype(np.float32),
                        8000, caption="noise")


def _check_audio(a: Any, b: Any) -> None:
    np.testing.assert_array_equal(np.asarray(a), np.asarray(b))
    assert (a.caption, a.sample_rate) == (b.caption, b.sample_rate)


CASES: dict[str, Case] = {
    "image-file": Case(
        make=lambda: vizlog.Image(_img_array(), caption="noise"),
        check=_check_image,
        bad=[
            (lambda: vizlog.Image(np.zeros((5, 8, 8), np.uint8)), ShapeError,
             r"shape \(H, W\), \(H, W, C\) or \(C, H, W\).*`layout=`"),
            (lambda: vizlog.Image(np.full((4, 4), 1.5), normalize="none"), DtypeError,
             r"float values in \[1\.5, 1\.5\].*normalize"),
            (lambda: vizlog.Image(np.zeros((4, 4), object)), DtypeError, r"numbers or booleans"),
            (lambda: vizlog.Image(b"not an image"), UnsupportedInputError,
             r"must be a numpy array"),
        ]),
    "mask": Case(
        make=_mask, check=_check_mask,
        bad=[(lambda: ImageMask({"mask_data": np.zeros((2, 2, 2), np.uint8)}), ShapeError,
              r"2-D integer array"),
             (lambda: ImageMask({"mask_data": np.full((2, 2), 300)}), MediaError,
              r"class ids in 0\.\.255")]),
    "boxes2D": Case(
        make=_boxes, check=_check_boxes,
        bad=[(lambda: BoundingBoxes2D({"box_data": [{"position": {"minX": 0}, "class_id": 1}]}),
              MediaError, r"needs minX/maxX/minY/maxY or middle/width/height"),
             (lambda: BoundingBoxes2D({"box_data": [{"position": {"minX": 0, "maxX": 1,
                                                                  "minY": 0, "maxY": 1},
                                                     "class_id": "a"}]}),
              MediaError, r"class_id.*must be an int")]),
    "table-file": Case(
        make=_table, check=_check_table,
        bad=[(lambda: vizlog.Table(columns=["a", "b"], data=[[1, 2], [3]]), MediaError,
              r"must have 2 values.*row 1 has 1"),
             (lambda: vizlog.Table(columns=["a", "a"], data=[[1, 2]]), MediaError,
              r"unique.*both named 'a'"),
             (lambda: vizlog.Table(columns=["a"], data=[[1], ["x"]]), MediaError,
              r"column 'a' mixes types: row 0 is number but row 1 is str.*allow_mixed_types"),
             (lambda: vizlog.Table(columns=["a"], data=[[object()]]), MediaError,
              r"column 'a' row 0 holds object.*no Arrow type")]),
    "histogram": Case(
        make=lambda: vizlog.Histogram(np.random.default_rng(10).normal(size=500), num_bins=20),
        check=_check_histogram,
        bad=[(lambda: vizlog.Histogram([1.0], num_bins=513), MediaError,
              r"`num_bins` must be an int in 1\.\.512"),
             (lambda: vizlog.Histogram(np_histogram=([1, 2], [0.0, 1.0])), ShapeError,
              r"len\(bins\) == len\(values\) \+ 1"),
             (lambda: vizlog.Histogram(["a", "b"]), DtypeError, r"sequence of numbers")]),
    "html-file": Case(
        make=lambda: vizlog.Html("<html><head><title>t</title></head><body><p>x</p></body>"
                                 "</html>"),
        check=_check_html,
        bad=[(lambda: vizlog.Html(123), UnsupportedInputError, r"must be an HTML str"),
             (lambda: vizlog.Html(b"\xff\xfe<p>"), UnsupportedInputError, r"not valid UTF-8"),
             (lambda: vizlog.Html("<p>", inject="yes"), MediaError,
              r"`inject` must be True or False")]),
    "object3D-file": Case(
        make=_object3d, check=_check_object3d,
        bad=[(lambda: vizlog.Object3D(np.zeros((4, 5))), ShapeError,
              r"shape \(N, 3\) xyz, \(N, 4\) xyz \+ category or \(N, 6\).*got \(4, 5\)"),
             (lambda: vizlog.Object3D(np.array([[0.0, np.nan, 1.0]])), DtypeError,
              r"NaN or infinite coordinates"),
             (lambda: vizlog.Object3D(b"plain text\n", file_type="glb"), UnsupportedInputError,
              r"text file .*not a binary glTF \(GLB\)"),
             (lambda: vizlog.Object3D(np.broadcast_to(0.0, (100_000_000, 3))), MediaError,
              r"over `max_points`")]),
    "custom-chart": Case(
        make=_chart, check=_check_chart,
        bad=[(lambda: vizlog.plot_table("nope", _chart().table, {}), ChartBindingError,
              r"unknown spec 'nope'; known specs are: area_under_curve, bar"),
             (lambda: vizlog.plot_table("pr_curve", _chart().table,
                                        {"x": "recall", "y": "y", "class": "run"}),
              ChartBindingError, r"spec 'pr_curve' needs field 'x' = column 'recall'; table "
                                 r"columns are: 'x', 'y', 'run'"),
             (lambda: vizlog.plot.pr_curve([0, 1] * 10, _probas()[:, 0]), ShapeError,
              r"`y_probas` must have shape \(n_samples, n_classes\)"),
             (lambda: vizlog.plot.pr_curve([0, 1] * 10, _probas(), ["a", "b"]), MediaError,
              r"`labels` names 2 classes but the scores have 3 columns")]),
    "video-file": Case(
        make=_video, check=_check_video,
        bad=[(lambda: vizlog.Video(np.zeros((10, 28, 28, 3), np.uint8)), ShapeError,
              r"C in 1, 3 or 4; got \(10, 28, 28, 3\)\. Pass `layout=\"THWC\"`"),
             (lambda: vizlog.Video(np.zeros((0, 3, 8, 8), np.uint8)), ShapeError,
              r"no frames or pixels"),
             (lambda: vizlog.Video(np.zeros((2, 3, 8, 8), np.uint8), fps=0), MediaError,
              r"`fps` must be a positive, finite number"),
             (lambda: vizlog.Video(b"not a video at all"), MediaError,
              r"not a playable video")]),
    "audio-file": Case(
        make=_audio, check=_check_audio,
        bad=[(lambda: vizlog.Audio(np.zeros(10)), MediaError, r"`sample_rate` is required"),
             (lambda: vizlog.Audio(np.full(10, 1.5), 8000), DtypeError,
              r"float samples in \[1\.5, 1\.5\].*`clip=True`"),
             (lambda: vizlog.Audio(np.zeros((2, 4000)), 8000), ShapeError,
              r"4000 channels.*`layout=\"CS\"`")]),
}
