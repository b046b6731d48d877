"""vizlog.viewer.watch: stamps, unchanged builds, the rebuild loop and version.js."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

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


def test_watch_rebuild_parses_only_new_history_bytes_and_matches_a_full_read(
        runs_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import random
    import shutil

    import numpy as np

    import vizlog.read
    from vizlog.viewer.page import PageState, build_report, page_data

    rng = np.random.default_rng(3)
    with vizlog.init(dir=runs_dir, name="source") as run:
        for k in range(4):
            for i in range(5):
                run.log({"loss": float(rng.random()), "val": {"acc": k + i / 10}})
            run.log({"img": vizlog.Image(rng.integers(0, 255, (4, 4, 3), dtype=np.uint8))})
    # replay the finished run's history into a copy, a few bytes at a time (cuts land inside
    # records, as when a reader races the writer)
    live = runs_dir / "live"
    shutil.copytree(run.dir, live)
    (live / "summary.json").unlink()
    (hist,) = (live / "history").glob("*.rec")
    data = hist.read_bytes()
    hist.write_bytes(b"")
    parsed: list[int] = []
    real = vizlog.read.parse_records_from

    def spy(chunk: bytes, name: str = "<history>", start: int = 0) -> Any:
        parsed.append(len(chunk))
        return real(chunk, name, start)

    state = PageState()
    cuts = [*sorted(random.Random(5).sample(range(1, len(data)), 12)), len(data)]
    done = 0
    for cut in cuts:
        with hist.open("ab") as fh:
            fh.write(data[done:cut])
        done = cut
        monkeypatch.setattr(vizlog.read, "parse_records_from", spy)
        incremental = page_data(live, state)
        monkeypatch.undo()
        assert incremental == page_data(live)
        # what was parsed: every byte once, plus the unfinished record at the end of each read
        assert sum(parsed) == state.follower.parsed_bytes
        assert 0 <= sum(parsed) - done <= 200 * len(parsed)
    assert state.follower.offsets == {hist.relative_to(live).as_posix(): len(data)}
    before = sum(parsed)
    monkeypatch.setattr(vizlog.read, "parse_records_from", spy)
    build_report(live, live=True, state=state)  # nothing new: nothing parsed
    assert sum(parsed) == before and state.follower.new_rows == []
    final = page_data(live, state)
    assert final["scalar_counts"] == {"loss": 20, "val/acc": 20}
    assert [s for s, _ in final["media"]["img"]["steps"]] == [5, 11, 17, 23]


def test_the_stamp_rides_in_the_page_and_no_refused_name_can_end_its_comment(
        tmp_path: Path) -> None:
    from vizlog.viewer.watch import read_stamp, stamp_comment

    refused = {"media/a-->b<script>x</script>.png": "missing: --!> <!--", "ok.png": "gone"}
    line = stamp_comment("abc123", refused)
    body = line[len("<!--vizlog-stamp "):-len("-->\n")]
    assert line.startswith("<!--vizlog-stamp {") and line.count("\n") == 1
    assert "<" not in body and ">" not in body  # so neither --> nor --!> occurs before the end
    page = tmp_path / "index.html"
    page.write_text("<!doctype html>\n" + line + "<html></html>\n")
    assert read_stamp(page) == ("abc123", refused)
    page.write_text("<!doctype html>\n<html></html>\n")
    assert read_stamp(page) == (None, {})
    assert read_stamp(tmp_path / "missing.html") == (None, {})
