"""Open a run directory written by vizlog: config, summary, history rows and media back.

This is the one place that reads older on-disk format versions (``run.json``
``format_version``); today there is version 1.
"""

from __future__ import annotations

import os
import socket
import warnings
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from vizlog import _json
from vizlog.errors import CorruptRecordWarning, VizlogError
from vizlog.media.registry import LIST_TYPES, REGISTRY
from vizlog.runlog.history import Corruption, read_records

__all__ = ["RunData", "flatten", "load_media", "open_run"]

SUPPORTED_FORMATS = (1,)


def is_descriptor(value: Any) -> bool:
    """True for a dict with a ``_type`` string (a media descriptor)."""
    return isinstance(value, Mapping) and isinstance(value.get("_type"), str)



def load_media(descriptor: Mapping[str, Any], run_dir: str | Path) -> Any:
    """The object a descriptor stands for: a Media object, or a list of them for list forms.

    Descriptors of types without a class (``histogram`` before it is registered, for example)
    come back as the dict itself.
    """
    type_name = descriptor.get("_type")
    if not isinstance(type_name, str):
        raise VizlogError(f"`descriptor` needs a '_type' string; got keys {sorted(descriptor)}.")
    if type_name in REGISTRY:
        return REGISTRY[type_name].from_descriptor(descriptor, run_dir)
    if type_name in LIST_TYPES:
        return LIST_TYPES[type_name].from_list_descriptor(descriptor, run_dir)
    return dict(descriptor)


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


class RunData:
    """A run directory opened for reading (see :func:`open_run`)."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.dir = Path(path).resolve()
        meta_path = self.dir / "run.json"
        if not meta_path.is_file():
            raise VizlogError(f"`path` must be a vizlog run directory (with run.json); got "
                              f"{str(self.dir)!r}.")
        self.meta: dict[str, Any] = _json.loads(meta_path.read_bytes())
        version = self.meta.get("format_version")
        if version not in SUPPORTED_FORMATS:
            raise VizlogError(f"run {self.dir} has format_version {version!r}; this vizlog reads "
                              f"{SUPPORTED_FORMATS}. Upgrade vizlog to read it.")
        self.corruptions: list[Corruption] = []
        self.history = self._read_history()
        summary_path = self.dir / "summary.json"
        if summary_path.is_file():
            self.summary: dict[str, Any] = _json.loads(summary_path.read_bytes())
        else:  # crashed or still running: the last value of each key, as the run would have
            self.summary = {}
            for row in self.history:
                self.summary.update(row)

    def _read_history(self) -> list[dict[str, Any]]:
        files = sorted((self.dir / "history").glob("*.rec"))
        keyed: list[tuple[tuple[Any, int, int], dict[str, Any]]] = []
        for fi, f in enumerate(files):
            rows, bad = read_records(f)
            for c in bad:
                warnings.warn(f"vizlog: skipped a corrupt history record in {c.file} at byte "
                              f"{c.offset}: {c.reason}", CorruptRecordWarning, stacklevel=3)
            self.corruptions.extend(bad)
            keyed.extend(((r.get("_step", 0), fi, i), r) for i, r in enumerate(rows))
        keyed.sort(key=lambda kr: kr[0])
        return [r for _, r in keyed]

    @property
    def config(self) -> dict[str, Any]:
        return dict(self.meta.get("config") or {})

    @property
    def id(self) -> str:
        return str(self.meta.get("id"))

    @property
    def name(self) -> str:
        return str(self.meta.get("name"))

    @property
    def state(self) -> str:
        """``running``, ``finished``, ``failed``, or ``crashed`` (running, but its process on this
        host is gone)."""
        state = str(self.meta.get("state"))
        if state == "running" and self.meta.get("host") == socket.gethostname():
            pid = self.meta.get("pid")
            if isinstance(pid, int) and not _pid_alive(pid):
                return "crashed"
        return state

    def rows(self, key: str | None = None) -> Iterator[dict[str, Any]]:
        """History rows in step order; with ``key``, only rows that have it."""
        for row in self.history:
            if key is None or key in row:
                yield row

    def scalars(self) -> Any:
        """Numeric and boolean history values as a ``pyarrow.Table`` (one column per flattened
        key ``a/b``, null where a row lacks it; NaN/inf kept)."""
        import pyarrow as pa

        columns: dict[str, list[Any]] = {}
        n = len(self.history)
        for i, row in enumerate(self.history):
            for key, value in flatten(row):
                if (isinstance(value, (int, float)) and not isinstance(value, bool)) or \
                        isinstance(value, bool):
                    col = columns.get(key)
                    if col is None:
                        col = columns[key] = [None] * n
                    col[i] = value
        arrays = {}
        for key in sorted(columns):
            vals = columns[key]
            present = [v for v in vals if v is not None]
            if all(isinstance(v, bool) for v in present):
                arrays[key] = pa.array(vals, type=pa.bool_())
            elif all(isinstance(v, int) and not isinstance(v, bool) for v in present) and \
                    all(-(2**63) <= v < 2**63 for v in present):
                arrays[key] = pa.array(vals, type=pa.int64())
            else:
                arrays[key] = pa.array([None if v is None else float(v) for v in vals],
                                       type=pa.float64())
        return pa.table(arrays)

    def media(self, key: str) -> list[tuple[int, Any]]:
        """``[(step, object), ...]`` for every row where ``key`` (``a/b`` for nested) holds
        a media descriptor."""
        out = []
        for row in self.history:
            value = _get_path(row, key)
            if is_descriptor(value):
                out.append((int(row.get("_step", -1)), load_media(value, self.dir)))
        return out

    def load(self, descriptor: Mapping[str, Any]) -> Any:
        """The object one descriptor of this run stands for."""
        return load_media(descriptor, self.dir)

    def verify(self) -> list[str]:
        """Check every file a descriptor references: it exists and its sha256/size match.
        Returns a list of problems (empty when all is well)."""
        import hashlib

        problems = []
        for row in [*self.history, self.summary]:
            for _, d in _descriptors(row):
                rel = d.get("path")
                if not isinstance(rel, str):
                    continue
                path = (self.dir / rel).resolve()
                if self.dir not in path.parents:
                    problems.append(f"{rel}: outside the run directory")
                    continue
                if not path.is_file():
                    problems.append(f"{rel}: missing")
                    continue
                data = path.read_bytes()
                if "size" in d and len(data) != d["size"]:
                    problems.append(f"{rel}: size {len(data)} != {d['size']}")
                if "sha256" in d and hashlib.sha256(data).hexdigest() != d["sha256"]:
                    problems.append(f"{rel}: sha256 mismatch")
        return sorted(set(problems))

    def __repr__(self) -> str:
        return f"<vizlog.RunData {self.id} {self.state} rows={len(self.history)}>"


def flatten(row: Mapping[str, Any], prefix: str = "") -> Iterator[tuple[str, Any]]:
    """``(key, value)`` pairs of a history row, nested dicts joined as ``a/b``; descriptors are
    leaves."""
    for k, v in row.items():
        key = f"{prefix}{k}"
        if isinstance(v, Mapping) and not is_descriptor(v):
            yield from flatten(v, key + "/")
        else:
            yield key, v


def _get_path(row: Mapping[str, Any], key: str) -> Any:
    if key in row:
        return row[key]
    node: Any = row
    for part in key.split("/"):
        if not isinstance(node, Mapping) or part not in node:
            return None
        node = node[part]
    return node


def _descriptors(value: Any, depth: int = 0) -> Iterator[tuple[int, Mapping[str, Any]]]:
    if isinstance(value, Mapping):
        if is_descriptor(value):
            yield depth, value
        for v in value.values():
            yield from _descriptors(v, depth + 1)
    elif isinstance(value, list):
        for v in value:
            yield from _descriptors(v, depth + 1)


def open_run(path: str | os.PathLike[str]) -> RunData:
    """Open the run directory at ``path`` for reading."""
    return RunData(path)

