"""``run.alert()``: alerts kept in the run (``alerts.json``), printed as warnings, shown by the
viewer, read back with ``open_run(...).alerts``.

As wandb: ``title`` is at most 64 characters, ``level`` is an :class:`AlertLevel` (or its name),
and an alert whose title was already sent less than ``wait_duration`` ago (default 60 s) is
suppressed. vizlog sends nothing anywhere: the alert is a record in the run.
"""

from __future__ import annotations

import datetime as dt
import enum
import threading
import time
import warnings
from typing import Any

from vizlog._json import check_text
from vizlog.errors import UsageError, UsageTypeError, bad_argument

__all__ = ["ALERTS_JSON", "AlertLevel", "Alerts"]

ALERTS_JSON = "alerts.json"
MAX_TITLE = 64
DEFAULT_WAIT = 60.0


class AlertLevel(str, enum.Enum):
    """The level of an alert, as ``wandb.AlertLevel``."""

    INFO = "INFO"
    WARN = "WARN"
    ERROR = "ERROR"


class AlertWarning(UserWarning):
    """An alert, shown as a Python warning."""


def _level(level: Any) -> AlertLevel:
    if level is None:
        return AlertLevel.INFO
    if isinstance(level, AlertLevel):
        return level
    if isinstance(level, str) and level.upper() in AlertLevel.__members__:
        return AlertLevel[level.upper()]
    raise UsageError(bad_argument("level", "a vizlog.AlertLevel (INFO, WARN or ERROR)", level))


def _seconds(wait: Any) -> float:
    if wait is None:
        return DEFAULT_WAIT
    if isinstance(wait, dt.timedelta):
        return wait.total_seconds()
    if isinstance(wait, (int, float)) and not isinstance(wait, bool) and wait >= 0:
        return float(wait)
    raise UsageError(bad_argument("wait_duration", "seconds (a number >= 0) or a "
                                  "datetime.timedelta", wait))


class Alerts:
    """The alerts of one run; ``write`` persists the whole list (an atomic whole-file write)."""

    def __init__(self, write: Any, existing: list[dict[str, Any]] | None = None) -> None:
        self._write = write
        self._lock = threading.Lock()
        self.items: list[dict[str, Any]] = list(existing or [])
        self._last_sent: dict[str, float] = {}

    def send(self, title: str, text: str, level: Any, wait_duration: Any, step: int) -> bool:
        """Record one alert; False when suppressed as a repeat within ``wait_duration``."""
        if not isinstance(title, str) or not isinstance(text, str):
            raise UsageTypeError(bad_argument("title` and `text", "str values",
                                              (title, text)))
        if len(title) > MAX_TITLE:
            raise UsageError(f"`title` is {len(title)} characters; an alert title holds at most "
                             f"{MAX_TITLE}. Shorten it and put the rest in `text`.")
        check_text(title, "`title`")
        check_text(text, "`text`")
        lvl, wait = _level(level), _seconds(wait_duration)
        now = time.monotonic()
        with self._lock:
            last = self._last_sent.get(title)
            if last is not None and now - last < wait:
                return False
            self._last_sent[title] = now
            self.items.append({"title": title, "text": text, "level": lvl.value,
                               "step": step, "time": time.time(), "wait_duration": wait})
            self._write(self.items)
        warnings.warn(f"vizlog alert [{lvl.value}] {title}: {text}", AlertWarning, stacklevel=3)
        return True
