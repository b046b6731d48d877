"""``run.summary``: the last value of every key by default, settable, with metric aggregates.

Automatic updates carry a sequence number so that a media value resolved late by the writer pool
never overwrites a newer value. ``define_metric(..., summary="min,max")`` turns a numeric key's
summary into a dict of the requested aggregates (``min``, ``max``, ``mean``, ``last``, ``first``,
``best`` with ``goal``), the way wandb does.
"""

from __future__ import annotations

import fnmatch
import math
import threading
from collections.abc import Callable, Iterator, MutableMapping
from dataclasses import dataclass, field
from typing import Any

__all__ = ["MetricDef", "Summary"]

AGGREGATES = ("min", "max", "mean", "last", "first", "best", "none", "copy")


@dataclass
class MetricDef:
    """One ``define_metric`` call."""

    name: str
    step_metric: str | None = None
    summary: tuple[str, ...] = ()
    goal: str | None = None
    hidden: bool = False

    def matches(self, key: str) -> bool:
        return fnmatch.fnmatchcase(key, self.name) if "*" in self.name else key == self.name

    def as_json(self) -> dict[str, Any]:
        return {"name": self.name, "step_metric": self.step_metric,
                "summary": list(self.summary), "goal": self.goal, "hidden": self.hidden}


@dataclass
class _Agg:
    count: int = 0
    total: float = 0.0
    first: float | None = None
    last: float | None = None
    lo: float = math.inf
    hi: float = -math.inf
    extra: dict[str, Any] = field(default_factory=dict)

    def add(self, x: float) -> None:
        if self.first is None:
            self.first = x
        self.last = x
        if not math.isnan(x):
            self.count += 1
            self.total += x
            self.lo = min(self.lo, x)
            self.hi = max(self.hi, x)


class Summary(MutableMapping[str, Any]):
    """Run summary: ``summary["acc"] = 0.9`` overrides; logging updates it automatically."""

    def __init__(self, on_explicit_set: Callable[[str, Any], Any] | None = None) -> None:
        self._data: dict[str, Any] = {}
        self._seq: dict[str, float] = {}
        self._aggs: dict[str, _Agg] = {}
        self._metrics: list[MetricDef] = []
        self._max_seq = 0
        self._lock = threading.Lock()
        self._on_explicit_set = on_explicit_set

    # -- wandb-style explicit access ------------------------------------------------------------
    def __getitem__(self, key: str) -> Any:
        with self._lock:
            return self._data[key]

    def __setitem__(self, key: str, value: Any) -> None:
        if self._on_explicit_set is not None:
            value = self._on_explicit_set(key, value)
        with self._lock:
            self._data[key] = value
            self._seq[key] = self._max_seq + 0.5  # after every step logged so far

    def __delitem__(self, key: str) -> None:
        with self._lock:
            del self._data[key]

    def __iter__(self) -> Iterator[str]:
        with self._lock:
            return iter(list(self._data))

    def __len__(self) -> int:
        return len(self._data)

    def __getattr__(self, key: str) -> Any:
        if key.startswith("_"):
            raise AttributeError(key)
        try:
            return self[key]
        except KeyError:
            raise AttributeError(f"summary has no key {key!r}") from None

    def as_dict(self) -> dict[str, Any]:
        with self._lock:
            return dict(self._data)

    # -- automatic updates ------------------------------------------------------------------------
    def define(self, metric: MetricDef) -> None:
        with self._lock:
            self._metrics = [m for m in self._metrics if m.name != metric.name] + [metric]

    def _metric(self, key: str) -> MetricDef | None:
        for m in reversed(self._metrics):
            if m.matches(key) and m.summary:
                return m
        return None

    def auto_update(self, row: dict[str, Any], seq: int, newest: bool = False) -> None:
        """Record the values of one committed row (sequence ``seq``) as the latest ones.

        ``newest=True`` says ``seq`` is above every sequence seen so far (the logging thread's
        own commits), so no per-key ordering check is needed.
        """
        with self._lock:
            if newest and not self._metrics and seq > self._max_seq:
                self._max_seq = seq
                self._data.update(row)
                self._seq.update(dict.fromkeys(row, seq))
                return
            self._max_seq = max(self._max_seq, seq)
            for key, value in row.items():
                if self._seq.get(key, -1) > seq:
                    continue
                self._seq[key] = seq
                metric = self._metric(key) if self._metrics else None
                if metric is not None and isinstance(value, (int, float)) \
                        and not isinstance(value, bool):
                    self._data[key] = self._aggregate(key, float(value), metric)
                else:
                    self._data[key] = value

    def _aggregate(self, key: str, x: float, metric: MetricDef) -> Any:
        agg = self._aggs.setdefault(key, _Agg())
        agg.add(x)
        if "copy" in metric.summary:
            return x
        out: dict[str, Any] = {}
        for name in metric.summary:
            if name == "min":
                out["min"] = agg.lo if agg.count else math.nan
            elif name == "max":
                out["max"] = agg.hi if agg.count else math.nan
            elif name == "mean":
                out["mean"] = agg.total / agg.count if agg.count else math.nan
            elif name == "last":
                out["last"] = agg.last
            elif name == "first":
                out["first"] = agg.first
            elif name == "best":
                out["best"] = agg.lo if metric.goal == "minimize" else agg.hi
        return out
