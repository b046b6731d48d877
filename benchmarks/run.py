"""Run named workloads on vizlog, its peers and the bare floors; print medians and ratios.

    python -m benchmarks.run images scalars --reps 7
    python -m benchmarks.run video --variants vizlog-mp4,wandb-mp4 --json out.json

The measurement follows the independent side-by-side comparison:

* every (variant, repetition) runs in a fresh process; inputs are built, the tool's modules
  imported and its ``init()`` done before the clock starts; the time covers the logging calls
  plus ``finish()`` (each variant's ``run`` returns its own ``seconds``); after the clock the
  process waits for any background process the variant started (vizlog's columnar copy), so it
  does not run during the next measurement;
* every variant gets the identical seeded inputs;
* within each repetition every variant runs once, in an order rotated by one each repetition, so
  that a busy period of a shared machine falls on all variants alike;
* ratios are computed per repetition (from the runs of that one repetition) and the table
  reports their median, next to the median times.

Each workload names its ``BASELINE`` (the peer the speed is compared with), optionally
``REFERENCES`` (a per-variant peer, e.g. vizlog's mp4 against wandb's mp4) and ``FLOOR`` (the bare
work the goal is measured against, e.g. ``np.save`` for a point cloud): the table's "x floor"
column is the median of per-repetition ``variant time / floor time``.
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
            _wait_background()
        except Unavailable as exc:
            print(json.dumps({"unavailable": str(exc)}))
            return
        print(json.dumps({"seconds": seconds, **extra}))


def _wait_background() -> None:
    """After the clock: wait for the processes a variant left running (vizlog's columnar copy,
    started by ``finish()``), so that they compete neither with the next measurement nor with
    the removal of the output folder."""
    columnar = sys.modules.get("vizlog.columnar")
    if columnar is not None:
        columnar.wait_stream_copies(timeout=600)


def run_once(name: str, variant: str) -> dict[str, Any] | str:
    """One fresh process: its result dict, or a string saying why there is none."""
    proc = subprocess.run([sys.executable, "-m", "benchmarks.run", "--child", name, variant],
                          capture_output=True, text=True, cwd=Path(__file__).parent.parent,
                          env={**os.environ, "PYTHONHASHSEED": "0"})
    lines = [ln for ln in proc.stdout.splitlines() if ln.startswith("{")]
    if proc.returncode != 0 or not lines:
        return f"failed\n{proc.stderr[-2000:]}"
    res: dict[str, Any] = json.loads(lines[-1])
    if "unavailable" in res:
        return f"skipped ({res['unavailable']})"
    return res


def measure(name: str, variants: list[str], reps: int) -> list[dict[str, dict[str, Any]]]:
    """``reps`` repetitions; each runs every variant once, the order rotated by one each time."""
    dead: set[str] = set()
    runs: list[dict[str, dict[str, Any]]] = []
    for rep in range(reps):
        k = rep % len(variants)
        order = variants[k:] + variants[:k]
        got: dict[str, dict[str, Any]] = {}
        for variant in order:
            if variant in dead:
                continue
            res = run_once(name, variant)
            if isinstance(res, str):
                print(f"  {variant}: {res}", file=sys.stderr)
                dead.add(variant)
                continue
            got[variant] = res
        runs.append(got)
        print(f"  rep {rep + 1}/{reps}: " + ", ".join(f"{v} {r['seconds']:.4f}s"
                                                       for v, r in got.items()), file=sys.stderr)
    return [{v: r for v, r in got.items() if v not in dead} for got in runs]


def _median_ratio(runs: list[dict[str, dict[str, Any]]], num: str, den: str,
                  key: str = "seconds") -> float | None:
    vals = [r[num][key] / r[den][key] for r in runs
            if num in r and den in r and r[num].get(key) and r[den].get(key)]
    return statistics.median(vals) if vals else None


def summarise(mod: Any, runs: list[dict[str, dict[str, Any]]]) -> list[dict[str, Any]]:
    """Per variant: median seconds and extra numbers, and the medians of per-repetition ratios."""
    names = [v for v in mod.VARIANTS if any(v in r for r in runs)]
    refs = getattr(mod, "REFERENCES", {})
    floor = getattr(mod, "FLOOR", None)
    rows = []
    for v in names:
        mine = [r[v] for r in runs if v in r]
        row: dict[str, Any] = {"variant": v, "reps": len(mine),
                               "seconds": statistics.median(m["seconds"] for m in mine)}
        for key, val in mine[0].items():
            if key != "seconds" and isinstance(val, (int, float)):
                row[key] = statistics.median(m[key] for m in mine)
        ref = refs.get(v, mod.BASELINE)
        if ref != v:
            row["reference"] = ref
            row["speed"] = _median_ratio(runs, ref, v)          # reference time / variant time
            row["bytes_ratio"] = _median_ratio(runs, v, ref, "bytes")
        if floor is not None and floor != v:
            row["x_floor"] = _median_ratio(runs, v, floor)      # variant time / floor time
        rows.append(row)
    return rows


def _fmt(x: float | None, spec: str = ".2f", suffix: str = "x") -> str:
    return "-" if x is None else f"{x:{spec}}{suffix}"


def print_table(mod: Any, rows: list[dict[str, Any]], reps: int) -> None:
    floor = getattr(mod, "FLOOR", None)
    print(f"\n## {mod.NAME} ({reps} repetitions, variants rotated; medians; ratios are medians "
          "of per-repetition ratios)")
    print(f"| variant | seconds | {mod.UNIT}/s | MB | speed vs reference | bytes vs reference | "
          f"time x floor ({floor or '-'}) |")
    print("|---|---|---|---|---|---|---|")
    for row in rows:
        items = row.get("items")
        rate = f"{items / row['seconds']:,.1f}" if items else "-"
        mb = f"{row['bytes'] / 1e6:.3f}" if "bytes" in row else "-"
        ref = row.get("reference")
        speed = f"{_fmt(row.get('speed'))} vs {ref}" if ref else "-"
        print(f"| {row['variant']} | {row['seconds']:.4f} | {rate} | {mb} | {speed} | "
              f"{_fmt(row.get('bytes_ratio'))} | {_fmt(row.get('x_floor'))} |")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("workloads", nargs="*", help="workload names (default: all)")
    parser.add_argument("--reps", type=int, default=5, help="repetitions (fresh processes each)")
    parser.add_argument("--variants", default="", help="comma-separated subset of variants")
    parser.add_argument("--json", default="", help="also write every run and summary here")
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
    report: dict[str, Any] = {}
    for name in names:
        mod = mods[name]
        variants = [v for v in mod.VARIANTS if not only or v in only]
        print(f"# {name}: {variants}", file=sys.stderr)
        load_before = os.getloadavg()
        runs = measure(name, variants, args.reps)
        rows = summarise(mod, runs)
        print_table(mod, rows, args.reps)
        # what benchmarks.report needs to print the README's table from this file alone
        report[name] = {"runs": runs, "summary": rows, "reps": args.reps,
                        "baseline": mod.BASELINE, "floor": getattr(mod, "FLOOR", None),
                        "references": getattr(mod, "REFERENCES", {}), "unit": mod.UNIT,
                        "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
                        "load_before": [round(x, 2) for x in load_before],
                        "load_after": [round(x, 2) for x in os.getloadavg()]}
        if args.json:
            Path(args.json).write_text(json.dumps(report, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
