"""``s3_scalars``: 100,000 ``log`` calls of three Python floats plus ``finish``, into a run on
local disk (``vizlog-local``) and into a run in an S3 bucket (``vizlog-s3``).

The bucket is on moto's S3 server (``moto[server]``, in the ``test`` extra), started before the
clock as a separate process on 127.0.0.1 with throwaway credentials, so the S3 variant pays for
real HTTP requests on the same machine (no network latency: against AWS, each chunk put costs a
round trip more). The history goes out as chunk objects (1 MiB or 5 s, the defaults), so the S3
run makes a few dozen requests in all, not one per step.
"""

from __future__ import annotations

import atexit
import os
import socket
import subprocess
import sys
import time
from typing import Any

import numpy as np

from benchmarks.common import Unavailable

NAME = "s3_scalars"
VARIANTS = ["vizlog-local", "vizlog-s3"]
BASELINE = "vizlog-local"
UNIT = "steps"
N = 100_000
_BUCKET = "vizlog-bench"


def make_inputs() -> list[dict[str, float]]:
    rng = np.random.default_rng(5)
    vals = rng.random((N, 3)).tolist()
    return [{"loss": a, "acc": b, "lr": c} for a, b, c in vals]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def prepare(variant: str) -> None:
    """For the S3 variant: start moto's server (a separate process), point the AWS variables at
    it and create the bucket."""
    if variant != "vizlog-s3":
        return
    try:
        import moto.server  # noqa: F401
        import s3fs
    except ImportError as exc:
        raise Unavailable(f"needs moto[server] and s3fs ({exc})") from None
    port = _free_port()
    server = subprocess.Popen([sys.executable, "-m", "moto.server", "-H", "127.0.0.1", "-p",
                               str(port)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    atexit.register(server.kill)
    deadline = time.monotonic() + 60
    while True:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            break
        except OSError:
            if time.monotonic() > deadline:
                raise Unavailable("moto's server did not start") from None
            time.sleep(0.1)
    endpoint = f"http://127.0.0.1:{port}"
    os.environ.update(AWS_ACCESS_KEY_ID="bench", AWS_SECRET_ACCESS_KEY="bench",
                      AWS_DEFAULT_REGION="us-east-1", AWS_EC2_METADATA_DISABLED="true",
                      AWS_ENDPOINT_URL=endpoint)
    s3fs.S3FileSystem(endpoint_url=endpoint).mkdir(_BUCKET)


def run(variant: str, inputs: list[dict[str, float]], out: str) -> dict[str, Any]:
    import vizlog

    root = f"s3://{_BUCKET}/runs" if variant == "vizlog-s3" else out
    run = vizlog.init(project="bench", dir=root, quiet=True)
    t0 = time.perf_counter()
    for row in inputs:
        run.log(row)
    run.finish(quiet=True)
    seconds = time.perf_counter() - t0
    steps = len(vizlog.open_run(run.dir).history)
    if steps != len(inputs):
        raise RuntimeError(f"{variant}: {steps} steps read back, {len(inputs)} logged")
    return {"seconds": seconds, "items": len(inputs)}
