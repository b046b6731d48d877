"""``run.save()``: copy files into the run's ``files/`` folder, safely.

Only regular files are copied; symlinks (to files or folders, the base folder included) are never
followed and are listed as skipped, as are FIFOs, sockets, devices and files over ``max_bytes``.
Two matches that would get the same name (files outside ``base_path`` keep only their file name)
are never written over each other: the first in sorted order is saved, the others are skipped.
Names are kept relative to ``base_path`` (default: the folder of the pattern's first wildcard-free
part) and every target is checked to stay inside ``files/``. Each copy is written to a temporary
name and renamed.
"""

from __future__ import annotations

import glob
import os
import stat
from dataclasses import dataclass, field
from pathlib import Path

from vizlog.errors import UsageError
from vizlog.store import Store

__all__ = ["SaveReport", "save_files"]

MAX_FILE_BYTES = 1 << 30
MAX_FILES = 10_000


@dataclass
class SaveReport:
    """What ``save()`` copied (run-relative paths) and what it skipped, with the reason."""

    saved: list[str] = field(default_factory=list)
    skipped: dict[str, str] = field(default_factory=dict)


def _base_of(pattern: str) -> Path:
    parts = Path(pattern).parts
    fixed = []
    for part in parts:
        if glob.has_magic(part):
            break
        fixed.append(part)
    base = Path(*fixed) if fixed else Path(".")
    return base if base.is_dir() and fixed != list(parts) else base.parent


def _linked_dirs(folder: Path, start: int) -> bool:
    """True when ``folder`` or one of its ancestors from the ``start``-th part on (as written,
    not resolved) is a symlink: a symlinked folder is never followed."""
    parts = folder.parts
    return any(Path(*parts[:i]).is_symlink() for i in range(max(start, 1), len(parts) + 1))


def save_files(store: Store, pattern: str | os.PathLike[str],
               base_path: str | os.PathLike[str] | None = None,
               max_bytes: int = MAX_FILE_BYTES) -> SaveReport:
    """Copy the regular files matching ``pattern`` (a path or a glob) into ``files/``."""
    text = os.fspath(pattern)
    if not isinstance(text, str) or not text:
        raise UsageError(f"`glob_str` must be a non-empty path or glob; got {pattern!r}.")
    base = Path(os.fspath(base_path)) if base_path is not None else _base_of(text)
    base_abs = Path(os.path.abspath(base))
    report = SaveReport()
    matches = sorted(glob.glob(text, recursive=True))
    if not matches:
        raise UsageError(f"`glob_str` {text!r} matches no file; pass an existing path or a glob "
                          "that matches something.")
    pattern_base = _base_of(text)
    fixed = len(Path(os.path.abspath(pattern_base)).parts)
    base_linked = any(b.is_symlink() or (not b.is_absolute() and _linked_dirs(b, 0))
                      for b in {base, pattern_base})
    sources: dict[str, str] = {}
    for name in matches[:MAX_FILES]:
        if base_linked or _linked_dirs(Path(os.path.abspath(name)).parent, fixed):
            report.skipped[name] = "inside a symlinked folder (never followed)"
            continue
        src = Path(os.path.abspath(name))
        try:
            st = os.lstat(src)
        except OSError as exc:
            report.skipped[name] = f"cannot stat: {exc.strerror}"
            continue
        if stat.S_ISLNK(st.st_mode):
            report.skipped[name] = "symlink (never followed)"
            continue
        if stat.S_ISDIR(st.st_mode):
            continue
        if not stat.S_ISREG(st.st_mode):
            report.skipped[name] = "not a regular file"
            continue
        if st.st_size > max_bytes:
            report.skipped[name] = f"{st.st_size} bytes, over max_bytes={max_bytes}"
            continue
        try:
            rel = src.relative_to(base_abs)
        except ValueError:
            rel = Path(src.name)
        if any(part in ("..", "") for part in rel.parts):
            report.skipped[name] = "outside base_path"
            continue
        if any(Path(base_abs, *rel.parts[:i]).is_symlink() for i in range(1, len(rel.parts))):
            report.skipped[name] = "inside a symlinked folder (never followed)"
            continue
        target = f"files/{rel.as_posix()}"
        if target in sources:
            report.skipped[name] = (f"same name as {sources[target]!r} ({target}); files outside "
                                    "base_path keep only their names, so pass a base_path that "
                                    "holds both to keep their folders apart")
            continue
        sources[target] = name
        flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0)
        fd = os.open(src, flags)
        with os.fdopen(fd, "rb") as fh:
            data = fh.read(max_bytes + 1)
        store.put_file(target, data)
        report.saved.append(target)
    for name in matches[MAX_FILES:]:
        report.skipped[name] = f"more than {MAX_FILES} files matched"
    return report
