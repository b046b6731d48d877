"""A whole run folder as a golden case, with what changes from run to run masked.

:func:`collect_run` reads the run through :func:`vizlog.read.open_run` and gives

* ``descriptor.json``: ``{"run": run.json, "history": [rows], "summary": summary.json}`` where
  run-specific values are replaced by ``"<masked>"``: the keys in :data:`MASKED_KEYS` (times,
  runtimes, ids, hosts, pids, the vizlog version) and any ``mask=`` keys, wherever they appear;
  the run id inside any other string becomes ``<id>``; in every media descriptor ``path`` is the
  golden file name and ``sha256``/``size`` are masked (they follow the bytes, which may change
  with zlib or ffmpeg; the files themselves are compared below);
* every file of the run except ``run.json``, ``summary.json`` and ``history/``, named by its
  path with the content hash taken out (``media/images/img_0_<hash>.png`` ->
  ``media/images/img_0.png``; a second file of one key and step gets ``-1``, in the order the
  history refers to them), each compared as its extension says.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from vizlog.golden.outputs import Outputs

__all__ = ["MASKED_KEYS", "collect_run", "stable_name"]

#: Keys whose values differ between two runs of the same code.
MASKED_KEYS = frozenset({
    "_timestamp", "_runtime", "_wall_time", "started_at", "finished_at", "updated_at",
    "heartbeat_at", "created_at", "host", "hostname", "pid", "id", "run_id", "vizlog_version",
    "python_version", "platform", "user", "username", "cwd", "dir", "root", "git", "commit",
})
MASK = "<masked>"
_HASH = re.compile(r"_[0-9a-f]{16,64}(?=\.)")


def stable_name(path: str) -> str:
    """``path`` without the content hash a run puts in media file names."""
    return _HASH.sub("", path, count=1)


def _media_paths(value: Any) -> Iterable[str]:
    if isinstance(value, dict):
        if isinstance(value.get("_type"), str) and isinstance(value.get("path"), str):
            yield value["path"]
        for v in value.values():
            yield from _media_paths(v)
    elif isinstance(value, list):
        for v in value:
            yield from _media_paths(v)


def _cell_paths(data: bytes) -> list[str]:
    """Paths referenced by the media cells of an Arrow file, in row order."""
    import json

    from vizlog.golden.arrays import read_arrow

    try:
        table = read_arrow(data)
    except Exception:  # not readable as Arrow: it holds no cells
        return []
    out: list[str] = []
    for i, f in enumerate(table.schema):
        if (f.metadata or {}).get(b"vizlog.encoding") != b"media":
            continue
        for v in table.column(i).to_pylist():
            try:
                d = json.loads(v) if isinstance(v, str) else None
            except ValueError:
                d = None
            out.extend(_media_paths(d))
    return out


_GENERATED_NAME = re.compile(r"^[a-z]+-[a-z]+-[1-9][0-9]*$")


def _mask(value: Any, keys: frozenset[str], run_id: str, names: dict[str, str]) -> Any:
    if isinstance(value, dict):
        out = {}
        media = isinstance(value.get("_type"), str)
        for k, v in value.items():
            if k in keys:
                out[k] = MASK
            elif k == "name" and isinstance(v, str) and _GENERATED_NAME.match(v):
                out[k] = "<generated name>"  # adjective-noun-N, random per run
            elif media and k == "path" and isinstance(v, str):
                out[k] = names.get(v, stable_name(v))
            elif media and k in ("sha256", "size"):
                out[k] = MASK
            else:
                out[k] = _mask(v, keys, run_id, names)
        return out
    if isinstance(value, list):
        return [_mask(v, keys, run_id, names) for v in value]
    if isinstance(value, str) and value in names:
        return names[value]
    if isinstance(value, str) and run_id and run_id in value:
        return value.replace(run_id, "<id>")
    return value


def collect_run(path: str | os.PathLike[str], mask: Iterable[str] = ()) -> Outputs:
    """The golden content of the run folder at ``path`` (see the module docstring)."""
    from vizlog.read import open_run

    data = open_run(path)
    root = Path(data.dir)
    run_id = str(data.meta.get("id") or "")
    keys = MASKED_KEYS | frozenset(mask)
    # the files, in the order the history (then the summary, then the tables) names them
    ordered: list[str] = []
    for value in (data.history, data.summary):
        ordered.extend(p for p in _media_paths(value) if p not in ordered)
    i = 0
    while i < len(ordered):  # tables may name cell files; those are added as they are found
        rel = ordered[i]
        if rel.endswith(".arrow") and (root / rel).is_file():
            ordered.extend(p for p in _cell_paths((root / rel).read_bytes()) if p not in ordered)
        i += 1
    skip = {"run.json", "summary.json"}
    rest = sorted(p.relative_to(root).as_posix() for p in root.rglob("*")
                  if p.is_file() and not p.is_symlink())
    ordered.extend(p for p in rest if p not in ordered and p not in skip
                   and not p.startswith("history/"))
    names: dict[str, str] = {}
    taken: set[str] = {"descriptor.json"}
    for rel in ordered:
        name = stable_name(rel)
        stem, dot, ext = _split(name)
        n = 0
        while name in taken:
            n += 1
            name = f"{stem}-{n}{dot}{ext}"
        taken.add(name)
        names[rel] = name
    out = Outputs()
    for rel, name in names.items():
        if (root / rel).is_file():
            out.add(name, (root / rel).read_bytes())
    out.descriptor = {"run": _mask(data.meta, keys, run_id, names),
                      "history": _mask(data.history, keys, run_id, names),
                      "summary": _mask(data.summary, keys, run_id, names)}
    if data.meta.get("name") == run_id:
        out.descriptor["run"]["name"] = "<id>"
    return out


def _split(name: str) -> tuple[str, str, str]:
    folder, _, base = name.rpartition("/")
    stem, dot, ext = base.partition(".")
    return (f"{folder}/{stem}" if folder else stem), dot, ext
