"""The background writer: a bounded pool that encodes and stores media, and ordered commits.

``Run.log()`` hands every media value of a committed step to the pool (threads: Pillow, zlib,
ffmpeg and pyarrow release the GIL) and queues the step. A step is committed (its descriptors put
into the row, its history record appended) by whichever thread completes its last file, in step
order: a step whose files are done waits for the steps before it, and the thread that completes
those commits it too. So a record is written only after every file it references is complete, and
no extra thread hop sits between the last file and the record.

Bounds: at most ``max_queue`` steps wait (``log()`` blocks when that many are queued, so memory
stays bounded); a process crash loses at most those queued steps. Steps without media are written
inline when nothing is queued. An error raised while encoding or storing is kept and re-raised
by the next ``log()``/``finish()``; the rest of that step's row is still written. ``close()`` runs
the media jobs no worker has started yet in the calling thread instead of waiting for a worker
to wake up (on a busy machine each such wake-up can cost a scheduler time slice). The worker
threads are the process's, shared by its runs (one pool per worker count), like the helper thread
that hashes media files ahead (:mod:`vizlog._digest`): ``init`` and ``finish`` neither start nor
stop threads once the first run has started them.

There are :data:`DEFAULT_WORKERS` threads by default, whatever the number of cores: storing a file
is mostly waiting (hashing, ``open``/``write``/``rename`` system calls, all outside the GIL), and
some encoders hold the GIL (fpng's PNG writer), so with one thread per core of a 2-core machine
both threads often waited for the GIL while no file write was in flight. On the ``images``
workload (200 x 256x256 RGB, 2 shared cores) 3-4 threads took 0.8-0.9x the time of 2.

Media whose encoder keeps the GIL still go to the pool. Storing them in the thread that calls
``log()`` was faster only for calls made back to back (``images``: 0.08 s against 0.10-0.11 s).
In a training loop whose steps wait without the GIL, that made every ``log()`` of an image cost
the whole encode and store: 161-185 ms inside ``log()`` for 200 images against 20-22 ms with the
pool. The workload ``images_loop`` measures that case (``benchmarks/README.md``).
"""

from __future__ import annotations

import functools
import os
import queue
import threading
from collections import deque
from collections.abc import Callable
from concurrent.futures import Future
from typing import Any

from vizlog._digest import start_helper
from vizlog.media._base import Media
from vizlog.store import Store

__all__ = ["DEFAULT_WORKERS", "MediaList", "Writer", "store_media"]

#: Encode/store threads when ``workers`` is not given (see the module docstring).
DEFAULT_WORKERS = 4


class MediaList:
    """A list of media objects of one class logged under one key."""

    def __init__(self, items: list[Media]) -> None:
        self.items = items


def store_media(store: Store, key: str, step: int | str, media: Media) -> dict[str, Any]:
    """Encode ``media`` (children first) and store it; returns its descriptor."""
    resolved = {name: store_media(store, key, step, child)
                for name, child in media.children().items()}
    return store.put(key, step, media.encode(resolved))


def store_value(store: Store, key: str, step: int | str, value: Media | MediaList) -> Any:
    if isinstance(value, MediaList):
        descs = [store_media(store, key, step, m) for m in value.items]
        return type(value.items[0]).list_descriptor(descs, value.items)
    return store_media(store, key, step, value)


class _Pool:
    """A few daemon worker threads shared by every writer of the process that asked for the
    same number (see :func:`_shared_pool`); they wait for work for as long as the process
    lives, so neither ``init`` nor ``finish`` starts or stops a thread.

    The queue holds no tasks, only the task list of the writer that has one more task: a worker
    takes the oldest task of that list, if the writer has not run it itself by then
    (:meth:`_Tasks.run_queued`)."""

    def __init__(self, workers: int) -> None:
        self.signals: queue.SimpleQueue[deque[tuple[Future[Any], Callable[[], Any]]]] = \
            queue.SimpleQueue()
        self._threads = [threading.Thread(target=self._work, name=f"vizlog-encode-{i}",
                                          daemon=True) for i in range(workers)]
        for t in self._threads:
            t.start()

    def _work(self) -> None:
        while True:
            tasks = self.signals.get()
            try:
                item = tasks.popleft()
            except IndexError:  # its writer ran it already
                continue
            _run(*item)


_POOLS: dict[int, _Pool] = {}
_POOLS_LOCK = threading.Lock()


def _forget_pools() -> None:
    """In a forked child: the parent's threads do not exist here; new ones start on demand."""
    global _POOLS_LOCK
    _POOLS.clear()
    _POOLS_LOCK = threading.Lock()


def _shared_pool(workers: int) -> _Pool:
    """The process's pool of ``workers`` threads (started by the first writer that asks)."""
    with _POOLS_LOCK:
        pool = _POOLS.get(workers)
        if pool is None:
            if not _POOLS and hasattr(os, "register_at_fork") and not _FORK_HOOK:
                os.register_at_fork(after_in_child=_forget_pools)
                _FORK_HOOK.append(True)
            pool = _POOLS[workers] = _Pool(workers)
        return pool


_FORK_HOOK: list[bool] = []


class _Tasks:
    """One writer's queued tasks, run by the shared pool's threads or by the writer itself."""

    def __init__(self, pool: _Pool) -> None:
        self._pool = pool
        self._tasks: deque[tuple[Future[Any], Callable[[], Any]]] = deque()

    def submit(self, fn: Callable[[], Any]) -> Future[Any]:
        fut: Future[Any] = Future()
        self._tasks.append((fut, fn))
        self._pool.signals.put(self._tasks)
        return fut

    def run_queued(self) -> None:
        """Run this writer's tasks no worker has taken yet in the calling thread."""
        while True:
            try:
                item = self._tasks.popleft()
            except IndexError:
                return
            _run(*item)


def _run(fut: Future[Any], fn: Callable[[], Any]) -> None:
    if not fut.set_running_or_notify_cancel():
        return
    try:
        result = fn()
    except BaseException as exc:
        fut.set_exception(exc)
    else:
        fut.set_result(result)


class _Step:
    """One queued step: its row, its media futures and how many are not done yet."""

    __slots__ = ("futures", "row", "seq", "waiting")

    def __init__(self, row: dict[str, Any], seq: int, waiting: int) -> None:
        self.row = row
        self.seq = seq
        self.waiting = waiting
        self.futures: list[tuple[tuple[str, ...], Future[Any]]] = []


class Writer:
    """Commits history rows in order, after their media are stored (see module docstring)."""

    def __init__(self, store: Store, append: Callable[[dict[str, Any]], None],
                 on_committed: Callable[[dict[str, Any], int, set[str]], None],
                 workers: int | None = None, max_queue: int = 64) -> None:
        self.store = store
        self._append = append
        self._on_committed = on_committed
        self._pool = _Tasks(_shared_pool(workers or DEFAULT_WORKERS))
        start_helper()  # the thread that hashes media files ahead (vizlog._digest)
        self._max_queue = max(1, max_queue)
        #: the steps handed to the writer and not written yet, oldest first; a step leaves
        #: it only after its record is written, so while it is empty (and its owner, which
        #: alone queues steps, holds its own lock) no thread of this writer writes a record
        self.steps: deque[_Step] = deque()
        self._steps = self.steps
        self._lock = threading.Lock()
        self._changed = threading.Condition(self._lock)  # a step was committed
        #: the first error from the pool not taken yet (:meth:`take_error`); read without the
        #: lock as a cheap check
        self.error: BaseException | None = None
        self._closed = False

    def queued(self) -> int:
        """Steps handed to the writer and not yet written."""
        return len(self._steps)

    def take_error(self) -> BaseException | None:
        """The first error from the pool since the last call, or None."""
        with self._lock:
            err, self.error = self.error, None
        return err

    def submit_media(self, key: str, step: int | str, value: Media | MediaList) -> Future[Any]:
        return self._pool.submit(lambda: store_value(self.store, key, step, value))

    def commit(self, row: dict[str, Any], media: list[tuple[tuple[str, ...], Media | MediaList]],
               step: int | str, seq: int) -> None:
        """Commit one row; ``media`` lists (path in row, value) pairs to store first."""
        if not media:
            with self._lock:
                if not self._steps:
                    self._append(row)
                    return
        entry = _Step(row, seq, len(media))
        with self._changed:
            while len(self._steps) >= self._max_queue:
                self._changed.wait()
            self._steps.append(entry)
        if not media:
            self._drain()
            return
        for path, value in media:
            entry.futures.append((path, self.submit_media("/".join(path), step, value)))
        done = functools.partial(self._file_done, entry)
        for _, fut in entry.futures:
            fut.add_done_callback(done)

    def _file_done(self, entry: _Step, _fut: Future[Any]) -> None:
        with self._lock:
            entry.waiting -= 1
            if entry.waiting:
                return
        self._drain()

    def _drain(self) -> None:
        """Commit the steps at the head of the queue whose files are all done, in order."""
        with self._lock:
            steps = self._steps
            while steps and not steps[0].waiting:
                entry = steps[0]  # left in the queue until written (see ``steps``)
                row = entry.row
                for path, fut in entry.futures:
                    exc = fut.exception()
                    if exc is not None:
                        if self.error is None:
                            self.error = exc
                        _remove(row, path)
                    else:
                        _place(row, path, fut.result())
                try:
                    self._append(row)
                    self._on_committed(row, entry.seq, {path[0] for path, _ in entry.futures})
                except BaseException as exc:  # a failed write is fatal to the run; report it
                    if self.error is None:
                        self.error = exc
                steps.popleft()
                self._changed.notify_all()

    def close(self) -> None:
        """Commit everything queued (running media jobs no worker has started yet in this
        thread). The shared worker threads stay, idle, for the next run of the process."""
        if self._closed:
            return
        self._closed = True
        self._pool.run_queued()
        with self._changed:
            while self._steps:
                self._changed.wait()


def _place(row: dict[str, Any], path: tuple[str, ...], value: Any) -> None:
    node = row
    for part in path[:-1]:
        node = node[part]
    node[path[-1]] = value


def _remove(row: dict[str, Any], path: tuple[str, ...]) -> None:
    node = row
    for part in path[:-1]:
        node = node[part]
    node.pop(path[-1], None)
