"""vizlog.runlog.history: one writer per new file, header first, whole records."""

from __future__ import annotations

from vizlog.format import parse_records
from vizlog.runlog.history import HistoryWriter
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
