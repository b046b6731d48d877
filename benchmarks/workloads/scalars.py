"""``scalars``: 20,000 ``log`` calls of three Python floats, plus finish
(``init`` runs before the clock, as workloads.md says).

Floor: ``floor-crc-json`` writes one CRC-framed JSON record per call (length, CRC-32, the JSON
of ``{"_step": i, **row}``) with one ``write`` system call on an unbuffered file, so each call
is on disk (in the page cache) when it returns, as vizlog's crash-safety promise requires.
``floor-crc-json-row`` is the same floor writing the record vizlog writes, byte for byte
(its payload; the framing is the floor's): the row plus ``_step``, ``_timestamp`` and
``_runtime``, keys sorted, compact separators, the times as integer microseconds with an
exponent (``1795700911930000e-6``, what vizlog writes: an integer to format instead of a float's
shortest repr), made the cheapest way this input allows (one sorting encoder built before the
clock, the time keys spliced in front of the row's, which all sort after them). The gap between
the two floors is the cost of the record's contents, not of the tracker.

Peers (``pip install -e ".[bench,peers]"``, see ``benchmarks.common``): ``aim`` tracks each of
the three values with ``run.track(value, name=key, step=i)`` and closes the run; ``mlflow``
calls ``mlflow.log_metrics(row, step=i)`` (one SQLite transaction each, the default local
store) and ends the run (about 6 ms a call here: ~2 minutes a repetition); ``trackio`` calls
``trackio.log(row)`` and ``trackio.finish()`` (it queues the rows and writes them in batches,
so its ``log()`` makes no on-disk promise).
"""

from __future__ import annotations

import time
from typing import Any

import numpy as np

from benchmarks.common import aim_run, mlflow_finish, mlflow_run, trackio_run, wandb_offline

NAME = "scalars"
VARIANTS = ["vizlog", "wandb", "aim", "mlflow", "trackio", "floor-crc-json", "floor-crc-json-row"]
FLOOR = "floor-crc-json"
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
    if variant == "floor-crc-json-row":
        import json
        import os
        import struct
        import zlib

        fd = os.open(os.path.join(out, "history.bin"), os.O_WRONLY | os.O_CREAT | os.O_APPEND)
        encode = json.JSONEncoder(sort_keys=True, separators=(",", ":")).encode
        t0 = time.perf_counter()
        start_us = time.time_ns() // 1000
        for step, row in enumerate(inputs):
            now_us = time.time_ns() // 1000
            payload = (f'{{"_runtime":{now_us - start_us}e-6,"_step":{step},'
                       f'"_timestamp":{now_us}e-6,{encode(row)[1:]}').encode()
            os.write(fd, struct.pack("<II", len(payload), zlib.crc32(payload)) + payload)
        os.close(fd)
        seconds = time.perf_counter() - t0
        return {"seconds": seconds, "items": len(inputs)}
    if variant == "floor-crc-json":
        import json
        import os
        import struct
        import zlib

        fd = os.open(os.path.join(out, "history.bin"), os.O_WRONLY | os.O_CREAT | os.O_APPEND)
        t0 = time.perf_counter()
        for step, row in enumerate(inputs):
            payload = json.dumps({"_step": step, **row}).encode()
            os.write(fd, struct.pack("<II", len(payload), zlib.crc32(payload)) + payload)
        os.close(fd)
        seconds = time.perf_counter() - t0
        return {"seconds": seconds, "items": len(inputs)}
    if variant == "aim":
        _, arun = aim_run(out)
        t0 = time.perf_counter()
        for step, row in enumerate(inputs):
            for key, value in row.items():
                arun.track(value, name=key, step=step)
        arun.close()
        return {"seconds": time.perf_counter() - t0, "items": len(inputs)}
    if variant == "mlflow":
        mlflow = mlflow_run(out)
        t0 = time.perf_counter()
        for step, row in enumerate(inputs):
            mlflow.log_metrics(row, step=step)
        mlflow_finish(mlflow)
        return {"seconds": time.perf_counter() - t0, "items": len(inputs)}
    if variant == "trackio":
        trackio = trackio_run(out)
        t0 = time.perf_counter()
        for row in inputs:
            trackio.log(row)
        trackio.finish()
        return {"seconds": time.perf_counter() - t0, "items": len(inputs)}
    wandb = wandb_offline(out)
    run = wandb.init(project="bench", dir=out, mode="offline")
    t0 = time.perf_counter()
    for row in inputs:
        run.log(row)
    run.finish()
    seconds = time.perf_counter() - t0
    return {"seconds": seconds, "items": len(inputs)}
