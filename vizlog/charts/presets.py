"""The built-in charts with wandb's signatures: ``vizlog.plot.line(...)``, ``pr_curve(...)``, ...

Each builds a :class:`vizlog.Table` and binds a built-in spec (``vizlog/vega_specs``) with
:func:`plot_table`; nothing is special about them.

* ``line``, ``scatter``, ``bar``, ``histogram`` take a Table and column names, as in wandb.
* ``line_series(xs, ys, keys=None, title="", xname="x")``: ``xs`` is one sequence shared by every
  series or one per series; each series' x and y must have the same length (wandb truncates
  silently; vizlog refuses). Table ``step, lineKey, lineVal``. String x values are kept as
  strings, as wandb does, and drawn on a categorical axis in table order (spec
  ``line_series_ordinal``).
* ``pr_curve`` / ``roc_curve(y_true, y_probas, labels=None, classes_to_plot=None, ...)``:
  ``y_probas`` has shape ``(n_samples, n_classes)``, column ``j`` scoring class ``j`` (for a
  binary score ``p`` pass ``np.stack([1 - p, p], axis=1)``); scores must be finite. ``y_true``
  holds column indices ``0..n_classes-1`` (ints, or integral floats), or class names: the entries of
  ``labels`` (which names the columns in order), or, without ``labels``, names whose sorted
  unique values are exactly ``n_classes`` (scikit-learn's ``classes_`` order). ``classes_to_plot``
  lists indices or names. Curves are exact (scikit-learn's points, every threshold) and then
  reduced for storage with :func:`vizlog.charts.curves.simplify` within ``max_error`` (default
  0.001, in the chart's 0..1 units; ``None`` keeps every point). A class without positive samples
  (ROC: or without negatives) is left out and listed in the descriptor. ``interp_size`` is
  accepted for compatibility and unused. Tables: ``class, precision, recall, threshold`` and
  ``class, fpr, tpr, threshold`` (rows in scikit-learn's order per class; the first ROC threshold
  is ``inf``, the last PR point has a null threshold). The descriptor's ``curve`` block holds the
  error bound, the largest error actually made, point counts and per class ``average_precision``,
  ``roc_auc``, ``positives`` and ``negatives``.
* ``confusion_matrix(probs=None, y_true=None, preds=None, class_names=None, ...)``: ``probs``
  (argmax taken) or ``preds``; labels as above with ``class_names``; without ``class_names`` the
  classes are, as in wandb, the sorted union of the values present in ``y_true`` and the
  predictions, named ``Class_1``, ``Class_2``, ... in that order (the values are recorded in the
  descriptor's ``confusion.class_values``). Dense table ``Actual, Predicted, nPredictions``
  (int64, n² rows).
"""

from __future__ import annotations

import math
import os
from collections.abc import Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import Any, NamedTuple

import numpy as np
import pyarrow as pa

from vizlog.charts import curves
from vizlog.charts.custom_chart import CustomChart, plot_table
from vizlog.errors import MediaError, ShapeError, describe
from vizlog.media.table import Table

__all__ = [
    "DEFAULT_MAX_ERROR",
    "CustomChart",
    "bar",
    "confusion_matrix",
    "histogram",
    "line",
    "line_series",
    "plot_table",
    "pr_curve",
    "roc_curve",
    "scatter",
]

#: Default bound (chart units, 0..1) on how far a dropped curve point lies from the kept curve.
DEFAULT_MAX_ERROR = 1e-3
#: From this many samples x classes a PR/ROC chart sorts and reduces its classes on two threads.
THREADED_SAMPLES = 200_000


def line(table: Table, x: str, y: str, stroke: str | None = None, title: str = "",
         split_table: bool = False) -> CustomChart:
    """Line chart of ``y`` against ``x`` (one line per ``stroke`` value)."""
    return plot_table("line", table, {"x": x, "y": y, "stroke": stroke}, {"title": title},
                      split_table)


def scatter(table: Table, x: str, y: str, title: str = "", split_table: bool = False
            ) -> CustomChart:
    """Scatter plot of ``y`` against ``x``."""
    return plot_table("scatter", table, {"x": x, "y": y}, {"title": title}, split_table)


def bar(table: Table, label: str, value: str, title: str = "", split_table: bool = False
        ) -> CustomChart:
    """Horizontal bars: one per row, named by ``label``, as long as ``value``."""
    return plot_table("bar", table, {"label": label, "value": value}, {"title": title},
                      split_table)


def histogram(table: Table, value: str, title: str = "", split_table: bool = False
              ) -> CustomChart:
    """Histogram of the numeric column ``value`` (binned when rendered)."""
    return plot_table("histogram", table, {"value": value}, {"title": title}, split_table)


def _series(value: Any, arg: str) -> np.ndarray:
    if callable(getattr(value, "detach", None)):
        value = value.detach().cpu().numpy()
    arr = np.asarray(value)
    if arr.ndim != 1:
        raise ShapeError(f"`{arg}` must be a 1-D sequence; got {describe(arr)}.")
    return arr


def _is_sequence_of_sequences(value: Any) -> bool:
    if isinstance(value, np.ndarray):
        return value.ndim == 2
    try:
        first = next(iter(value))
    except (TypeError, StopIteration):
        return False
    return isinstance(first, Iterable) and not isinstance(first, (str, bytes))


def line_series(xs: Any, ys: Any, keys: Iterable[str] | None = None, title: str = "",
                xname: str = "x", split_table: bool = False) -> CustomChart:
    """Several lines on one chart (see the module docstring)."""
    if not _is_sequence_of_sequences(ys):
        raise ShapeError(f"`ys` must be a sequence of y sequences, one per line; got "
                         f"{describe(ys)}. For one line pass `[ys]`.")
    y_list = [_series(y, f"ys[{i}]") for i, y in enumerate(ys)]
    if _is_sequence_of_sequences(xs):
        x_list = [_series(x, f"xs[{i}]") for i, x in enumerate(xs)]
        if len(x_list) != len(y_list):
            raise ShapeError(f"`xs` has {len(x_list)} sequences but `ys` has {len(y_list)}; "
                             "pass one x sequence per line, or a single one shared by all.")
    else:
        x_list = [_series(xs, "xs")] * len(y_list)
    names = [f"line_{i}" for i in range(len(y_list))] if keys is None else \
        [str(k) for k in keys]
    if len(names) != len(y_list):
        raise MediaError(f"`keys` has {len(names)} names but `ys` has {len(y_list)} lines; "
                         "give one key per line.")
    for i, (x, y) in enumerate(zip(x_list, y_list, strict=True)):
        if x.shape[0] != y.shape[0]:
            raise ShapeError(f"line {i} ({names[i]!r}) has {x.shape[0]} x values and "
                             f"{y.shape[0]} y values; give every line as many x as y values.")
    counts = [y.shape[0] for y in y_list]
    kinds = {"str" if x.dtype.kind in "US" or (x.dtype.kind == "O" and x.size and all(
        isinstance(v, str) for v in x.tolist())) else "num" for x in x_list}
    if len(kinds) > 1:
        raise MediaError("`xs` mixes string and numeric x values across lines; give every line "
                         "the same kind of x values.")
    spec = "line_series_ordinal" if kinds == {"str"} else "line_series"
    if spec == "line_series_ordinal":  # wandb keeps string steps; the x axis is categorical
        x_list = [x.astype(str) for x in x_list]
    step = np.concatenate(x_list) if x_list else np.zeros(0)
    values = np.concatenate([y.astype(np.float64) for y in y_list]) if y_list else np.zeros(0)
    arrow = pa.table({"step": pa.array(step),
                      "lineKey": pa.array(np.repeat(np.array(names, dtype=object), counts),
                                          type=pa.string()),
                      "lineVal": pa.array(values, type=pa.float64())})
    return plot_table(spec, Table.from_arrow(arrow),
                      {"step": "step", "lineKey": "lineKey", "lineVal": "lineVal"},
                      {"title": title, "xname": xname}, split_table)


# -- classification inputs ------------------------------------------------------------------
def _labels_1d(value: Any, arg: str) -> np.ndarray:
    if value is None:
        raise MediaError(f"`{arg}` is required; pass the true class of every sample.")
    if callable(getattr(value, "detach", None)):
        value = value.detach().cpu().numpy()
    arr = np.asarray(value)
    if arr.ndim == 2 and arr.shape[1] == 1:
        arr = arr[:, 0]
    if arr.ndim != 1:
        raise ShapeError(f"`{arg}` must be 1-D (one class per sample); got {describe(arr)}.")
    if arr.dtype.kind == "b":
        return arr.astype(np.int64)
    if arr.dtype.kind == "f":
        if not np.all(np.isfinite(arr)) or np.any(arr != np.round(arr)):
            raise MediaError(f"`{arg}` holds non-integer numbers; classes are column indices "
                             "(ints) or names (str).")
        return arr.astype(np.int64)
    if arr.dtype.kind == "O":
        if all(isinstance(v, str) for v in arr.tolist()):
            return arr.astype(str)
        if all(isinstance(v, (int, np.integer)) and not isinstance(v, bool) for v in arr.tolist()):
            return arr.astype(np.int64)
        raise MediaError(f"`{arg}` mixes kinds of values; classes are column indices (ints) or "
                         "names (str), one kind per array.")
    if arr.dtype.kind not in "iuU":
        raise MediaError(f"`{arg}` must hold ints or strings; got {describe(arr)}.")
    return arr


def _names(labels: Any, n: int | None, arg: str) -> list[str] | None:
    if labels is None:
        return None
    names = [str(v) for v in (labels.tolist() if isinstance(labels, np.ndarray) else labels)]
    if n is not None and len(names) != n:
        raise MediaError(f"`{arg}` names {len(names)} classes but the scores have {n} columns; "
                         "give one name per column of the scores, in column order.")
    if len(set(names)) != len(names):
        dup = sorted({v for v in names if names.count(v) > 1})
        raise MediaError(f"`{arg}` has duplicate names {dup}; class names must be unique.")
    return names


def _to_index(values: np.ndarray, names: list[str] | None, n: int | None, arg: str,
              names_arg: str) -> tuple[np.ndarray, list[str]]:
    """Class values -> column indices, and the class names (see the module docstring)."""
    if values.dtype.kind in "iu":
        size = n if n is not None else (len(names) if names is not None else None)
        if size is None:
            raise MediaError(f"`{arg}` holds ints; say how many classes there are with "
                             f"`{names_arg}`.")  # pragma: no cover - callers always know
        if values.size and (values.min() < 0 or values.max() >= size):
            bad = int(values.max() if values.max() >= size else values.min())
            raise MediaError(
                f"`{arg}` holds class {bad}, but there are {size} classes (0..{size - 1}). "
                f"Integer classes index the columns of the scores / the entries of "
                f"`{names_arg}`; map them to 0..{size - 1} first (np.unique(..., "
                "return_inverse=True)), or pass class names.")
        return values.astype(np.int64), names or [str(j) for j in range(size)]
    uniq, inverse = np.unique(values, return_inverse=True)
    if names is None:
        if n is not None and uniq.size != n:
            raise MediaError(
                f"`{arg}` holds {uniq.size} distinct class names but the scores have {n} "
                f"columns, so the columns cannot be matched to classes; pass `{names_arg}` "
                "naming every column in order.")
        return inverse.astype(np.int64), [str(u) for u in uniq.tolist()]
    lookup = {name: j for j, name in enumerate(names)}
    missing = [u for u in uniq.tolist() if u not in lookup]
    if missing:
        raise MediaError(f"`{arg}` holds classes {missing[:5]} that are not in `{names_arg}` "
                         f"{names[:10]}{' ...' if len(names) > 10 else ''}; every class must be "
                         f"named in `{names_arg}`.")
    mapped = np.array([lookup[u] for u in uniq.tolist()], dtype=np.int64)
    return mapped[inverse], names


def _scores(y_probas: Any, n_samples: int, arg: str = "y_probas") -> np.ndarray:
    if y_probas is None:
        raise MediaError(f"`{arg}` is required; pass an array of shape (n_samples, n_classes).")
    if callable(getattr(y_probas, "detach", None)):
        y_probas = y_probas.detach().cpu().numpy()
    arr = np.asarray(y_probas)
    if arr.ndim != 2 or arr.shape[0] != n_samples or arr.shape[1] < 1:
        fix = " For a binary score p pass np.stack([1 - p, p], axis=1)." if arr.ndim == 1 else ""
        raise ShapeError(f"`{arg}` must have shape (n_samples, n_classes) = ({n_samples}, C); "
                         f"got {describe(arr)}.{fix}")
    if arr.dtype.kind not in "biuf":
        raise MediaError(f"`{arg}` must hold numbers; got {describe(arr)}.")
    arr = arr.astype(np.float64, copy=False)
    # all finite exactly when the minimum and maximum are (a NaN makes both NaN): two
    # reductions instead of a boolean array as large as the scores
    if arr.size and not (math.isfinite(arr.min()) and math.isfinite(arr.max())):
        raise MediaError(f"`{arg}` holds NaN or infinite scores; every score must be finite.")
    return arr


def _selected(classes_to_plot: Any, names: list[str]) -> list[int]:
    if classes_to_plot is None:
        return list(range(len(names)))
    if isinstance(classes_to_plot, (str, int, np.integer)):
        classes_to_plot = [classes_to_plot]
    lookup = {name: j for j, name in enumerate(names)}
    out = []
    for c in classes_to_plot:
        if isinstance(c, (int, np.integer)) and not isinstance(c, bool) and 0 <= c < len(names):
            out.append(int(c))
        elif str(c) in lookup:
            out.append(lookup[str(c)])
        else:
            raise MediaError(f"`classes_to_plot` names class {c!r}, which is not a class: use "
                             f"indices 0..{len(names) - 1} or names {names[:10]}.")
    return sorted(set(out))


def _check_error(max_error: Any) -> float | None:
    if max_error is None:
        return None
    if isinstance(max_error, bool) or not isinstance(max_error, (int, float)) or \
            not math.isfinite(max_error) or max_error < 0:
        raise MediaError(f"`max_error` must be a finite number >= 0, or None to keep every "
                         f"point; got {max_error!r}.")
    return float(max_error)


class _Drawn(NamedTuple):
    """A class's drawn curve: ``(fps, tps, thresholds)`` of its points, highest threshold
    first, and the plotted ``x`` and ``y`` (one point more than the counts: PR ends at the
    ``(0, 0)`` counts, ROC starts there)."""

    fps: np.ndarray
    tps: np.ndarray
    thr: np.ndarray
    x: np.ndarray
    y: np.ndarray


#: Per class: positives, negatives, its descriptor statistics and its drawn curve (both ``None``
#: for a class that cannot be plotted).
_ClassResult = tuple[int, int, "dict[str, Any] | None", "_Drawn | None"]


class _Part(NamedTuple):
    """Some of the classes (in order) after :func:`_reduce_part`: their results, and for the
    plotted ones (``lines``: their columns, in order) the points kept for storage, back to back:
    per line their number, then ``x``, ``y``, threshold (NaN for none) and the integer counts
    ``fp``/``tp``; ``observed`` is the largest error made."""

    results: list[_ClassResult]
    lines: list[int]
    kept_per: list[int]
    x: np.ndarray
    y: np.ndarray
    threshold: np.ndarray
    fp: np.ndarray
    tp: np.ndarray
    observed: float


def _one_class(kind: str, idx: np.ndarray, probas: np.ndarray, j: int, full_pr: bool,
               work: curves.Workspace) -> _ClassResult:
    """Class ``j``'s :data:`_ClassResult`. The other arrays of :func:`curves.kept_counts` are
    let go here."""
    positive = idx == j
    npos = int(np.count_nonzero(positive))
    nneg = int(positive.size - npos)
    if npos == 0 or (kind == "roc" and nneg == 0):
        return npos, nneg, None, None
    found = curves.kept_counts(positive, probas[:, j], full_pr=full_pr, work=work)
    precision, recall, _ = curves.precision_recall_from_counts(found.pr_fps, found.pr_tps,
                                                               found.pr_thr)
    stats: dict[str, Any] = {"average_precision": curves.average_precision(precision, recall),
                             "positives": npos, "negatives": nneg}
    fpr, tpr = curves.roc_rates(found.roc_fps, found.roc_tps)
    stats["roc_auc"] = curves.auc(fpr, tpr) if nneg else None
    if kind == "pr":
        stats["points"] = found.distinct + 1
        return npos, nneg, stats, _Drawn(found.pr_fps, found.pr_tps, found.pr_thr, recall,
                                         precision)
    stats["points"] = found.roc_fps.size + 1
    return npos, nneg, stats, _Drawn(found.roc_fps, found.roc_tps, found.roc_thr, fpr, tpr)


def _reduce_part(kind: str, idx: np.ndarray, probas: np.ndarray, cols: list[int],
                 full_pr: bool, bound: float | None, work: curves.Workspace) -> _Part:
    """:func:`_one_class` for the classes ``cols``, then their drawn curves reduced for storage
    (:func:`curves.simplify_measured` within ``bound``; every point when ``None``) and the kept
    points' values gathered. The curves are reduced one polyline at a time (no segment spans
    two), so any split of the classes into parts keeps the same points, and the largest error
    of the whole is the largest of the parts'."""
    results = [_one_class(kind, idx, probas, j, full_pr, work) for j in cols]
    drawn = [(j, res[2], res[3]) for j, res in zip(cols, results, strict=True)
             if res[2] is not None and res[3] is not None]
    if not drawn:
        empty = np.empty(0)
        return _Part(results, [], [], empty, empty, empty, empty.astype(np.int64),
                     empty.astype(np.int64), 0.0)
    # the drawn points of these classes back to back
    bounds = np.zeros(len(drawn) + 1, dtype=np.int64)
    np.cumsum([d.x.size for _, _, d in drawn], out=bounds[1:])
    x = np.concatenate([d.x for _, _, d in drawn])
    y = np.concatenate([d.y for _, _, d in drawn])
    if bound is None:
        kept, observed = np.arange(x.size), 0.0
    else:
        kept, observed = curves.simplify_measured(x, y, bound, bounds)
    edges = np.searchsorted(kept, bounds).tolist()
    th_parts, fp_parts, tp_parts, kept_per = [], [], [], []
    for (_, stats, d), lo, k0, k1 in zip(drawn, bounds[:-1].tolist(), edges[:-1], edges[1:],
                                        strict=True):
        # the kept points' positions in the class's counts (highest threshold first); the
        # extra point (PR: the last, ROC: the first) has counts 0 and no/infinite threshold
        src = kept[k0:k1] - lo
        if kind == "pr":
            src = d.fps.size - 1 - src
        else:
            src -= 1
        extra = src < 0
        src[extra] = 0
        th = d.thr[src]
        th[extra] = np.nan if kind == "pr" else np.inf
        fp = d.fps[src].astype(np.int64)
        fp[extra] = 0
        tp = d.tps[src].astype(np.int64)
        tp[extra] = 0
        th_parts.append(th)
        fp_parts.append(fp)
        tp_parts.append(tp)
        kept_per.append(k1 - k0)
        stats["points_kept"] = k1 - k0
    return _Part(results, [j for j, _, _ in drawn], kept_per, x[kept], y[kept],
                 np.concatenate(th_parts), np.concatenate(fp_parts), np.concatenate(tp_parts),
                 observed)


def _class_parts(kind: str, idx: np.ndarray, probas: np.ndarray, selected: list[int],
                 full_pr: bool, bound: float | None) -> list[_Part]:
    """:func:`_reduce_part` for the selected classes, in order: in one part, or from
    :data:`THREADED_SAMPLES` samples x classes on a machine with more than one core in two
    (the second half of the classes on one more thread: numpy's sorts and array operations let
    go of the GIL), each with its own scratch buffers. The results are the same, in the same
    order. Measured on the 2-core machine with 100k x 10 in one process, the sorts of both
    halves together took 0.79x the time of one thread under a load of 13 (median of 30
    alternated calls)."""
    work = curves.Workspace(idx.size)
    if len(selected) > 1 and idx.size * len(selected) >= THREADED_SAMPLES and \
            (os.cpu_count() or 1) > 1:
        half = (len(selected) + 1) // 2
        with ThreadPoolExecutor(1) as pool:
            other = pool.submit(_reduce_part, kind, idx, probas, selected[half:], full_pr, bound,
                                curves.Workspace(idx.size))
            first = _reduce_part(kind, idx, probas, selected[:half], full_pr, bound, work)
            return [first, other.result()]
    return [_reduce_part(kind, idx, probas, selected, full_pr, bound, work)]


def _curve_chart(kind: str, y_true: Any, y_probas: Any, labels: Any, classes_to_plot: Any,
                 title: str, split_table: bool, max_error: Any) -> CustomChart:
    bound = _check_error(max_error)
    truth = _labels_1d(y_true, "y_true")
    probas = _scores(y_probas, truth.shape[0])
    names = _names(labels, probas.shape[1], "labels")
    idx, names = _to_index(truth, names, probas.shape[1], "y_true", "labels")
    per_class: dict[str, dict[str, Any]] = {}
    skipped: dict[str, str] = {}
    selected = _selected(classes_to_plot, names)
    # the PR curve keeps every threshold when nothing is reduced for storage (bound None)
    parts = _class_parts(kind, idx, probas, selected, kind == "pr" and bound is None, bound)
    results = [res for part in parts for res in part.results]
    for j, (npos, _, stats, _) in zip(selected, results, strict=True):
        if stats is None:
            skipped[names[j]] = "no positive samples" if npos == 0 else "no negative samples"
        else:
            per_class[names[j]] = stats
    del results
    parts = [part for part in parts if part.lines]
    if not parts:
        raise MediaError(f"no class can be plotted: {skipped}. A {kind.upper()} curve needs "
                         "positive (and for ROC negative) samples of a class in `y_true`.")
    kept_per = np.array([k for part in parts for k in part.kept_per], dtype=np.int64)
    line_names = [names[j] for part in parts for j in part.lines]
    cls = pa.array([name for name, k in zip(line_names, kept_per.tolist(), strict=True)
                    for _ in range(k)], type=pa.string())
    thr_kept = np.concatenate([part.threshold for part in parts])
    threshold = pa.array(thr_kept, type=pa.float64(), mask=np.isnan(thr_kept))
    x = np.concatenate([part.x for part in parts])
    y = np.concatenate([part.y for part in parts])
    xname, yname = ("recall", "precision") if kind == "pr" else ("fpr", "tpr")
    if kind == "pr":
        arrow = pa.table({"class": cls, "precision": pa.array(y), "recall": pa.array(x),
                          "threshold": threshold})
    else:
        arrow = pa.table({"class": cls, "fpr": pa.array(x), "tpr": pa.array(y),
                          "threshold": threshold})
    info = {"curve": {
        "kind": kind, "x": xname, "y": yname,
        "max_error": bound, "max_error_observed": max(part.observed for part in parts),
        "error_metric": "euclidean distance in chart units from a dropped point to the kept "
                        "segment spanning it",
        "points": int(sum(c["points"] for c in per_class.values())),
        "points_kept": int(kept_per.sum()),
        "classes": per_class, "skipped_classes": skipped}}
    xt, yt = ("Recall", "Precision") if kind == "pr" else ("False positive rate",
                                                           "True positive rate")
    spec = "pr_curve" if kind == "pr" else "roc_curve"
    totals = [(per_class[name]["positives"], per_class[name]["negatives"])
              for name in line_names]
    inline = _inline_counts(kind, line_names, totals,
                            np.concatenate([part.fp for part in parts]),
                            np.concatenate([part.tp for part in parts]), kept_per)
    return CustomChart(Table.from_arrow(arrow), spec, {"x": xname, "y": yname, "class": "class"},
                       {"title": title, "x-axis-title": xt, "y-axis-title": yt}, split_table,
                       info=info, inline=inline)


def _inline_counts(kind: str, names: list[str], totals: list[tuple[int, int]], fp: np.ndarray,
                   tp: np.ndarray, kept_per: np.ndarray) -> tuple[list[Any], list[Any]]:
    """The stored spec's data for a curve: per class one datum holding its name, positives,
    negatives and the integer counts ``tp``/``fp`` at each kept point, expanded into rows by a
    ``flatten`` transform, the plotted columns computed from them by the same float64 divisions
    that made the table's (so the drawn curve is the table's exactly, at a fraction of the bytes
    of one JSON object per row; the threshold column stays in the table file only)."""
    values, start = [], 0
    for name, (npos, nneg), k in zip(names, totals, kept_per.tolist(), strict=True):
        end = start + k
        values.append({"class": name, "positives": npos, "negatives": nneg,
                       "tp": tp[start:end].tolist(), "fp": fp[start:end].tolist()})
        start = end
    if kind == "pr":
        calc = [{"calculate": "datum.tp + datum.fp == 0 ? 1 : datum.tp / (datum.tp + datum.fp)",
                 "as": "precision"},
                {"calculate": "datum.tp / datum.positives", "as": "recall"}]
    else:
        calc = [{"calculate": "datum.fp / datum.negatives", "as": "fpr"},
                {"calculate": "datum.tp / datum.positives", "as": "tpr"}]
    return values, [{"flatten": ["tp", "fp"]}, *calc]


def pr_curve(y_true: Any = None, y_probas: Any = None, labels: Sequence[Any] | None = None,
             classes_to_plot: Any = None, interp_size: int = 21,
             title: str = "Precision-Recall Curve", split_table: bool = False, *,
             max_error: float | None = DEFAULT_MAX_ERROR) -> CustomChart:
    """Exact precision-recall curves, one per class (see the module docstring)."""
    return _curve_chart("pr", y_true, y_probas, labels, classes_to_plot, title, split_table,
                        max_error)


def roc_curve(y_true: Any = None, y_probas: Any = None, labels: Sequence[Any] | None = None,
              classes_to_plot: Any = None, title: str = "ROC Curve", split_table: bool = False,
              *, max_error: float | None = DEFAULT_MAX_ERROR) -> CustomChart:
    """Exact ROC curves, one per class (see the module docstring)."""
    return _curve_chart("roc", y_true, y_probas, labels, classes_to_plot, title, split_table,
                        max_error)


def confusion_matrix(probs: Any = None, y_true: Any = None, preds: Any = None,
                     class_names: Sequence[Any] | None = None,
                     title: str = "Confusion Matrix Curve", split_table: bool = False
                     ) -> CustomChart:
    """A dense confusion matrix chart (see the module docstring)."""
    if probs is not None and preds is not None:
        raise MediaError("pass either `probs` or `preds`, not both; `probs` are turned into "
                         "predictions with argmax.")
    if probs is None and preds is None:
        raise MediaError("pass `preds` (predicted classes) or `probs` (scores of shape "
                         "(n_samples, n_classes)).")
    truth = _labels_1d(y_true, "y_true")
    n_cols: int | None = None
    if probs is not None:
        scores = _scores(probs, truth.shape[0], "probs")
        n_cols = scores.shape[1]
        predicted = np.argmax(scores, axis=1).astype(np.int64)
    else:
        predicted = _labels_1d(preds, "preds")
        if predicted.shape[0] != truth.shape[0]:
            raise ShapeError(f"`preds` has {predicted.shape[0]} values but `y_true` has "
                             f"{truth.shape[0]}; give one prediction per sample.")
    names = _names(class_names, n_cols, "class_names")
    class_values: list[Any] | None = None
    if names is None and (n_cols is None or truth.dtype.kind in "biu"):
        # wandb: the classes are the sorted union of the values present, named Class_1..Class_n
        if (truth.dtype.kind in "biu") != (predicted.dtype.kind in "biu"):
            raise MediaError("`y_true` and `preds` must hold the same kind of classes (both "
                             "ints or both names); or pass `class_names`.")
        union = np.unique(np.concatenate([truth, predicted]))
        class_values = union.tolist()
        names = [f"Class_{i}" for i in range(1, union.size + 1)]
        t_idx = np.searchsorted(union, truth)
        p_idx = np.searchsorted(union, predicted)
    else:
        t_idx, names = _to_index(truth, names, n_cols or (len(names) if names else None),
                                 "y_true", "class_names")
        p_idx, _ = _to_index(predicted, names, len(names), "preds", "class_names")
    n = len(names)
    counts = curves.confusion_counts(t_idx, p_idx, n)
    name_arr = np.array(names, dtype=object)
    arrow = pa.table({"Actual": pa.array(np.repeat(name_arr, n), type=pa.string()),
                      "Predicted": pa.array(np.tile(name_arr, n), type=pa.string()),
                      "nPredictions": pa.array(counts.ravel(), type=pa.int64())})
    total = int(counts.sum())
    info: dict[str, Any] = {"confusion": {
        "classes": n, "samples": total,
        "accuracy": float(np.trace(counts) / total) if total else None}}
    if class_values is not None:
        info["confusion"]["class_values"] = class_values
    return CustomChart(Table.from_arrow(arrow), "confusion_matrix",
                       {"Actual": "Actual", "Predicted": "Predicted",
                        "nPredictions": "nPredictions"}, {"title": title}, split_table,
                       info=info)
