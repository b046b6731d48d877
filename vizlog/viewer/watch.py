"""Knowing when a page is out of date, and keeping it current: ``vizlog view --watch``.

A run's *stamp* is the size and modification time of the files a page is built from
(``run.json``, ``summary.json``, every ``history/*.rec``) plus vizlog's version and the build
options. A build whose stamp matches the one saved in the page (a comment after its doctype)
does nothing. ``--watch`` polls the stamps once a second and rebuilds what changed; media previews
are written once per content hash, and a rebuild parses only the history bytes appended since the
last one (``page.PageState``). The page itself polls ``viewer/version.js`` (a script
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

__all__ = ["VERSION_FILE", "read_stamp", "run_stamp", "stamp_comment", "stamp_of", "watch",
           "write_version"]

#: Polled by pages built with ``watch=True``, relative to the page's folder.
VERSION_FILE = "viewer/version.js"


def _entry(path: str) -> list[Any]:
    try:
        st = os.stat(path)
    except OSError:
        return [os.path.basename(path), None, None]
    return [os.path.basename(path), st.st_size, st.st_mtime_ns]


def run_stamp(run_dir: Path) -> list[Any]:
    """Sizes and mtimes of what a run page is built from."""
    base = os.fspath(run_dir)  # plain strings: this runs for every run of a project, often
    hist = os.path.join(base, "history")
    try:
        recs = [os.path.join(hist, n) for n in sorted(os.listdir(hist)) if n.endswith(".rec")]
    except OSError:
        recs = []
    return [_entry(os.path.join(base, "run.json")), _entry(os.path.join(base, "summary.json")),
            *(_entry(p) for p in recs)]


def stamp_of(parts: Iterable[Any]) -> str:
    """A short hash of JSON-able ``parts`` (a page's inputs)."""
    from vizlog._version import __version__

    return hashlib.sha256(_json.dumps([__version__, *parts]).encode()).hexdigest()[:20]


_STAMP_MARK = "<!--vizlog-stamp "


def stamp_comment(stamp: str, refused: dict[str, str] | None = None) -> str:
    """The line a page carries after its doctype: its stamp and the files its build refused, as
    JSON in an HTML comment (``<`` and ``>`` escaped, so nothing in it can end the comment)."""
    from vizlog.viewer.data import fast_dumps

    body = fast_dumps({"stamp": stamp, "refused": dict(refused or {})})
    return _STAMP_MARK + body.replace("<", "\\u003c").replace(">", "\\u003e") + "-->\n"


def read_stamp(page: Path) -> tuple[str | None, dict[str, str]]:
    """The stamp and refused files saved in ``page`` by :func:`stamp_comment` (None and {} when
    the page is missing or has none)."""
    try:
        with page.open("rb") as fh:
            fh.readline(256)  # the doctype
            line = fh.readline(64 << 20).decode("utf-8", errors="replace")
    except OSError:
        return None, {}
    if not line.startswith(_STAMP_MARK) or not line.endswith("-->\n"):
        return None, {}
    try:
        saved = _json.loads(line[len(_STAMP_MARK):-4])
    except ValueError:
        return None, {}
    if not isinstance(saved, dict) or not isinstance(saved.get("stamp"), str):
        return None, {}
    refused = saved.get("refused")
    return saved["stamp"], ({str(k): str(v) for k, v in refused.items()}
                            if isinstance(refused, dict) else {})


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
