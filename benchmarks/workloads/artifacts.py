"""``artifacts``: log a folder of 10,000 small files (100-2,000 bytes, seeded) and one big file as
an artifact; then a second version with one small file changed; then ``download()`` of both.

The big file's size is ``VIZLOG_BENCH_ARTIFACT_MB`` megabytes (default 64; the issue's case is
1024, run by hand: ``VIZLOG_BENCH_ARTIFACT_MB=1024 python -m benchmarks.workloads.artifacts``).
``seconds`` (what the runner compares) is the first version: ``Artifact`` + ``add_dir`` +
``log_artifact`` (wandb copies every file into its staging folder in ``add_dir``; its service
process then works in the background, and its ``finish`` is counted in ``v2_seconds``);
``v2_seconds``, ``download_v1_seconds`` and ``download_v2_seconds`` are the other phases.

Variants: ``vizlog``; ``wandb`` (0.31, offline: it cannot download offline, so no download
numbers); ``floor-cp``: ``cp -r`` of the folder for each phase (the bare copy a store that keeps
the bytes cannot avoid).
"""

from __future__ import annotations

import atexit
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from benchmarks.common import import_tool, tree_bytes, wandb_offline

NAME = "artifacts"
VARIANTS = ["vizlog", "wandb", "floor-cp"]
FLOOR = "floor-cp"
BASELINE = "wandb"
UNIT = "files"
SMALL_FILES = 10_000


def big_mb() -> int:
    return int(os.environ.get("VIZLOG_BENCH_ARTIFACT_MB", "64"))


def make_inputs() -> str:
    folder = Path(tempfile.mkdtemp(prefix="vizlog-bench-art-"))
    atexit.register(shutil.rmtree, folder, True)
    src = folder / "data"
    rng = random.Random(0)
    for i in range(SMALL_FILES):
        sub = src / f"d{i // 500:02d}"
        sub.mkdir(parents=True, exist_ok=True)
        (sub / f"f{i:05d}.bin").write_bytes(rng.randbytes(rng.randint(100, 2000)))
    chunk = random.Random(1).randbytes(1 << 20)
    with open(src / "big.bin", "wb") as fh:
        for k in range(big_mb()):
            fh.write(chunk[:-8] + k.to_bytes(8, "little"))
    return str(src)


def prepare(variant: str) -> None:
    import_tool(variant, "vizlog.artifacts")
    if variant == "vizlog":
        import vizlog.runlog.run  # noqa: F401


def _change_one(src: str) -> None:
    with open(os.path.join(src, "d00", "f00000.bin"), "ab") as fh:
        fh.write(b"changed")


def _cp(src: str, dst: str) -> float:
    t0 = time.perf_counter()
    subprocess.run(["cp", "-r", src, dst], check=True)
    return time.perf_counter() - t0


def run(variant: str, src: str, out: str) -> dict[str, Any]:
    items = SMALL_FILES + 1
    if variant == "floor-cp":
        t1 = _cp(src, f"{out}/v1")
        _change_one(src)
        t2 = _cp(src, f"{out}/v2")
        d1 = _cp(f"{out}/v1", f"{out}/dl1")
        d2 = _cp(f"{out}/v2", f"{out}/dl2")
        return {"seconds": t1, "v2_seconds": t2, "download_v1_seconds": d1,
                "download_v2_seconds": d2, "bytes": tree_bytes(f"{out}/v1"), "items": items}
    if variant == "vizlog":
        import vizlog

        run = vizlog.init(project="bench", dir=f"{out}/runs", quiet=True)
        t0 = time.perf_counter()
        art = vizlog.Artifact("data", type="dataset")
        art.add_dir(src)
        run.log_artifact(art)
        t1 = time.perf_counter() - t0
        _change_one(src)
        t0 = time.perf_counter()
        art2 = vizlog.Artifact("data", type="dataset")
        art2.add_dir(src)
        run.log_artifact(art2)
        t2 = time.perf_counter() - t0
        run.finish()
        t0 = time.perf_counter()
        vizlog.artifact(f"{out}/runs", "data:v0").download(f"{out}/dl1")
        d1 = time.perf_counter() - t0
        t0 = time.perf_counter()
        vizlog.artifact(f"{out}/runs", "data:v1").download(f"{out}/dl2")
        d2 = time.perf_counter() - t0
        return {"seconds": t1, "v2_seconds": t2, "download_v1_seconds": d1,
                "download_v2_seconds": d2, "bytes": tree_bytes(f"{out}/runs/artifacts"),
                "items": items}
    for key, sub in (("WANDB_DATA_DIR", "data"), ("WANDB_CACHE_DIR", "cache"),
                     ("WANDB_ARTIFACT_DIR", "artifacts"), ("WANDB_CONFIG_DIR", "config")):
        os.environ[key] = f"{out}/wandb-{sub}"
    wandb = wandb_offline(out)
    wrun = wandb.init(project="bench", dir=out, mode="offline")
    t0 = time.perf_counter()
    art = wandb.Artifact("data", type="dataset")
    art.add_dir(src)
    wrun.log_artifact(art)
    t1 = time.perf_counter() - t0
    _change_one(src)
    t0 = time.perf_counter()
    art2 = wandb.Artifact("data", type="dataset")
    art2.add_dir(src)
    wrun.log_artifact(art2)
    wrun.finish()
    t2 = time.perf_counter() - t0
    return {"seconds": t1, "v2_seconds": t2, "bytes": tree_bytes(out), "items": items}


def main() -> int:
    """Every variant once, every phase printed (for the 1 GB case, run by hand)."""
    variants = sys.argv[1:] or VARIANTS
    for variant in variants:
        src = make_inputs()
        prepare(variant)
        with tempfile.TemporaryDirectory(prefix="vizlog-bench-") as out:
            res = run(variant, src, out)
        shutil.rmtree(Path(src).parent, ignore_errors=True)
        phases = ", ".join(f"{k} {v:.3f}" for k, v in res.items() if k.endswith("seconds"))
        print(f"{variant} (big file {big_mb()} MB, {SMALL_FILES} small files): {phases}; "
              f"stored {res['bytes'] / 1e6:.1f} MB", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
