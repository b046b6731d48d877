"""``Run.log()``: step semantics, the plain fast path and the general path.

:class:`RunLog` is a mixin of :class:`~vizlog.runlog.run.Run`: it owns the run's history
writers (one stream per process, :meth:`RunLog._open_writers`), the step counter and what
``log()`` commits. Step semantics are wandb's (``log(d)`` commits at the current step and
advances it; ``commit=False`` accumulates; ``step=s`` above the current step commits what is
pending and moves to ``s``; a step below the current one is refused with a warning).

The fast path: ``log(d)`` with neither ``step`` nor ``commit``, ``d`` a ``dict`` whose keys are
all ``str`` and whose values are all exactly ``float``, ``int``, ``bool``, ``None`` or ``str``,
nothing pending, no queued media step, no live ``save()`` patterns (the key types are checked
when the key set differs from the previous plain row's, which is kept). It writes the bytes the
general path writes (``split_row`` + ``_commit_pending``, tested side by side) with one C JSON
encoder call, the internal keys spliced in as text and the times as integer microseconds
(:func:`vizlog.runlog.history.plain_record`), the framed record handed to the file with one
unbuffered ``write`` (so a ``log()`` that returned is in the file), under the run's one lock;
the row joins :attr:`Summary.plain_rows`, folded into the summary 256 rows at a time or at the
next read. Anything it cannot take (a non-finite float, a lone surrogate, a key order the splice
cannot handle, a queued step) goes through the general path with nothing done.
"""

from __future__ import annotations

import contextlib
import os
import socket
import threading
import time
import warnings
from collections.abc import Callable, Mapping
from typing import Any

from vizlog.errors import RunFinishedError, UsageError, UsageTypeError, bad_argument
from vizlog.format import history_file_name, new_token
from vizlog.runlog.history import CHUNK_BYTES, CHUNK_SECONDS, HistoryWriter, plain_record
from vizlog.runlog.ranks import RankInfo
from vizlog.runlog.settings import Settings
from vizlog.runlog.summary import FOLD_ROWS, Summary
from vizlog.runlog.values import split_row
from vizlog.runlog.writer import Writer
from vizlog.store import Backend, Store

__all__ = ["LIVE_SYNC_SECONDS", "RunLog"]

#: How often ``save(policy="live")`` files are copied again while the run logs (seconds).
LIVE_SYNC_SECONDS = 10.0
#: the exact value types the fast path takes (subclasses such as numpy's floats do not qualify)
_PLAIN = frozenset({float, int, bool, str, type(None)})
_STR = frozenset({str})
_time_ns = time.time_ns


class RunLog:
    """``log()`` and the history writers of a :class:`~vizlog.runlog.run.Run`."""

    id: str
    backend: Backend
    store: Store
    settings: Settings
    durability: str
    ranks: RankInfo | None
    summary: Summary
    _plain_rows: list[tuple[int, dict[str, Any], Any, int | None, int | None]]
    _defined: bool
    _plain_keys: frozenset[str]
    _lock: threading.RLock
    _state: str
    _failure: OSError | None
    _pending: dict[str, Any]
    _live_saves: list[tuple[str, str | None]]
    _live_synced: float
    _started_us: int
    _step: int
    _seq: int
    _workers: int | None
    _max_queue: int
    _history: HistoryWriter
    _writer: Writer
    _write_record: Callable[[bytes], int | None]

    def _write_run_json(self) -> None:
        raise NotImplementedError

    def _sync_live(self) -> None:
        raise NotImplementedError

    def _media_step(self, step: int | str) -> int | str:
        raise NotImplementedError

    def _media_committed(self, row: dict[str, Any], seq: int, keys: set[str]) -> None:
        raise NotImplementedError

    def _open_writers(self) -> None:
        """This process's own history file and writer threads (one writer per file)."""
        token = new_token()
        rank = None if self.ranks is None else self.ranks.rank
        name = history_file_name(socket.gethostname(), os.getpid(), token, rank=rank)
        self._history = HistoryWriter(
            self.backend, name, token, fsync=self.durability == "power",
            chunk_bytes=self.settings.history_chunk_bytes or CHUNK_BYTES,
            chunk_seconds=self.settings.history_chunk_seconds or CHUNK_SECONDS, rank=rank)
        self._writer = Writer(self.store, self._history.append, self._media_committed,
                              workers=self._workers, max_queue=self._max_queue)
        self._write_record = self._history.record_writer()

    @property
    def step(self) -> int:
        """The step the next ``log()`` call writes to."""
        return self._step

    def _raise_pool_error(self) -> None:
        if self._writer.error is not None:
            err = self._writer.take_error()
            if err is not None:
                if isinstance(err, OSError):
                    self._fail(err)
                raise err

    def _fail(self, exc: OSError) -> None:
        """A write or fsync error is fatal: the run stops accepting data (never retried)."""
        self._state = "failed"
        self._failure = exc
        with contextlib.suppress(OSError):
            self._write_run_json()

    def log(self, data: Mapping[str, Any], step: int | None = None,
            commit: bool | None = None) -> None:
        """Log a dict of values (see the module docstring for step and commit)."""
        if step is None and commit is None and type(data) is dict and \
                _PLAIN.issuperset(map(type, data.values())):
            # the fast path (module docstring), in this one frame
            if data.keys() != self._plain_keys:  # a key set not seen just before: check it
                keys = frozenset(data)
                if not _STR.issuperset(map(type, keys)):
                    self._log_general(data, step, commit)
                    return
                self._plain_keys = keys
            with self._lock:
                writer = self._writer
                if self._state == "running" and not self._pending and not self._live_saves \
                        and not writer.steps and writer.error is None:
                    # no step is queued (only this lock's holders queue one): nothing else
                    # writes to the stream until the lock is released
                    row = dict(data)  # the summary keeps it
                    if self._defined:
                        self.summary.prepare_row(row, [])
                    now_us = _time_ns() // 1000
                    at = self._step
                    runtime_us = now_us - self._started_us
                    rec = plain_record(row, at, now_us, runtime_us)
                    if rec is not None:
                        self._seq = seq = self._seq + 1
                        try:
                            n = self._write_record(rec)
                            if n is not None and n != len(rec):
                                self._history.write_rest(rec, n)
                        except OSError as exc:
                            self._fail(exc)
                            raise
                        self._step = at + 1
                        pend = self._plain_rows  # the summary's plain_rows
                        pend.append((seq, row, at, now_us, runtime_us))
                        if len(pend) >= FOLD_ROWS:
                            self.summary.fold()
                        return
        self._log_general(data, step, commit)

    def _log_general(self, data: Mapping[str, Any], step: int | None,
                     commit: bool | None) -> None:
        """``log()`` for every call the fast path does not take."""
        if self._state != "running":
            why = f" after a write error ({self._failure})" if self._failure else ""
            raise RunFinishedError(f"run {self.id} is {self._state}{why}; `log()` needs a "
                                   "running run. Start a new one with `vizlog.init()`.")
        self._raise_pool_error()
        if self._live_saves and time.monotonic() - self._live_synced > LIVE_SYNC_SECONDS:
            self._sync_live()
        if type(data) is not dict and not isinstance(data, Mapping):
            raise UsageTypeError(bad_argument("data", "a dict of key -> value", data))
        with self._lock:
            if step is not None:
                if isinstance(step, bool) or not hasattr(step, "__index__") or step < 0:
                    raise UsageError(f"`step` must be a non-negative int; got {step!r}.")
                step = int(step)
                if step < self._step:
                    warnings.warn(f"vizlog: step {step} is older than the current step "
                                  f"{self._step}; this log() call was ignored. Steps must "
                                  "not decrease.", stacklevel=3)
                    return
                if step > self._step:
                    self._commit_pending()
                    self._step = step
                do_commit = bool(commit)
            else:
                do_commit = True if commit is None else bool(commit)
            row, media = split_row(data)
            if self._pending:
                _merge(self._pending, row, media)
            else:
                self._pending = {"row": row, "media": media}
            if do_commit:
                try:
                    self._commit_pending()
                except OSError as exc:
                    self._fail(exc)
                    raise

    def _commit_pending(self) -> None:
        pending, self._pending = self._pending, {}
        if not pending:
            return
        row: dict[str, Any] = pending["row"]
        media = pending["media"]
        self.summary.prepare_row(row, [p for p, _ in media])
        now_us = _time_ns() // 1000  # the times the fast path writes (see plain_record)
        row["_step"] = self._step
        row["_timestamp"] = now_us / 1_000_000
        row["_runtime"] = (now_us - self._started_us) / 1_000_000
        self._seq += 1
        if media:
            media_keys = {p[0] for p, _ in media}
            self.summary.auto_update({k: v for k, v in row.items() if k not in media_keys},
                                     self._seq, newest=True)
        else:
            self.summary.auto_update(row, self._seq, newest=True)
        self._writer.commit(row, media, self._media_step(self._step), self._seq)
        self._step += 1


def _merge(pending: dict[str, Any], row: dict[str, Any],
           media: list[tuple[tuple[str, ...], Any]]) -> None:
    """Merge a new partial row into the pending step; later values win."""
    new_top = set(row) | {p[0] for p, _ in media}
    pending["media"] = [(p, m) for p, m in pending["media"] if p[0] not in new_top] + media
    for k in new_top:
        pending["row"].pop(k, None)
    pending["row"].update(row)
