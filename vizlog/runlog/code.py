"""``run.log_code()`` and ``run.restore()``: source files into the run, files back out of a run.

``log_code(root, name, include_fn, exclude_fn)`` copies the regular files under ``root`` that
``include_fn(path, root)`` accepts (default: ``*.py``) and ``exclude_fn`` does not (default:
anything under a folder named ``.git``, ``.venv``, ``venv``, ``__pycache__``, ``node_modules``,
or the run root itself) into ``code/<name>/``, keeping their relative paths. Symlinks are never
followed; files that ``root``'s ``.gitignore`` ignores are left out (through the ``pathspec``
package, gitignore's own rules: the ``code`` extra, loaded only when a ``.gitignore`` exists).

``restore(name, run_path, replace, root)`` finds ``files/<name>`` in this run or another local
run (a run folder, or ``entity/project/id`` / ``id`` looked up under this run's root folder),
copies it to ``root`` (default: this run's folder) unless it is there and ``replace`` is false,
and returns it open for reading.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Callable
from pathlib import Path
from typing import IO, Any

from vizlog.errors import UsageError, VizlogError, bad_argument
from vizlog.read import open_run
from vizlog.store import Store, check_key

__all__ = ["log_code", "restore"]

MAX_FILE_BYTES = 64 << 20
MAX_FILES = 20_000
_SKIP_DIRS = {".git", ".hg", ".svn", ".venv", "venv", "__pycache__", "node_modules", ".tox",
              ".mypy_cache", ".ruff_cache", ".pytest_cache", "vizlog-runs", "wandb"}


def _default_include(path: str, root: str) -> bool:
    return path.endswith(".py")


def _gitignore(root: Path) -> Callable[[str], bool]:
    """A matcher of root's .gitignore (relative posix paths), or one that ignores nothing."""
    ignore = root / ".gitignore"
    if not ignore.is_file():
        return lambda rel: False
    try:
        import pathspec
    except ImportError as exc:
        raise VizlogError("run.log_code() needs the 'pathspec' package to honour the "
                          f".gitignore in {root}: `pip install 'vizlog[code]'`.") from exc
    spec = pathspec.GitIgnoreSpec.from_lines(ignore.read_text(encoding="utf-8").splitlines())
    return lambda rel: bool(spec.match_file(rel))


def log_code(store: Store, root: str | os.PathLike[str] = ".", name: str | None = None,
             include_fn: Callable[..., bool] | None = None,
             exclude_fn: Callable[..., bool] | None = None,
             run_dir: str | None = None) -> list[str]:
    """Copy source files under ``root`` into ``code/<name>/``; their run-relative paths."""
    base = Path(os.path.abspath(os.fspath(root)))
    if not base.is_dir():
        raise UsageError(bad_argument("root", "an existing folder", f"<{base}>"))
    label = name or "source"
    check_key(label, "name")
    include = include_fn or _default_include
    ignored = _gitignore(base)
    skip_root = os.path.abspath(run_dir) if run_dir else None
    saved: list[str] = []
    for dirpath, dirnames, filenames in os.walk(base):  # never follows symlinked folders
        here = Path(dirpath)
        dirnames[:] = sorted(d for d in dirnames if d not in _SKIP_DIRS and not (
            here / d).is_symlink() and str(here / d) != skip_root and
            not ignored((here / d).relative_to(base).as_posix() + "/"))
        for fname in sorted(filenames):
            full = here / fname
            rel = full.relative_to(base).as_posix()
            st = os.lstat(full)
            if not stat.S_ISREG(st.st_mode) or st.st_size > MAX_FILE_BYTES or ignored(rel):
                continue
            if not _call(include, str(full), str(base)) or (
                    exclude_fn is not None and _call(exclude_fn, str(full), str(base))):
                continue
            fd = os.open(full, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
            with os.fdopen(fd, "rb") as fh:
                data = fh.read(MAX_FILE_BYTES + 1)
            target = f"code/{label}/{rel}"
            store.put_file(target, data)
            saved.append(target)
            if len(saved) >= MAX_FILES:
                return sorted(saved)
    return sorted(saved)


def _call(fn: Callable[..., bool], path: str, root: str) -> bool:
    """wandb's include/exclude functions take ``(path, root)``; one-argument ones work too."""
    try:
        return bool(fn(path, root))
    except TypeError:
        return bool(fn(path))


def _find_run(run_path: str, runs_root: Path) -> Any:
    if "://" in run_path:  # a run in object storage (or any URL open_run reads)
        return open_run(run_path)
    candidate = Path(run_path)
    if (candidate / "run.json").is_file():
        return open_run(candidate)
    run_id = run_path.rstrip("/").split("/")[-1]
    if (runs_root / run_id / "run.json").is_file():
        return open_run(runs_root / run_id)
    raise UsageError(f"`run_path` {run_path!r} names no local run: pass a run folder or a run "
                     f"id under {runs_root}.")


def restore(name: str, source: Any, dest_root: Path, replace: bool = False) -> IO[str]:
    """Copy ``files/<name>`` of the run ``source`` (RunData) into ``dest_root``; open it."""
    if not isinstance(name, str) or not name:
        raise UsageError(bad_argument("name", "the name of a file saved with run.save()", name))
    key = check_key(f"files/{name}", "name")
    try:
        data = source.backend.get(key)
    except FileNotFoundError:
        raise UsageError(f"file {name!r} was not saved in run {source.id}; saved files are: "
                         f"{[k[6:] for k in source.backend.list('files')][:20]}.") from None
    target = dest_root / name
    if replace or not target.exists():
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_name(f".tmp-{target.name}")
        tmp.write_bytes(data)
        os.replace(tmp, target)
    return open(target, encoding="utf-8")
