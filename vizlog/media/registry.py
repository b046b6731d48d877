"""The one explicit map from descriptor ``_type`` to the class that reads it back.

Adding a media type adds one line here. Nothing registers itself at import time.
"""

from __future__ import annotations

from vizlog.charts.custom_chart import CustomChart
from vizlog.media._base import Media
from vizlog.media.audio import Audio
from vizlog.media.histogram import Histogram
from vizlog.media.html import Html
from vizlog.media.image import Image
from vizlog.media.object3d import Object3D
from vizlog.media.overlays import BoundingBoxes2D, ImageMask
from vizlog.media.table import Table
from vizlog.media.video import Video

__all__ = ["LIST_TYPES", "REGISTRY", "lookup"]

REGISTRY: dict[str, type[Media]] = {
    "image-file": Image,
    "mask": ImageMask,
    "boxes2D": BoundingBoxes2D,
    "table-file": Table,
    "custom-chart": CustomChart,
    "histogram": Histogram,
    "html-file": Html,
    "object3D-file": Object3D,
    "video-file": Video,
    "audio-file": Audio,
}

#: ``_type`` of a list descriptor -> the class of its items.
LIST_TYPES: dict[str, type[Media]] = {
    cls.list_type_name: cls for cls in REGISTRY.values() if cls.list_type_name
}


def lookup(type_name: str) -> type[Media] | None:
    """The class for a descriptor ``_type`` (single or list form), or ``None``."""
    return REGISTRY.get(type_name) or LIST_TYPES.get(type_name)
