"""The columnar form of a run's history: one Parquet file per run, made once, then reused.

Parsing every JSON record of a thousand runs each time they are queried is far too slow (about
ten million records a minute on one core), so :func:`columnar_copy` converts a run's history
once into a Parquet file and keeps it in a **cache keyed by the run's history files**: the file's
name holds a digest of the names and sizes of every history file of the run. A finished run
never changes, so its copy is reused forever; a running or crashed run whose files grew gets a
new copy on the next read (the stale one is removed). Nothing in the run folder is changed.

Columns of a copy (one row per history record):

* ``_rank`` (int64, 0 for a run of one process), ``_step`` (int64), ``_timestamp`` and
  ``_runtime`` (float64);
* every other key, flattened and named as :meth:`vizlog.read.RunData.scalars` names them
  (``train/loss``; nested dicts joined with ``/``): bool, int64, float64 (NaN/inf kept) or
  string columns; a key holding media descriptors, lists, or values of mixed kinds is a
  string column of JSON text (its field metadata has ``vizlog.json: "1"``), e.g.
  ``{"_type": "image-file", "path": "media/images/...", ...}``;
* a key named ``project`` or ``run_id``, or starting with ``config/`` (the names the dataset
  uses for the run's own fields) gets the suffix ``~h``.

**A run's own copies.** A run logged by vizlog writes, when it finishes, the copy of its own
history stream into its folder (:func:`write_stream_copy`, called by ``Run.finish``):
``columnar/<stream>.<fingerprint>.parquet``, where ``<stream>`` is the history file's name
without ``.rec`` (the chunks of a stream on object storage are one stream) and
``<fingerprint>`` is :func:`history_fingerprint` of that stream's files. Each writer (a rank, a
forked child, a resumed run) writes the copy of its own stream only, so no two processes ever
write the same copy. Its Parquet key-value metadata ``vizlog.columnar`` records the layout
version and the ``[name, size]`` of every history file it was made from;
:func:`stream_copy_matches` checks both against the history as it is now, so a copy is used only
while its stream is unchanged (a reader treats a missing, stale or unreadable copy as absent and
converts that stream itself). Copies are written deterministically (same history, same bytes:
no timestamps; ``created_by`` names the pyarrow version).

Conversion streams one run at a time (memory is bounded by one run's history). A run of
scalars only is decoded by Arrow's JSON reader (C++, no Python object per value); any other
run goes through :func:`vizlog.format.parse_records`, the same reader as ``open_run``.
"""

from __future__ import annotations

import hashlib
import io
import os
import subprocess
import sys
from collections.abc import Iterable, Mapping
from typing import Any

from vizlog import _json
from vizlog.format import (
    HISTORY_DIR,
    HISTORY_EXT,
    header_rank,
    history_chunk_stream,
    parse_records,
    record_payloads,
)
from vizlog.read import column_name, is_descriptor
from vizlog.store import Backend

__all__ = ["CACHE_DIR", "COLUMNAR_VERSION", "COPY_DIR", "COPY_MIN_BYTES", "FIXED", "RESERVED",
           "columnar_copy",
           "copy_bytes", "history_fingerprint", "history_streams", "history_table",
           "json_column", "stream_copy_key", "stream_copy_matches", "wait_stream_copies",
           "write_stream_copy"]

#: Folder of the cache, under the root given to :func:`vizlog.dataset` by default.
CACHE_DIR = ".vizlog-cache"
#: Version of the copy's layout; part of its name, so a new layout never reads an old copy.
COLUMNAR_VERSION = 1
#: The columns every copy has, first, with their types.
FIXED = (("_rank", "int64"), ("_step", "int64"), ("_timestamp", "float64"),
         ("_runtime", "float64"))
#: Column names the dataset gives to a run's own fields; history keys with them get ``~h``.
RESERVED = ("project", "run_id")
JSON_META = {b"vizlog.json": b"1"}
#: Folder of a run's own columnar copies, inside the run folder.
COPY_DIR = "columnar"
#: ``Run.finish`` writes no copy of a stream under this many bytes (a reader converts a small
#: stream in milliseconds; ``Settings.columnar_copy_min_bytes`` changes it).
COPY_MIN_BYTES = 1 << 20
#: Key of the copy's Parquet metadata naming what it was made from.
COPY_META = b"vizlog.columnar"
_MAX_INT = 2 ** 63


def _local_history(folder: str, prefix: str, out: list[tuple[str, int]], depth: int = 0) -> None:
    """Regular files under a local history folder (symlinks and other types are skipped)."""
    try:
        entries = list(os.scandir(folder))
    except (FileNotFoundError, NotADirectoryError):
        return
    for e in entries:
        if e.name.startswith("."):
            continue
        if e.is_dir(follow_symlinks=False) and depth < 4:
            _local_history(e.path, f"{prefix}{e.name}/", out, depth + 1)
        elif e.is_file(follow_symlinks=False) and e.name.endswith(HISTORY_EXT):
            out.append((f"{prefix}{e.name}", e.stat(follow_symlinks=False).st_size))


def history_objects(backend: Backend) -> list[tuple[str, int]]:
    """``(key, size)`` of every history file of the run at ``backend``, sorted by key (a local
    run is listed with one ``scandir``: symlinks and non-regular files are not history)."""
    out: list[tuple[str, int]] = []
    local = backend.local_path()
    if local is not None:
        _local_history(os.path.join(local, HISTORY_DIR), f"{HISTORY_DIR}/", out)
        return sorted(out)
    for key in backend.list(HISTORY_DIR):
        if key.endswith(HISTORY_EXT):
            size = backend.size(key)
            if size is not None:
                out.append((key, size))
    return sorted(out)


def history_fingerprint(objects: Iterable[tuple[str, int]]) -> str:
    """The cache key of a run's history: the layout version and a digest of names and sizes."""
    text = "\n".join(f"{k}\t{n}" for k, n in objects)
    return f"v{COLUMNAR_VERSION}-{hashlib.sha256(text.encode('utf-8')).hexdigest()[:32]}"


def _out_name(path: tuple[str, ...]) -> str:
    name = column_name(path)
    if name in RESERVED or name.startswith("config/"):
        name += "~h"
    return name


def _kind(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "bool"
    if isinstance(value, int):
        return "int" if -_MAX_INT <= value < _MAX_INT else "json"
    if isinstance(value, float):
        return "float"
    if isinstance(value, str):
        return "str"
    return "json"


def _paths(row: Mapping[str, Any], prefix: tuple[str, ...] = ()
           ) -> Iterable[tuple[tuple[str, ...], Any]]:
    for k, v in row.items():
        path = (*prefix, str(k))
        if isinstance(v, Mapping) and not is_descriptor(v) and v and len(path) < 32:
            yield from _paths(v, path)
        else:
            yield path, v


def json_column(values: list[Any], kinds: set[str]) -> tuple[Any, bool]:
    """``(pyarrow array, is_json)`` for one column's Python values (None for missing)."""
    import pyarrow as pa

    kinds = kinds - {"null"}
    if kinds == {"bool"}:
        return pa.array(values, type=pa.bool_()), False
    if kinds == {"int"}:
        return pa.array(values, type=pa.int64()), False
    if kinds and kinds <= {"int", "float"}:
        return pa.array([None if v is None else float(v) for v in values],
                        type=pa.float64()), False
    if kinds <= {"str"}:
        return pa.array(values, type=pa.string()), False
    return pa.array([None if v is None else _json.dumps(v) for v in values],
                    type=pa.string()), True


def _table_from_rows(rows: list[dict[str, Any]], ranks: list[int]) -> Any:
    import pyarrow as pa

    columns: dict[str, list[Any]] = {}
    kinds: dict[str, set[str]] = {}
    n = len(rows)
    for i, row in enumerate(rows):
        for path, value in _paths(row):
            name = _out_name(path) if len(path) > 1 or path[0] not in dict(FIXED) else path[0]
            col = columns.get(name)
            if col is None:
                col = columns[name] = [None] * n
                kinds[name] = set()
            col[i] = value
            kinds[name].add(_kind(value))
    fields, arrays = [], []
    for name, typ in FIXED:
        vals = ranks if name == "_rank" else columns.pop(name, [None] * n)
        kinds.pop(name, None)
        if typ == "int64":
            vals = [v if isinstance(v, int) and not isinstance(v, bool) else None for v in vals]
            arrays.append(pa.array(vals, type=pa.int64()))
        else:
            vals = [float(v) if isinstance(v, (int, float)) and not isinstance(v, bool) else None
                    for v in vals]
            arrays.append(pa.array(vals, type=pa.float64()))
        fields.append(pa.field(name, arrays[-1].type))
    for name in sorted(columns):
        if kinds[name] == {"null"}:
            continue  # a key that only ever held None (Arrow's reader drops it too)
        arr, is_json = json_column(columns[name], kinds[name])
        arrays.append(arr)
        fields.append(pa.field(name, arr.type, metadata=JSON_META if is_json else None))
    return pa.Table.from_arrays(arrays, schema=pa.schema(fields))


def _fast_table(payloads: list[bytes], ranks: Any) -> Any | None:
    """The copy of a run of flat scalar rows through Arrow's JSON reader, or None when the
    rows hold anything else (nested dicts, media, mixed kinds, non-finite floats, ...)."""
    import pyarrow as pa
    import pyarrow.json as pajson

    if not payloads:
        return None
    try:
        table = pajson.read_json(io.BytesIO(b"\n".join(payloads)),
                                 read_options=pajson.ReadOptions(block_size=1 << 24))
    except (pa.ArrowInvalid, pa.ArrowNotImplementedError):
        return None
    ok = (pa.types.is_integer, pa.types.is_floating, pa.types.is_boolean, pa.types.is_string,
          pa.types.is_null)
    fixed = dict(FIXED)
    for field in table.schema:
        if not any(check(field.type) for check in ok) or "~" in field.name or \
                (field.name not in fixed and _out_name((field.name,)) != field.name):
            return None
        if field.name in fixed and not (pa.types.is_integer(field.type) or
                                        pa.types.is_floating(field.type)):
            return None
    if "_step" not in table.column_names or \
            not pa.types.is_integer(table.schema.field("_step").type):
        return None
    fields, arrays = [], []
    for name, typ in FIXED:
        if name == "_rank":
            arr = pa.array(ranks, type=pa.int64())
        elif name in table.column_names:
            arr = table.column(name).cast(pa.int64() if typ == "int64" else pa.float64())
        else:
            arr = pa.nulls(table.num_rows, pa.int64() if typ == "int64" else pa.float64())
        arrays.append(arr)
        fields.append(pa.field(name, arr.type))
    for name in sorted(n for n in table.column_names if n not in fixed):
        arr = table.column(name)
        if pa.types.is_null(arr.type):
            continue
        if pa.types.is_integer(arr.type):
            arr = arr.cast(pa.int64())
        elif pa.types.is_floating(arr.type):
            arr = arr.cast(pa.float64())
        arrays.append(arr)
        fields.append(pa.field(name, arr.type))
    return pa.Table.from_arrays(arrays, schema=pa.schema(fields))


def history_table(backend: Backend, objects: list[tuple[str, int]] | None = None) -> Any:
    """The columnar copy (a ``pyarrow.Table``) of the history of the run at ``backend``, rows
    ordered by step, then rank, then file name and position (as ``open_run`` orders them).
    Damaged records are skipped, as ``open_run`` skips them."""
    import numpy as np

    objects = history_objects(backend) if objects is None else objects
    payloads: list[bytes] = []
    counts: list[tuple[int, int]] = []
    for key, _ in objects:
        found, _bad = record_payloads(backend.get(key), key)
        rank = 0
        if found and found[0].startswith(b'{"_vizlog":"history"'):
            try:
                head = _json.loads(found[0])
            except ValueError:
                head = {}
            rank = (header_rank(head) if isinstance(head, dict) else None) or 0
            found = found[1:]
        payloads.extend(found)
        counts.append((rank, len(found)))
    ranks = np.repeat(np.array([r for r, _ in counts], dtype=np.int64),
                      [n for _, n in counts]) if counts else np.zeros(0, dtype=np.int64)
    fast = _fast_table(payloads, ranks)
    if fast is not None:
        return _in_step_order(fast)
    del payloads
    rows: list[dict[str, Any]] = []
    rank_list: list[int] = []
    for key, _ in objects:
        found_h = parse_records(backend.get(key), key)
        rows.extend(found_h.rows)
        rank_list.extend([found_h.rank or 0] * len(found_h.rows))
    return _in_step_order(_table_from_rows(rows, rank_list))


def _in_step_order(table: Any) -> Any:
    """Rows by step, then rank (a stable sort: file order within), as ``open_run`` orders."""
    if table.num_rows < 2:
        return table
    return table.sort_by([("_step", "ascending"), ("_rank", "ascending")])


def columnar_copy(run: Backend, cache: Backend, name: str,
                  objects: list[tuple[str, int]] | None = None) -> str:
    """The key (in ``cache``) of the up-to-date columnar copy of the run at ``run``, made now if
    missing: ``<name>/history-<fingerprint>.parquet``. Stale copies of the run are removed.
    ``objects``: the history files to convert (default: all; a reader passes those of the
    streams that have no copy of their own)."""
    objects = history_objects(run) if objects is None else objects
    key = f"{name}/history-{history_fingerprint(objects)}.parquet"
    local = cache.local_path()
    if os.path.isfile(os.path.join(local, *key.split("/"))) if local is not None \
            else cache.exists(key):
        return key
    cache.put(key, copy_bytes(history_table(run, objects), objects))
    for old in cache.list(name):
        if old != key and old.startswith(f"{name}/history-") and old.endswith(".parquet"):
            try:
                cache.delete(old)
            except OSError:
                pass
    return key


def copy_bytes(table: Any, objects: list[tuple[str, int]]) -> bytes:
    """The Parquet bytes of a columnar copy made from the history files ``objects``
    (deterministic: the same table and files give the same bytes)."""
    import pyarrow.parquet as pq

    meta = _json.dumps({"history": [[k, n] for k, n in objects], "version": COLUMNAR_VERSION})
    table = table.replace_schema_metadata({COPY_META: meta.encode("utf-8")})
    buf = io.BytesIO()
    pq.write_table(table, buf, compression="zstd", row_group_size=1 << 17,
                   write_statistics=True, store_schema=True)
    return buf.getvalue()


def history_streams(objects: Iterable[tuple[str, int]]) -> dict[str, list[tuple[str, int]]]:
    """The history files ``objects`` grouped by stream (a file, or the chunks of one writer),
    keyed by the stream's copy name stem: its path under ``history/`` without ``.rec``
    (``/`` written as ``~``)."""
    out: dict[str, list[tuple[str, int]]] = {}
    for key, size in objects:
        stream = history_chunk_stream(key)
        stem = stream[len(HISTORY_DIR) + 1:] if stream.startswith(HISTORY_DIR + "/") else stream
        stem = stem[:-len(HISTORY_EXT)] if stem.endswith(HISTORY_EXT) else stem
        out.setdefault(stem.replace("/", "~"), []).append((key, size))
    return {k: sorted(v) for k, v in sorted(out.items())}


def stream_copy_key(stem: str, objects: list[tuple[str, int]]) -> str:
    """``columnar/<stem>.<fingerprint>.parquet``: the run-relative key of a stream's copy."""
    return f"{COPY_DIR}/{stem}.{history_fingerprint(objects)}.parquet"


def stream_copy_matches(metadata: Mapping[bytes, bytes] | None,
                        objects: list[tuple[str, int]]) -> bool:
    """True when a copy's Parquet key-value ``metadata`` says it was made, in this layout
    version, from exactly the history files ``objects`` (names and sizes)."""
    raw = (metadata or {}).get(COPY_META)
    try:
        meta = _json.loads(raw) if raw is not None else None
    except ValueError:
        return False
    return isinstance(meta, dict) and meta.get("version") == COLUMNAR_VERSION and \
        meta.get("history") == [[k, n] for k, n in objects]


def write_stream_copy(run: Backend, history_key: str, min_bytes: int = 0) -> str | None:
    """Write the columnar copy of one complete history stream of the run at ``run`` (the
    stream of the file or chunks ``history_key``) into the run folder, as one atomic ``put``;
    other copies of that stream (stale ones) are removed. Returns the copy's key, or None when
    the stream holds under ``min_bytes`` bytes (a reader converts a small stream in no time) or
    does not exist. Call it only once the stream is complete (its writer closed)."""
    stream = history_chunk_stream(history_key)
    if run.local_path() is not None:
        objects = [(k, n) for k, n in history_objects(run) if history_chunk_stream(k) == stream]
    else:  # one size request per object of this stream only
        sizes = ((k, run.size(k)) for k in run.list(HISTORY_DIR)
                 if k.endswith(HISTORY_EXT) and history_chunk_stream(k) == stream)
        objects = sorted((k, n) for k, n in sizes if n is not None)
    if not objects or sum(n for _, n in objects) < min_bytes:
        return None
    ((stem, objects),) = history_streams(objects).items()
    key = stream_copy_key(stem, objects)
    run.put(key, copy_bytes(history_table(run, objects), objects))
    for old in run.list(COPY_DIR):
        if old != key and old.startswith(f"{COPY_DIR}/{stem}.v") and old.endswith(".parquet") \
                and old.count("/") == 1:
            try:
                run.delete(old)
            except OSError:
                pass
    return key


def start_stream_copy(folder: str, history_key: str, min_bytes: int = 0) -> subprocess.Popen[bytes]:
    """Start :func:`write_stream_copy` for the local run folder ``folder`` in a background
    process (``python -m vizlog.columnar FOLDER KEY MIN_BYTES``) and return at once: a run's
    ``finish()`` hands the conversion (the Parquet import and the conversion itself, about
    0.6 s for a 2.5 MB history) to another process instead of making the user's script wait.
    The process is detached (its own session, no inherited descriptors, no output); its copy
    is one atomic write, so a reader sees it whole or not at all, and a reader that finds no
    copy converts the history itself."""
    _BACKGROUND[:] = [p for p in _BACKGROUND if p.poll() is None]  # reap the finished ones
    here = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    env = dict(os.environ)
    env["PYTHONPATH"] = here + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    proc = subprocess.Popen(
        [sys.executable, "-m", "vizlog.columnar", folder, history_key, str(min_bytes)],
        stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        close_fds=True, start_new_session=True, env=env, cwd=folder)
    _BACKGROUND.append(proc)  # kept until it ends: a dropped running Popen warns
    return proc


#: background writers started by :func:`start_stream_copy` that may still run
_BACKGROUND: list[subprocess.Popen[bytes]] = []


def wait_stream_copies(timeout: float | None = None) -> int:
    """Wait for the background writers this process started (:func:`start_stream_copy`, as a
    local run's ``finish()`` does) to end; ``timeout`` (seconds, None: no limit) bounds each
    wait and raises :class:`subprocess.TimeoutExpired` when it passes. Returns how many were
    still running. For a caller that must not leave them running, such as a benchmark that
    measures something else next; a run never needs it (readers convert without the copy)."""
    running = [p for p in _BACKGROUND if p.poll() is None]
    for proc in running:
        proc.wait(timeout)
    _BACKGROUND[:] = [p for p in _BACKGROUND if p.poll() is None]
    return len(running)


if __name__ == "__main__":  # the background writer of start_stream_copy
    from vizlog.store import open_backend

    write_stream_copy(open_backend(sys.argv[1]), sys.argv[2], int(sys.argv[3]))
