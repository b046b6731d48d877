"""The sha256 of a file's bytes, computed ahead by a helper thread while the caller goes on.

A media type whose file bytes are final long before the store writes them (a GLB read at
construction, the PLY rows of a validated point cloud) starts their digest at once
(:func:`sha256_ahead`); the store writes the file meanwhile and takes the digest
(:meth:`Sha256Ahead.hexdigest`) when it names the file. On two idle cores the hash (about 1 ms
for 1.5 MB) then runs beside the rest of the construction, ``log`` and the write, instead of
after them (``hashlib`` releases the GIL).

The bytes are cut into pieces of :data:`PIECE` bytes, taken in order under one lock by the
helper thread or by the caller of ``hexdigest``, whichever gets there first: the caller hashes
what the helper has not reached itself. A helper that holds a piece but is not running (a busy
machine) is waited for at most :data:`STALL_SECONDS`, then the caller hashes the whole file
itself; so the digest costs at most what hashing in line costs plus that wait.

One helper thread serves the process (a daemon, started on first use or by
:func:`start_helper`, which a run's writer calls at ``init``); a forked child starts its own,
and restarts from the first byte any digest that was not finished at the fork.
"""

from __future__ import annotations

import hashlib
import os
import queue
import threading
import weakref
from collections.abc import Iterable
from typing import Any

__all__ = ["MIN_BYTES", "PIECE", "STALL_SECONDS", "Sha256Ahead", "sha256_ahead", "start_helper"]

#: Bytes hashed per step (about 0.1 ms at 1.4 GB/s): the longest the caller of ``hexdigest``
#: waits for the helper before it hashes the rest itself.
PIECE = 1 << 17
#: How long :meth:`Sha256Ahead.hexdigest` waits for the helper to finish a piece (about five
#: pieces' time) before it hashes the whole file itself.
STALL_SECONDS = 0.0005
#: Files under this size are hashed by the store in line (a thread hand-off costs more than
#: what it would hide).
MIN_BYTES = 1 << 18


class Sha256Ahead:
    """The sha256 of the concatenation of ``buffers`` (bytes-like objects that must not change
    while this object lives), hashed piece by piece by the helper thread and by
    :meth:`hexdigest`. ``size`` is their total length in bytes."""

    __slots__ = ("__weakref__", "_hash", "_hex", "_lock", "_next", "_pieces", "size")

    def __init__(self, buffers: Iterable[Any]) -> None:
        pieces: list[memoryview] = []
        for buf in buffers:
            view = memoryview(buf)
            if view.ndim != 1 or view.format != "B":
                view = view.cast("B")
            pieces.extend(view[i:i + PIECE] for i in range(0, view.nbytes, PIECE))
        self._pieces = pieces
        self.size = sum(p.nbytes for p in pieces)
        self._next = 0
        self._hash = hashlib.sha256()
        self._hex: str | None = None
        self._lock = threading.Lock()

    def _step(self) -> bool:
        """Hash the next piece (False when none is left); the caller holds the lock."""
        i = self._next
        if i >= len(self._pieces):
            return False
        self._hash.update(self._pieces[i])
        self._next = i + 1
        return True

    def _run(self) -> None:
        """The helper's work: pieces in order, one lock hold each, until none is left."""
        while True:
            with self._lock:
                if self._hex is not None or not self._step():
                    return

    def hexdigest(self) -> str:
        """The hex digest: the pieces the helper has not taken are hashed in this thread. While
        the helper is inside a piece this waits, as long as the helper finishes a piece every
        :data:`STALL_SECONDS`; a helper that does not (not scheduled on a busy machine) is left
        behind, and every piece is hashed here from the first."""
        done = self._hex
        if done is not None:
            return done
        seen = self._next
        while not self._lock.acquire(timeout=STALL_SECONDS):
            done, at = self._hex, self._next
            if done is not None:
                return done
            if at == seen:       # no piece finished meanwhile: the helper is stalled
                h = hashlib.sha256()
                for piece in self._pieces:
                    h.update(piece)
                done = self._hex = h.hexdigest()   # the helper stops at its next piece
                return done
            seen = at
        try:
            if self._hex is None:
                while self._step():
                    pass
                self._hex = self._hash.hexdigest()
            return self._hex
        finally:
            self._lock.release()

    def cancel(self) -> None:
        """Stop the work: the bytes will not be stored after all (the helper skips what is
        left; :meth:`hexdigest` must not be called afterwards)."""
        with self._lock:
            self._pieces = []
            self._next = 0

    def _restart(self) -> None:
        """In a forked child: the parent's helper may have been inside ``update``; start over
        with a fresh hash and lock."""
        self._lock = threading.Lock()
        if self._hex is None:
            self._hash = hashlib.sha256()
            self._next = 0


def sha256_ahead(buffers: Iterable[Any]) -> Sha256Ahead | None:
    """A :class:`Sha256Ahead` of ``buffers``, handed to the helper thread; None when they total
    less than :data:`MIN_BYTES` (the store hashes small files itself)."""
    ahead = Sha256Ahead(buffers)
    if ahead.size < MIN_BYTES:
        return None
    _LIVE.add(ahead)
    _helper().put(ahead)
    return ahead


_QUEUE: queue.SimpleQueue[Sha256Ahead] | None = None
_START = threading.Lock()
_LIVE: weakref.WeakSet[Sha256Ahead] = weakref.WeakSet()


def start_helper() -> None:
    """Start the helper thread now if it is not running (a run's writer does, at ``init``, so
    that the first digest does not pay for the thread's start)."""
    _helper()


def _helper() -> queue.SimpleQueue[Sha256Ahead]:
    global _QUEUE
    q = _QUEUE
    if q is None:
        with _START:
            if _QUEUE is None:
                q = queue.SimpleQueue()
                threading.Thread(target=_work, args=(q,), name="vizlog-sha256",
                                 daemon=True).start()
                _QUEUE = q
            q = _QUEUE
    return q


def _work(q: queue.SimpleQueue[Sha256Ahead]) -> None:
    while True:
        ahead = q.get()
        ahead._run()
        del ahead


def _after_fork_in_child() -> None:
    global _QUEUE, _START
    _QUEUE = None
    _START = threading.Lock()
    for ahead in list(_LIVE):
        ahead._restart()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_after_fork_in_child)
