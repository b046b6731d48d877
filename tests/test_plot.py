"""vizlog.plot: the wandb.plot module path."""

from __future__ import annotations

import importlib

from vizlog.charts import presets


def test_from_vizlog_plot_import_works() -> None:
    from vizlog.plot import confusion_matrix, line_series, pr_curve, roc_curve

    assert roc_curve is presets.roc_curve and pr_curve is presets.pr_curve
    assert confusion_matrix is presets.confusion_matrix and line_series is presets.line_series


def test_every_wandb_plot_name_is_there() -> None:
    mod = importlib.import_module("vizlog.plot")
    wandb_names = {"line", "histogram", "scatter", "bar", "roc_curve", "pr_curve",
                   "confusion_matrix", "line_series"}
    assert wandb_names <= set(mod.__all__)
    for name in mod.__all__:
        assert getattr(mod, name) is getattr(presets, name), name
