"""``images_loop``: the ``images`` workload's 200 seeded 256x256 RGB images, one per step of a
training loop whose step waits 2 ms without the GIL before each ``log`` (``time.sleep``, like a
step waiting for the GPU in ``torch.cuda.synchronize``), plus finish.

What a training loop pays is the time inside the tracker's calls, so ``seconds`` sums the time
of each ``Image(img)`` plus ``log()`` (wandb encodes the PNG in ``wandb.Image``'s constructor,
vizlog in its writer pool, so both calls count); ``total`` is the wall time of the whole loop
with ``finish()``, the sleeps included (200 x 2 ms = 0.4 s of it). ``images`` measures the same
images logged back to back, where only the throughput counts; this workload is why the media
that keep the GIL while they encode (fpng's PNGs) are still encoded in the pool and not by
the thread that calls ``log()`` (see ``benchmarks/README.md``).

Floor: ``floor-snapshot`` copies each image (``np.array``), the least a tracker that returns
before the image is stored must do inside the call so that the caller may change the array.
``rerun`` logs ``rr.Image(img)`` at ``set_time("step", sequence=i)`` into its file sink
(raw pixels), flush and disconnect in ``total``.
"""

from __future__ import annotations

import time
from typing import Any

import numpy as np

from benchmarks.common import rerun_finish, rerun_recording, wandb_offline
from benchmarks.workloads import images

NAME = "images_loop"
VARIANTS = ["vizlog", "wandb", "rerun", "floor-snapshot"]
FLOOR = "floor-snapshot"
BASELINE = "wandb"
UNIT = "images"
#: the step's wait without the GIL, in seconds
WAIT = 0.002


def make_inputs() -> list[np.ndarray]:
    return images.make_inputs()


def prepare(variant: str) -> None:
    images.prepare(variant)  # the tool imported, its encoder loaded, as in ``images``


def _loop(inputs: list[np.ndarray], call: Any) -> float:
    """Sleep :data:`WAIT`, then ``call(i, img)``, for every image; the time inside the calls."""
    inside = 0.0
    for i, img in enumerate(inputs):
        time.sleep(WAIT)
        t0 = time.perf_counter()
        call(i, img)
        inside += time.perf_counter() - t0
    return inside


def run(variant: str, inputs: list[np.ndarray], out: str) -> dict[str, Any]:
    if variant == "floor-snapshot":
        kept: list[np.ndarray] = []
        t0 = time.perf_counter()
        inside = _loop(inputs, lambda i, img: kept.append(np.array(img)))
    elif variant == "vizlog":
        import vizlog

        run = vizlog.init(project="bench", dir=out, settings={"silent": True})
        t0 = time.perf_counter()
        inside = _loop(inputs, lambda i, img: run.log({"img": vizlog.Image(img)}))
        run.finish(quiet=True)
    elif variant == "rerun":
        rr, rec = rerun_recording(out)

        def one(i: int, img: np.ndarray) -> None:
            rec.set_time("step", sequence=i)
            rec.log("img", rr.Image(img))

        t0 = time.perf_counter()
        inside = _loop(inputs, one)
        rerun_finish(rec)
    else:
        wandb = wandb_offline(out)
        wrun = wandb.init(project="bench", dir=out, mode="offline")
        t0 = time.perf_counter()
        inside = _loop(inputs, lambda i, img: wrun.log({"img": wandb.Image(img)}))
        wrun.finish()
    return {"seconds": inside, "items": len(inputs), "total": time.perf_counter() - t0}
