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
import os
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

from vizlog import _json
from vizlog.read import is_descriptor
from vizlog.viewer import assets, watch
from vizlog.viewer.artifacts import project_artifacts
from vizlog.viewer.page import PageState

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
                  progress: Callable[[int, int, str], None] | None = None,
                  states: dict[Path, PageState] | None = None) -> Path:
    """Write the project page for the runs in ``root`` (and every run's page) and return the
    project page's path. ``progress(done, total, run_name)`` is called after each run. Run pages
    are built on every core (forked workers) when many changed; an unchanged run's page is
    kept (its saved stamp matches). ``states`` (kept between calls by ``--watch``) lets a run
    page rebuilt in this process read only what changed since its last build."""
    from vizlog.viewer.page import render_page

    base = Path(root).resolve()
    target = Path(out).resolve() if out is not None else base
    runs = find_runs(base)
    assets.install(target)
    jobs = [(run_dir, _rel(target / assets.STATIC, run_dir), _rel(target / "index.html", run_dir),
             live, force) for run_dir in runs]
    rows = list(_rows(jobs, progress, states))
    for run_dir, row in zip(runs, rows, strict=True):
        row["link"] = _rel(run_dir, target)
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


#: Below this many run pages to build, one process builds them (a pool costs more than it saves).
PARALLEL_MIN = 16


def _row_and_page(job: tuple[Path, str, str, bool, bool], state: PageState | None = None
                  ) -> dict[str, Any]:
    """A run's table row, after building its page (unless unchanged); a page that fails is
    noted in the row (one broken run must not hide the others)."""
    from vizlog.viewer.page import build_report

    run_dir, static, up, live, force = job
    row = run_row(run_dir)
    if row["state"] != "unreadable":
        try:
            build_report(run_dir, static=static, up=up, live=live, force=force, metrics_js=True,
                         state=state)
        except Exception as exc:
            row["error"] = f"page not built: {type(exc).__name__}: {exc}"[:300]
    return row


def _workers() -> int:
    """Two workers per core (a worker waiting on a file write leaves its core to the other),
    at most 16."""
    return min(2 * (os.cpu_count() or 1), 16)


def _pool_context() -> Any:
    """A ``fork`` multiprocessing context when forking is safe (Linux, no other threads in this
    process), else None (build in this process)."""
    import multiprocessing
    import sys
    import threading

    if (os.cpu_count() or 1) < 2 or threading.active_count() != 1 or \
            not sys.platform.startswith("linux"):
        return None
    return multiprocessing.get_context("fork")


def _rows(jobs: list[tuple[Path, str, str, bool, bool]],
          progress: Callable[[int, int, str], None] | None,
          states: dict[Path, PageState] | None = None) -> Iterator[dict[str, Any]]:
    """Every job's row (see :func:`_row_and_page`), in order; on every core when there are many
    runs. With ``states`` (``--watch``) after the first build, the runs are built in this process,
    each keeping its :class:`PageState` (only what changed is read)."""
    ctx = _pool_context() if len(jobs) >= PARALLEL_MIN and not states else None
    if ctx is None:
        results: Iterable[dict[str, Any]] = (
            _row_and_page(j, None if states is None else states.setdefault(j[0], PageState()))
            for j in jobs)
        pool = None
    else:
        from concurrent.futures import ProcessPoolExecutor

        pool = ProcessPoolExecutor(_workers(), mp_context=ctx)
        results = pool.map(_row_and_page, jobs, chunksize=8)
    try:
        for i, (job, row) in enumerate(zip(jobs, results, strict=True)):
            yield row
            if progress is not None:
                progress(i + 1, len(jobs), job[0].name)
    finally:
        if pool is not None:
            pool.shutdown(cancel_futures=True)


def _rel(path: Path, start: Path) -> str:
    return os.path.relpath(path, start).replace(os.sep, "/")
