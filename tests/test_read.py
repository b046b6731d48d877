"""vizlog.read: open_run, scalars as Arrow, media back, verify, states, corruption."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pyarrow as pa
import pytest

import vizlog
from vizlog.errors import CorruptRecordWarning, VizlogError
from vizlog.read import load_media


def _run(runs_dir: Path) -> vizlog.Run:
    with vizlog.init(dir=runs_dir, config={"a": 1}) as run:
        run.log({"loss": 1.0, "ok": True, "n": 3, "eval": {"acc": 0.5}, "s": "text"})
        run.log({"loss": float("nan"), "img": vizlog.Image(np.zeros((2, 3), np.uint8))})
        run.log({"loss": 0.25, "n": 2**70})
    return run


def test_scalars_as_an_arrow_table(runs_dir: Path) -> None:
    data = vizlog.open_run(_run(runs_dir).dir)
    t = data.scalars()
    assert isinstance(t, pa.Table)
    assert t.column_names == ["_runtime", "_step", "_timestamp", "eval/acc", "loss", "n", "ok"]
    assert t.schema.field("_step").type == pa.int64()
    assert t.schema.field("ok").type == pa.bool_()
    assert t.schema.field("n").type == pa.float64()  # 2**70 does not fit int64
    loss = t.column("loss").to_pylist()
    assert loss[0] == 1.0 and np.isnan(loss[1]) and loss[2] == 0.25
    assert t.column("eval/acc").to_pylist() == [0.5, None, None]


def test_rows_and_media(runs_dir: Path) -> None:
    data = vizlog.open_run(_run(runs_dir).dir)
    assert [r["_step"] for r in data.rows("img")] == [1]
    assert len(list(data.rows())) == 3
    [(step, img)] = data.media("img")
    assert step == 1 and img.to_numpy().shape == (2, 3)
    assert data.media("eval/acc") == []
    assert data.config == {"a": 1} and data.state == "finished"
    assert repr(data).startswith("<vizlog.RunData ")


def test_verify_finds_missing_and_tampered_files(runs_dir: Path) -> None:
    run = _run(runs_dir)
    data = vizlog.open_run(run.dir)
    assert data.verify() == []
    rel = data.history[1]["img"]["path"]
    (Path(run.dir) / rel).write_bytes(b"tampered")
    problems = vizlog.open_run(run.dir).verify()
    assert problems == sorted([f"{rel}: sha256 mismatch", f"{rel}: size 8 != "
                               f"{data.history[1]['img']['size']}"])
    (Path(run.dir) / rel).unlink()
    assert vizlog.open_run(run.dir).verify() == [f"{rel}: missing"]


def test_corrupt_history_warns_and_keeps_other_rows(runs_dir: Path) -> None:
    run = _run(runs_dir)
    [hist] = (Path(run.dir) / "history").glob("*.rec")
    raw = bytearray(hist.read_bytes())
    header_len = 10 + int.from_bytes(raw[2:6], "little") + 4  # the version-2 header record
    raw[header_len + 14] ^= 0xFF  # inside the first row's payload
    hist.write_bytes(bytes(raw))
    with pytest.warns(CorruptRecordWarning, match="payload checksum mismatch"):
        data = vizlog.open_run(run.dir)
    assert [r["_step"] for r in data.history] == [1, 2]
    assert len(data.corruptions) == 1


def test_summary_is_rebuilt_from_history_when_missing(runs_dir: Path) -> None:
    run = _run(runs_dir)
    (Path(run.dir) / "summary.json").unlink()
    s = vizlog.open_run(run.dir).summary
    assert s["loss"] == 0.25 and s["s"] == "text" and s["_step"] == 2


def test_history_files_of_several_processes_are_merged(runs_dir: Path) -> None:
    code = ("import vizlog,sys; r=vizlog.init(id='two-writers', dir=sys.argv[1], resume='allow');"
            "[r.log({'p': int(sys.argv[2]), 'i': i}, step=int(sys.argv[2])*10+i, commit=True) "
            "for i in range(3)]; r.finish()")
    for p in (0, 1):
        subprocess.run([sys.executable, "-c", code, str(runs_dir), str(p)], check=True)
    data = vizlog.open_run(runs_dir / "two-writers")
    assert len(list((runs_dir / "two-writers" / "history").glob("*.rec"))) == 2
    assert [(r["p"], r["i"]) for r in data.history] == [(0, 0), (0, 1), (0, 2),
                                                        (1, 0), (1, 1), (1, 2)]


def test_crashed_state_when_the_process_is_gone(runs_dir: Path) -> None:
    code = ("import vizlog,sys,os; r=vizlog.init(id='dead', dir=sys.argv[1]); "
            "r.log({'a': 1}); os._exit(9)")
    subprocess.run([sys.executable, "-c", code, str(runs_dir)])
    data = vizlog.open_run(runs_dir / "dead")
    assert data.state == "crashed"
    assert [r["a"] for r in data.history] == [1]


def test_not_a_run_and_future_format(tmp_path: Path, runs_dir: Path) -> None:
    with pytest.raises(VizlogError, match=r"must be a vizlog run folder"):
        vizlog.open_run(tmp_path)
    run = _run(runs_dir)
    meta = json.loads((Path(run.dir) / "run.json").read_text())
    meta["format_version"] = 99
    (Path(run.dir) / "run.json").write_text(json.dumps(meta))
    with pytest.raises(VizlogError, match=r"format_version 99.*Upgrade vizlog"):
        vizlog.open_run(run.dir)


def test_load_media_of_unknown_type_returns_the_dict(tmp_path: Path) -> None:
    assert load_media({"_type": "plotly-file", "path": "x"}, tmp_path) == \
        {"_type": "plotly-file", "path": "x"}
    with pytest.raises(VizlogError, match="needs a '_type' string"):
        load_media({"path": "x"}, tmp_path)


def test_verify_cli(runs_dir: Path) -> None:
    from vizlog.cli import main

    run = _run(runs_dir)
    assert main(["verify", run.dir]) == 0
    rel = vizlog.open_run(run.dir).history[1]["img"]["path"]
    os.unlink(Path(run.dir) / rel)
    assert main(["verify", run.dir]) == 1


def test_scalars_keeps_flat_and_nested_keys_apart(runs_dir: Path) -> None:
    with vizlog.init(dir=runs_dir) as run:
        run.log({"a/b": 1, "a": {"b": 2, "c/d": 3, "e~": 4}, "x~y": 5, "train/loss": 6})
    t = vizlog.open_run(run.dir).scalars()
    cols = {c: t.column(c).to_pylist()[0] for c in t.column_names if not c.startswith("_")}
    assert cols == {"a/b": 1, "a/b~n": 2, "a/c~1d": 3, "a/e~0": 4, "x~0y": 5, "train/loss": 6}


def test_column_name_is_one_to_one() -> None:
    from vizlog.read import column_name

    paths = [("a/b",), ("a", "b"), ("a", "b~n"), ("a/b~n",), ("a~1b",), ("a", "b", "c"),
             ("a/b", "c"), ("a", "b/c"), ("~",), ("~0",), ("a", "~1")]
    top = {column_name(p) for p in paths if len(p) == 1}
    names = [column_name(p, top) for p in paths]
    assert len(set(names)) == len(paths)


@pytest.mark.parametrize(("forged", "error", "pattern"), [
    ({"_type": "image-file"}, "MediaError", r"cannot be read back \(KeyError: 'path'\)"),
    ({"_type": "image-file", "path": 7}, "UnsafePathError", r"got int 7"),
    ({"_type": "audio-file", "path": "media/x.wav", "sample_rate": "fast"}, "MediaError",
     r"names a file that is not in the run"),
    ({"_type": "histogram", "values": "abc", "bins": [1, 2]}, "MediaError",
     r"needs 'values' and 'bins' lists of numbers"),
    ({"_type": "video-file", "path": "media/x.gif", "loop": [1]}, "MediaError",
     r"cannot be read back \(TypeError: int\(\) argument"),
    ({"_type": "images/separated", "items": 5}, "MediaError",
     r"cannot be read back \(TypeError: 'int' object is not iterable\)"),
], ids=["no_path", "int_path", "missing_file", "histogram", "video_loop", "list_items"])
def test_a_forged_descriptor_is_a_documented_error(runs_dir: Path, forged: dict, error: str,
                                                   pattern: str) -> None:
    from vizlog.errors import VizlogError

    data = vizlog.open_run(_run(runs_dir).dir)
    with pytest.raises(VizlogError, match=pattern) as info:
        data.load(forged)
    assert type(info.value).__name__ == error


def test_json_files_over_the_size_cap_are_refused_unread(runs_dir: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    from vizlog import read
    from vizlog.errors import VizlogError

    run_dir = _run(runs_dir).dir
    monkeypatch.setattr(read, "MAX_JSON_BYTES", 10)
    with pytest.raises(VizlogError, match=r"over `max_bytes`=10"):
        vizlog.open_run(run_dir)


def _chunked_run(tmp_path: Path, chunks: dict[int, list[int]]) -> Path:
    """A run whose history is one chunked stream (version 3): chunk number -> steps."""
    from vizlog.format import frame, history_chunk_name, history_header

    run = tmp_path / "c"
    (run / "history").mkdir(parents=True)
    (run / "run.json").write_text(json.dumps({"format_version": 1, "id": "c",
                                              "state": "finished"}))
    for n, steps in chunks.items():
        body = b"".join(frame(json.dumps({"_step": s, "v": s * 10}).encode()) for s in steps)
        name = history_chunk_name("history/h-1-w.rec", n)
        (run / name).write_bytes(history_header("w", chunk=n) + body)
    return run


def test_a_chunked_stream_reads_in_chunk_order(tmp_path: Path) -> None:
    data = vizlog.open_run(_chunked_run(tmp_path, {0: [0, 1], 1: [2], 2: [3, 4]}))
    assert [r["v"] for r in data.history] == [0, 10, 20, 30, 40]
    assert set(data.history_versions.values()) == {3} and data.verify() == []


def test_a_missing_chunk_is_reported_and_the_later_chunks_still_read(tmp_path: Path) -> None:
    with pytest.warns(CorruptRecordWarning, match="history chunks 1 of this stream are missing"):
        data = vizlog.open_run(_chunked_run(tmp_path, {0: [0], 2: [2]}))
    assert [r["_step"] for r in data.history] == [0, 2]
    assert data.verify() == ["history/h-1-w.rec: corrupt record at byte 0 (history chunks 1 of "
                             "this stream are missing (deleted or not copied))"]


def test_many_chunks_from_remote_storage_read_in_order() -> None:
    import io as _io

    from vizlog.runlog.history import HistoryWriter
    from vizlog.store import MemoryBackend

    backend = MemoryBackend()

    def refuse(key: str, *, durable: bool = False) -> None:
        raise _io.UnsupportedOperation("no appends")

    backend.open_append = refuse  # type: ignore[method-assign]
    backend.put("run.json", json.dumps({"format_version": 1, "id": "m"}).encode())
    writer = HistoryWriter(backend, "history/h-1-m.rec", "m", chunk_bytes=1)
    for step in range(40):
        writer.append({"_step": step // 2, "i": step})  # two rows per step, in two chunks
    writer.close()
    assert len(backend.list("history")) == 40
    data = vizlog.open_run(backend)
    assert [r["i"] for r in data.history] == list(range(40)) and data.corruptions == []

def test_history_follower_reads_new_files_and_replaced_files_like_a_fresh_open(
        runs_dir: Path) -> None:
    from vizlog.read import HistoryFollower, RunData

    with vizlog.init(dir=runs_dir, id="f1") as run:
        for i in range(3):
            run.log({"x": float(i)})
    follower = HistoryFollower()
    first = RunData(run.dir, follow=follower)
    assert [r["x"] for r in first.history] == [0.0, 1.0, 2.0] and follower.reordered  # first
    size = follower.parsed_bytes
    with vizlog.init(dir=runs_dir, id="f1", resume="allow") as again:  # a second history file
        again.log({"x": 3.0})
    second = RunData(run.dir, follow=follower)
    assert follower.reordered and follower.parsed_bytes > size
    assert second.history == vizlog.open_run(run.dir).history
    assert [r["x"] for r in follower.new_rows] == [3.0]
    (name,) = [n for n in follower.offsets if n in second.history_versions][:1]
    path = Path(run.dir) / name
    path.write_bytes(path.read_bytes()[:30])  # replaced by a shorter file: read again
    third = RunData(run.dir, follow=follower)
    assert third.history == vizlog.open_run(run.dir).history and follower.reordered


def test_a_follower_merges_ranks_and_chunks_as_one_read_does(tmp_path: Path) -> None:
    """HistoryFollower (vizlog view --watch) and a plain open give the same rows in the same
    order for a run of two ranks (``_rank`` on every row) and a chunked stream (version 3)."""
    from vizlog.format import frame, history_chunk_name, history_file_name, history_header
    from vizlog.read import HistoryFollower, RunData

    run = tmp_path / "r"
    (run / "history").mkdir(parents=True)
    (run / "run.json").write_text(json.dumps({"format_version": 1, "id": "r",
                                              "state": "finished"}))

    def records(steps: range, tag: str) -> bytes:
        return b"".join(frame(json.dumps({"_step": s, "who": tag}).encode()) for s in steps)

    (run / history_file_name("h", 1, "a", rank=1)).write_bytes(
        history_header("a", rank=1) + records(range(0, 4), "rank1"))
    (run / history_file_name("h", 2, "b", rank=0)).write_bytes(
        history_header("b", rank=0) + records(range(0, 3), "rank0"))
    stream = history_file_name("h", 3, "c")
    for n, steps in ((0, range(1, 3)), (1, range(3, 5))):
        (run / history_chunk_name(stream, n)).write_bytes(
            history_header("c", chunk=n) + records(steps, f"chunk{n}"))
    whole = vizlog.open_run(run).history
    followed = RunData(run, follow=HistoryFollower()).history
    assert followed == whole
    assert [(r["_step"], r.get("_rank"), r["who"]) for r in whole] == [
        (0, 0, "rank0"), (0, 1, "rank1"), (1, None, "chunk0"), (1, 0, "rank0"),
        (1, 1, "rank1"), (2, None, "chunk0"), (2, 0, "rank0"), (2, 1, "rank1"),
        (3, None, "chunk1"), (3, 1, "rank1"), (4, None, "chunk1")]
