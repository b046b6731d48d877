"""``table_1m``: ``table_100k`` (see table.py) at 1,000,000 rows. wandb takes ~70 s here: run it
with ``--reps 1``."""

from __future__ import annotations

from typing import Any

from benchmarks.workloads.table import (
    BASELINE,
    FLOOR,
    UNIT,
    VARIANTS,
    make_inputs_n,
    prepare,
    run,
)

NAME = "table_1m"
N = 1_000_000
__all__ = ["BASELINE", "FLOOR", "NAME", "UNIT", "VARIANTS", "make_inputs", "prepare", "run"]


def make_inputs() -> dict[str, Any]:
    return make_inputs_n(N)
