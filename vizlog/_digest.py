"""The sha256 of a file's bytes, computed ahead by a helper thread while the caller goes on.

A media type whose file bytes are final long before the store writes them (a GLB read at
construction, the PLY rows of a validated point cloud) starts their digest at once
(:func:`sha256_ahead`); the store writes the file meanwhile and takes the digest
(:meth:`Sha256Ahead.hexdigest`) when it names the file. On two idle cores the hash (about 1.3 ms
for 1.5 MB here) then runs beside the rest of the construction, ``log`` and the write, instead
of after them.

``hashlib`` releases the GIL only inside ``update``; a thread that needs the GIL back while
another thread runs Python code waits for the interpreter's switch interval (5 ms). So the
helper hashes a digest's buffers in as few ``update`` calls as there are buffers (no GIL is
needed between them), and :func:`sha256_ahead` hands the helper the GIL at once: it waits, at
most :data:`HANDSHAKE_SECONDS`, until the helper has claimed the digest (measured with a 1.5 MB
GLB: the first byte was hashed 1 ms after the read while the caller held the GIL, against 0.1 ms
with the hand-over).

Who hashes: the helper claims a queued digest; a caller of ``hexdigest`` that finds it still
unclaimed (the helper busy with another digest, or not scheduled on a busy machine) claims it
and hashes it itself, and the helper skips it; a claimed digest is waited for. So the digest
never costs more than hashing in line plus the hand-over.

One helper thread serves the process (a daemon, started on first use or by
:func:`start_helper`, which a run's writer calls at ``init``); a forked child starts its own,
and a digest that was not finished at the fork is hashed in the child by its caller.
"""

from __future__ import annotations

import hashlib
import os
import queue
import threading
import weakref
from collections.abc import Iterable
from typing import Any

__all__ = ["HANDSHAKE_SECONDS", "MIN_BYTES", "Sha256Ahead", "sha256_ahead", "start_helper"]

#: How long :func:`sha256_ahead` waits for the helper to claim the new digest (an idle helper
#: does within about 0.1 ms; a busy one is not waited for longer than this).
HANDSHAKE_SECONDS = 0.0005
#: Files under this size are hashed by the store in line (a thread hand-off costs more than
#: what it would hide).
MIN_BYTES = 1 << 18

_QUEUED, _RUNNING, _TAKEN, _CANCELLED = range(4)


class Sha256Ahead:
    """The sha256 of the concatenation of ``buffers`` (bytes-like objects that must not change
    while this object lives), hashed by the helper thread or by the first caller of
    :meth:`hexdigest` that finds it unclaimed. ``size`` is their total length in bytes."""

    __slots__ = ("__weakref__", "_buffers", "_claimed", "_done", "_hex", "_lock", "_state",
                 "size")

    def __init__(self, buffers: Iterable[Any]) -> None:
        views: list[memoryview] = []
        for buf in buffers:
            view = memoryview(buf)
            if view.ndim != 1 or view.format != "B":
                view = view.cast("B")
            if view.nbytes:
                views.append(view)
        self._buffers = views
        self.size = sum(v.nbytes for v in views)
        self._hex: str | None = None
        self._state = _QUEUED
        self._lock = threading.Lock()
        self._claimed = threading.Event()   # set once the digest is no longer queued
        self._done = threading.Event()      # set when a claimed digest's hash is final

    def _claim(self, state: int) -> bool:
        """Move a queued digest to ``state`` (True), or find it already claimed (False)."""
        with self._lock:
            if self._state != _QUEUED:
                return False
            self._state = state
        self._claimed.set()
        return True

    def _hash(self) -> str:
        h = hashlib.sha256()
        for view in self._buffers:
            h.update(view)
        return h.hexdigest()

    def _run(self) -> None:
        """The helper's work: hash the digest unless a caller claimed it first."""
        if not self._claim(_RUNNING):
            return
        try:
            self._hex = self._hash()
        finally:
            self._done.set()

    def hexdigest(self) -> str:
        """The hex digest: hashed here when the helper has not claimed it yet, else waited
        for."""
        done = self._hex
        if done is not None:
            return done
        if self._claim(_TAKEN):
            self._hex = done = self._hash()
            self._done.set()
            return done
        self._done.wait()
        done = self._hex
        if done is None:       # the helper failed (it cannot, short of memory): hash here
            self._hex = done = self._hash()
        return done

    def cancel(self) -> None:
        """Stop the work: the bytes will not be stored after all (a queued digest is skipped;
        :meth:`hexdigest` must not be called afterwards)."""
        if self._claim(_CANCELLED):
            self._buffers = []
            self._done.set()

    def _restart(self) -> None:
        """In a forked child: the parent's helper may have been hashing; an unfinished digest
        is queued again (its caller hashes it), with fresh lock and events."""
        self._lock = threading.Lock()
        self._claimed = threading.Event()
        self._done = threading.Event()
        if self._hex is None and self._state != _CANCELLED:
            self._state = _QUEUED
        else:
            self._claimed.set()
            self._done.set()


def sha256_ahead(buffers: Iterable[Any]) -> Sha256Ahead | None:
    """A :class:`Sha256Ahead` of ``buffers``, handed to the helper thread; None when they total
    less than :data:`MIN_BYTES` (the store hashes small files itself)."""
    ahead = Sha256Ahead(buffers)
    if ahead.size < MIN_BYTES:
        return None
    _LIVE.add(ahead)
    _helper().put(ahead)
    ahead._claimed.wait(HANDSHAKE_SECONDS)   # the GIL goes to the helper now (module docstring)
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
