"""The run page lists the artifacts a run logged and used, with their lineage."""

from __future__ import annotations

import subprocess
from pathlib import Path

import vizlog
from tests.browser import need_chromium
from vizlog.viewer import build
from vizlog.viewer.artifacts import project_artifacts, run_artifacts
from vizlog.viewer.page import page_data
from vizlog.viewer.project import build_project


def _runs(runs_dir: Path, tmp_path: Path) -> tuple[vizlog.Run, vizlog.Run]:
    (tmp_path / "w.bin").write_bytes(b"12345")
    with vizlog.init(dir=runs_dir, name="producer") as producer:
        art = vizlog.Artifact("data", "dataset")
        art.add_file(tmp_path / "w.bin")
        producer.log_artifact(art, aliases=["best"])
    with vizlog.init(dir=runs_dir, name="consumer") as consumer:
        consumer.use_artifact("data:best")
    return producer, consumer


def test_page_data_lists_logged_and_used_with_lineage(runs_dir: Path, tmp_path: Path) -> None:
    producer, consumer = _runs(runs_dir, tmp_path)
    row = {"name": "data", "version": "v0", "type": "dataset", "aliases": ["latest", "best"],
           "files": 1, "bytes": 5}
    assert page_data(producer.dir)["artifacts"] == {
        "logged": [{**row, "runs": [consumer.id]}], "used": []}
    assert page_data(consumer.dir)["artifacts"] == {
        "logged": [], "used": [{**row, "runs": [producer.id]}]}


def test_runs_without_artifacts_or_with_a_damaged_file_have_no_section(runs_dir: Path) -> None:
    with vizlog.init(dir=runs_dir) as run:
        run.log({"a": 1})
    assert page_data(run.dir)["artifacts"] is None
    (Path(run.dir) / "artifacts.json").write_text("{not json")
    assert run_artifacts(vizlog.open_run(run.dir)) is None


def test_the_page_shows_the_section(runs_dir: Path, tmp_path: Path) -> None:
    producer, consumer = _runs(runs_dir, tmp_path)
    dom = _dom(build(consumer.dir), tmp_path)
    assert 'data-ready="1"' in dom
    section = dom.split('id="artifacts"', 1)[1]
    assert ">used<" in section and ">data:v0<" in section and f">{producer.id}<" in section
    project = _dom(build_project(runs_dir), tmp_path)
    assert 'data-ready="1"' in project
    section = project.split('id="artifacts"', 1)[1]
    assert ">data:v0<" in section and f">{producer.id}<" in section and \
        f">{consumer.id}<" in section


def _dom(page: Path, tmp_path: Path) -> str:
    chromium = need_chromium()
    out = subprocess.run(
        [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
         "--disable-background-networking", f"--user-data-dir={tmp_path / 'profile'}",
         "--virtual-time-budget=3000", "--dump-dom", page.as_uri()],
        capture_output=True, text=True, timeout=90)
    assert out.returncode == 0, out.stderr[-2000:]
    return out.stdout


def test_project_page_shows_every_version_and_its_lineage(runs_dir: Path,
                                                          tmp_path: Path) -> None:
    producer, consumer = _runs(runs_dir, tmp_path)
    assert project_artifacts(runs_dir) == [
        {"name": "data", "version": "v0", "type": "dataset", "aliases": ["latest", "best"],
         "files": 1, "bytes": 5, "logged_by": producer.id, "used_by": [consumer.id]}]
    assert project_artifacts(tmp_path / "empty") is None
    page = build_project(runs_dir)
    blob = page.read_text().split('id="vizlog-data">', 1)[1].split("</script>", 1)[0]
    assert '"logged_by":"' + producer.id + '"' in blob
