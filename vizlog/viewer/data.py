"""The extra JSON a run page embeds next to ``page_data``: x axes, metric definitions, files.

Accepted input: the history rows (dicts with ``_step`` and, when the Run wrote them,
``_timestamp``/``_runtime``), the ``run.json`` dict and the run folder. Everything returned is plain
JSON data; user strings stay strings (the page shows them as text).
"""

from __future__ import annotations

import math
import os
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

__all__ = ["MAX_FILES", "MAX_XAXIS_POINTS", "XAxes", "fast_dumps", "files_list", "js_call_json",
           "js_payload", "noscript_html", "run_extras", "xaxes"]

#: Points kept per alternative x axis (step -> time); the page interpolates between them.
MAX_XAXIS_POINTS = 4000
#: Files listed on a run page (the page says when more exist).
MAX_FILES = 2000
_SKIP_TOP = {"viewer", "index.html"}


def _finite(v: Any) -> float | None:
    if isinstance(v, bool) or not isinstance(v, (int, float)):
        return None
    f = float(v)
    return f if math.isfinite(f) else None


def _thin(points: list[list[float]], limit: int = MAX_XAXIS_POINTS) -> list[list[float]]:
    """Every k-th point of a monotonic mapping, always keeping the last one."""
    if len(points) <= limit:
        return points
    k = -(-len(points) // (limit - 1))
    out = points[::k]
    if out[-1] is not points[-1]:
        out.append(points[-1])
    return out


def xaxes(rows: Iterable[Mapping[str, Any]]) -> dict[str, list[list[float]]]:
    """``{"wall time": [[step, unix seconds]], "relative time": [[step, seconds]]}`` (one point
    per step, the first row of a step wins), thinned to ``MAX_XAXIS_POINTS``."""
    found = XAxes()
    found.add(rows)
    return found.result()


class XAxes:
    """:func:`xaxes`, folded a few rows at a time (``vizlog view --watch`` adds new rows)."""

    def __init__(self) -> None:
        self.wall: list[list[float]] = []
        self.rel: list[list[float]] = []
        self.last: Any = None

    def add(self, rows: Iterable[Mapping[str, Any]]) -> None:
        wall, rel, last = self.wall, self.rel, self.last
        for row in rows:
            step: Any = row.get("_step")
            if type(step) is not int:  # the common case (an int step) skips the checks
                step = _finite(step)
            if step is None or step == last:
                continue
            last = step
            ts, rt = row.get("_timestamp"), row.get("_runtime")
            if type(ts) is not float or ts - ts != 0.0:
                ts = _finite(ts)
            if type(rt) is not float or rt - rt != 0.0:
                rt = _finite(rt)
            if ts is not None:
                wall.append([step, ts])
            if rt is not None:
                rel.append([step, rt])
        self.last = last

    def result(self) -> dict[str, list[list[float]]]:
        out = {}
        if self.wall:
            out["wall time"] = _thin(self.wall)
        if self.rel:
            out["relative time"] = _thin(self.rel)
        return out


def files_list(run_dir: Path, limit: int = MAX_FILES) -> tuple[list[list[Any]], int]:
    """``([[relpath, size], ...], total)``: the run's regular files (symlinks not followed),
    sorted, without the viewer's own output."""
    found: list[list[Any]] = []
    total = 0
    pending: list[tuple[str, str]] = [(os.fspath(run_dir), "")]
    while pending:  # depth first, each folder's files before its subfolders, in name order
        top, rel = pending.pop()
        try:
            with os.scandir(top) as it:
                entries = sorted(it, key=lambda e: e.name)
        except OSError:
            continue
        folders = []
        for entry in entries:
            name = entry.name
            if not rel and name in _SKIP_TOP:
                continue
            try:
                if entry.is_symlink():
                    continue
                if entry.is_dir(follow_symlinks=False):
                    folders.append((entry.path, f"{rel}{name}/"))
                elif entry.is_file(follow_symlinks=False) and not name.startswith(".tmp-"):
                    total += 1
                    if len(found) < limit:
                        found.append([rel + name, entry.stat(follow_symlinks=False).st_size])
            except OSError:
                continue
        pending.extend(reversed(folders))
    found.sort()
    return found, total


def run_extras(meta: Mapping[str, Any], run_dir: Path,
               axes: dict[str, list[list[float]]]) -> dict[str, Any]:
    """``xaxes`` (``axes``, from :func:`xaxes` or :class:`XAxes`), ``metrics``
    (``define_metric`` entries), ``alerts`` and ``files`` of a run."""
    files, total = files_list(run_dir)
    metrics = [m for m in meta.get("metrics") or [] if isinstance(m, Mapping)]
    alerts = [a for a in meta.get("alerts") or [] if isinstance(a, Mapping)]
    return {"xaxes": axes, "metrics": metrics, "alerts": alerts,
            "files": files, "files_total": total}


def fast_dumps(value: Any) -> str:
    """Compact JSON with sorted keys: the C encoder when ``value`` is plain JSON data (the usual
    case for page data), else :func:`vizlog._json.dumps` (non-finite floats tagged)."""
    import json

    try:
        return json.dumps(value, separators=(",", ":"), sort_keys=True, allow_nan=False,
                          ensure_ascii=False)
    except (TypeError, ValueError):
        from vizlog import _json

        return _json.dumps(value)


def js_payload(function: str, *args: Any) -> bytes:
    """A script that calls ``window.<function>(args...)`` with JSON arguments: how a page loads
    data from ``file://`` without fetch. ``<``, ``>`` and U+2028/U+2029 are escaped, so the text is
    both valid JSON and inert in any HTML or JS context."""
    return js_call_json(function, [fast_dumps(a) for a in args])


def js_call_json(function: str, args_json: Sequence[str]) -> bytes:
    """:func:`js_payload` for arguments already serialised by :func:`fast_dumps`."""
    body = ",".join(args_json)
    body = (body.replace("<", "\\u003c").replace(">", "\\u003e")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))
    return f"window.{function}&&window.{function}({body});\n".encode()


def noscript_html(data: Mapping[str, Any]) -> str:
    """What a run page shows with scripts off: each media key's latest chart as its pre-rendered
    SVG, image as itself, and the summary as a table. Every user string is HTML-escaped."""
    from html import escape

    parts = ['<div class="noscript"><p>Scripts are off: the charts below are static.</p>']
    base = str(data.get("base") or "")
    for key, entry in (data.get("media") or {}).items():
        steps = entry.get("steps") or []
        if not steps:
            continue
        step, p = steps[-1]
        src = p.get("svg") if p.get("kind") == "chart" else \
            p.get("src") if p.get("kind") == "image" else None
        if not isinstance(src, str) or ".." in src or ":" in src or src.startswith("/"):
            continue
        parts.append(f"<figure><img src=\"{escape(base + src)}\" alt=\"{escape(key)}\">"
                     f"<figcaption>{escape(key)} · step {int(step)}</figcaption></figure>")
    rows = "".join(f"<tr><td>{escape(str(k))}</td><td>{escape(fast_dumps(v)[:300])}</td></tr>"
                   for k, v in sorted((data.get("summary") or {}).items()))
    if rows:
        parts.append(f'<table class="kv">{rows}</table>')
    parts.append("</div>")
    return "".join(parts)
