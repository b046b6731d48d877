"""What a golden case holds for an object: a descriptor, named files, and each file's comparison.

:func:`collect` accepts

* a media object (``Image``, ``Video``, ``Audio``, ``Object3D``, ``Html``, ``Histogram``, a
  ``Table``, a ``CustomChart``, masks and boxes): it is encoded as a run stores it, children
  first (an image's masks and boxes, a table's media cells, a chart's table); each child's
  descriptor gets the golden file name as its ``path``, without the ``sha256`` and ``size`` a run
  adds (they follow the bytes of lossless files, which may change with zlib);
* a list (or tuple) of media objects of one type: one descriptor in the list form a run writes;
* an altair chart: stored as ``CustomChart.from_altair`` stores it;
* a path (``str`` or ``os.PathLike``) of a run folder: see :mod:`vizlog.golden.runfolder`.

File names: the object's own file is ``<base>.<ext>`` (``image.png``, ``video.mp4``,
``audio.wav``, ``table.arrow``, ``object.glb``, ``page.html``, ``chart.vl.json``), a child's is
``<parent>.<child>.<ext>`` (``image.masks-pred.mask.png``, ``table.cell-0-1.png``), list items
are prefixed with their index (``0.image.png``). A chart also gets ``chart.svg``, rendered by
vl-convert when it is installed.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from typing import Any

from vizlog.golden.compare import kind_of

__all__ = ["Outputs", "collect"]

_BASES = {"image-file": "image", "video-file": "video", "audio-file": "audio",
          "table-file": "table", "object3D-file": "object", "html-file": "page",
          "custom-chart": "chart", "mask": "mask", "boxes2D": "boxes", "histogram": "histogram"}


@dataclass
class Outputs:
    """A golden case's content: the descriptor, files by name and their comparison kinds.

    ``optional`` names files that need an optional package (a chart's SVG rendering): they
    are compared when both the expected and the actual output have them.
    """

    descriptor: Any = None
    files: dict[str, bytes] = field(default_factory=dict)
    kinds: dict[str, str] = field(default_factory=dict)
    optional: set[str] = field(default_factory=set)

    def add(self, name: str, data: bytes, kind: str | None = None, lossy: bool = False) -> None:
        if name in self.files:
            raise ValueError(f"two outputs are named {name!r}; name the children uniquely.")
        self.files[name] = data
        self.kinds[name] = kind or kind_of(name, lossy)


def _is_media(obj: Any) -> bool:
    return callable(getattr(obj, "encode", None)) and callable(getattr(obj, "children", None))


def _is_altair(obj: Any) -> bool:
    return type(obj).__module__.startswith("altair.") and callable(getattr(obj, "to_dict", None))


def _base(type_name: str) -> str:
    return _BASES.get(type_name) or re.sub(r"[^A-Za-z0-9]+", "-", type_name).strip("-") or "media"


def _child_name(name: str) -> str:
    return re.sub(r"[^A-Za-z0-9_.-]+", "-", name.replace("/", "-")).strip("-") or "child"


def _encode(obj: Any, stem: str, out: Outputs) -> dict[str, Any]:
    """Encode ``obj`` (children first) into ``out`` as ``<stem>.<ext>``; returns its
    descriptor."""
    resolved = {name: _encode(child, f"{stem}.{_child_name(name)}", out)
                for name, child in obj.children().items()}
    enc = obj.encode(resolved)
    fields = dict(enc.fields)
    if enc.data is None:
        return fields
    name = f"{stem}.{enc.ext}"
    lossy = str(fields.get("format")) == "webp" and "quality" in fields
    out.add(name, bytes(enc.data), lossy=lossy)
    fields["path"] = name
    return fields


def _chart_svg(chart: Any, base: str, out: Outputs) -> None:
    try:
        import vl_convert  # noqa: F401
    except ImportError:
        out.optional.add(f"{base}.svg")
        return
    out.add(f"{base}.svg", chart.to_svg().encode("utf-8"))
    out.optional.add(f"{base}.svg")


def collect(obj: Any) -> Outputs:
    """The descriptor and files of ``obj`` (see the module docstring for what is accepted)."""
    out = Outputs()
    if isinstance(obj, (str, os.PathLike)):
        from vizlog.golden.runfolder import collect_run

        return collect_run(obj)
    if _is_altair(obj):
        from vizlog.charts.custom_chart import CustomChart

        obj = CustomChart.from_altair(obj)
    if isinstance(obj, (list, tuple)):
        items = list(obj)
        if not items or not all(_is_media(m) for m in items):
            raise TypeError("golden.check(case, obj): a list must hold one or more media "
                            f"objects; got {_describe(obj)}. Pass media objects (vizlog.Image, "
                            "...), or use descriptor=/files= for other values.")
        types = sorted({type(m).__name__ for m in items})
        if len(types) > 1:
            raise TypeError(f"golden.check(case, obj): a list must hold one media type; got "
                            f"{', '.join(types)}. Check each type in its own case.")
        descs = [_encode_top(m, f"{i}.", out) for i, m in enumerate(items)]
        cls = type(items[0])
        out.descriptor = cls.list_descriptor(descs, items)
        return out
    if not _is_media(obj):
        raise TypeError(f"golden.check(case, obj): `obj` must be a vizlog media object, a list "
                        f"of them, an altair chart or the path of a run folder; got "
                        f"{_describe(obj)}. Wrap values first (vizlog.Image(array), "
                        "vizlog.Table(dataframe=df)), or use descriptor=/files=.")
    out.descriptor = _encode_top(obj, "", out)
    return out


def _encode_top(obj: Any, prefix: str, out: Outputs) -> dict[str, Any]:
    stem = prefix + _base(str(getattr(obj, "type_name", "")))
    desc = _encode(obj, stem, out)
    if getattr(obj, "type_name", "") == "custom-chart":
        _chart_svg(obj, stem, out)
    return desc


def _describe(obj: Any) -> str:
    text = repr(obj)
    return f"{type(obj).__name__} {text[:60]}{'...' if len(text) > 60 else ''}"
