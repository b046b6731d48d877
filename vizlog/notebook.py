"""Jupyter display of vizlog objects: every media type, ``open_run(...)`` results and live runs.

Accepted inputs of :func:`bundle`: any media object of a registered type (``vizlog.Image``,
``Video``, ``Audio``, ``Object3D``, ``Table``, ``Histogram``, ``Html``, ``CustomChart``,
``ImageMask``, ``BoundingBoxes2D``) and a :class:`~vizlog.read.RunData`. It returns a Jupyter
MIME bundle (``text/html`` plus ``text/plain``).

The HTML is self-contained and inert: media are ``data:`` URIs (nothing is fetched), charts are
pictures (an SVG inside ``<img>``), tables are paged with ``<details>`` elements, histograms are
inline SVG with native hover titles, a table's image cells are thumbnails (``THUMB_PX``, within
``TABLE_THUMB_BYTES`` per table), and user HTML is shown only in an ``<iframe sandbox srcdoc>``
under vizlog's CSP. The cell itself has no ``<script>``, and every user string (captions, keys,
cells, config values, names) is HTML-escaped. A 3D object (up to ``MAX_INLINE_BYTES``) is an
orbit/zoom/pan view in an ``<iframe sandbox="allow-scripts" srcdoc>`` (an opaque origin, a CSP
with no network) running vizlog's vendored three.js, with the file as base64 data; its rendered
PNG is the fallback.

The renderer of each type comes from its registry entry's ``preview`` kind (:data:`RENDERERS`),
so the registry stays the one list of types. The media classes (which sit below the viewer and
may not import it) reach this module through :func:`vizlog.protocol.notebook_bundle`, a hook that
``vizlog/__init__`` points here; this module is imported on the first display only.
"""

from __future__ import annotations

import base64
import html
import math
from collections.abc import Callable, Mapping
from typing import Any

from vizlog import _json, registry
from vizlog.read import RunData, flatten, is_descriptor

__all__ = ["MAX_INLINE_BYTES", "RENDERERS", "TABLE_PAGE_ROWS", "TABLE_THUMB_BYTES", "THUMB_PX",
           "bundle", "media_html", "object3d_document", "run_html"]

#: Media files larger than this are not inlined (the cell says so).
MAX_INLINE_BYTES = 8 << 20
#: Rows per page of a table, and pages shown (the rest are counted, not shown).
TABLE_PAGE_ROWS = 50
TABLE_PAGES = 20
#: Image cells of a table are thumbnails at most this many pixels on a side, until this many
#: bytes of them are in the cell (the rest show their type).
THUMB_PX = 64
TABLE_THUMB_BYTES = 2 << 20
#: Media keys and scalar keys shown for a run.
RUN_MEDIA_KEYS = 12
RUN_SCALAR_KEYS = 24

_MIME = {"png": "image/png", "jpg": "image/jpeg", "jpeg": "image/jpeg", "webp": "image/webp",
         "gif": "image/gif", "bmp": "image/bmp", "mp4": "video/mp4", "webm": "video/webm",
         "ogg": "audio/ogg", "wav": "audio/wav", "mp3": "audio/mpeg", "flac": "audio/flac",
         "svg": "image/svg+xml"}
_BOX = ('style="font-family:system-ui,sans-serif;font-size:13px;border:1px solid #ddd;'
        'border-radius:6px;padding:8px;margin:4px 0;max-width:100%;overflow:auto"')


def _esc(value: Any) -> str:
    return html.escape(str(value), quote=True)


def _uri(mime: str, data: bytes) -> str:
    return f"data:{mime};base64,{base64.b64encode(data).decode('ascii')}"


def _encoded(obj: Any) -> Any:
    return obj.encode({name: child.to_json() for name, child in obj.children().items()})


def _too_big(n: int) -> str:
    return (f"<p><i>{n:,} bytes: too large to show inline (over {MAX_INLINE_BYTES:,}); see it "
            "with <code>vizlog view</code>.</i></p>")


def _caption(obj: Any) -> str:
    cap = getattr(obj, "caption", None)
    return f"<div style=\"color:#555\">{_esc(cap)}</div>" if cap else ""


# -- one renderer per preview kind ---------------------------------------------------------------
def _image(obj: Any) -> str:
    enc = _encoded(obj)
    data = enc.data or b""
    if len(data) > MAX_INLINE_BYTES:
        return _too_big(len(data))
    w, h = int(enc.fields.get("width") or 0), int(enc.fields.get("height") or 0)
    scale = max(1, 160 // max(w, h, 1)) if max(w, h) < 160 else 1
    size = f' width="{w * scale}" height="{h * scale}"' if w and h else ""
    pixelated = ' style="image-rendering:pixelated"' if scale > 1 else ""
    mime = _MIME.get(str(enc.ext).lower(), "image/png")
    return f'<img src="{_uri(mime, data)}"{size}{pixelated} alt="image">' + _caption(obj)


def _playable(tag: str) -> Callable[[Any], str]:
    def render(obj: Any) -> str:
        enc = _encoded(obj)
        data = enc.data or b""
        if len(data) > MAX_INLINE_BYTES:
            return _too_big(len(data))
        ext = str(enc.ext).lower()
        mime = _MIME.get(ext, f"{tag}/{ext}")
        if ext == "gif":
            return f'<img src="{_uri(mime, data)}" alt="video">' + _caption(obj)
        return f'<{tag} controls src="{_uri(mime, data)}"></{tag}>' + _caption(obj)
    return render


#: The document an interactive 3D cell frames (``sandbox="allow-scripts"``, an opaque origin):
#: vizlog's vendored three.js and the viewer below run inline; the model is base64 in a JSON block.
_FRAME_3D_CSP = ("default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; "
                 "img-src data: blob:; connect-src data: blob:")
def _static(name: str) -> str:
    from importlib import resources

    return resources.files("vizlog.viewer").joinpath("static").joinpath(name).read_text(
        encoding="utf-8")


def object3d_document(data: bytes, fmt: str) -> str:
    """The self-contained page of an interactive 3D view of a GLB or PLY file's bytes (for an
    ``<iframe sandbox="allow-scripts" srcdoc>``); the file is data, never script."""
    model = _json.dumps({"format": "ply" if fmt == "ply" else "glb",
                         "b64": base64.b64encode(data).decode("ascii")})
    return (f'<!doctype html><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" '
            f'content="{_FRAME_3D_CSP}"><style>body{{margin:0}}</style><body>'
            f'<script type="application/json" id="vizlog-model">{model}</script>'
            f"<script>{_static('three.bundle.js')}</script>"
            f"<script>{_static('notebook3d.js')}</script></body>")


def _object3d(obj: Any) -> str:
    from vizlog.viewer.previews import object3d_png

    enc = _encoded(obj)
    counts = [f"{int(enc.fields[k]):,} {label}" for k, label in (
        ("vertex_count", "vertices"), ("face_count", "faces"), ("point_count", "points"))
        if enc.fields.get(k)]
    note = _esc(" · ".join([str(enc.fields.get("format", "")), *counts]))
    try:
        png = object3d_png(obj, enc.fields.get("columns"))
    except Exception as exc:  # trimesh missing, a scene it cannot draw
        return f"<p>{note}</p><p><i>no picture: {_esc(type(exc).__name__)}</i></p>"
    thumb = f'<img src="{_uri("image/png", png)}" alt="3D object">'
    data = enc.data or b""
    if 0 < len(data) <= MAX_INLINE_BYTES:  # the interactive view, the picture as its fallback
        frame = (f'<iframe sandbox="allow-scripts" referrerpolicy="no-referrer" '
                 f'srcdoc="{_esc(object3d_document(data, str(enc.ext)))}" '
                 'style="width:524px;height:384px;border:1px solid #ddd" title="3D view">'
                 "</iframe>")
        return (f"{frame}<details><summary>picture</summary>{thumb}</details><div>{note} · drag "
                "to orbit, wheel to zoom, right-drag to pan</div>" + _caption(obj))
    return (f"{thumb}<div>{note} · interactive in <code>vizlog view</code></div>"
            + _caption(obj))


def _cell(value: Any, thumb: str | None = None) -> str:
    if isinstance(value, str) and value.startswith('{"_type":'):  # a media cell's descriptor
        try:
            value = _json.loads(value)
        except ValueError:
            pass
    if isinstance(value, Mapping) and is_descriptor(value):
        return thumb if thumb is not None else f"<i>({_esc(value['_type'])})</i>"
    if isinstance(value, float):
        return _esc(_number(value))
    if isinstance(value, (dict, list)):
        return _esc(_json.dumps(value)[:200])
    return "" if value is None else _esc(str(value)[:500])


class _Thumbs:
    """Thumbnails of a table's image cells (``data:`` PNGs at most ``THUMB_PX`` on a side),
    within ``TABLE_THUMB_BYTES`` for the table: a cell whose thumbnail would not fit shows its
    type."""

    def __init__(self, table: Any) -> None:
        self.table = table
        self.columns: dict[str, list[Any]] = {}
        self.made: dict[int, tuple[bytes, tuple[int, int], tuple[int, int]] | None] = {}
        self.left: int = TABLE_THUMB_BYTES

    def _values(self, column: str) -> list[Any]:
        found = self.columns.get(column)
        if found is None:
            entry = registry.entry(str(self.table.column_types.get(column)))
            try:
                found = list(self.table.get_column(column)) \
                    if entry is not None and entry.preview == "image" else []
            except Exception:  # a display must never raise in a notebook
                found = []
            self.columns[column] = found
        return found

    def get(self, column: str, row: int) -> str | None:
        values = self._values(column)
        child = values[row] if row < len(values) else None
        if child is None or self.left <= 0:
            return None
        if id(child) not in self.made:
            try:
                self.made[id(child)] = _thumbnail(_encoded(child).data or b"")
            except Exception:  # a damaged image file: its type is shown instead
                self.made[id(child)] = None
        made = self.made[id(child)]
        if made is None or len(made[0]) > self.left:  # over the budget: its type is shown
            return None
        png, (w, h), (tw, th) = made
        self.left -= len(png)
        scale = max(1, THUMB_PX // max(tw, th, 1))
        pixelated = ';image-rendering:pixelated' if scale > 1 else ""
        return (f'<img src="{_uri("image/png", png)}" width="{tw * scale}" '
                f'height="{th * scale}" style="vertical-align:middle{pixelated}" '
                f'alt="image {w}x{h}" title="image {w}x{h}">') + _caption(child)


def _thumbnail(data: bytes) -> tuple[bytes, tuple[int, int], tuple[int, int]]:
    """``(png, original size, thumbnail size)`` of the image file ``data``: at most
    ``THUMB_PX`` on a side (never enlarged; a small PNG is kept as it is)."""
    import io

    from PIL import Image as PILImage

    if len(data) > MAX_INLINE_BYTES:
        raise ValueError("image file too large for a thumbnail")
    with PILImage.open(io.BytesIO(data)) as im:
        size = im.size
        if im.format == "PNG" and max(size) <= THUMB_PX and len(data) <= 16 << 10:
            return data, size, size
        im.draft("RGB", (THUMB_PX, THUMB_PX))  # JPEG: decode at a reduced size
        small = im.convert("RGBA" if "A" in im.getbands() else "RGB")
        small.thumbnail((THUMB_PX, THUMB_PX))
        buf = io.BytesIO()
        small.save(buf, format="PNG", optimize=True)
        return buf.getvalue(), size, small.size


def _table(obj: Any) -> str:
    arrow = obj.to_arrow()
    n = arrow.num_rows
    shown = min(n, TABLE_PAGE_ROWS * TABLE_PAGES)
    rows = arrow.slice(0, shown).to_pylist()
    types = {f.name: str(f.type) for f in arrow.schema}
    head = "".join(f'<th title="{_esc(types[c])}">{_esc(c)}</th>' for c in arrow.column_names)
    thumbs = _Thumbs(obj)
    pages = []
    for start in range(0, max(shown, 1), TABLE_PAGE_ROWS):
        body = "".join("<tr>" + "".join(f"<td>{_cell(r.get(c), thumbs.get(c, start + i))}</td>"
                                        for c in arrow.column_names) + "</tr>"
                       for i, r in enumerate(rows[start:start + TABLE_PAGE_ROWS]))
        end = min(start + TABLE_PAGE_ROWS, shown)
        label = f"rows {start + 1:,}-{end:,} of {n:,}" if n else "no rows"
        pages.append(f"<details{' open' if not start else ''}><summary>{label}</summary>"
                     '<table style="border-collapse:collapse" border="1" cellpadding="3">'
                     f"<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table></details>")
    more = f"<p><i>{n - shown:,} more rows not shown.</i></p>" if n > shown else ""
    return "".join(pages) + more


def _histogram(obj: Any) -> str:
    values = [float(v) for v in obj.histogram]
    bins = [float(b) for b in obj.bins]
    width, height = 320, 120
    top = max(values, default=0.0) or 1.0
    bar = width / max(len(values), 1)
    rects = []
    for i, v in enumerate(values):
        h = height * v / top
        rects.append(f'<rect x="{i * bar:.2f}" y="{height - h:.2f}" width="{max(bar - 1, 1):.2f}"'
                     f' height="{h:.2f}" fill="#4c78a8"><title>[{_number(bins[i])}, '
                     f"{_number(bins[i + 1])}): {_number(v)}</title></rect>")
    axis = (f'<text x="0" y="{height + 14}" font-size="11">{_esc(_number(bins[0]))}</text>'
            f'<text x="{width}" y="{height + 14}" font-size="11" text-anchor="end">'
            f"{_esc(_number(bins[-1]))}</text>") if bins else ""
    return (f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height + 18}" '
            f'role="img">{"".join(rects)}{axis}</svg>')


def _html(obj: Any) -> str:
    from vizlog.viewer.payloads import framed_text

    enc = _encoded(obj)
    data = enc.data or b""
    if len(data) > MAX_INLINE_BYTES:
        return _too_big(len(data))
    return (f'<iframe sandbox="" referrerpolicy="no-referrer" srcdoc="{_esc(framed_text(data))}"'
            ' style="width:100%;height:320px;border:1px solid #ddd"></iframe>')


def _chart(obj: Any) -> str:
    try:
        svg = obj.to_svg()
    except Exception as exc:  # vl-convert missing, or the spec does not render
        spec = _json.dumps(obj.to_dict())
        return (f"<p><i>chart not rendered ({_esc(type(exc).__name__)})</i></p>"
                f"<pre style=\"max-height:200px;overflow:auto\">{_esc(spec[:20000])}</pre>")
    # an SVG in <img> is a picture: no script in it runs, nothing is fetched
    return f'<img src="{_uri("image/svg+xml", svg.encode("utf-8"))}" alt="chart">'


def _fields(obj: Any) -> str:
    """Types shown only inside a parent (masks, boxes): their descriptor fields, and a mask's
    class ids as a picture."""
    enc = _encoded(obj)
    out = f"<pre>{_esc(_json.dumps(enc.fields)[:5000])}</pre>"
    mask = getattr(obj, "mask", None)
    if mask is not None:
        import numpy as np
        from PIL import Image as PILImage

        ids = np.asarray(mask, dtype=np.uint8)
        palette = (np.arange(256, dtype=np.uint32)[:, None] * np.array([67, 151, 213])) % 256
        palette[0] = 0
        rgb = palette[ids].astype(np.uint8)
        import io

        buf = io.BytesIO()
        PILImage.fromarray(rgb).save(buf, format="PNG")
        h, w = ids.shape[:2]
        scale = max(1, 160 // max(w, h, 1))
        out = (f'<img src="{_uri("image/png", buf.getvalue())}" width="{w * scale}" '
               f'height="{h * scale}" style="image-rendering:pixelated" alt="mask">' + out)
    if isinstance(getattr(obj, "box_data", None), list):
        out = f"<p>{len(obj.box_data):,} boxes</p>" + out
    return out


#: preview kind (``Entry.preview`` in the registry; None: shown inside a parent) -> renderer
RENDERERS: dict[str | None, Callable[[Any], str]] = {
    "image": _image, "video": _playable("video"), "audio": _playable("audio"),
    "object3d": _object3d, "table": _table, "histogram": _histogram, "html": _html,
    "chart": _chart, None: _fields,
}


def media_html(obj: Any) -> str:
    """The HTML of one media object (see the module docstring)."""
    found = registry.entry(getattr(obj, "type_name", ""))
    if found is None:
        return f"<pre>{_esc(repr(obj))}</pre>"
    try:
        inner = RENDERERS[found.preview](obj)
    except Exception as exc:  # a display must never raise in a notebook
        inner = f"<p><i>not shown: {_esc(type(exc).__name__)}: {_esc(str(exc)[:300])}</i></p>"
    return (f'<div class="vizlog-media" {_BOX}><div style="color:#777;font-size:11px">'
            f"{_esc(found.type_name)}</div>{inner}</div>")


# -- runs ----------------------------------------------------------------------------------------
def _number(v: Any) -> str:
    if isinstance(v, bool) or not isinstance(v, (int, float)):
        return str(v)
    if isinstance(v, int):
        return f"{v:,}"
    if not math.isfinite(v):
        return str(v)
    return f"{v:.6g}"


def _value(v: Any) -> str:
    if isinstance(v, Mapping) and is_descriptor(v):
        return f"<i>({_esc(v['_type'])})</i>"
    if isinstance(v, Mapping) and v.get("_type") == "float":
        return _esc(v.get("value"))
    if isinstance(v, Mapping):
        parts = [f"{_esc(k)} {_esc(_number(x))}" for k, x in v.items()
                 if isinstance(x, (int, float))]
        return " · ".join(parts) if parts else _esc(_json.dumps(v)[:300])
    if isinstance(v, (int, float)):
        return _esc(_number(v))
    return _esc(str(v)[:300])


def _kv(d: Mapping[str, Any]) -> str:
    rows = "".join(f"<tr><td>{_esc(k)}</td><td>{_value(v)}</td></tr>"
                   for k, v in sorted(d.items()) if not str(k).startswith("_"))
    return f'<table cellpadding="2">{rows}</table>' if rows else "<p><i>none</i></p>"


def _sparkline(points: list[tuple[float, float]]) -> str:
    xs = [p[0] for p in points]
    ys = [p[1] for p in points]
    if len(points) < 2 or max(xs) == min(xs):
        return f"<span>{_esc(_number(ys[-1]))}</span>" if ys else ""
    lo, hi = min(ys), max(ys)
    span = (hi - lo) or 1.0
    w, h = 220, 40
    pts = " ".join(f"{(x - xs[0]) / (xs[-1] - xs[0]) * w:.1f},{h - (y - lo) / span * h:.1f}"
                   for x, y in points)
    return (f'<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" role="img">'
            f'<polyline fill="none" stroke="#4c78a8" stroke-width="1.2" points="{pts}"/>'
            f"<title>min {_esc(_number(lo))} · max {_esc(_number(hi))} · last "
            f"{_esc(_number(ys[-1]))}</title></svg>")


def _thin(points: list[tuple[float, float]], limit: int = 300) -> list[tuple[float, float]]:
    """At most about ``limit`` points: per bucket the lowest and highest (spikes survive)."""
    if len(points) <= limit:
        return points
    size = -(-len(points) * 2 // limit)
    out: list[tuple[float, float]] = []
    for i in range(0, len(points), size):
        chunk = points[i:i + size]
        a, b = min(chunk, key=lambda p: p[1]), max(chunk, key=lambda p: p[1])
        out.extend(sorted({a, b}))
    return out


def run_html(run: RunData) -> str:
    """A run's card: identity, state, metrics as sparklines, the latest media, summary and
    config, and the command that opens its full page."""
    meta = run.meta
    series: dict[str, list[tuple[float, float]]] = {}
    latest: dict[str, tuple[int, Mapping[str, Any]]] = {}
    for row in run.history:
        step = row.get("_step", 0)
        for key, value in flatten(row):
            if key.startswith("_"):
                continue
            if is_descriptor(value):
                latest[key] = (int(step), value)
            elif isinstance(value, (int, float)) and not isinstance(value, bool) and \
                    math.isfinite(value) and isinstance(step, int):
                series.setdefault(key, []).append((float(step), float(value)))
    metrics = "".join(f"<tr><td>{_esc(k)}</td><td>{_sparkline(_thin(v))}</td>"
                      f"<td>{_esc(_number(v[-1][1]))}</td></tr>"
                      for k, v in sorted(series.items())[:RUN_SCALAR_KEYS])
    more = len(series) - RUN_SCALAR_KEYS
    media = []
    for key, (step, d) in sorted(latest.items())[:RUN_MEDIA_KEYS]:
        try:
            obj = run.load(d)
            items = obj if isinstance(obj, list) else [obj]  # a list form: its first items
            inner = "".join(media_html(o) for o in items[:8] if o is not None) or \
                "<p><i>missing or refused</i></p>"
        except Exception as exc:
            inner = f"<p><i>not shown: {_esc(type(exc).__name__)}</i></p>"
        media.append(f"<div><b>{_esc(key)}</b> · step {step:,}{inner}</div>")
    title = meta.get("name") or meta.get("id")
    where = str(run.dir)
    return (f'<div class="vizlog-run" {_BOX}><p><b>{_esc(title)}</b> '
            f"({_esc(meta.get('id'))}) · {_esc(run.state)} · {len(run.history):,} rows"
            f"{' · ' + str(len(run.corruptions)) + ' corrupt records' if run.corruptions else ''}"
            f"</p><h4>Metrics</h4>"
            + (f"<table>{metrics}</table>" if metrics else "<p><i>none</i></p>")
            + (f"<p><i>{more:,} more metrics</i></p>" if more > 0 else "")
            + ("<h4>Media (latest step)</h4>" + "".join(media) if media else "")
            + f"<h4>Summary</h4>{_kv(run.summary)}<h4>Config</h4>{_kv(run.config)}"
            + f"<p>Full page: <code>vizlog view {_esc(where)}</code></p></div>")


def bundle(obj: Any) -> dict[str, Any]:
    """The Jupyter MIME bundle of ``obj`` (a media object or a ``RunData``)."""
    text = repr(obj)
    if isinstance(obj, RunData):
        return {"text/html": run_html(obj), "text/plain": text}
    return {"text/html": media_html(obj), "text/plain": text}
