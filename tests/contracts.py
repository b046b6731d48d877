"""Contract cases: one entry per registered descriptor ``_type`` (see tests/test_contract.py).

Each :class:`Case` gives a seeded valid sample, a read-back check, and the documented bad inputs
with the error class and a regex its message must match. Adding a media type to
``vizlog/media/registry.py`` without a case here fails the contract suite.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import numpy as np

import vizlog
from vizlog.errors import DtypeError, MediaError, ShapeError, UnsupportedInputError
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


CASES: dict[str, Case] = {
    "image-file": Case(
        make=lambda: vizlog.Image(_img_array(), caption="noise"),
        check=_check_image,
        bad=[
            (lambda: vizlog.Image(np.zeros((3, 8, 8), np.uint8)), ShapeError,
             r"shape \(H, W\) or \(H, W, C\).*layout=\"CHW\""),
            (lambda: vizlog.Image(np.full((4, 4), 1.5)), DtypeError,
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
}
