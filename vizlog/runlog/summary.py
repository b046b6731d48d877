"""``run.summary`` and ``define_metric``: wandb's rules, checked against wandb 0.31 offline.

The summary is a tree of leaves, as in wandb-core (``core/internal/runsummary``): a logged dict
``{"a": {"b": 1, "c": 2}}`` updates the leaves ``a.b`` and ``a.c``, so a later ``{"a": {"b": 3}}``
leaves ``summary["a"] == {"b": 3, "c": 2}``; an empty dict adds nothing; a value replaces a subtree
at its key and a dict replaces a value. Lists, ``None``, strings and media descriptors (dicts with
``"_type"``, kept whole; wandb would merge their fields) are leaf values.

Every numeric leaf (int or float; bool is not a number) keeps its count, sum, min and max from the
first value on, so a metric defined after values were logged aggregates those too. NaN is sticky in
``min``, ``max`` and ``mean`` (Go's ``min``/``max``); ``first`` is the first value of any type that
reached the leaf while it had no data; ``last`` is the latest value of any type. A metric with
aggregates whose leaf saw only non-numbers shows ``min``/``max`` 0 and ``mean`` NaN, as wandb does.

``define_metric`` (wandb ``Run._define_metric`` and ``core/internal/runmetric``):

* repeated definitions of one name merge (aggregates add up, ``step_sync``/``hidden`` stay on, the
  last non-empty ``step_metric`` wins) unless ``overwrite=True``; ``summary="none"`` hides the key
  (a later definition with aggregates shows it again); an explicit ``summary[key] = v`` resets the
  key to plain latest values;
* a dotted name ``"a.b"`` is the nested key ``a`` -> ``b`` (``"a\\.b"`` is the flat key ``a.b``);
* a glob is a ``*`` suffix only; the first time a key (not starting with ``_``) matches, it takes a
  snapshot of the glob's definition; among several matching globs the longest prefix wins (wandb
  picks one at random);
* ``step_metric`` turns ``step_sync`` on by default: a committed row holding a synced metric but not
  its step metric gets the step metric's latest numeric value (0 before any);
* ``summary="best"`` and ``goal`` (wandb <= 0.17's API; 0.31 refuses both) keep the legacy handler's
  rule: ``best`` is the min, or the max with ``goal="maximize"``; without a goal it minimizes.

Automatic updates carry a sequence number so that a media value resolved late by the writer pool
never overwrites a newer value. The internal keys ``_step``, ``_timestamp`` and ``_runtime`` keep
their latest value only (no statistics), which keeps ``log()`` fast. ``log()``'s fast path
appends its rows to :attr:`Summary.plain_rows` and they are folded in (:meth:`Summary._fold`, the
same values and statistics) when 256 wait or when the summary is next read or changed.
"""

from __future__ import annotations

import functools
import math
import operator
import sys
import threading
import warnings
from collections.abc import Callable, Iterator, MutableMapping
from dataclasses import dataclass, field
from typing import Any

from vizlog.errors import UsageError, UsageTypeError, bad_argument

__all__ = ["AGGREGATES", "MetricDef", "Summary", "parse_metric_call"]

#: summary operations ``define_metric`` accepts (wandb 0.31's, plus the legacy ``best``)
AGGREGATES = ("min", "max", "mean", "last", "first", "best", "none", "copy")
_STATS = ("min", "max", "mean", "first", "last", "best")  # ops that make the summary a dict
_GOALS = {"min": "minimize", "max": "maximize"}
_NO_STATS = frozenset({"_step", "_timestamp", "_runtime"})
_NUMBERS = frozenset({int, float})
#: rows of ``log()``'s fast path kept aside before they are folded into the summary
FOLD_ROWS = 256
#: an item of :attr:`Summary.plain_rows`: ``(seq, row, step, timestamp_us, runtime_us)``, or
#: ``(seq, row, internal, None, None)``
_PlainRow = tuple[int, dict[str, Any], Any, int | None, int | None]
_SEQ = operator.itemgetter(0)
_ROW = operator.itemgetter(1)
_MISSING = object()


@dataclass(frozen=True)
class MetricDef:
    """What ``define_metric`` returns (wandb's ``Metric``): the call's own arguments, with
    ``step_sync`` defaulting to True when ``step_metric`` is set. Also the merged definitions
    recorded in ``run.json``."""

    name: str
    step_metric: str | None = None
    step_sync: bool | None = None
    hidden: bool | None = None
    summary: tuple[str, ...] | None = None
    goal: str | None = None
    overwrite: bool | None = None

    def __post_init__(self) -> None:
        if self.step_sync is None:
            object.__setattr__(self, "step_sync", self.step_metric is not None)
        if self.summary is not None:
            object.__setattr__(self, "summary", tuple(self.summary))

    def as_json(self) -> dict[str, Any]:
        return {"name": self.name, "step_metric": self.step_metric,
                "step_sync": bool(self.step_sync), "summary": list(self.summary or ()),
                "goal": self.goal, "hidden": bool(self.hidden)}


def parse_metric_call(name: Any, step_metric: Any = None, step_sync: Any = None,
                      hidden: Any = None, summary: Any = None, goal: Any = None,
                      overwrite: Any = None) -> MetricDef:
    """Check ``define_metric``'s arguments as wandb does and return the call's ``MetricDef``.
    Lenient where wandb refuses harmlessly: spaces around summary entries are allowed."""
    if not name:
        raise UsageError(bad_argument("name", "a non-empty str", name))
    if isinstance(step_metric, MetricDef):
        step_metric = step_metric.name
    for arg, value, kind, text in (("name", name, str, "a str"),
                                   ("step_metric", step_metric, str, "a str or a Metric"),
                                   ("step_sync", step_sync, bool, "a bool"),
                                   ("hidden", hidden, bool, "a bool"),
                                   ("summary", summary, str, "a str like \"min,max\""),
                                   ("goal", goal, str, "\"minimize\" or \"maximize\""),
                                   ("overwrite", overwrite, bool, "a bool")):
        if value is not None and not isinstance(value, kind):
            raise UsageTypeError(bad_argument(arg, text, value))
    if "*" in (name[:-1] if name.endswith("*") else name):
        raise UsageError(bad_argument("name", "a metric name, or a glob with `*` at the end "
                                      "only", name, "Write e.g. \"val/*\"."))
    ops: tuple[str, ...] | None = None
    if summary:
        ops = tuple(s.strip().lower() for s in summary.split(","))
        bad = [s for s in ops if s not in AGGREGATES]
        if bad:
            raise UsageError(bad_argument("summary", "comma-separated entries among "
                                          + ", ".join(AGGREGATES), summary))
        if "copy" in ops:
            warnings.warn("define_metric(summary='copy') is deprecated (as in wandb): the "
                          "summary holds the latest value without it.", DeprecationWarning,
                          stacklevel=3)
    if goal is not None:
        if goal[:3].lower() not in _GOALS:
            raise UsageError(bad_argument("goal", "\"minimize\" or \"maximize\"", goal))
        goal = _GOALS[goal[:3].lower()]
    return MetricDef(name, step_metric, step_sync, hidden, ops, goal, overwrite)


def split_metric_name(name: str) -> tuple[str, ...]:
    """``"a.b"`` -> ``("a", "b")``; a backslash keeps the next dot: ``"a\\.b"`` -> ``("a.b",)``."""
    parts: list[str] = []
    cur: list[str] = []
    escaped = False
    for ch in name:
        if escaped:
            cur.append(ch if ch == "." else "\\" + ch)
            escaped = False
        elif ch == ".":
            parts.append("".join(cur))
            cur = []
        elif ch == "\\":
            escaped = True
        else:
            cur.append(ch)
    if cur:
        parts.append("".join(cur))
    return tuple(parts)


@dataclass
class _Def:
    """A merged definition (wandb-core's ``definedMetric``)."""

    step: str | None = None
    sync: bool = False
    hidden: bool = False
    no_summary: bool = False
    ops: set[str] = field(default_factory=set)
    goal: str | None = None

    def merged(self, call: MetricDef) -> _Def:
        out = _Def(self.step, self.sync or bool(call.step_sync), self.hidden or bool(call.hidden),
                   self.no_summary, set(self.ops), self.goal)
        if call.step_metric:
            out.step = call.step_metric
        if call.summary:
            out.no_summary = "none" in call.summary
            out.ops |= set(call.summary) & set(_STATS)
        if call.goal:
            out.goal = call.goal
        return out

    def track(self) -> tuple[str, ...]:
        return tuple(op for op in _STATS if op in self.ops)

    def as_metric(self, name: str) -> MetricDef:
        ops = self.track() + (("none",) if self.no_summary else ())
        return MetricDef(name, self.step, self.sync, self.hidden, ops, self.goal)


class _Leaf:
    """One summary value: the latest value, running statistics and what to show."""

    __slots__ = ("count", "first", "goal", "has_data", "hi", "latest", "lo", "no_summary", "seq",
                 "total", "track")

    def __init__(self) -> None:
        self.latest: Any = None
        self.first: Any = None
        self.seq: float = -1.0
        self.has_data = False
        self.count = 0
        self.total: Any = 0
        self.lo: Any = 0
        self.hi: Any = 0
        self.track: tuple[str, ...] = ()
        self.no_summary = False
        self.goal: str | None = None

    def add(self, value: Any, seq: float, stats: bool) -> None:
        if seq >= self.seq:
            self.seq = seq
            if not self.has_data:
                self.first = value
            self.latest = value
            self.has_data = True
        t = type(value)
        if stats and (t is float or t is int):
            if self.count:
                # NaN is sticky: once lo is NaN, lo == lo is False and nothing replaces it
                if (value < self.lo or value != value) and self.lo == self.lo:
                    self.lo = value
                if (value > self.hi or value != value) and self.hi == self.hi:
                    self.hi = value
                self.total += value
            else:
                self.lo = self.hi = self.total = value
            self.count += 1

    def view(self) -> Any:
        if self.no_summary or not self.has_data:
            return _MISSING
        if not self.track:
            return self.latest
        out: dict[str, Any] = {}
        for op in self.track:
            if op == "min" or (op == "best" and self.goal != "maximize"):
                out[op] = self.lo
            elif op == "max" or op == "best":
                out[op] = self.hi
            elif op == "mean":
                out[op] = self.total / self.count if self.count else math.nan
            elif op == "first":
                out[op] = self.first
            else:
                out[op] = self.latest
        return out


Node = dict[str, Any]  # str -> _Leaf | Node


def _view(node: Node) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for k, child in node.items():
        v = _child_view(child)
        if v is not _MISSING:
            out[k] = v
    return out


def _child_view(child: _Leaf | Node | None) -> Any:
    """A leaf's value, or a subtree as a dict; ``_MISSING`` when nothing is visible."""
    if child is None:
        return _MISSING
    if isinstance(child, _Leaf):
        return child.view()
    return _view(child) or _MISSING


def _get_number(row: dict[str, Any], path: list[str]) -> Any:
    node: Any = row
    for part in path:
        if type(node) is not dict or part not in node:
            return None
        node = node[part]
    return node if type(node) in (int, float) else None


def _flat_keys(row: dict[str, Any], prefix: str = "") -> Iterator[str]:
    for k, v in row.items():
        if type(v) is dict and v and "_type" not in v:
            yield from _flat_keys(v, f"{prefix}{k}.")
        elif type(v) is not dict or v:
            yield prefix + k


class _SeedView:
    """``summary._data[k] = v`` (resume) kept working: seeds an explicit value."""

    def __init__(self, summary: Summary) -> None:
        self._summary = summary

    def __setitem__(self, key: str, value: Any) -> None:
        self._summary.restore({key: value})


def _columns(rows: list[dict[str, Any]]) -> list[tuple[str, list[Any]]] | None:
    """``(key, values in row order)`` for every key of ``rows`` when every row has exactly the
    keys of the first (in any order), else None. A row that has each of the first row's keys
    and no more keys than it has them all, so the lengths and one lookup per key decide."""
    keys = list(rows[0])
    if sum(map(len, rows)) != len(keys) * len(rows):
        return None
    try:
        return [(k, list(map(operator.itemgetter(k), rows))) for k in keys]
    except KeyError:
        return None


#: ``sum`` adds floats one by one, left to right, as ``+`` does, up to Python 3.11 (3.12
#: compensates the rounding): there it folds a column in one C loop, elsewhere ``reduce`` does
_SEQUENTIAL_SUM = sys.version_info < (3, 12)


class Summary(MutableMapping[str, Any]):
    """Run summary: ``summary["acc"] = 0.9`` overrides; logging updates it automatically."""

    def __init__(self, on_explicit_set: Callable[[str, Any], Any] | None = None) -> None:
        self._root: Node = {}
        self._defs: dict[str, _Def] = {}  # explicit names and glob-expanded keys
        self._globs: dict[str, _Def] = {}
        self._latest_step: dict[str, Any] = {}
        self._order: list[str] = []  # names and globs in first-definition order
        self._max_seq = 0.0
        self._internal_ready = False  # their leaves hold data: later values may wait
        #: ``(seq, row, step, timestamp_us, runtime_us)`` of ``log()``'s fast path (or ``(seq,
        #: row, internal, None, None)`` of :meth:`auto_update_plain`) not folded in yet:
        #: appended by the logging thread without the lock (``list.append`` is atomic), folded
        #: in under the lock by :meth:`_fold`, which removes only the items it read
        self.plain_rows: list[_PlainRow] = []
        self._lock = threading.Lock()
        self._on_explicit_set = on_explicit_set

    # -- wandb-style explicit access ------------------------------------------------------------
    def __getitem__(self, key: str) -> Any:
        with self._lock:
            self._flush()
            v = _child_view(self._root.get(key))
        if v is _MISSING:
            raise KeyError(key)
        return v

    def __setitem__(self, key: str, value: Any) -> None:
        if self._on_explicit_set is not None:
            value = self._on_explicit_set(key, value)
        with self._lock:
            self._flush()
            self._set_explicit(key, value, self._max_seq + 0.5)  # after every step so far

    def _set_explicit(self, key: str, value: Any, seq: float) -> None:
        leaf = self._root.get(key)
        if type(leaf) is not _Leaf:
            leaf = self._root[key] = _Leaf()
        leaf.latest, leaf.seq, leaf.has_data, leaf.track = value, seq, True, ()

    def restore(self, values: dict[str, Any]) -> None:
        """Seed values read back from a resumed run (plain values, as explicitly set)."""
        with self._lock:
            self._flush()
            for k, v in values.items():
                self._set_explicit(k, v, 0.0)

    @property
    def _data(self) -> _SeedView:
        return _SeedView(self)

    def __delitem__(self, key: str) -> None:
        with self._lock:
            self._flush()
            self._internal_ready = False  # a deleted internal leaf takes its next value as first
            child = self._root.get(key)
            if _child_view(child) is _MISSING:
                raise KeyError(key)
            if type(child) is _Leaf:
                child.has_data, child.latest = False, None
            else:
                del self._root[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self.as_dict())

    def __len__(self) -> int:
        return len(self.as_dict())

    def __getattr__(self, key: str) -> Any:
        if key.startswith("_"):
            raise AttributeError(key)
        try:
            return self[key]
        except KeyError:
            raise AttributeError(f"summary has no key {key!r}") from None

    def as_dict(self) -> dict[str, Any]:
        with self._lock:
            self._flush()
            return _view(self._root)

    # -- metric definitions -----------------------------------------------------------------------
    def define(self, metric: MetricDef) -> None:
        """Apply one ``define_metric`` call (merged with earlier ones unless it overwrites)."""
        with self._lock:
            self._flush()
            if metric.step_metric:
                self._latest_step.setdefault(metric.step_metric, 0)
            table = self._globs if metric.name.endswith("*") else self._defs
            prev = _Def() if metric.overwrite else table.get(metric.name, _Def())
            table[metric.name] = d = prev.merged(metric)
            if metric.name not in self._order:
                self._order.append(metric.name)
            if table is self._defs:
                self._configure(metric.name, d)

    def definitions(self) -> list[MetricDef]:
        """The merged definition of every name and glob, in first-definition order."""
        with self._lock:
            return [(self._globs if n.endswith("*") and n in self._globs else self._defs)[n]
                    .as_metric(n) for n in self._order]

    def _configure(self, name: str, d: _Def) -> None:
        path = split_metric_name(name)
        if not path:
            return
        node = self._root
        for part in path[:-1]:
            child = node.get(part)
            if type(child) is not dict:
                child = node[part] = {}
            node = child
        leaf = node.get(path[-1])
        if type(leaf) is not _Leaf:
            leaf = node[path[-1]] = _Leaf()
        leaf.no_summary, leaf.track, leaf.goal = d.no_summary, d.track(), d.goal

    def _expand_globs(self, keys: Any) -> None:
        """Keys seen for the first time that match a glob take a snapshot of its definition."""
        for key in keys:
            if key in self._defs or key.startswith("_"):
                continue
            best = max((g for g in self._globs if key.startswith(g[:-1])), key=len, default=None)
            if best is not None:
                d = self._defs[key] = self._globs[best].merged(MetricDef(key))
                if d.step:
                    self._latest_step.setdefault(d.step, 0)
                self._configure(key, d)

    def prepare_row(self, row: dict[str, Any], media_paths: list[tuple[str, ...]]) -> None:
        """Before a row is committed: expand globs over its keys, note the latest value of every
        step metric, and insert the step metric into the row for synced metrics lacking it."""
        if not self._defs and not self._globs:
            return
        with self._lock:
            keys = [*_flat_keys(row), *(".".join(p) for p in media_paths)]
            for step in self._latest_step:
                value = _get_number(row, step.split("."))
                if value is not None:
                    self._latest_step[step] = value
            if self._globs:
                self._expand_globs(keys)
            for key in keys:
                d = self._defs.get(key)
                if d is None or not d.step or not d.sync:
                    continue
                path = d.step.split(".")
                node = row
                for part in path[:-1]:
                    child = node.get(part)
                    if type(child) is not dict:
                        child = node[part] = {}
                    node = child
                if path[-1] not in node and d.step in self._latest_step:
                    node[path[-1]] = self._latest_step[d.step]

    # -- automatic updates ------------------------------------------------------------------------
    def auto_update(self, row: dict[str, Any], seq: int, newest: bool = False) -> None:
        """Record the values of one committed row (sequence ``seq``).

        ``newest=True`` says ``seq`` is above every sequence seen so far (the logging thread's
        own commits); kept for callers, the per-leaf ordering check is cheap either way.
        """
        with self._lock:
            self._flush()
            if seq > self._max_seq:
                self._max_seq = seq
            if self._globs:
                self._expand_globs(list(_flat_keys(row)))
            self._apply(self._root, row, seq)

    def auto_update_plain(self, row: dict[str, Any], internal: dict[str, Any], seq: int) -> None:
        """:meth:`auto_update` of ``row`` (a flat dict of finite floats, ints, bools, None and
        strings, which the summary now owns) plus ``internal`` (``_step``, ``_timestamp`` and
        ``_runtime``), from the logging thread (``seq`` above every sequence so far): appended
        to :attr:`plain_rows` (what ``log()``'s fast path does directly) and folded in when
        :data:`FOLD_ROWS` rows wait or the summary is next read or changed."""
        self.plain_rows.append((seq, row, internal, None, None))
        if len(self.plain_rows) >= FOLD_ROWS:
            self.fold()

    def fold(self) -> None:
        """Fold in the rows waiting in :attr:`plain_rows` (see :meth:`_fold`)."""
        with self._lock:
            self._fold()

    def _flush(self) -> None:
        """Fold in the rows waiting in :attr:`plain_rows` (the caller holds the lock)."""
        if self.plain_rows:
            self._fold()

    def _fold(self) -> None:
        """Apply the fast path's rows kept aside, in order, as :meth:`auto_update` would have.

        Their keys are flat and each its own leaf, so the rows can be applied a key at a time;
        when every row has the same keys and a key's values are all numbers going to a leaf
        that already holds data (the usual case), the leaf's latest value and statistics come
        from the whole column with ``min``, ``max`` and a left-to-right sum (the values are
        finite, so the result equals adding them one by one); anything else is applied value by
        value by :meth:`_apply`. The internal keys keep only their first and latest values
        (no statistics), so only the first row's (for a leaf without data) and the last row's
        are applied."""
        pend = self.plain_rows
        n = len(pend)
        if not n:
            return
        items = pend[:n]
        del pend[:n]  # rows appended meanwhile stay for the next fold
        rows = list(map(_ROW, items))
        if items[-1][0] > self._max_seq:
            self._max_seq = items[-1][0]
        root = self._root
        cols = None if self._globs else _columns(rows)
        if cols is not None:
            for k, col in cols:
                self._fold_column(k, col, items)
        else:
            for row, seq in zip(rows, map(_SEQ, items), strict=True):
                if self._globs:
                    self._expand_globs(list(_flat_keys(row)))
                self._apply(root, row, seq)
        ends = (items[-1],) if self._internal_ready else (items[0], items[-1])
        for seq, _, internal, ts_us, rt_us in ends:
            if ts_us is not None:  # internal is the step; the times are in microseconds
                internal = {"_step": internal, "_timestamp": ts_us / 1_000_000,
                            "_runtime": (rt_us or 0) / 1_000_000}
            self._apply(root, internal, seq)
        self._internal_ready = True

    def _fold_column(self, k: str, col: list[Any], items: list[_PlainRow]) -> None:
        """Apply the values ``col`` of key ``k`` from the rows ``items`` (see :meth:`_fold`)."""
        root = self._root
        leaf = root.get(k)
        if type(leaf) is _Leaf and leaf.has_data and items[0][0] >= leaf.seq and \
                _NUMBERS.issuperset(map(type, col)):
            leaf.seq = items[-1][0]
            leaf.latest = col[-1]
            if leaf.count:
                lo, hi = min(col), max(col)
                if lo < leaf.lo and leaf.lo == leaf.lo:
                    leaf.lo = lo
                if hi > leaf.hi and leaf.hi == leaf.hi:
                    leaf.hi = hi
                leaf.total = sum(col, leaf.total) if _SEQUENTIAL_SUM else \
                    functools.reduce(operator.add, col, leaf.total)
            else:
                leaf.lo, leaf.hi = min(col), max(col)
                leaf.total = functools.reduce(operator.add, col)
            leaf.count += len(col)
            return
        for v, seq in zip(col, map(_SEQ, items), strict=True):
            self._apply(root, {k: v}, seq)

    def _apply(self, node: Node, row: dict[str, Any], seq: float) -> None:
        for k, v in row.items():
            leaf = node.get(k)
            t = type(v)
            if (t is float or t is int) and type(leaf) is _Leaf and leaf.has_data and \
                    seq >= leaf.seq:
                # the hot path (a number for a key seen before, in order): _Leaf.add inlined
                leaf.seq = seq
                leaf.latest = v
                if k in _NO_STATS:
                    continue
                if leaf.count:
                    lo, hi = leaf.lo, leaf.hi
                    if (v < lo or v != v) and lo == lo:
                        leaf.lo = v
                    if (v > hi or v != v) and hi == hi:
                        leaf.hi = v
                    leaf.total += v
                else:
                    leaf.lo = leaf.hi = leaf.total = v
                leaf.count += 1
                continue
            if t is dict and "_type" not in v:
                if v:
                    if type(leaf) is not dict:
                        leaf = node[k] = {}
                    self._apply(leaf, v, seq)
                continue
            if type(leaf) is not _Leaf:
                leaf = node[k] = _Leaf()
            leaf.add(v, seq, k not in _NO_STATS)
