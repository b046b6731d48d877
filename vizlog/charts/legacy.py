"""The old ``wandb.plots`` names (removed from wandb in 0.17), as ``vizlog.plots``.

* ``precision_recall(y_true, y_probas, labels=None, plot_micro=True, classes_to_plot=None)``:
  :func:`vizlog.plot.pr_curve` with the old title "Precision v. Recall". wandb kept 20 points
  per class; vizlog keeps the exact curve within ``max_error``. ``plot_micro`` is accepted and
  unused, as it was in wandb.
* ``ROC`` / ``roc(y_true, y_probas, labels=None, plot_micro=True, plot_macro=True,
  classes_to_plot=None)``: :func:`vizlog.plot.roc_curve` titled "ROC".
* ``HeatMap`` / ``heatmap(x_labels, y_labels, matrix_values, show_text=False)``: the
  ``confusion_matrix`` spec over a table ``x, y, value`` (cell values are printed when there are
  at most 20 rows; ``show_text`` is accepted and unused).
* ``visualize(id, table)``: ``plot_table`` binding each field of the spec to the column of the
  same name (for the old ``wandb/pr_curve/v1`` and ``wandb/roc/v1`` ids, ``x``/``y`` bind to
  ``recall``/``precision`` and ``fpr``/``tpr``).

Input rules and the stored tables are those of :mod:`vizlog.charts.presets`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
import pyarrow as pa

from vizlog.charts import presets
from vizlog.charts.custom_chart import CustomChart, plot_table
from vizlog.charts.specs import get_spec
from vizlog.errors import ShapeError, describe
from vizlog.media.table import Table

__all__ = ["ROC", "HeatMap", "heatmap", "precision_recall", "roc", "visualize"]

_LEGACY_COLUMNS = {"pr_curve": {"x": "recall", "y": "precision"},
                   "roc_curve": {"x": "fpr", "y": "tpr"}}


def precision_recall(y_true: Any = None, y_probas: Any = None,
                     labels: Sequence[Any] | None = None, plot_micro: bool = True,
                     classes_to_plot: Any = None, *,
                     max_error: float | None = presets.DEFAULT_MAX_ERROR) -> CustomChart:
    """The old ``wandb.plots.precision_recall`` (see the module docstring)."""
    return presets.pr_curve(y_true, y_probas, labels, classes_to_plot,
                            title="Precision v. Recall", max_error=max_error)


def roc(y_true: Any = None, y_probas: Any = None, labels: Sequence[Any] | None = None,
        plot_micro: bool = True, plot_macro: bool = True, classes_to_plot: Any = None, *,
        max_error: float | None = presets.DEFAULT_MAX_ERROR) -> CustomChart:
    """The old ``wandb.plots.ROC`` (see the module docstring)."""
    return presets.roc_curve(y_true, y_probas, labels, classes_to_plot, title="ROC",
                             max_error=max_error)


ROC = roc


def heatmap(x_labels: Sequence[Any], y_labels: Sequence[Any], matrix_values: Any,
            show_text: bool = False) -> CustomChart:
    """The old ``wandb.plots.HeatMap``: ``matrix_values[i][j]`` is the cell of ``y_labels[i]``
    and ``x_labels[j]``."""
    values = np.asarray(matrix_values, dtype=np.float64)
    xs = [str(v) for v in x_labels]
    ys = [str(v) for v in y_labels]
    if values.shape != (len(ys), len(xs)):
        raise ShapeError(f"`matrix_values` must have shape (len(y_labels), len(x_labels)) = "
                         f"({len(ys)}, {len(xs)}); got {describe(values)}.")
    arrow = pa.table({"y": pa.array(np.repeat(np.array(ys, dtype=object), len(xs)),
                                    type=pa.string()),
                      "x": pa.array(np.tile(np.array(xs, dtype=object), len(ys)),
                                    type=pa.string()),
                      "value": pa.array(values.ravel())})
    return plot_table("confusion_matrix", Table.from_arrow(arrow),
                      {"Actual": "y", "Predicted": "x", "nPredictions": "value"},
                      {"title": "", "x-axis-title": "", "y-axis-title": ""})


HeatMap = heatmap


def visualize(id: str, value: Table) -> CustomChart:
    """The old ``wandb.visualize(id, table)`` (see the module docstring)."""
    spec = get_spec(id)
    columns = value.columns if isinstance(value, Table) else []
    legacy = _LEGACY_COLUMNS.get(spec.name, {})
    fields = {}
    for name in spec.fields:
        column = legacy.get(name, name)
        if column in columns:
            fields[name] = column
    return plot_table(id, value, fields)
