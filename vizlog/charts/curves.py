"""Exact classification curves with vectorised numpy, and their reduction with a stated bound.

Everything here works on plain numpy arrays and needs no scikit-learn; the results equal
scikit-learn's ``precision_recall_curve``, ``roc_curve`` (``drop_intermediate=True``),
``average_precision_score``, ``roc_auc_score`` and ``confusion_matrix`` (the tests check this to
1e-12).

* :func:`binary_counts` sorts the scores once (descending) and returns the false and true positive
  counts at every distinct threshold, the building block of both curves.
* :func:`kept_counts` returns the same counts at only the thresholds that ``drop_intermediate``
  keeps (PR and ROC), from two value sorts (positive and negative scores), without building the
  full curve: the same arrays as :func:`binary_counts` followed by :func:`pr_keep` /
  :func:`roc_keep`, at a fraction of the work.
* :func:`precision_recall_curve` / :func:`roc_curve` return scikit-learn's arrays, in its order.
* :func:`average_precision` (step integral) and :func:`auc` (trapezoid) summarise them.
* :func:`confusion_counts` counts (true, predicted) pairs with one ``bincount``.
* :func:`simplify` drops curve points for storage with a **stated maximum error**: a vectorised
  Ramer-Douglas-Peucker pass over many polylines at once. Every dropped point lies within
  ``max_error`` (Euclidean distance, in the curve's own units) of the segment of the kept polyline
  that joins the kept points before and after it; the endpoints of every polyline are kept.
  :func:`max_deviation` measures that distance for a given choice of kept points.
"""

from __future__ import annotations

import math
from typing import NamedTuple

import numpy as np

__all__ = [
    "auc",
    "average_precision",
    "binary_counts",
    "confusion_counts",
    "kept_counts",
    "max_deviation",
    "pr_counts",
    "pr_keep",
    "precision_recall_curve",
    "roc_counts",
    "roc_curve",
    "roc_keep",
    "roc_rates",
    "simplify",
    "simplify_measured",
]

FloatArray = np.ndarray
#: Evenly spaced points at which :func:`simplify` first probes a long segment.
PROBES = 32


def binary_counts(positive: np.ndarray, scores: np.ndarray
                  ) -> tuple[FloatArray, FloatArray, FloatArray]:
    """``(fps, tps, thresholds)`` at each distinct score, highest score first.

    ``positive`` is a boolean array, ``scores`` a finite float array of the same length. One sort
    of ``scores``; ties share a threshold. Counts are float64 (exact integers), like sklearn's.

    Non-negative float64 scores (probabilities) take a faster path with the same result: the bit
    pattern of a non-negative double orders like the double itself and leaves the top bit free,
    so ``bits << 1 | positive`` is one uint64 key holding both, and a plain value sort of the keys
    (several times faster than ``argsort``) replaces the sort plus the gathers.
    """
    scores = np.asarray(scores)
    fresh = scores + 0.0 if scores.dtype == np.float64 else None  # -0.0 becomes 0.0; contiguous
    if fresh is not None and fresh.size and fresh.min() >= 0.0:
        key = fresh.view(np.uint64)                  # in place: few big temporaries (a fresh
        key <<= np.uint64(1)                         # process pays page faults for each one)
        key |= positive
        key.sort()
        key = key[::-1]
        hit = (key & np.uint64(1)).view(np.int64)
        np.cumsum(hit, out=hit)
        key >>= np.uint64(1)
        last = np.empty(key.size, dtype=bool)       # the last sample of each distinct score
        np.not_equal(key[1:], key[:-1], out=last[:-1])
        last[-1] = True
        if np.count_nonzero(last) == key.size:      # no ties (usual for float scores)
            tps = hit.astype(np.float64)
            fps = np.arange(1.0, key.size + 1.0)
            fps -= tps
            return fps, tps, key.view(np.float64)
        idx = np.flatnonzero(last)
        tps = hit[idx].astype(np.float64)
        fps = (idx + 1).astype(np.float64) - tps
        return fps, tps, key[idx].view(np.float64)
    order = np.argsort(scores)[::-1]
    s = scores[order]
    hits = positive[order]
    idx = np.flatnonzero(s[1:] != s[:-1])
    idx = np.append(idx, s.size - 1)
    tps = np.cumsum(hits, dtype=np.int64)[idx].astype(np.float64)
    fps = (idx + 1).astype(np.float64) - tps
    return fps, tps, s[idx].astype(np.float64) + 0.0  # -0.0 becomes 0.0, as above


class KeptCounts(NamedTuple):
    """What :func:`kept_counts` returns: ``(fps, tps, thresholds)`` at the thresholds a PR curve
    keeps (every threshold when asked for the full curve) and at those a ROC curve keeps,
    highest threshold first, and the number of distinct thresholds."""

    pr_fps: FloatArray
    pr_tps: FloatArray
    pr_thr: FloatArray
    roc_fps: FloatArray
    roc_tps: FloatArray
    roc_thr: FloatArray
    distinct: int


#: Samples per chunk of the tie check (a small buffer reused, not one as large as the input).
_STEP_CHUNK = 1 << 14
#: Bit patterns below this one are non-negative finite doubles (this one is ``inf``).
_FINITE_BITS = np.uint64(0x7FF0_0000_0000_0000)


class Workspace:
    """Scratch buffers for :func:`kept_counts` on ``n`` samples, reused across the classes of
    one chart: a fresh process pays a page fault for every page of every new large array, which
    costs more than the arithmetic done in it."""

    def __init__(self, n: int) -> None:
        self.n = int(n)
        self.key = np.empty(self.n, dtype=np.uint64)
        self.step = np.empty(_STEP_CHUNK, dtype=np.uint64)      # xor of neighbours, by chunks
        self.bytes = np.empty(2 * self.n, dtype=np.uint8)       # two flags per sample


def kept_counts(positive: np.ndarray, scores: np.ndarray, full_pr: bool = False,
                work: Workspace | None = None) -> KeptCounts:
    """:func:`binary_counts` reduced by :func:`pr_keep` (all of it when ``full_pr``) and by
    :func:`roc_keep`: equal arrays (thresholds with ``-0.0`` as ``0.0``), computed without the
    full curve.

    ``positive`` is a boolean array, ``scores`` finite real numbers of the same length (a strided
    view is fine); ``work`` optional scratch buffers for ``positive.size`` samples. With ``U``
    the distinct scores in ascending order and ``pc``/``nc`` the number of positive/negative
    samples at each, the PR curve keeps ``U[j]`` when ``pc(U[j]) > 0`` or ``pc(U[j-1]) > 0``, the
    ROC curve when ``(nc, pc)`` differs between ``U[j]`` and ``U[j-1]``, and both keep the
    lowest and the highest score.

    Non-negative scores without ties (the usual probabilities) take one value sort of uint64
    keys ``bits << 1 | positive`` (see :func:`binary_counts`; for scores below 1.5 the keys
    are themselves finite non-negative doubles and are sorted as such, which numpy's SIMD sort
    does faster than uint64); the kept points are then the
    positions of the positive samples and of the samples just above one, and the counts follow
    from positions and a cumulative sum over the kept points only. Other scores take two value
    sorts, of the positive and of the negative scores (:func:`_kept_two_sorts`).
    """
    positive = np.asarray(positive, dtype=bool)
    scores = np.asarray(scores)
    if scores.dtype != np.float64:
        scores = scores.astype(np.float64)
    a = int(np.count_nonzero(positive))
    b = int(positive.size) - a
    if a == 0 or b == 0 or full_pr:
        fps, tps, thr = binary_counts(positive, scores)
        keep = np.arange(tps.size) if full_pr else pr_keep(tps)
        rkeep = roc_keep(fps, tps)
        return KeptCounts(fps[keep], tps[keep], thr[keep], fps[rkeep], tps[rkeep], thr[rkeep],
                          int(tps.size))
    if work is None or work.n != positive.size:
        work = Workspace(positive.size)
    found = _kept_by_key(positive, scores, a, b, work)
    return found if found is not None else _kept_two_sorts(positive, scores, a, b)


def _kept_by_key(positive: np.ndarray, scores: np.ndarray, a: int, b: int, work: Workspace
                 ) -> KeptCounts | None:
    """:func:`kept_counts` for non-negative scores without ties (``None`` for other scores)."""
    n = a + b
    key = work.key
    value = key.view(np.float64)
    np.add(scores, 0.0, out=value)           # -0.0 becomes 0.0; contiguous
    if not value.min() >= 0.0:
        return None
    key <<= np.uint64(1)
    np.bitwise_or(key, positive, out=key)
    if key.max() < _FINITE_BITS:             # scores below 1.5: the keys are finite doubles,
        value.sort()                         # ordered like the integers, and sort faster
    else:
        key.sort()
    for lo in range(0, n - 1, _STEP_CHUNK):  # neighbours differ only in the flag: a tie
        hi = min(lo + _STEP_CHUNK, n - 1)
        step = work.step[:hi - lo]
        np.bitwise_xor(key[lo + 1:hi + 1], key[lo:hi], out=step)
        if step.min() < 2:
            return None
    raw = work.bytes
    hit = raw[:n]                            # 1 for a positive sample, in ascending score order
    np.bitwise_and(key, np.uint64(1), out=hit, casting="unsafe")
    near = raw[n:2 * n]                      # a positive sample, or the one just above one
    np.bitwise_or(hit[1:], hit[:-1], out=near[1:])
    near[0] = 1
    near[-1] = 1
    at = np.flatnonzero(near.view(np.bool_))  # the PR points, ascending; all positives in them
    h = hit[at]
    pos_below = np.cumsum(h, dtype=np.int64)
    pos_below -= h
    turn = np.ones(at.size, dtype=bool)      # ROC: the sample's kind differs from the one below
    np.not_equal(h[1:], hit[at[1:] - 1], out=turn[1:])
    turn[-1] = True
    thr = (key[at] >> np.uint64(1)).view(np.float64)[::-1]
    tps = (a - pos_below)[::-1].astype(np.float64)
    fps = (b - at + pos_below)[::-1].astype(np.float64)
    roc = np.flatnonzero(turn[::-1])
    return KeptCounts(fps, tps, thr, fps[roc], tps[roc], thr[roc], n)


def _kept_two_sorts(positive: np.ndarray, scores: np.ndarray, a: int, b: int) -> KeptCounts:
    """:func:`kept_counts` for any finite scores, ties included, from the sorted positive and
    the sorted negative scores. Every kept score is a positive score, the lowest negative score
    above a positive one, a negative score whose count differs from the next lower negative's
    with no positive score between them (ties only), or an extreme; those are found with
    ``searchsorted`` on the sorted arrays, in ascending order, and the counts at or above them
    follow from their positions."""
    pos = scores[positive]
    pos += 0.0                               # -0.0 becomes 0.0 (one threshold, as a zero)
    pos.sort()
    neg = scores[~positive]
    neg += 0.0
    neg.sort()
    # distinct positive scores pu, #positives below each (pbelow) and at or below (pupto)
    pnew = np.empty(a, dtype=bool)
    pnew[0] = True
    np.not_equal(pos[1:], pos[:-1], out=pnew[1:])
    pbelow = np.flatnonzero(pnew)
    pu = pos[pbelow]
    kp = pu.size
    pupto = np.empty(kp, dtype=np.int64)
    pupto[:-1] = pbelow[1:]
    pupto[-1] = a
    # distinct negative scores nu; nbelow[q] = #negatives below nu[q] (None: nu is neg, q itself)
    ndup = np.equal(neg[1:], neg[:-1])
    nbelow: np.ndarray | None = None
    if ndup.any():
        first = np.empty(b, dtype=bool)
        first[0] = True
        np.logical_not(ndup, out=first[1:])
        starts = np.flatnonzero(first)
        nu = neg[starts]
        nbelow = np.append(starts, b)
    else:
        nu = neg
    qn = nu.size
    # where each positive score falls among the negative ones
    lo = np.searchsorted(nu, pu)             # #distinct negatives below pu[k]
    matched = nu[np.minimum(lo, qn - 1)] == pu
    hi = lo + matched
    # run r (0..kp) holds the negative-only scores between pu[r-1] and pu[r]: nu[rs[r]:re[r]]
    rs = np.concatenate(([0], hi))
    re_ = np.append(lo, qn)
    nonempty = rs < re_
    top_run = bool(nonempty[-1])
    if nbelow is None:
        cand_r = np.flatnonzero(nonempty)   # every run's lowest score, in ascending order
        cand_q = rs[cand_r]
        cand_pr = np.ones(cand_q.size, dtype=bool)
        if top_run and qn - 1 != cand_q[-1]:    # the highest score is a negative one
            cand_q = np.append(cand_q, qn - 1)
            cand_r = np.append(cand_r, kp)
            cand_pr = np.append(cand_pr, True)
        ncnt_pu = matched.astype(np.int64)
    else:
        ncnt = np.diff(nbelow)
        mark = np.zeros(qn, dtype=np.int8)     # 1: matched or a run's lowest; 2: kept
        mark[lo[matched]] = 1
        run_low = rs[nonempty]
        mark[run_low] = 2
        change = np.flatnonzero(ncnt[1:] != ncnt[:-1]) + 1
        change = change[mark[change] == 0]    # inside a run, not its lowest score
        mark[change] = 3
        if top_run:
            mark[qn - 1] = max(int(mark[qn - 1]), 2)
        cand_q = np.flatnonzero(mark >= 2)
        cand_pr = mark[cand_q] == 2
        if top_run:
            cand_pr[-1] = True
        cand_r = np.searchsorted(lo, cand_q, side="right")
        ncnt_pu = np.where(matched, ncnt[np.minimum(lo, qn - 1)], 0)
    # ROC keeps a positive score unless the next lower distinct score is a positive one with
    # the same counts
    pcnt = pupto - pbelow
    roc_pu = np.ones(kp, dtype=bool)
    if kp > 1:
        same = (ncnt_pu[1:] == ncnt_pu[:-1]) & (pcnt[1:] == pcnt[:-1]) & ~nonempty[1:kp]
        roc_pu[1:] = ~same
    if not top_run:
        roc_pu[-1] = True                   # the highest score
    # merge (ascending): run r's scores come after pu[r-1] and before pu[r]
    total = kp + cand_q.size
    at_neg = np.arange(cand_q.size) + cand_r
    at_pos = np.arange(kp) + np.searchsorted(cand_q, lo)
    thr = np.empty(total)
    thr[at_pos] = pu
    thr[at_neg] = nu[cand_q]
    tp = np.empty(total, dtype=np.int64)
    tp[at_pos] = pbelow
    tp[at_neg] = np.concatenate(([0], pupto))[cand_r]
    fp = np.empty(total, dtype=np.int64)
    if nbelow is None:
        fp[at_pos] = lo
        fp[at_neg] = cand_q
    else:
        fp[at_pos] = nbelow[lo]
        fp[at_neg] = nbelow[cand_q]
    keep_pr = np.ones(total, dtype=bool)
    keep_pr[at_neg] = cand_pr
    keep_roc = np.ones(total, dtype=bool)
    keep_roc[at_pos] = roc_pu
    # highest threshold first; counts of samples at or above
    thr = thr[::-1]
    tps = (a - tp[::-1]).astype(np.float64)
    fps = (b - fp[::-1]).astype(np.float64)
    pr_idx = np.flatnonzero(keep_pr[::-1])
    roc_idx = np.flatnonzero(keep_roc[::-1])
    distinct = kp + qn - int(np.count_nonzero(matched))
    return KeptCounts(fps[pr_idx], tps[pr_idx], thr[pr_idx], fps[roc_idx], tps[roc_idx],
                      thr[roc_idx], distinct)


def pr_keep(tps: FloatArray) -> np.ndarray:
    """The indices ``drop_intermediate=True`` keeps of a PR curve's :func:`binary_counts`
    (every index when there are 2 or fewer)."""
    return _pr_keep(tps) if tps.size > 2 else np.arange(tps.size)


def roc_keep(fps: FloatArray, tps: FloatArray) -> np.ndarray:
    """The indices ``drop_intermediate=True`` keeps of a ROC curve's :func:`binary_counts`
    (every index when there are 2 or fewer)."""
    return _roc_keep(fps, tps) if fps.size > 2 else np.arange(fps.size)


def _pr_keep(tps: FloatArray) -> np.ndarray:
    change = tps[1:] != tps[:-1]
    return np.flatnonzero(np.concatenate(([True], change[1:] | change[:-1], [True])))


def _roc_keep(fps: FloatArray, tps: FloatArray) -> np.ndarray:
    corner = np.logical_or(np.diff(fps, 2) != 0, np.diff(tps, 2) != 0)
    return np.flatnonzero(np.concatenate(([True], corner, [True])))


def pr_counts(fps: FloatArray, tps: FloatArray, drop_intermediate: bool = False
              ) -> tuple[np.ndarray, np.ndarray]:
    """The ``(fp, tp)`` int64 counts behind each point of :func:`precision_recall_from_counts`
    (same order and options): precision is ``tp / (tp + fp)`` (1 for the final ``(0, 0)``
    point) and recall ``tp / positives``, the same float64 divisions."""
    if drop_intermediate and fps.size > 2:
        keep = _pr_keep(tps)
        fps, tps = fps[keep], tps[keep]
    return (np.append(fps[::-1], 0.0).astype(np.int64), np.append(tps[::-1], 0.0).astype(np.int64))


def roc_counts(fps: FloatArray, tps: FloatArray, drop_intermediate: bool = True
               ) -> tuple[np.ndarray, np.ndarray]:
    """The ``(fp, tp)`` int64 counts behind each point of :func:`roc_from_counts` (same order
    and options): ``fpr = fp / negatives``, ``tpr = tp / positives``."""
    if drop_intermediate and fps.size > 2:
        keep = _roc_keep(fps, tps)
        fps, tps = fps[keep], tps[keep]
    return np.append(0, fps).astype(np.int64), np.append(0, tps).astype(np.int64)


def precision_recall_from_counts(fps: FloatArray, tps: FloatArray, thresholds: FloatArray,
                                 drop_intermediate: bool = False
                                 ) -> tuple[FloatArray, FloatArray, FloatArray]:
    """scikit-learn's ``(precision, recall, thresholds)`` from :func:`binary_counts` output.

    ``drop_intermediate`` keeps only the first and last threshold of each run with the same
    true positive count (as sklearn's option of that name): the dropped points lie on the
    vertical segment between those two, so the drawn curve and the average precision are the
    same.
    """
    if drop_intermediate and fps.size > 2:
        keep = _pr_keep(tps)
        fps, tps, thresholds = fps[keep], tps[keep], thresholds[keep]
    ps = tps + fps
    precision = np.divide(tps, ps, out=np.zeros_like(tps), where=ps != 0)
    recall = np.ones_like(tps) if tps[-1] == 0 else tps / tps[-1]
    return (np.append(precision[::-1], 1.0), np.append(recall[::-1], 0.0),
            thresholds[::-1].copy())


def roc_from_counts(fps: FloatArray, tps: FloatArray, thresholds: FloatArray,
                    drop_intermediate: bool = True) -> tuple[FloatArray, FloatArray, FloatArray]:
    """scikit-learn's ``(fpr, tpr, thresholds)`` from :func:`binary_counts` output.

    ``drop_intermediate`` drops the points that lie on a straight run (exactly, as sklearn does);
    the first threshold is ``inf`` (the curve starts at (0, 0)). A class without negatives gets
    an ``fpr`` of NaN, one without positives a ``tpr`` of NaN, as in sklearn.
    """
    if drop_intermediate and fps.size > 2:
        keep = _roc_keep(fps, tps)
        fps, tps, thresholds = fps[keep], tps[keep], thresholds[keep]
    fpr, tpr = roc_rates(fps, tps)
    return fpr, tpr, np.append(np.inf, thresholds)


def roc_rates(fps: FloatArray, tps: FloatArray) -> tuple[FloatArray, FloatArray]:
    """``(fpr, tpr)`` of :func:`roc_from_counts` for counts already reduced (no thresholds)."""
    fps = np.append(0.0, fps)
    tps = np.append(0.0, tps)
    fpr = np.full(fps.shape, np.nan) if fps[-1] <= 0 else fps / fps[-1]
    tpr = np.full(tps.shape, np.nan) if tps[-1] <= 0 else tps / tps[-1]
    return fpr, tpr


def precision_recall_curve(positive: np.ndarray, scores: np.ndarray,
                           drop_intermediate: bool = False
                           ) -> tuple[FloatArray, FloatArray, FloatArray]:
    """Precision, recall and thresholds, equal to ``sklearn.metrics.precision_recall_curve``."""
    return precision_recall_from_counts(*binary_counts(positive, scores),
                                        drop_intermediate=drop_intermediate)


def roc_curve(positive: np.ndarray, scores: np.ndarray, drop_intermediate: bool = True
              ) -> tuple[FloatArray, FloatArray, FloatArray]:
    """FPR, TPR and thresholds, equal to ``sklearn.metrics.roc_curve``."""
    return roc_from_counts(*binary_counts(positive, scores), drop_intermediate=drop_intermediate)


def average_precision(precision: FloatArray, recall: FloatArray) -> float:
    """Step-wise area under a PR curve given in sklearn's order (``average_precision_score``)."""
    return float(max(0.0, -np.sum(np.diff(recall) * precision[:-1])))


def auc(x: FloatArray, y: FloatArray) -> float:
    """Trapezoid area under ``y(x)`` for monotone ``x`` (``sklearn.metrics.auc``)."""
    dx = np.diff(x)
    direction = -1.0 if dx.size and np.all(dx <= 0) and np.any(dx < 0) else 1.0
    return float(direction * np.sum(dx * (y[1:] + y[:-1]) / 2.0))


def confusion_counts(true_idx: np.ndarray, pred_idx: np.ndarray, n_classes: int) -> np.ndarray:
    """``(n_classes, n_classes)`` int64 counts, rows = true class, columns = predicted class."""
    flat = true_idx.astype(np.int64) * n_classes + pred_idx.astype(np.int64)
    return np.bincount(flat, minlength=n_classes * n_classes).reshape(n_classes, n_classes)


def _segment_d2(px: FloatArray, py: FloatArray, ax: FloatArray, ay: FloatArray,
                dx: FloatArray, dy: FloatArray) -> FloatArray:
    """Squared distance of points ``p`` to the segments from ``a`` to ``a + d``."""
    len2 = dx * dx + dy * dy
    ux, uy = px - ax, py - ay
    with np.errstate(invalid="ignore", divide="ignore"):
        t = (ux * dx + uy * dy) / len2
    t = np.where(len2 > 0, np.clip(t, 0.0, 1.0), 0.0)
    ex, ey = ux - t * dx, uy - t * dy
    return ex * ex + ey * ey


def _first_max(values: FloatArray, offsets: np.ndarray, reps: np.ndarray
               ) -> tuple[FloatArray, np.ndarray]:
    """Per segment (contiguous runs of ``reps`` > 0 values starting at ``offsets``): the max
    and its first position."""
    seg_max = np.maximum.reduceat(values, offsets)
    at = np.flatnonzero(values == np.repeat(seg_max, reps))
    seg = np.searchsorted(offsets, at, side="right")
    first = at[np.concatenate(([True], seg[1:] != seg[:-1]))]
    return seg_max, first


def _distances(x: FloatArray, y: FloatArray, pos: np.ndarray, reps: np.ndarray,
               sa: np.ndarray, sb: np.ndarray) -> FloatArray:
    """:func:`_segment_d2` of the points ``pos`` to their segments: the first ``reps[0]``
    points to the segment ``(sa[0], sb[0])``, the next ``reps[1]`` to the next, and so on; each
    segment's start, direction and squared length computed once per segment and then spread to
    its points with ``np.repeat`` (the same float operations on the same values, so the same
    distances)."""
    ax_s, ay_s = x[sa], y[sa]
    dx_s, dy_s = x[sb] - ax_s, y[sb] - ay_s
    len2_s = dx_s * dx_s + dy_s * dy_s
    dx, dy, len2 = np.repeat(dx_s, reps), np.repeat(dy_s, reps), np.repeat(len2_s, reps)
    ux = x[pos]
    ux -= np.repeat(ax_s, reps)
    uy = y[pos]
    uy -= np.repeat(ay_s, reps)
    t = ux * dx
    t += uy * dy
    with np.errstate(invalid="ignore", divide="ignore"):
        t /= len2
    np.clip(t, 0.0, 1.0, out=t)
    if not (len2_s > 0).all():               # a segment of length 0: distance to its start
        t[~(len2 > 0)] = 0.0
    dx *= t
    dy *= t
    ux -= dx
    uy -= dy
    ux *= ux
    uy *= uy
    ux += uy
    return ux


def simplify(x: FloatArray, y: FloatArray, max_error: float,
             bounds: np.ndarray | None = None) -> np.ndarray:
    """Indices of the points to keep so that no dropped point is farther than ``max_error``
    (see :func:`simplify_measured`)."""
    return _simplify(x, y, max_error, bounds)[0]


def simplify_measured(x: FloatArray, y: FloatArray, max_error: float,
                      bounds: np.ndarray | None = None) -> tuple[np.ndarray, float]:
    """:func:`simplify` plus the largest distance it actually made (as :func:`max_deviation`
    would measure it), taken from the segments as they close, at no extra cost.

    Points dropped by the exact axis-run pass lie on the segment between two consecutive
    survivors that both fall in one kept segment's span; the distance to a segment is convex, so
    theirs is at most the survivors' and the maximum over the survivors is the maximum overall.
    """
    return _simplify(x, y, max_error, bounds)


def _simplify(x: FloatArray, y: FloatArray, max_error: float,
              bounds: np.ndarray | None = None) -> tuple[np.ndarray, float]:
    """Indices of the points to keep so that no dropped point is farther than ``max_error``.

    ``x``/``y`` hold one or more polylines back to back; ``bounds`` gives their start offsets
    plus the total length (default: one polyline). Each polyline keeps its first and last point.
    Points that lie exactly on a horizontal or vertical run between their neighbours are dropped
    first (no error); the rest is Ramer-Douglas-Peucker with the distance to the *segment* (not
    the infinite line), run level by level over all open segments of all polylines at once. A
    long segment is first probed at :data:`PROBES` evenly spaced points: when a probe is already
    farther than ``max_error`` the segment splits there, and only segments whose probes all lie
    within the bound are measured point by point (split at their farthest point, or closed).
    Returns the sorted kept indices and the largest distance of a dropped point.
    """
    n = int(x.size)
    if bounds is None:
        bounds = np.array([0, n], dtype=np.int64)
    bounds = np.asarray(bounds, dtype=np.int64)
    eps2 = float(max_error) * float(max_error)
    keep = np.zeros(n, dtype=bool)
    ends_open = bounds[1:] > bounds[:-1]
    keep[bounds[:-1][ends_open]] = True
    keep[bounds[1:][ends_open] - 1] = True
    cand = _axis_run_survivors(x, y, keep)
    # work on the survivors only: every segment is between two survivors
    xs, ys = x[cand], y[cand]
    kept_local = np.zeros(cand.size, dtype=bool)
    kept_local[keep[cand]] = True
    anchors = np.flatnonzero(kept_local)
    line_of = np.searchsorted(bounds, cand[anchors], side="right") - 1
    same = line_of[1:] == line_of[:-1]
    sa, sb = anchors[:-1][same], anchors[1:][same]
    gap = sb - sa >= 2
    sa, sb = sa[gap], sb[gap]
    worst = 0.0
    while sa.size:
        length = sb - sa - 1
        probes = np.minimum(length, PROBES)
        offs = np.cumsum(probes) - probes
        k = np.arange(int(probes.sum()), dtype=np.int64) - np.repeat(offs, probes)
        k *= np.repeat(length, probes)
        k //= np.repeat(probes, probes)
        pos = np.repeat(sa + 1, probes)
        pos += k                             # sa + 1 + k * length // probes, per segment
        d2 = _distances(xs, ys, pos, probes, sa, sb)
        seg_max, first = _first_max(d2, offs, probes)
        pivot = np.full(sa.size, -1, dtype=np.int64)
        over = seg_max > eps2
        pivot[over] = pos[first[over]]
        closed = ~over & (length <= PROBES)  # every point was probed: these segments are final
        if closed.any():
            worst = max(worst, float(seg_max[closed].max()))
        check = np.flatnonzero(~over & (length > PROBES))
        if check.size:
            clen = length[check]
            coffs = np.cumsum(clen) - clen
            cpos = np.repeat(sa[check] + 1 - coffs, clen)
            cpos += np.arange(cpos.size, dtype=np.int64)   # every point between sa and sb
            cd2 = _distances(xs, ys, cpos, clen, sa[check], sb[check])
            cmax, cfirst = _first_max(cd2, coffs, clen)
            cover = cmax > eps2
            pivot[check[cover]] = cpos[cfirst[cover]]
            if not cover.all():
                worst = max(worst, float(cmax[~cover].max()))
        split = pivot >= 0
        if not split.any():
            break
        piv = pivot[split]
        kept_local[piv] = True
        new_sa = np.concatenate((sa[split], piv))
        new_sb = np.concatenate((piv, sb[split]))
        more = new_sb - new_sa >= 2
        sa, sb = new_sa[more], new_sb[more]
    return cand[kept_local], math.sqrt(worst)


def _strict_runs(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Interior points with the same ``a`` as both neighbours and ``b`` strictly between theirs."""
    drop = np.zeros(a.size, dtype=bool)
    if a.size > 2:
        a0, a1, a2 = a[:-2], a[1:-1], a[2:]
        b0, b1, b2 = b[:-2], b[1:-1], b[2:]
        mid = drop[1:-1]
        tmp = np.empty(mid.size, dtype=bool)
        np.equal(a0, a1, out=mid)
        mid &= np.equal(a1, a2, out=tmp)
        up = np.less(b0, b1)
        up &= np.less(b1, b2, out=tmp)
        down = np.greater(b0, b1)
        down &= np.greater(b1, b2, out=tmp)
        up |= down
        mid &= up                            # same a, and b strictly monotone through the point
    return drop


def _axis_run_survivors(x: FloatArray, y: FloatArray, endpoints: np.ndarray) -> np.ndarray:
    """Indices of the points left after dropping those on axis-parallel runs (no error).

    A point with the same x as both neighbours and its y strictly between theirs lies on the
    segment joining them; a run of such points is strictly monotone, so it lies on the segment
    joining the run's ends, and dropping it is exact. Vertical runs go first, then horizontal runs
    among the survivors (a horizontal drop never spans a vertical run: its neighbours' x differ
    from its own). ``endpoints`` (bool) are always kept.
    """
    free = ~endpoints
    first = _strict_runs(x, y)
    first &= free
    if not first.any():                      # no vertical run (a PR curve has none)
        second = _strict_runs(y, x)
        second &= free
        return np.flatnonzero(~second)
    idx = np.flatnonzero(~first)
    second = _strict_runs(y[idx], x[idx]) & free[idx]
    return idx[~second]


def max_deviation(x: FloatArray, y: FloatArray, kept: np.ndarray,
                  bounds: np.ndarray | None = None, points: np.ndarray | None = None) -> float:
    """The largest distance of any point to the kept segment spanning it (0.0 if none dropped).

    ``kept`` are sorted indices that include every polyline's endpoints (as :func:`simplify`
    returns them); ``bounds`` as in :func:`simplify`; ``points`` limits the measure to those
    indices (default: every point).
    """
    n = int(x.size)
    if n == 0 or kept.size == n:
        return 0.0
    if bounds is None:
        bounds = np.array([0, n], dtype=np.int64)
    bounds = np.asarray(bounds, dtype=np.int64)
    mask = np.zeros(n, dtype=bool)
    mask[kept] = True
    nonempty = bounds[1:] > bounds[:-1]
    if not (mask[bounds[:-1][nonempty]].all() and mask[bounds[1:][nonempty] - 1].all()):
        raise ValueError("`kept` must include the first and last point of every polyline")
    pos = np.arange(n) if points is None else np.asarray(points, dtype=np.int64)
    if pos.size == 0:
        return 0.0
    # the kept point at or before each point, and the one at or after it (same polyline, since
    # every polyline's endpoints are kept)
    before = kept[np.searchsorted(kept, pos, side="right") - 1]
    after = kept[np.minimum(np.searchsorted(kept, pos, side="left"), kept.size - 1)]
    ax, ay = x[before], y[before]
    d2 = _segment_d2(x[pos], y[pos], ax, ay, x[after] - ax, y[after] - ay)
    return float(np.sqrt(d2.max()))
