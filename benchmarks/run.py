"""Run named workloads on vizlog and its peers and print medians and ratios.

    python -m benchmarks.run images scalars --reps 5

Every (variant, repetition) runs in a fresh process; inputs are built and the tool's modules are
imported before the clock starts; the time covers the logging calls plus ``finish()``.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import pkgutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import benchmarks.workloads as workloads_pkg
from benchmarks.common import Unavailable


def workload_modules() -> dict[str, Any]:
    mods = {}
    for info in pkgutil.iter_modules(workloads_pkg.__path__):
        mod = importlib.import_module(f"benchmarks.workloads.{info.name}")
        mods[mod.NAME] = mod
    return mods


def _child(name: str, variant: str) -> None:
    mod = workload_modules()[name]
    inputs = mod.make_inputs()
    prepare = getattr(mod, "prepare", None)
    if prepare is not None:
        prepare(variant)
    with tempfile.TemporaryDirectory(prefix="vizlog-bench-") as out:
        try:
            t0 = time.perf_counter()
            extra = mod.run(variant, inputs, out) or {}
            seconds = time.perf_counter() - t0
        except Unavailable as exc:
            print(json.dumps({"unavailable": str(exc)}))
            return
        print(json.dumps({"seconds": seconds, **extra}))


def measure(name: str, variant: str, reps: int) -> dict[str, Any] | None:
    results = []
    for _ in range(reps):
        proc = subprocess.run([sys.executable, "-m", "benchmarks.run", "--child", name, variant],
                              capture_output=True, text=True, cwd=Path(__file__).parent.parent,
                              env={**os.environ, "PYTHONHASHSEED": "0"})
        lines = [ln for ln in proc.stdout.splitlines() if ln.startswith("{")]
        if proc.returncode != 0 or not lines:
            print(f"  {variant}: failed\n{proc.stderr[-2000:]}", file=sys.stderr)
            return None
        res = json.loads(lines[-1])
        if "unavailable" in res:
            print(f"  {variant}: skipped ({res['unavailable']})", file=sys.stderr)
            return None
        results.append(res)
    out: dict[str, Any] = {"seconds": statistics.median(r["seconds"] for r in results)}
    for key in results[0]:
        if key != "seconds" and isinstance(results[0][key], (int, float)):
            out[key] = statistics.median(r[key] for r in results)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("workloads", nargs="*", help="workload names (default: all)")
    parser.add_argument("--reps", type=int, default=5, help="fresh processes per variant")
    parser.add_argument("--variants", default="", help="comma-separated subset of variants")
    parser.add_argument("--child", nargs=2, metavar=("WORKLOAD", "VARIANT"),
                        help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        _child(*args.child)
        return 0
    mods = workload_modules()
    names = args.workloads or sorted(mods)
    unknown = [n for n in names if n not in mods]
    if unknown:
        parser.error(f"unknown workloads {unknown}; known: {sorted(mods)}")
    only = {v for v in args.variants.split(",") if v}
    for name in names:
        mod = mods[name]
        print(f"\n## {name} (median of {args.reps} fresh processes)")
        rows = {}
        for variant in mod.VARIANTS:
            if only and variant not in only:
                continue
            res = measure(name, variant, args.reps)
            if res is not None:
                rows[variant] = res
        base = rows.get(mod.BASELINE)
        print(f"| variant | seconds | {mod.UNIT}/s | MB | speed vs {mod.BASELINE} | "
              f"bytes vs {mod.BASELINE} |")
        print("|---|---|---|---|---|---|")
        for variant, res in rows.items():
            items = res.get("items")
            rate = f"{items / res['seconds']:.1f}" if items else "-"
            mb = f"{res['bytes'] / 1e6:.3f}" if "bytes" in res else "-"
            speed = f"{base['seconds'] / res['seconds']:.2f}x" if base else "-"
            size = (f"{res['bytes'] / base['bytes']:.2f}x" if base and "bytes" in res
                    and base.get("bytes") else "-")
            print(f"| {variant} | {res['seconds']:.4f} | {rate} | {mb} | {speed} | {size} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
