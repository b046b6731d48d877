"""The project page: ``vizlog view ROOT`` on a folder of runs.

``build_project(root)`` writes ``<root>/index.html`` (a table of every run: state, start, duration,
tags, config and summary columns) and each run's own page (``<root>/<run>/index.html``, sharing one
copy of the scripts in ``<root>/viewer/static``). Each run page also writes
``<run>/viewer/metrics.js``, which the project page loads (as a script: ``file://`` pages cannot
fetch) when a run is selected, to overlay its metrics on the others'.

Only ``run.json`` and ``summary.json`` are read for the table, so 1,000 runs list quickly; a run
whose files cannot be read is listed with state ``unreadable`` and the reason.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from vizlog import _json
from vizlog.read import is_descriptor
from vizlog.viewer import assets, watch
from vizlog.viewer.artifacts import project_artifacts

__all__ = ["MAX_COLUMNS", "build_project", "find_runs", "run_row"]

#: Config and summary columns offered in the column chooser (the most common keys first).
MAX_COLUMNS = 200


def find_runs(root: str | Path) -> list[Path]:
    """The run folders directly inside ``root`` (those with a ``run.json``), sorted by name."""
    base = Path(root)
    return sorted(p for p in base.iterdir() if p.is_dir() and not p.is_symlink()
                  and (p / "run.json").is_file())


def _scalar(v: Any) -> Any:
    if isinstance(v, bool) or v is None or isinstance(v, str):
        return v
    if isinstance(v, (int, float)):
        return v if math.isfinite(v) else None
    if isinstance(v, Mapping) and is_descriptor(v):
        return f"({v['_type']})"
    if isinstance(v, Mapping) and v.get("_type") == "float":
        return str(v.get("value"))
    return _json.dumps(v)[:200]


def _flat(d: Mapping[str, Any], prefix: str = "") -> dict[str, Any]:
    out: dict[str, Any] = {}
    for k, v in d.items():
        if isinstance(v, Mapping) and not is_descriptor(v) and v.get("_type") != "float":
            out.update(_flat(v, f"{prefix}{k}/"))
        else:
            out[f"{prefix}{k}"] = _scalar(v)
    return out


def run_row(run_dir: Path) -> dict[str, Any]:
    """One line of the project table, from ``run.json`` and ``summary.json`` only."""
    row: dict[str, Any] = {"dir": run_dir.name}
    try:
        meta = _json.loads((run_dir / "run.json").read_bytes())
        if not isinstance(meta, dict):
            raise ValueError("run.json is not a JSON object")
    except (OSError, ValueError, RecursionError) as exc:
        return row | {"id": run_dir.name, "name": run_dir.name, "state": "unreadable",
                      "error": f"run.json: {exc}"[:200], "config": {}, "summary": {}}
    summary: Any = {}
    try:
        if (run_dir / "summary.json").is_file():
            summary = _json.loads((run_dir / "summary.json").read_bytes())
    except (OSError, ValueError, RecursionError):
        summary = {}
    if not isinstance(summary, dict):
        summary = {}
    config: dict[str, Any] = meta["config"] if isinstance(meta.get("config"), dict) else {}
    runtime = summary.get("_runtime")
    row |= {k: meta.get(k) for k in ("id", "name", "group", "job_type", "notes", "started_at")}
    tags = meta.get("tags")
    row |= {"state": str(meta.get("state")), "tags": [str(t) for t in tags]
            if isinstance(tags, list) else [],
            "duration": runtime if isinstance(runtime, (int, float)) else None,
            "steps": _steps(summary.get("_step")),
            "config": _flat(config),
            "summary": {k: v for k, v in _flat(summary).items() if not k.startswith("_")}}
    return row


def _steps(last: Any) -> int | None:
    """Steps logged, from the summary's last ``_step`` (steps count from 0)."""
    return last + 1 if isinstance(last, int) and not isinstance(last, bool) else None


def _columns(rows: list[dict[str, Any]], field: str) -> list[str]:
    counts: dict[str, int] = {}
    for r in rows:
        for k in r.get(field, {}):
            counts[k] = counts.get(k, 0) + 1
    return sorted(counts, key=lambda k: (-counts[k], k))[:MAX_COLUMNS]


def build_project(root: str | Path, out: str | Path | None = None, *, live: bool = False,
                  force: bool = False,
                  progress: Callable[[int, int, str], None] | None = None) -> Path:
    """Write the project page for the runs in ``root`` (and every run's page) and return the
    project page's path. ``progress(done, total, run_name)`` is called after each run."""
    from vizlog.viewer.page import build, render_page

    base = Path(root).resolve()
    target = Path(out).resolve() if out is not None else base
    runs = find_runs(base)
    assets.install(target)
    rows = []
    for i, run_dir in enumerate(runs):
        row = run_row(run_dir)
        if row["state"] != "unreadable":
            try:
                build(run_dir, static=_rel(target / assets.STATIC, run_dir),
                      up=_rel(target / "index.html", run_dir), live=live, force=force,
                      metrics_js=True)
            except Exception as exc:  # one broken run must not hide the others
                row["error"] = f"page not built: {type(exc).__name__}: {exc}"[:300]
        row["link"] = _rel(run_dir, target)
        rows.append(row)
        if progress is not None:
            progress(i + 1, len(runs), run_dir.name)
    stamp = watch.stamp_of([watch.tree_stamp(base), str(target), live, assets.fingerprint()])
    data: dict[str, Any] = {"root": base.name, "runs": rows,
                            "config_keys": _columns(rows, "config"),
                            "summary_keys": _columns(rows, "summary"),
                            "artifacts": project_artifacts(base)}
    if live:
        data["watch"] = {"src": watch.VERSION_FILE, "version": stamp}
    path = target / "index.html"
    assets.write_file(path, render_page(data, f"{base.name} (runs)", assets.STATIC,
                                        "project").encode("utf-8"))
    watch.write_version(target, stamp)
    return path


def _rel(path: Path, start: Path) -> str:
    import os

    return os.path.relpath(path, start).replace(os.sep, "/")
