"""Comparisons of one expected and one actual file, chosen from the file name.

:func:`kind_of` maps a file name to a comparison kind; :func:`compare` runs it and returns
``None`` (same) or a :class:`Problem` that says what differs, in numbers a person can act on.

======================  ===========================================================  =========
extension               compared as                                                  threshold
======================  ===========================================================  =========
``.json``, ``.vl.json`` parsed JSON equal, floats within tolerance; a unified diff  rtol, atol
                        of canonical JSON (sorted keys, one member per line)
``.png .gif .webp``     decoded mode, size and pixels (every GIF frame)              pixel_tol
``.bmp .tif .tiff``
``.jpg .jpeg``, lossy   decoded size, PSNR                                           psnr
``.webp``
``.mp4 .webm .mov``     decoded frame count and size, PSNR of every frame (and SSIM  psnr, ssim
                        when scikit-image is installed)
``.mp3 .ogg .opus``     decoded sample shape, signal-to-noise ratio                  snr
``.flac``               decoded samples                                              exact
``.arrow``              schema (with metadata) and values; floats within tolerance   rtol, atol
``.glb .obj .stl .ply`` vertices, faces, colours (and every PLY column)              rtol, atol
``.svg``                element tree, text and attributes; numbers within tolerance  svg_atol
anything else           bytes (``.html .txt .csv .md`` with a text diff)             exact
======================  ===========================================================  =========

Importing this module loads no numpy, Pillow or pyarrow (the decoders are imported lazily).
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

__all__ = ["KINDS", "Problem", "Thresholds", "compare", "image_psnr_at_least", "kind_of",
           "pixels_equal", "psnr", "text_diff"]

#: A comparator of the explicit form: raises ``AssertionError`` when the files differ.
Comparator = Callable[[bytes, bytes], None]


@dataclass(frozen=True)
class Thresholds:
    """Tolerances of the decoded comparisons (``golden_<name>`` ini options, ``check(**kw)``)."""

    #: Largest absolute difference of one channel value allowed in lossless images (0..255).
    pixel_tol: int = 0
    #: Lowest PSNR in dB of a lossy image and of every video frame.
    psnr: float = 30.0
    #: Lowest SSIM of every video frame; checked only when set and scikit-image is installed.
    ssim: float | None = None
    #: Lowest signal-to-noise ratio in dB of lossy audio samples.
    snr: float = 10.0
    #: Relative and absolute tolerance of float values (Arrow columns, mesh and point arrays).
    rtol: float = 1e-6
    atol: float = 1e-9
    #: Absolute tolerance of the numbers in a rendered SVG (coordinates, sizes).
    svg_atol: float = 0.01

    @classmethod
    def names(cls) -> list[str]:
        return [f.name for f in dataclasses.fields(cls)]

    def replace(self, **changes: Any) -> Thresholds:
        """A copy with ``changes``; an unknown name or a bad value is a ``TypeError``."""
        unknown = sorted(set(changes) - set(self.names()))
        if unknown:
            raise TypeError(f"golden.check() got an unknown threshold {unknown[0]!r}; the "
                            f"thresholds are: {', '.join(self.names())}.")
        clean: dict[str, Any] = {}
        for name, value in changes.items():
            if value is None and name == "ssim":
                clean[name] = None
                continue
            if isinstance(value, bool) or not isinstance(value, (int, float)):
                raise TypeError(f"golden threshold `{name}` must be a number; got {value!r}.")
            clean[name] = int(value) if name == "pixel_tol" else float(value)
        return dataclasses.replace(self, **clean)


@dataclass
class Problem:
    """What differs in one file: a message, and PNG pictures (``expected``, ``actual``,
    ``diff``) for the report when the file is visual."""

    message: str
    visuals: dict[str, bytes] = field(default_factory=dict)


_IMAGE = ("png", "gif", "webp", "bmp", "tif", "tiff")
_LOSSY_IMAGE = ("jpg", "jpeg")
_VIDEO = ("mp4", "webm", "mov", "mkv", "m4v")
_LOSSY_AUDIO = ("mp3", "ogg", "opus", "m4a", "aac")
_MESH = ("glb", "gltf", "obj", "stl", "off", "ply")
_TEXT = ("html", "htm", "txt", "md", "csv", "tsv", "py", "yaml", "yml", "xml", "log")

#: Every comparison kind :func:`compare` knows.
KINDS = ("json", "image", "image-lossy", "video", "audio", "audio-lossy", "arrow", "mesh", "svg",
         "text", "bytes")


def kind_of(name: str, lossy: bool = False) -> str:
    """The comparison kind of a file named ``name`` (see the module docstring); ``lossy``
    marks a WebP written with a quality setting."""
    ext = name.lower().rsplit(".", 1)[-1] if "." in name else ""
    if ext == "json":
        return "json"
    if ext in _LOSSY_IMAGE or (ext == "webp" and lossy):
        return "image-lossy"
    if ext in _IMAGE:
        return "image"
    if ext in _VIDEO:
        return "video"
    if ext in _LOSSY_AUDIO:
        return "audio-lossy"
    if ext == "flac":
        return "audio"
    if ext in ("arrow", "feather"):
        return "arrow"
    if ext in _MESH:
        return "mesh"
    if ext == "svg":
        return "svg"
    if ext in _TEXT:
        return "text"
    return "bytes"


def compare(kind: str, name: str, want: bytes, got: bytes, th: Thresholds) -> Problem | None:
    """Compare two versions of the file ``name`` as ``kind``; ``None`` when they match."""
    if want == got:
        return None
    if kind == "json":
        return _json_problem(want, got, th)
    if kind == "svg":
        return _svg_problem(want, got, th.svg_atol)
    if kind == "text":
        return Problem(text_diff(want, got))
    if kind == "bytes":
        return Problem(f"bytes differ ({len(want)} expected, {len(got)} actual)")
    if kind in ("image", "image-lossy"):
        from vizlog.golden import pixels

        return pixels.compare_images(want, got, th, lossy=kind == "image-lossy")
    if kind == "video":
        from vizlog.golden import pixels

        return pixels.compare_video(want, got, th)
    from vizlog.golden import arrays

    if kind in ("audio", "audio-lossy"):
        return arrays.compare_audio(want, got, th, exact=kind == "audio")
    if kind == "arrow":
        return arrays.compare_arrow(want, got, th)
    if kind == "mesh":
        return arrays.compare_mesh(want, got, th, name.lower().rsplit(".", 1)[-1])
    raise ValueError(f"`kind` must be one of {', '.join(KINDS)}; got {kind!r}.")


# -- text and JSON --------------------------------------------------------------------------------
def text_diff(want: bytes, got: bytes, limit: int = 40) -> str:
    """A unified diff of two texts (``limit`` lines at most)."""
    import difflib

    lines = list(difflib.unified_diff(want.decode("utf-8", "replace").splitlines(),
                                      got.decode("utf-8", "replace").splitlines(),
                                      "expected", "actual", lineterm="", n=1))
    more = f"\n... {len(lines) - limit} more diff lines" if len(lines) > limit else ""
    return "text differs:\n" + "\n".join(lines[:limit]) + more


def canonical_json(value: Any) -> str:
    """Sorted keys, one member per line, short lists of scalars on one line: the form JSON
    diffs are shown in."""
    return _pretty(value, 0) + "\n"


def _pretty(value: Any, depth: int) -> str:
    pad, inner = " " * depth, " " * (depth + 1)
    if isinstance(value, dict) and value:
        members = [f"{inner}{json.dumps(str(k), ensure_ascii=False)}: {_pretty(v, depth + 1)}"
                   for k, v in sorted(value.items(), key=lambda kv: str(kv[0]))]
        return "{\n" + ",\n".join(members) + "\n" + pad + "}"
    if isinstance(value, list) and value:
        flat = json.dumps(value, ensure_ascii=False, sort_keys=True)
        if not any(isinstance(v, (dict, list)) for v in value) and len(flat) <= 96:
            return flat
        return "[\n" + ",\n".join(inner + _pretty(v, depth + 1) for v in value) + "\n" + pad + "]"
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def json_close(a: Any, b: Any, rtol: float, atol: float) -> bool:
    """Equal JSON values, floats within ``rtol``/``atol`` (ints and bools exactly)."""
    if isinstance(a, float) or isinstance(b, float):
        if isinstance(a, bool) or isinstance(b, bool) or not isinstance(a, (int, float)) \
                or not isinstance(b, (int, float)):
            return False
        return a == b or abs(a - b) <= atol + rtol * abs(a)
    if type(a) is not type(b):
        return False
    if isinstance(a, dict):
        return a.keys() == b.keys() and all(json_close(a[k], b[k], rtol, atol) for k in a)
    if isinstance(a, list):
        return len(a) == len(b) and all(json_close(x, y, rtol, atol)
                                        for x, y in zip(a, b, strict=True))
    return bool(a == b)


def _json_problem(want: bytes, got: bytes, th: Thresholds) -> Problem | None:
    try:
        a, b = json.loads(want), json.loads(got)
    except ValueError as exc:
        return Problem(f"not JSON ({exc}); {text_diff(want, got)}")
    if json_close(a, b, th.rtol, th.atol):
        return None
    where = _first_difference(a, b, "$", th)
    diff = text_diff(canonical_json(a).encode("utf-8"), canonical_json(b).encode("utf-8"))
    return Problem(f"JSON differs (floats within rtol={th.rtol}, atol={th.atol}); first at "
                   f"{where}; canonical JSON " + diff)


def _first_difference(a: Any, b: Any, path: str, th: Thresholds) -> str:
    if isinstance(a, dict) and isinstance(b, dict):
        for k in sorted(set(a) | set(b), key=str):
            if k not in a or k not in b:
                return f"{path}.{k} ({'only in actual' if k not in a else 'missing in actual'})"
            if not json_close(a[k], b[k], th.rtol, th.atol):
                return _first_difference(a[k], b[k], f"{path}.{k}", th)
    elif isinstance(a, list) and isinstance(b, list):
        for i, (x, y) in enumerate(zip(a, b, strict=False)):
            if not json_close(x, y, th.rtol, th.atol):
                return _first_difference(x, y, f"{path}[{i}]", th)
        if len(a) != len(b):
            return f"{path} (length {len(a)} expected, {len(b)} actual)"
    return f"{path}: {_short(json.dumps(a))} -> {_short(json.dumps(b))}"


# -- SVG ------------------------------------------------------------------------------------------
def _svg_tokens(value: str) -> list[str | float]:
    import re

    out: list[str | float] = []
    for i, part in enumerate(re.split(r"(-?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?)", value)):
        if i % 2:
            out.append(float(part))
        elif part.strip():
            out.append(part.strip())
    return out


def _same_tokens(a: str, b: str, atol: float) -> bool:
    ta, tb = _svg_tokens(a), _svg_tokens(b)
    return len(ta) == len(tb) and all(
        (abs(x - y) <= atol) if isinstance(x, float) and isinstance(y, float) else x == y
        for x, y in zip(ta, tb, strict=True))


def _svg_problem(want: bytes, got: bytes, atol: float) -> Problem | None:
    import xml.etree.ElementTree as ET

    try:
        ra, rb = ET.fromstring(want), ET.fromstring(got)
    except ET.ParseError as exc:
        return Problem(f"not SVG/XML ({exc}); bytes differ ({len(want)} expected, "
                       f"{len(got)} actual)")
    ea, eb = list(ra.iter()), list(rb.iter())
    _renumber_ids(ea)
    _renumber_ids(eb)
    diffs: list[str] = []
    if len(ea) != len(eb):
        diffs.append(f"{len(ea)} elements expected, {len(eb)} actual")
    for i, (x, y) in enumerate(zip(ea, eb, strict=False)):
        where = f"element {i} <{x.tag.rsplit('}', 1)[-1]}>"
        if x.tag != y.tag:
            diffs.append(f"{where}: tag {y.tag.rsplit('}', 1)[-1]!r} instead")
            break
        if (x.text or "").strip() != (y.text or "").strip():
            diffs.append(f"{where}: text {(x.text or '').strip()!r} -> {(y.text or '').strip()!r}")
        for key in sorted(set(x.attrib) | set(y.attrib)):
            va, vb = x.attrib.get(key), y.attrib.get(key)
            if va is None or vb is None or not _same_tokens(va, vb, atol):
                diffs.append(f"{where}: {key}={_short(va)} -> {_short(vb)}")
    if not diffs:
        return None
    shown = "\n  ".join(diffs[:8])
    more = f"\n  ... and {len(diffs) - 8} more" if len(diffs) > 8 else ""
    return Problem(f"rendered SVG differs in {len(diffs)} place(s) (numbers within "
                   f"svg_atol={atol}):\n  {shown}{more}")


def _renumber_ids(elements: list[Any]) -> None:
    """Rename ``id`` attributes to ``id0, id1, ...`` in document order, and their references
    (``url(#x)``, ``#x``): renderers number clip paths and gradients per process."""
    import re

    with_id = [e for e in elements if "id" in e.attrib]
    names = {e.attrib["id"]: f"id{i}" for i, e in enumerate(with_id)}
    if not names:
        return
    ref = re.compile(r"#([A-Za-z_][\w.:-]*)")
    for e in elements:
        for key, value in e.attrib.items():
            if key == "id":
                e.attrib[key] = names.get(value, value)
            elif "#" in value:
                e.attrib[key] = ref.sub(lambda m: "#" + names.get(m.group(1), m.group(1)), value)


def _short(v: str | None, n: int = 60) -> str:
    if v is None:
        return "(absent)"
    return repr(v if len(v) <= n else v[:n] + "...")


# -- the comparators of the explicit form ----------------------------------------------------------
def pixels_equal(expected: bytes, actual: bytes) -> None:
    """Comparator for lossless images: decoded mode, size and every pixel must match."""
    problem = compare("image", "image.png", expected, actual, Thresholds())
    if problem is not None:
        raise AssertionError(problem.message)


def psnr(a: Any, b: Any) -> float:
    """Peak signal-to-noise ratio in dB of two uint8 arrays of one shape (inf if equal)."""
    import numpy as np

    x, y = np.asarray(a, dtype=np.float64), np.asarray(b, dtype=np.float64)
    if x.shape != y.shape:
        raise AssertionError(f"shapes differ: {x.shape} != {y.shape}")
    mse = float(np.mean((x - y) ** 2))
    return float("inf") if mse == 0 else 10 * float(np.log10(255.0**2 / mse))


def image_psnr_at_least(db: float) -> Comparator:
    """Comparator for lossy images: decoded size must match and PSNR be at least ``db``."""

    def compare_psnr(expected: bytes, actual: bytes) -> None:
        problem = compare("image-lossy", "image", expected, actual, Thresholds(psnr=db))
        if problem is not None:
            raise AssertionError(problem.message)

    return compare_psnr


def comparator_of(fn: Comparator) -> Callable[[bytes, bytes], Problem | None]:
    """Wrap an explicit-form comparator so that its ``AssertionError`` becomes a Problem."""

    def run(want: bytes, got: bytes) -> Problem | None:
        try:
            fn(want, got)
        except AssertionError as exc:
            return Problem(str(exc) or f"{getattr(fn, '__name__', 'comparator')} failed")
        return None

    return run
