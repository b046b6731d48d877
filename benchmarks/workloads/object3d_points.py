"""``object3d_points``: one ``(100_000, 6)`` float64 xyz+rgb point cloud logged once, plus finish.

As workloads.md says, the time covers the ``log`` call plus ``finish()``; ``init`` runs before the
clock (``run`` returns its own ``seconds``, which the runner reports). Bytes are the point-cloud
files the tool wrote (vizlog: ``.ply`` plus any scene JSON; wandb: ``.pts.json``; Rerun: its
``.rrd`` file). Floor: ``floor-npy``, ``np.save`` of the array into the output folder.

``rerun`` logs the same cloud as ``rr.Points3D(positions, colors)`` to a file sink (made before
the clock, like every ``init``); Rerun reads float colours as 0..1, so the 0..255 rgb columns are
cast to uint8 inside the clock (vizlog validates and converts the same columns inside its own
``log``), and the clock stops after the sink is flushed and closed.
"""

from __future__ import annotations

import contextlib
import importlib
import time
from typing import Any

import numpy as np

from benchmarks.common import (
    import_tool,
    rerun_finish,
    rerun_recording,
    tree_bytes,
    wandb_offline,
)

NAME = "object3d_points"
VARIANTS = ["vizlog", "wandb", "rerun", "floor-npy"]
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
    if variant == "rerun":
        # modules Rerun imports on its first log call (pyarrow's pandas shim imports pandas):
        # imported before the clock like every system's modules
        for name in ("pandas", "pyarrow.pandas_compat", "pyarrow.vendored.version"):
            with contextlib.suppress(ImportError):
                importlib.import_module(name)


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
    if variant == "rerun":
        rr, rec = rerun_recording(out)
        t0 = time.perf_counter()
        rec.log("pc", rr.Points3D(points[:, :3], colors=points[:, 3:6].astype(np.uint8)))
        rerun_finish(rec)
        seconds = time.perf_counter() - t0
        return {"seconds": seconds, "bytes": tree_bytes(out, (".rrd",)), "items": 1}
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
