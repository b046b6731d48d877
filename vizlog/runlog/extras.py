"""The rest of wandb's ``Run`` surface, with an offline meaning: identity attributes, URLs,
alerts, code and file restore, status, preemption, notebook display.

:class:`RunExtras` is a mixin of :class:`~vizlog.runlog.run.Run`; it uses the run's ``id``,
``project``, ``entity``, ``dir``, ``backend``, ``store``, ``settings`` and its lock.
"""

from __future__ import annotations

import html
import os
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import IO, Any

from vizlog.errors import RunFinishedError
from vizlog.read import open_run
from vizlog.runlog import active, code
from vizlog.runlog.alerts import ALERTS_JSON, Alerts
from vizlog.store import Backend, Store

__all__ = ["RunExtras"]


class RunExtras:
    """wandb's Run attributes and methods beyond logging (see the module docstring)."""

    id: str
    project: str | None
    entity: str | None
    dir: str
    sweep_id: str | None
    backend: Backend
    store: Store
    _alerts: Alerts
    _state: str
    _preempting: bool

    def _write_run_json(self) -> None:
        raise NotImplementedError

    def finish(self, exit_code: int | None = None, quiet: bool | None = None) -> None:
        raise NotImplementedError

    # -- identity --------------------------------------------------------------------------------
    @property
    def path(self) -> str:
        """``entity/project/id`` as wandb (``entity`` and ``project`` may be empty offline)."""
        return "/".join([self.entity or "", self.project or "", self.id]).lstrip("/")

    @property
    def mode(self) -> str:
        """Always ``"offline"`` (a disabled run is :class:`DisabledRun`)."""
        return "offline"

    @property
    def offline(self) -> bool:
        return True

    @property
    def disabled(self) -> bool:
        return False

    def project_name(self) -> str:
        """The project's name (``""`` when none was given), as wandb."""
        return self.project or ""

    # -- urls ------------------------------------------------------------------------------------
    def _page(self, folder: str) -> str | None:
        if "://" in folder:
            return None
        page = Path(folder) / "index.html"
        return page.resolve().as_uri() if page.is_file() else None

    @property
    def url(self) -> str | None:
        """The ``file://`` address of the run's page (``vizlog view``) when it exists; None
        otherwise (offline, as wandb)."""
        return self._page(self.dir)

    def get_url(self) -> str | None:
        return self.url

    def get_project_url(self) -> str | None:
        """The page of the folder of runs (``vizlog view ROOT``) when it exists."""
        return None if "://" in self.dir else self._page(str(Path(self.dir).parent))

    def get_sweep_url(self) -> str | None:
        """None: vizlog has no sweep server (``sweep_id`` is recorded as given)."""
        return None

    # -- alerts ----------------------------------------------------------------------------------
    def alert(self, title: str, text: str, level: Any = None,
              wait_duration: Any = None) -> None:
        """Record an alert in the run (``alerts.json``) and show it as a warning; a repeat of a
        title within ``wait_duration`` seconds (default 60) is suppressed. ``title`` holds at
        most 64 characters; ``level`` is a :class:`vizlog.AlertLevel` or its name."""
        self._check_running("alert")
        self._alerts.send(title, text, level, wait_duration, int(getattr(self, "step", 0)))

    def _load_alerts(self, write: Callable[[Any], None]) -> Alerts:
        backend = self.backend
        existing: list[dict[str, Any]] = []
        if backend.exists(ALERTS_JSON):
            from vizlog import _json

            loaded = _json.loads(backend.get(ALERTS_JSON))
            existing = loaded if isinstance(loaded, list) else []
        return Alerts(write, existing)

    # -- files -----------------------------------------------------------------------------------
    def log_code(self, root: str | os.PathLike[str] | None = ".", name: str | None = None,
                 include_fn: Callable[..., bool] | None = None,
                 exclude_fn: Callable[..., bool] | None = None) -> list[str] | None:
        """Save source files under ``root`` (default ``*.py``) into ``code/<name>/`` (see
        :mod:`vizlog.runlog.code`); returns the run-relative paths, None when ``root`` is
        None (as wandb)."""
        self._check_running("log_code")
        if root is None:
            return None
        return code.log_code(self.store, root, name, include_fn, exclude_fn,
                             run_dir=None if "://" in self.dir else self.dir)

    def restore(self, name: str, run_path: str | None = None, replace: bool = False,
                root: str | os.PathLike[str] | None = None) -> IO[str]:
        """A file saved with ``save()`` in this run, or in the run ``run_path`` (a run folder,
        a run id next to this run, or a run's URL such as ``s3://bucket/runs/<id>``), copied to
        ``root`` (default: this run's folder; the working folder for a run in object storage)
        and opened for reading."""
        if run_path is None:
            source = open_run(self.backend)
        else:
            runs_root = Path(self.dir).parent if "://" not in self.dir else Path(".")
            source = code._find_run(run_path, runs_root)
        if root is not None:
            dest = Path(os.fspath(root))
        elif "://" not in self.dir:
            dest = Path(self.dir)
        else:
            dest = Path(".")
        return code.restore(name, source, dest, replace)

    # -- state -----------------------------------------------------------------------------------
    def status(self) -> dict[str, Any]:
        """Where the run stands (offline: nothing to sync): state, step, steps waiting for the
        writer, and files written."""
        writer = getattr(self, "_writer", None)
        return {"state": self._state, "step": int(getattr(self, "step", 0)),
                "queued_steps": writer.queued() if writer is not None else 0,
                "synced": True, "sync_items_total": 0, "sync_items_pending": 0}

    def mark_preempting(self) -> None:
        """Record that this run is about to be preempted (``run.json`` ``preempting``); a
        resumed run sees it as ``run.resumed_after_preemption``."""
        self._check_running("mark_preempting")
        self._preempting = True
        self._write_run_json()

    def join(self, exit_code: int | None = None) -> None:
        """Deprecated alias of :meth:`finish`, as in wandb."""
        warnings.warn("run.join() is deprecated; use run.finish().", DeprecationWarning,
                      stacklevel=2)
        self.finish(exit_code=exit_code)

    def detach(self) -> None:
        """Stop being the module's active run (``vizlog.run``) without finishing: the run keeps
        logging through this object, and ``vizlog.init()`` can start another."""
        active.clear(self)

    # -- notebooks -------------------------------------------------------------------------------
    def to_html(self, height: int = 420, hidden: bool = False) -> str:
        """HTML for a notebook cell: the run's page (``vizlog view``) in an iframe when it
        exists, and always the run's identity, state, folder and scalar summary as text (every
        user string escaped)."""
        summary = getattr(self, "summary", {})
        rows = "".join(
            f"<tr><td>{html.escape(str(k))}</td><td>{html.escape(repr(v))}</td></tr>"
            for k, v in sorted(summary.items()) if isinstance(v, (int, float, str, bool)) and
            not str(k).startswith("_"))
        style = "display:none" if hidden else ""
        page = self.url
        frame = (f'<iframe src="{html.escape(page)}" style="border:none;width:100%;'
                 f'height:{int(height)}px" title="vizlog run"></iframe>') if page else \
            f"<p>See it with <code>vizlog view {html.escape(self.dir)}</code>.</p>"
        return (f'<div class="vizlog-run" style="{style}"><p>vizlog run '
                f"<b>{html.escape(str(getattr(self, 'name', self.id)))}</b> "
                f"({html.escape(self.id)}, {html.escape(self._state)}) at "
                f"<code>{html.escape(self.dir)}</code></p><table>{rows}</table>{frame}</div>")

    def _repr_html_(self) -> str:
        return self.to_html()

    def _repr_mimebundle_(self, include: Any = None, exclude: Any = None) -> dict[str, Any]:
        """Jupyter display: :meth:`to_html` (the run's card and its page) and the repr."""
        return {"text/html": self.to_html(), "text/plain": repr(self)}

    def display(self, height: int = 420, hidden: bool = False) -> bool:
        """Show the run inline in Jupyter; False (and nothing shown) outside a notebook."""
        try:
            from IPython import get_ipython
            from IPython.display import HTML, display
        except ImportError:
            return False
        if get_ipython() is None:
            return False
        display(HTML(self.to_html(height, hidden)))
        return True

    def _check_running(self, what: str) -> None:
        if self._state != "running":
            raise RunFinishedError(f"run {self.id} is {self._state}; `{what}()` needs a running "
                                   "run. Start a new one with `vizlog.init()`.")
