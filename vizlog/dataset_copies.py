"""The columnar copies a root's dataset is built from: finding each run's own copies, and
converting what has none, in parallel.

A run logged by vizlog carries, per history stream, the Parquet copy its writer made at
``finish()`` (``<run>/columnar/<stream>.<fingerprint>.parquet``, see :mod:`vizlog.columnar`).
:func:`own_copies` uses such a copy only when

* its name is the one the stream has now (the fingerprint of the stream's file names and sizes),
* it is a regular file (no symlink), and
* its footer reads and its ``vizlog.columnar`` metadata names exactly the stream's files and
  sizes, checked once, then remembered in the cache's index under the copy's name and size (a
  copy that was cut or replaced has another size, and is read again).

Anything else (an old vizlog's run, a crashed writer, a stream that grew, a truncated or
foreign copy) is converted by the reader into the cache (``<root>/.vizlog-cache`` or
``cache=``), never written into the run. :func:`convert_pending` does those conversions in
``workers`` processes (one run each at a time, so memory is bounded by ``workers`` runs'
histories), reporting ``converting runs N/M`` on stderr once the work has taken over a second.

A run in object storage has its own copies fetched into the cache (one ``get`` each, checked the
same way), which is much cheaper than converting its history.
"""

from __future__ import annotations

import os
import queue
import stat
import subprocess
import sys
import threading
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from vizlog import _json
from vizlog.columnar import (
    COPY_DIR,
    columnar_copy,
    history_streams,
    stream_copy_key,
    stream_copy_matches,
)
from vizlog.errors import VizlogError
from vizlog.store import Backend, open_backend

__all__ = ["PROCESS_MIN_BYTES", "Copy", "RunPart", "columns_of_schema", "convert_pending",
           "own_copies"]

#: Conversions of fewer history bytes than this run in threads of this process (starting
#: worker processes costs about a second).
PROCESS_MIN_BYTES = 32 << 20


@dataclass
class Copy:
    """One columnar copy of (part of) a run's history: a local Parquet file."""

    #: its local path (in the run folder, or in the cache)
    path: str
    #: its key in the cache's index: ``<run>/history-<fingerprint>.parquet`` for a conversion
    #: in the cache, ``<run>/columnar/<stream>.<fingerprint>.parquet@<size>`` for the run's own
    #: copy of a stream, ``<run>/<stream>.<fingerprint>.parquet`` for one fetched from a bucket
    key: str
    #: its ``[[name, type, is_json], ...]`` when its footer was read already
    columns: list[list[Any]] | None = None


@dataclass
class RunPart:
    """One run of a root: its folder, its fields and its columnar copies (the run's own copies
    of its history streams, and one copy in the cache of the streams that have none)."""

    name: str
    project: str | None
    run_id: str
    config: dict[str, Any]
    copies: list[Copy] = field(default_factory=list)
    #: history files still to convert into the cache (streams with no valid copy of their own)
    pending: list[tuple[str, int]] | None = None
    #: the run's name in the cache (its folder's name, or its id for a root that is one run)
    cache_name: str = ""

    @property
    def paths(self) -> list[str]:
        """The local paths of the run's copies."""
        return [c.path for c in self.copies]


def columns_of_schema(schema: Any) -> list[list[Any]]:
    """``[[name, type, is_json], ...]`` of a copy's Arrow schema."""
    return [[f.name, str(f.type), bool(f.metadata and f.metadata.get(b"vizlog.json") == b"1")]
            for f in schema]


def _checked(source: Any, objects: list[tuple[str, int]]) -> list[list[Any]] | None:
    """The columns of the copy at ``source`` (a path or a buffer) when its footer reads and
    names exactly ``objects``; None otherwise (never raises for a damaged copy)."""
    import pyarrow.parquet as pq

    try:
        meta = pq.read_metadata(source)
        schema = meta.schema.to_arrow_schema()
    except Exception:  # any unreadable copy is simply not used
        return None
    if not stream_copy_matches(schema.metadata, objects):
        return None
    return columns_of_schema(schema)


def _local_names(folder: str) -> dict[str, int]:
    """``{"columnar/<file>": size}`` of the regular files in a run's local copy folder."""
    try:
        with os.scandir(os.path.join(folder, COPY_DIR)) as entries:
            return {f"{COPY_DIR}/{e.name}": e.stat(follow_symlinks=False).st_size
                    for e in entries if e.name.endswith(".parquet") and
                    stat.S_ISREG(e.stat(follow_symlinks=False).st_mode)}
    except (FileNotFoundError, NotADirectoryError):
        return {}


def own_copies(run: Backend, cache: Backend, name: str, objects: list[tuple[str, int]],
               trusted: set[str], out: list[Copy]) -> list[tuple[str, int]]:
    """Append to ``out`` the valid own copies of the run at ``run`` (``name`` in the cache;
    ``objects`` its history files now; ``trusted`` the index keys checked before); return the
    history files of the streams that have none. Raises OSError only when the cache cannot
    hold a fetched copy."""
    streams = history_streams(objects)
    if not streams:
        return []
    local = run.local_path()
    names = _local_names(local) if local is not None else \
        {k: -1 for k in run.list(COPY_DIR) if k.endswith(".parquet") and k.count("/") == 1}
    cache_dir = cache.local_path() or ""
    rest: list[tuple[str, int]] = []
    for stem, objs in streams.items():
        key = stream_copy_key(stem, objs)
        copy = None
        if key not in names:
            pass
        elif local is not None:
            path = os.path.join(local, *key.split("/"))
            ikey = f"{name}/{key}@{names[key]}"
            if ikey in trusted:
                copy = Copy(path, ikey)
            else:
                cols = _checked(path, objs)
                copy = Copy(path, ikey, cols) if cols is not None else None
        else:
            copy = _fetched(run, cache, cache_dir, f"{name}/{key.split('/', 1)[1]}", key, objs)
        if copy is None:
            rest.extend(objs)
        else:
            out.append(copy)
    return sorted(rest)


def _fetched(run: Backend, cache: Backend, cache_dir: str, ckey: str, key: str,
             objs: list[tuple[str, int]]) -> Copy | None:
    """A bucket run's own copy, fetched into the cache under ``ckey`` once (and checked)."""
    import pyarrow as pa

    path = os.path.join(cache_dir, *ckey.split("/"))
    if os.path.isfile(path):
        return Copy(path, ckey)
    try:
        data = run.get(key)
    except OSError:
        return None
    cols = _checked(pa.BufferReader(data), objs)
    if cols is None:
        return None
    cache.put(ckey, data)
    folder, _, fname = ckey.rpartition("/")
    stem = fname[:-len(".parquet")].rsplit(".", 1)[0]
    for old in cache.list(folder):  # the stream's earlier copies, fetched before it changed
        if old != ckey and old.startswith(f"{folder}/{stem}.v") and old.count("/") == \
                ckey.count("/"):
            try:
                cache.delete(old)
            except OSError:
                pass
    return Copy(path, ckey, cols)


def convert_pending(root: Backend, cache: Backend, parts: list[RunPart], threads: int = 4,
                    workers: int | None = None, progress: bool = True) -> None:
    """Convert the ``pending`` history files of every part into the cache and add the copies
    to the parts. A local root with over :data:`PROCESS_MIN_BYTES` to convert uses ``workers``
    worker processes (default ``os.cpu_count()``; each converts one run at a time and takes the
    next when done); otherwise ``threads`` threads of this process. The workers are
    ``python -m vizlog.dataset_copies`` processes, so the caller's script is never imported
    again (as ``multiprocessing``'s spawn would do)."""
    todo = [p for p in parts if p.pending is not None]
    if not todo:
        return
    cache_dir = cache.local_path() or ""
    runs = {id(p): root.child(p.name) if p.name else root for p in todo}
    total = sum(n for p in todo for _, n in p.pending or ())
    n_workers = min(len(todo), workers if workers is not None else (os.cpu_count() or 1))
    local = root.local_path() is not None and cache.local_path() is not None
    results: queue.Queue[tuple[RunPart, str | BaseException]] = queue.Queue()
    feeders: list[threading.Thread] = []
    if local and n_workers > 1 and total >= PROCESS_MIN_BYTES:
        jobs: queue.Queue[RunPart] = queue.Queue()
        for p in sorted(todo, key=lambda p: -sum(n for _, n in p.pending or ())):
            jobs.put(p)  # the largest first: the last jobs to finish are short
        for _ in range(n_workers):
            feeders.append(threading.Thread(target=_feed, args=(jobs, results, runs, cache_dir),
                                            name="vizlog-convert", daemon=True))
            feeders[-1].start()
    else:
        def one(p: RunPart) -> None:
            try:
                results.put((p, columnar_copy(runs[id(p)], cache, p.cache_name,
                                              p.pending or [])))
            except BaseException as exc:
                results.put((p, exc))

        pool = ThreadPoolExecutor(max(1, threads))
        for p in todo:
            pool.submit(one, p)
        pool.shutdown(wait=False)
    show = _progress() if progress else None
    error: BaseException | None = None
    for done in range(1, len(todo) + 1):
        part, got = results.get()
        if isinstance(got, BaseException):
            error = error or _as_error(runs[id(part)], cache, got)
            continue
        part.copies.append(Copy(os.path.join(cache_dir, *got.split("/")), got))
        part.pending = None
        if show is not None:
            show(done, len(todo), part.run_id)
    if show is not None:
        show.end()
    for t in feeders:  # every worker process has ended (and been waited for)
        t.join()
    if error is not None:
        raise error


def _as_error(run: Backend, cache: Backend, exc: BaseException) -> BaseException:
    if isinstance(exc, OSError):
        return VizlogError(f"cannot make the columnar copy of {run.url} in the cache "
                           f"{cache.url} ({exc.strerror}: {exc.filename}); pass a writable "
                           "folder as `cache=` (`vizlog export ... --cache DIR`).")
    return exc


def _feed(jobs: queue.Queue[RunPart], results: queue.Queue[tuple[RunPart, str | BaseException]],
          runs: dict[int, Backend], cache_dir: str) -> None:
    """Drive one worker process: hand it the next job once it answered the previous one."""
    import vizlog

    env = dict(os.environ)
    here = os.path.dirname(os.path.dirname(os.path.abspath(vizlog.__file__)))
    env["PYTHONPATH"] = os.pathsep.join(p for p in (here, env.get("PYTHONPATH")) if p)
    part: RunPart | None = None
    proc: subprocess.Popen[bytes] | None = None
    try:
        proc = subprocess.Popen([sys.executable, "-m", "vizlog.dataset_copies"],
                                stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=env)
        stdin, stdout = proc.stdin, proc.stdout
        if stdin is None or stdout is None:  # pragma: no cover - both are pipes
            raise OSError("no pipe to the worker")
        while True:
            try:
                part = jobs.get_nowait()
            except queue.Empty:
                return
            job = [runs[id(part)].local_path(), cache_dir, part.cache_name, part.pending]
            stdin.write(_json.dumps(job).encode("utf-8") + b"\n")
            stdin.flush()
            answer = _json.loads(stdout.readline() or b'{"error": "the worker process died"}')
            if "key" in answer:
                results.put((part, str(answer["key"])))
            elif "oserror" in answer:
                results.put((part, OSError(*answer["oserror"])))
            else:
                results.put((part, VizlogError(f"converting {runs[id(part)].url}: "
                                               f"{answer.get('error')}")))
            part = None
    except BaseException as exc:
        if part is not None:
            results.put((part, exc))
        while True:  # the jobs this worker would have taken fail the same way
            try:
                results.put((jobs.get_nowait(), exc))
            except queue.Empty:
                break
    finally:
        if proc is not None:
            if proc.stdin is not None:
                proc.stdin.close()
            proc.wait()


def _worker() -> None:
    """A worker process: one JSON job a line on stdin (``[run, cache, name, objects]``), one
    JSON answer a line on stdout (``{"key"}``, ``{"oserror": [errno, strerror, filename]}``
    or ``{"error"}``)."""
    out = sys.stdout.buffer
    for line in sys.stdin.buffer:
        run_path, cache_path, name, objects = _json.loads(line)
        try:
            key = columnar_copy(open_backend(run_path), open_backend(cache_path), name,
                                [(str(k), int(n)) for k, n in objects])
            answer: dict[str, Any] = {"key": key}
        except OSError as exc:
            answer = {"oserror": [exc.errno, exc.strerror, exc.filename]}
        except Exception as exc:
            answer = {"error": f"{type(exc).__name__}: {str(exc)[:500]}"}
        out.write(_json.dumps(answer).encode("utf-8") + b"\n")
        out.flush()


def _progress() -> Any:
    from vizlog.cli import Progress

    return Progress("converting runs")


if __name__ == "__main__":
    _worker()
