"""``mode="disabled"``: a run whose every method works and writes nothing (as wandb's
disabled mode, so a script runs unchanged with logging switched off)."""

from __future__ import annotations

from typing import Any

from vizlog.runlog.config import Config
from vizlog.runlog.settings import Settings
from vizlog.runlog.summary import MetricDef, Summary, parse_metric_call

__all__ = ["DisabledRun"]


class DisabledRun:
    """Accepts every Run call and keeps config and summary in memory only; touches no file."""

    mode = "disabled"
    disabled = True
    offline = False
    dir = ""
    url = None
    path = ""
    resumed = False
    resumed_after_preemption = False
    sweep_id = None
    entity = None

    def __init__(self, settings: Settings, config: dict[str, Any] | None = None) -> None:
        self.settings = settings
        self.id = settings.run_id or "disabled"
        self.name = settings.run_name or "disabled"
        self.project = settings.project
        self.group, self.job_type = settings.run_group, settings.run_job_type
        self.notes = settings.run_notes
        self.tags = tuple(settings.run_tags or ())
        self.config = Config()
        if config:
            self.config.update(config)
        self.summary = Summary()
        self.step = 0
        self.starting_step = 0
        self.start_time = 0.0
        self.state = "running"

    def log(self, data: Any, step: int | None = None, commit: bool | None = None) -> None:
        if step is not None:
            self.step = max(self.step, int(step))
        elif commit is not False:
            self.step += 1

    def define_metric(self, name: str, *args: Any, **kwargs: Any) -> MetricDef:
        """Checks the arguments as a live run does and returns the metric."""
        return parse_metric_call(name, *args, **kwargs)

    def finish(self, exit_code: int | None = None, quiet: bool | None = None) -> None:
        from vizlog.runlog import active

        self.state = "finished"
        active.clear(self)

    def join(self, exit_code: int | None = None) -> None:
        self.finish(exit_code)

    def status(self) -> dict[str, Any]:
        return {"state": self.state, "step": self.step, "queued_steps": 0, "synced": True}

    def project_name(self) -> str:
        return self.project or ""

    def get_url(self) -> None:
        return None

    get_project_url = get_sweep_url = get_url

    def save(self, *args: Any, **kwargs: Any) -> list[str]:
        return []

    def log_code(self, *args: Any, **kwargs: Any) -> None:
        return None

    def to_html(self, *args: Any, **kwargs: Any) -> str:
        return ""

    def display(self, *args: Any, **kwargs: Any) -> bool:
        return False

    def __getattr__(self, name: str) -> Any:
        """Any other Run method (alert, watch, restore, mark_preempting, ...) does nothing."""
        if name.startswith("__"):
            raise AttributeError(name)

        def nothing(*args: Any, **kwargs: Any) -> None:
            return None

        return nothing

    def __enter__(self) -> DisabledRun:
        return self

    def __exit__(self, *exc: Any) -> None:
        self.finish()

    def __repr__(self) -> str:
        return f"<vizlog.Run {self.id} disabled>"
