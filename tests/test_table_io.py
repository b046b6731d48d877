"""Tests for vizlog.media._table_io: the zero-copy packing of record batch columns writes the
same bytes as copying them with ``pa.concat_arrays`` (the file format does not change)."""

from __future__ import annotations

import datetime
import decimal
import io
import threading
from typing import Any

import numpy as np
import pyarrow as pa
import pytest

from vizlog.media import _table_io
from vizlog.media._table_io import _packed, write_bytes

N = 50
SLICES = [(0, N), (0, 13), (5, 13), (13, 37), (49, 1), (8, 0), (7, 43)]


def _values(rng: np.random.Generator) -> dict[str, pa.Array]:
    words = np.array(["", "a", "bb", "ccc", "dddd", "ééé"])[rng.integers(0, 6, N)].tolist()
    return {
        "int8": pa.array(rng.integers(-100, 100, N).astype(np.int8)),
        "int16": pa.array(rng.integers(-100, 100, N).astype(np.int16)),
        "int32": pa.array(rng.integers(-100, 100, N).astype(np.int32)),
        "int64": pa.array(rng.integers(-100, 100, N)),
        "uint8": pa.array(rng.integers(0, 200, N).astype(np.uint8)),
        "float16": pa.array(rng.normal(size=N).astype(np.float16)),
        "float32": pa.array(rng.normal(size=N).astype(np.float32)),
        "float64": pa.array(rng.normal(size=N)),
        "timestamp": pa.array(rng.integers(0, 10**12, N), pa.timestamp("us")),
        "date32": pa.array([datetime.date(2020, 1, 1 + i % 28) for i in range(N)]),
        "time64": pa.array(rng.integers(0, 10**9, N), pa.time64("ns")),
        "duration": pa.array(rng.integers(0, 10**6, N), pa.duration("s")),
        "decimal": pa.array([decimal.Decimal(f"{i}.{i % 100:02d}") for i in range(N)],
                            pa.decimal128(10, 2)),
        "fixed_binary": pa.array([bytes([i % 256] * 3) for i in range(N)], pa.binary(3)),
        "string": pa.array(words, pa.string()),
        "large_string": pa.array(words, pa.large_string()),
        "binary": pa.array([w.encode() for w in words], pa.binary()),
        "large_binary": pa.array([w.encode() for w in words], pa.large_binary()),
        "empty_strings": pa.array([""] * N, pa.string()),
    }


def _ipc(arr: pa.Array) -> bytes:
    batch = pa.RecordBatch.from_arrays([arr], names=["c"])
    sink = io.BytesIO()
    with pa.ipc.new_stream(sink, batch.schema, options=_table_io._options()) as w:
        w.write_batch(batch)
    return sink.getvalue()


@pytest.mark.parametrize("name", sorted(_values(np.random.default_rng(0))))
def test_packed_slices_are_the_copies_without_copying(name: str) -> None:
    arr = _values(np.random.default_rng(1))[name]
    for start, n in SLICES:
        piece = arr.slice(start, n)
        packed, copied = _packed(piece), pa.concat_arrays([piece])
        assert packed is not None, (name, start, n)
        packed.validate(full=True)
        assert packed.offset == 0 and packed.null_count == 0 and packed.buffers()[0] is None
        assert packed.equals(piece)
        # the same buffers, byte for byte and length for length, as the copy (validity aside:
        # the writer writes none without nulls)
        assert [b.to_pybytes() for b in packed.buffers()[1:]] == \
            [b.to_pybytes() for b in copied.buffers()[1:]], (name, start, n)
        assert _ipc(packed) == _ipc(copied), (name, start, n)
    values, packed = arr.buffers()[-1], _packed(arr.slice(5, 13))
    assert values is not None and packed is not None
    view = packed.buffers()[-1]  # a view of the input's values, not a copy
    assert values.address <= view.address <= values.address + values.size


@pytest.mark.parametrize("arr", [
    pa.array([1, None, 3] * 10),  # nulls
    pa.array(["a", None, "b"] * 10),
    pa.array([True, False] * 10),  # bits
    pa.array(["x", "y"] * 10).dictionary_encode(),
    pa.array([[1, 2], [3]] * 10),  # nested
    pa.array([{"a": 1}] * 10),
], ids=["int-nulls", "string-nulls", "bool", "dictionary", "list", "struct"])
def test_other_arrays_are_copied(arr: pa.Array) -> None:
    assert _packed(arr.slice(3, 10)) is None


def test_a_file_is_the_file_written_from_copies(monkeypatch: pytest.MonkeyPatch) -> None:
    """Sliced, multi-chunk and nullable columns across several batches: the file is the one the
    copy-everything writer gives."""
    rng = np.random.default_rng(3)
    n = 2_500
    words = np.array(["", "a", "bb", "ccc"])[rng.integers(0, 4, n)].tolist()
    ints = rng.integers(0, 1000, n)
    table = pa.table({
        "id": pa.chunked_array([ints[:700], ints[700:]]),  # a chunk boundary inside a batch
        "x": rng.normal(size=n), "s": words,
        "opt": pa.array([None if i % 7 == 0 else float(i) for i in range(n)]),
        "flag": rng.random(n) < 0.5,
    }).slice(3)
    monkeypatch.setattr(_table_io, "BATCH_ROWS", 1000)
    fast = write_bytes(table)
    calls: list[Any] = []

    def copy_only(arr: pa.Array) -> None:
        calls.append(arr)
        return None

    monkeypatch.setattr(_table_io, "_packed", copy_only)
    assert write_bytes(table) == fast and len(calls) > 0
    back = pa.ipc.open_file(pa.py_buffer(fast)).read_all()
    assert back.equals(table.replace_schema_metadata(_table_io.SCHEMA_METADATA))


def _table(n: int) -> pa.Table:
    rng = np.random.default_rng(5)
    return pa.table({"x": rng.normal(size=n),
                     "s": np.array(["a", "bb", "ccc"])[rng.integers(0, 3, n)].tolist()})


def _writers() -> list[str]:
    return [t.name for t in threading.enumerate() if t.name == "vizlog-table-write"]


@pytest.mark.parametrize("backlog", [0, 1 << 26])
def test_a_table_of_several_batches_is_written_by_a_helper_thread_in_order(
        monkeypatch: pytest.MonkeyPatch, backlog: int) -> None:
    monkeypatch.setattr(_table_io, "BATCH_ROWS", 1000)
    monkeypatch.setattr(_table_io, "BACKLOG_BYTES", backlog)
    table = _table(4_500)
    direct = io.BytesIO()  # the same writer without the helper thread
    writer = _table_io.CanonicalWriter(direct, table.schema)
    writer.write(table)
    writer.close()
    threads: set[str] = set()

    class Sink(io.BytesIO):
        def write(self, data: Any) -> int:
            threads.add(threading.current_thread().name)
            return super().write(data)

    sink = Sink()
    _table_io.write_table(table, sink)
    assert sink.getvalue() == direct.getvalue() == write_bytes(table)
    assert threads == {"vizlog-table-write"} and _writers() == []
    sink = Sink()
    threads.clear()
    _table_io.write_table(table.slice(0, 1000), sink)  # one batch: written by the caller
    assert threads == {threading.current_thread().name}


def test_a_failed_write_is_raised_and_nothing_is_written_after_it(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_table_io, "BATCH_ROWS", 1000)
    calls: list[int] = []

    class Full(io.BytesIO):
        def write(self, data: Any) -> int:
            calls.append(memoryview(data).nbytes)
            if len(calls) == 5:
                raise OSError(28, "No space left on device")
            return super().write(data)

    with pytest.raises((OSError, pa.ArrowException), match="No space left"):
        _table_io.write_table(_table(20_000), Full())
    assert len(calls) == 5 and _writers() == []
