"""vizlog.viewer.project: the runs table data and the project build (browser side in
test_viewer_interactive)."""

from __future__ import annotations

import json
from pathlib import Path

import vizlog
from vizlog.viewer.project import build_project, find_runs, run_row


def test_run_rows_from_run_json_and_summary(runs_dir: Path) -> None:
    with vizlog.init(dir=runs_dir, name="a", tags=["x"], config={"opt": {"lr": 0.1}}) as run:
        for i in range(4):
            run.log({"loss": 1.0 / (i + 1), "img": vizlog.Image(
                __import__("numpy").zeros((2, 2), "uint8"))})
    row = run_row(Path(run.dir))
    assert row["name"] == "a" and row["state"] == "finished" and row["tags"] == ["x"]
    assert row["steps"] == 4 and row["config"] == {"opt/lr": 0.1}
    assert row["summary"]["loss"] == 0.25 and row["summary"]["img"] == "(image-file)"
    assert isinstance(row["duration"], float)


def test_unreadable_run_is_listed_not_fatal(runs_dir: Path) -> None:
    with vizlog.init(dir=runs_dir, name="good") as run:
        run.log({"x": 1.0})
    bad = runs_dir / "bad"
    bad.mkdir()
    (bad / "run.json").write_text('{"id": "bad", "sta')
    (runs_dir / "not-a-run").mkdir()
    assert [p.name for p in find_runs(runs_dir)] == sorted([Path(run.dir).name, "bad"])
    row = run_row(bad)
    assert row["state"] == "unreadable" and row["error"].startswith("run.json: ")
    seen: list[tuple[int, int]] = []
    page = build_project(runs_dir, progress=lambda d, t, _: seen.append((d, t)))
    assert seen == [(1, 2), (2, 2)]
    blob = page.read_text().split('id="vizlog-data">', 1)[1].split("</script>", 1)[0]
    data = json.loads(blob)
    assert sorted(r["state"] for r in data["runs"]) == ["finished", "unreadable"]
    assert (Path(run.dir) / "index.html").is_file()
    assert (Path(run.dir) / "viewer" / "metrics.js").is_file()
    assert not (Path(run.dir) / "viewer" / "static").exists()  # one shared copy
    assert (runs_dir / "viewer" / "static" / "vega.bundle.js").is_file()
