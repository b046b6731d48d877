"""vizlog.runlog.table_writer: a table streamed into a run in pieces."""

from __future__ import annotations

from pathlib import Path

import pyarrow as pa
import pytest

import vizlog
from tests.test_table import _cols, _img
from vizlog.errors import MediaError, RunStateError
from vizlog.media import _table_io
from vizlog.media.table import Table
from vizlog.runlog.table_writer import TableWriter


def test_table_writer_streams_pieces_into_the_same_file(runs_dir: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_table_io, "BATCH_ROWS", 1000)
    n = 5000
    whole = pa.table(_cols(n))
    with vizlog.init(dir=runs_dir) as run:
        run.log({"loss": 1.0})
        with TableWriter("stream", run) as w:
            for start, size in ((0, 1), (1, 2498), (2499, 2500), (4999, 1)):
                w.write(whole.slice(start, size))
        assert w.descriptor is not None and w.descriptor["nrows"] == n
    data = vizlog.open_run(run.dir)
    assert data.verify() == []
    desc = data.history[1]["stream"]
    assert desc["_type"] == "table-file" and f"stream_{data.history[1]['_step']}_" in desc["path"]
    assert (runs_dir / run.id / desc["path"]).read_bytes() == Table(whole).encode().data
    [(_, back)] = data.media("stream")
    assert back.to_arrow().column("id").to_pylist() == list(range(n))
    assert not list((runs_dir / run.id / "tables").glob(".tmp-*"))


def test_table_writer_media_cells_errors_and_abort(runs_dir: Path) -> None:
    with vizlog.init(dir=runs_dir) as run:
        with TableWriter("imgs") as w:  # the active run
            w.write([[_img(1), "a"]], columns=["img", "label"])
            w.write([[None, "b"], [_img(2), "c"]])
        w2 = TableWriter("bad", run)
        w2.write(pa.table({"a": [1]}))
        with pytest.raises(MediaError, match=r"piece 1 of 'bad': column 'a' is string, the first "
                                             r"piece had int64"):
            w2.write(pa.table({"a": ["x"]}))
        with pytest.raises(MediaError, match=r"piece 1 of 'bad' has columns \['b'\]"):
            w2.write(pa.table({"b": [1]}))
        with pytest.raises(RuntimeError, match="boom"), TableWriter("aborted", run) as w3:
            w3.write(pa.table({"a": [1]}))
            raise RuntimeError("boom")
        w2.abort()
        empty = TableWriter("empty", run).close()
        assert empty["nrows"] == 0
    data = vizlog.open_run(run.dir)
    assert data.verify() == [] and not list((runs_dir / run.id).rglob(".tmp-*"))
    keys = {k for row in data.history for k in row if not k.startswith("_")}
    assert keys == {"imgs", "empty"}
    back = data.media("imgs")[0][1]
    assert [type(c).__name__ for c in back.get_column("img")] == ["Image", "NoneType", "Image"]
    with pytest.raises(RunStateError, match=r"`TableWriter` needs a running run"):
        TableWriter("late", run)
