"""Custom charts: Vega-Lite spec files bound to Tables (:mod:`.custom_chart`), the spec registry
(:mod:`.specs`), the built-in charts (:mod:`.presets`, exported as ``vizlog.plot``), the old
``wandb.plots`` names (:mod:`.legacy`, as ``vizlog.plots``) and the curve maths (:mod:`.curves`).
"""

from __future__ import annotations

from vizlog.charts.custom_chart import CustomChart, plot_table
from vizlog.charts.specs import (
    get_spec,
    known_specs,
    register_spec,
    register_spec_folder,
    unregister_spec,
)

__all__ = [
    "CustomChart",
    "get_spec",
    "known_specs",
    "plot_table",
    "register_spec",
    "register_spec_folder",
    "unregister_spec",
]
