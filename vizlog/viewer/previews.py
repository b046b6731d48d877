"""What the viewer shows for each preview kind of the registry: one function per kind, one dict.

:mod:`vizlog.registry` gives every descriptor ``_type`` a preview kind (``image``, ``video``,
``table``, ...); :data:`PREVIEWS` maps each kind to a function ``(descriptor, ctx, name)`` that
returns the JSON-ready dict the page script renders (``kind`` picks the renderer in
``viewer.js``). A list form (several objects under one key) is shown as a list of its items'
previews. Every file a preview links or reads goes through :class:`PreviewContext`, which checks it
inside the run (:func:`vizlog.store.check_key` and the backend); a refused or missing file becomes
a ``refused``/``missing`` note on the page and is counted, so ``vizlog view`` can fail.
Preview files (thumbnails, SVG) are written under ``viewer/`` in the run.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from vizlog import _json, registry
from vizlog.errors import UnsafePathError
from vizlog.read import RunData
from vizlog.store import check_key

__all__ = ["PREVIEWS", "PreviewContext", "preview"]

#: The folder (in the run) that preview files are written to.
OUT = "viewer"


class PreviewContext:
    """Safe access to one run's files for previews, and the record of what was refused."""

    def __init__(self, data: RunData) -> None:
        self.data = data
        self.backend = data.backend
        self.files = data.files
        #: run-relative path -> why it was refused or is missing
        self.refused: dict[str, str] = {}

    def src(self, rel: Any) -> str:
        """``rel`` checked as a regular file inside the run, for the page to link."""
        key = check_key(rel)
        if self.backend.size(key) is None:
            raise FileNotFoundError(f"{key} is missing")
        return key

    def read(self, rel: Any, max_bytes: int | None = None) -> bytes:
        return self.files.read_bytes(check_key(rel), max_bytes=max_bytes)

    def local(self, rel: Any) -> Path | None:
        """The checked local path of a run file (for the page's script payloads), or None when
        the run is not on a local file system or the file is not a regular file inside it."""
        try:
            key = self.src(rel)
            found = self.files.local_path(key)
        except (UnsafePathError, FileNotFoundError):
            return None
        return Path(found) if found is not None else None

    @property
    def out_dir(self) -> Path | None:
        """The local ``viewer/`` folder of the run, or None when the run is not local."""
        root = self.backend.local_path()
        return Path(root) / OUT if root is not None else None

    def has_out(self, name: str) -> bool:
        return self.backend.exists(f"{OUT}/{name}")

    def write_out(self, name: str, data: bytes) -> str:
        """Write a preview file once; its run-relative path."""
        key = f"{OUT}/{name}"
        self.backend.put(key, data)
        return key


Preview = Callable[[Mapping[str, Any], PreviewContext, str], dict[str, Any]]


def _image(d: Mapping[str, Any], ctx: PreviewContext, name: str) -> dict[str, Any]:
    out: dict[str, Any] = {"kind": "image", "src": ctx.src(d.get("path")),
                           "caption": d.get("caption"),
                           "width": d.get("width"), "height": d.get("height")}
    boxes = []
    for layer, bd in (d.get("boxes") or {}).items():
        try:
            body = _json.loads(ctx.read(bd["path"], max_bytes=64 << 20))
        except (OSError, ValueError, KeyError, TypeError):
            continue
        labels = body.get("class_labels", {})
        for box in body.get("box_data", []):
            boxes.append({"layer": layer, "position": box.get("position"),
                          "pixel": box.get("domain") == "pixel",
                          "label": box.get("box_caption")
                          or labels.get(str(box.get("class_id")), ""),
                          "class_id": box.get("class_id")})
    if boxes:
        out["boxes"] = boxes
    masks = {}
    mask_classes = {}
    for layer, md in (d.get("masks") or {}).items():
        overlay = _mask_overlay(md, ctx)
        if overlay is not None:
            masks[layer] = overlay
            classes = _mask_classes(md, ctx)
            if classes:
                mask_classes[layer] = classes
    if masks:
        out["masks"] = masks
    if mask_classes:
        out["mask_classes"] = mask_classes
    return out


def _mask_classes(md: Mapping[str, Any], ctx: PreviewContext) -> list[dict[str, Any]] | None:
    """One overlay per class, toggled from the legend (:mod:`vizlog.viewer.masks`)."""
    from vizlog.viewer.masks import class_overlays

    src, digest, out_dir = ctx.local(md.get("path")), md.get("sha256"), ctx.out_dir
    if src is None or out_dir is None or not isinstance(digest, str):
        return None
    raw = md.get("class_labels")
    labels: Mapping[str, Any] = raw if isinstance(raw, Mapping) else {}
    return class_overlays(src, out_dir, _hex(digest), labels, _palette())


def _palette() -> Any:
    import numpy as np

    rng = np.random.default_rng(12345)
    pal = np.zeros((256, 4), np.uint8)
    pal[1:, :3] = rng.integers(40, 256, size=(255, 3))
    pal[1:, 3] = 120
    pal[1:11, :3] = [[230, 25, 75], [60, 180, 75], [255, 225, 25], [0, 130, 200],
                     [245, 130, 48], [145, 30, 180], [70, 240, 240], [240, 50, 230],
                     [210, 245, 60], [250, 190, 212]]
    return pal


def _mask_overlay(md: Mapping[str, Any], ctx: PreviewContext) -> str | None:
    """A colour overlay PNG of a class-id mask (class 0 transparent), written once per mask."""
    import io

    import numpy as np
    from PIL import Image as PILImage

    rel, digest = md.get("path"), md.get("sha256")
    if not isinstance(rel, str) or not isinstance(digest, str):
        return None
    name = f"mask-{_hex(digest)}.png"
    if not ctx.has_out(name):
        with PILImage.open(io.BytesIO(ctx.read(rel, max_bytes=1 << 28))) as im:
            ids = np.asarray(im.convert("L"))
        buf = io.BytesIO()
        PILImage.fromarray(_palette()[ids]).save(buf, format="PNG")
        ctx.write_out(name, buf.getvalue())
    return f"{OUT}/{name}"


def _hex(digest: Any) -> str:
    """The first 20 hex digits of a descriptor's sha256 (never a path: other characters are
    dropped)."""
    return "".join(c for c in str(digest)[:64] if c in "0123456789abcdef")[:20]


def _histogram(d: Mapping[str, Any], ctx: PreviewContext, name: str) -> dict[str, Any]:
    return {"kind": "histogram", "values": d.get("values", []), "bins": d.get("bins", [])}


def _playable(kind: str) -> Preview:
    def fn(d: Mapping[str, Any], ctx: PreviewContext, name: str) -> dict[str, Any]:
        return {"kind": kind, "src": ctx.src(d.get("path")), "caption": d.get("caption"),
                "format": d.get("format")}

    return fn


def _list_items(d: Mapping[str, Any]) -> list[Any]:
    """The item descriptors of a list form (``items``, or wandb's older fields)."""
    for field in ("items", "objects", "videos", "audio", "html"):
        if isinstance(d.get(field), list):
            return list(d[field])
    if isinstance(d.get("filenames"), list):  # wandb's images/separated without items
        return [{"_type": "image-file", "path": p} for p in d["filenames"]]
    return []


def _object3d(d: Mapping[str, Any], ctx: PreviewContext, name: str) -> dict[str, Any]:
    """A rendered thumbnail (written once per file) plus the counts."""
    src = ctx.src(d.get("path"))
    digest = _hex(d.get("sha256", ""))
    thumb = f"obj-{digest}.png"
    if digest and not ctx.has_out(thumb):
        ctx.write_out(thumb, _render_object3d(d, ctx))
    counts = [f"{d[k]:,} {label}" for k, label in (("vertex_count", "vertices"),
                                                   ("face_count", "faces"),
                                                   ("point_count", "points")) if d.get(k)]
    out = {"kind": "object3d", "src": src, "thumb": f"{OUT}/{thumb}"
           if digest else None, "summary": " · ".join([str(d.get("format", "")), *counts]),
           "caption": d.get("caption")}
    return out | _interactive3d(d, ctx)


def _interactive3d(d: Mapping[str, Any], ctx: PreviewContext) -> dict[str, Any]:
    """The model as a script payload for the three.js viewer (:mod:`vizlog.viewer.payloads`)."""
    from vizlog.viewer.payloads import model_script

    src, digest, out_dir = ctx.local(d.get("path")), d.get("sha256"), ctx.out_dir
    if src is None or out_dir is None or not isinstance(digest, str):
        return {}
    rel = model_script(src, out_dir, _hex(digest), str(d.get("format", "")))
    return {"model_src": rel, "model_id": _hex(digest)} if rel else {}


def _render_object3d(d: Mapping[str, Any], ctx: PreviewContext) -> bytes:
    return object3d_png(ctx.files.load(d), d.get("columns"))


def object3d_png(obj: Any, columns: Any = None) -> bytes:
    """A PNG thumbnail of an :class:`~vizlog.Object3D` (``columns``: its point columns, as the
    descriptor names them)."""
    import numpy as np

    from vizlog.viewer.render3d import render_mesh, render_points

    if obj.is_point_cloud:
        pts = obj.to_numpy()
        cols = list(columns or [])
        colors = pts[:, 3:6].astype(np.uint8) if "red" in cols else None
        return render_points(pts[:, :3], colors)
    import trimesh

    scene = obj.to_trimesh()
    meshes: list[Any] = []
    clouds: list[Any] = []
    for node in scene.graph.nodes_geometry:
        transform, geom_name = scene.graph[node]
        geom = scene.geometry[geom_name].copy()
        geom.apply_transform(transform)
        (meshes if isinstance(geom, trimesh.Trimesh) else clouds).append(geom)
    if meshes:
        mesh: Any = trimesh.util.concatenate(meshes) if len(meshes) > 1 else meshes[0]
        try:
            colors = np.asarray(mesh.visual.to_color().face_colors)
        except Exception:
            colors = None
        return render_mesh(np.asarray(mesh.vertices), np.asarray(mesh.faces), colors)
    pts = np.concatenate([np.asarray(c.vertices) for c in clouds])
    return render_points(pts)


#: Table rows shown in the page (the rest stay in the Arrow file, linked from the page).
TABLE_ROWS = 100


def _table(d: Mapping[str, Any], ctx: PreviewContext, name: str) -> dict[str, Any]:
    """The first ``TABLE_ROWS`` rows, read with plain pyarrow; media cells get their previews."""
    import pyarrow as pa
    import pyarrow.ipc as ipc

    src = ctx.src(d.get("path"))
    local = ctx.files.local_path(src)
    source = pa.memory_map(local) if local is not None else pa.BufferReader(ctx.read(src))
    with source, ipc.open_file(source) as reader:
        schema = reader.schema
        nrows = sum(reader.get_batch(i).num_rows for i in range(reader.num_record_batches))
        batches, got = [], 0
        for i in range(reader.num_record_batches):
            if got >= TABLE_ROWS:
                break
            batch = reader.get_batch(i)
            batches.append(batch.slice(0, TABLE_ROWS - got))
            got += batches[-1].num_rows
    columns, types, cells = [], [], []
    for j, field in enumerate(schema):
        meta = {k.decode(): v.decode() for k, v in (field.metadata or {}).items()}
        encoding = meta.get("vizlog.encoding")
        values: list[Any] = []
        for b in batches:
            values.extend(b.column(j).to_pylist())
        if encoding in ("media", "json"):
            values = [_cell(v, ctx, f"{name}-{j}-{i}")
                      for i, v in enumerate(values)]
        else:
            values = [_plain_cell(v) for v in values]
        columns.append(field.name)
        types.append(meta.get("vizlog.media_type") or str(field.type))
        cells.append(values)
    rows = [list(r) for r in zip(*cells, strict=True)] if cells else []
    out = {"kind": "table", "src": src, "columns": columns, "types": types,
           "rows": rows, "nrows": nrows}
    if nrows > len(rows):
        out |= _all_rows(d, ctx)
    return out


def _all_rows(d: Mapping[str, Any], ctx: PreviewContext) -> dict[str, Any]:
    """Every row for the paged table widget; media cells become thumbnails or their type."""
    from vizlog.viewer.payloads import table_rows_script

    src, digest, out_dir = ctx.local(d.get("path")), d.get("sha256"), ctx.out_dir
    if src is None or out_dir is None or not isinstance(digest, str):
        return {}

    def cell(v: Any, encoding: str) -> Any:
        if encoding not in ("media", "json") or v is None:
            return _plain_cell(v)
        value = _json.loads(v) if isinstance(v, str) else v
        if isinstance(value, Mapping) and value.get("_type") == "image-file":
            thumb = value.get("path")
            try:
                thumb = ctx.src(thumb)
            except (UnsafePathError, FileNotFoundError):
                thumb = None
            return {"thumb": thumb, "caption": value.get("caption"), "width": value.get("width")}
        if isinstance(value, Mapping) and isinstance(value.get("_type"), str):
            return f"({value['_type']})" if value["_type"] != "float" else value.get("value")
        return value if isinstance(value, (bool, int, float, str)) else _json.dumps(value)

    return {"rows_src": table_rows_script(src, out_dir, _hex(digest), cell),
            "rows_id": _hex(digest)}


def _plain_cell(v: Any) -> Any:
    if v is None or isinstance(v, (bool, int, float, str)):
        return v
    return str(v)


def _cell(v: Any, ctx: PreviewContext, name: str) -> Any:
    if v is None:
        return None
    value = _json.loads(v) if isinstance(v, str) else v
    if isinstance(value, Mapping) and isinstance(value.get("_type"), str) and \
            value["_type"] != "float":
        return preview(value, ctx, name)
    return value if isinstance(value, (bool, int, float, str)) else _json.dumps(value)


def _chart(d: Mapping[str, Any], ctx: PreviewContext, name: str) -> dict[str, Any]:
    """The resolved Vega-Lite spec rendered to SVG once (vl-convert, no base URL: no fetch)."""
    src = ctx.src(d.get("path"))
    digest = _hex(d.get("sha256", ""))
    svg_name = f"chart-{digest}.svg"
    out: dict[str, Any] = {"kind": "chart", "spec": d.get("spec"), "spec_src": src,
                           "title": (d.get("strings") or {}).get("title")}
    spec: Any = None
    try:
        spec = _json.loads(ctx.read(src, max_bytes=256 << 20))
    except (OSError, ValueError, RecursionError):
        pass
    if isinstance(spec, dict) and isinstance(d.get("size", 0), int) and \
            d.get("size", 0) <= MAX_LIVE_SPEC_BYTES:
        out["vega"] = spec  # drawn live by vega-embed; the SVG stays the fallback
    if not digest or not ctx.has_out(svg_name):
        try:
            import vl_convert

            svg = vl_convert.vegalite_to_svg(spec, allowed_base_urls=[])
        except Exception as exc:  # vl-convert missing or the spec does not render
            out["error"] = f"not rendered: {type(exc).__name__}: {exc}"[:300]
            return out
        ctx.write_out(svg_name, svg.encode("utf-8"))
    out["svg"] = f"{OUT}/{svg_name}"
    return out


#: Chart specs up to this size are embedded and drawn live by vega-embed (SVG stays the fallback).
MAX_LIVE_SPEC_BYTES = 2_000_000


def _html(d: Mapping[str, Any], ctx: PreviewContext, name: str) -> dict[str, Any]:
    """The file, plus its text behind vizlog's CSP for a sandboxed ``srcdoc`` frame (the page's
    CSP applies inside it too: no request leaves the page)."""
    from vizlog.viewer.payloads import framed_html

    out = _playable("html")(d, ctx, name)
    src = ctx.local(d.get("path"))
    if src is not None:
        out["srcdoc"] = framed_html(src)
    return out


#: preview kind (``Entry.preview`` in the registry) -> its function
PREVIEWS: dict[str, Preview] = {
    "image": _image,
    "histogram": _histogram,
    "video": _playable("video"),
    "audio": _playable("audio"),
    "html": _html,
    "object3d": _object3d,
    "chart": _chart,
    "table": _table,
}


def _preview_of(d: Mapping[str, Any], ctx: PreviewContext, name: str) -> dict[str, Any]:
    type_name = str(d.get("_type"))
    entry = registry.entry(type_name)
    fn = PREVIEWS.get(entry.preview) if entry is not None and entry.preview else None
    if fn is None:
        return {"kind": "file", "descriptor": dict(d)}
    if registry.is_list_type(type_name):
        return {"kind": "list", "items": [fn(x, ctx, f"{name}-{i}") for i, x in
                                          enumerate(_list_items(d)) if isinstance(x, Mapping)]}
    return fn(d, ctx, name)


def preview(d: Mapping[str, Any], ctx: PreviewContext, name: str) -> dict[str, Any]:
    """The page data for one descriptor; a refused or missing file becomes a note (counted in
    ``ctx.refused``), and a broken preview never breaks the page."""
    try:
        return _preview_of(d, ctx, name)
    except UnsafePathError as exc:
        ctx.refused[str(d.get("path"))[:300]] = str(exc)
        return {"kind": "refused", "message": f"missing or refused file: {exc}"}
    except FileNotFoundError as exc:
        ctx.refused[str(d.get("path"))[:300]] = f"missing: {exc}"
        return {"kind": "refused", "message": f"missing or refused file: {exc}"}
    except Exception as exc:  # a broken preview must not break the page
        return {"kind": "error", "message": f"{type(exc).__name__}: {exc}"[:500],
                "descriptor": dict(d)}
