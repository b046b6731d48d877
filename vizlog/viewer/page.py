"""Build ``index.html`` for a run (see :mod:`vizlog.viewer`)."""

from __future__ import annotations

import math
import os
from collections.abc import Mapping
from importlib import resources
from pathlib import Path
from typing import Any

from vizlog import _json
from vizlog.read import RunData, flatten, is_descriptor, open_run
from vizlog.store import Backend
from vizlog.viewer.previews import PreviewContext, preview

__all__ = ["MAX_MEDIA_STEPS", "build", "build_report", "page_data"]

#: Media steps shown per key (the latest ones); the page says when older ones were left out.
MAX_MEDIA_STEPS = 100
#: Points drawn per metric; longer series keep each bucket's first, min, max and last point, so
#: spikes and the overall shape survive (the page says how many points the series has).
MAX_PLOT_POINTS = 4000
CSP = ("default-src 'none'; img-src 'self' file: data:; media-src 'self' file: data:; "
       "frame-src 'self' file:; style-src 'unsafe-inline'; script-src 'unsafe-inline'; "
       "connect-src 'none'; form-action 'none'; base-uri 'none'")


def _number(v: Any) -> float | None:
    if isinstance(v, bool) or not isinstance(v, (int, float)):
        return None
    f = float(v)
    return f if math.isfinite(f) else None


def page_data(run: str | os.PathLike[str] | Backend | RunData) -> dict[str, Any]:
    """Everything the page shows, as plain JSON-ready data (``refused`` lists the files that
    were missing or refused, with the reason)."""
    data = run if isinstance(run, RunData) else open_run(run)
    ctx = PreviewContext(data)
    scalars: dict[str, list[list[Any]]] = {}
    media: dict[str, list[tuple[int, Mapping[str, Any]]]] = {}
    for row in data.history:
        step = int(row.get("_step", 0))
        for key, value in flatten(row):
            if key.startswith("_"):
                continue
            if is_descriptor(value):
                media.setdefault(key, []).append((step, value))
            elif isinstance(value, (int, float)) and not isinstance(value, bool):
                scalars.setdefault(key, []).append([step, _number(value)])
    counts = {key: len(points) for key, points in scalars.items()}
    scalars = {key: _decimate(points) for key, points in scalars.items()}
    media_out: dict[str, Any] = {}
    for key, entries in sorted(media.items()):
        kept = entries[-MAX_MEDIA_STEPS:]
        media_out[key] = {
            "omitted": len(entries) - len(kept),
            "steps": [[s, preview(d, ctx, f"{key}-{s}")] for s, d in kept]}
    summary = {k: (v if not is_descriptor(v) else {"_type": v["_type"]})
               for k, v in data.summary.items() if not k.startswith("_")}
    meta = data.meta
    return {
        "run": {k: meta.get(k) for k in ("id", "name", "project", "group", "job_type", "tags",
                                          "notes", "started_at", "vizlog_version")}
        | {"state": data.state, "rows": len(data.history),
           "corruptions": len(data.corruptions)},
        "config": data.config, "summary": summary, "scalars": dict(sorted(scalars.items())),
        "scalar_counts": counts,
        "media": media_out,
        "refused": dict(sorted({**data.refused, **ctx.refused}.items())),
    }


def _decimate(points: list[list[Any]], limit: int = MAX_PLOT_POINTS) -> list[list[Any]]:
    """At most about ``limit`` points: per bucket the first, lowest, highest and last point."""
    if len(points) <= limit:
        return points
    size = -(-len(points) * 4 // limit)  # ceil: 4 points kept per bucket
    out: list[list[Any]] = []
    for start in range(0, len(points), size):
        bucket = points[start:start + size]
        finite = [p for p in bucket if p[1] is not None]
        keep = {0, len(bucket) - 1}
        if finite:
            keep.add(bucket.index(min(finite, key=lambda p: p[1])))
            keep.add(bucket.index(max(finite, key=lambda p: p[1])))
        out.extend(bucket[i] for i in sorted(keep))
    return out


def _asset(name: str) -> str:
    return resources.files("vizlog.viewer").joinpath(name).read_text(encoding="utf-8")


def render(data: Mapping[str, Any]) -> str:
    """The page's HTML for ``page_data(...)`` output."""
    # "<" only occurs inside JSON strings, where \u003c is the same character: no "</script>"
    # or "<!--" can end or confuse the data block.
    blob = _json.dumps(data).replace("<", "\\u003c").replace(">", "\\u003e")
    title = str(data["run"].get("name") or data["run"].get("id"))
    html_title = title.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return (_asset("template.html")
            .replace("{{CSP}}", CSP)
            .replace("{{TITLE}}", html_title)
            .replace("{{CSS}}", _asset("viewer.css"))
            .replace("{{JS}}", _asset("viewer.js"))
            .replace("{{DATA}}", blob))


def build_report(run: str | os.PathLike[str] | Backend) -> tuple[str, dict[str, str]]:
    """Write ``index.html`` into the run (atomically); its path (or URL) and the files that were
    missing or refused (empty when every file was shown)."""
    data = open_run(run)
    page = page_data(data)
    data.backend.put("index.html", render(page).encode("utf-8"))
    local = data.backend.local_path()
    where = os.path.join(local, "index.html") if local is not None else \
        f"{data.backend.url}/index.html"
    return where, page["refused"]


def build(run: str | os.PathLike[str] | Backend) -> Path:
    """Write ``<run>/index.html`` (atomically) and return its path."""
    return Path(build_report(run)[0])
