"""vizlog.runlog.run: init, summary, config, metrics, durability, forks, lifecycle."""

from __future__ import annotations

import json
import warnings
from pathlib import Path
from typing import Any

import numpy as np
import pytest

import vizlog
from vizlog.errors import RunStateError, VizlogError


def _rows(run: vizlog.Run) -> list[dict[str, Any]]:
    return vizlog.open_run(run.dir).history


def _strip(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{k: v for k, v in r.items() if k not in ("_timestamp", "_runtime")} for r in rows]


def test_issue_example(runs_dir: Path) -> None:
    with vizlog.init(project="demo", dir=runs_dir, config={"lr": 0.1}) as run:
        for step in range(3):
            run.log({"loss": 1 / (step + 1),
                     "sample": vizlog.Image(np.zeros((64, 64, 3), np.uint8), caption="zeros")})
    r = vizlog.open_run(run.dir)
    assert r.config == {"lr": 0.1}
    assert r.summary["loss"] == 1 / 3
    assert [row["_step"] for row in r.history] == [0, 1, 2]
    assert [s for s, _ in r.media("sample")] == [0, 1, 2]
    np.testing.assert_array_equal(r.media("sample")[2][1].to_numpy(),
                                  np.zeros((64, 64, 3), np.uint8))
    assert r.state == "finished"


def test_init_sets_module_run_and_finish_clears_it(runs_dir: Path) -> None:
    run = vizlog.init(dir=runs_dir)
    assert vizlog.run is run
    vizlog.log({"a": 1})
    vizlog.finish()
    assert vizlog.run is None
    assert _strip(_rows(run)) == [{"_step": 0, "a": 1}]


def test_module_level_config_and_summary(runs_dir: Path) -> None:
    with pytest.raises(RunStateError, match=r"call `vizlog\.init\(\)`"):
        _ = vizlog.config
    run = vizlog.init(dir=runs_dir, config={"lr": 0.1})
    assert vizlog.config.lr == 0.1
    vizlog.log({"a": 1})
    assert vizlog.summary["a"] == 1
    vizlog.finish()
    with pytest.raises(AttributeError, match="has no attribute 'nope'"):
        _ = vizlog.nope  # type: ignore[attr-defined]
    assert vizlog.open_run(run.dir).config == {"lr": 0.1}


def test_summary_last_value_and_explicit_set(runs_dir: Path) -> None:
    with vizlog.init(dir=runs_dir) as run:
        run.log({"loss": 2.0, "acc": 0.1})
        run.log({"loss": 1.0})
        assert run.summary["loss"] == 1.0 and run.summary["acc"] == 0.1
        run.summary["best"] = 0.99
        run.summary["acc"] = 0.5
        run.log({"acc": 0.2})
        assert run.summary.best == 0.99
    s = vizlog.open_run(run.dir).summary
    assert s["loss"] == 1.0 and s["best"] == 0.99 and s["acc"] == 0.2


def test_summary_media_set_explicitly_uses_step_summary(runs_dir: Path) -> None:
    with vizlog.init(dir=runs_dir) as run:
        run.summary["best_img"] = vizlog.Image(np.zeros((3, 3), np.uint8))
    d = vizlog.open_run(run.dir).summary["best_img"]
    assert d["path"].startswith("media/images/best_img_summary_")
    assert (Path(run.dir) / d["path"]).is_file()


def test_define_metric_aggregates(runs_dir: Path) -> None:
    with vizlog.init(dir=runs_dir) as run:
        run.define_metric("val/*", summary="min,max,mean,last")
        run.define_metric("acc", summary="best", goal="maximize")
        for v in (3.0, 1.0, 2.0):
            run.log({"val/loss": v, "acc": -v})
    s = vizlog.open_run(run.dir).summary
    assert s["val/loss"] == {"min": 1.0, "max": 3.0, "mean": 2.0, "last": 2.0}
    assert s["acc"] == {"best": -1.0}
    meta = json.loads((Path(run.dir) / "run.json").read_text())
    assert [m["name"] for m in meta["metrics"]] == ["val/*", "acc"]
    with vizlog.init(dir=runs_dir) as run2:  # no goal: the legacy wandb handler minimizes
        run2.define_metric("x", summary="best")
        for v in (3.0, 1.0, 2.0):
            run2.log({"x": v})
    assert vizlog.open_run(run2.dir).summary["x"] == {"best": 1.0}


def test_config_dict_and_attribute_access(runs_dir: Path) -> None:
    import argparse

    with vizlog.init(dir=runs_dir, config={"lr": 0.1}) as run:
        run.config.batch = 32
        run.config["opt"] = {"name": "adam"}
        run.config.update({"lr": 0.2}, epochs=3)
        run.config.update(argparse.Namespace(seed=1))
        assert run.config.lr == 0.2 and run.config["batch"] == 32
        with pytest.raises(AttributeError, match="config has no key 'nope'"):
            _ = run.config.nope
        with pytest.raises(VizlogError, match="config value `f` must be JSON-like"):
            run.config.f = object()
        # every change is on disk at once
        on_disk = json.loads((Path(run.dir) / "run.json").read_text())["config"]
        assert on_disk == {"lr": 0.2, "batch": 32, "opt": {"name": "adam"}, "epochs": 3,
                           "seed": 1}


def test_run_json_identity(runs_dir: Path) -> None:
    with vizlog.init(project="p", name="n", id="my-run", dir=runs_dir, tags=["a", "b"],
                     notes="hi", group="g", job_type="train") as run:
        pass
    meta = json.loads((Path(run.dir) / "run.json").read_text())
    assert run.dir == str((runs_dir / "my-run").resolve())
    assert {k: meta[k] for k in ("id", "name", "project", "tags", "notes", "group", "job_type",
                                 "state", "format_version")} == {
        "id": "my-run", "name": "n", "project": "p", "tags": ["a", "b"], "notes": "hi",
        "group": "g", "job_type": "train", "state": "finished", "format_version": 1}


def test_existing_run_needs_resume(runs_dir: Path) -> None:
    with vizlog.init(id="r1", dir=runs_dir) as run:
        run.log({"a": 1})
        run.log({"a": 2})
    with pytest.raises(RunStateError, match="resume=\"allow\""):
        vizlog.init(id="r1", dir=runs_dir)
    with pytest.raises(RunStateError, match="no run exists"):
        vizlog.init(id="r2", dir=runs_dir, resume="must")
    with vizlog.init(id="r1", dir=runs_dir, resume="allow") as run2:
        assert run2.step == 2
        run2.log({"a": 3})
    assert [r["a"] for r in vizlog.open_run(run2.dir).history] == [1, 2, 3]


@pytest.mark.parametrize("bad_id", ["../x", "a/b", "", ".hidden", "x" * 200])
def test_bad_run_ids(runs_dir: Path, bad_id: str) -> None:
    with pytest.raises(VizlogError, match="`id` must be"):
        vizlog.init(id=bad_id, dir=runs_dir)


def test_context_manager_marks_failure(runs_dir: Path) -> None:
    with pytest.raises(ZeroDivisionError), vizlog.init(dir=runs_dir) as run:
        run.log({"a": 1})
        1 / 0  # noqa: B018
    r = vizlog.open_run(run.dir)
    assert r.state == "failed" and r.meta["exit_code"] == 1 and len(r.history) == 1


def test_finish_exit_code(runs_dir: Path) -> None:
    run = vizlog.init(dir=runs_dir)
    run.finish(exit_code=3)
    assert vizlog.open_run(run.dir).state == "failed"
    run.finish()  # a second finish is a no-op


def test_lists_of_images_use_the_wandb_list_form(runs_dir: Path) -> None:
    imgs = [vizlog.Image(np.full((4, 5), i, np.uint8), caption=c)
            for i, c in enumerate(["a", None, "c"])]
    with vizlog.init(dir=runs_dir) as run:
        run.log({"imgs": imgs})
    [row] = _rows(run)
    d = row["imgs"]
    assert d["_type"] == "images/separated" and d["count"] == 3
    assert d["captions"] == ["a", None, "c"]
    assert (d["width"], d["height"], d["format"]) == (5, 4, "png")
    assert d["filenames"] == [i["path"] for i in d["items"]]
    [(_, back)] = vizlog.open_run(run.dir).media("imgs")
    assert [b.caption for b in back] == ["a", None, "c"]
    assert [int(b.to_numpy()[0, 0]) for b in back] == [0, 1, 2]


def test_warnings_are_not_emitted_for_normal_runs(runs_dir: Path) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        with vizlog.init(dir=runs_dir) as run:
            run.log({"a": 1, "img": vizlog.Image(np.zeros((2, 2), np.uint8))})
        vizlog.open_run(run.dir)


def test_power_durability_fsyncs_records_files_and_folders(runs_dir: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    import os

    calls: list[int] = []
    real = os.fsync
    monkeypatch.setattr(os, "fsync", lambda fd: (calls.append(fd), real(fd))[1])
    with vizlog.init(dir=runs_dir, durability="power") as run:
        before = len(calls)
        run.log({"a": 1})
        assert len(calls) == before + 1  # the record, before log() returned
        run.log({"img": vizlog.Image(np.zeros((2, 2), np.uint8))})
    assert len(calls) >= before + 1 + 2 + 2  # + the PNG and its folder, summary/run.json too
    assert vizlog.open_run(run.dir).history[0]["a"] == 1


def test_default_durability_does_not_fsync(runs_dir: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    import os

    calls: list[int] = []
    monkeypatch.setattr(os, "fsync", lambda fd: calls.append(fd))
    with vizlog.init(dir=runs_dir) as run:
        run.log({"a": 1, "img": vizlog.Image(np.zeros((2, 2), np.uint8))})
    assert calls == []
    with pytest.raises(VizlogError, match="`durability` must be one of 'process', 'power'"):
        vizlog.init(dir=runs_dir, durability="disk")


def test_an_fsync_error_is_fatal_and_never_retried(runs_dir: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    import errno
    import os

    run = vizlog.init(dir=runs_dir, durability="power")
    run.log({"a": 1})

    def eio(fd: int) -> None:
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(os, "fsync", eio)
    with pytest.raises(OSError, match="Input/output error"):
        run.log({"a": 2})
    with pytest.raises(RunStateError, match=r"is failed after a write error .*Input/output"):
        run.log({"a": 3})
    monkeypatch.undo()
    assert run.state == "failed"
    run.finish()  # records the failed state now that the disk works again
    data = vizlog.open_run(run.dir)
    assert data.state == "failed" and [r["a"] for r in data.history][:1] == [1]


@pytest.mark.skipif(not hasattr(__import__("os"), "fork"), reason="needs os.fork")
def test_a_forked_child_writes_its_own_history_file(runs_dir: Path) -> None:
    import os
    import warnings as _w

    run = vizlog.init(dir=runs_dir)
    run.log({"who": "parent", "i": 0, "img": vizlog.Image(np.zeros((2, 2), np.uint8))})
    with _w.catch_warnings():
        _w.simplefilter("ignore", DeprecationWarning)  # fork with threads (Python >= 3.12)
        pid = os.fork()
    if pid == 0:  # the child
        code = 0
        try:
            for i in range(3):
                run.log({"who": "child", "i": i}, step=100 + i, commit=True)
            run.finish()
        except BaseException:
            code = 1
        os._exit(code)
    _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 0
    run.log({"who": "parent", "i": 1})
    run.finish()
    files = sorted((Path(run.dir) / "history").glob("*.rec"))
    assert len(files) == 2
    from vizlog.format import parse_records

    per_file = sorted(sorted({r["who"] for r in parse_records(f.read_bytes()).rows})
                      for f in files)
    assert per_file == [["child"], ["parent"]]
    data = vizlog.open_run(run.dir)
    assert [(r["who"], r["i"]) for r in data.history] == [
        ("parent", 0), ("parent", 1), ("child", 0), ("child", 1), ("child", 2)]
    assert data.state == "finished" and data.verify() == []


def test_a_run_on_the_memory_backend_writes_nothing_to_disk(tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch
                                                            ) -> None:
    from vizlog.runlog.table_writer import TableWriter
    from vizlog.store import MemoryBackend
    from vizlog.viewer.page import page_data

    monkeypatch.chdir(tmp_path)
    (tmp_path / "notes.txt").write_text("hello")
    with vizlog.init(dir="memory://t-run-mem", id="m1", config={"a": 1}) as run:
        run.log({"loss": 0.5, "img": vizlog.Image(np.zeros((3, 3), np.uint8))})
        with TableWriter("t", run) as w:
            w.write([[1, "x"]], columns=["n", "s"])
        run.save("notes.txt")
    assert run.dir == "memory://t-run-mem/m1"
    assert [p.name for p in tmp_path.iterdir()] == ["notes.txt"]
    data = vizlog.open_run("memory://t-run-mem/m1")
    assert data.config == {"a": 1} and data.verify() == [] and data.state == "finished"
    assert data.media("img")[0][1].to_numpy().shape == (3, 3)
    assert data.media("t")[0][1].get_column("s") == ["x"]
    page = page_data(MemoryBackend.named("t-run-mem/m1"))
    assert page["refused"] == {} and page["media"]["img"]["steps"][0][1]["kind"] == "image"
    assert MemoryBackend.named("t-run-mem/m1").get("files/notes.txt") == b"hello"

