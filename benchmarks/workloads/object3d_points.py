"""``object3d_points``: one ``(100_000, 6)`` float64 xyz+rgb point cloud logged once, plus finish.

As workloads.md says, the time covers the ``log`` call plus ``finish()``; ``init`` runs before the
clock (``run`` returns its own ``seconds``, which the runner reports). Bytes are the point-cloud
files the tool wrote (vizlog: ``.ply`` plus any scene JSON; wandb: ``.pts.json``). Floor:
``floor-npy``, ``np.save`` of the array into the output folder.
"""

from __future__ import annotations

import time
from typing import Any

import numpy as np

from benchmarks.common import import_tool, tree_bytes, wandb_offline

NAME = "object3d_points"
VARIANTS = ["vizlog", "wandb", "floor-npy"]
FLOOR = "floor-npy"
BASELINE = "wandb"
UNIT = "clouds"
N = 100_000


def make_inputs() -> np.ndarray:
    rng = np.random.default_rng(5)
    xyz = rng.normal(size=(N, 3))
    rgb = rng.integers(0, 256, size=(N, 3)).astype(np.float64)
    return np.concatenate([xyz, rgb], axis=1)


def prepare(variant: str) -> None:
    import_tool(variant, "vizlog.media.object3d")


def run(variant: str, points: np.ndarray, out: str) -> dict[str, Any]:
    if variant == "vizlog":
        import vizlog

        run = vizlog.init(project="bench", dir=out)
        t0 = time.perf_counter()
        run.log({"pc": vizlog.Object3D(points)})
        run.finish()
        seconds = time.perf_counter() - t0
        return {"seconds": seconds, "bytes": tree_bytes(out, (".ply", ".scene.json")),
                "items": 1}
    if variant == "floor-npy":
        t0 = time.perf_counter()
        np.save(f"{out}/points.npy", points)
        seconds = time.perf_counter() - t0
        return {"seconds": seconds, "bytes": tree_bytes(out, (".npy",)), "items": 1}
    wandb = wandb_offline(out)
    wrun = wandb.init(project="bench", dir=out, mode="offline")
    t0 = time.perf_counter()
    wrun.log({"pc": wandb.Object3D(points)})
    wrun.finish()
    seconds = time.perf_counter() - t0
    return {"seconds": seconds, "bytes": tree_bytes(out, (".pts.json",)), "items": 1}
