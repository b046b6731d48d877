"""Knowing when a page is out of date, and keeping it current: ``vizlog view --watch``.

A run's *stamp* is the size and modification time of the files a page is built from
(``run.json``, ``summary.json``, every ``history/*.rec``) plus vizlog's version and the build
options. A build whose stamp matches the one saved next to the page does nothing. ``--watch`` polls
the stamps once a second and rebuilds what changed; media previews are written once per content
hash, so a rebuild only processes new files. The page itself polls ``viewer/version.js`` (a script
re-inserted every 1.5 s: ``file://`` pages can load scripts but not fetch) and reloads when the
version it embeds changes.
"""

from __future__ import annotations

import hashlib
import os
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from vizlog import _json

__all__ = ["VERSION_FILE", "read_stamp", "run_stamp", "stamp_of", "watch", "write_version"]

#: Polled by pages built with ``watch=True``, relative to the page's folder.
VERSION_FILE = "viewer/version.js"
_STAMP_FILE = "viewer/page-stamp.json"


def _entry(path: Path) -> list[Any]:
    try:
        st = path.stat()
    except OSError:
        return [path.name, None, None]
    return [path.name, st.st_size, st.st_mtime_ns]


def run_stamp(run_dir: Path) -> list[Any]:
    """Sizes and mtimes of what a run page is built from."""
    hist = run_dir / "history"
    try:  # os.listdir: pathlib's glob costs more than the stats for a small run
        recs = [hist / n for n in sorted(os.listdir(hist)) if n.endswith(".rec")]
    except OSError:
        recs = []
    return [_entry(run_dir / "run.json"), _entry(run_dir / "summary.json"),
            *(_entry(p) for p in recs)]


def stamp_of(parts: Iterable[Any]) -> str:
    """A short hash of JSON-able ``parts`` (a page's inputs)."""
    from vizlog._version import __version__

    return hashlib.sha256(_json.dumps([__version__, *parts]).encode()).hexdigest()[:20]


def read_stamp(out_dir: Path, name: str = "index") -> str | None:
    try:
        saved = _json.loads((out_dir / _STAMP_FILE).read_bytes())
    except (OSError, ValueError):
        return None
    value = saved.get(name) if isinstance(saved, dict) else None
    return value if isinstance(value, str) else None


def read_refused(out_dir: Path, name: str = "index") -> dict[str, str]:
    """The files the last build of ``name`` found missing or refused (kept with its stamp, so
    an unchanged rebuild still reports them)."""
    try:
        saved = _json.loads((out_dir / _STAMP_FILE).read_bytes())
    except (OSError, ValueError):
        return {}
    value = saved.get(f"{name}-refused") if isinstance(saved, dict) else None
    return {str(k): str(v) for k, v in value.items()} if isinstance(value, dict) else {}


def save_stamp(out_dir: Path, stamp: str, refused: dict[str, str] | None = None,
               name: str = "index") -> None:
    from vizlog.viewer.assets import write_file

    try:
        saved = _json.loads((out_dir / _STAMP_FILE).read_bytes())
    except (OSError, ValueError):
        saved = {}
    if not isinstance(saved, dict):
        saved = {}
    saved[name] = stamp
    saved[f"{name}-refused"] = dict(refused or {})
    write_file(out_dir / _STAMP_FILE, _json.dumps(saved).encode())


def write_version(out_dir: Path, version: str) -> None:
    """``viewer/version.js``: tells watching pages the current build."""
    from vizlog.viewer.assets import write_file
    from vizlog.viewer.data import js_payload

    write_file(out_dir / VERSION_FILE, js_payload("vizlogVersion", version))


def watch(rebuild: Callable[[], Any], inputs: Callable[[], Any], *, interval: float = 1.0,
          stop: Callable[[], bool] = lambda: False,
          on_build: Callable[[float], None] | None = None) -> None:
    """Call ``rebuild()`` whenever ``inputs()`` (a JSON-able stamp) changes, until ``stop()``.

    ``on_build(seconds)`` is told how long each rebuild took."""
    last = None
    while not stop():
        now = inputs()
        if now != last:
            t0 = time.perf_counter()
            rebuild()
            last = now
            if on_build is not None:
                on_build(time.perf_counter() - t0)
        time.sleep(interval)


def tree_stamp(root: Path) -> list[Any]:
    """The stamps of every run folder directly under ``root`` (for a project page)."""
    out: list[Any] = []
    try:
        names = sorted(os.listdir(root))
    except OSError:
        return out
    for name in names:
        d = root / name
        if (d / "run.json").is_file():
            out.append([name, run_stamp(d)])
    return out
