"""benchmarks.report: the README's table from a synthetic ``benchmarks.run --json`` file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from benchmarks import report

RUNS = [  # three repetitions; vizlog/floor per repetition: 1.1, 1.3, 1.15 -> median 1.15
    {"vizlog": {"seconds": 1.1}, "wandb": {"seconds": 22.0}, "floor-crc-json": {"seconds": 1.0}},
    {"vizlog": {"seconds": 2.6}, "wandb": {"seconds": 26.0}, "floor-crc-json": {"seconds": 2.0}},
    {"vizlog": {"seconds": 2.3}, "wandb": {"seconds": 69.0}, "floor-crc-json": {"seconds": 2.0}},
]
ENTRY = {"runs": RUNS, "summary": [], "reps": 3, "baseline": "wandb", "floor": "floor-crc-json",
         "references": {}, "unit": "calls", "date": "2026-12-01 04:00 UTC",
         "load_before": [1.5, 1, 1], "load_after": [2.25, 1, 1]}


def test_table_uses_medians_of_per_repetition_ratios(tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "out.json"
    path.write_text(json.dumps({"scalars": ENTRY}))
    assert report.main([str(path)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == ("One rotated run (2026-12-01 04:00 UTC to 2026-12-01 04:00 UTC), 3 "
                      "repetitions, load average 1.5-2.2; every ratio is a median of "
                      "per-repetition ratios.")
    # speed: 22/1.1=20, 26/2.6=10, 69/2.3=30 -> 20; medians of times 2.3 s, 26 s, 2 s
    assert out[4] == ("| `scalars` vizlog | 2.300 s | wandb 26.000 s | 20.00x | "
                      "floor-crc-json 2.000 s | 1.15x floor-crc-json | - | "
                      "<= 1.2x floor-crc-json: met (1.15x; per repetition 1.10-1.30x, 2 of 3 "
                      "within) |")


def test_goals_bytes_speed_and_missing_variants() -> None:
    runs = [{"vizlog": {"seconds": 0.09, "bytes": 80_000}, "tensorboardx": {"seconds": 0.05,
                                                                             "bytes": 31_000}},
            {"vizlog": {"seconds": 0.2, "bytes": 80_000}}]
    entry = {"runs": runs, "baseline": "wandb", "floor": "tensorboardx"}
    row = report.table({"pr_curve": entry}).splitlines()[2]
    assert row == ("| `pr_curve` vizlog | 0.145 s, 80.0 KB | - | - | tensorboardx 50.0 ms, "
                   "31.0 KB | 1.80x tensorboardx | - | <= 1.5x tensorboardX: not met (1.80x); "
                   "<= 90 KB: met (80.0 KB) |")
    video = {"runs": [{"vizlog-mp4": {"seconds": 1.0}, "wandb-mp4": {"seconds": 3.5}}],
             "baseline": "wandb-gif", "references": {"vizlog-mp4": "wandb-mp4"}}
    assert report.table({"video": video}).splitlines()[2] == (
        "| `video` vizlog-mp4 | 1.000 s | wandb-mp4 3.500 s | 3.50x | - | - | - | "
        ">= 3x wandb mp4: met (3.50x) |")
    # a speed goal over several repetitions: 3.5x, 2.5x, 4.0x -> median 3.5x, 2 of 3 at >= 3x
    video["runs"] += [{"vizlog-mp4": {"seconds": 2.0}, "wandb-mp4": {"seconds": 5.0}},
                      {"vizlog-mp4": {"seconds": 1.0}, "wandb-mp4": {"seconds": 4.0}}]
    assert report.table({"video": video}).splitlines()[2].endswith(
        ">= 3x wandb mp4: met (3.50x; per repetition 2.50-4.00x, 2 of 3 within) |")


def test_images_goal_against_rerun_and_floor_raw_in_old_files() -> None:
    runs = [{"vizlog": {"seconds": 0.15, "bytes": 23_000_000},
             "rerun": {"seconds": 0.16, "bytes": 40_000_000},
             "floor-raw": {"seconds": 0.02, "bytes": 39_000_000}}]
    row = report.table({"images": {"runs": runs, "floor": "rerun"}}).splitlines()[2]
    assert row.endswith("| <= rerun time: met (0.94x); bytes <= 0.6x rerun: met (0.57x) |")
    assert "| rerun 0.160 s, 40.00 MB; floor-raw 20.0 ms, 39.00 MB |" in row
    old = [{v: r for v, r in runs[0].items() if v != "rerun"}]   # before the rerun variant
    row = report.table({"images": {"runs": old, "floor": "floor-raw"}}).splitlines()[2]
    assert row.endswith("| <= floor-raw time (no rerun in this file): not met (7.50x); "
                        "bytes <= 0.6x floor-raw (no rerun in this file): met (0.59x) |")


def test_peers_column_gives_vizlogs_speed_against_each_other_tracker() -> None:
    runs = [{"vizlog": {"seconds": 1.0}, "wandb": {"seconds": 20.0}, "aim": {"seconds": 60.0},
             "trackio": {"seconds": 4.0}, "floor-crc-json": {"seconds": 0.9}},
            {"vizlog": {"seconds": 2.0}, "wandb": {"seconds": 30.0}, "aim": {"seconds": 80.0},
             "trackio": {"seconds": 10.0}, "floor-crc-json": {"seconds": 1.9}}]
    entry = {"runs": runs, "baseline": "wandb", "floor": "floor-crc-json"}
    cells = report.table({"scalars": entry}).splitlines()[2].split(" | ")
    # aim: 60/1 and 80/2 -> median 50x; trackio: 4/1 and 10/2 -> 4.5x; wandb is the reference
    assert cells[6] == "aim 70.000 s (50.00x); trackio 7.000 s (4.50x)"
    assert report.table({"scalars": {**entry, "runs": [{"vizlog": {"seconds": 1.0}}]}}) \
        .splitlines()[2].split(" | ")[6] == "-"
