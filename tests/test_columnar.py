"""vizlog.columnar: a run's history as one Parquet copy, the same through both decoders."""

from __future__ import annotations

import json
import math
import os
from pathlib import Path
from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

import vizlog
from vizlog.columnar import (
    COPY_MIN_BYTES,
    _fast_table,
    _table_from_rows,
    columnar_copy,
    copy_bytes,
    history_fingerprint,
    history_objects,
    history_streams,
    history_table,
    stream_copy_key,
    stream_copy_matches,
    write_stream_copy,
)
from vizlog.format import parse_records, record_payloads
from vizlog.store import open_backend


def _scalar_run(root: Path, run_id: str = "s", steps: int = 30) -> Path:
    rng = np.random.default_rng(3)
    with vizlog.init(dir=root, id=run_id, quiet=True, reinit="create_new") as run:
        for s in range(steps):
            run.log({"loss": float(rng.random()), "n": s, "ok": s % 2 == 0, "tag": f"x{s}"})
    return root / run_id


def test_both_decoders_give_the_same_table(tmp_path: Path) -> None:
    run = _scalar_run(tmp_path)
    hist = next((run / "history").glob("*.rec"))
    payloads, bad = record_payloads(hist.read_bytes())
    assert bad == [] and payloads[0].startswith(b'{"_vizlog":"history"')
    fast = _fast_table(payloads[1:], np.zeros(len(payloads) - 1, dtype=np.int64))
    rows = parse_records(hist.read_bytes()).rows
    slow = _table_from_rows(rows, [0] * len(rows))
    assert fast is not None
    assert fast.schema.names == ["_rank", "_step", "_timestamp", "_runtime", "loss", "n", "ok",
                                 "tag"]
    assert fast.equals(slow)
    assert fast.column("loss").to_pylist() == [r["loss"] for r in rows]  # exact floats


def test_media_nested_nan_and_reserved_names(tmp_path: Path) -> None:
    with vizlog.init(dir=tmp_path, id="m", quiet=True, reinit="create_new") as run:
        run.log({"loss": math.nan, "val": {"acc": 1}, "project": "p", "config/x": 1,
                 "img": vizlog.Image(np.zeros((2, 2, 3), dtype=np.uint8)), "big": 2 ** 70,
                 "mixed": 1})
        run.log({"loss": 0.5, "mixed": "one"})
    t = history_table(open_backend(tmp_path / "m"))
    assert t.schema.names == ["_rank", "_step", "_timestamp", "_runtime", "big", "config/x~h",
                              "img", "loss", "mixed", "project~h", "val/acc"]
    assert t.column("big").to_pylist() == [str(2 ** 70), None]
    assert t.column("mixed").to_pylist() == ["1", '"one"']
    assert t.schema.field("mixed").metadata == {b"vizlog.json": b"1"}
    assert math.isnan(t.column("loss")[0].as_py()) and t.column("loss")[1].as_py() == 0.5
    desc = json.loads(t.column("img")[0].as_py())
    assert desc == vizlog.open_run(tmp_path / "m").history[0]["img"]


def test_the_copy_is_keyed_by_history_sizes_and_stale_copies_go(tmp_path: Path) -> None:
    run = _scalar_run(tmp_path / "runs", steps=5)
    cache = open_backend(tmp_path / "cache")
    first = columnar_copy(open_backend(run), cache, "s")
    assert first.startswith("s/history-v1-") and first.endswith(".parquet")
    assert columnar_copy(open_backend(run), cache, "s") == first
    with vizlog.init(dir=tmp_path / "runs", id="s", resume="allow", quiet=True,
                     reinit="create_new") as r:
        r.log({"n": 99})
    second = columnar_copy(open_backend(run), cache, "s")
    assert second != first and cache.list("s") == [second]
    assert pq.read_table(tmp_path / "cache" / second).column("n").to_pylist() == \
        [0, 1, 2, 3, 4, 99]


def test_fingerprint_changes_with_a_name_or_a_size() -> None:
    base = history_fingerprint([("history/a.rec", 10)])
    assert base.startswith("v1-") and len(base) == 35
    assert history_fingerprint([("history/a.rec", 11)]) != base
    assert history_fingerprint([("history/b.rec", 10)]) != base


def test_symlinks_and_torn_tails_are_not_history(tmp_path: Path) -> None:
    run = _scalar_run(tmp_path, steps=4)
    outside = tmp_path / "outside.rec"
    outside.write_bytes(b"not a run's")
    os.symlink(outside, run / "history" / "evil.rec")
    hist = next(p for p in (run / "history").glob("*.rec") if not p.is_symlink())
    hist.write_bytes(hist.read_bytes()[:-5])
    assert [k for k, _ in history_objects(open_backend(run))] == \
        [f"history/{hist.name}"]
    t = history_table(open_backend(run))
    assert t.column("n").to_pylist() == [0, 1, 2]


def test_an_empty_history_is_an_empty_table(tmp_path: Path) -> None:
    with vizlog.init(dir=tmp_path, id="e", quiet=True, reinit="create_new"):
        pass
    t = history_table(open_backend(tmp_path / "e"))
    assert (t.num_rows, t.schema.names) == (0, ["_rank", "_step", "_timestamp", "_runtime"])
    assert t.schema.field("_step").type == pa.int64()


@pytest.mark.parametrize("rows", [[{"_step": 0, "a": {"b": 1}}], [{"_step": 1.5}]])
def test_the_fast_decoder_declines_what_it_cannot_type(rows: list[dict[str, object]]) -> None:
    payloads = [json.dumps(r).encode() for r in rows]
    assert _fast_table(payloads, np.zeros(len(rows), dtype=np.int64)) is None


ALWAYS = {"columnar_copy": True, "columnar_copy_min_bytes": 1}  # every copy written in finish


def _files(folder: Path) -> list[str]:
    return sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file())


def test_finish_writes_the_copy_of_its_stream_into_the_run(tmp_path: Path) -> None:
    with vizlog.init(dir=tmp_path, id="c", quiet=True, reinit="create_new",
                     settings=ALWAYS) as run:
        for s in range(20):
            run.log({"loss": 1.0 / (s + 1), "n": s})
        hist = run._history.key
    folder = tmp_path / "c"
    size = (folder / hist).stat().st_size
    stem = hist[len("history/"):-len(".rec")]
    copy = f"columnar/{stem}.{history_fingerprint([(hist, size)])}.parquet"
    assert _files(folder) == sorted([copy, hist, "run.json", "summary.json"])
    table = pq.read_table(folder / copy)
    meta = table.schema.metadata
    assert json.loads(meta[b"vizlog.columnar"]) == {"history": [[hist, size]], "version": 1}
    assert table.replace_schema_metadata(None).equals(history_table(open_backend(folder)))
    assert stream_copy_matches(meta, [(hist, size)])
    assert not stream_copy_matches(meta, [(hist, size + 1)])
    assert not stream_copy_matches({b"vizlog.columnar": b"{not json"}, [(hist, size)])


def test_a_run_of_plain_rows_over_the_bound_gets_its_copy(tmp_path: Path) -> None:
    """log()'s fast path writes records past HistoryWriter.append; finish() still sees the
    stream's size and, by default, starts the background process that writes the copy (under
    the default 1 MiB bound); finish() does not wait for it."""
    rng = np.random.default_rng(3)
    values = rng.normal(size=(1_800, 20)).tolist()
    with vizlog.init(dir=tmp_path, id="big", quiet=True, reinit="create_new") as run:
        for row in values:
            run.log({f"metric_{k:02d}": v for k, v in enumerate(row)})
        hist = run._history.key
    size = (tmp_path / "big" / hist).stat().st_size
    assert size > COPY_MIN_BYTES
    stem = hist[len("history/"):-len(".rec")]
    from vizlog import columnar

    (proc,) = [p for p in columnar._BACKGROUND if p.args[4] == hist]
    assert columnar.wait_stream_copies(timeout=120) >= 1  # this run's, maybe others'
    assert proc.returncode == 0 and proc not in columnar._BACKGROUND
    assert columnar.wait_stream_copies() == 0
    copy = f"{stem}.{history_fingerprint([(hist, size)])}.parquet"
    assert _files(tmp_path / "big" / "columnar") == [copy]  # whole, no temporary file left
    table = pq.read_table(tmp_path / "big" / "columnar" / copy)
    assert table.num_rows == 1_800 and table.column("metric_07").to_pylist() == \
        [row[7] for row in values]


def test_copies_are_deterministic_bytes(tmp_path: Path) -> None:
    run = _scalar_run(tmp_path, steps=40)
    objects = history_objects(open_backend(run))
    first = copy_bytes(history_table(open_backend(run)), objects)
    assert copy_bytes(history_table(open_backend(run)), objects) == first
    key = write_stream_copy(open_backend(run), objects[0][0])
    assert key is not None and (run / key).read_bytes() == first
    footer = pq.ParquetFile(run / key).metadata
    assert set(footer.metadata) == {b"ARROW:schema", b"vizlog.columnar"}  # no time stamps
    assert footer.created_by.startswith("parquet-cpp-arrow version")


def test_small_runs_and_the_off_switch_write_no_copy(tmp_path: Path) -> None:
    _scalar_run(tmp_path, "small", steps=50)  # under COPY_MIN_BYTES
    assert not (tmp_path / "small" / "columnar").exists()
    assert COPY_MIN_BYTES == 1 << 20
    with vizlog.init(dir=tmp_path, id="off", quiet=True, reinit="create_new",
                     settings={**ALWAYS, "columnar_copy": False}) as run:
        run.log({"a": 1})
        hist = run._history.key
    assert _files(tmp_path / "off") == [hist, "run.json", "summary.json"]
    assert write_stream_copy(open_backend(tmp_path / "off"), "history/none.rec") is None


def test_write_stream_copy_replaces_its_stale_copy_only(tmp_path: Path) -> None:
    run = _scalar_run(tmp_path, steps=10)
    backend = open_backend(run)
    (hist, _), = history_objects(backend)
    first = write_stream_copy(backend, hist)
    other = run / "columnar" / "other-stream.v1-0.parquet"
    other.write_bytes(b"someone else's")
    with open(run / hist, "ab") as fh:  # the stream grew after its copy
        fh.write(b"VZ")
    second = write_stream_copy(backend, hist)
    assert second is not None and second != first
    assert sorted(p.name for p in (run / "columnar").iterdir()) == \
        sorted([other.name, second.split("/")[1]])


def test_ranks_each_write_the_copy_of_their_own_stream(tmp_path: Path) -> None:
    runs = [vizlog.init(dir=tmp_path, id="g", rank=r, world_size=2, quiet=True,
                        reinit="create_new", settings=ALWAYS) for r in (0, 1)]
    for s in range(15):
        for r, run in enumerate(runs):
            run.log({"acc": 100 * r + s})
    for run in runs:
        run.finish()
    copies = sorted(p.name for p in (tmp_path / "g" / "columnar").iterdir())
    assert [c.split("-")[0] for c in copies] == ["rank0", "rank1"]
    for name in copies:
        t = pq.read_table(tmp_path / "g" / "columnar" / name)
        rank = int(name[4])
        assert t.column("_rank").to_pylist() == [rank] * 15
        assert t.column("acc").to_pylist() == [100 * rank + s for s in range(15)]


def test_streams_group_chunks_and_name_copies() -> None:
    objects = [("history/a.rec", 5), ("history/h-1-x.00000001.rec", 7),
               ("history/h-1-x.00000000.rec", 9), ("history/sub/b.rec", 1)]
    streams = history_streams(objects)
    assert streams == {"a": [("history/a.rec", 5)],
                       "h-1-x": [("history/h-1-x.00000000.rec", 9),
                                 ("history/h-1-x.00000001.rec", 7)],
                       "sub~b": [("history/sub/b.rec", 1)]}
    key = stream_copy_key("h-1-x", streams["h-1-x"])
    assert key == f"columnar/h-1-x.{history_fingerprint(streams['h-1-x'])}.parquet"


def test_a_run_in_s3_writes_its_copy_as_one_object(s3: Any) -> None:
    with vizlog.init(dir=s3.url("runs"), id="r", quiet=True, reinit="create_new",
                     settings=ALWAYS) as run:
        for s in range(30):
            run.log({"n": s})
    keys = [k for k in s3.keys("runs/r") if "/columnar/" in k]
    assert len(keys) == 1 and keys[0].endswith(".parquet")
    data = s3.fs().cat_file(f"{s3.bucket}/{keys[0]}")
    assert pq.read_table(pa.BufferReader(data)).column("n").to_pylist() == list(range(30))


def test_a_forked_child_writes_the_copy_of_its_own_stream(tmp_path: Path) -> None:
    run = vizlog.init(dir=tmp_path, id="f", quiet=True, reinit="create_new", settings=ALWAYS)
    run.log({"who": 0})
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child process
        code = 1
        try:
            run.log({"who": 1})
            run.finish()
            code = 0
        finally:
            os._exit(code)
    assert os.waitpid(pid, 0)[1] == 0
    run.finish()
    copies = sorted((tmp_path / "f" / "columnar").iterdir())
    assert sorted(pq.read_table(c).column("who").to_pylist() for c in copies) == [[0], [1]]
    assert len({c.name.rsplit(".", 2)[0] for c in copies}) == 2  # one per stream
