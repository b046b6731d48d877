"""``Run``: what ``vizlog.init()`` returns. See ``docs/getting-started.md`` for the whole API.

``log()``, its step semantics (wandb's) and the history writers are :mod:`vizlog.runlog.log`'s
(the :class:`~vizlog.runlog.log.RunLog` mixin); this module holds the rest of the run's life:
``init`` (folder, lease, resume), ``run.json``/``summary.json``, ``save``, ``define_metric`` and
``finish`` (with the hand-off of the columnar copy).
"""

from __future__ import annotations

import atexit
import contextlib
import os
import socket
import sys
import threading
import time
import warnings
import weakref
from collections.abc import Mapping, Sequence
from pathlib import Path
from types import TracebackType
from typing import Any

from vizlog import _json
from vizlog._json import check_text
from vizlog._version import __version__
from vizlog.columnar import COPY_MIN_BYTES, start_stream_copy, write_stream_copy
from vizlog.errors import (
    RunFinishedError,
    RunStateError,
    UsageError,
    UsageTypeError,
    bad_argument,
)
from vizlog.format import (
    RANK_KEY,
    RUN_FORMAT_VERSION,
    RUN_JSON,
    SUMMARY_JSON,
    new_token,
)
from vizlog.media._base import Media
from vizlog.read import open_run
from vizlog.runlog import active, lease
from vizlog.runlog import watch as _watch
from vizlog.runlog.alerts import ALERTS_JSON
from vizlog.runlog.artifacts import RunArtifacts
from vizlog.runlog.config import Config
from vizlog.runlog.extras import RunExtras
from vizlog.runlog.files import save_files
from vizlog.runlog.log import RunLog
from vizlog.runlog.ranks import RankInfo
from vizlog.runlog.settings import Settings
from vizlog.runlog.summary import MetricDef, Summary, parse_metric_call
from vizlog.runlog.values import split_row
from vizlog.runlog.writer import store_media
from vizlog.store import Backend, Store, open_backend

__all__ = ["Run"]

#: "process": each record is handed to the kernel before log() returns (survives a process
#: crash); "power": also fsync'd, with the folder fsync'd after every new file (survives power
#: loss, slower).
DURABILITY = ("process", "power")


def new_run_id() -> str:
    return new_token(8)


def _check_id(run_id: str) -> str:
    if not isinstance(run_id, str) or not run_id or len(run_id) > 128 or any(
            not (c.isascii() and (c.isalnum() or c in "-_.")) for c in run_id) or \
            run_id.startswith("."):
        raise UsageError(bad_argument("id", "1..128 ASCII letters, digits, '-', '_' or '.' (not "
                                      "starting with '.')", run_id))
    return run_id


class Run(RunLog, RunExtras, RunArtifacts):
    """A run writing into ``<dir>/<id>/``. Create it with :func:`vizlog.init`."""

    _state: str
    _token: str

    def __init__(self, project: str | None = None, name: str | None = None,
                 id: str | None = None, dir: str | os.PathLike[str] | Backend | None = None,
                 config: Mapping[str, Any] | None = None, tags: Sequence[str] | None = None,
                 notes: str | None = None, group: str | None = None,
                 job_type: str | None = None, resume: str | bool | None = None,
                 workers: int | None = None, max_queue: int = 64,
                 durability: str = "process", entity: str | None = None,
                 sweep_id: str | None = None, settings: Settings | None = None,
                 quiet: bool = False, ranks: RankInfo | None = None) -> None:
        if durability not in DURABILITY:
            allowed = ", ".join(map(repr, DURABILITY))
            raise UsageError(bad_argument("durability", f"one of {allowed}", durability))
        self.durability = durability
        self.id = _check_id(id) if id is not None else new_run_id()
        self.project, self.group, self.job_type, self.notes = project, group, job_type, notes
        self.entity, self.sweep_id = entity, sweep_id
        self._name = name or self.id
        self._quiet = quiet
        self.tags = tuple(str(t) for t in (tags or ()))
        for arg, text in (("project", project), ("name", name), ("group", group),
                          ("job_type", job_type), ("notes", notes), ("entity", entity),
                          *(("tags", t) for t in self.tags)):
            if text is not None:
                if not isinstance(text, str):
                    raise UsageTypeError(bad_argument(arg, "a str or None", text))
                check_text(text, f"`{arg}`")
        self._root_backend = open_backend(dir if dir is not None else "vizlog-runs")
        self.backend = self._root_backend.child(self.id)
        local = self.backend.local_path()
        #: the run folder: a local path, or the URL of the backend's run folder
        self.dir = str(Path(local).resolve()) if local is not None else self.backend.url
        self._token = new_token()
        self._host = socket.gethostname()  # for run.json (asked once: finish stays cheap)
        #: this process's rank of a distributed job (None for a run of one process)
        self.ranks = ranks
        self._primary = ranks is None or ranks.primary
        if self._primary:  # the other ranks take no lock: they write only files of their own
            lease.acquire(self.backend, self._token, self.dir,
                          {r._token for r in list(_LIVE_RUNS) if r._state == "running"})
        try:
            resuming = self._check_resume(resume)
        except BaseException:
            if self._primary:
                lease.release(self.backend, self._token)
            raise
        self.store = Store(self.backend, fsync=durability == "power")
        self._lock = threading.RLock()
        self._state = "running"
        self._exit_code: int | None = None
        self._failure: OSError | None = None
        self._error: str | None = None
        self._preempting = False
        #: True when the run this one resumes had called ``mark_preempting()``
        self.resumed_after_preemption = False
        self._live_saves: list[tuple[str, str | None]] = []
        self._live_synced = time.monotonic()
        #: the start in microseconds since the epoch; ``_runtime`` counts from it
        self._started_us = time.time_ns() // 1000
        self._started = self._started_us / 1_000_000
        self._step = 0
        self._seq = 0
        self._pending: dict[str, Any] = {}
        self._metrics: list[MetricDef] = []
        #: files ``save()`` did not copy, with the reason (symlinks, FIFOs, too large, ...)
        self.saved_files_skipped: dict[str, str] = {}
        self.config = Config(on_change=self._write_run_json, guard=self._check_config_change)
        self.summary = Summary(on_explicit_set=self._summary_value)
        #: the summary's list of fast-path rows (read here: ``Summary`` attributes go through
        #: its ``__getattr__`` hook) and whether ``define_metric`` was called
        self._plain_rows = self.summary.plain_rows
        self._defined = False
        #: the key set of the last plain row (all str: the fast path need not check it again)
        self._plain_keys: frozenset[str] = frozenset()
        #: True when this run continues one that was already in its folder
        self.resumed = resuming
        if resuming:
            self._resume_from_disk()
        #: the first step this process logs (0 for a new run)
        self.starting_step = self._step
        self._alerts = self._load_alerts(lambda items: self.store.write_json(ALERTS_JSON, items))
        self.settings = (settings or Settings()).replace(
            run_id=self.id, run_name=self._name, project=project, entity=entity,
            root_dir=str(Path(self.dir).parent) if "://" not in self.dir else
            self.dir.rsplit("/", 1)[0])
        self._workers, self._max_queue = workers, max_queue
        self._open_writers()
        self._owner_pid = os.getpid()
        _ensure_fork_hook()
        _LIVE_RUNS.add(self)
        if config:
            self.config.update(config)
        else:
            self._write_run_json()
        atexit.register(self._atexit)
        self._say(f"vizlog: run {self.id} logging to {self.dir}")

    def _check_resume(self, resume: str | bool | None) -> bool:
        """True when the run exists and may be resumed; the errors of wandb's resume modes.
        A rank other than the primary joins the run whether or not the primary made it yet."""
        if not self._primary:
            return resume not in (None, False, "never") and self.backend.exists(RUN_JSON)
        if self.backend.exists(RUN_JSON) and not self._orphan_made():
            if resume in (None, False, "never"):
                raise RunStateError(f"run directory {self.dir} already holds a run; pass "
                                    "`resume=\"allow\"` to continue it, or a new `id`.")
            return True
        if resume == "must":
            raise RunStateError(f"`resume=\"must\"` but no run exists at {self.dir}; start it "
                                "without `resume` first.")
        return False

    def _after_fork_in_child(self) -> None:
        """A forked child logs into a history file of its own, with threads of its own; steps
        still queued in the parent stay the parent's."""
        self._lock = threading.RLock()
        self.summary._lock = threading.Lock()
        self._pending = {}
        if self._state == "running":
            self._open_writers()

    # -- persistence -----------------------------------------------------------------------------
    def _meta(self) -> dict[str, Any]:
        return {"format_version": RUN_FORMAT_VERSION, "vizlog_version": __version__, "id": self.id,
                "name": self.name, "project": self.project, "group": self.group,
                "job_type": self.job_type, "tags": list(self.tags), "notes": self.notes,
                "config": self.config.as_dict(), "state": self._state,
                "exit_code": self._exit_code, "started_at": self._started,
                "host": self._host, "pid": os.getpid(),
                "metrics": [m.as_json() for m in self._metrics], "entity": self.entity,
                "sweep_id": self.sweep_id} | \
            ({"error": self._error} if self._error else {}) | \
            ({"preempting": True} if self._preempting else {}) | self._ranks_meta()

    def _ranks_meta(self) -> dict[str, Any]:
        """``"ranks"`` in run.json for a distributed job: world size and the primary rank."""
        if self.ranks is None:
            return {}
        return {"ranks": {"primary": self.ranks.primary_rank,
                          "world_size": self.ranks.world_size}}

    def _write_run_json(self) -> None:
        if self._primary:  # run.json is the primary rank's (see vizlog.runlog.ranks)
            self.store.write_json(RUN_JSON, self._meta())

    def _orphan_made(self) -> bool:
        """True when run.json was written by another rank of this job standing in for a primary
        that had not started yet (:meth:`_orphan_files`): the primary takes the run over."""
        if self.ranks is None:
            return False
        try:
            meta = _json.loads(self.backend.get(RUN_JSON, max_bytes=1 << 24))
        except (OSError, ValueError):
            return False
        ranks = meta.get("ranks") if isinstance(meta, dict) else None
        return isinstance(ranks, dict) and isinstance(ranks.get("written_by"), int)

    def _orphan_files(self) -> None:
        """A rank whose primary never made the run (no run.json at this rank's finish, e.g. each
        rank was given an id of its own) writes run.json and summary.json, only if still
        absent (``create``), so the run opens; a primary's files are never replaced."""
        if self.backend.exists(RUN_JSON):
            return
        meta = self._meta()
        meta["ranks"]["written_by"] = self.ranks.rank if self.ranks is not None else None
        for key, value in ((SUMMARY_JSON, self.summary.as_dict()), (RUN_JSON, meta)):
            self.backend.create(key, (_json.dumps(value) + "\n").encode("utf-8"))

    def _media_step(self, step: int | str) -> int | str:
        """The step part of a media file name: ``<step>-rank<N>`` on ranks above 0, so ranks
        never write the same name."""
        if self.ranks is None or self.ranks.rank == 0:
            return step
        return f"{step}-rank{self.ranks.rank}"

    def _resume_from_disk(self) -> None:
        prev = open_run(self.backend)
        self.resumed_after_preemption = bool(prev.meta.get("preempting"))
        self.config.update(prev.config)
        mine = None if self.ranks is None else self.ranks.rank
        steps = [r.get("_step", -1) for r in prev.history if r.get(RANK_KEY, 0) == (mine or 0)]
        self._step = (max(steps) + 1) if steps else 0
        self.summary.restore(prev.summary)

    def _summary_value(self, key: str, value: Any) -> Any:
        """Explicit ``summary[key] = value``: media are stored now under step ``summary``."""
        self._check_running("summary[...] = ")
        row, media = split_row({key: value})
        for path, obj in media:
            desc = store_media(self.store, "/".join(path), self._media_step("summary"), obj) \
                if isinstance(obj, Media) else None
            if desc is None:
                raise UsageError(f"summary[{key!r}] cannot hold a list of media; log it instead.")
            node = row
            for part in path[:-1]:
                node = node[part]
            node[path[-1]] = desc
        return row[key]

    def _media_committed(self, row: dict[str, Any], seq: int, keys: set[str]) -> None:
        self.summary.auto_update({k: row[k] for k in keys if k in row}, seq)

    # -- attributes ------------------------------------------------------------------------------
    @property
    def name(self) -> str:
        """The display name (the id when none was given); settable while running."""
        return self._name

    @name.setter
    def name(self, value: str) -> None:
        self._check_running("name = ")
        if not isinstance(value, str) or not value:
            raise UsageTypeError(bad_argument("name", "a non-empty str", value))
        self._name = check_text(value, "`name`")
        self._write_run_json()

    @property
    def start_time(self) -> float:
        """When the run started (seconds since the epoch)."""
        return self._started

    def _check_config_change(self) -> None:
        if self._state != "running" and os.getpid() == self._owner_pid:
            raise RunFinishedError(f"run {self.id} is {self._state}; its config cannot change. "
                                   "Start a new run with `vizlog.init()`.")

    def _say(self, line: str) -> None:
        """One line on stderr (as wandb), unless quiet (``VIZLOG_SILENT``/``WANDB_SILENT``,
        ``quiet``)."""
        if not self._quiet:
            print(line, file=sys.stderr, flush=True)

    # -- files and metrics -----------------------------------------------------------------------
    def save(self, glob_str: str | os.PathLike[str], base_path: str | os.PathLike[str] | None
             = None, policy: str = "live") -> list[str]:
        """Copy files (a path or a glob, ``**`` allowed) into ``<run>/files/``, keeping their
        paths relative to ``base_path``. Regular files only: symlinks are never followed; what
        was skipped, and why, is in ``run.saved_files_skipped``. Returns the run-relative paths
        written. ``policy``: ``"now"`` copies once now; ``"live"`` (default) also copies later
        edits while the run logs (at most every few seconds) and at ``finish``; ``"end"`` copies
        at ``finish`` only."""
        self._check_running("save")
        if policy not in ("live", "now", "end"):
            raise UsageError(bad_argument("policy", "'live', 'now' or 'end'", policy))
        pattern = os.fspath(glob_str)
        base = None if base_path is None else os.fspath(base_path)
        if policy != "now":
            self._live_saves.append((pattern, base))
        if policy == "end":
            return []
        report = save_files(self.store, pattern, base)
        self.saved_files_skipped.update(report.skipped)
        return report.saved

    def _sync_live(self) -> None:
        """Copy the ``live``/``end`` patterns again (later edits and new matches)."""
        self._live_synced = time.monotonic()
        for pattern, base in self._live_saves:
            try:
                report = save_files(self.store, pattern, base)
            except UsageError:  # nothing matches (yet)
                continue
            self.saved_files_skipped.update(report.skipped)

    def define_metric(self, name: str, step_metric: str | MetricDef | None = None,
                      step_sync: bool | None = None, hidden: bool | None = None,
                      summary: str | None = None, goal: str | None = None,
                      overwrite: bool | None = None) -> MetricDef:
        """Customise a metric as wandb does (rules: :mod:`vizlog.runlog.summary`): its summary
        (``"min,max,mean,first,last"``, ``"none"``, legacy ``"best"`` with ``goal``), its x-axis
        ``step_metric`` (a name or a returned metric; ``step_sync`` copies its latest value into
        rows lacking it), ``hidden``; ``"val/*"`` globs apply to matching keys; definitions merge
        unless ``overwrite=True``. Returns the call as a ``MetricDef`` (wandb's ``Metric``); the
        merged definitions are recorded in ``run.json``."""
        self._check_running("define_metric")  # wandb raises its UsageError here
        metric = parse_metric_call(name, step_metric, step_sync, hidden, summary, goal, overwrite)
        with self._lock:
            self.summary.define(metric)
            self._defined = True
            self._metrics = self.summary.definitions()
            self._write_run_json()
        return metric

    def store_media(self, key: str, step: int | str, media: Media) -> dict[str, Any]:
        """Store one media object (children first) in this run now and return its descriptor
        (what ``Media.to_json(run)`` uses); the history is not touched."""
        self._check_running("store_media")
        if not isinstance(media, Media):
            raise UsageTypeError(bad_argument("media", "a vizlog media object", media))
        check_text(str(key), "`key`")
        return store_media(self.store, str(key), step, media)

    @staticmethod
    def plot_table(vega_spec_name: Any, data_table: Any, fields: Mapping[str, Any],
                   string_fields: Mapping[str, Any] | None = None,
                   split_table: bool = False) -> Any:
        """Bind a Vega-Lite spec to a table: :func:`vizlog.plot_table` (a static method, as in
        wandb's seed API); log the returned chart with ``run.log({"key": chart})``."""
        from vizlog.charts.custom_chart import plot_table

        return plot_table(vega_spec_name, data_table, fields, string_fields, split_table)

    def watch(self, models: Any, criterion: Any = None, log: str | None = "gradients",
              log_freq: int = 1000, idx: int | None = None,
              log_graph: bool = False) -> list[_watch.ModuleGraph]:
        """Log gradient and/or parameter histograms of torch modules every ``log_freq`` batches
        (and the module structure with ``log_graph``), as ``wandb.watch``; needs PyTorch. See
        :mod:`vizlog.runlog.watch` and ``docs/watch.md``."""
        return _watch.watch(self, models, criterion=criterion, log=log, log_freq=log_freq,
                            idx=idx, log_graph=log_graph)

    def unwatch(self, models: Any = None) -> None:
        """Remove the hooks of :meth:`watch` from ``models`` (all watched models when None)."""
        _watch.unwatch(self, models)

    # -- ending ------------------------------------------------------------------------------------
    def finish(self, exit_code: int | None = None, quiet: bool | None = None) -> None:
        """Commit what is pending, wait for every file, write summary and final state."""
        with self._lock:
            if self._failure is not None:
                # after a fatal write error: stop the threads, record the state if the disk
                # lets us, and write nothing else
                self._writer.close()
                with contextlib.suppress(Exception):
                    self._history.close()
                with contextlib.suppress(OSError):
                    self._write_run_json()
                lease.release(self.backend, self._token)
                active.clear(self)
                return
            if self._state != "running":
                return
            failure: BaseException | None = None
            try:
                self._commit_pending()
                if self._live_saves and os.getpid() == self._owner_pid:
                    self._sync_live()
            except Exception as exc:
                failure = exc
            self._writer.close()
            try:
                self._history.close()  # on object storage: the final history chunk
            except Exception as exc:
                failure = failure or exc
            failure = failure or self._writer.take_error()
            if os.getpid() != self._owner_pid:  # a forked child: the parent owns run.json
                self._state = "finished" if failure is None else "failed"
                if failure is not None:
                    raise failure
                self._write_columnar_copy()
                return
            self._exit_code = exit_code
            try:
                if self._primary:  # summary.json is the primary rank's
                    self.store.write_json(SUMMARY_JSON, self.summary.as_dict())
            except Exception as exc:
                failure = failure or exc
            # every failure found here marks the run failed, with its cause in run.json
            self._state = "finished" if not exit_code and failure is None else "failed"
            if failure is not None:
                self._error = f"{type(failure).__name__}: {failure}"[:2000]
            try:
                self._write_run_json()
                if not self._primary:
                    self._orphan_files()
            except Exception as exc:
                failure = failure or exc
            if failure is None:
                self._write_columnar_copy()
            lease.release(self.backend, self._token)
        active.clear(self)
        if failure is not None:
            raise failure
        if not quiet:
            out = " --out LOCAL_DIR" if "://" in self.dir else ""
            self._say(f"vizlog: run {self.id} {self._state}; see it with: vizlog view "
                      f"{self.dir}{out}")

    def _write_columnar_copy(self) -> None:
        """The columnar copy of this process's own, now complete, history stream, in the run
        folder (``columnar/``, see :mod:`vizlog.columnar`), so that ``vizlog.dataset`` need not
        convert it; skipped for a stream under ``settings.columnar_copy_min_bytes`` (1 MiB) or
        with ``settings.columnar_copy=False``. By default a local run's copy is written by a
        background process (:func:`vizlog.columnar.start_stream_copy`) and ``finish()`` does not
        wait for it; ``columnar_copy=True`` (and every run in object storage) writes it here.
        Each rank (and forked child) writes the copy of its own stream only. Derived data: a
        failure is a warning, and readers convert the history themselves."""
        min_bytes = self.settings.columnar_copy_min_bytes or COPY_MIN_BYTES
        if self.settings.columnar_copy is False or self._history.written < min_bytes // 2:
            return  # surely too small: not even a listing of history/ (a request on S3)
        folder = self.backend.local_path()
        try:
            if self.settings.columnar_copy is None and folder is not None:
                # the default for a local run: written by a background process, so finish()
                # returns at once (the Parquet import and conversion took 0.6-0.7 s of a
                # 20,000-step run's finish(); docs/cluster.md)
                start_stream_copy(folder, self._history.key, min_bytes)
            else:
                write_stream_copy(self.backend, self._history.key, min_bytes)
        except Exception as exc:
            warnings.warn(f"vizlog: the columnar copy of run {self.id}'s history was not "
                          f"written ({type(exc).__name__}: {str(exc)[:200]}); readers convert "
                          "the history themselves.", stacklevel=3)

    def _atexit(self) -> None:
        if self._state == "running":
            try:
                self.finish()
            except Exception as exc:  # pragma: no cover - reported, never raised at exit
                warnings.warn(f"vizlog: finishing run {self.id} at exit failed: {exc}",
                              stacklevel=1)

    @property
    def state(self) -> str:
        return self._state

    def __enter__(self) -> Run:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.finish(exit_code=1 if exc_type is not None else None)

    def __repr__(self) -> str:
        return f"<vizlog.Run {self.id} {self._state} at {self.dir}>"


_LIVE_RUNS: weakref.WeakSet[Run] = weakref.WeakSet()


def _reset_runs_after_fork() -> None:
    for run in list(_LIVE_RUNS):
        run._after_fork_in_child()


_FORK_HOOK: list[bool] = []


def _ensure_fork_hook() -> None:
    """Registered with the first Run (not at import): forked children get their own writers."""
    if not _FORK_HOOK and hasattr(os, "register_at_fork"):
        os.register_at_fork(after_in_child=_reset_runs_after_fork)
        _FORK_HOOK.append(True)

