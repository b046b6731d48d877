"""vizlog.viewer.watch: stamps, unchanged builds, the rebuild loop and version.js."""

from __future__ import annotations

from pathlib import Path

import vizlog
from vizlog.viewer import build
from vizlog.viewer.watch import VERSION_FILE, run_stamp, watch


def test_unchanged_run_is_not_rebuilt_and_a_new_step_is(runs_dir: Path) -> None:
    run = vizlog.init(dir=runs_dir)
    run.log({"a": 1.0})
    page = build(run.dir, live=True, force=True)
    first = page.read_bytes()
    version = (Path(run.dir) / VERSION_FILE).read_text()
    mtime = page.stat().st_mtime_ns
    assert build(run.dir, live=True) == page and page.stat().st_mtime_ns == mtime
    run.log({"a": 2.0})
    run.finish()
    build(run.dir, live=True)
    assert page.read_bytes() != first
    assert (Path(run.dir) / VERSION_FILE).read_text() != version
    assert version.startswith("window.vizlogVersion&&window.vizlogVersion(\"")


def test_watch_rebuilds_only_on_change(tmp_path: Path) -> None:
    inputs = iter([1, 1, 2, 2, 2, 3])
    builds: list[int] = []
    state = {"n": 0}

    def current() -> int:
        state["n"] += 1
        return next(inputs)

    watch(lambda: builds.append(state["n"]), current, interval=0,
          stop=lambda: state["n"] >= 6)
    assert builds == [1, 3, 6]


def test_run_stamp_covers_history_files(runs_dir: Path) -> None:
    with vizlog.init(dir=runs_dir) as run:
        run.log({"a": 1})
    stamp = run_stamp(Path(run.dir))
    assert [e[0] for e in stamp][:2] == ["run.json", "summary.json"]
    assert any(e[0].endswith(".rec") for e in stamp)
