"""Image overlays in wandb's shapes: segmentation masks and 2-D bounding boxes.

Masks (``_type: "mask"``): ``{"mask_data": 2-D integer array with values 0..255,
"class_labels": {int: str}}`` or ``{"path": PNG of class ids}``; stored as an 8-bit grayscale
PNG whose pixel values are class ids (``media/images/mask/*.mask.png``).

Boxes (``_type: "boxes2D"``): ``{"box_data": [box, ...], "class_labels": {int: str}}`` where each
box has ``position`` as ``{"minX", "maxX", "minY", "maxY"}`` or ``{"middle": [x, y], "width",
"height"}``, an integer ``class_id``, and optionally ``box_caption`` (str), ``scores``
({str: number}) and ``domain`` (absent or ``None`` = fractions of the image, ``"pixel"`` = pixels).
Stored as that dict in JSON (``media/metadata/boxes2D/*.boxes2D.json``).
"""

from __future__ import annotations

import io
import math
from collections.abc import Mapping
from typing import Any

import numpy as np

from vizlog import _json
from vizlog.errors import MediaError, ShapeError, UnsupportedInputError, describe
from vizlog.media._base import Encoded, Media, Resolved, RunFiles
from vizlog.media._util import read_source, to_numpy

__all__ = ["BoundingBoxes2D", "ImageMask"]


def _class_labels(value: Any, arg: str) -> dict[str, str]:
    if value is None:
        return {}
    if not isinstance(value, Mapping):
        raise MediaError(f"`{arg}` must be a dict of int class id -> str label; got "
                         f"{describe(value)}.")
    out: dict[str, str] = {}
    for k, v in value.items():
        if isinstance(k, bool) or not isinstance(k, (int, np.integer, str)) or (
                isinstance(k, str) and not k.lstrip("-").isdigit()):
            raise MediaError(f"`{arg}` keys must be integer class ids; got {k!r}.")
        if not isinstance(v, str):
            raise MediaError(f"`{arg}[{k!r}]` must be a str label; got {describe(v)}.")
        out[str(int(k))] = v
    return dict(sorted(out.items(), key=lambda kv: int(kv[0])))


class ImageMask(Media):
    """A segmentation mask layer of an :class:`~vizlog.Image` (see the module docstring)."""

    type_name = "mask"

    def __init__(self, value: Mapping[str, Any], key: str | None = None, *, arg: str | None = None,
                 size: tuple[int, int] | None = None) -> None:
        # ``key`` is wandb's second argument (the layer name); it only names the layer in errors
        arg = arg or (f"masks[{key!r}]" if key is not None else "masks")
        if not isinstance(value, Mapping):
            raise MediaError(f"`{arg}` must be a dict with 'mask_data' (or 'path') and "
                             f"'class_labels'; got {describe(value)}.")
        if "mask_data" in value:
            arr = to_numpy(value["mask_data"], f"{arg}['mask_data']")
            if arr is None or arr.ndim != 2:
                raise ShapeError(f"`{arg}['mask_data']` must be a 2-D integer array (H, W); got "
                                 f"{describe(value['mask_data'])}.")
            if arr.dtype.kind not in "iub" or (arr.size and (arr.min() < 0 or arr.max() > 255)):
                raise MediaError(f"`{arg}['mask_data']` must hold integer class ids in 0..255; "
                                 f"got {describe(arr)}. Cast it with `.astype(np.uint8)`.")
            self.mask = np.array(arr, dtype=np.uint8, copy=True)
        elif "path" in value:
            from PIL import Image as PILImage

            data, _ = read_source(value["path"], f"{arg}['path']", 1 << 28)
            try:
                with PILImage.open(io.BytesIO(data)) as im:
                    self.mask = np.asarray(im.convert("L")).copy()
            except Exception as exc:
                raise UnsupportedInputError(f"`{arg}['path']` is not a readable image ({exc}).")\
                    from None
        else:
            raise MediaError(f"`{arg}` needs a 'mask_data' array or a 'path'; got keys "
                             f"{sorted(map(str, value))}.")
        if size is not None and self.mask.shape != (size[1], size[0]):
            raise ShapeError(f"`{arg}['mask_data']` has shape {self.mask.shape}; it must match the "
                             f"image, (H, W) = {(size[1], size[0])}.")
        labels = _class_labels(value.get("class_labels"), f"{arg}['class_labels']")
        if not labels:
            labels = {str(int(v)): f"class_{int(v)}" for v in np.unique(self.mask)}
        self.class_labels = labels

    def encode(self, resolved: Resolved | None = None) -> Encoded:
        from PIL import Image as PILImage

        buf = io.BytesIO()
        PILImage.fromarray(self.mask).save(buf, format="PNG", compress_level=6)
        return Encoded(buf.getvalue(), "mask.png", "media/images/mask",
                       {"_type": self.type_name, "class_labels": self.class_labels})

    @classmethod
    def from_descriptor(cls, descriptor: Mapping[str, Any], files: RunFiles) -> ImageMask:
        data = files.read_bytes(descriptor["path"], max_bytes=1 << 28)
        return cls({"path": io.BytesIO(data), "class_labels": descriptor.get("class_labels")})


_POS_MINMAX = ("minX", "maxX", "minY", "maxY")


def _number(value: Any, where: str) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float, np.integer, np.floating)):
        raise MediaError(f"`{where}` must be a number; got {describe(value)}.")
    if not math.isfinite(float(value)):
        raise MediaError(f"`{where}` must be finite; got {value!r}.")
    return float(value) if isinstance(value, (float, np.floating)) else int(value)


def _check_box(box: Any, where: str) -> dict[str, Any]:
    if not isinstance(box, Mapping):
        raise MediaError(f"`{where}` must be a dict with 'position' and 'class_id'; got "
                         f"{describe(box)}.")
    pos = box.get("position")
    if not isinstance(pos, Mapping):
        raise MediaError(f"`{where}['position']` must be a dict; got {describe(pos)}.")
    if all(k in pos for k in _POS_MINMAX):
        position: dict[str, Any] = {k: _number(pos[k], f"{where}['position']['{k}']")
                                    for k in _POS_MINMAX}
    elif all(k in pos for k in ("middle", "width", "height")):
        mid = pos["middle"]
        if not isinstance(mid, (list, tuple)) or len(mid) != 2:
            raise MediaError(f"`{where}['position']['middle']` must be [x, y]; got {mid!r}.")
        position = {"middle": [_number(m, f"{where}['position']['middle']") for m in mid],
                    "width": _number(pos["width"], f"{where}['position']['width']"),
                    "height": _number(pos["height"], f"{where}['position']['height']")}
    else:
        raise MediaError(f"`{where}['position']` needs minX/maxX/minY/maxY or middle/width/"
                         f"height; got keys {sorted(map(str, pos))}.")
    cid = box.get("class_id")
    if isinstance(cid, bool) or not isinstance(cid, (int, np.integer)):
        raise MediaError(f"`{where}['class_id']` must be an int; got {describe(cid)}.")
    out: dict[str, Any] = {"position": position, "class_id": int(cid)}
    if box.get("box_caption") is not None:
        if not isinstance(box["box_caption"], str):
            raise MediaError(f"`{where}['box_caption']` must be a str; got "
                             f"{describe(box['box_caption'])}.")
        out["box_caption"] = box["box_caption"]
    if box.get("scores") is not None:
        scores = box["scores"]
        if not isinstance(scores, Mapping):
            raise MediaError(f"`{where}['scores']` must be a dict of str -> number.")
        out["scores"] = {str(k): _number(v, f"{where}['scores'][{k!r}]")
                         for k, v in scores.items()}
    domain = box.get("domain")
    if domain not in (None, "pixel"):
        raise MediaError(f"`{where}['domain']` must be None (fractions) or 'pixel'; got "
                         f"{domain!r}.")
    if domain is not None:
        out["domain"] = domain
    return out


class BoundingBoxes2D(Media):
    """One layer of 2-D boxes of an :class:`~vizlog.Image` (see the module docstring)."""

    type_name = "boxes2D"

    def __init__(self, value: Mapping[str, Any], key: str | None = None, *,
                 arg: str | None = None) -> None:
        # ``key`` is wandb's second argument (the layer name); it only names the layer in errors
        arg = arg or (f"boxes[{key!r}]" if key is not None else "boxes")
        if not isinstance(value, Mapping) or "box_data" not in value:
            raise MediaError(f"`{arg}` must be a dict with 'box_data' (a list of boxes) and "
                             f"'class_labels'; got {describe(value)}.")
        data = value["box_data"]
        if not isinstance(data, (list, tuple)):
            raise MediaError(f"`{arg}['box_data']` must be a list of boxes; got "
                             f"{describe(data)}.")
        self.box_data = [_check_box(b, f"{arg}['box_data'][{i}]") for i, b in enumerate(data)]
        labels = _class_labels(value.get("class_labels"), f"{arg}['class_labels']")
        for b in self.box_data:
            labels.setdefault(str(b["class_id"]), f"class_{b['class_id']}")
        self.class_labels = dict(sorted(labels.items(), key=lambda kv: int(kv[0])))

    def encode(self, resolved: Resolved | None = None) -> Encoded:
        body = {"box_data": self.box_data, "class_labels": self.class_labels}
        return Encoded(_json.dumps(body).encode("utf-8"), "boxes2D.json",
                       "media/metadata/boxes2D", {"_type": self.type_name})

    @classmethod
    def from_descriptor(cls, descriptor: Mapping[str, Any],
                        files: RunFiles) -> BoundingBoxes2D:
        body = _json.loads(files.read_bytes(descriptor["path"]))
        return cls(body)
