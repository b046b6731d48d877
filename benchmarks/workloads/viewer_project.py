"""``viewer_project``: ``vizlog view ROOT`` on 1,000 runs (100 steps x 4 metrics each, a config of
4 keys): first build (every run page plus the project page), then a build with nothing changed.
Target (issue 12): the project page usable for 1,000 runs; the page load is measured by the
browser tests' driver separately (see benchmarks/README.md).

Floor: ``floor-read-write``, the work no project build can skip, on the same runs (logged the
same way, before the clock), in one process: per run, read ``run.json`` and ``summary.json``
(``json.loads``) and every history file (decoded and CRC-checked by
``vizlog.format.parse_records``), gather each metric's values into a column and write the run's
columns as one JSON file; then write one JSON index of every run's name, config and summary.
The build also writes each run's page data as a script, the shared run page and the project
page, and may spread the runs over worker processes (``cpu_seconds`` counts them)."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import numpy as np

NAME = "viewer_project"
VARIANTS = ["vizlog", "floor-read-write"]
BASELINE = None
FLOOR = "floor-read-write"
UNIT = "runs"
RUNS = 1_000
STEPS = 100


def make_inputs() -> dict[str, Any]:
    rng = np.random.default_rng(0)
    return {"curves": rng.normal(size=(RUNS, STEPS, 4)).cumsum(axis=1)}


def prepare(variant: str) -> None:
    import vizlog.viewer  # noqa: F401


def _cpu() -> float:
    """CPU seconds of this process and its finished children (the build's worker processes)."""
    import os

    t = os.times()
    return t.user + t.system + t.children_user + t.children_system


def run(variant: str, inputs: dict[str, Any], out: str) -> dict[str, Any]:
    import vizlog
    from vizlog.viewer.project import build_project

    curves = inputs["curves"]
    for k in range(RUNS):
        with vizlog.init(project="bench", dir=out, name=f"run-{k}",
                         config={"lr": 10 ** -(k % 5), "batch": 2 ** (k % 7),
                                 "opt": ["adam", "sgd"][k % 2], "seed": k}) as r:
            for s in range(STEPS):
                a, b, c, d = curves[k, s].tolist()
                r.log({"train/loss": a, "train/acc": b, "val/loss": c, "val/acc": d})
    if variant == "floor-read-write":
        return _floor(Path(out))
    t0, c0 = time.perf_counter(), _cpu()
    page = build_project(Path(out))
    first, first_cpu = time.perf_counter() - t0, _cpu() - c0
    t1 = time.perf_counter()
    build_project(Path(out))
    unchanged = time.perf_counter() - t1
    return {"seconds": first, "cpu_seconds": first_cpu, "unchanged_seconds": unchanged,
            "items": RUNS, "page_bytes": page.stat().st_size}


def _floor(root: Path) -> dict[str, Any]:
    import json

    from benchmarks.common import history_columns

    t0, c0 = time.perf_counter(), _cpu()
    dest = root / "floor"
    dest.mkdir()
    index = []
    for run_dir in sorted(p for p in root.iterdir() if (p / "run.json").is_file()):
        meta = json.loads((run_dir / "run.json").read_bytes())
        summary = json.loads((run_dir / "summary.json").read_bytes())
        columns = history_columns(run_dir)
        (dest / f"{run_dir.name}.json").write_text(json.dumps(columns, separators=(",", ":")))
        index.append({"run": run_dir.name, "name": meta.get("name"),
                      "config": meta.get("config"), "summary": summary})
    page = dest / "index.json"
    page.write_text(json.dumps(index, separators=(",", ":")))
    seconds, cpu = time.perf_counter() - t0, _cpu() - c0
    return {"seconds": seconds, "cpu_seconds": cpu, "items": RUNS,
            "page_bytes": page.stat().st_size}


if __name__ == "__main__":  # python -m benchmarks.workloads.viewer_project [DIR]
    import sys
    import tempfile

    out = sys.argv[1] if len(sys.argv) > 1 else tempfile.mkdtemp()
    res = run("vizlog", make_inputs(), out)
    print(f"{out}: first build {res['seconds']:.2f} s ({res['cpu_seconds']:.2f} s CPU), unchanged "
          f"{res['unchanged_seconds']:.2f} s, index.html {res['page_bytes'] / 1e6:.1f} MB")
