"""vizlog.cli and vizlog.demo: the commands a new user types."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import vizlog
from vizlog.cli import main


def test_demo_logs_a_verified_run(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["demo", "--dir", str(tmp_path), "--steps", "10"]) == 0
    out = capsys.readouterr().out
    assert "vizlog demo: logged 11 steps into" in out and "files verified: ok" in out
    assert "open it in a browser (no server needed): file://" in out
    [run_dir] = [p for p in tmp_path.iterdir() if (p / "run.json").is_file()]
    data = vizlog.open_run(run_dir)
    model = vizlog.artifact(tmp_path, "tiny-cnn:demo")  # and a small model artifact
    assert [f.path for f in model.files()][-1] == "weights.npy" and model.verify() == []
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
        [run] = [p for p in root.iterdir() if (p / "run.json").is_file()]
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


def _one_run(root: Path) -> Path:
    with vizlog.init(dir=root, name="one") as run:
        for i in range(3):
            run.log({"x": float(i)})
    return Path(run.dir)


def test_version_and_module_entry_point() -> None:
    out = subprocess.run([sys.executable, "-m", "vizlog", "--version"], capture_output=True,
                         text=True, check=True).stdout
    assert out.strip() == f"vizlog {vizlog.__version__}"


def test_errors_are_one_line_without_traceback(tmp_path: Path) -> None:
    run = _one_run(tmp_path)
    (tmp_path / "not-a-run").mkdir()
    cases = {
        (str(tmp_path / "missing"),): "does not exist",
        (str(tmp_path),): "is a folder of 1 runs, not a run; pass one of them: " + run.name,
        (str(tmp_path / "not-a-run"),): "is not a vizlog run",
    }
    for (path,), expected in cases.items():
        p = subprocess.run([sys.executable, "-m", "vizlog", "summary", path],
                           capture_output=True, text=True)
        assert p.returncode == 2 and p.stderr.count("\n") == 1 and expected in p.stderr
        assert "Traceback" not in p.stderr
    (run / "run.json").write_bytes((run / "run.json").read_bytes()[:20])
    p = subprocess.run([sys.executable, "-m", "vizlog", "verify", str(run)],
                       capture_output=True, text=True)
    assert p.returncode == 2 and p.stderr.count("\n") == 1
    assert f"{run}: run.json is damaged" in p.stderr


def test_verify_fails_when_history_is_gone(tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    import shutil

    run = _one_run(tmp_path)
    assert main(["verify", str(run)]) == 0
    shutil.rmtree(run / "history")
    capsys.readouterr()
    assert main(["verify", str(run)]) == 1
    out = capsys.readouterr().out
    assert "history/: missing" in out and "summary.json says step 2 was logged" in out


def test_ls_view_root_and_export(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import pyarrow.parquet as pq

    run = _one_run(tmp_path)
    assert main(["ls", str(tmp_path)]) == 0
    line = capsys.readouterr().out.splitlines()[1].split()
    assert line[:3] == [run.name, "finished", "3"] and line[-1] == "one"
    assert main(["view", str(tmp_path)]) == 0
    assert capsys.readouterr().out.strip() == (tmp_path / "index.html").as_uri()
    assert (tmp_path / "viewer" / "runs" / "run.html").is_file()
    assert (tmp_path / "viewer" / "runs" / f"{run.name}.js").is_file()
    assert main(["export", str(tmp_path), "--format", "parquet"]) == 0
    table = pq.read_table(run / "history.parquet")
    assert table.column("x").to_pylist() == [0.0, 1.0, 2.0]


def test_slow_view_and_verify_show_progress_on_stderr(
        tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    import time

    from vizlog import cli
    from vizlog.viewer import page

    run = _one_run(tmp_path)
    monkeypatch.setattr(cli, "PROGRESS_AFTER", 0.05)
    real = page.page_data

    def slow(*args: Any, **kwargs: Any) -> Any:
        time.sleep(0.2)
        return real(*args, **kwargs)

    monkeypatch.setattr(page, "page_data", slow)
    assert main(["view", str(run)]) == 0
    err = capsys.readouterr().err
    assert "\rbuilding the page... 0 s " in err and "\rbuilding the page done in 0." in err
    assert err.endswith(" s\n")
    monkeypatch.setattr(cli, "PROGRESS_AFTER", 30.0)
    assert main(["verify", str(run)]) == 0
    assert "verifying" not in capsys.readouterr().err  # quick: nothing shown
    (run / "run.json").write_text("[]")
    assert main(["view", str(run)]) == 2
    assert "must hold a JSON object" in capsys.readouterr().err


def test_view_of_many_runs_builds_every_page_in_worker_processes(tmp_path: Path) -> None:
    from vizlog.viewer.project import PARALLEL_MIN

    for k in range(PARALLEL_MIN):  # enough runs for the forked workers (on Linux)
        with vizlog.init(dir=tmp_path, name=f"r{k}", config={"k": k}) as run:
            run.log({"loss": float(k)})
    p = subprocess.run([sys.executable, "-m", "vizlog", "view", str(tmp_path)],
                       capture_output=True, text=True)
    assert p.returncode == 0 and p.stdout.strip() == (tmp_path / "index.html").as_uri()
    runs = [d for d in tmp_path.iterdir() if (d / "run.json").is_file()]
    assert len(runs) == PARALLEL_MIN
    pages = tmp_path / "viewer" / "runs"
    manifest = json.loads((pages / "manifest.json").read_text())
    for d in runs:
        assert manifest["runs"][d.name]["row"]["config"] == {"k": int(
            manifest["runs"][d.name]["row"]["name"][1:])}
        text = (pages / f"{d.name}.js").read_text()
        assert text.startswith(f'window.vizlogRunData&&window.vizlogRunData("{d.name}",{{')
        assert '"scalars":{"loss":[[0,' in text
