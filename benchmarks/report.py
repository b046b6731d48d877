"""Print the README's benchmark table from one rotated run of ``benchmarks.run``.

    python -m benchmarks.run --json out.json          # every workload, one rotated run
    python -m benchmarks.report out.json               # the Markdown table, on stdout

One row per vizlog variant (``vizlog``, ``vizlog-mp4``, ...) of each workload in the file:
its median time (and bytes), its reference peer's, the speed against that peer, every floor
variant's time (``floor-*`` and the workload's ``FLOOR``), vizlog's time over each floor, the
other trackers measured (Rerun, Aim, MLflow, trackio, tensorboardX) with vizlog's speed against
each, and
whether the issue's goal for that line (:data:`GOALS`) is met. Every ratio is the median of the
per-repetition ratios of that one run (recomputed here from the runs kept in the file), never a
ratio of medians taken from separate runs; a time goal also shows the range of those
per-repetition ratios and in how many repetitions the goal held, so a verdict that rests on a
thin margin shows as one. Nothing is measured here.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
from pathlib import Path
from typing import Any

from benchmarks.common import PEERS

Runs = list[dict[str, dict[str, Any]]]

#: The issue's goals: workload -> [(vizlog variant, what, other variant, limit, text)], where
#: ``what`` is ``time`` (median per-repetition time / other's time <= limit), ``speed`` (other's
#: time / this time >= limit), ``bytes`` (bytes / other's bytes <= limit) or ``max_bytes``
#: (median bytes <= limit; ``other`` unused). When ``other`` was not measured in the file, its
#: :data:`STAND_INS` entry is used instead, and named in the text (files written before the
#: ``rerun`` variant existed measured the images goal against ``floor-raw``).
GOALS: dict[str, list[tuple[str, str, str, float, str]]] = {
    "scalars": [("vizlog", "time", "floor-crc-json", 1.2, "<= 1.2x floor-crc-json")],
    "table_1m": [("vizlog-df", "time", "floor-arrow", 1.2, "<= 1.2x floor-arrow")],
    "pr_curve": [("vizlog", "time", "tensorboardx", 1.5, "<= 1.5x tensorboardX"),
                 ("vizlog", "max_bytes", "", 90_000, "<= 90 KB")],
    "video": [("vizlog-mp4", "speed", "wandb-mp4", 3.0, ">= 3x wandb mp4")],
    "object3d_points": [("vizlog", "time", "floor-npy", 2.0, "<= 2x floor-npy")],
    "object3d_mesh": [("vizlog", "time", "floor-copy", 2.0, "<= 2x floor-copy")],
    "images": [("vizlog", "time", "rerun", 1.0, "<= rerun time"),
               ("vizlog", "bytes", "rerun", 0.6, "bytes <= 0.6x rerun")],
}

#: A goal's yardstick -> the variant standing in for it in files that did not measure it.
STAND_INS: dict[str, str] = {"rerun": "floor-raw"}


def ratios(runs: Runs, num: str, den: str, key: str = "seconds") -> list[float]:
    """``num[key] / den[key]`` of every repetition holding both, in repetition order."""
    return [r[num][key] / r[den][key] for r in runs
            if num in r and den in r and r[num].get(key) and r[den].get(key)]


def median_ratio(runs: Runs, num: str, den: str, key: str = "seconds") -> float | None:
    """Median over repetitions of ``num[key] / den[key]`` (repetitions holding both)."""
    vals = ratios(runs, num, den, key)
    return statistics.median(vals) if vals else None


def median_of(runs: Runs, variant: str, key: str) -> float | None:
    vals = [r[variant][key] for r in runs if variant in r and key in r[variant]]
    return statistics.median(vals) if vals else None


def _secs(x: float | None) -> str:
    if x is None:
        return "-"
    return f"{x:.3f} s" if x >= 0.1 else f"{x * 1000:.1f} ms"


def _size(x: float | None) -> str:
    if x is None:
        return ""
    return f", {x / 1e6:.2f} MB" if x >= 1e6 else f", {x / 1e3:.1f} KB"


def _ratio(x: float | None) -> str:
    return "-" if x is None else f"{x:.2f}x"


def _goal(runs: Runs, variant: str, what: str, other: str, limit: float, text: str) -> str:
    stand_in = STAND_INS.get(other)
    if stand_in is not None and not any(other in r for r in runs) \
            and any(stand_in in r for r in runs):
        text = f"{text.replace(other, stand_in)} (no {other} in this file)"
        other = stand_in
    if what == "max_bytes":
        got = median_of(runs, variant, "bytes")
        shown = "-" if got is None else f"{got / 1e3:.1f} KB"
        ok = got is not None and got <= limit
    else:
        num, den = (other, variant) if what == "speed" else (variant, other)
        key = "bytes" if what == "bytes" else "seconds"
        got = median_ratio(runs, num, den, key)
        shown = _ratio(got)
        ok = got is not None and (got >= limit if what == "speed" else got <= limit)
        each = ratios(runs, num, den, key)
        if key == "seconds" and len(each) > 1:
            within = sum(x >= limit if what == "speed" else x <= limit for x in each)
            shown += (f"; per repetition {min(each):.2f}-{max(each):.2f}x, {within} of "
                      f"{len(each)} within")
    if got is None:
        return f"{text}: not measured"
    return f"{text}: {'met' if ok else 'not met'} ({shown})"


def floors(entry: dict[str, Any], runs: Runs) -> list[str]:
    """The floor variants measured: the workload's ``FLOOR`` first, then every ``floor-*``."""
    seen = {v for r in runs for v in r}
    named = [entry["floor"]] if entry.get("floor") in seen else []
    return named + sorted(v for v in seen if v.startswith("floor") and v not in named)


#: Other trackers' variants (``rerun``, ``rerun-mp4``, ``aim``, ...): the "peers" column.
PEER_TOOLS = ("rerun", "tensorboardx", *PEERS)


def peers(runs: Runs, shown: list[str]) -> list[str]:
    """The peers' variants measured, except those already shown as reference or floor."""
    seen = {v for r in runs for v in r}
    return sorted(v for v in seen if v.split("-")[0] in PEER_TOOLS and v not in shown)


def table(report: dict[str, Any]) -> str:
    """The Markdown table of every workload in a ``benchmarks.run --json`` file."""
    lines = ["| workload | vizlog | reference | speed vs reference | floor | vizlog / floor | "
             "peers (speed vs each) | goal |", "|---|---|---|---|---|---|---|---|"]
    for name, entry in report.items():
        runs: Runs = entry["runs"]
        variants = sorted({v for r in runs for v in r if v.startswith("vizlog")},
                          key=lambda v: (v != "vizlog", v))
        fl = floors(entry, runs)
        refs = entry.get("references") or {}
        for v in variants:
            ref = refs.get(v, entry.get("baseline"))
            has_ref = ref is not None and ref != v and any(ref in r for r in runs)
            ref_cell = (f"{ref} {_secs(median_of(runs, ref, 'seconds'))}"
                        f"{_size(median_of(runs, ref, 'bytes'))}" if has_ref else "-")
            speed = _ratio(median_ratio(runs, ref, v)) if has_ref else "-"
            floor_cell = "; ".join(f"{f} {_secs(median_of(runs, f, 'seconds'))}"
                                   f"{_size(median_of(runs, f, 'bytes'))}" for f in fl) or "-"
            per_floor = "; ".join(f"{_ratio(median_ratio(runs, v, f))} {f}" for f in fl) or "-"
            goals = "; ".join(_goal(runs, *g) for g in GOALS.get(name, []) if g[0] == v) or "-"
            mine = f"{_secs(median_of(runs, v, 'seconds'))}{_size(median_of(runs, v, 'bytes'))}"
            others = "; ".join(f"{p} {_secs(median_of(runs, p, 'seconds'))} "
                               f"({_ratio(median_ratio(runs, p, v))})"
                               for p in peers(runs, [*fl, ref])) or "-"
            lines.append(f"| `{name}` {v} | {mine} | {ref_cell} | {speed} | {floor_cell} | "
                         f"{per_floor} | {others} | {goals} |")
    return "\n".join(lines)


def conditions(report: dict[str, Any]) -> str:
    """One line saying when the run was made and under which load."""
    entries = list(report.values())
    dates = sorted({e.get("date", "?") for e in entries})
    loads = [x for e in entries
             for x in (e.get("load_before", [])[:1] + e.get("load_after", [])[:1])]
    reps = sorted({e.get("reps", len(e["runs"])) for e in entries})
    load = f"load average {min(loads):.1f}-{max(loads):.1f}" if loads else "load not recorded"
    return (f"One rotated run ({dates[0]} to {dates[-1]}), {'/'.join(map(str, reps))} "
            f"repetitions, {load}; every ratio is a median of per-repetition ratios.")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("json", help="a file written by `python -m benchmarks.run --json`")
    args = parser.parse_args(argv)
    report = json.loads(Path(args.json).read_text())
    sys.stdout.write(conditions(report) + "\n\n" + table(report) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
