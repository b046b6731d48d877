"""vizlog.runlog.history: one writer per new file, header first, whole records; numbered
immutable chunks on storage that cannot append."""

from __future__ import annotations

import io
import math
import time

import pytest

from tests.fakes import no_append_backend
from vizlog import _json
from vizlog.format import frame, history_header, parse_records
from vizlog.runlog.history import HistoryWriter, plain_record
from vizlog.store import LocalBackend, MemoryBackend

ROWS = [{"_step": i, "loss": 1.0 / (i + 1)} for i in range(5)]


def test_writer_writes_header_then_records(tmp_path) -> None:
    backend = LocalBackend(tmp_path)
    w = HistoryWriter(backend, "history/h-1-abc.rec", "abc")
    for r in ROWS:
        w.append(r)
    w.close()
    found = parse_records((tmp_path / "history" / "h-1-abc.rec").read_bytes())
    assert (found.version, found.writer, found.rows, found.corruptions) == (2, "abc", ROWS, [])


def test_writer_on_memory_backend() -> None:
    backend = MemoryBackend()
    w = HistoryWriter(backend, "history/x.rec", "tok")
    w.append(ROWS[0])
    w.close()
    assert parse_records(backend.get("history/x.rec")).rows == [ROWS[0]]


def _chunks(backend: MemoryBackend | LocalBackend) -> list[str]:
    return backend.list("history")


def test_writer_on_storage_that_cannot_append_writes_numbered_chunks(tmp_path) -> None:
    backend = no_append_backend(tmp_path)
    rows = [{"_step": i, "x": "y" * 50} for i in range(20)]
    w = HistoryWriter(backend, "history/h-1-abc.rec", "abc", chunk_bytes=300,
                      chunk_seconds=3600)
    assert w.chunked
    for r in rows:
        w.append(r)
    w.close()
    names = _chunks(backend)
    assert names == [f"history/h-1-abc.{i:08d}.rec" for i in range(len(names))]
    sizes = [len(frame(_json.dumps(r).encode())) for r in rows]
    expected, size = 1, 0  # a chunk is put once its records reach 300 bytes; the rest at close
    for n in sizes[:-1]:
        size += n
        if size >= 300:
            expected, size = expected + 1, 0
    assert len(names) == expected == 5
    got = []
    for i, name in enumerate(names):
        found = parse_records(backend.get(name), name)
        assert (found.version, found.writer, found.chunk, found.corruptions) == \
            (3, "abc", i, [])
        got.extend(found.rows)
    assert got == rows


def test_chunks_are_written_after_chunk_seconds_without_more_records(tmp_path) -> None:
    backend = no_append_backend(tmp_path)
    w = HistoryWriter(backend, "history/h-1-t.rec", "t", chunk_bytes=1 << 20,
                      chunk_seconds=0.05)
    w.append(ROWS[0])
    deadline = time.monotonic() + 30
    while not _chunks(backend) and time.monotonic() < deadline:
        time.sleep(0.01)
    assert _chunks(backend) == ["history/h-1-t.00000000.rec"]
    w.append(ROWS[1])
    w.close()
    assert _chunks(backend) == ["history/h-1-t.00000000.rec", "history/h-1-t.00000001.rec"]
    assert parse_records(backend.get("history/h-1-t.00000001.rec")).rows == [ROWS[1]]


def test_an_empty_chunked_stream_still_has_chunk_zero() -> None:
    backend = MemoryBackend()
    backend.open_append = _refuse  # type: ignore[method-assign]
    w = HistoryWriter(backend, "history/e.rec", "e")
    w.close()
    found = parse_records(backend.get("history/e.00000000.rec"))
    assert (found.version, found.chunk, found.rows) == (3, 0, [])


def _refuse(key: str, *, durable: bool = False) -> None:
    raise io.UnsupportedOperation("no appends")


def test_a_lost_chunk_stops_the_stream() -> None:
    backend = MemoryBackend()
    backend.open_append = _refuse  # type: ignore[method-assign]
    real_put = backend.put
    fail = [True]

    def put(key: str, data: bytes, *, durable: bool = False) -> None:
        if fail[0]:
            raise OSError(28, "No space left on device")
        real_put(key, data)

    backend.put = put  # type: ignore[method-assign]
    w = HistoryWriter(backend, "history/f.rec", "f", chunk_bytes=10)
    with pytest.raises(OSError, match="No space"):
        w.append(ROWS[0])
    fail[0] = False
    with pytest.raises(OSError, match="No space"):  # never a chunk 1 after a lost chunk 0
        w.append(ROWS[1])
    with pytest.raises(OSError, match="No space"):
        w.close()
    assert backend.list() == []


def _plain_rows() -> list[dict[str, object]]:
    rng = __import__("random").Random(16)
    keys = ["loss", "acc", "Loss", "A", "_a", "_zz", "z", "", "x\"y", "_timestamps", "_runtimf"]
    values: list[object] = [0.5, -0.0, 1e300, 3, -7, True, False, None, "s", "q\"\\", 1e-7]
    return [{k: rng.choice(values) for k in rng.sample(keys, rng.randint(0, 4))}
            for _ in range(300)]


def test_plain_record_reads_back_as_the_general_record() -> None:
    """plain_record's bytes parse to the row plus the internal keys (times as us / 1e6), with
    the canonical key order; None exactly when keys fall on both sides of the internal keys or
    a float is not finite."""
    made = 0
    for i, row in enumerate([*_plain_rows(), {"a": float("nan")}, {"a": float("inf")}]):
        ts, rt = 1_795_700_911_930_000 + 37 * i, 1_000_003 * i - 5
        rec = plain_record(row, i, ts, rt)
        keys = sorted([*row, "_runtime", "_step", "_timestamp"])
        lo, hi = keys.index("_runtime"), keys.index("_timestamp")
        ok = all(isinstance(v, str) or v is None or math.isfinite(v) for v in row.values())
        assert (rec is not None) == (ok and hi - lo == 2 and (lo == 0 or hi == len(keys) - 1))
        if rec is None:
            continue
        made += 1
        got = parse_records(history_header("w") + rec).rows[0]
        expect = {**row, "_step": i, "_timestamp": ts / 1_000_000, "_runtime": rt / 1_000_000}
        assert list(got) == keys and got == expect
        assert all(type(got[k]) is type(v) for k, v in expect.items())
        assert rec[10:-4].decode().count("e-6") == 2
    assert made == 148  # of 302: the rest need the general path


def test_plain_record_frames_as_frame_does_and_refuses_lone_surrogates() -> None:
    """The inline framing gives frame()'s bytes, for a length seen before or not; a string
    that is not valid Unicode text gives None (the general path explains it)."""
    for row in ({"a": 0.5}, {"b": "x" * 1234}):
        for _ in range(2):
            rec = plain_record(row, 3, 1_000_000, 5)
            assert rec is not None
            assert rec == frame(rec[10:-4])
    assert plain_record({"a": "\udc80"}, 0, 1, 1) is None
    assert plain_record({"\udc80": 1}, 0, 1, 1) is None
    assert plain_record({"é": "ü"}, 0, 1, 1) is not None


def test_record_writer_writes_framed_records(tmp_path) -> None:
    """record_writer: a local file's raw write (returns the bytes written), the durable
    appender's write or the chunk buffer's add (None: all taken)."""
    for backend, fsync, raw in ((LocalBackend(tmp_path / "a"), False, True),
                                (LocalBackend(tmp_path / "b"), True, False),
                                (no_append_backend(tmp_path / "c"), False, False)):
        w = HistoryWriter(backend, "history/h-1-abc.rec", "abc", fsync=fsync)
        write = w.record_writer()
        rec = frame(_json.dumps(ROWS[0]).encode())
        assert write(rec) == (len(rec) if raw else None)
        w.append(ROWS[1])
        w.close()
        data = b"".join(backend.get(n) for n in sorted(backend.list("history")))
        assert parse_records(data).rows == ROWS[:2]


def test_write_rest_completes_a_short_write(tmp_path) -> None:
    backend = LocalBackend(tmp_path)
    w = HistoryWriter(backend, "history/h-1-abc.rec", "abc")
    write = w.record_writer()
    rec = frame(_json.dumps(ROWS[0]).encode())
    assert write(rec[:7]) == 7  # as if the kernel had taken 7 bytes of rec
    w.write_rest(rec, 7)
    w.close()
    assert parse_records(backend.get("history/h-1-abc.rec")).rows == ROWS[:1]


@pytest.mark.parametrize("backend", ["local", "memory"])
def test_written_counts_every_byte_before_and_after_close(tmp_path, backend) -> None:
    """A local stream's size comes from its open file (and is kept at close); every backend
    gives the same count as the bytes in the stream."""
    store = LocalBackend(tmp_path) if backend == "local" else MemoryBackend()
    hw = HistoryWriter(store, "history/w.rec", "w")
    hw.append({"a": 1})
    sink = hw.record_writer()
    sink(plain_record({"b": 2}, 1, 1_000_000, 2_000_000) or b"")
    size = len(store.get("history/w.rec"))
    assert size > 0 and hw.written == size
    hw.close()
    assert hw.written == size
