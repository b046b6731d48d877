"""``vizlog.plot``: wandb's preset charts as an importable module, so that
``from vizlog.plot import roc_curve`` works as ``from wandb.plot import roc_curve`` does.

Everything here is re-exported from :mod:`vizlog.charts.presets`; see there for the inputs.
"""

from __future__ import annotations

from vizlog.charts.custom_chart import CustomChart, plot_table
from vizlog.charts.presets import (
    DEFAULT_MAX_ERROR,
    bar,
    confusion_matrix,
    histogram,
    line,
    line_series,
    pr_curve,
    roc_curve,
    scatter,
)

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
