"""Every on-disk format version vizlog has written still reads: golden/runs/v<N>/ hold a small
run written by each (v1: history files without a header; v2: with one; v3: one writer's history as
numbered chunk objects, as on object storage)."""

from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
import pytest

import vizlog

GOLDEN = Path(__file__).resolve().parent.parent / "golden" / "runs"


@pytest.mark.parametrize(("version", "run_id"), [(1, "formatv1"), (2, "formatv2"),
                                                   (3, "formatv3")])
def test_golden_run_of_each_history_version_reads(version: int, run_id: str) -> None:
    data = vizlog.open_run(GOLDEN / f"v{version}" / run_id)
    assert set(data.history_versions.values()) == {version}
    assert data.verify() == [] and data.corruptions == []
    assert data.config == {"arch": {"depth": 2}, "lr": 0.1}
    assert [r["_step"] for r in data.history] == [0, 1, 2]
    assert [r["loss"] for r in data.history] == [1.0, 0.5, 1 / 3]
    assert data.summary["note"] == f"v{version}" and data.summary["val"]["acc"] == 0.7
    [(step, img)] = data.media("img")
    assert step == 1 and img.to_numpy().shape == (8, 8, 3) and img.caption == "noise"
    [(_, table)] = data.media("tbl")
    assert table.get_column("b") == ["x", "y"]
    assert data.history[1]["hist"]["_type"] == "histogram"


def test_resuming_an_old_run_keeps_each_file_version(tmp_path: Path) -> None:
    shutil.copytree(GOLDEN / "v1" / "formatv1", tmp_path / "formatv1")
    with vizlog.init(dir=tmp_path, id="formatv1", resume="allow") as run:
        assert run.step == 3
        run.log({"loss": 0.25, "img2": vizlog.Image(np.zeros((2, 2), np.uint8))})
    data = vizlog.open_run(run.dir)
    assert sorted(data.history_versions.values()) == [1, 2]
    assert [r["_step"] for r in data.history] == [0, 1, 2, 3]
    assert data.verify() == []
