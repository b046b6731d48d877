"""``mixed``: a training loop of 1,000 steps: three scalars every step, a 64x64 RGB image every
10 steps, a histogram of 10,000 values every 50 (the Run API issue's workload). What counts for a
training loop is the time spent *inside* ``log()``: ``seconds`` is that sum; ``total`` adds
``finish()`` (vizlog encodes images in its writer pool, so its ``finish`` waits for them).

Floor: ``floor-log-only`` puts the same values into a list (no tracker at all), the cost of the
loop's own work.
"""

from __future__ import annotations

import time
from typing import Any

import numpy as np

from benchmarks.common import wandb_offline

NAME = "mixed"
VARIANTS = ["vizlog", "wandb", "floor-log-only"]
FLOOR = "floor-log-only"
BASELINE = "wandb"
UNIT = "steps"
N = 1_000


def make_inputs() -> list[dict[str, Any]]:
    rng = np.random.default_rng(6)
    steps = []
    for i in range(N):
        row: dict[str, Any] = {"loss": float(rng.random()), "acc": float(rng.random()),
                               "lr": 1e-3 * (1 - i / N)}
        if i % 10 == 0:
            row["sample"] = rng.integers(0, 256, (64, 64, 3), dtype=np.uint8)
        if i % 50 == 0:
            row["weights"] = rng.normal(size=10_000)
        steps.append(row)
    return steps


def _loop(log: Any, image: Any, histogram: Any, inputs: list[dict[str, Any]]) -> float:
    inside = 0.0
    for row in inputs:
        data = dict(row)
        if "sample" in data:
            data["sample"] = image(data["sample"])
        if "weights" in data:
            data["weights"] = histogram(data["weights"])
        t0 = time.perf_counter()
        log(data)
        inside += time.perf_counter() - t0
    return inside


def run(variant: str, inputs: list[dict[str, Any]], out: str) -> dict[str, Any]:
    if variant == "floor-log-only":
        kept: list[Any] = []
        inside = _loop(kept.append, lambda a: a, lambda a: a, inputs)
        return {"seconds": inside, "items": len(inputs), "total": inside}
    if variant == "vizlog":
        import vizlog

        run = vizlog.init(project="bench", dir=out, settings={"silent": True})
        t0 = time.perf_counter()
        inside = _loop(run.log, vizlog.Image, vizlog.Histogram, inputs)
        run.finish(quiet=True)
        return {"seconds": inside, "items": len(inputs), "total": time.perf_counter() - t0}
    wandb = wandb_offline(out)
    wrun = wandb.init(project="bench", dir=out, mode="offline")
    t0 = time.perf_counter()
    inside = _loop(wrun.log, wandb.Image, wandb.Histogram, inputs)
    wrun.finish()
    return {"seconds": inside, "items": len(inputs), "total": time.perf_counter() - t0}
