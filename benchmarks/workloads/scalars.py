"""``scalars``: 20,000 ``log`` calls of three Python floats, plus finish
(``init`` runs before the clock, as workloads.md says)."""

from __future__ import annotations

import time
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
        t0 = time.perf_counter()
        for row in inputs:
            run.log(row)
        run.finish()
        seconds = time.perf_counter() - t0
        return {"seconds": seconds, "items": len(inputs)}
    wandb = wandb_offline(out)
    run = wandb.init(project="bench", dir=out, mode="offline")
    t0 = time.perf_counter()
    for row in inputs:
        run.log(row)
    run.finish()
    seconds = time.perf_counter() - t0
    return {"seconds": seconds, "items": len(inputs)}
