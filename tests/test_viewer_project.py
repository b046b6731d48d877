"""vizlog.viewer.project: the runs table data and the project build (browser side in
test_viewer_interactive)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

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
    name = Path(run.dir).name
    good = next(r for r in data["runs"] if r["dir"] == name)
    assert good["page"] is True and "page" not in next(
        r for r in data["runs"] if r["dir"] == "bad")
    assert data["run_data"] == "viewer/runs"
    assert (runs_dir / "viewer" / "runs" / "run.html").is_file()
    assert (runs_dir / "viewer" / "runs" / f"{name}.js").read_text().startswith(
        f'window.vizlogRunData&&window.vizlogRunData("{name}",{{')
    assert sorted(p.name for p in Path(run.dir).iterdir()) == ["history", "run.json",
                                                                "summary.json"]  # untouched
    assert (runs_dir / "viewer" / "static" / "vega.bundle.js").is_file()


def test_many_runs_build_in_worker_processes_like_one_process(
        runs_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import concurrent.futures
    import multiprocessing

    from vizlog.viewer import project

    # forkserver, not fork: this test process may have threads (pytest-xdist), where the
    # build's own check would fall back to one process
    if "forkserver" not in multiprocessing.get_all_start_methods():
        pytest.skip("no forkserver start method on this platform")
    for k in range(5):
        with vizlog.init(dir=runs_dir, name=f"r{k}", config={"k": k}) as run:
            run.log({"loss": float(k)})
    broken = Path(run.dir)
    meta = json.loads((broken / "run.json").read_text())
    meta["format_version"] = 999  # listed from run.json, but its page cannot be built
    (broken / "run.json").write_text(json.dumps(meta))
    pools: list[int] = []
    real = concurrent.futures.ProcessPoolExecutor

    def spy(*args: object, **kwargs: object) -> concurrent.futures.ProcessPoolExecutor:
        pools.append(1)
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", spy)
    monkeypatch.setattr(project, "PARALLEL_MIN", 2)
    monkeypatch.setattr(project, "_workers", lambda: 2)
    monkeypatch.setattr(project, "_pool_context",
                        lambda: multiprocessing.get_context("forkserver"))
    seen: list[tuple[int, int]] = []
    page = build_project(runs_dir, progress=lambda d, t, _: seen.append((d, t)))
    assert pools == [1] and seen == [(i, 5) for i in range(1, 6)]
    pages = runs_dir / "viewer" / "runs"
    parallel = {p: (pages / f"{p.name}.js").read_bytes() for p in find_runs(runs_dir)
                if p != broken}
    assert len(parallel) == 4 and not (pages / f"{broken.name}.js").exists()
    rows = {r["name"]: r for r in json.loads(page.read_text().split(
        'id="vizlog-data">', 1)[1].split("</script>", 1)[0])["runs"]}
    assert rows["r4"]["error"].startswith("page not built: VizlogError: ")
    assert all("error" not in rows[f"r{k}"] for k in range(4))
    monkeypatch.setattr(project, "PARALLEL_MIN", 10**6)
    assert build_project(runs_dir, force=True).read_bytes() == page.read_bytes()
    assert {p: (pages / f"{p.name}.js").read_bytes() for p in parallel} == parallel
    assert pools == [1]


def test_watching_a_project_rebuilds_only_the_run_that_grew(runs_dir: Path) -> None:
    from vizlog.viewer.page import PageState

    for k in range(3):
        with vizlog.init(dir=runs_dir, name=f"done{k}") as run:
            run.log({"loss": float(k)})
    live = vizlog.init(dir=runs_dir, name="live")
    for i in range(5):
        live.log({"loss": 1.0 / (i + 1), "acc": i / 10})
    live.finish()
    pages = runs_dir / "viewer" / "runs"
    states: dict[Path, PageState] = {}
    build_project(runs_dir, live=True, states=states)
    before = {p.name: p.stat().st_mtime_ns for p in pages.glob("*.js")}
    assert (pages / f"{Path(live.dir).name}.version.js").is_file()
    again = vizlog.init(dir=runs_dir, resume="allow", id=live.id)
    for i in range(5, 9):
        again.log({"loss": 1.0 / (i + 1), "acc": i / 10})
    again.finish()
    build_project(runs_dir, live=True, states=states)
    after = {p.name: p.stat().st_mtime_ns for p in pages.glob("*.js")}
    changed = sorted(n for n in after if after[n] != before.get(n))
    name = Path(live.dir).name
    assert changed == [f"{name}.js", f"{name}.version.js"]
    text = (pages / f"{name}.js").read_text()
    assert '"scalar_counts":{"acc":9,"loss":9}' in text
    build_project(runs_dir, live=True, force=True)  # from scratch: the same data script
    assert (pages / f"{name}.js").read_text() == text
