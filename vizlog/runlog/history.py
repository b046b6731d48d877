"""The writer of one history file: framed records appended through the storage interface.

The format (framing, header, naming, the reader) is :mod:`vizlog.format`'s. A writer owns its file:
it is created new with a header naming the format version and this writer's token, and no other
writer ever appends to it (a resumed or forked process gets a file of its own). A record is written
with one unbuffered write once every file it references is complete, so after a process crash a
record is either whole or a torn tail, which the reader ignores.
"""

from __future__ import annotations

import threading
from typing import Any

from vizlog import _json
from vizlog.format import frame, history_header
from vizlog.store import Backend

__all__ = ["HistoryWriter"]


class HistoryWriter:
    """Appends framed records to one new history file; safe across threads."""

    def __init__(self, backend: Backend, key: str, writer: str, fsync: bool = False,
                 rank: int | None = None) -> None:
        self.key = key
        self._out = backend.open_append(key, durable=fsync)
        self._lock = threading.Lock()
        self._out.write(history_header(writer, rank))

    def append(self, row: dict[str, Any]) -> None:
        """Write one row as a record; returns once the bytes are handed to the backend."""
        rec = frame(_json.dumps(row).encode("utf-8"))
        with self._lock:
            self._out.write(rec)

    def close(self) -> None:
        with self._lock:
            self._out.close()
