"""``scalars``: 20,000 ``log`` calls of three Python floats, plus finish."""

from __future__ import annotations

from typing import Any

import numpy as np

from benchmarks.common import wandb_offline

NAME = "scalars"
VARIANTS = ["vizlog", "wandb"]
BASELINE = "wandb"
UNIT = "calls"
N = 20_000


def make_inputs() -> list[dict[str, float]]:
    rng = np.random.default_rng(3)
    vals = rng.random((N, 3)).tolist()
    return [{"loss": a, "acc": b, "lr": c} for a, b, c in vals]


def run(variant: str, inputs: list[dict[str, float]], out: str) -> dict[str, Any]:
    if variant == "vizlog":
        import vizlog

        run = vizlog.init(project="bench", dir=out)
        for row in inputs:
            run.log(row)
        run.finish()
        return {"items": len(inputs)}
    wandb = wandb_offline(out)
    run = wandb.init(project="bench", dir=out, mode="offline")
    for row in inputs:
        run.log(row)
    run.finish()
    return {"items": len(inputs)}
