"""The project page: ``vizlog view ROOT`` on a folder of runs.

``build_project(root)`` writes ``<root>/index.html`` (a table of every run: state, start, duration,
tags, config and summary columns) and each run's own page: a small ``<root>/<run>/index.html``
that loads the one shared copy of the scripts in ``<root>/viewer/static`` and the run's data from
``<root>/viewer/runs/<run>.js``, the script the project page also loads (``file://`` pages cannot
fetch) when the run is selected, to overlay its metrics on the others'.

Each run is read once (its history feeds both its table row and its page); a run whose files
cannot be read is listed with state ``unreadable`` (or an ``error``) and the reason.
"""

from __future__ import annotations

import math
import os
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import Any
from urllib.parse import quote

from vizlog import _json
from vizlog.read import is_descriptor
from vizlog.viewer import assets, watch
from vizlog.viewer.artifacts import project_artifacts
from vizlog.viewer.data import fast_dumps, js_call_json, js_payload
from vizlog.viewer.page import PageState, render_page

__all__ = ["MANIFEST", "MAX_COLUMNS", "RUNS_DATA", "RUN_PAGE", "build_project", "build_run",
           "find_runs", "row_of", "run_row"]

#: Config and summary columns offered in the column chooser (the most common keys first).
MAX_COLUMNS = 200


def find_runs(root: str | Path) -> list[Path]:
    """The run folders directly inside ``root`` (those with a ``run.json``), sorted by name."""
    base = Path(root)
    with os.scandir(base) as it:  # DirEntry: no stat for the type (1,000 runs are common)
        names = [e.name for e in it if e.is_dir(follow_symlinks=False)]
    return [base / n for n in sorted(names) if os.path.isfile(os.path.join(base, n, "run.json"))]


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
    try:
        meta = _json.loads((run_dir / "run.json").read_bytes())
        if not isinstance(meta, dict):
            raise ValueError("run.json is not a JSON object")
    except (OSError, ValueError, RecursionError) as exc:
        return {"dir": run_dir.name, "id": run_dir.name, "name": run_dir.name,
                "state": "unreadable", "error": f"run.json: {exc}"[:200], "config": {},
                "summary": {}}
    summary: Any = {}
    try:
        if (run_dir / "summary.json").is_file():
            summary = _json.loads((run_dir / "summary.json").read_bytes())
    except (OSError, ValueError, RecursionError):
        summary = {}
    return row_of(run_dir.name, meta, summary if isinstance(summary, dict) else {})


def row_of(name: str, meta: Mapping[str, Any], summary: Mapping[str, Any]) -> dict[str, Any]:
    """One line of the project table for the run folder ``name``, from its ``run.json`` dict
    and its summary dict (keys starting with ``_`` are not columns)."""
    row: dict[str, Any] = {"dir": name}
    config: Mapping[str, Any] = meta["config"] if isinstance(meta.get("config"), dict) else {}
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
    project page's path. ``progress(done, total, run_name)`` is called after each run.

    Each run is read once, for its table row and its data script ``<out>/viewer/runs/<run>.js``
    (the run page's data, which the project page also loads to overlay the run's metrics); the
    run's page is ``<out>/viewer/runs/run.html?run=<run>``, one page shared by every run. Nothing
    is written into the run folders. Runs are built on every core (forked workers) when many
    changed; a run whose inputs did not change since the last build (``viewer/runs/
    manifest.json`` keeps each run's stamp and table row) is not read again, unless ``force``.
    ``states`` (kept between calls by ``--watch``) lets a run rebuilt in this process read and
    encode only what changed since its last build."""
    base = Path(root).resolve()
    target = Path(out).resolve() if out is not None else base
    runs = find_runs(base)
    assets.install(target)
    _install_run_page(target / RUNS_DATA / RUN_PAGE)
    old = {} if force else _read_manifest(target / RUNS_DATA / MANIFEST)
    fingerprint = assets.fingerprint()
    rows: list[dict[str, Any] | None] = [None] * len(runs)
    entries: dict[str, dict[str, Any]] = {}
    jobs: list[tuple[int, _Job]] = []
    stamps: list[Any] = []
    folder = os.path.join(target, RUNS_DATA, "")
    up = _rel(base, target)  # the runs' folder, seen from the project page
    links = [n if up == "." else f"{up}/{n}" for n in (r.name for r in runs)]
    for i, run_dir in enumerate(runs):
        inputs = watch.run_stamp(run_dir)
        stamps.append([run_dir.name, inputs])
        stamp = watch.stamp_of([inputs, "project", links[i], live, fingerprint])
        entry = old.get(run_dir.name)
        if isinstance(entry, dict) and entry.get("stamp") == stamp and \
                isinstance(entry.get("row"), dict) and entry.get("data") is not None and \
                entry.get("data") == _file_stamp(f"{folder}{run_dir.name}.js"):
            rows[i] = entry["row"]
            entries[run_dir.name] = entry
        else:
            jobs.append((i, (run_dir, target, stamp, live)))
    done = len(runs) - len(jobs)
    if progress is not None:
        kept = 0
        for run_dir, row in zip(runs, rows, strict=True):
            if row is not None:
                kept += 1
                progress(kept, len(runs), run_dir.name)
    built = _results([job for _, job in jobs], states)
    for (i, _), (row, entry) in zip(jobs, built, strict=True):
        rows[i] = row
        if entry is not None:
            entries[runs[i].name] = entry | {"row": row}
        done += 1
        if progress is not None:
            progress(done, len(runs), runs[i].name)
    table: list[dict[str, Any]] = []
    for run_dir, row, link in zip(runs, rows, links, strict=True):
        if row is None:  # cannot happen: every run is either kept or built above
            continue
        line = dict(row, link=link)
        if run_dir.name in entries:  # its page works: RUNS_DATA/run.html?run=<folder name>
            line["page"] = True
        table.append(line)
    if jobs or len(entries) != len(old):
        assets.write_file(target / RUNS_DATA / MANIFEST, fast_dumps(
            {"version": _MANIFEST_VERSION, "runs": entries}).encode("utf-8"))
    stamp = watch.stamp_of([stamps, str(target), live, fingerprint])
    data: dict[str, Any] = {"root": base.name, "runs": table, "run_data": RUNS_DATA,
                            "config_keys": _columns(table, "config"),
                            "summary_keys": _columns(table, "summary"),
                            "artifacts": project_artifacts(base)}
    if live:
        data["watch"] = {"src": watch.VERSION_FILE, "version": stamp}
    path = target / "index.html"
    html = render_page(data, f"{base.name} (runs)", assets.STATIC, "project").encode("utf-8")
    if not _same(path, html):
        assets.write_file(path, html)
    if not _same(target / watch.VERSION_FILE, js_payload("vizlogVersion", stamp)):
        watch.write_version(target, stamp)
    return path


def _install_run_page(path: Path) -> None:
    from vizlog.viewer.page import render_run_page

    html = render_run_page("../static").encode("utf-8")
    if not _same(path, html):
        assets.write_file(path, html)


def _same(path: Path, data: bytes) -> bool:
    """True when the file at ``path`` holds exactly ``data`` (then it is not written again)."""
    try:
        return os.stat(path).st_size == len(data) and path.read_bytes() == data
    except OSError:
        return False


#: Where a project build writes each run's page data (``<run folder name>.js``) and its
#: manifest, relative to the project page's folder.
RUNS_DATA = "viewer/runs"
MANIFEST = "manifest.json"
#: The one page that shows any run of the project: ``run.html?run=<run folder name>``.
RUN_PAGE = "run.html"
_MANIFEST_VERSION = 1
#: Below this many run pages to build, one process builds them (a pool costs more than it saves).
PARALLEL_MIN = 16

# (run folder, project output folder, the run page's stamp, live)
_Job = tuple[Path, Path, str, bool]


def _data_path(target: Path, name: str) -> Path:
    """A run's data script (``window.vizlogRunData(name, page data)``)."""
    return target / RUNS_DATA / f"{name}.js"


def _version_name(name: str) -> str:
    """A run page's version script with ``--watch``, next to the page (percent-encoded)."""
    return quote(f"{name}.version.js")


def _file_stamp(path: str | Path) -> list[int] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return [st.st_size, st.st_mtime_ns]


def _read_manifest(path: Path) -> dict[str, Any]:
    """The runs of a previous build's manifest ({} when missing, damaged or of another
    version: every run is then built again)."""
    try:
        saved = _json.loads(path.read_bytes())
    except (OSError, ValueError, RecursionError):
        return {}
    runs = saved.get("runs") if isinstance(saved, dict) else None
    if not isinstance(runs, dict) or saved.get("version") != _MANIFEST_VERSION:
        return {}
    return runs


def build_run(job: _Job, state: PageState | None = None
              ) -> tuple[dict[str, Any], dict[str, Any] | None]:
    """Build one run of a project: read it once, for its table row, its data script and its
    page (both in ``<out>/viewer/runs/``: writing into one folder costs far less than into
    every run folder). Returns the row and the run's manifest entry (None when no page was
    written: a run that cannot be read is listed with the reason, and never hides the others)."""
    from vizlog.viewer.page import dumps_with, folded_page_data, read_folded, scalars_json

    run_dir, target, stamp, live = job
    try:
        run, folded = read_folded(run_dir, state)
    except Exception as exc:
        row = run_row(run_dir)
        if row["state"] != "unreadable":
            row["error"] = f"page not built: {type(exc).__name__}: {exc}"[:300]
        return row, None
    row = row_of(run_dir.name, run.meta, run.summary)
    try:
        # with a state (--watch), each metric's JSON is reused or extended from the last build
        data = folded_page_data(run, folded, state, scalars=state is None)
        dumped = None if state is None else {"scalars": scalars_json(folded, state)}
        folder = target / RUNS_DATA
        data["base"] = quote(_rel(run_dir, folder) + "/")
        data["project_link"] = "../../index.html"
        if live:
            data["watch"] = {"src": _version_name(run_dir.name), "version": stamp}
        data_path = _data_path(target, run_dir.name)
        assets.write_file(data_path, js_call_json(
            "vizlogRunData", [fast_dumps(run_dir.name), dumps_with(data, dumped)]))
        if live:
            assets.write_file(folder / _version_name(run_dir.name),
                              js_payload("vizlogVersion", stamp))
    except Exception as exc:
        row["error"] = f"page not built: {type(exc).__name__}: {exc}"[:300]
        return row, None
    return row, {"stamp": stamp, "data": _file_stamp(data_path)}


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


def _results(jobs: list[_Job], states: dict[Path, PageState] | None = None
             ) -> Iterator[tuple[dict[str, Any], dict[str, Any] | None]]:
    """Every job's :func:`build_run` result, in order; on every core when there are many. With
    ``states`` (``--watch``), a few runs are built in this process, each keeping its
    :class:`PageState` (only what changed is read)."""
    ctx = _pool_context() if len(jobs) >= PARALLEL_MIN else None
    if ctx is None:
        for job in jobs:
            yield build_run(job, None if states is None else states.setdefault(job[0], PageState()))
        return
    from concurrent.futures import ProcessPoolExecutor

    pool = ProcessPoolExecutor(min(_workers(), -(-len(jobs) // 8)), mp_context=ctx)
    try:
        yield from pool.map(build_run, jobs, chunksize=8)
    finally:
        pool.shutdown(cancel_futures=True)


def _rel(path: Path, start: Path) -> str:
    return os.path.relpath(path, start).replace(os.sep, "/")
