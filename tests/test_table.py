"""vizlog.media.table: construction forms, wandb methods, the Arrow file, media cells, scale,
determinism, bad input and golden outputs (TableWriter: tests/test_table_writer.py)."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import polars as pl
import pyarrow as pa
import pytest

import vizlog
from vizlog.errors import MediaError, UnsupportedInputError
from vizlog.media import _table_io
from vizlog.media.table import Table
from vizlog.runlog.writer import store_media
from vizlog.store import Store
from vizlog.testing import Golden

COLUMNS = ["id", "x", "name", "flag"]


def _cols(n: int, seed: int = 2) -> dict[str, Any]:
    rng = np.random.default_rng(seed)
    labels = np.array([f"label_{i:04d}" for i in range(50)])
    return {"id": np.arange(n, dtype=np.int64), "x": rng.normal(size=n),
            "name": labels[rng.integers(0, 50, size=n)], "flag": rng.random(n) < 0.5}


def _rows(n: int, seed: int = 2) -> list[list[Any]]:
    c = _cols(n, seed)
    return [list(r) for r in zip(*(c[k].tolist() for k in COLUMNS), strict=True)]


def _df(n: int, seed: int = 2) -> pd.DataFrame:
    return pd.DataFrame(_cols(n, seed))


def _img(seed: int, h: int = 6, w: int = 5) -> vizlog.Image:
    return vizlog.Image(np.random.default_rng(seed).integers(0, 256, (h, w, 3), dtype=np.uint8))


def _read(data: bytes) -> pa.Table:
    return pa.ipc.open_file(pa.py_buffer(data)).read_all()


def _arrow_equal(want: bytes, got: bytes) -> None:
    """Exact bytes; if a different zstd build compresses differently, the decoded schema
    (with metadata), values and batch layout must still be identical."""
    if want == got:
        return
    a, b = pa.ipc.open_file(pa.py_buffer(want)), pa.ipc.open_file(pa.py_buffer(got))
    assert a.schema.equals(b.schema, check_metadata=True), "schema differs"
    assert a.num_record_batches == b.num_record_batches, "batch layout differs"
    for i in range(a.num_record_batches):
        assert a.get_batch(i).equals(b.get_batch(i)), f"batch {i} differs"


# -- construction forms ----------------------------------------------------------------------------
def test_rows_infer_column_types() -> None:
    t = Table(columns=["i", "f", "s", "b", "n", "mix"],
              data=[[1, 1.5, "a", True, None, 1], [2, None, "b", False, None, 2.5]])
    assert t.columns == ["i", "f", "s", "b", "n", "mix"]
    assert t.column_types == {"i": "int64", "f": "double", "s": "string", "b": "bool",
                              "n": "null", "mix": "double"}
    assert (t.nrows, t.ncols, len(t)) == (2, 6, 2)
    assert t.data == [[1, 1.5, "a", True, None, 1.0], [2, None, "b", False, None, 2.5]]


def test_default_columns_and_int_names_are_wandb_like() -> None:
    assert Table().columns == ["Input", "Output", "Expected"]
    assert Table(data=[[1, 2, 3]]).columns == ["Input", "Output", "Expected"]
    assert Table(columns=[0, 1], data=[[1, 2]]).columns == ["0", "1"]
    assert Table(np.zeros((2, 4))).columns == ["0", "1", "2", "3"]


def test_every_construction_form_gives_the_same_file() -> None:
    n = 300
    c = _cols(n)
    forms = {
        "rows": Table(columns=COLUMNS, data=_rows(n)),
        "tuples": Table(columns=COLUMNS, rows=[tuple(r) for r in _rows(n)]),
        "dataframe": Table(dataframe=_df(n)),
        "data=df": Table(data=_df(n)),
        "arrow": Table(pa.table(c)),
        "batch": Table(pa.RecordBatch.from_pydict(c)),
        "polars": Table(pl.DataFrame(c)),
        "copy": Table(Table(pa.table(c))),
        "from_batches": Table.from_batches([pa.table(c).slice(0, 7), _df(n).iloc[7:]]),
    }
    added = Table(columns=COLUMNS)
    for row in _rows(n):
        added.add_data(*row)
    forms["add_data"] = added
    files = {k: t.encode().data for k, t in forms.items()}
    assert len(set(files.values())) == 1, {k: len(v) for k, v in files.items()}
    back = _read(files["rows"])
    assert back.column_names == COLUMNS
    assert back.column("id").to_pylist() == list(range(n))
    assert back.schema.metadata == {b"vizlog.format": b"table-file/1"}  # no pandas/versions


def test_ndarray_2d_and_object_arrays() -> None:
    arr = np.arange(12, dtype=np.float32).reshape(4, 3)
    t = Table(columns=["a", "b", "c"], data=arr)
    assert t.column_types == {"a": "float", "b": "float", "c": "float"}
    np.testing.assert_array_equal(t.get_column("b", convert_to="numpy"), arr[:, 1])
    obj = np.array([[1, "x"], [2, "y"]], dtype=object)
    assert Table(columns=["n", "s"], data=obj).column_types == {"n": "int64", "s": "string"}
    with pytest.raises(MediaError, match=r"`data` has 3 columns but `columns` names 2"):
        Table(columns=["a", "b"], data=arr)
    with pytest.raises(UnsupportedInputError, match=r"`data` must be a list of rows"):
        Table(columns=["a"], data="abc")


def test_pandas_frame_is_vectorised_for_a_million_rows(monkeypatch: pytest.MonkeyPatch) -> None:
    from vizlog.media import _table_types, table

    def no_python_typing(*a: Any, **k: Any) -> Any:
        raise AssertionError("per-value typing ran on a DataFrame of typed columns")

    monkeypatch.setattr(table, "build_column", no_python_typing)
    monkeypatch.setattr(_table_types, "_category", no_python_typing)
    df = _df(1_000_000)
    t0 = time.perf_counter()
    t = Table(dataframe=df)
    assert time.perf_counter() - t0 < 5.0
    assert t.nrows == 1_000_000
    assert t.column_types == {"id": "int64", "x": "double", "name": "string", "flag": "bool"}


def test_pandas_index_dropped_and_missing_values_are_nulls() -> None:
    df = pd.DataFrame({"a": [1.0, np.nan, 3.0], "s": ["x", None, "z"]}, index=[10, 20, 30])
    t = Table(dataframe=df)
    assert t.columns == ["a", "s"]
    assert t.get_column("a") == [1.0, None, 3.0] and t.get_column("s") == ["x", None, "z"]
    cat = Table(dataframe=pd.DataFrame({"c": pd.Categorical(["u", "v", "u"])}))
    assert cat.column_types["c"].startswith("dictionary<values=string")
    assert _read(cat.encode().data).column("c").to_pylist() == ["u", "v", "u"]


def test_pandas_object_column_of_images_becomes_a_media_column() -> None:
    imgs = [_img(1), None, _img(2)]
    t = Table(dataframe=pd.DataFrame({"img": imgs, "k": [1, 2, 3]}))
    assert t.column_types == {"img": "image-file", "k": "int64"}
    assert t.get_column("img")[0] is imgs[0]


def test_cells_lists_arrays_dicts_and_datetimes() -> None:
    when = dt.datetime(2024, 1, 2, 3, 4, 5)
    t = Table(columns=["vec", "mat", "d", "when", "day", "raw"],
              data=[[np.array([1.0, 2.0]), np.eye(2), {"a": 1, "b": "x"}, when,
                     dt.date(2024, 1, 2), b"\x00\x01"],
                    [np.array([3.0]), np.zeros((2, 2)), {"a": 2, "b": "y"}, None, None, None]])
    assert t.column_types["vec"] == "list<item: double>"
    assert t.column_types["mat"] == "list<item: list<item: double>>"
    assert t.column_types["d"] == "struct<a: int64, b: string>"
    assert t.column_types["when"] == "timestamp[us]" and t.column_types["day"] == "date32[day]"
    mat = t.get_column("mat")[0]  # array cells read back as arrays, as in wandb
    assert isinstance(mat, np.ndarray) and mat.dtype == np.float64
    np.testing.assert_array_equal(mat, np.eye(2))
    assert t.get_column("when") == [when, None] and t.get_column("raw") == [b"\x00\x01", None]


def test_dtype_and_optional_per_column() -> None:
    t = Table(columns=["a", "b", "c"], data=[[1, 2, "x"], [3, 4, "y"]],
              dtype=[float, np.int8, pa.large_string()], optional=[True, False, True])
    assert t.column_types == {"a": "double", "b": "int8", "c": "large_string"}
    schema = _read(t.encode().data).schema
    assert schema.field("b").nullable is False and schema.field("a").nullable is True
    with pytest.raises(MediaError, match=r"column 'b' is not optional but row 1 is null"):
        Table(columns=["a", "b"], data=[[1, 2], [3, None]], optional=[True, False])
    with pytest.raises(MediaError, match=r"column 'a' has dtype int64 but row 1 holds str"):
        Table(columns=["a"], data=[[1], ["x"]], dtype=int)
    with pytest.raises(MediaError, match=r"`dtype` for column 'a' must be"):
        Table(columns=["a"], data=[[1]], dtype=[set()])
    with pytest.raises(MediaError, match=r"`optional` must be one value or one per column"):
        Table(columns=["a"], data=[[1]], optional=[True, False])
    with pytest.raises(MediaError, match=r"column 'img' has dtype Image but row 0 holds str"):
        Table(columns=["img"], data=[["nope"]], dtype=vizlog.Image)


def test_allow_mixed_types_stores_json_cells(runs_dir: Path) -> None:
    img = _img(3)
    t = Table(columns=["m", "k"], data=[[1, "a"], ["two", "b"], [None, "c"], [img, "d"],
                                        [{"x": [1.5, float("nan")]}, "e"]],
              allow_mixed_types=True)
    assert t.column_types == {"m": "mixed", "k": "string"}
    with vizlog.init(dir=runs_dir) as run:
        run.log({"t": t})
    data = vizlog.open_run(run.dir)
    assert data.verify() == []
    desc = data.history[0]["t"]
    raw = pa.ipc.open_file(runs_dir / run.id / desc["path"]).read_all()
    field = raw.schema.field("m")
    assert field.metadata == {b"vizlog.encoding": b"json"} and field.type == pa.string()
    cells = raw.column("m").to_pylist()
    assert cells[:3] == ["1", '"two"', None]
    assert json.loads(cells[3])["_type"] == "image-file"
    assert json.loads(cells[4]) == {"x": [1.5, {"_type": "float", "value": "NaN"}]}
    [(_, back)] = data.media("t")
    values = back.get_column("m")
    assert values[:3] == [1, "two", None]
    np.testing.assert_array_equal(np.asarray(values[3]), np.asarray(img))
    assert values[4]["x"][0] == 1.5 and np.isnan(values[4]["x"][1])


# -- wandb methods -------------------------------------------------------------------------------
def test_add_data_checks_types_and_promotes_ints_to_floats() -> None:
    t = Table(columns=["a", "b", "c"])
    t.add_data(1, "x", None)
    t.add_data(2.5, "y", None)     # int column -> double
    t.add_data(3, None, 7)        # all-null column takes its first type
    assert t.column_types == {"a": "double", "b": "string", "c": "int64"}
    assert t.get_column("a") == [1.0, 2.5, 3.0] and t.get_column("c") == [None, None, 7]
    with pytest.raises(MediaError, match=r"column 'b' holds string but `add_data` row 3 gives "
                                         r"int 5"):
        t.add_data(4, 5, 1)
    with pytest.raises(MediaError, match=r"`add_data` needs 3 values .* got 2 for row 3"):
        t.add_data(1, 2)
    assert t.nrows == 3  # failed rows leave nothing behind
    with pytest.raises(MediaError, match=r"column 'a' holds double but `add_data` row 3 gives "
                                         r"Image"):
        t.add_data(_img(1), "z", 1)
    mixed = Table(columns=["v"], allow_mixed_types=True)
    for v in (1, "s", _img(2)):
        mixed.add_data(v)
    assert mixed.column_types == {"v": "mixed"}


def test_add_data_media_columns() -> None:
    t = Table(columns=["img", "label"])
    t.add_data(None, "none")
    t.add_data(_img(1), "cat")
    assert t.column_types == {"img": "image-file", "label": "string"}
    with pytest.raises(MediaError, match=r"column 'img' holds image-file but `add_data` row 2 "
                                         r"gives str"):
        t.add_data("nope", "x")
    assert t.add_row is not None


def test_add_column_get_column_index_and_iterrows() -> None:
    t = Table(columns=["a"], data=[[1], [2], [3]])
    t.add_column("b", np.array([0.5, 1.5, 2.5]))
    t.add_column("c", pd.Series(["x", "y", "z"]))
    t.add_column("d", pa.array([True, False, True]))
    t.add_column(5, [[1, 2], [3], []])
    t.add_column("img", [_img(1), _img(2), _img(3)])
    assert t.columns == ["a", "b", "c", "d", "5", "img"]
    assert t.column_types["5"] == "list<item: int64>"
    np.testing.assert_array_equal(t.get_column("b", convert_to="numpy"), [0.5, 1.5, 2.5])
    assert t.get_column("img", convert_to="numpy").shape == (3, 6, 5, 3)
    assert t.get_index() == [0, 1, 2] and t.index_ref(2) == 2
    rows = list(t.iterrows())
    assert [i for i, _ in rows] == [0, 1, 2] and rows[1][1][:4] == [2, 1.5, "y", False]
    with pytest.raises(MediaError, match=r"`data` for column 'e' has 2 values; the table has 3"):
        t.add_column("e", [1, 2])
    with pytest.raises(MediaError, match=r"`name` 'a' is already a column"):
        t.add_column("a", [1, 2, 3])
    with pytest.raises(MediaError, match=r"column 'e' is not optional but row 1 is null"):
        t.add_column("e", [1, None, 3])
    with pytest.raises(MediaError, match=r"no column 'zz'; columns are \['a'"):
        t.get_column("zz")
    with pytest.raises(MediaError, match=r"`index` must be in 0\.\.2"):
        t.index_ref(3)


def test_add_computed_columns_get_dataframe_and_cast() -> None:
    t = Table(columns=["a", "b"], data=[[1, 2], [3, 4]])
    t.add_computed_columns(lambda i, row: {"sum": row["a"] + row["b"], "i": i})
    assert t.get_column("sum") == [3, 7] and t.get_column("i") == [0, 1]
    t.cast("a", float)
    assert t.column_types["a"] == "double"
    t.add_column("img", [_img(1), None], optional=True)
    df = t.get_dataframe()
    assert list(df.columns) == ["a", "b", "sum", "i", "img"]
    assert df["a"].tolist() == [1.0, 3.0] and df["img"].iloc[1] is None
    s = Table(columns=["s"], data=[["1"], ["x"]])
    with pytest.raises(MediaError, match=r"column 's' cannot be cast to int64: row 1 holds str"):
        s.cast("s", int)
    s.cast("s", "mixed")
    assert s.column_types == {"s": "mixed"}
    with pytest.raises(MediaError, match=r"`fn` must return a dict with the same keys"):
        t.add_computed_columns(lambda i, row: {"k": 1} if i == 0 else {"j": 2})


def test_from_batches_checks_columns_and_types() -> None:
    t = Table.from_batches([[[1, "a", 0]], [[2.5, "b", 1]]])
    assert t.columns == ["Input", "Output", "Expected"] and t.get_column("Input") == [1.0, 2.5]
    with pytest.raises(MediaError, match=r"batch 1 has columns \['b'\]; the table has \['a'\]"):
        Table.from_batches([pa.table({"a": [1]}), pa.table({"b": [1]})])
    with pytest.raises(MediaError, match=r"column 'a': batch 1 has type string, the table has "
                                         r"int64 \(row 1 on\)"):
        Table.from_batches([pa.table({"a": [1]}), pa.table({"a": ["x"]})])
    with pytest.raises(MediaError, match=r"`batches` is empty"):
        Table.from_batches([])
    first = Table(columns=["a"], data=[[1]])
    both = Table.from_batches([first, Table(columns=["a"], data=[[2]])])
    assert (first.nrows, both.nrows) == (1, 2)  # the input is not changed


def test_column_names_from_numpy_or_pandas_and_repr() -> None:
    t = Table(columns=np.array(["a", "b"]), data=[[1, 2]])
    assert t.columns == ["a", "b"] and type(t.columns[0]) is str
    assert Table(columns=pd.Index(["u"]), data=[[1]]).columns == ["u"]
    assert repr(t) == "<vizlog.Table 1 rows x 2 columns [a, b]>"
    with pytest.raises(MediaError, match=r"`columns` must be a list of column names; got str"):
        Table(columns="ab", data=[[1, 2]])


def test_logged_table_is_snapshotted_at_log_time(runs_dir: Path) -> None:
    t = Table(columns=["a"], data=[[1]])
    with vizlog.init(dir=runs_dir) as run:
        run.log({"t": t})
        for i in range(200):
            t.add_data(i)
        run.log({"t": t})
    data = vizlog.open_run(run.dir)
    assert [back.nrows for _, back in data.media("t")] == [1, 201]


# -- the stored file -------------------------------------------------------------------------------
def test_file_reads_with_plain_pyarrow_and_polars_without_vizlog(tmp_path: Path) -> None:
    t = Table(columns=["id", "name", "img"],
              data=[[1, "a", _img(1)], [2, None, None], [3, "c", _img(2)]])
    desc = store_media(Store(tmp_path), "t", 0, t)
    path = tmp_path / desc["path"]
    code = (
        "import sys, json, pyarrow.ipc as ipc, polars as pl\n"
        f"t = ipc.open_file({str(path)!r}).read_all()\n"
        f"df = pl.read_ipc({str(path)!r})\n"
        "assert 'vizlog' not in sys.modules\n"
        "cells = [json.loads(c) if c else None for c in t.column('img').to_pylist()]\n"
        "print(json.dumps([t.column('id').to_pylist(), df['name'].to_list(),\n"
        "                  [c and c['path'] for c in cells],\n"
        "                  t.schema.field('img').metadata[b'vizlog.media_type'].decode()]))\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, cwd=tmp_path)
    ids, names, paths, mtype = json.loads(out.stdout)
    assert ids == [1, 2, 3] and names == ["a", None, "c"] and mtype == "image-file"
    assert paths[1] is None and all((tmp_path / p).is_file() for p in (paths[0], paths[2]))


def test_descriptor_fields_and_compression(tmp_path: Path) -> None:
    t = Table(pa.table({"z": np.zeros(200_000), "s": ["same"] * 200_000}))
    enc = t.encode()
    assert enc.ext == "arrow" and enc.kind == "tables"
    assert enc.fields == {"_type": "table-file", "columns": ["z", "s"],
                          "column_types": {"z": "double", "s": "string"}, "ncols": 2,
                          "nrows": 200_000, "log_mode": "IMMUTABLE", "format": "arrow",
                          "compression": "zstd"}
    assert enc.data is not None and len(enc.data) < 3_200_000 / 5  # raw buffers: 3.2 MB
    reader = pa.ipc.open_file(pa.py_buffer(enc.data))
    assert [reader.get_batch(i).num_rows for i in range(reader.num_record_batches)] == \
        [_table_io.BATCH_ROWS, 200_000 - _table_io.BATCH_ROWS]
    desc = store_media(Store(tmp_path), "a/b", 3, t)
    assert desc["path"].startswith("tables/a/b_3_") and desc["path"].endswith(".arrow")


def test_media_cells_round_trip_through_a_run(runs_dir: Path) -> None:
    imgs = [_img(i) for i in range(3)]
    t = Table(columns=["img", "label", "score"])
    for i, img in enumerate(imgs):
        t.add_data(img, f"c{i}", i / 2)
    t.add_data(imgs[0], "again", None)  # one object twice: stored once
    t.add_data(None, "none", 1.0)
    with vizlog.init(dir=runs_dir) as run:
        run.log({"preds": t})
    data = vizlog.open_run(run.dir)
    assert data.verify() == []
    assert len(list((runs_dir / run.id / "media" / "images").glob("*.png"))) == 3
    [(step, back)] = data.media("preds")
    assert step == 0 and back.columns == ["img", "label", "score"]
    cells = back.get_column("img")
    assert cells[4] is None
    for got, want in zip(cells[:4], [*imgs, imgs[0]], strict=True):
        assert isinstance(got, vizlog.Image)
        np.testing.assert_array_equal(got.to_numpy(), want.to_numpy())
    assert back.get_column("score") == [0.0, 0.5, 1.0, None, 1.0]
    stored = back.to_arrow()
    assert json.loads(stored.column("img")[0].as_py())["path"].startswith("media/images/")
    assert "preds" in data.summary and data.summary["preds"]["nrows"] == 5


def test_a_read_back_table_logs_again_into_another_run(runs_dir: Path) -> None:
    t = Table(columns=["img", "n"], data=[[_img(1), 1], [None, 2]])
    with vizlog.init(dir=runs_dir, id="first") as run:
        run.log({"t": t})
    back = vizlog.open_run(run.dir).media("t")[0][1]
    with vizlog.init(dir=runs_dir, id="second") as run2:
        run2.log({"t": back})
    again = vizlog.open_run(run2.dir)
    assert again.verify() == []
    assert again.history[0]["t"]["sha256"] == vizlog.open_run(run.dir).history[0]["t"]["sha256"]


def test_dataframe_logged_directly_becomes_a_table(runs_dir: Path) -> None:
    with vizlog.init(dir=runs_dir) as run:
        run.log({"df": _df(20), "pl": pl.DataFrame({"a": [1, 2]}), "pa": pa.table({"b": [1]})})
    row = vizlog.open_run(run.dir).history[0]
    assert {row[k]["_type"] for k in ("df", "pl", "pa")} == {"table-file"}
    assert row["df"]["nrows"] == 20 and row["df"]["columns"] == COLUMNS


def test_no_row_cap(runs_dir: Path) -> None:
    n = 250_001
    with vizlog.init(dir=runs_dir) as run:
        run.log({"big": Table(dataframe=_df(n))})
    [(_, back)] = vizlog.open_run(run.dir).media("big")
    assert back.nrows == n and back.get_column("id")[-1] == n - 1
    assert Table.MAX_ROWS is None


def test_same_table_same_bytes_and_no_volatile_metadata() -> None:
    a = Table(dataframe=_df(1000)).encode()
    b = Table(dataframe=_df(1000)).encode()
    assert a.data == b.data and a.fields == b.fields
    assert b"pandas" not in (a.data or b"") and pa.__version__.encode() not in (a.data or b"")


# -- bad input -------------------------------------------------------------------------------------
@pytest.mark.parametrize(("make", "pattern"), [
    (lambda: Table(columns=["a", "b"], data=[[1, 2], [3, 4], [5]]),
     r"every row of `data` must have 2 values .*row 2 has 1"),
    (lambda: Table(columns=["a", "b"], data=[[1, 2], "ab"]), r"row 1 is str"),
    (lambda: Table(columns=["a", "a"]), r"column 0 and column 1 are both named 'a'"),
    (lambda: Table(dataframe=pd.DataFrame([[1, 2]], columns=["x", "x"])),
     r"both named 'x'"),
    (lambda: Table(columns=["a"], data=[[1], [2], ["x"]]),
     r"column 'a' mixes types: row 0 is number but row 2 is str"),
    (lambda: Table(columns=["a"], data=[[None], [True], [1]]),
     r"column 'a' mixes types: row 1 is bool but row 2 is number"),
    (lambda: Table(columns=["a", "img"], data=[[1, _img(1)], [2, "x"]]),
     r"column 'img' mixes types: row 0 is Image but row 1 is str"),
    (lambda: Table(columns=["o"], data=[[1j]]), r"column 'o' row 0 holds complex"),
    (lambda: Table(dataframe=pd.DataFrame({"k": [1, 2], "o": [object(), object()]})),
     r"column 'o' row 0 holds object .*no Arrow type"),
    (lambda: Table(columns=["s"], data=[[1], [object()]], allow_mixed_types=True),
     r"column 's' row 1 holds object .*no Arrow type and no JSON form"),
    (lambda: Table(columns=[1.5]), r"`columns` entries must be str or int; column 0 is float"),
    (lambda: Table(columns=["a"], log_mode="SOMETIMES"), r"`log_mode` must be one of"),
    (lambda: Table(columns=["a"], data=[[1]], rows=[[2]]), r"`data` and `rows` were both"),
    (lambda: Table(data=pa.table({"a": [1]}), columns=["b"]),
     r"differ from the frame's columns"),
])
def test_bad_input_names_the_column_and_row(make: Any, pattern: str) -> None:
    with pytest.raises(MediaError, match=pattern):
        make()


# -- golden ---------------------------------------------------------------------------------------
def _golden_table(golden: Golden, case: str, t: Table) -> None:
    enc = t.encode()
    assert enc.data is not None
    golden.check(f"table/{case}", descriptor=enc.fields, files={"table.arrow": enc.data},
                 compare={"table.arrow": _arrow_equal})


@pytest.mark.parametrize("form", ["rows", "dataframe", "arrow", "polars", "ndarray"])
def test_golden_construction_forms(golden: Golden, form: str) -> None:
    c = _cols(12, seed=5)
    if form == "rows":
        t = Table(columns=COLUMNS, data=_rows(12, seed=5))
    elif form == "dataframe":
        t = Table(dataframe=pd.DataFrame(c))
    elif form == "arrow":
        t = Table(pa.table(c))
    elif form == "polars":
        t = Table(pl.DataFrame(c))
    else:
        t = Table(columns=["a", "b", "c"],
                  data=np.random.default_rng(5).normal(size=(12, 3)).astype(np.float32))
    _golden_table(golden, form, t)


def test_golden_mixed_and_nullable(golden: Golden) -> None:
    t = Table(columns=["m", "opt", "req"],
              data=[[1, None, "a"], ["x", 2.5, "b"], [None, float("inf"), "c"],
                    [[1, 2], None, "d"]],
              allow_mixed_types=True, optional=[True, True, False])
    _golden_table(golden, "mixed_nullable", t)


def _mask_cell_files(data: bytes) -> bytes:
    """The Arrow file with the content-derived fields (path, sha256, size) of media cells
    blanked: PNG bytes, and so those fields, may change with the zlib build; pixels may not."""
    import json

    t = _read(data)
    cols = []
    for name in t.column_names:
        col = t.column(name)
        meta = t.schema.field(name).metadata or {}
        if meta.get(b"vizlog.encoding") == b"media":
            vals = [None if v is None else json.dumps(
                {k: x for k, x in json.loads(v).items() if k not in ("path", "sha256", "size")},
                sort_keys=True) for v in col.to_pylist()]
            col = pa.chunked_array([pa.array(vals, pa.string())])
        cols.append(col)
    sink = pa.BufferOutputStream()
    masked = pa.table(cols, schema=t.schema)
    with pa.ipc.new_file(sink, masked.schema) as w:
        w.write_table(masked)
    return sink.getvalue().to_pybytes()


def test_golden_media_cells(golden: Golden, tmp_path: Path) -> None:
    from vizlog.testing import pixels_equal

    t = Table(columns=["img", "label"], data=[[_img(11, 4, 3), "a"], [None, "b"],
                                              [_img(12, 4, 3), "c"]])
    desc = store_media(Store(tmp_path), "preds", 0, t)
    arrow = (tmp_path / desc["path"]).read_bytes()
    cells = _read(arrow).column("img").to_pylist()
    files = {}
    for row, cell in enumerate(cells):  # every cell points at its complete file
        if cell is None:
            continue
        d = json.loads(cell)
        data = (tmp_path / d["path"]).read_bytes()
        assert (len(data), hashlib.sha256(data).hexdigest()) == (d["size"], d["sha256"])
        assert d["path"].startswith("media/images/preds_0_")
        files[f"cell-{row}.png"] = data
    files["table.arrow"] = _mask_cell_files(arrow)
    fields = {k: v for k, v in desc.items() if k not in ("path", "sha256", "size")}
    golden.check("table/media_cells", descriptor=fields, files=files,
                 compare={"table.arrow": _arrow_equal,
                          **{n: pixels_equal for n in files if n.endswith(".png")}})


def test_ndarray_cells_round_trip_as_arrays(runs_dir: Path) -> None:
    rng = np.random.default_rng(4)
    cubes = [rng.random((2, 3, 4)).astype(np.float32) for _ in range(3)]
    masks = [rng.integers(0, 5, size=(4, 4), dtype=np.uint8), None,
             rng.integers(0, 5, size=(2, 2), dtype=np.uint8)]
    t = Table(columns=["cube", "mask", "vec"],
              data=[[c, m, np.arange(i + 1, dtype=np.int16)]
                    for i, (c, m) in enumerate(zip(cubes, masks, strict=True))])
    t.add_data(cubes[0], None, np.array([7], np.int16))
    with vizlog.init(dir=runs_dir) as run:
        run.log({"t": t})
    [(_, back)] = vizlog.open_run(run.dir).media("t")
    field = back.to_arrow().schema.field("cube")
    assert field.metadata[b"vizlog.ndarray"] == b"float32"
    got = back.get_column("cube")
    assert all(isinstance(g, np.ndarray) and g.dtype == np.float32 for g in got)
    for g, want in zip(got, [*cubes, cubes[0]], strict=True):
        np.testing.assert_array_equal(g, want)
    assert back.get_column("cube", convert_to="numpy").shape == (4, 2, 3, 4)
    m = back.get_column("mask")
    assert m[1] is None and m[3] is None and m[2].dtype == np.uint8
    np.testing.assert_array_equal(m[0], masks[0])
    vec = [row[2] for _, row in back.iterrows()]
    assert [v.tolist() for v in vec] == [[0], [0, 1], [0, 1, 2], [7]]
    assert vec[0].dtype == np.int16
    assert isinstance(back.get_dataframe()["cube"][0], np.ndarray)


def test_set_pk_and_set_fk_are_recorded_and_read_back(runs_dir: Path) -> None:
    users = Table(columns=["id", "name"], data=[["u1", "ann"], ["u2", "bob"]])
    users.set_pk("id")
    users.set_pk("id")  # idempotent
    orders = Table(columns=["oid", "user", "n"], data=[["o1", "u1", 3], ["o2", "u2", 1]])
    orders.set_pk("oid")
    orders.set_fk("user", users, "id")
    desc = orders.descriptor_fields()
    assert desc["primary_key"] == "oid"
    assert desc["foreign_keys"] == {"user": {"column": "id", "table_columns": ["id", "name"]}}
    assert "primary_key" not in Table(columns=["a"], data=[["x"]]).descriptor_fields()
    bad = orders.snapshot_for_log()
    with pytest.raises(MediaError, match=r"not optional"):
        bad.add_data("o3", None, 2)
        bad.column_types  # noqa: B018 (flushes the pending row)
    with vizlog.init(dir=runs_dir) as run:
        run.log({"orders": orders, "users": users})
    data = vizlog.open_run(run.dir)
    [(_, back)] = data.media("orders")
    schema = back.to_arrow().schema
    assert schema.field("oid").metadata == {b"vizlog.key": b"primary"}
    assert schema.field("user").metadata == {b"vizlog.key": b"foreign",
                                             b"vizlog.fk_column": b"id"}
    assert back.descriptor_fields()["primary_key"] == "oid"
    assert back.descriptor_fields()["foreign_keys"] == {"user": {"column": "id"}}
    [row] = list(data.rows("orders"))
    assert row["orders"]["primary_key"] == "oid"


def test_key_misuse_raises_wandb_error_types() -> None:
    from vizlog.errors import MediaTypeError, TableKeyError

    t = Table(columns=["id", "n", "maybe", "ref"],
              data=[["a", 1, "x", "r"], ["b", 2, None, "s"]])
    other = Table(columns=["key"], data=[["r"], ["s"]])
    cases: list[tuple[Any, type[Exception], str]] = [
        (lambda: t.set_pk("nope"), AssertionError, r"`col_name` 'nope' is not a column"),
        (lambda: t.set_pk("n"), TypeError, r"holds int64; a primary key column must hold str"),
        (lambda: t.set_pk("maybe"), AssertionError, r"null cells; a primary key cannot be"),
        (lambda: t.set_fk("ref", t, "id"), AssertionError, r"must point at another table"),
        (lambda: t.set_fk("ref", other, "zz"), AssertionError, r"`table_col` 'zz' is not"),
        (lambda: t.set_fk("ref", [1], "key"), AssertionError, r"must be a vizlog.Table"),
    ]
    for call, builtin, pattern in cases:
        with pytest.raises(builtin, match=pattern) as info:
            call()
        assert isinstance(info.value, (MediaTypeError, TableKeyError))
        assert isinstance(info.value, ValueError)  # still a MediaError
    t.set_pk("id")
    with pytest.raises(TableKeyError, match=r"multiple primary keys"):
        t.set_pk("ref")
    with pytest.raises(TableKeyError, match=r"is the primary key; it cannot also be a foreign"):
        t.set_fk("id", other, "key")
    t.set_fk("ref", other, "key")
    with pytest.raises(TableKeyError, match=r"multiple primary keys"):
        t.set_pk("ref")


def test_misuse_error_types_match_wandb() -> None:
    t = Table(columns=["a", "b"], data=[[1, "x"]])
    with pytest.raises(ValueError, match=r"`add_data` needs 2 values"):
        t.add_data(1)
    with pytest.raises(TypeError, match=r"column 'a' holds int64 but `add_data` row 1"):
        t.add_data("text", "y")
        t.column_types  # noqa: B018
    with pytest.raises(TypeError, match=r"mixes types"):
        Table(columns=["a"], data=[[1], ["x"]])
    with pytest.raises(TypeError, match=r"cannot be cast to int64"):
        Table(columns=["a"], data=[["x"]]).cast("a", int)
    # where wandb asserts, vizlog raises a MediaError that is also an AssertionError
    with pytest.raises(AssertionError, match=r"`name` 'a' is already a column"):
        t.add_column("a", [1])
    with pytest.raises(AssertionError, match=r"has 3 values; the table has 1 rows"):
        t.add_column("c", [1, 2, 3])
    with pytest.raises(AssertionError, match=r"no column 'zz'"):
        t.get_column("zz")
    with pytest.raises(AssertionError, match=r"`convert_to` must be None or 'numpy'"):
        t.get_column("a", convert_to="pandas")


@pytest.mark.parametrize("value", [np.float16(1.5), np.float32(1.5), np.float64(1.5),
                                   np.int8(-3), np.uint64(2**64 - 1), np.bool_(True),
                                   np.datetime64("2024-01-02T03:04:05"), np.timedelta64(5, "s"),
                                   np.str_("hi"), np.bytes_(b"hi")],
                         ids=lambda v: type(v).__name__)
def test_numpy_scalar_cells_are_stored(value: Any) -> None:
    t = Table(columns=["a"], data=[[value]])
    t.add_data(value)
    assert t.nrows == 2 and len(t.encode().data or b"") > 0
    assert t.get_column("a")[0] == t.get_column("a")[1]


@pytest.mark.parametrize("value", [np.longdouble(1.5), np.complex64(1j), np.void(b"\x00")],
                         ids=lambda v: type(v).__name__)
def test_numpy_scalars_without_arrow_type_are_refused_cleanly(value: Any) -> None:
    with pytest.raises(TypeError, match=r"has no Arrow type"):
        Table(columns=["a"], data=[[value]])


def test_ndarray_cells_added_to_an_empty_table_read_back_as_arrays() -> None:
    t = Table(columns=["id", "emb"])
    for i in range(3):
        t.add_data(f"r{i}", np.full((2, 4), i, np.float32))
    got = t.get_column("emb")
    assert [g.dtype for g in got] == [np.float32] * 3 and got[2].shape == (2, 4)
    assert t.to_arrow().schema.field("emb").metadata == {b"vizlog.ndarray": b"float32"}
    lists = Table(columns=["v"], data=[[[1.0, 2.0]]])
    lists.add_data(np.array([3.0, 4.0]))
    first = lists.get_column("v")[0]  # once a cell is an array, the column reads back as arrays
    assert isinstance(first, np.ndarray) and first.tolist() == [1.0, 2.0]


def test_the_store_streams_the_same_file_encode_gives(tmp_path: Path) -> None:
    """encode() hands the store a writer (the IPC file goes to disk batch by batch); the stored
    file is byte for byte encode().data, named by its sha256."""
    rng = np.random.default_rng(4)
    n = _table_io.BATCH_ROWS * 2 + 5
    t = Table(dataframe=pd.DataFrame({"x": rng.normal(size=n),
                                      "s": np.array(["a", "bb", "ccc"])[rng.integers(0, 3, n)]}))
    enc = t.encode()
    assert enc.writer is not None and enc.buffers() is None
    desc = store_media(Store(tmp_path), "t", 0, t)
    stored = (tmp_path / desc["path"]).read_bytes()
    assert stored == enc.data and desc["size"] == len(stored)
    assert desc["sha256"] == hashlib.sha256(stored).hexdigest()


def test_a_disk_error_while_the_helper_thread_writes_leaves_no_file(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A table of several batches is written to the store by a helper thread: a failed write
    there is raised by the store's put, and no file (not even the temporary one) is left."""
    from vizlog.store import local

    monkeypatch.setattr(_table_io, "BATCH_ROWS", 1000)
    real = local._write_all
    calls: list[int] = []

    def failing(fd: int, data: Any) -> None:
        calls.append(len(memoryview(data)))
        if len(calls) == 3:
            raise OSError(28, "No space left on device")
        real(fd, data)

    monkeypatch.setattr(local, "_write_all", failing)
    rng = np.random.default_rng(6)
    t = Table(pa.table({"x": rng.normal(size=50_000), "i": np.arange(50_000)}))
    with pytest.raises((OSError, pa.ArrowException), match="No space left"):
        store_media(Store(tmp_path), "t", 0, t)
    assert len(calls) == 3 and [p for p in tmp_path.rglob("*") if p.is_file()] == []
