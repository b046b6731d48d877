"""Crash safety: SIGKILL a logging process at random times and check what survives.

Promises checked (docs/getting-started.md, "What a crash loses"):
* a step logged without media, with nothing queued before it, is on disk when ``log()`` returns;
* every history record found after a crash points at a complete file whose sha256/size match;
* steps with media are lost only while still queued: at most ``max_queue`` + ``workers`` + 1.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

import vizlog

CHILD = r"""
import sys, numpy as np, vizlog
root, media = sys.argv[1], sys.argv[2] == "1"
run = vizlog.init(id="crash", dir=root, max_queue=4, workers=2)
rng = np.random.default_rng(0)
for step in range(100000):
    row = {"x": step}
    if media:
        row["img"] = vizlog.Image(rng.integers(0, 256, (64, 64, 3), dtype=np.uint8))
    run.log(row)
    print(step, flush=True)
"""


def _kill_after(runs_dir: Path, media: bool, delay: float) -> list[int]:
    proc = subprocess.Popen([sys.executable, "-c", CHILD, str(runs_dir), "1" if media else "0"],
                            stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    first = proc.stdout.readline()  # the run exists and has logged once
    time.sleep(delay)
    os.kill(proc.pid, signal.SIGKILL)
    rest = proc.stdout.read()
    proc.wait()
    return [int(s) for s in (first + rest).split()]


@pytest.mark.parametrize("seed", range(4))
def test_scalar_steps_acknowledged_are_never_lost(runs_dir: Path, seed: int) -> None:
    reported = _kill_after(runs_dir, media=False, delay=random.Random(seed).uniform(0.05, 0.4))
    data = vizlog.open_run(runs_dir / "crash")
    steps = [r["x"] for r in data.history]
    assert steps[: len(reported)] == reported
    assert steps == list(range(len(steps)))  # in order, no gaps or duplicates
    assert data.corruptions == []
    assert data.state == "crashed"


@pytest.mark.parametrize("seed", range(4))
def test_media_records_always_point_at_complete_files(runs_dir: Path, seed: int) -> None:
    reported = _kill_after(runs_dir, media=True, delay=random.Random(seed).uniform(0.1, 0.6))
    data = vizlog.open_run(runs_dir / "crash")
    steps = [r["x"] for r in data.history]
    assert steps == list(range(len(steps)))
    assert data.verify() == []
    assert len(reported) - len(steps) <= 4 + 2 + 1
    for r in data.history:
        assert not Path(r["img"]["path"]).name.startswith(".tmp-")
