"""vizlog.charts.legacy: the old wandb.plots names, as vizlog.plots."""

from __future__ import annotations

import numpy as np
import pytest

import vizlog
from vizlog.errors import ShapeError


def _data() -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(2)
    y = rng.integers(0, 3, 300)
    p = rng.random((300, 3))
    p[np.arange(300), y] += 0.6
    return y, p


def test_precision_recall_is_pr_curve_with_the_old_title() -> None:
    y, p = _data()
    chart = vizlog.plots.precision_recall(y, p, ["a", "b", "c"])
    assert chart.spec_name == "pr_curve"
    assert chart.string_fields["title"] == "Precision v. Recall"
    assert chart.encode().data == vizlog.plot.pr_curve(y, p, ["a", "b", "c"],
                                                       title="Precision v. Recall").encode().data


def test_roc_aliases() -> None:
    y, p = _data()
    assert vizlog.plots.ROC is vizlog.plots.roc
    chart = vizlog.plots.ROC(y, p, ["a", "b", "c"], plot_micro=False)
    assert chart.spec_name == "roc_curve" and chart.string_fields["title"] == "ROC"


def test_heatmap() -> None:
    chart = vizlog.plots.HeatMap(["x1", "x2"], ["y1", "y2", "y3"], np.arange(6).reshape(3, 2))
    assert chart.spec_name == "confusion_matrix"
    assert chart.table is not None
    assert chart.table.to_arrow().to_pylist()[:2] == [{"y": "y1", "x": "x1", "value": 0.0},
                                                      {"y": "y1", "x": "x2", "value": 1.0}]
    with pytest.raises(ShapeError, match=r"\(len\(y_labels\), len\(x_labels\)\) = \(3, 2\)"):
        vizlog.plots.heatmap(["x1", "x2"], ["y1", "y2", "y3"], np.zeros((2, 3)))


def test_visualize_binds_columns_by_name() -> None:
    t = vizlog.Table(columns=["class", "precision", "recall"],
                     data=[["a", 1.0, 0.0], ["a", 0.5, 1.0]])
    chart = vizlog.plots.visualize("wandb/pr_curve/v1", t)
    assert chart.fields == {"class": "class", "x": "recall", "y": "precision"}
    t2 = vizlog.Table(columns=["x", "y"], data=[[1, 2]])
    assert vizlog.plots.visualize("wandb/line/v0", t2).fields == {"x": "x", "y": "y"}
