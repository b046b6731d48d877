"""``images``: 200 seeded 256x256 RGB uint8 images, one ``log`` call each, plus finish
(``init`` runs before the clock, as workloads.md says)."""

from __future__ import annotations

import time
from typing import Any

import numpy as np

from benchmarks.common import import_tool, tree_bytes, wandb_offline

NAME = "images"
VARIANTS = ["vizlog", "wandb"]
BASELINE = "wandb"
UNIT = "images"
N = 200


def make_inputs() -> list[np.ndarray]:
    rng = np.random.default_rng(0)
    yy, xx = np.mgrid[0:256, 0:256].astype(np.float32)
    rad = np.hypot(xx - 128, yy - 128)
    out = []
    for i in range(N):
        ph = 2 * np.pi * i / N
        r = 127.5 + 127.5 * np.sin(2 * np.pi * xx / 256 + ph)
        g = 255 * (yy / 256) * (0.5 + 0.5 * np.cos(ph))
        b = 127.5 + 127.5 * np.cos(rad / (256 / 12) - 3 * ph)
        img = np.stack([r, g, b], axis=-1) + rng.normal(0, 3, size=(256, 256, 3))
        out.append(np.clip(img, 0, 255).astype(np.uint8))
    return out


def prepare(variant: str) -> None:
    import_tool(variant)


def run(variant: str, inputs: list[np.ndarray], out: str) -> dict[str, Any]:
    if variant == "vizlog":
        import vizlog

        run = vizlog.init(project="bench", dir=out)
        t0 = time.perf_counter()
        for img in inputs:
            run.log({"img": vizlog.Image(img)})
        run.finish()
        seconds = time.perf_counter() - t0
        return {"seconds": seconds, "bytes": tree_bytes(out, (".png",)), "items": len(inputs)}
    wandb = wandb_offline(out)
    run = wandb.init(project="bench", dir=out, mode="offline")
    t0 = time.perf_counter()
    for img in inputs:
        run.log({"img": wandb.Image(img)})
    run.finish()
    seconds = time.perf_counter() - t0
    return {"seconds": seconds, "bytes": tree_bytes(out, (".png",)), "items": len(inputs)}
