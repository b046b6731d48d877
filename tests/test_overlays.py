"""vizlog.media.overlays: masks and boxes in wandb's shapes."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from vizlog.errors import MediaError, ShapeError, UnsupportedInputError
from vizlog.media.overlays import BoundingBoxes2D, ImageMask
from vizlog.read import run_files
from vizlog.runlog.writer import store_media
from vizlog.store import Store


def test_mask_default_labels_and_round_trip(tmp_path: Path) -> None:
    m = ImageMask({"mask_data": np.array([[0, 2], [2, 5]])})
    assert m.class_labels == {"0": "class_0", "2": "class_2", "5": "class_5"}
    d = store_media(Store(tmp_path), "k", 0, m)
    assert d["path"].startswith("media/images/mask/k_0_") and d["path"].endswith(".mask.png")
    back = ImageMask.from_descriptor(d, run_files(tmp_path))
    np.testing.assert_array_equal(back.mask, m.mask)
    again = ImageMask({"path": tmp_path / d["path"], "class_labels": {0: "a"}})
    np.testing.assert_array_equal(again.mask, m.mask)


def test_mask_errors(tmp_path: Path) -> None:
    with pytest.raises(MediaError, match="needs a 'mask_data' array or a 'path'"):
        ImageMask({"x": 1})
    with pytest.raises(MediaError, match="must be a dict with 'mask_data'"):
        ImageMask([1])  # type: ignore[arg-type]
    with pytest.raises(MediaError, match=r"class ids in 0\.\.255"):
        ImageMask({"mask_data": np.array([[0.5]])})
    with pytest.raises(MediaError, match=r"keys must be integer class ids; got 'a'"):
        ImageMask({"mask_data": np.zeros((2, 2), np.uint8), "class_labels": {"a": "b"}})
    with pytest.raises(MediaError, match=r"must be a str label"):
        ImageMask({"mask_data": np.zeros((2, 2), np.uint8), "class_labels": {1: 2}})
    with pytest.raises(ShapeError, match="must match the image"):
        ImageMask({"mask_data": np.zeros((2, 2), np.uint8)}, size=(3, 2))
    (tmp_path / "bad.png").write_text("no")
    with pytest.raises(UnsupportedInputError, match="is not a readable image"):
        ImageMask({"path": tmp_path / "bad.png"})


def test_boxes_both_position_forms_and_defaults(tmp_path: Path) -> None:
    b = BoundingBoxes2D({"box_data": [
        {"position": {"minX": 0, "maxX": 1, "minY": 0, "maxY": 1}, "class_id": 3},
        {"position": {"middle": [0.5, 0.5], "width": 0.2, "height": 0.1}, "class_id": 1,
         "scores": {"acc": 1}, "domain": "pixel", "box_caption": "c"}]})
    assert b.class_labels == {"1": "class_1", "3": "class_3"}
    d = store_media(Store(tmp_path), "k", 0, b)
    assert d["path"].startswith("media/metadata/boxes2D/") and d["_type"] == "boxes2D"
    back = BoundingBoxes2D.from_descriptor(d, run_files(tmp_path))
    assert back.box_data == b.box_data


@pytest.mark.parametrize(("box", "match"), [
    ("x", r"must be a dict with 'position'"),
    ({"position": 1, "class_id": 1}, r"\['position'\]` must be a dict"),
    ({"position": {"middle": [1], "width": 1, "height": 1}, "class_id": 1}, r"must be \[x, y\]"),
    ({"position": {"minX": 0, "maxX": "1", "minY": 0, "maxY": 1}, "class_id": 1},
     r"\['maxX'\]` must be a number"),
    ({"position": {"minX": 0, "maxX": float("nan"), "minY": 0, "maxY": 1}, "class_id": 1},
     r"must be finite"),
    ({"position": {"minX": 0, "maxX": 1, "minY": 0, "maxY": 1}, "class_id": 1, "domain": "x"},
     r"`domain`|\['domain'\]` must be None"),
    ({"position": {"minX": 0, "maxX": 1, "minY": 0, "maxY": 1}, "class_id": 1,
      "box_caption": 3}, r"box_caption'\]` must be a str"),
    ({"position": {"minX": 0, "maxX": 1, "minY": 0, "maxY": 1}, "class_id": 1, "scores": 3},
     r"scores'\]` must be a dict"),
])
def test_box_errors(box: object, match: str) -> None:
    with pytest.raises(MediaError, match=match):
        BoundingBoxes2D({"box_data": [box]})


def test_boxes_need_box_data() -> None:
    with pytest.raises(MediaError, match="must be a dict with 'box_data'"):
        BoundingBoxes2D({"boxes": []})
    with pytest.raises(MediaError, match=r"\['box_data'\]` must be a list"):
        BoundingBoxes2D({"box_data": 3})
