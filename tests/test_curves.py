"""vizlog.charts.curves: exact PR/ROC/confusion maths against scikit-learn, and the bounded
curve reduction."""

from __future__ import annotations

import itertools
import warnings

import numpy as np
import pytest

from vizlog.charts import curves

sk_metrics = pytest.importorskip("sklearn.metrics")


def _cases() -> list[tuple[str, np.ndarray, np.ndarray]]:
    rng = np.random.default_rng(11)
    out = []
    y = rng.random(2000) < 0.3
    out.append(("continuous", y, rng.random(2000) + 0.4 * y))
    s = np.round(rng.random(3000), 2)  # many ties
    out.append(("ties", rng.random(3000) < s, s))
    out.append(("all_equal", rng.random(50) < 0.5, np.full(50, 0.3)))
    y = np.zeros(40, bool)
    y[7] = True
    out.append(("one_positive", y, rng.normal(size=40)))
    out.append(("tiny", np.array([True, False]), np.array([0.2, 0.9])))
    out.append(("negative_scores", rng.random(500) < 0.5, -rng.exponential(size=500)))
    return out


CASES = _cases()
IDS = [c[0] for c in CASES]


def _close(a: np.ndarray, b: np.ndarray) -> None:
    assert a.shape == b.shape
    np.testing.assert_allclose(a, b, rtol=0, atol=1e-12)


@pytest.mark.parametrize(("name", "y", "s"), CASES, ids=IDS)
@pytest.mark.parametrize("drop", [False, True])
def test_precision_recall_matches_sklearn(name: str, y: np.ndarray, s: np.ndarray,
                                          drop: bool) -> None:
    ours = curves.precision_recall_curve(y, s, drop_intermediate=drop)
    theirs = sk_metrics.precision_recall_curve(y, s, drop_intermediate=drop)
    for a, b in zip(ours, theirs, strict=True):
        _close(a, b)
    ap = curves.average_precision(ours[0], ours[1])
    assert abs(ap - sk_metrics.average_precision_score(y, s)) <= 1e-12


@pytest.mark.parametrize(("name", "y", "s"), CASES, ids=IDS)
@pytest.mark.parametrize("drop", [False, True])
def test_roc_matches_sklearn(name: str, y: np.ndarray, s: np.ndarray, drop: bool) -> None:
    fpr, tpr, thr = curves.roc_curve(y, s, drop_intermediate=drop)
    sfpr, stpr, sthr = sk_metrics.roc_curve(y, s, drop_intermediate=drop)
    _close(fpr, sfpr)
    _close(tpr, stpr)
    assert thr[0] == np.inf == sthr[0]
    _close(thr[1:], sthr[1:])
    assert abs(curves.auc(fpr, tpr) - sk_metrics.roc_auc_score(y, s)) <= 1e-12


def test_drop_intermediate_keeps_average_precision() -> None:
    _, y, s = CASES[1]
    full = curves.precision_recall_curve(y, s)
    short = curves.precision_recall_curve(y, s, drop_intermediate=True)
    assert short[0].size < full[0].size
    assert abs(curves.average_precision(*short[:2]) - curves.average_precision(*full[:2])) \
        <= 1e-12


def test_degenerate_classes_follow_sklearn() -> None:
    y = np.zeros(20, bool)
    s = np.linspace(0, 1, 20)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        sp, sr, _ = sk_metrics.precision_recall_curve(y, s)
        sfpr, stpr, _ = sk_metrics.roc_curve(y, s)
    p, r, _ = curves.precision_recall_curve(y, s)
    _close(p, sp)
    _close(r, sr)
    fpr, tpr, _ = curves.roc_curve(y, s)
    _close(fpr, sfpr)
    assert np.isnan(tpr).all() and np.isnan(stpr).all()


def test_binary_counts_one_sort_per_call_counts_every_sample() -> None:
    rng = np.random.default_rng(3)
    y = rng.random(1000) < 0.2
    s = np.round(rng.random(1000), 1)
    fps, tps, thr = curves.binary_counts(y, s)
    assert fps[-1] + tps[-1] == 1000 and tps[-1] == y.sum()
    assert np.all(np.diff(thr) < 0)
    np.testing.assert_array_equal(tps, [(y & (s >= t)).sum() for t in thr])


@pytest.mark.parametrize("n_classes", [3, 120])
def test_confusion_counts_match_sklearn(n_classes: int) -> None:
    rng = np.random.default_rng(n_classes)
    t = rng.integers(0, n_classes, 5000)
    p = rng.integers(0, n_classes, 5000)
    got = curves.confusion_counts(t, p, n_classes)
    want = sk_metrics.confusion_matrix(t, p, labels=np.arange(n_classes))
    np.testing.assert_array_equal(got, want)
    assert got.dtype == np.int64


# -- reduction ------------------------------------------------------------------------------
def _brute_deviation(x: np.ndarray, y: np.ndarray, kept: np.ndarray,
                     bounds: np.ndarray) -> float:
    """Distance of every point to the kept segment spanning it, one segment at a time, with a
    formula of its own (projection through complex numbers)."""
    worst = 0.0
    z = x + 1j * y
    for a, b in itertools.pairwise(kept.tolist()):
        if np.searchsorted(bounds, a, "right") != np.searchsorted(bounds, b, "right"):
            continue  # a and b are on different polylines
        pts = z[a:b + 1]
        seg = z[b] - z[a]
        if seg == 0:
            d = np.abs(pts - z[a])
        else:
            t = np.clip(((pts - z[a]) / seg).real, 0, 1)
            d = np.abs(z[a] + t * seg - pts)
        worst = max(worst, float(d.max()))
    return worst


def _random_polylines(seed: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    xs, ys, bounds = [], [], [0]
    for _ in range(5):
        n = int(rng.integers(0, 400))
        kind = rng.integers(0, 3)
        if kind == 0:  # noisy walk
            x = np.cumsum(rng.random(n))
            y = np.cumsum(rng.normal(size=n))
        elif kind == 1:  # staircase with repeated coordinates (PR-like)
            x = np.repeat(np.arange(n // 2 + 1), 2)[:n] / max(n, 1)
            y = np.repeat(rng.random(n // 2 + 1), 2)[1:n + 1] if n else np.zeros(0)
            y = y[:n]
        else:  # zig-zag with duplicates and reversals
            x = rng.integers(0, 5, n).astype(float)
            y = rng.integers(0, 5, n).astype(float)
        xs.append(x.astype(float))
        ys.append(y.astype(float))
        bounds.append(bounds[-1] + n)
    return np.concatenate(xs), np.concatenate(ys), np.array(bounds)


@pytest.mark.parametrize("seed", range(8))
@pytest.mark.parametrize("eps", [0.0, 0.01, 0.5])
def test_simplify_honours_the_bound(seed: int, eps: float) -> None:
    x, y, bounds = _random_polylines(seed)
    kept, observed = curves.simplify_measured(x, y, eps, bounds)
    assert np.all(np.diff(kept) > 0)
    nonempty = bounds[1:] > bounds[:-1]
    assert set(bounds[:-1][nonempty]) <= set(kept.tolist())
    assert set((bounds[1:] - 1)[nonempty]) <= set(kept.tolist())
    brute = _brute_deviation(x, y, kept, bounds)
    assert brute <= eps + 1e-12
    assert abs(observed - brute) <= 1e-12
    assert abs(curves.max_deviation(x, y, kept, bounds) - brute) <= 1e-12
    np.testing.assert_array_equal(kept, curves.simplify(x, y, eps, bounds))


def test_simplify_drops_only_exactly_collinear_runs_at_zero() -> None:
    x = np.array([0.0, 0, 0, 0, 1, 2, 3, 3])
    y = np.array([0.0, 1, 2, 3, 3, 3, 3, 0])
    np.testing.assert_array_equal(curves.simplify(x, y, 0.0), [0, 3, 6, 7])
    # a plateau that turns back is not a straight run: nothing may be dropped across it
    x2 = np.array([0.0, 0, 0, 0, 1])
    y2 = np.array([0.0, 1, 1, 0, 0])
    kept = curves.simplify(x2, y2, 0.0)
    assert curves.max_deviation(x2, y2, kept) == 0.0
    assert 1 in kept or 2 in kept


def test_simplify_reduces_a_real_pr_curve_within_the_bound() -> None:
    rng = np.random.default_rng(4)
    y = rng.integers(0, 4, 20_000)
    scores = rng.normal(size=(20_000, 4))
    scores[np.arange(20_000), y] += 1.5
    xs, ys, bounds = [], [], [0]
    for c in range(4):
        p, r, _ = sk_metrics.precision_recall_curve(y == c, scores[:, c])
        xs.append(r)
        ys.append(p)
        bounds.append(bounds[-1] + r.size)
    x, yy, b = np.concatenate(xs), np.concatenate(ys), np.array(bounds)
    kept, observed = curves.simplify_measured(x, yy, 1e-3, b)
    assert kept.size < x.size / 20
    assert observed <= 1e-3
    assert _brute_deviation(x, yy, kept, b) <= 1e-3


def test_max_deviation_needs_the_endpoints() -> None:
    with pytest.raises(ValueError, match="first and last point"):
        curves.max_deviation(np.arange(5.0), np.arange(5.0), np.array([0, 2]))


def test_auc_of_a_decreasing_x() -> None:
    assert curves.auc(np.array([1.0, 0.5, 0.0]), np.array([1.0, 1.0, 1.0])) == 1.0


def test_non_negative_fast_path_equals_the_sort_path() -> None:
    rng = np.random.default_rng(11)
    scores = np.round(rng.random(5000), 2)            # many ties
    scores[:3] = [0.0, -0.0, 1e-310]                  # zero, negative zero, a subnormal
    positive = rng.random(5000) < 0.3
    fps, tps, thr = curves.binary_counts(positive, scores)
    # reference: distinct thresholds descending, counts of samples at or above each
    want_thr = np.unique(scores)[::-1]
    assert np.array_equal(thr, want_thr) and not np.signbit(thr).any()
    at_or_above = scores[None, :] >= want_thr[:, None]
    assert np.array_equal(tps, (at_or_above & positive).sum(axis=1).astype(float))
    assert np.array_equal(fps, (at_or_above & ~positive).sum(axis=1).astype(float))
    fast = curves.binary_counts(positive[3:], scores[3:])
    slow = curves.binary_counts(positive[3:], scores[3:] - 2.0)  # negative: the argsort path
    assert np.array_equal(fast[0], slow[0]) and np.array_equal(fast[1], slow[1])


def test_counts_behind_the_curves_give_the_same_divisions() -> None:
    rng = np.random.default_rng(12)
    scores, positive = rng.random(2000), rng.random(2000) < 0.4
    fps, tps, thr = curves.binary_counts(positive, scores)
    for drop in (False, True):
        precision, recall, _ = curves.precision_recall_from_counts(fps, tps, thr, drop)
        fp, tp = curves.pr_counts(fps, tps, drop)
        with np.errstate(invalid="ignore"):
            got = np.where(tp + fp == 0, 1.0, tp / (tp + fp))
        assert np.array_equal(got, precision) and np.array_equal(tp / positive.sum(), recall)
        fpr, tpr, _ = curves.roc_from_counts(fps, tps, thr, drop)
        fp, tp = curves.roc_counts(fps, tps, drop)
        assert np.array_equal(fp / (~positive).sum(), fpr)
        assert np.array_equal(tp / positive.sum(), tpr)


# -- kept_counts: the kept points without the full curve --------------------------------------
def _reference_kept(positive: np.ndarray, scores: np.ndarray
                    ) -> tuple[list[tuple[float, float, float]], list[tuple[float, float, float]],
                               int]:
    """The PR and ROC points ``drop_intermediate`` keeps, written out one threshold at a time:
    (fps, tps, threshold) per kept distinct score, highest first, and the number of distinct
    scores."""
    thresholds = sorted({float(v) + 0.0 for v in scores.tolist()}, reverse=True)
    pos = [float(v) for v, p in zip(scores.tolist(), positive.tolist(), strict=True) if p]
    neg = [float(v) for v, p in zip(scores.tolist(), positive.tolist(), strict=True) if not p]
    fps = [float(sum(v >= t for v in neg)) for t in thresholds]
    tps = [float(sum(v >= t for v in pos)) for t in thresholds]
    m = len(thresholds)
    pr, roc = [], []
    for i, t in enumerate(thresholds):
        end = i == 0 or i == m - 1
        if end or tps[i] != tps[i - 1] or tps[i + 1] != tps[i]:
            pr.append((fps[i], tps[i], t))
        if end or fps[i + 1] - 2 * fps[i] + fps[i - 1] != 0 \
                or tps[i + 1] - 2 * tps[i] + tps[i - 1] != 0:
            roc.append((fps[i], tps[i], t))
    return pr, roc, m


def _kept_cases() -> list[tuple[str, np.ndarray, np.ndarray]]:
    rng = np.random.default_rng(21)
    out = []
    for n in (2, 3, 7, 60, 400):
        out.append((f"distinct_{n}", rng.random(n) < 0.3, rng.random(n)))
        out.append((f"large_{n}", rng.random(n) < 0.3, rng.exponential(size=n) * 4.0))
        out.append((f"ties_{n}", rng.random(n) < 0.5, np.round(rng.random(n), 1)))
        out.append((f"few_values_{n}", rng.random(n) < 0.4, rng.integers(0, 3, n) * 0.5))
        out.append((f"negative_{n}", rng.random(n) < 0.5, rng.normal(size=n)))
        out.append((f"negative_ties_{n}", rng.random(n) < 0.5, np.round(rng.normal(size=n), 1)))
    zeros = np.array([0.0, -0.0, 0.5, -0.0, 0.25, 0.0, 1e-310])
    out.append(("signed_zeros", np.array([1, 0, 1, 0, 0, 1, 0], bool), zeros))
    out.append(("signed_zeros_negative", np.array([1, 0, 1, 0, 0, 1, 0], bool), zeros - 0.25))
    out.append(("all_positive", np.ones(30, bool), np.round(rng.random(30), 1)))
    out.append(("all_negative", np.zeros(30, bool), np.round(rng.random(30), 1)))
    out.append(("single_positive", np.array([True]), np.array([0.4])))
    out.append(("single_negative", np.array([False]), np.array([0.4])))
    out.append(("all_equal", rng.random(40) < 0.5, np.full(40, 0.7)))
    out.append(("float32", rng.random(300) < 0.3, rng.random(300).astype(np.float32)))
    return out


KEPT_CASES = _kept_cases()


@pytest.mark.parametrize(("name", "positive", "scores"), KEPT_CASES,
                         ids=[c[0] for c in KEPT_CASES])
def test_kept_counts_equal_the_reference(name: str, positive: np.ndarray,
                                         scores: np.ndarray) -> None:
    pr, roc, m = _reference_kept(positive, scores.astype(np.float64))
    got = curves.kept_counts(positive, scores)
    assert got.distinct == m
    for kept, (fps, tps, thr) in ((pr, got[:3]), (roc, got[3:6])):
        assert [fps.dtype, tps.dtype, thr.dtype] == [np.float64] * 3
        assert list(zip(fps.tolist(), tps.tolist(), thr.tolist(), strict=True)) == kept
        assert np.array_equal(np.signbit(thr), thr < 0)      # no -0.0 threshold
    # the same arrays as the full curve reduced by pr_keep / roc_keep
    fps, tps, thr = curves.binary_counts(positive, scores)
    for got_part, keep in ((got[:3], curves.pr_keep(tps)), (got[3:6], curves.roc_keep(fps, tps))):
        for a, b in zip(got_part, (fps[keep], tps[keep], thr[keep]), strict=True):
            assert a.tobytes() == b.tobytes()
    full = curves.kept_counts(positive, scores, full_pr=True)
    for a, b in zip(full[:3], (fps, tps, thr), strict=True):
        assert a.tobytes() == b.tobytes()


@pytest.mark.parametrize("seed", range(6))
def test_kept_counts_paths_agree_and_reuse_their_buffers(seed: int) -> None:
    rng = np.random.default_rng(seed)
    n = 5000
    work = curves.Workspace(n)
    scores = rng.random((n, 3))
    scores[:, 2] = np.round(scores[:, 2], 3)           # ties: not the key path
    truth = rng.integers(0, 3, n)
    for j in range(3):
        positive = truth == j
        a = int(positive.sum())
        by_key = curves._kept_by_key(positive, scores[:, j], a, n - a, work)
        two = curves._kept_two_sorts(positive, scores[:, j], a, n - a)
        fresh = curves.kept_counts(positive, scores[:, j])
        assert (by_key is None) == (j == 2)
        for got in ([by_key] if by_key is not None else []) + [two]:
            assert [x.tobytes() for x in got[:6]] == [x.tobytes() for x in fresh[:6]]
            assert got.distinct == fresh.distinct


def _strict(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    drop = np.zeros(a.size, bool)
    for i in range(1, a.size - 1):
        drop[i] = a[i - 1] == a[i] == a[i + 1] and (b[i - 1] < b[i] < b[i + 1]
                                                    or b[i - 1] > b[i] > b[i + 1])
    return drop


@pytest.mark.parametrize("vertical", [False, True])
def test_axis_run_survivors_with_and_without_vertical_runs(vertical: bool) -> None:
    rng = np.random.default_rng(5)
    x = np.cumsum(rng.random(600))
    y = np.round(rng.random(600), 1)
    y[100:104] = 0.5                                   # a horizontal run
    if vertical:                                       # and a vertical one
        x[10:14] = x[10]
        y[10:14] = [0.1, 0.2, 0.3, 0.4]
    ends = np.zeros(600, bool)
    ends[[0, 101, 599]] = True
    first = np.flatnonzero(~(_strict(x, y) & ~ends))
    want = first[~(_strict(y[first], x[first]) & ~ends[first])]
    got = curves._axis_run_survivors(x, y, ends)
    assert np.array_equal(got, want)
    assert (11 not in got.tolist()) == vertical and 101 in got.tolist()
    assert 102 not in got.tolist()


@pytest.mark.parametrize("where", ["max", "min", "middle"])
def test_a_single_tie_in_any_chunk_leaves_the_key_path(where: str) -> None:
    rng = np.random.default_rng(9)
    n = 3 * curves._STEP_CHUNK + 5
    scores = rng.random(n)
    positive = rng.random(n) < 0.2
    other = {"max": int(scores.argmax()), "min": int(scores.argmin()),
             "middle": int(np.argsort(scores)[n // 2])}[where]
    scores[(other + 1) % n] = scores[other]
    a = int(positive.sum())
    assert curves._kept_by_key(positive, scores, a, n - a, curves.Workspace(n)) is None
    got = curves.kept_counts(positive, scores)
    fps, tps, thr = curves.binary_counts(positive, scores)
    assert got.distinct == n - 1 == tps.size
    keep = curves.roc_keep(fps, tps)
    assert [x.tobytes() for x in got[3:6]] == [x.tobytes() for x in (fps[keep], tps[keep],
                                                                      thr[keep])]
