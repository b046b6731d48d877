"""Faults a red team found in the Run, kept closed: lone surrogates, failures found by
``finish()``, a second live writer, a resume after a torn tail in a reused PID's file."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

import vizlog
from vizlog import _json
from vizlog.errors import MediaError, UsageError
from vizlog.format import frame
from vizlog.runlog import lease

BAD = os.fsdecode(b"file-\xff.png")  # a lone surrogate, as os.fsdecode makes of non-UTF-8 names


@pytest.mark.parametrize("call", ["value", "key", "nested", "summary", "config", "config_key",
                                  "caption"])
def test_a_lone_surrogate_is_refused_before_it_enters_the_run(runs_dir: Path,
                                                              call: str) -> None:
    run = vizlog.init(dir=runs_dir)
    run.log({"ok": 1})
    err: type[Exception] = MediaError if call == "caption" else UsageError
    with pytest.raises(err, match=r"lone surrogate '\\udcff' at index 5"):
        if call == "value":
            run.log({"name": BAD})
        elif call == "key":
            run.log({BAD: 1})
        elif call == "nested":
            run.log({"a": {"b": [BAD]}})
        elif call == "summary":
            run.summary["name"] = BAD
        elif call == "config":
            run.config["name"] = BAD
        elif call == "config_key":
            run.config.update({BAD: 1})
        else:
            run.log({"img": vizlog.Image(np.zeros((2, 2), np.uint8), caption=BAD)})
    run.log({"ok": 2})
    run.finish()
    data = vizlog.open_run(run.dir)
    assert data.state == "finished" and [r["ok"] for r in data.history] == [1, 2]
    assert "name" not in data.summary and data.config == {}


def test_init_refuses_a_surrogate_name(runs_dir: Path) -> None:
    with pytest.raises(UsageError, match=r"`name` holds a string that is not valid Unicode"):
        vizlog.init(dir=runs_dir, id="s", name=BAD)
    assert not (runs_dir / "s" / "run.json").exists()
    vizlog.init(dir=runs_dir, id="s").finish()  # the failed init left no lock behind


def test_a_write_failure_found_by_finish_marks_the_run_failed(runs_dir: Path) -> None:
    run = vizlog.init(dir=runs_dir)
    run.log({"a": 1})
    run.log({"img": vizlog.Image(np.zeros((2, 2), np.uint8))}, step=10**300)
    with pytest.raises(OSError, match="too long"):
        run.finish()
    data = vizlog.open_run(run.dir)
    assert data.state == "failed" and "File name too long" in data.meta["error"]
    assert [r["a"] for r in data.history if "a" in r] == [1]


def test_a_second_live_writer_is_refused(runs_dir: Path) -> None:
    first = vizlog.init(dir=runs_dir, id="locked")
    code = ("import vizlog, sys\n"
            "try:\n"
            f"    vizlog.init(dir={str(runs_dir)!r}, id='locked', resume='allow')\n"
            "except vizlog.RunStateError as e:\n"
            "    print(e); sys.exit(3)\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         cwd=Path(__file__).resolve().parent.parent)
    assert out.returncode == 3, out.stderr
    assert f"is being written by process {os.getpid()}" in out.stdout
    first.finish()
    assert not (runs_dir / "locked" / lease.LOCK).exists()
    vizlog.init(dir=runs_dir, id="locked", resume="allow").finish()


def test_a_crashed_writers_lock_is_taken_over(runs_dir: Path) -> None:
    folder = runs_dir / "crashed"
    folder.mkdir()
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True)
    import socket

    for pid in (int(dead.stdout), os.getpid()):  # a gone process; this PID reused, no live run
        (folder / lease.LOCK).write_text(json.dumps({"host": socket.gethostname(), "pid": pid,
                                                     "token": "old"}))
        vizlog.init(dir=runs_dir, id="crashed", resume="allow").finish()


def test_resume_after_a_torn_tail_with_the_same_pid_loses_nothing(runs_dir: Path) -> None:
    """The crashed writer had this PID (a container's PID 1): its file ends in a torn record."""
    with vizlog.init(dir=runs_dir, id="torn") as run:
        for i in range(5):
            run.log({"i": i})
    [old] = (Path(run.dir) / "history").glob("*.rec")
    with open(old, "ab") as fh:
        rec = frame(_json.dumps({"_step": 5, "blob": "x" * (4 << 20)}).encode())
        fh.write(rec[: len(rec) // 2])
    with vizlog.init(dir=runs_dir, id="torn", resume="allow") as again:
        for i in range(40):
            again.log({"i": 5 + i})
    files = sorted((Path(run.dir) / "history").glob("*.rec"))
    assert len(files) == 2 and old in files  # never appended to the crashed writer's file
    data = vizlog.open_run(run.dir)
    assert [r["i"] for r in data.history] == list(range(45))
    assert data.verify() == [] and data.state == "finished"


def test_run_json_of_a_failed_run_names_the_cause(runs_dir: Path) -> None:
    with pytest.raises(RuntimeError), vizlog.init(dir=runs_dir, id="ctx"):
        raise RuntimeError("user code failed")
    meta = vizlog.open_run(runs_dir / "ctx").meta
    assert meta["state"] == "failed" and meta["exit_code"] == 1 and "error" not in meta
