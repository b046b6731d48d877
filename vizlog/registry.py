"""The one list of types. Everything that needs the list of media and chart types reads it here.

Each :class:`Entry` names a descriptor ``_type``, the class that writes and reads it back (loaded
on first use, so ``import vizlog.registry`` loads no media module), and what the rest of the
project derives from it:

* ``docs``: its page under ``docs/formats/`` (a test checks the page exists and is linked from the
  index);
* ``golden``: its folder under ``golden/`` (a test checks it holds cases);
* ``preview``: the viewer's preview kind for it (``None`` for types shown only inside their
  parent, like an image's masks); a test checks the viewer has every kind;
* ``converts``: module prefixes of foreign values this type takes in ``log()`` (a matplotlib
  figure becomes an Image): :func:`convert` calls the class's ``from_value`` hook for a value
  whose type comes from one of them, without importing anything for other values;
* ``public``: the name under which ``vizlog`` exports the class.

List forms (several objects under one key) are the class's ``list_type_name``; :func:`lookup`
finds a class by either name. Adding a type is one line in :data:`ENTRIES` (see CONTRIBUTING.md).
Nothing registers itself at import time.
"""

from __future__ import annotations

import importlib
import types
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from vizlog.media._base import Media

__all__ = ["ENTRIES", "Entry", "convert", "entries", "entry", "list_types", "lookup",
           "media_class"]


@dataclass(frozen=True)
class Entry:
    """One registered type (see the module docstring)."""

    type_name: str
    module: str
    cls: str
    docs: str
    golden: str
    preview: str | None
    public: str | None = None
    converts: tuple[str, ...] = ()

    def load(self) -> type[Media]:
        """The class, imported on first use."""
        return _load(self.module, self.cls)


#: The registry: descriptor ``_type`` -> entry. One line per type.
ENTRIES: dict[str, Entry] = {e.type_name: e for e in (
    Entry("image-file", "vizlog.media.image", "Image", "image-file.md", "image", "image",
          "Image", converts=("matplotlib.",)),
    Entry("mask", "vizlog.media.overlays", "ImageMask", "overlays.md", "image", None),
    Entry("boxes2D", "vizlog.media.overlays", "BoundingBoxes2D", "overlays.md", "image", None),
    Entry("video-file", "vizlog.media.video", "Video", "video-file.md", "video", "video",
          "Video"),
    Entry("audio-file", "vizlog.media.audio", "Audio", "audio-file.md", "audio", "audio",
          "Audio"),
    Entry("object3D-file", "vizlog.media.object3d", "Object3D", "object3D-file.md", "object3d",
          "object3d", "Object3D"),
    Entry("table-file", "vizlog.media.table", "Table", "table-file.md", "table", "table",
          "Table", converts=("pandas.", "polars.", "pyarrow.")),
    Entry("histogram", "vizlog.media.histogram", "Histogram", "histogram.md", "histogram",
          "histogram", "Histogram"),
    Entry("html-file", "vizlog.media.html", "Html", "html-file.md", "html", "html", "Html"),
    Entry("custom-chart", "vizlog.charts.custom_chart", "CustomChart", "chart.md", "charts",
          "chart", "CustomChart", converts=("altair.",)),
)}


def _load(module: str, name: str) -> type[Media]:
    # not cached: ``sys.modules`` is the cache, and a reloaded module must give its new class
    cls: type[Media] = getattr(importlib.import_module(module), name)
    return cls


def entries() -> list[Entry]:
    """Every registered type, in registry order."""
    return list(ENTRIES.values())


def entry(type_name: str) -> Entry | None:
    """The entry of a descriptor ``_type`` (single or list form), or None."""
    found = ENTRIES.get(type_name)
    if found is None:
        owner = list_types().get(type_name)
        found = ENTRIES.get(owner) if owner is not None else None
    return found


@cache
def list_types() -> dict[str, str]:
    """``_type`` of each list form -> the ``_type`` of its items (names only, computed once)."""
    out = {}
    for e in ENTRIES.values():
        cls = e.load()
        if cls.list_type_name:
            out[cls.list_type_name] = e.type_name
    return out


def media_class(type_name: str) -> type[Media]:
    """The class of a registered single ``_type`` (KeyError for an unknown one)."""
    return ENTRIES[type_name].load()


def lookup(type_name: str) -> type[Media] | None:
    """The class for a descriptor ``_type`` (single or list form), or None."""
    found = entry(type_name)
    return found.load() if found is not None else None


def is_list_type(type_name: str) -> bool:
    """True for the ``_type`` of a list form (``images/separated``, ``videos``, ...)."""
    return type_name not in ENTRIES and type_name in list_types()


def convert(value: Any) -> Media | None:
    """The media form of a foreign value (matplotlib figure, DataFrame, altair chart), or None.

    Only types whose ``converts`` prefixes match the value's module are loaded and asked.
    """
    module = (value.__name__ if isinstance(value, types.ModuleType)
              else type(value).__module__) + "."
    for e in ENTRIES.values():
        if e.converts and module.startswith(e.converts):
            obj = e.load().from_value(value)
            if obj is not None:
                return obj
    return None


def descriptor_type(descriptor: Mapping[str, Any]) -> str | None:
    """The ``_type`` string of a descriptor-shaped mapping, or None."""
    t = descriptor.get("_type")
    return t if isinstance(t, str) else None
