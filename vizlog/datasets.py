"""A folder of runs as one ``pyarrow.dataset.Dataset``: :func:`dataset`, :func:`tables`,
:func:`export_parquet`.

``dataset(root)`` has one row per history record of every run under ``root`` (runs are the
folders with a ``run.json``, directly under ``root``; ``root`` may also be one run). Columns:

* ``project`` and ``run_id`` (strings, from each run's ``run.json``);
* ``_rank``, ``_step``, ``_timestamp``, ``_runtime`` and every history key, as in
  :mod:`vizlog.columnar` (numbers, bools and strings typed; media descriptors, lists and
  mixed values as JSON text: read a descriptor's fields with DuckDB's ``json_extract`` or
  ``json.loads``);
* ``config/<key>`` for every config key of any run (nested keys joined with ``/``; null in runs
  without it).

A key with different types in different runs gets the widest one: ints and floats meet as
float64, anything else as a JSON string. The dataset is built from each run's columnar copies:
the ones a run wrote into its folder at ``finish()`` (one per history stream, checked against
the history as it is now), else one made on first use and cached under
``<root>/.vizlog-cache/`` (or ``cache=`` for a read-only root); see :mod:`vizlog.dataset_copies`.
Opening a root reads one small ``run.json``, lists the history and copy folders and, the first
time, reads the Parquet footers per run; the run's fields come in as constant columns of its
fragments (Arrow's partition expressions), so a filter on
``run_id``, ``project`` or a config column skips whole runs. Scans stream: memory stays bounded
by Arrow's batches, whatever the size of the root. Rows have no order: sort by
``_step, _rank`` (``open_run`` orders one run's rows that way).
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator, Mapping
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from vizlog import _json
from vizlog.columnar import (
    CACHE_DIR,
    JSON_META,
    _kind,
    history_fingerprint,
    history_objects,
    json_column,
)
from vizlog.dataset_copies import Copy, RunPart, columns_of_schema, convert_pending, own_copies
from vizlog.errors import UsageError, VizlogError, bad_argument
from vizlog.format import RUN_JSON
from vizlog.read import MAX_JSON_BYTES, column_name, is_descriptor
from vizlog.store import Backend, check_key, open_backend

__all__ = ["Copy", "RunPart", "dataset", "export_parquet", "run_names", "run_parts", "tables"]


def _local(backend: Backend, what: str) -> str:
    path = backend.local_path()
    if path is None:
        if what == "cache":
            raise UsageError(bad_argument("cache", "a local folder", backend.url,
                                          "The columnar copies are read as local files."))
        raise UsageError(bad_argument(what, "a local folder of runs", backend.url,
                                      "Copy the runs to a local folder (`vizlog.dataset` reads "
                                      "a bucket of runs: see docs/cluster.md)."))
    return path


def run_names(root: Backend) -> list[str]:
    """The run folders directly under ``root`` (those with a run.json), sorted; ``[""]`` when
    ``root`` is itself a run. A root in object storage is listed through its backend."""
    base = root.local_path()
    if base is None:
        if root.exists(RUN_JSON):
            return [""]
        return sorted({k[:-len(RUN_JSON) - 1] for k in root.list()
                       if k.count("/") == 1 and k.endswith("/" + RUN_JSON)
                       and not k.startswith(".")})
    if os.path.isfile(os.path.join(base, RUN_JSON)):
        return [""]
    with os.scandir(base) as entries:
        return sorted(e.name for e in entries if not e.name.startswith(".") and
                      e.is_dir(follow_symlinks=False) and
                      os.path.isfile(os.path.join(e.path, RUN_JSON)))


def _flat_config(config: Mapping[str, Any], prefix: tuple[str, ...] = ()
                 ) -> Iterator[tuple[str, Any]]:
    for k, v in config.items():
        path = (*prefix, str(k))
        if isinstance(v, Mapping) and not is_descriptor(v) and v and len(path) < 32:
            yield from _flat_config(v, path)
        else:
            yield "config/" + column_name(path), v


def _read_run_json(run: Backend) -> bytes:
    """A run's run.json: one open of a regular file (no symlink) for a local run."""
    local = run.local_path()
    if local is None:
        return run.get(RUN_JSON, max_bytes=MAX_JSON_BYTES)
    fd = os.open(os.path.join(local, RUN_JSON), os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
    with os.fdopen(fd, "rb") as fh:
        if not stat.S_ISREG(os.fstat(fh.fileno()).st_mode):
            raise OSError(f"{RUN_JSON} is not a regular file")
        data = fh.read(MAX_JSON_BYTES + 1)
    if len(data) > MAX_JSON_BYTES:
        raise OSError(f"{RUN_JSON} is over {MAX_JSON_BYTES} bytes")
    return data


def _part(root: Backend, cache: Backend, name: str, trusted: set[str]) -> RunPart:
    """A run's fields and the copies it has (own ones checked, the cache's by name); the
    history files still to convert are left in ``pending``."""
    run = root.child(name) if name else root
    try:
        meta = _json.loads(_read_run_json(run))
    except (OSError, ValueError) as exc:
        raise VizlogError(f"{run.url}: {RUN_JSON} is not readable ({str(exc)[:200]}); restore "
                          "it, or move the run out of the root.") from None
    if not isinstance(meta, dict):
        raise VizlogError(f"{run.url}: {RUN_JSON} must hold a JSON object; the run is damaged.")
    run_id = str(meta.get("id") or name or "run")
    config = meta.get("config")
    config = config if isinstance(config, dict) else {}
    project = meta.get("project") if isinstance(meta.get("project"), str) else None
    cname = check_key(name or run_id, "run folder")
    part = RunPart(name, project, run_id, dict(_flat_config(config)), cache_name=cname)
    objects = history_objects(run)
    try:
        rest = own_copies(run, cache, cname, objects, trusted, part.copies)
    except OSError as exc:
        raise _cache_error(run, cache, exc) from None
    if rest or not part.copies:
        key = f"{cname}/history-{history_fingerprint(rest)}.parquet"
        path = os.path.join(_local(cache, "cache"), *key.split("/"))
        if os.path.isfile(path):
            part.copies.append(Copy(path, key))
        else:
            part.pending = rest
    return part


def _cache_error(run: Backend, cache: Backend, exc: OSError) -> VizlogError:
    return VizlogError(f"cannot make the columnar copy of {run.url} in the cache {cache.url} "
                       f"({exc.strerror}: {exc.filename}); pass a writable folder as `cache=` "
                       "(`vizlog export ... --cache DIR`).")


def _cache(base: Backend, cache: str | os.PathLike[str] | None) -> Backend:
    """Where the columnar copies live: ``cache``, or ``<root>/.vizlog-cache`` for a local root.
    A root in object storage needs a local ``cache`` (the copies are read as local files)."""
    if cache is None and base.local_path() is None:
        raise UsageError(bad_argument("cache", "a local folder for the runs' columnar copies "
                                      "when the root is in object storage", cache,
                                      f"Pass cache='/some/local/dir' for {base.url} (`vizlog "
                                      "export ... --cache DIR`)."))
    backend = open_backend(cache, "cache") if cache is not None else base.child(CACHE_DIR)
    _local(backend, "cache")
    return backend


def run_parts(root: str | os.PathLike[str] | Backend, cache: str | os.PathLike[str] | None
              = None, threads: int = 4, workers: int | None = None,
              progress: bool = True) -> list[RunPart]:
    """Every run under ``root`` with its up-to-date columnar copies: the runs' own copies where
    valid, the others converted now into the cache (see :func:`convert_pending`)."""
    base = open_backend(root, "root")
    cache_backend = _cache(base, cache)
    names = run_names(base)
    trusted = set(_load_index(cache_backend)[0])
    if threads <= 1 or len(names) < 8:
        parts = [_part(base, cache_backend, n, trusted) for n in names]
    else:
        with ThreadPoolExecutor(threads) as pool:
            parts = list(pool.map(lambda n: _part(base, cache_backend, n, trusted), names))
    convert_pending(base, cache_backend, parts, threads, workers, progress)
    return parts


def _unify(types: list[Any]) -> tuple[Any, bool]:
    """The widest type of one column over all runs, and whether it becomes JSON text."""
    import pyarrow as pa

    distinct = set(types)
    if len(distinct) == 1:
        return types[0], False
    if all(pa.types.is_integer(t) or pa.types.is_floating(t) for t in distinct):
        return pa.float64(), False
    return pa.string(), True


INDEX = ".index.json"  # run ids never start with a dot, so no run folder has this name
_TYPES = ("int64", "double", "bool", "string")


def _columns_of(path: str) -> list[list[Any]]:
    """``[[name, type, is_json], ...]`` of one columnar copy (its Parquet footer)."""
    import pyarrow.parquet as pq

    return columns_of_schema(pq.read_schema(path))


def _valid_columns(cols: Any) -> bool:
    return isinstance(cols, list) and all(
        isinstance(c, list) and len(c) == 3 and isinstance(c[0], str) and c[1] in _TYPES
        for c in cols)


def _load_index(cache: Backend) -> tuple[dict[str, int], list[list[list[Any]]]]:
    """The cache's ``.index.json``: ``{copy key: schema number}`` and the distinct schemas
    (empty when missing or not valid)."""
    try:
        index = _json.loads(cache.get(INDEX, max_bytes=MAX_JSON_BYTES))
    except (OSError, ValueError):
        index = {}
    ok = isinstance(index, dict) and index.get("version") == 2
    runs = index.get("runs") if ok else None
    runs = runs if isinstance(runs, dict) else {}
    shapes = index.get("schemas") if ok else None
    shapes = [c for c in shapes if _valid_columns(c)] \
        if isinstance(shapes, list) and all(_valid_columns(c) for c in shapes) else []
    return {k: n for k, n in runs.items() if isinstance(n, int) and not isinstance(n, bool)
            and 0 <= n < len(shapes)}, shapes


def _run_columns(parts: list[RunPart], cache: Backend, threads: int) -> list[list[list[Any]]]:
    """The columns of every copy of every part (in order), from the copy's footer when read
    already, else the cache's ``.index.json`` where it names the same copy (reading a thousand
    Parquet footers is most of an open's time), else from the copy itself; the index (each
    distinct column list once, and per copy its number) is rewritten when it missed."""
    runs, shapes = _load_index(cache)
    copies = [c for p in parts for c in p.copies]
    out: list[list[list[Any]] | None] = []
    missing = []
    fresh_found = False
    for i, c in enumerate(copies):
        n = runs.get(c.key)
        if n is not None:
            out.append(shapes[n])
        elif c.columns is not None:
            out.append(c.columns)
            fresh_found = True
        else:
            out.append(None)
            missing.append(i)
    if missing:
        with ThreadPoolExecutor(max(1, threads)) as pool:
            found = list(pool.map(lambda i: _columns_of(copies[i].path), missing))
        for i, cols in zip(missing, found, strict=True):
            out[i] = cols
    if missing or fresh_found or len(runs) != len(copies):
        distinct: dict[str, int] = {}
        fresh: dict[str, int] = {}
        for c, known_cols in zip(copies, out, strict=True):
            fresh[c.key] = distinct.setdefault(_json.dumps(known_cols), len(distinct))
        index = {"runs": fresh, "schemas": [_json.loads(k) for k in distinct], "version": 2}
        try:
            cache.put(INDEX, _json.dumps(index).encode("utf-8"))
        except OSError:
            pass  # a read-only cache: the next open reads the footers again
    return [c or [] for c in out]


def _schema(parts: list[RunPart], cache: Backend, threads: int) -> Any:
    import pyarrow as pa

    seen: dict[str, list[Any]] = {}
    json_cols: set[str] = set()
    kinds = {"int64": pa.int64(), "double": pa.float64(), "bool": pa.bool_(),
             "string": pa.string()}
    for cols in _run_columns(parts, cache, threads):
        for name, typ, is_json in cols:
            seen.setdefault(name, []).append(kinds.get(typ, pa.string()))
            if is_json:
                json_cols.add(name)
    config: dict[str, list[Any]] = {}
    for p in parts:
        for k, v in p.config.items():
            config.setdefault(k, []).append(v)
    fields = [pa.field("project", pa.string()), pa.field("run_id", pa.string())]
    order = [n for n in ("_rank", "_step", "_timestamp", "_runtime") if n in seen]
    for name in [*order, *sorted(n for n in seen if n not in order)]:
        typ, to_json = _unify(seen[name])
        fields.append(pa.field(name, typ, metadata=JSON_META if to_json or name in json_cols
                               else None))
    for name in sorted(config):
        if name in seen:  # a history key of that name wins (see vizlog.columnar)
            continue
        arr, is_json = json_column(config[name], {_kind(v) for v in config[name]})
        fields.append(pa.field(name, arr.type, metadata=JSON_META if is_json else None))
    return pa.schema(fields)


def _constant(schema: Any, name: str, value: Any) -> Any:
    """The partition expression ``name == value`` (or ``is_null``) in the schema's type."""
    import pyarrow as pa
    import pyarrow.dataset as ds

    field = schema.field(name)
    if value is None:
        return ds.field(name).is_null()
    is_json = bool(field.metadata and field.metadata.get(b"vizlog.json") == b"1")
    if is_json or (pa.types.is_string(field.type) and not isinstance(value, str)):
        value = _json.dumps(value)
    elif pa.types.is_floating(field.type):
        value = float(value)
    return ds.field(name) == pa.scalar(value, type=field.type)


def dataset(root: str | os.PathLike[str] | Backend, *, cache: str | os.PathLike[str] | None
            = None, threads: int = 4, workers: int | None = None,
            progress: bool = True) -> Any:
    """The history of every run under ``root`` as one ``pyarrow.dataset.Dataset`` (see the
    module docstring for its columns).

    ``root`` is a local folder of runs (or one run), or its URL in object storage
    (``s3://bucket/runs``, any fsspec URL). ``cache`` is the local folder where columnar copies
    of runs that carry none are kept (default ``<root>/.vizlog-cache``; required for a root in
    object storage, and for a read-only root). ``threads`` inspect runs in parallel;
    ``workers`` processes (default: one per CPU) convert the runs that have no valid copy of
    their own, showing ``converting runs N/M`` on stderr when ``progress`` and it takes over a
    second (see :mod:`vizlog.dataset_copies`).
    """
    import pyarrow.dataset as ds
    import pyarrow.fs as pafs

    base = open_backend(root, "root")
    parts = run_parts(base, cache, threads, workers, progress)
    schema = _schema(parts, _cache(base, cache), threads)
    fmt = ds.ParquetFileFormat()
    fs = pafs.LocalFileSystem()
    fragments = []
    known: dict[tuple[str, str], Any] = {}

    def constant(name: str, value: Any) -> Any:
        key = (name, _json.dumps(value))
        expr = known.get(key)
        if expr is None:
            expr = known[key] = _constant(schema, name, value)
        return expr

    names = set(schema.names)
    for p in parts:
        expr = _constant(schema, "run_id", p.run_id) & constant("project", p.project)
        for k, v in p.config.items():
            if k in names:
                expr = expr & constant(k, v)
        for path in p.paths:
            fragments.append(fmt.make_fragment(path, fs, partition_expression=expr))
    return ds.FileSystemDataset(fragments, schema, fmt, fs)


def tables(root: str | os.PathLike[str] | Backend, key: str, *,
           cache: str | os.PathLike[str] | None = None, threads: int = 4) -> Any:
    """Every ``vizlog.Table`` logged under ``key`` (``a/b`` for a nested key) in any run under
    ``root``, as one ``pyarrow.dataset.Dataset`` over the tables' Arrow files, with the
    constant columns ``project``, ``run_id``, ``_rank`` and ``_step`` of the row that logged
    each table. Columns that differ between tables unify as in :func:`dataset`."""
    import pyarrow as pa
    import pyarrow.dataset as ds
    import pyarrow.fs as pafs
    import pyarrow.parquet as pq

    if not isinstance(key, str) or not key:
        raise UsageError(bad_argument("key", "the log key of a Table (a non-empty str)", key))
    base = open_backend(root, "root")
    _local(base, "root")  # the tables' Arrow files are read in place
    found: list[tuple[RunPart, int, int, str]] = []
    for p, path in ((q, path) for q in run_parts(base, cache, threads) for path in q.paths):
        if key not in pq.read_schema(path).names:
            continue
        t = pq.read_table(path, columns=["_rank", "_step", key])
        run = base.child(p.name) if p.name else base
        values = [t.column(c).to_pylist() for c in t.column_names]
        for rank, step, text in zip(*values, strict=True):
            desc = _json.loads(text) if isinstance(text, str) and text.startswith("{") else None
            if isinstance(desc, dict) and desc.get("_type") == "table-file":
                local = run.local_path(check_key(desc.get("path")))
                if local is not None and os.path.isfile(local):
                    found.append((p, rank or 0, step, local))
    if not found:
        raise UsageError(f"no run under {base.url!r} logged a Table under `key` {key!r}; check "
                         "the key (nested keys as 'a/b').")
    fmt = ds.IpcFileFormat()
    fs = pafs.LocalFileSystem()
    schemas = [ds.dataset(path, format="arrow").schema for _, _, _, path in found]
    cols: dict[str, list[Any]] = {}
    for schema in schemas:
        for field in schema:
            cols.setdefault(field.name, []).append(field.type)
    fields = [pa.field("project", pa.string()), pa.field("run_id", pa.string()),
              pa.field("_rank", pa.int64()), pa.field("_step", pa.int64())]
    fields += [pa.field(n, _unify(t)[0]) for n, t in cols.items()
               if n not in ("project", "run_id", "_rank", "_step")]
    schema = pa.schema(fields)
    fragments = []
    for p, rank, step, path in found:
        expr = (_constant(schema, "run_id", p.run_id) & _constant(schema, "project", p.project)
                & (ds.field("_rank") == rank) & (ds.field("_step") == step))
        fragments.append(fmt.make_fragment(path, fs, partition_expression=expr))
    return ds.FileSystemDataset(fragments, schema, fmt, fs)


def _hive_value(value: str | None) -> str:
    if value is None:
        return "__HIVE_DEFAULT_PARTITION__"
    safe = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._-"
    return "".join(c if c in safe else "".join(f"%{b:02X}" for b in c.encode("utf-8"))
                   for c in value)


def export_parquet(root: str | os.PathLike[str] | Backend, out: str | os.PathLike[str], *,
                   cache: str | os.PathLike[str] | None = None,
                   progress: Any = None) -> list[str]:
    """Write :func:`dataset` as hive-partitioned Parquet:
    ``<out>/project=<project>/run_id=<id>/part-0.parquet`` (values percent-encoded; no project is
    ``__HIVE_DEFAULT_PARTITION__``; a run's rows ordered by step, then rank), every file with
    the same schema (the dataset's, without the
    two partition columns), one run in memory at a time. Returns the files written."""
    import pyarrow.dataset as ds
    import pyarrow.parquet as pq

    data = dataset(root, cache=cache)
    schema = data.schema
    keep = [n for n in schema.names if n not in ("project", "run_id")]
    out_dir = os.fspath(out)
    written = []
    groups: dict[str, list[Any]] = {}  # a run's copies (one per stream with its own) together
    for fragment in data.get_fragments():
        groups.setdefault(str(_known(fragment.partition_expression).get("run_id")),
                          []).append(fragment)
    for i, fragments in enumerate(groups.values()):
        known = _known(fragments[0].partition_expression)
        one = ds.FileSystemDataset(fragments, schema, data.format, data.filesystem)
        table = one.to_table(columns=keep)
        if len(fragments) > 1:
            table = table.sort_by([("_step", "ascending"), ("_rank", "ascending")])
        folder = os.path.join(out_dir, f"project={_hive_value(known.get('project'))}",
                              f"run_id={_hive_value(known.get('run_id'))}")
        os.makedirs(folder, exist_ok=True)
        target = os.path.join(folder, "part-0.parquet")
        tmp = target + ".tmp"
        pq.write_table(table, tmp, compression="zstd")
        os.replace(tmp, target)
        written.append(target)
        if progress is not None:
            progress(i + 1, len(groups), str(known.get("run_id")))
    return written


def _known(expr: Any) -> dict[str, Any]:
    import pyarrow.dataset as ds

    return {str(k): v for k, v in ds.get_partition_keys(expr).items()}
