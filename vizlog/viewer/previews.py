"""What the viewer shows for each descriptor ``_type``: one function per type, one dict.

A preview function takes ``(descriptor, run_dir, out_dir, name)`` and returns the JSON-ready dict
the page script renders (``kind`` picks the renderer in ``viewer.js``). It may write preview files
into ``out_dir`` (``<run_dir>/viewer/``) and must reference them run-relatively. Types without a
preview function are shown as a link to their file plus their descriptor.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from vizlog import _json

__all__ = ["PREVIEWS", "preview"]

Preview = Callable[[Mapping[str, Any], Path, Path, str], dict[str, Any]]


def _image(d: Mapping[str, Any], run_dir: Path, out_dir: Path, name: str) -> dict[str, Any]:
    out: dict[str, Any] = {"kind": "image", "src": d.get("path"), "caption": d.get("caption"),
                           "width": d.get("width"), "height": d.get("height")}
    boxes = []
    for layer, bd in (d.get("boxes") or {}).items():
        try:
            body = _json.loads((run_dir / bd["path"]).read_bytes())
        except (OSError, ValueError, KeyError):
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
        overlay = _mask_overlay(md, run_dir, out_dir)
        if overlay is not None:
            masks[layer] = overlay
            classes = _mask_classes(md, run_dir, out_dir)
            if classes:
                mask_classes[layer] = classes
    if masks:
        out["masks"] = masks
    if mask_classes:
        out["mask_classes"] = mask_classes
    return out


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


def _mask_overlay(md: Mapping[str, Any], run_dir: Path, out_dir: Path) -> str | None:
    """A colour overlay PNG of a class-id mask (class 0 transparent), written once per mask."""
    import io

    import numpy as np
    from PIL import Image as PILImage

    from vizlog.store import LocalFS

    rel, digest = md.get("path"), md.get("sha256")
    if not isinstance(rel, str) or not isinstance(digest, str):
        return None
    name = f"mask-{digest[:20]}.png"
    target = out_dir / name
    if not target.is_file():
        with PILImage.open(run_dir / rel) as im:
            ids = np.asarray(im.convert("L"))
        buf = io.BytesIO()
        PILImage.fromarray(_palette()[ids]).save(buf, format="PNG")
        LocalFS().write_atomic(target, buf.getvalue())
    return f"{out_dir.name}/{name}"


def _mask_classes(md: Mapping[str, Any], run_dir: Path,
                  out_dir: Path) -> list[dict[str, Any]] | None:
    from vizlog.viewer.masks import class_overlays

    src, digest = _inside(run_dir, md.get("path")), md.get("sha256")
    if src is None or not isinstance(digest, str):
        return None
    raw = md.get("class_labels")
    labels: Mapping[str, Any] = raw if isinstance(raw, Mapping) else {}
    return class_overlays(src, out_dir, digest, labels, _palette())


def _image_list(d: Mapping[str, Any], run_dir: Path, out_dir: Path, name: str) -> dict[str, Any]:
    items = d.get("items") or [{"_type": "image-file", "path": p} for p in d.get("filenames", [])]
    return {"kind": "list",
            "items": [_image(item, run_dir, out_dir, f"{name}-{i}") for i, item in
                      enumerate(items)]}


def _histogram(d: Mapping[str, Any], run_dir: Path, out_dir: Path, name: str) -> dict[str, Any]:
    return {"kind": "histogram", "values": d.get("values", []), "bins": d.get("bins", [])}


def _playable(kind: str) -> Preview:
    def fn(d: Mapping[str, Any], run_dir: Path, out_dir: Path, name: str) -> dict[str, Any]:
        return {"kind": kind, "src": d.get("path"), "caption": d.get("caption"),
                "format": d.get("format")}

    return fn


def _listed(item: Preview, field: str) -> Preview:
    """The preview of a wandb list form whose items are under ``field`` (or ``items``)."""

    def fn(d: Mapping[str, Any], run_dir: Path, out_dir: Path, name: str) -> dict[str, Any]:
        items = d.get("items") or d.get(field) or []
        return {"kind": "list", "items": [item(x, run_dir, out_dir, f"{name}-{i}")
                                          for i, x in enumerate(items)]}

    return fn


def _object3d(d: Mapping[str, Any], run_dir: Path, out_dir: Path, name: str) -> dict[str, Any]:
    """A rendered thumbnail (written once per file) plus the counts."""
    from vizlog.store import LocalFS

    digest = str(d.get("sha256", ""))[:20]
    thumb = f"obj-{digest}.png"
    if digest and not (out_dir / thumb).is_file():
        LocalFS().write_atomic(out_dir / thumb, _render_object3d(d, run_dir))
    counts = [f"{d[k]:,} {label}" for k, label in (("vertex_count", "vertices"),
                                                   ("face_count", "faces"),
                                                   ("point_count", "points")) if d.get(k)]
    out = {"kind": "object3d", "src": d.get("path"), "thumb": f"{out_dir.name}/{thumb}"
           if digest else None, "summary": " · ".join([str(d.get("format", "")), *counts]),
           "caption": d.get("caption")}
    return out | _interactive3d(d, run_dir, out_dir)


def _render_object3d(d: Mapping[str, Any], run_dir: Path) -> bytes:
    import numpy as np

    from vizlog.media.object3d import Object3D
    from vizlog.viewer.render3d import render_mesh, render_points

    obj = Object3D.from_descriptor(d, run_dir)
    if obj.is_point_cloud:
        pts = obj.to_numpy()
        cols = list(d.get("columns") or [])
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


def _table(d: Mapping[str, Any], run_dir: Path, out_dir: Path, name: str) -> dict[str, Any]:
    """The first ``TABLE_ROWS`` rows, read with plain pyarrow; media cells get their previews."""
    import pyarrow.ipc as ipc

    with ipc.open_file(str(run_dir / str(d["path"]))) as reader:
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
            values = [_cell(v, run_dir, out_dir, f"{name}-{j}-{i}")
                      for i, v in enumerate(values)]
        else:
            values = [_plain_cell(v) for v in values]
        columns.append(field.name)
        types.append(meta.get("vizlog.media_type") or str(field.type))
        cells.append(values)
    rows = [list(r) for r in zip(*cells, strict=True)] if cells else []
    out = {"kind": "table", "src": d.get("path"), "columns": columns, "types": types,
           "rows": rows, "nrows": nrows}
    if nrows > len(rows):
        out |= _all_rows(d, run_dir, out_dir)
    return out


def _plain_cell(v: Any) -> Any:
    if v is None or isinstance(v, (bool, int, float, str)):
        return v
    return str(v)


def _cell(v: Any, run_dir: Path, out_dir: Path, name: str) -> Any:
    if v is None:
        return None
    value = _json.loads(v) if isinstance(v, str) else v
    if isinstance(value, Mapping) and isinstance(value.get("_type"), str) and \
            value["_type"] != "float":
        return preview(value, run_dir, out_dir, name)
    return value if isinstance(value, (bool, int, float, str)) else _json.dumps(value)


def _chart(d: Mapping[str, Any], run_dir: Path, out_dir: Path, name: str) -> dict[str, Any]:
    """The resolved Vega-Lite spec rendered to SVG once (vl-convert, no base URL: no fetch)."""
    from vizlog.store import LocalFS

    digest = str(d.get("sha256", ""))[:20]
    svg_name = f"chart-{digest}.svg"
    out: dict[str, Any] = {"kind": "chart", "spec": d.get("spec"), "spec_src": d.get("path"),
                           "title": (d.get("strings") or {}).get("title")}
    spec: Any = None
    try:
        spec = _json.loads((run_dir / str(d["path"])).read_bytes())
    except (OSError, ValueError, KeyError, RecursionError):
        pass
    if isinstance(spec, dict) and d.get("size", 0) <= MAX_LIVE_SPEC_BYTES:
        out["vega"] = spec
    if not (out_dir / svg_name).is_file():
        try:
            import vl_convert

            svg = vl_convert.vegalite_to_svg(spec, allowed_base_urls=[])
        except Exception as exc:  # vl-convert missing or the spec does not render
            out["error"] = f"not rendered: {type(exc).__name__}: {exc}"[:300]
            return out
        LocalFS().write_atomic(out_dir / svg_name, svg.encode("utf-8"))
    out["svg"] = f"{out_dir.name}/{svg_name}"
    return out


#: Chart specs up to this size are embedded and drawn live by vega-embed (SVG stays the fallback).
MAX_LIVE_SPEC_BYTES = 2_000_000


def _inside(run_dir: Path, rel: Any) -> Path | None:
    """``run_dir / rel`` when it is a regular file inside the run, else None."""
    if not isinstance(rel, str):
        return None
    path = (run_dir / rel).resolve()
    return path if run_dir.resolve() in path.parents and path.is_file() else None


def _html(d: Mapping[str, Any], run_dir: Path, out_dir: Path, name: str) -> dict[str, Any]:
    """The file, plus its text behind vizlog's CSP for a sandboxed srcdoc frame."""
    from vizlog.viewer.payloads import framed_html

    out = _playable("html")(d, run_dir, out_dir, name)
    src = _inside(run_dir, d.get("path"))
    if src is not None:
        out["srcdoc"] = framed_html(src)
    return out


def _interactive3d(d: Mapping[str, Any], run_dir: Path, out_dir: Path) -> dict[str, Any]:
    from vizlog.viewer.payloads import model_script

    src, digest = _inside(run_dir, d.get("path")), d.get("sha256")
    if src is None or not isinstance(digest, str):
        return {}
    rel = model_script(src, out_dir, digest, str(d.get("format", "")))
    return {"model_src": rel, "model_id": digest[:20]} if rel else {}


def _all_rows(d: Mapping[str, Any], run_dir: Path, out_dir: Path) -> dict[str, Any]:
    """Every row for the paged table widget; media cells become thumbnails or their type."""
    from vizlog.viewer.payloads import table_rows_script

    src, digest = _inside(run_dir, d.get("path")), d.get("sha256")
    if src is None or not isinstance(digest, str):
        return {}

    def cell(v: Any, encoding: str) -> Any:
        if encoding not in ("media", "json") or v is None:
            return _plain_cell(v)
        value = _json.loads(v) if isinstance(v, str) else v
        if isinstance(value, Mapping) and value.get("_type") == "image-file":
            return {"thumb": value.get("path"), "caption": value.get("caption"),
                    "width": value.get("width")}
        if isinstance(value, Mapping) and isinstance(value.get("_type"), str):
            return f"({value['_type']})" if value["_type"] != "float" else value.get("value")
        return value if isinstance(value, (bool, int, float, str)) else _json.dumps(value)

    return {"rows_src": table_rows_script(src, out_dir, digest, cell), "rows_id": digest[:20]}


PREVIEWS: dict[str, Preview] = {
    "image-file": _image,
    "images/separated": _image_list,
    "histogram": _histogram,
    "video-file": _playable("video"),
    "videos": _listed(_playable("video"), "videos"),
    "audio-file": _playable("audio"),
    "audio": _listed(_playable("audio"), "audio"),
    "html-file": _html,
    "html": _listed(_html, "html"),
    "object3D-file": _object3d,
    "object3D": _listed(_object3d, "objects"),
    "custom-chart": _chart,
    "table-file": _table,
    "table-file/list": _listed(_table, "items"),
}


def preview(d: Mapping[str, Any], run_dir: Path, out_dir: Path, name: str) -> dict[str, Any]:
    """The page data for one descriptor (a generic file link when its type has no preview)."""
    fn = PREVIEWS.get(str(d.get("_type")))
    if fn is not None:
        try:
            return fn(d, run_dir, out_dir, name)
        except Exception as exc:  # a broken preview must not break the page
            return {"kind": "error", "message": f"{type(exc).__name__}: {exc}",
                    "descriptor": dict(d)}
    return {"kind": "file", "src": d.get("path"), "descriptor": dict(d)}
