"""Open a run written by vizlog: config, summary, history rows and media back.

Everything is read through the storage interface (a local folder, a ``file://`` or ``memory://``
URL, or a backend), and every path taken from a record or descriptor goes through one function,
:func:`vizlog.store.check_key`, then the backend's own containment check: ``..``, absolute paths,
symlinks that leave the run and device files are refused with
:class:`~vizlog.errors.UnsafePathError`, so a run folder from someone else cannot make vizlog open
a file outside it. This is the one place that reads older format versions
(:mod:`vizlog.format` lists them).
"""

from __future__ import annotations

import hashlib
import os
import socket
import warnings
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any, BinaryIO

from vizlog import _json, registry
from vizlog.errors import CorruptRecordWarning, MediaError, UnsafePathError, VizlogError
from vizlog.format import (
    HISTORY_DIR,
    HISTORY_EXT,
    RANK_KEY,
    RUN_FORMATS_READ,
    RUN_JSON,
    SUMMARY_JSON,
    Corruption,
    History,
    history_chunk_stream,
    parse_records,
    parse_records_from,
)
from vizlog.protocol import RunFiles
from vizlog.store import Backend, check_key, open_backend

__all__ = ["HistoryFollower", "RunData", "RunFilesReader", "column_name", "flatten",
           "is_descriptor", "load_descriptor", "open_run"]

#: The largest JSON file (run.json, summary.json, a chart spec) read back.
MAX_JSON_BYTES = 256 << 20


def is_descriptor(value: Any) -> bool:
    """True for a dict with a ``_type`` string (a media descriptor)."""
    return isinstance(value, Mapping) and isinstance(value.get("_type"), str)


class RunFilesReader:
    """The :class:`~vizlog.protocol.RunFiles` of one run: what ``from_descriptor`` reads through.

    Every path is checked by :func:`~vizlog.store.check_key` and resolved by the backend inside
    the run; nested descriptors are loaded through :mod:`vizlog.registry`.
    """

    def __init__(self, backend: Backend) -> None:
        self.backend = backend

    def read_bytes(self, relpath: str, max_bytes: int | None = None) -> bytes:
        return self.backend.get(check_key(relpath), max_bytes=max_bytes)

    def open(self, relpath: str) -> BinaryIO:
        return self.backend.open_read(check_key(relpath))

    def local_path(self, relpath: str) -> str | None:
        return self.backend.local_path(check_key(relpath))

    def media_class(self, type_name: str) -> type[Any] | None:
        return registry.lookup(type_name)

    def load(self, descriptor: Mapping[str, Any]) -> Any:
        """The object a descriptor stands for (see :func:`load_descriptor`)."""
        return load_descriptor(descriptor, self, "the run")


def load_descriptor(descriptor: Mapping[str, Any], files: RunFiles, where: str) -> Any:
    """The object a descriptor stands for, its files read through ``files`` (``where`` names
    their home in messages: "the run", "the artifact"): a media object, a list of them for list
    forms, or the descriptor itself (a dict) for a ``_type`` no registered class reads."""
    type_name = descriptor.get("_type")
    if not isinstance(type_name, str):
        raise VizlogError(f"`descriptor` needs a '_type' string; got keys "
                          f"{sorted(map(str, descriptor))[:20]}.")
    cls = registry.lookup(type_name)
    if cls is None:
        return dict(descriptor)
    try:
        if registry.is_list_type(type_name):
            return cls.from_list_descriptor(descriptor, files)
        return cls.from_descriptor(descriptor, files)
    except VizlogError:
        raise
    except FileNotFoundError as exc:
        raise MediaError(f"a {type_name!r} descriptor names a file that is not in {where} "
                         f"({str(exc)[:200]}); {where} is incomplete.") from None
    except Exception as exc:  # a forged or damaged descriptor, or a damaged file
        raise MediaError(f"a {type_name!r} descriptor cannot be read back "
                         f"({type(exc).__name__}: {str(exc)[:200]}); the descriptor or its "
                         f"file is damaged. Check {where} with `verify()`.") from None


def pid_alive(pid: int) -> bool:
    """True unless process ``pid`` (on this host) is known to be gone."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OverflowError, ValueError):
        return True
    return True


def _read_json(backend: Backend, key: str, where: str) -> Any:
    try:
        raw = backend.get(key, max_bytes=MAX_JSON_BYTES)
    except FileNotFoundError:
        raise VizlogError(f"{where}: {key} is missing; this is not a complete vizlog run.") \
            from None
    try:
        return _json.loads(raw)
    except (ValueError, RecursionError) as exc:
        raise VizlogError(f"{where}: {key} is damaged ({str(exc)[:200]}); it must be one strict "
                          "JSON object as vizlog writes it. Restore it from a copy, or delete "
                          "the run.") from None


class RunData:
    """A run opened for reading (see :func:`open_run`)."""

    def __init__(self, path: str | os.PathLike[str] | Backend, *,
                 follow: HistoryFollower | None = None) -> None:
        """``follow``: take the history from a :class:`HistoryFollower` kept between opens of
        the same run (only bytes appended since its last read are parsed)."""
        self.backend = open_backend(path, "path")
        local = self.backend.local_path()
        #: the run folder (a ``Path`` for a local run, else the backend's URL)
        self.dir: Any = Path(local) if local is not None else self.backend.url
        where = str(self.dir)
        if not self.backend.exists(RUN_JSON):
            raise VizlogError(f"`path` must be a vizlog run folder (with {RUN_JSON}); got "
                              f"{where!r}.")
        meta = _read_json(self.backend, RUN_JSON, where)
        if not isinstance(meta, dict):
            raise VizlogError(f"{where}: {RUN_JSON} must hold a JSON object; got "
                              f"{type(meta).__name__}. The run folder is damaged.")
        self.meta: dict[str, Any] = meta
        version = meta.get("format_version")
        if version not in RUN_FORMATS_READ:
            raise VizlogError(f"{where}: {RUN_JSON} has format_version {version!r}; this vizlog "
                              f"reads {RUN_FORMATS_READ}. Upgrade vizlog to read it.")
        self.files = RunFilesReader(self.backend)
        self.corruptions: list[Corruption] = []
        #: history format version of each history file read
        self.history_versions: dict[str, int] = {}
        #: paths that were refused (outside the run, not regular files, ...), with the reason
        self.refused: dict[str, str] = {}
        self.history = self._read_history() if follow is None else follow.read(self)
        self._has_summary_file = self.backend.exists(SUMMARY_JSON)
        summary = _read_json(self.backend, SUMMARY_JSON, where) if self._has_summary_file \
            else None
        if isinstance(summary, dict):
            self.summary: dict[str, Any] = summary
        else:  # crashed or still running: the last value of each key, as the run would have
            self.summary = {}
            ranks = meta.get("ranks")
            primary = ranks.get("primary", 0) if isinstance(ranks, dict) else 0
            for row in self.history:
                if row.get(RANK_KEY, 0) == primary:  # the primary rank's, as it would write it
                    self.summary.update(row)

    def _read_history(self) -> list[dict[str, Any]]:
        """Every history file's rows, merged by step; a chunked stream's rows (version 3) in
        chunk order. Ties: by rank (``_rank``), then stream name, chunk and position."""
        names = [k for k in self.backend.list(HISTORY_DIR) if k.endswith(HISTORY_EXT)]
        keyed: list[tuple[tuple[int, int, str, int, int], dict[str, Any]]] = []
        chunks: dict[str, list[int]] = {}  # chunked stream -> chunk numbers found
        for name, data in _fetch(self.backend, names):
            if isinstance(data, UnsafePathError):
                self.refused[name] = str(data)
                continue
            if isinstance(data, FileNotFoundError):  # deleted between list and get
                continue
            found = parse_records(data, name)
            self.history_versions[name] = found.version
            self.corruptions.extend(found.corruptions)
            order = _file_order(found, name)
            if found.chunk is not None:
                chunks.setdefault(order[1], []).append(found.chunk)
            _mark_rank(found.rows, found.rank)
            keyed.extend(((_step_of(r), *order, i), r) for i, r in enumerate(found.rows))
        for stream, numbers in sorted(chunks.items()):
            missing = sorted(set(range(max(numbers) + 1)) - set(numbers))
            if missing:
                shown = ", ".join(map(str, missing[:10])) + (" ..." if len(missing) > 10 else "")
                self.corruptions.append(Corruption(stream, 0, f"history chunks {shown} of this "
                                                   "stream are missing (deleted or not copied)"))
        for c in self.corruptions:
            warnings.warn(f"vizlog: skipped a corrupt history record in {c.file} at byte "
                          f"{c.offset}: {c.reason}", CorruptRecordWarning, stacklevel=3)
        keyed.sort(key=lambda kr: kr[0])
        return [r for _, r in keyed]

    @property
    def config(self) -> dict[str, Any]:
        config = self.meta.get("config")
        return dict(config) if isinstance(config, dict) else {}

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
            if isinstance(pid, int) and not isinstance(pid, bool) and pid > 0 and \
                    not pid_alive(pid):
                return "crashed"
        return state

    def rows(self, key: str | None = None) -> Iterator[dict[str, Any]]:
        """History rows in step order (then rank: the rows of a distributed job's ranks carry
        ``_rank``); with ``key``, only rows that have it."""
        for row in self.history:
            if key is None or key in row:
                yield row

    def scalars(self) -> Any:
        """Numeric and boolean history values as a ``pyarrow.Table``: one column per value,
        null where a row lacks it; NaN/inf kept.

        Column names are one-to-one with the values' key paths (:func:`column_name`): a
        top-level key keeps its name (``"train/loss"`` stays ``train/loss``), nested dicts are
        joined with ``/`` (``{"a": {"b": 1}}`` is ``a/b``), and ``~`` and a ``/`` inside a
        nested key are escaped as ``~0`` and ``~1``; when a nested path and a top-level key
        would share a name (``{"a/b": 1}`` and ``{"a": {"b": 2}}``), both are kept and the
        nested one gets the suffix ``~n``."""
        import pyarrow as pa

        columns: dict[str, list[Any]] = {}
        n = len(self.history)
        top_level = {column_name((k,)) for row in self.history for k in row}
        for i, row in enumerate(self.history):
            for path, value in _flatten_paths(row):
                key = column_name(path, top_level)
                if isinstance(value, (int, float)):
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
        a media descriptor. A descriptor whose file is refused raises
        :class:`~vizlog.errors.UnsafePathError`."""
        out = []
        for row in self.history:
            value = _get_path(row, key)
            if is_descriptor(value):
                out.append((_step_of(row), self.load(value)))
        return out

    def load(self, descriptor: Mapping[str, Any]) -> Any:
        """The object one descriptor of this run stands for (see
        :meth:`RunFilesReader.load`); a refused path is recorded in :attr:`refused`."""
        try:
            return self.files.load(descriptor)
        except UnsafePathError as exc:
            self.refused[str(descriptor.get("path"))[:300]] = str(exc)
            raise

    def verify(self) -> list[str]:
        """Check every file a descriptor references (inside the run, a regular file, the sha256
        and size it was written with) and that the history holds the steps the summary names.
        Returns a sorted list of problems (empty when all is well)."""
        problems = [f"{c.file}: corrupt record at byte {c.offset} ({c.reason})"
                    for c in self.corruptions]
        problems += [f"{k}: refused ({v})" for k, v in self.refused.items()]
        for row in [*self.history, self.summary]:
            for _, d in _descriptors(row):
                problems.extend(self._check_file(d))
        problems.extend(self._history_gaps())
        return sorted(set(problems))

    def _history_gaps(self) -> list[str]:
        """Steps the summary says were logged that the history does not hold."""
        out = []
        if not self.history_versions and not self.refused:
            out.append(f"{HISTORY_DIR}/: missing (the run's records are gone)")
        claimed = self.summary.get("_step") if self._has_summary_file else None
        steps = [s for s in (_step_of(r) for r in self.history) if s >= 0]
        last = max(steps) if steps else None
        if isinstance(claimed, int) and not isinstance(claimed, bool) and \
                (last is None or last < claimed):
            out.append(f"{SUMMARY_JSON} says step {claimed} was logged; the history "
                       f"{'has no rows' if last is None else f'ends at step {last}'}")
        return out

    @property
    def alerts(self) -> list[dict[str, Any]]:
        """The run's alerts (``run.alert()``), oldest first."""
        if not self.backend.exists("alerts.json"):
            return []
        try:
            items = _json.loads(self.backend.get("alerts.json", max_bytes=MAX_JSON_BYTES))
        except (ValueError, RecursionError):
            return []
        return [a for a in items if isinstance(a, dict)] if isinstance(items, list) else []

    def _check_file(self, d: Mapping[str, Any]) -> list[str]:
        rel = d.get("path")
        if rel is None:
            return []
        try:
            key = check_key(rel)
            size = self.backend.size(key)
        except UnsafePathError as exc:
            return [f"{str(rel)[:200]}: refused ({exc})"]
        if size is None:
            return [f"{rel}: missing"]
        out = []
        if isinstance(d.get("size"), int) and size != d["size"]:
            out.append(f"{rel}: size {size} != {d['size']}")
        if isinstance(d.get("sha256"), str):
            digest = hashlib.sha256()
            with self.backend.open_read(key) as fh:
                for chunk in iter(lambda: fh.read(1 << 20), b""):
                    digest.update(chunk)
            if digest.hexdigest() != d["sha256"]:
                out.append(f"{rel}: sha256 mismatch")
        return out

    def __repr__(self) -> str:
        return f"<vizlog.RunData {self.id} {self.state} rows={len(self.history)}>"

    def _repr_mimebundle_(self, include: Any = None, exclude: Any = None) -> dict[str, Any]:
        """Jupyter display: the run's card (metrics, latest media, summary, config), as
        self-contained, script-free HTML (see :mod:`vizlog.notebook`)."""
        from vizlog.protocol import notebook_bundle

        return notebook_bundle(self)


class HistoryFollower:
    """Reads a run's history again and again, parsing only what was appended since the last read
    (``vizlog view --watch``): pass it to ``RunData(path, follow=...)`` each time.

    Per history file it keeps the offset :func:`~vizlog.format.parse_records_from` returned and
    the rows so far; a file that shrank (replaced) is read again from the start. After each read,
    :attr:`new_rows` holds the rows added by it, and :attr:`reordered` is True when some of them
    sort before rows seen earlier (a history file appeared or went; also on the first read), so a
    consumer folding rows one batch at a time must start over from ``RunData.history``.
    :attr:`parsed_bytes` counts every byte parsed so far."""

    def __init__(self) -> None:
        self.offsets: dict[str, int] = {}
        self.parsed_bytes = 0
        self.new_rows: list[dict[str, Any]] = []
        self.reordered = False
        self._rows: dict[str, list[dict[str, Any]]] = {}
        self._versions: dict[str, int] = {}
        self._corruptions: dict[str, list[Corruption]] = {}
        self._merged: list[tuple[tuple[int, int, str, int, int], dict[str, Any]]] = []
        self._names: list[str] = []
        #: per file: where its rows sort among other files' (rank, stream, chunk), and its rank
        self._order: dict[str, tuple[tuple[int, str, int], int | None]] = {}

    def _tail(self, run: RunData, name: str) -> bytes | None:
        """The bytes of ``name`` from its saved offset on (None when refused)."""
        start = self.offsets.get(name, 0)
        try:
            size = run.backend.size(name)
            if size is not None and size < start:  # replaced by a shorter file
                start = 0
                self.offsets[name] = 0
                self._rows[name], self._corruptions[name] = [], []
            with run.backend.open_read(name) as fh:
                if start:
                    fh.seek(start)
                return fh.read()
        except UnsafePathError as exc:
            run.refused[name] = str(exc)
            return None

    def read(self, run: RunData) -> list[dict[str, Any]]:
        """Every row of ``run``'s history in step order (as ``RunData`` reads them), parsing only
        new bytes; fills ``run.corruptions`` and ``run.history_versions``."""
        names = [k for k in run.backend.list(HISTORY_DIR) if k.endswith(HISTORY_EXT)]
        added: list[tuple[tuple[int, int, str, int, int], dict[str, Any]]] = []
        reset = names != self._names  # a file appeared or went: the merge order changes
        self._names = names
        for name in names:
            start = self.offsets.get(name, 0)
            data = self._tail(run, name)
            if data is None:
                continue
            if self.offsets.get(name, 0) != start:  # started over
                reset = True
                start = 0
            found, end = parse_records_from(data, name, start)
            self.parsed_bytes += len(data)
            self.offsets[name] = end
            if start == 0:
                self._versions[name] = found.version
                self._order[name] = (_file_order(found, name), found.rank)
            order, rank = self._order[name]
            _mark_rank(found.rows, rank)
            known = self._corruptions.setdefault(name, [])
            seen = {c.offset for c in known}
            for c in found.corruptions:
                if c.offset in seen:  # a corrupt tail read again
                    continue
                warnings.warn(f"vizlog: skipped a corrupt history record in {c.file} at byte "
                              f"{c.offset}: {c.reason}", CorruptRecordWarning, stacklevel=3)
                known.append(c)
            rows = self._rows.setdefault(name, [])
            added.extend(((_step_of(r), *order, len(rows) + i), r)
                         for i, r in enumerate(found.rows))
            rows.extend(found.rows)
        for name in [n for n in self._rows if n not in names]:
            del self._rows[name]
            self.offsets.pop(name, None)
            self._order.pop(name, None)
        added.sort(key=lambda kr: kr[0])
        if reset:
            self._merged = sorted((((_step_of(r), *self._order[n][0], i), r) for n in names
                                   if n in self._order
                                   for i, r in enumerate(self._rows.get(n, []))),
                                  key=lambda kr: kr[0])
            self.reordered = True
        elif added and self._merged and added[0][0] < self._merged[-1][0]:
            self._merged = sorted(self._merged + added, key=lambda kr: kr[0])
            self.reordered = True
        else:
            self._merged.extend(added)
            self.reordered = False
        self.new_rows = [r for _, r in added]
        run.history_versions.update({n: v for n, v in self._versions.items() if n in names})
        run.corruptions.extend(c for n in names for c in self._corruptions.get(n, []))
        return [r for _, r in self._merged]


def _file_order(found: History, name: str) -> tuple[int, str, int]:
    """Where the rows of one history file sort among other files' rows of the same step:
    ``(rank, stream, chunk)`` (a chunk of a version-3 stream sorts under its stream's name)."""
    if found.chunk is not None:
        return (found.rank or 0, history_chunk_stream(name), found.chunk)
    return (found.rank or 0, name, 0)


def _mark_rank(rows: list[dict[str, Any]], rank: int | None) -> None:
    """Rows of a rank's history file say which rank wrote them (``_rank``)."""
    if rank is not None:
        for r in rows:
            r[RANK_KEY] = rank


#: Concurrent GETs when reading a run's history from remote storage (many chunk objects).
FETCH_THREADS = 16


def _fetch(backend: Backend, names: list[str]
           ) -> Iterator[tuple[str, bytes | UnsafePathError | FileNotFoundError]]:
    """``(name, bytes or the refusal)`` for each name, in order: one by one from a local
    folder, with up to :data:`FETCH_THREADS` requests at once from object storage."""
    def get(name: str) -> bytes | UnsafePathError | FileNotFoundError:
        try:
            return backend.get(name)
        except (UnsafePathError, FileNotFoundError) as exc:
            return exc

    if backend.local_path() is not None or len(names) < 2:
        for name in names:
            yield name, get(name)
        return
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(min(FETCH_THREADS, len(names)),
                            thread_name_prefix="vizlog-read") as pool:
        yield from zip(names, pool.map(get, names), strict=True)


def _step_of(row: Mapping[str, Any]) -> int:
    step = row.get("_step", -1)
    return step if isinstance(step, int) and not isinstance(step, bool) else -1


def flatten(row: Mapping[str, Any], prefix: str = "") -> Iterator[tuple[str, Any]]:
    """``(key, value)`` pairs of a history row, nested dicts joined as ``a/b``; descriptors are
    leaves."""
    for k, v in row.items():
        key = f"{prefix}{k}"
        if isinstance(v, Mapping) and not is_descriptor(v):
            yield from flatten(v, key + "/")
        else:
            yield key, v


def _flatten_paths(row: Mapping[str, Any], prefix: tuple[str, ...] = ()
                   ) -> Iterator[tuple[tuple[str, ...], Any]]:
    """``(key path, value)`` pairs of a history row; descriptors are leaves."""
    for k, v in row.items():
        path = (*prefix, str(k))
        if isinstance(v, Mapping) and not is_descriptor(v) and len(path) < _json.MAX_DEPTH:
            yield from _flatten_paths(v, path)
        else:
            yield path, v


def column_name(path: tuple[str, ...], top_level: set[str] | frozenset[str] = frozenset()
                ) -> str:
    """The one-to-one column name of a key path (see :meth:`RunData.scalars`).

    ``top_level`` holds the names of the top-level keys, so that a nested path whose name one
    of them already has is told apart (suffix ``~n``; escaped names never contain ``~n``)."""
    if len(path) == 1:
        return path[0].replace("~", "~0")
    name = "/".join(p.replace("~", "~0").replace("/", "~1") for p in path)
    return name + "~n" if name in top_level else name


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


def open_run(path: str | os.PathLike[str] | Backend) -> RunData:
    """Open the run at ``path`` (a folder, a ``file://``/``memory://`` URL or a backend)."""
    return RunData(path)


def load_media(descriptor: Mapping[str, Any], run: str | os.PathLike[str] | Backend) -> Any:
    """The object a descriptor of the run at ``run`` stands for (read safely inside it)."""
    return RunFilesReader(open_backend(run, "run")).load(descriptor)


def run_files(run: str | os.PathLike[str] | Backend) -> RunFilesReader:
    """The :class:`~vizlog.protocol.RunFiles` of the folder at ``run`` (for ``from_descriptor``
    on files outside a logged run, e.g. in tests)."""
    return RunFilesReader(open_backend(run, "run"))
