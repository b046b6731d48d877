"""vizlog.data_types: the wandb.data_types module path."""

from __future__ import annotations

import importlib

import vizlog


def test_media_classes_under_data_types() -> None:
    from vizlog.data_types import Audio, Histogram, Html, Image, Object3D, Table, Video

    assert (Image, Audio, Video, Table, Histogram, Html, Object3D) == (
        vizlog.Image, vizlog.Audio, vizlog.Video, vizlog.Table, vizlog.Histogram, vizlog.Html,
        vizlog.Object3D)


def test_all_names_resolve() -> None:
    mod = importlib.import_module("vizlog.data_types")
    assert {"ImageMask", "BoundingBoxes2D", "Media"} <= set(mod.__all__)
    for name in mod.__all__:
        assert getattr(mod, name) is not None
