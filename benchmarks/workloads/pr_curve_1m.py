"""``pr_curve_1m``: ``pr_curve`` (see pr_curve.py) at 1,000,000 samples x 10 classes; vizlog's
target is under 2 s."""

from __future__ import annotations

from typing import Any

from benchmarks.workloads.pr_curve import (
    BASELINE,
    FLOOR,
    UNIT,
    VARIANTS,
    make_inputs_n,
    prepare,
    run,
)

NAME = "pr_curve_1m"
N = 1_000_000
__all__ = ["BASELINE", "FLOOR", "NAME", "UNIT", "VARIANTS", "make_inputs", "prepare", "run"]


def make_inputs() -> dict[str, Any]:
    return make_inputs_n(N)
