"""``vizlog.data_types``: the media classes under wandb's ``wandb.data_types`` module path, for
code that imports them from there (``from wandb.data_types import Image``).
"""

from __future__ import annotations

from vizlog.charts.custom_chart import CustomChart
from vizlog.media._base import Media
from vizlog.media.audio import Audio
from vizlog.media.histogram import Histogram
from vizlog.media.html import Html
from vizlog.media.image import Image
from vizlog.media.object3d import Object3D, box3d
from vizlog.media.overlays import BoundingBoxes2D, ImageMask
from vizlog.media.table import Table
from vizlog.media.video import Video

__all__ = [
    "Audio",
    "BoundingBoxes2D",
    "CustomChart",
    "Histogram",
    "Html",
    "Image",
    "ImageMask",
    "Media",
    "Object3D",
    "Table",
    "Video",
    "box3d",
]
