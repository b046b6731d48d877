"""vizlog.cli and vizlog.demo: the commands a new user types."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import vizlog
from vizlog.cli import main


def test_demo_logs_a_verified_run(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["demo", "--dir", str(tmp_path), "--steps", "10"]) == 0
    out = capsys.readouterr().out
    assert "vizlog demo: logged 11 steps into" in out and "files verified: ok" in out
    assert "open it in a browser (no server needed): file://" in out
    [run_dir] = [p for p in tmp_path.iterdir() if p.is_dir()]
    data = vizlog.open_run(run_dir)
    assert data.state == "finished" and data.verify() == []
    assert data.config["model"] == "tiny-cnn"
    types = {d["_type"] for row in data.history for d in row.values() if isinstance(d, dict)}
    assert types == {"images/separated", "histogram", "html-file", "table-file", "custom-chart",
                     "video-file", "audio-file", "object3D-file"}
    assert (run_dir / "index.html").is_file()
    assert data.config["missing_extras"] == []
    [(_, imgs)] = data.media("samples")[:1]
    assert imgs[1].masks["pred"].mask.shape == (96, 96)
    assert data.summary["val/acc"]["max"] >= data.summary["val/acc"]["last"]


def test_demo_is_deterministic_apart_from_time(tmp_path: Path) -> None:
    a, b = tmp_path / "a", tmp_path / "b"
    main(["demo", "--dir", str(a), "--steps", "6"])
    main(["demo", "--dir", str(b), "--steps", "6"])

    def media(root: Path) -> dict[str, bytes]:
        [run] = [p for p in root.iterdir()]
        return {p.relative_to(run).as_posix(): p.read_bytes()
                for p in (run / "media").rglob("*") if p.is_file()}

    assert media(a) == media(b)


def test_summary_command_prints_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with vizlog.init(dir=tmp_path) as run:
        run.log({"x": float("inf")})
    capsys.readouterr()
    assert main(["summary", run.dir]) == 0
    s = json.loads(capsys.readouterr().out)
    assert s["x"] == {"_type": "float", "value": "Infinity"}


def test_console_script_is_installed() -> None:
    out = subprocess.run([sys.executable, "-m", "vizlog.cli", "--help"], capture_output=True,
                         text=True, check=True).stdout
    assert "demo" in out and "verify" in out
