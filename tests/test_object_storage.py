"""Runs in object storage, end to end, against moto's S3 server on 127.0.0.1 (tests/s3server.py):
logging with media, tables and saved files; reading back equal to a local run of the same input;
a writer killed mid-run; ``vizlog verify`` and ``vizlog view --out``; several processes at once."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path
from typing import Any

import numpy as np
import pytest

import vizlog
from tests.s3server import S3
from vizlog import cli
from vizlog.errors import RunStateError
from vizlog.read import RunData, is_descriptor
from vizlog.runlog.alerts import AlertWarning

ROOT = Path(__file__).resolve().parent.parent
TIMINGS = {"_runtime", "_timestamp"}


def _log_everything(root: Any, work: Path) -> str:
    """Log the same seeded run (images, a table with image cells, a streamed table, audio,
    a histogram, a saved file, an alert, a summary value) into ``root``; its run id."""
    rng = np.random.default_rng(7)
    (work / "notes.txt").write_text("hello from the run\n")
    run = vizlog.init(dir=root, id="same", project="p", config={"lr": 0.01, "arch": "mlp"},
                      settings={"history_chunk_bytes": 700})
    for step in range(6):
        pixels = rng.integers(0, 256, (16, 12, 3), dtype=np.uint8)
        row: dict[str, Any] = {"loss": 1.0 / (step + 1), "acc": step / 10,
                               "sample": vizlog.Image(pixels, caption=f"s{step}")}
        if step == 2:
            cells = [[i, vizlog.Image(rng.integers(0, 256, (4, 4), dtype=np.uint8))]
                     for i in range(3)]
            row["table"] = vizlog.Table(columns=["i", "img"], data=cells)
            row["hist"] = vizlog.Histogram(rng.normal(size=200))
            row["wave"] = vizlog.Audio(rng.uniform(-0.5, 0.5, 800).astype(np.float32),
                                       sample_rate=8000)
        run.log(row)
    with vizlog.TableWriter("streamed", run=run) as writer:
        for piece in range(3):
            writer.write([[piece * 10 + j, f"r{j}"] for j in range(4)], columns=["n", "s"])
    run.save(str(work / "notes.txt"), base_path=str(work), policy="now")
    run.alert(title="done", text="all steps logged")
    run.summary["best"] = 0.25
    run.finish()
    return run.id


def _without_timings(row: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in row.items() if k not in TIMINGS}


def _files_of(data: RunData) -> list[str]:
    return sorted(k for k in data.backend.list() if not k.startswith("history/"))


def test_a_run_in_s3_reads_back_equal_to_the_same_run_on_disk(s3: S3, tmp_path: Path) -> None:
    with pytest.warns(AlertWarning):
        _log_everything(s3.url("runs"), tmp_path)
    with pytest.warns(AlertWarning):
        _log_everything(tmp_path / "local", tmp_path)
    assert vizlog.run is None
    remote = vizlog.open_run(s3.url("runs/same"))
    local = vizlog.open_run(tmp_path / "local" / "same")
    assert remote.verify() == [] and local.verify() == []
    assert remote.state == local.state == "finished"
    assert [_without_timings(r) for r in remote.history] == \
        [_without_timings(r) for r in local.history]
    assert len(remote.history) == 7
    assert _without_timings(remote.summary) == _without_timings(local.summary)
    assert remote.config == local.config and remote.alerts[0]["title"] == "done"
    files = _files_of(remote)
    assert files == _files_of(local) and "files/notes.txt" in files and "writer.lock" not in files
    for key in files:
        if key not in ("run.json", "summary.json", "alerts.json"):
            assert remote.backend.get(key) == local.backend.get(key), key  # byte-identical
    # the history is numbered chunk objects (format 3), one chunk after another
    chunks = [k for k in s3.keys("runs/same/history")]
    assert len(chunks) >= 2 and set(remote.history_versions.values()) == {3}
    assert [k[-12:] for k in chunks] == [f"{i:08d}.rec" for i in range(len(chunks))]
    [(step, image)] = remote.media("sample")[:1]
    assert step == 0 and image.caption == "s0"
    assert remote.media("streamed")[0][1].get_column("n") == [0, 1, 2, 3, 10, 11, 12, 13,
                                                             20, 21, 22, 23]
    # every descriptor points at a complete object: 6 images, a table, audio, streamed table
    paths = [v["path"] for r in remote.history for v in r.values()
             if is_descriptor(v) and "path" in v]
    assert len(paths) == 9
    assert [remote.backend.size(p) for p in paths] == [v["size"] for r in remote.history
                                                       for v in r.values()
                                                       if is_descriptor(v) and "path" in v]


KILLED_WRITER = textwrap.dedent("""
    import sys, numpy as np, vizlog
    run = vizlog.init(dir=sys.argv[1], id="killed", settings={"history_chunk_seconds": 0.05,
                                                              "history_chunk_bytes": 2000})
    step = 0
    while True:
        run.log({"loss": 1.0 / (step + 1),
                 "img": vizlog.Image(np.full((4, 4), step % 256, np.uint8))})
        print(step, flush=True)
        step += 1
""")


def test_a_killed_writer_leaves_a_prefix_of_its_history(s3: S3) -> None:
    proc = subprocess.Popen([sys.executable, "-c", KILLED_WRITER, s3.url("runs")], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    watchdog = threading.Timer(180, proc.kill)  # a hung child ends the readline below
    watchdog.start()
    try:
        deadline = time.monotonic() + 120
        assert proc.stdout is not None
        while time.monotonic() < deadline:  # until a few chunks are written
            line = proc.stdout.readline()
            if not line:
                break
            if int(line) >= 50 and len(s3.keys("runs/killed/history")) >= 3:
                break
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        watchdog.cancel()
        proc.kill()
        proc.communicate()
    data = vizlog.open_run(s3.url("runs/killed"))
    steps = [r["_step"] for r in data.history]
    assert len(steps) >= 3 and steps == list(range(len(steps)))  # a prefix, no gap
    assert [r["loss"] for r in data.history] == [1.0 / (s + 1) for s in steps]
    assert data.corruptions == [] and data.state == "crashed"
    assert data.verify() == []  # every row's image is a complete object
    assert [im.to_numpy()[0, 0] for _, im in data.media("img")] == [s % 256 for s in steps]
    # the lock it left behind is taken over: the run resumes where the history ends
    with vizlog.init(dir=s3.url("runs"), id="killed", resume="allow") as run:
        assert run.step == len(steps)
        run.log({"loss": 0.0})
    assert vizlog.open_run(s3.url("runs/killed")).history[-1]["_step"] == len(steps)


IDLE_WRITER = textwrap.dedent("""
    import sys, time, vizlog
    run = vizlog.init(dir=sys.argv[1], id="idle", settings={"history_chunk_seconds": 0.2})
    for step in range(20):
        run.log({"loss": float(step)})
    print("logged", flush=True)
    time.sleep(600)
""")


def test_records_older_than_chunk_seconds_reach_the_bucket_without_more_logging(s3: S3) -> None:
    proc = subprocess.Popen([sys.executable, "-c", IDLE_WRITER, s3.url("runs")], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    watchdog = threading.Timer(180, proc.kill)  # a hung child ends the readline below
    watchdog.start()
    try:
        assert proc.stdout is not None and proc.stdout.readline() == "logged\n"
        deadline = time.monotonic() + 60  # the flush is due 0.2 s after the first record
        while time.monotonic() < deadline:
            data = vizlog.open_run(s3.url("runs/idle"))
            if len(data.history) == 20:
                break
            time.sleep(0.1)
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        watchdog.cancel()
        proc.kill()
        proc.communicate()
    data = vizlog.open_run(s3.url("runs/idle"))
    assert [r["loss"] for r in data.history] == [float(s) for s in range(20)]
    assert data.state == "crashed" and data.verify() == []


def test_a_second_writer_of_a_live_run_is_refused(s3: S3) -> None:
    with vizlog.init(dir=s3.url("runs"), id="one") as run:
        assert run.dir == s3.url("runs/one") and run.settings.root_dir == s3.url("runs")
        run.log({"x": 1})
        with pytest.raises(RunStateError, match="has one live writer"):
            vizlog.init(dir=s3.url("runs"), id="one", resume="allow", reinit="create_new")
    assert [r["x"] for r in vizlog.open_run(s3.url("runs/one")).history] == [1]


def test_verify_and_view_on_an_s3_url(s3: S3, tmp_path: Path,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.warns(AlertWarning):
        _log_everything(s3.url("runs"), tmp_path)
    url = s3.url("runs/same")
    assert cli.main(["verify", url]) == 0
    assert capsys.readouterr().out.endswith(f"{url}: 7 rows, state finished, ok\n")
    out = tmp_path / "page"
    assert cli.main(["view", url, "--out", str(out)]) == 0
    assert capsys.readouterr().out.strip() == (out / "index.html").resolve().as_uri()
    assert "summary" in (out / "index.html").read_text()
    copied = vizlog.open_run(out)
    assert copied.verify() == [] and len(copied.history) == 7
    # a damaged run: verify names the missing object and exits 1
    first = vizlog.open_run(url).history[0]["sample"]["path"]
    s3.fs().rm_file(f"{s3.bucket}/runs/same/{first}")
    assert cli.main(["verify", url]) == 1
    assert capsys.readouterr().out.startswith(f"{first}: missing\n")


def test_cli_errors_on_s3_urls_are_one_line(s3: S3, tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["verify", s3.url("runs/none")]) == 2
    assert "is not a vizlog run (no run.json there)" in capsys.readouterr().err
    with vizlog.init(dir=s3.url("runs"), id="r") as run:
        run.log({"x": 1})
    assert f"see it with: vizlog view {s3.url('runs/r')} --out LOCAL_DIR\n" in \
        capsys.readouterr().err
    assert cli.main(["view", s3.url("runs/r")]) == 2
    assert "pass --out LOCAL_DIR" in capsys.readouterr().err
    assert cli.main(["view", s3.url("runs/r"), "--out", str(tmp_path / "o"), "--watch"]) == 2
    assert "--watch needs a local run folder" in capsys.readouterr().err
    assert cli.main(["export", s3.url("runs/r")]) == 2
    assert "is in object storage; this command reads local folders" in capsys.readouterr().err
    assert cli.main(["summary", s3.url("runs/r")]) == 0
    assert '"x":1' in capsys.readouterr().out


def test_ls_lists_the_runs_under_a_bucket_prefix(s3: S3,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["ls", s3.url("runs")]) == 2
    assert f"ROOT {s3.url('runs')!r} holds no vizlog runs" in capsys.readouterr().err
    for run_id, steps in (("b", 3), ("a", 5)):
        with vizlog.init(dir=s3.url("runs"), id=run_id, name=f"name-{run_id}",
                         quiet=True) as run:
            for step in range(steps):
                run.log({"x": step})
    s3.fs().pipe_file(f"{s3.bucket}/runs/c/run.json", b"{not json")
    capsys.readouterr()
    assert cli.main(["ls", s3.url("runs")]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == ["run", "state", "steps", "start", "(UTC)", "duration", "name"]
    assert [line.split()[:3] for line in lines[1:]] == [["a", "finished", "5"],
                                                        ["b", "finished", "3"],
                                                        ["c", "unreadable", "c"]]
    assert lines[1].endswith("name-a") and lines[2].endswith("name-b")
    assert cli.main(["ls", s3.url("runs/a")]) == 0  # one run
    assert [line.split()[:3] for line in capsys.readouterr().out.splitlines()[1:]] == \
        [["a", "finished", "5"]]


SEPARATE_WRITER = textwrap.dedent("""
    import sys, vizlog
    with vizlog.init(dir=sys.argv[1], id=sys.argv[2],
                     settings={"history_chunk_bytes": 4096}) as run:
        for step in range(300):
            run.log({"loss": step * 0.5, "who": sys.argv[2]})
""")


def test_four_processes_log_four_runs_to_one_bucket_at_once(s3: S3) -> None:
    procs = [subprocess.Popen([sys.executable, "-c", SEPARATE_WRITER, s3.url("runs"), f"w{i}"],
                              cwd=ROOT,
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
             for i in range(4)]
    errors = [p.communicate(timeout=300)[1] for p in procs]
    assert [p.returncode for p in procs] == [0] * 4, errors
    for i in range(4):
        data = vizlog.open_run(s3.url(f"runs/w{i}"))
        assert data.state == "finished" and data.verify() == []
        assert [(r["_step"], r["loss"], r["who"]) for r in data.history] == \
            [(s, s * 0.5, f"w{i}") for s in range(300)]


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs os.fork")
def test_a_forked_child_logs_to_s3_in_a_stream_of_its_own(s3: S3) -> None:
    import warnings

    run = vizlog.init(dir=s3.url("runs"), id="forked")
    run.log({"who": "parent", "i": 0})
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)  # fork with threads (3.12+)
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
    data = vizlog.open_run(s3.url("runs/forked"))
    assert [(r["who"], r["i"]) for r in data.history] == \
        [("parent", 0), ("parent", 1), ("child", 0), ("child", 1), ("child", 2)]
    assert len({name.rsplit(".", 2)[0] for name in data.history_versions}) == 2


def test_restore_reads_a_file_saved_in_a_run_in_s3(s3: S3, tmp_path: Path) -> None:
    (tmp_path / "model.cfg").write_text("layers=3\n")
    with vizlog.init(dir=s3.url("runs"), id="saver") as run:
        assert run.save(str(tmp_path / "model.cfg"), base_path=str(tmp_path),
                        policy="now") == ["files/model.cfg"]
    with vizlog.init(dir=tmp_path / "local") as run:
        fh = run.restore("model.cfg", run_path=s3.url("runs/saver"), root=tmp_path / "got")
        with fh:
            assert fh.read() == "layers=3\n"


def test_vizlog_dir_in_the_environment_can_be_a_bucket(s3: S3,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VIZLOG_DIR", s3.url("from-env"))
    monkeypatch.setenv("VIZLOG_HISTORY_CHUNK_BYTES", "1")
    with vizlog.init(id="e") as run:
        run.log({"x": 1})
        run.log({"x": 2})
    assert run.dir == s3.url("from-env/e")
    assert len(s3.keys("from-env/e/history")) == 2  # one chunk per record
    assert [r["x"] for r in vizlog.open_run(run.dir).history] == [1, 2]
