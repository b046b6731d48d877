"""The background writer: a bounded pool that encodes and stores media, and an ordered committer.

``Run.log()`` hands every media value of a committed step to the pool (threads: Pillow, zlib,
ffmpeg and pyarrow release the GIL) and queues the step. The committer takes steps in order,
waits for their files, puts the descriptors into the row and appends the history record, so a
record is written only after every file it references is complete.

Bounds: at most ``max_queue`` steps wait in the queue (``log()`` blocks when it is full, so memory
stays bounded); a process crash loses at most those queued steps plus the one being committed.
Steps without media skip the queue when nothing is pending. An error raised while encoding or
storing is kept and re-raised by the next ``log()``/``finish()``; the rest of that step's row is
still written.
"""

from __future__ import annotations

import os
import queue
import threading
from collections.abc import Callable
from concurrent.futures import Future
from typing import Any

from vizlog.media._base import Media
from vizlog.store import Store

__all__ = ["MediaList", "Writer", "store_media"]


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
    """A few daemon worker threads running callables and completing futures."""

    def __init__(self, workers: int) -> None:
        self._tasks: queue.SimpleQueue[tuple[Future[Any], Callable[[], Any]] | None] = \
            queue.SimpleQueue()
        self._threads = [threading.Thread(target=self._work, name=f"vizlog-encode-{i}",
                                          daemon=True) for i in range(workers)]
        for t in self._threads:
            t.start()

    def _work(self) -> None:
        while True:
            item = self._tasks.get()
            if item is None:
                return
            fut, fn = item
            if not fut.set_running_or_notify_cancel():
                continue
            try:
                fut.set_result(fn())
            except BaseException as exc:
                fut.set_exception(exc)

    def submit(self, fn: Callable[[], Any]) -> Future[Any]:
        fut: Future[Any] = Future()
        self._tasks.put((fut, fn))
        return fut

    def close(self) -> None:
        for _ in self._threads:
            self._tasks.put(None)
        for t in self._threads:
            t.join()


class Writer:
    """Commits history rows in order, after their media are stored (see module docstring)."""

    def __init__(self, store: Store, append: Callable[[dict[str, Any]], None],
                 on_committed: Callable[[dict[str, Any], int, set[str]], None],
                 workers: int | None = None, max_queue: int = 64) -> None:
        self.store = store
        self._append = append
        self._on_committed = on_committed
        self._pool = _Pool(workers or max(1, min(4, os.cpu_count() or 1)))
        self._queue: queue.Queue[tuple[dict[str, Any], list[tuple[tuple[str, ...], Future[Any]]],
                                       int] | None] = queue.Queue(max_queue)
        self._lock = threading.Lock()
        self._in_flight = 0
        self._error: BaseException | None = None
        self._closed = False
        self._thread = threading.Thread(target=self._commit_loop, name="vizlog-commit",
                                        daemon=True)
        self._thread.start()

    @property
    def failed(self) -> bool:
        """True when an error waits to be taken (read without the lock: a cheap check)."""
        return self._error is not None

    def queued(self) -> int:
        """Steps handed to the writer and not yet written."""
        return self._in_flight

    def take_error(self) -> BaseException | None:
        """The first error from the pool since the last call, or None."""
        with self._lock:
            err, self._error = self._error, None
        return err

    def submit_media(self, key: str, step: int | str, value: Media | MediaList) -> Future[Any]:
        return self._pool.submit(lambda: store_value(self.store, key, step, value))

    def commit(self, row: dict[str, Any], media: list[tuple[tuple[str, ...], Media | MediaList]],
               step: int | str, seq: int) -> None:
        """Commit one row; ``media`` lists (path in row, value) pairs to store first."""
        if not media:
            with self._lock:
                if self._in_flight == 0:
                    self._append(row)
                    return
                self._in_flight += 1
            self._queue.put((row, [], seq))
            return
        futures = [(path, self.submit_media("/".join(path), step, value))
                   for path, value in media]
        with self._lock:
            self._in_flight += 1
        self._queue.put((row, futures, seq))

    def _commit_loop(self) -> None:
        while True:
            item = self._queue.get()
            if item is None:
                return
            row, futures, seq = item
            for path, fut in futures:
                try:
                    desc = fut.result()
                except BaseException as exc:
                    with self._lock:
                        if self._error is None:
                            self._error = exc
                    _remove(row, path)
                else:
                    _place(row, path, desc)
            try:
                with self._lock:
                    self._append(row)
                    self._in_flight -= 1
                self._on_committed(row, seq, {path[0] for path, _ in futures})
            except BaseException as exc:  # a failed write is fatal to the run; report it
                with self._lock:
                    if self._error is None:
                        self._error = exc
    def close(self) -> None:
        """Commit everything queued, then stop the threads."""
        if self._closed:
            return
        self._closed = True
        self._queue.put(None)
        self._thread.join()
        self._pool.close()


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
