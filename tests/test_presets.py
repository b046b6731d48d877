"""vizlog.charts.presets: the wandb-signature builders (vizlog.plot.*) against scikit-learn."""

from __future__ import annotations

import json

import numpy as np
import pyarrow as pa
import pytest

import vizlog
from vizlog.charts import curves, presets
from vizlog.errors import ChartBindingError, MediaError, ShapeError

sk = pytest.importorskip("sklearn.metrics")


def _data(n: int = 3000, k: int = 4, seed: int = 4) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    y = rng.integers(0, k, n)
    logits = rng.normal(size=(n, k))
    logits[np.arange(n), y] += 1.5
    p = np.exp(logits)
    return y, p / p.sum(axis=1, keepdims=True)


def _rows(chart: vizlog.CustomChart) -> pa.Table:
    assert chart.table is not None
    return chart.table.to_arrow()


def test_plot_namespace_has_wandbs_names() -> None:
    for name in ("line", "scatter", "bar", "histogram", "line_series", "pr_curve", "roc_curve",
                 "confusion_matrix", "plot_table", "CustomChart"):
        assert callable(getattr(vizlog.plot, name))


@pytest.mark.parametrize("kind", ["pr", "roc"])
def test_exact_curves_within_the_stated_bound(kind: str) -> None:
    y, p = _data()
    labels = ["ant", "bee", "cat", "dog"]
    build = vizlog.plot.pr_curve if kind == "pr" else vizlog.plot.roc_curve
    chart = build(y, p, labels)
    info = chart.encode().fields["curve"]
    assert info["max_error"] == 1e-3 and info["max_error_observed"] <= 1e-3
    table = _rows(chart)
    xcol, ycol = ("recall", "precision") if kind == "pr" else ("fpr", "tpr")
    assert table.column_names == ["class", *((ycol, xcol) if kind == "pr" else (xcol, ycol)),
                                  "threshold"]
    total_kept = 0
    for c, name in enumerate(labels):
        if kind == "pr":
            sy, sx, _ = sk.precision_recall_curve(y == c, p[:, c])
        else:
            sx, sy, _ = sk.roc_curve(y == c, p[:, c])
        mask = np.array(table.column("class").to_pylist()) == name
        kx = table.column(xcol).to_numpy()[mask]
        ky = table.column(ycol).to_numpy()[mask]
        # every kept point is one of scikit-learn's points, in its order, endpoints included
        pos = [int(np.flatnonzero((sx == a) & (sy == b))[0]) for a, b in zip(kx, ky, strict=True)]
        assert pos == sorted(pos) and pos[0] == 0 and pos[-1] == sx.size - 1
        # and every scikit-learn point lies within max_error of the kept polyline
        assert curves.max_deviation(sx, sy, np.array(pos)) <= 1e-3
        stats = info["classes"][name]
        assert abs(stats["average_precision"] - sk.average_precision_score(y == c, p[:, c])) \
            <= 1e-12
        assert abs(stats["roc_auc"] - sk.roc_auc_score(y == c, p[:, c])) <= 1e-12
        assert stats["points"] == sx.size and stats["points_kept"] == len(pos)
        assert stats["positives"] == int((y == c).sum())
        total_kept += len(pos)
    factor = 5 if kind == "pr" else 2
    assert info["points_kept"] == total_kept == table.num_rows < info["points"] / factor


def test_max_error_none_keeps_every_point() -> None:
    y, p = _data(n=300, k=2)
    table = _rows(vizlog.plot.pr_curve(y, p, max_error=None))
    sp, sr, st = sk.precision_recall_curve(y == 1, p[:, 1])
    mask = np.array(table.column("class").to_pylist()) == "1"
    np.testing.assert_array_equal(table.column("precision").to_numpy()[mask], sp)
    np.testing.assert_array_equal(table.column("recall").to_numpy()[mask], sr)
    thr = table.column("threshold").to_pylist()
    assert [t for t, m in zip(thr, mask, strict=True) if m] == [*st.tolist(), None]


def _expand(doc: dict, kind: str) -> list[tuple]:
    """The rows the stored spec's flatten + calculate transforms make, evaluated in Python with
    the same float64 divisions."""
    assert doc["transform"][0] == {"flatten": ["tp", "fp"]}
    rows = []
    for d in doc["datasets"]["table"]:
        for tp, fp in zip(d["tp"], d["fp"], strict=True):
            if kind == "pr":
                rows.append((d["class"], 1.0 if tp + fp == 0 else tp / (tp + fp),
                             tp / d["positives"]))
            else:
                rows.append((d["class"], fp / d["negatives"], tp / d["positives"]))
    return rows


@pytest.mark.parametrize("kind", ["pr", "roc"])
@pytest.mark.parametrize("max_error", [1e-3, None])
def test_stored_spec_draws_the_tables_exact_points(kind: str, max_error: float | None) -> None:
    y, p = _data(n=3000, k=4)
    build = vizlog.plot.pr_curve if kind == "pr" else vizlog.plot.roc_curve
    chart = build(y, p, max_error=max_error)
    table = _rows(chart)
    cols = ["class", "precision", "recall"] if kind == "pr" else ["class", "fpr", "tpr"]
    want = list(zip(*(table.column(c).to_pylist() for c in cols), strict=True))
    assert _expand(chart.to_dict(), kind) == want


def test_roc_thresholds_start_at_infinity() -> None:
    y, p = _data(n=200, k=2)
    table = _rows(vizlog.plot.roc_curve(y, p, max_error=None))
    assert table.column("threshold").to_pylist()[0] == float("inf")
    doc = vizlog.plot.roc_curve(y, p).to_dict()
    assert "Infinity" not in json.dumps(doc["datasets"])  # thresholds stay in the table file


def test_string_labels_and_many_classes() -> None:
    rng = np.random.default_rng(9)
    k = 120
    names = np.array([f"species {i:03d}" for i in range(k)])
    y = rng.integers(0, k, 6000)
    p = rng.random((6000, k))
    p[np.arange(6000), y] += 0.5
    chart = vizlog.plot.pr_curve(names[y], p, list(names))
    info = chart.encode().fields["curve"]
    assert len(info["classes"]) == k
    c = 57
    assert abs(info["classes"]["species 057"]["average_precision"]
               - sk.average_precision_score(y == c, p[:, c])) <= 1e-12
    # without labels, string classes follow sorted order (scikit-learn's classes_)
    same = vizlog.plot.roc_curve(names[y], p)
    assert same.encode().fields["curve"]["classes"]["species 057"]["roc_auc"] == \
        pytest.approx(sk.roc_auc_score(y == c, p[:, c]), abs=1e-12)


def test_classes_to_plot_and_skipped_classes() -> None:
    y, p = _data(n=400, k=3)
    chart = vizlog.plot.pr_curve(y, p, ["a", "b", "c"], classes_to_plot=["c", 0])
    assert sorted(chart.encode().fields["curve"]["classes"]) == ["a", "c"]
    y2 = np.where(y == 2, 0, y)  # class 2 never occurs
    info = vizlog.plot.roc_curve(y2, p).encode().fields["curve"]
    assert info["skipped_classes"] == {"2": "no positive samples"}
    with pytest.raises(MediaError, match=r"`classes_to_plot` names class 'z'"):
        vizlog.plot.pr_curve(y, p, ["a", "b", "c"], classes_to_plot=["z"])


@pytest.mark.parametrize(("call", "err", "pattern"), [
    (lambda y, p: vizlog.plot.pr_curve(y, p[:, 0]), ShapeError,
     r"`y_probas` must have shape \(n_samples, n_classes\) = \(50, C\); got ndarray of shape "
     r"\(50,\).*np.stack\(\[1 - p, p\], axis=1\)"),
    (lambda y, p: vizlog.plot.pr_curve(y, p[:40]), ShapeError, r"= \(50, C\)"),
    (lambda y, p: vizlog.plot.pr_curve(y, p, ["a", "b"]), MediaError,
     r"`labels` names 2 classes but the scores have 3 columns"),
    (lambda y, p: vizlog.plot.pr_curve(y + 1, p), MediaError,
     r"`y_true` holds class 3, but there are 3 classes \(0\.\.2\).*return_inverse"),
    (lambda y, p: vizlog.plot.pr_curve(np.array(["a", "b"] * 25), p, ["a", "x", "y"]),
     MediaError, r"`y_true` holds classes \['b'\] that are not in `labels`"),
    (lambda y, p: vizlog.plot.pr_curve(np.array(["a", "b"] * 25), p), MediaError,
     r"holds 2 distinct class names but the scores have 3 columns"),
    (lambda y, p: vizlog.plot.roc_curve(y, np.where(p > 0.5, np.nan, p)), MediaError,
     r"NaN or infinite"),
    (lambda y, p: vizlog.plot.pr_curve(y, p, max_error=-1), MediaError, r"`max_error`"),
    (lambda y, p: vizlog.plot.pr_curve(None, p), MediaError, r"`y_true` is required"),
    (lambda y, p: vizlog.plot.pr_curve(y, p, ["a", "a", "b"]), MediaError, r"duplicate"),
    (lambda y, p: vizlog.plot.pr_curve(y * 0.5, p), MediaError, r"non-integer"),
])
def test_bad_curve_inputs(call, err, pattern) -> None:  # type: ignore[no-untyped-def]
    y, p = _data(n=50, k=3)
    with pytest.raises(err, match=pattern):
        call(y, p)


def test_confusion_matrix_matches_sklearn() -> None:
    y, p = _data(n=500, k=4)
    names = ["ant", "bee", "cat", "dog"]
    chart = vizlog.plot.confusion_matrix(probs=p, y_true=y, class_names=names)
    table = _rows(chart)
    want = sk.confusion_matrix(y, p.argmax(axis=1))
    assert table.column_names == ["Actual", "Predicted", "nPredictions"]
    assert table.column("nPredictions").to_numpy().reshape(4, 4).tolist() == want.tolist()
    assert table.column("Actual").to_pylist()[:5] == ["ant"] * 4 + ["bee"]
    assert table.column("Predicted").to_pylist()[:5] == [*names, "ant"]
    info = chart.encode().fields["confusion"]
    assert info == {"classes": 4, "samples": 500,
                    "accuracy": pytest.approx(np.trace(want) / 500, abs=1e-15)}
    # string classes, with and without class_names
    s_true = np.array(names)[y]
    s_pred = np.array(names)[p.argmax(axis=1)]
    same = vizlog.plot.confusion_matrix(y_true=s_true, preds=s_pred, class_names=names)
    assert _rows(same).equals(table)
    assert "class_values" not in info


def test_confusion_matrix_default_names_as_wandb() -> None:
    # wandb: without class_names, the sorted union of the values present is Class_1..Class_n
    chart = vizlog.plot.confusion_matrix(y_true=[3, 5], preds=[5, 5])
    assert _rows(chart).to_pylist() == [
        {"Actual": "Class_1", "Predicted": "Class_1", "nPredictions": 0},
        {"Actual": "Class_1", "Predicted": "Class_2", "nPredictions": 1},
        {"Actual": "Class_2", "Predicted": "Class_1", "nPredictions": 0},
        {"Actual": "Class_2", "Predicted": "Class_2", "nPredictions": 1}]
    assert chart.encode().fields["confusion"]["class_values"] == [3, 5]
    probs = np.array([[0.1, 0.2, 0.7, 0.0], [0.9, 0.0, 0.1, 0.0], [0.0, 0.0, 1.0, 0.0]])
    chart = vizlog.plot.confusion_matrix(probs=probs, y_true=[2, 0, 0])  # classes 1, 3 absent
    assert _rows(chart).column("nPredictions").to_pylist() == [1, 1, 0, 1]
    assert chart.encode().fields["confusion"]["class_values"] == [0, 2]
    names = _rows(vizlog.plot.confusion_matrix(y_true=["b", "a"], preds=["a", "a"]))
    assert names.column("Actual").to_pylist() == ["Class_1"] * 2 + ["Class_2"] * 2


@pytest.mark.parametrize(("kwargs", "pattern"), [
    ({"probs": [[0.1, 0.9]], "preds": [1], "y_true": [1]}, r"either `probs` or `preds`"),
    ({"y_true": [1]}, r"pass `preds`"),
    ({"preds": [1, 0], "y_true": [1]}, r"`preds` has 2 values but `y_true` has 1"),
    ({"preds": [0, 4], "y_true": [1, 1], "class_names": ["a", "b"]},
     r"`preds` holds class 4, but there are 2 classes"),
    ({"preds": ["a", "z"], "y_true": ["a", "a"], "class_names": ["a", "b"]},
     r"\['z'\] that are not in `class_names`"),
    ({"preds": ["a"], "y_true": [1]}, r"same kind of classes"),
])
def test_bad_confusion_inputs(kwargs: dict, pattern: str) -> None:
    with pytest.raises(MediaError, match=pattern):
        vizlog.plot.confusion_matrix(**kwargs)


def test_simple_builders_bind_the_columns() -> None:
    t = vizlog.Table(columns=["a", "b", "g"], data=[[1, 2.0, "x"], [2, 3.0, "y"]])
    assert vizlog.plot.line(t, "a", "b", stroke="g").fields == {"x": "a", "y": "b",
                                                                "stroke": "g"}
    assert "color" not in vizlog.plot.line(t, "a", "b").to_dict()["encoding"]
    assert vizlog.plot.scatter(t, "a", "b", title="s").string_fields == {"title": "s"}
    assert vizlog.plot.bar(t, "g", "b").fields == {"label": "g", "value": "b"}
    assert vizlog.plot.histogram(t, "b", split_table=True).split_table is True
    with pytest.raises(ChartBindingError, match="needs field 'y' = column 'zz'"):
        vizlog.plot.scatter(t, "a", "zz")


def test_line_series() -> None:
    chart = vizlog.plot.line_series([0, 1, 2], [[1, 2, 3], [4, 5, 6]], title="t", xname="ep")
    assert _rows(chart).to_pylist()[:4] == [
        {"step": 0, "lineKey": "line_0", "lineVal": 1.0},
        {"step": 1, "lineKey": "line_0", "lineVal": 2.0},
        {"step": 2, "lineKey": "line_0", "lineVal": 3.0},
        {"step": 0, "lineKey": "line_1", "lineVal": 4.0}]
    assert chart.string_fields == {"title": "t", "xname": "ep"}
    per = vizlog.plot.line_series(np.array([[0, 1], [5, 6]]), np.array([[1, 2], [3, 4]]),
                                  keys=["a", "b"])
    assert _rows(per).column("step").to_pylist() == [0, 1, 5, 6]
    with pytest.raises(ShapeError, match=r"line 1 \('line_1'\) has 3 x values and 2 y values"):
        vizlog.plot.line_series([0, 1, 2], [[1, 2, 3], [4, 5]])
    with pytest.raises(MediaError, match="`keys` has 1 names but `ys` has 2 lines"):
        vizlog.plot.line_series([0, 1], [[1, 2], [3, 4]], keys=["a"])
    with pytest.raises(ShapeError, match="`xs` has 3 sequences but `ys` has 2"):
        vizlog.plot.line_series([[0], [1], [2]], [[1], [2]])
    with pytest.raises(ShapeError, match=r"For one line pass `\[ys\]`"):
        vizlog.plot.line_series([0, 1], [1, 2])


def test_pr_curve_logged_and_read_back(runs_dir) -> None:  # type: ignore[no-untyped-def]
    y, p = _data(n=2000, k=3)
    with vizlog.init(dir=runs_dir) as run:
        run.log({"pr": vizlog.plot.pr_curve(y, p, ["a", "b", "c"])})
    data = vizlog.open_run(run.dir)
    assert data.verify() == []
    [(_, back)] = data.media("pr")
    desc = data.history[0]["pr"]
    assert desc["curve"]["kind"] == "pr" and desc["spec"] == "pr_curve"
    assert back.table.nrows == desc["curve"]["points_kept"]
    assert back.to_dict()["usermeta"]["vizlog"]["fields"] == {"class": "class", "x": "recall",
                                                              "y": "precision"}


def test_default_bound_is_documented() -> None:
    assert presets.DEFAULT_MAX_ERROR == 1e-3


def test_line_series_with_string_x_values_as_wandb() -> None:
    chart = vizlog.plot.line_series(["a", "b", "c"], [[1, 2, 3], [4, 5, 6]], keys=["u", "v"])
    table = _rows(chart)
    assert table.column("step").to_pylist() == ["a", "b", "c"] * 2
    assert str(table.schema.field("step").type) == "string"
    assert chart.encode().fields["spec"] == "line_series_ordinal"
    per_line = vizlog.plot.line_series(np.array([["x", "y"], ["p", "q"]]), [[1, 2], [3, 4]])
    assert _rows(per_line).column("step").to_pylist() == ["x", "y", "p", "q"]
    assert vizlog.plot.line_series([0, 1], [[1, 2]]).encode().fields["spec"] == "line_series"
    with pytest.raises(MediaError, match=r"mixes string and numeric x values"):
        vizlog.plot.line_series([["a", "b"], [0, 1]], [[1, 2], [3, 4]])


@pytest.mark.parametrize("kind", ["pr", "roc"])
def test_classes_on_two_threads_give_the_same_chart(kind: str,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    y, p = _data(n=4000, k=5, seed=8)
    y[y == 3] = 0                                      # one class without positives: skipped
    build = vizlog.plot.pr_curve if kind == "pr" else vizlog.plot.roc_curve
    monkeypatch.setattr(presets, "THREADED_SAMPLES", 10**12)
    alone = build(y, p)
    pools: list[int] = []

    class Spy(presets.ThreadPoolExecutor):
        def __init__(self, workers: int) -> None:
            pools.append(workers)
            super().__init__(workers)

    monkeypatch.setattr(presets, "ThreadPoolExecutor", Spy)
    monkeypatch.setattr(presets.os, "cpu_count", lambda: 2)
    assert build(y, p).table is not None and pools == []
    monkeypatch.setattr(presets, "THREADED_SAMPLES", 1)
    threaded = build(y, p)
    assert pools == [1]
    assert _rows(alone).equals(_rows(threaded))
    assert json.dumps(alone.to_dict(), sort_keys=True) == \
        json.dumps(threaded.to_dict(), sort_keys=True)
    assert json.dumps(alone.encode().fields, sort_keys=True) == \
        json.dumps(threaded.encode().fields, sort_keys=True)
    assert list(alone.encode().fields["curve"]["skipped_classes"]) == ["3"]


@pytest.mark.parametrize("kind", ["pr", "roc"])
@pytest.mark.parametrize("bound", [1e-3, 0.05, None])
def test_any_split_of_the_classes_keeps_the_same_points(kind: str, bound: float | None) -> None:
    y, p = _data(n=3000, k=5, seed=11)
    y[y == 2] = 0                                      # class 2 has no positives: no line
    idx = y.astype(np.int64)
    cols = [0, 1, 2, 3, 4]
    full_pr = kind == "pr" and bound is None

    def part(some: list[int]) -> presets._Part:
        return presets._reduce_part(kind, idx, p, some, full_pr, bound, curves.Workspace(y.size))

    whole = part(cols)
    assert whole.lines == [0, 1, 3, 4] and len(whole.results) == 5
    assert whole.results[2][2] is None
    if bound is not None:
        # the same as one simplify over every drawn polyline at once, as the chart did before
        drawn = [res[3] for res in whole.results if res[3] is not None]
        x = np.concatenate([d.x for d in drawn])
        yy = np.concatenate([d.y for d in drawn])
        bounds = np.cumsum([0] + [d.x.size for d in drawn])
        kept, observed = curves.simplify_measured(x, yy, bound, bounds)
        assert np.array_equal(whole.x, x[kept]) and np.array_equal(whole.y, yy[kept])
        assert whole.observed == observed and whole.kept_per == np.diff(
            np.searchsorted(kept, bounds)).tolist()
    for split in ([0, 1], [2, 3, 4]), ([0], [1, 2, 3, 4]), ([0, 1, 2, 3], [4]), ([0, 1, 2], [3, 4]):
        a, b = part(split[0]), part(split[1])
        assert a.lines + b.lines == whole.lines
        assert a.kept_per + b.kept_per == whole.kept_per
        for name in ("x", "y", "threshold", "fp", "tp"):
            got = np.concatenate([getattr(a, name), getattr(b, name)])
            assert got.tobytes() == getattr(whole, name).tobytes(), name
        assert max(a.observed, b.observed) == whole.observed
        assert [r[:3] for r in a.results + b.results] == [r[:3] for r in whole.results]


@pytest.mark.parametrize("kind", ["pr", "roc"])
def test_kept_points_carry_the_counts_and_thresholds_of_the_full_curve(kind: str) -> None:
    y, p = _data(n=2000, k=3, seed=12)
    chart = (vizlog.plot.pr_curve if kind == "pr" else vizlog.plot.roc_curve)(y, p,
                                                                             max_error=0.02)
    full = (vizlog.plot.pr_curve if kind == "pr" else vizlog.plot.roc_curve)(y, p,
                                                                            max_error=None)
    rows, every = _rows(chart).to_pylist(), _rows(full).to_pylist()
    assert 0 < len(rows) < len(every)
    for c in range(3):
        mine = [r for r in rows if r["class"] == str(c)]
        want = [r for r in every if r["class"] == str(c)]
        assert mine[0] == want[0] and mine[-1] == want[-1]     # both ends kept, extra point too
        assert all(r in want for r in mine)
    if kind == "pr":
        assert rows[-1]["threshold"] is None and rows[-1]["precision"] == 1.0
    else:
        assert rows[0]["threshold"] == np.inf and rows[0]["fpr"] == 0.0


@pytest.mark.parametrize("bad", [np.nan, np.inf, -np.inf])
@pytest.mark.parametrize("where", [(0, 0), (17, 1), (49, 2)])
def test_a_single_non_finite_score_anywhere_is_refused(bad: float,
                                                       where: tuple[int, int]) -> None:
    y, p = _data(n=50, k=3)
    p[where] = bad
    for build in (vizlog.plot.pr_curve, vizlog.plot.roc_curve):
        with pytest.raises(MediaError, match=r"`y_probas` holds NaN or infinite scores"):
            build(y, p)
    p[where] = 1e308                                 # finite, however large: accepted
    assert vizlog.plot.roc_curve(y, p).table is not None
