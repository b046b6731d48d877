"""vizlog.runlog.extras (and alerts, code): the rest of wandb's Run surface, offline."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

import vizlog
from vizlog.runlog import log as log_module
from vizlog.runlog.alerts import AlertWarning


def test_identity_attributes(runs_dir: Path) -> None:
    with vizlog.init(dir=runs_dir, project="proj", id="abc", name="nice", tags=["t"],
                     notes="n", group="g", job_type="eval", entity="me") as run:
        assert (run.path, run.mode, run.offline, run.disabled) == ("me/proj/abc", "offline",
                                                                    True, False)
        assert run.project_name() == "proj" and run.sweep_id is None and not run.resumed
        assert run.starting_step == 0 and abs(run.start_time - time.time()) < 60
        assert run.url is None and run.get_url() is None and run.get_sweep_url() is None
        run.name = "renamed"
        run.log({"a": 1})
        assert run.step == 1 and run.status()["state"] == "running"
    assert vizlog.open_run(run.dir).name == "renamed"
    from vizlog.viewer import build

    build(run.dir)
    assert run.url == (Path(run.dir) / "index.html").resolve().as_uri()


def test_alerts_are_stored_throttled_and_warned(runs_dir: Path) -> None:
    with vizlog.init(dir=runs_dir) as run:
        with pytest.warns(AlertWarning, match=r"\[WARN\] loss: too high"):
            run.alert("loss", "too high", vizlog.AlertLevel.WARN)
        run.alert("loss", "again", "ERROR")  # within 60 s: suppressed
        with pytest.warns(AlertWarning):
            run.alert("loss", "later", level="ERROR", wait_duration=0)
        with pytest.raises(vizlog.UsageError, match="at most 64"):
            run.alert("x" * 65, "t")
        with pytest.raises(vizlog.UsageError, match=r"`level` must be a vizlog\.AlertLevel"):
            run.alert("t", "t", level="LOUD")
    alerts = vizlog.open_run(run.dir).backend.get("alerts.json")
    items = vizlog._json.loads(alerts)
    assert [(a["title"], a["text"], a["level"]) for a in items] == [
        ("loss", "too high", "WARN"), ("loss", "later", "ERROR")]


def test_save_policies(runs_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "live.txt").write_text("v1")
    (tmp_path / "end.txt").write_text("e1")
    (tmp_path / "now.txt").write_text("n1")
    monkeypatch.setattr(log_module, "LIVE_SYNC_SECONDS", 0.0)
    with vizlog.init(dir=runs_dir) as run:
        assert run.save("live.txt") == ["files/live.txt"]
        assert run.save("end.txt", policy="end") == []
        run.save("now.txt", policy="now")
        (tmp_path / "live.txt").write_text("v2")
        run.log({"a": 1})  # live files are copied again while the run logs
        assert (Path(run.dir) / "files" / "live.txt").read_text() == "v2"
        (tmp_path / "live.txt").write_text("v3")
        (tmp_path / "end.txt").write_text("e2")
        (tmp_path / "now.txt").write_text("n2")
        with pytest.raises(vizlog.UsageError, match="`policy` must be"):
            run.save("x", policy="sometimes")
    files = Path(run.dir) / "files"
    assert [(files / n).read_text() for n in ("live.txt", "end.txt", "now.txt")] == [
        "v3", "e2", "n1"]


def test_restore_from_this_and_another_run(runs_dir: Path, tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "model.cfg").write_text("depth=3")
    with vizlog.init(dir=runs_dir, id="src") as src:
        src.save("model.cfg", policy="now")
        with src.restore("model.cfg") as fh:
            assert fh.read() == "depth=3"
    with vizlog.init(dir=runs_dir, id="dst") as dst:
        with dst.restore("model.cfg", run_path="team/proj/src") as fh:
            assert fh.read() == "depth=3"
        assert (Path(dst.dir) / "model.cfg").read_text() == "depth=3"
        with dst.restore("model.cfg", run_path=src.dir, root=tmp_path / "out") as fh:
            assert Path(fh.name) == tmp_path / "out" / "model.cfg"
        with pytest.raises(vizlog.UsageError, match="was not saved"):
            dst.restore("missing.txt", run_path="src")
        with pytest.raises(vizlog.UsageError, match="names no local run"):
            dst.restore("model.cfg", run_path="nope")


def test_log_code_honours_gitignore_and_never_follows_symlinks(runs_dir: Path,
                                                               tmp_path: Path) -> None:
    src = tmp_path / "proj"
    (src / "pkg").mkdir(parents=True)
    (src / "train.py").write_text("print(1)")
    (src / "pkg" / "model.py").write_text("x = 1")
    (src / "pkg" / "secret.py").write_text("key = 2")
    (src / "notes.md").write_text("#")
    (src / ".gitignore").write_text("pkg/secret.py\n")
    outside = tmp_path / "outside.py"
    outside.write_text("y = 3")
    (src / "link.py").symlink_to(outside)
    (src / "linkdir").symlink_to(tmp_path)
    with vizlog.init(dir=runs_dir) as run:
        saved = run.log_code(src, name="v1")
        assert run.log_code(None) is None
        only_model = run.log_code(src, name="v2", include_fn=lambda p, r: p.endswith(".py"),
                                  exclude_fn=lambda p, r: "train" in p)
    assert saved == ["code/v1/pkg/model.py", "code/v1/train.py"]
    assert only_model == ["code/v2/pkg/model.py"]


def test_preemption_is_recorded_and_seen_on_resume(runs_dir: Path) -> None:
    run = vizlog.init(dir=runs_dir, id="pre")
    run.mark_preempting()
    assert vizlog.open_run(run.dir).meta["preempting"] is True
    run.finish()
    again = vizlog.init(dir=runs_dir, id="pre", resume="allow")
    assert again.resumed and again.resumed_after_preemption
    again.finish()


def test_join_detach_and_html(runs_dir: Path) -> None:
    run = vizlog.init(dir=runs_dir)
    run.detach()
    assert vizlog.run is None and run.state == "running"
    run.log({"loss": 0.5, "<b>": "<script>"})
    html = run.to_html()
    assert "<script>" not in html and "&lt;script&gt;" in html and run.id in html
    assert run.display() is False  # not in a notebook
    with pytest.warns(DeprecationWarning, match="join"):
        run.join()
    assert run.state == "finished"
    assert os.path.isdir(run.dir)


def test_media_to_json_and_bind_to_run_store_through_the_run(runs_dir: Path) -> None:
    import numpy as np

    img = vizlog.Image(np.zeros((4, 4, 3), np.uint8), caption="c")
    unbound = img.to_json()
    assert unbound["_type"] == "image-file" and "path" not in unbound
    with vizlog.init(dir=runs_dir) as run:
        img.bind_to_run(run, "samples/a", 7)
        desc = img.to_json(run)
        assert desc["path"].startswith("media/images/samples/a_7_")
        assert (Path(run.dir) / desc["path"]).is_file() and desc["caption"] == "c"
        other = vizlog.Histogram([1, 2, 3]).to_json(run)
        assert other["_type"] == "histogram"
        run.log({"by_hand": desc})
        with pytest.raises(TypeError, match="`run` must be a vizlog Run"):
            img.bind_to_run(object(), "k", 0)
    back = vizlog.open_run(run.dir).load(desc)
    assert back.caption == "c" and back.to_numpy().shape == (4, 4, 3)
