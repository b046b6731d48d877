"""``viewer_build``: ``vizlog view`` on a run of 10,000 steps x 50 metrics plus 1,000 images (one
16x16 image per 10 steps); the clock covers the page build only: first build, then a second build
with nothing changed (which must find the saved stamp and return). Targets (issue 12): < 5 s first,
< 1 s unchanged, on 2 cores.

Floor: ``floor-parse-write``, the work no page build can skip, on the same run (logged the same
way, before the clock): read every history file, decode and CRC-check every record
(``vizlog.format.parse_records``, the bottom layer's reader), gather each metric's values into a
column (steps with images keep their image descriptors in their own column) and write all the
columns as one JSON file (``json.dumps``); no image is looked at. The build also reads every
image descriptor's size, makes the previews and writes the page's scripts.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import numpy as np

NAME = "viewer_build"
VARIANTS = ["vizlog", "floor-parse-write"]
BASELINE = None
FLOOR = "floor-parse-write"
UNIT = "steps"
STEPS = 10_000
METRICS = 50
IMAGES = 1_000


def make_inputs() -> dict[str, Any]:
    rng = np.random.default_rng(0)
    return {"values": rng.normal(size=(STEPS, METRICS)).cumsum(axis=0),
            "images": rng.integers(0, 255, size=(IMAGES, 16, 16, 3), dtype=np.uint8)}


def prepare(variant: str) -> None:
    import vizlog.viewer  # noqa: F401


def run(variant: str, inputs: dict[str, Any], out: str) -> dict[str, Any]:
    import vizlog
    from vizlog.viewer import build

    values, images = inputs["values"], inputs["images"]
    keys = [f"{'train' if j % 2 else 'val'}/m{j:02d}" for j in range(METRICS)]
    with vizlog.init(project="bench", dir=out) as r:
        every = STEPS // IMAGES
        for i in range(STEPS):
            row: dict[str, Any] = dict(zip(keys, values[i].tolist(), strict=True))
            if i % every == 0:
                row["samples"] = vizlog.Image(images[i // every])
            r.log(row)
    run_dir = Path(r.dir)
    if variant == "floor-parse-write":
        return _floor(run_dir)
    t0, c0 = time.perf_counter(), time.process_time()
    build(run_dir)
    first, first_cpu = time.perf_counter() - t0, time.process_time() - c0
    t1 = time.perf_counter()
    build(run_dir)
    unchanged = time.perf_counter() - t1
    size = (run_dir / "index.html").stat().st_size
    return {"seconds": first, "cpu_seconds": first_cpu, "unchanged_seconds": unchanged,
            "page_bytes": size, "items": STEPS}


def _floor(run_dir: Path) -> dict[str, Any]:
    import json

    from benchmarks.common import history_columns

    t0, c0 = time.perf_counter(), time.process_time()
    columns = history_columns(run_dir)
    page = run_dir / "floor.json"
    page.write_text(json.dumps(columns, separators=(",", ":")))
    seconds, cpu = time.perf_counter() - t0, time.process_time() - c0
    return {"seconds": seconds, "cpu_seconds": cpu, "page_bytes": page.stat().st_size,
            "items": STEPS}


if __name__ == "__main__":  # python -m benchmarks.workloads.viewer_build
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        res = run("vizlog", make_inputs(), tmp)
    print(f"first build {res['seconds']:.2f} s ({res['cpu_seconds']:.2f} s CPU), "
          f"unchanged {res['unchanged_seconds']:.3f} s, "
          f"index.html {res['page_bytes'] / 1e6:.1f} MB")
