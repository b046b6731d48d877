"""The append-only history log: self-checking records, torn-tail tolerant reads.

Each record is framed as::

    b"VZ" | length: uint32 LE | crc32(length bytes): uint32 LE | payload | crc32(payload): uint32 LE

The payload is one strict-JSON history row (UTF-8). A record is written with a single unbuffered
``write`` once every file it references is complete, so after a process crash a record is either
whole or a torn tail.

Reading: an incomplete last record is "not written yet" and ignored silently. A record whose length
checksum fails is reported and the reader resynchronises on the next ``VZ`` header that checks out;
a record whose payload checksum fails is reported and skipped by its (checked) length. Records
after a corrupt one are never lost.
"""

from __future__ import annotations

import os
import struct
import threading
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from vizlog import _json

__all__ = ["Corruption", "HistoryWriter", "frame", "read_records"]

MAGIC = b"VZ"
_HEADER = struct.Struct("<2sII")
_TRAILER = struct.Struct("<I")
HEADER_SIZE = _HEADER.size
MAX_RECORD = 1 << 30


def frame(payload: bytes) -> bytes:
    """Frame one payload as a self-checking record."""
    n = len(payload)
    return b"".join((_HEADER.pack(MAGIC, n, zlib.crc32(struct.pack("<I", n))), payload,
                     _TRAILER.pack(zlib.crc32(payload))))


@dataclass(frozen=True)
class Corruption:
    """A damaged stretch of a history file that the reader skipped."""

    file: str
    offset: int
    reason: str


class HistoryWriter:
    """Appends framed records to one file; one writer per file, safe across threads."""

    def __init__(self, path: str | os.PathLike[str], fsync: bool = False) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._fh = open(self.path, "ab", buffering=0)  # noqa: SIM115 - closed in close()
        self._lock = threading.Lock()
        self._fsync = fsync

    def append(self, row: dict[str, Any]) -> None:
        """Write one row as a record; returns once the bytes are handed to the kernel."""
        rec = frame(_json.dumps(row).encode("utf-8"))
        with self._lock:
            written = self._fh.write(rec)
            while written is not None and written < len(rec):  # short writes are rare but legal
                more = self._fh.write(rec[written:])
                written += more or 0
            if self._fsync:
                os.fsync(self._fh.fileno())

    def close(self) -> None:
        with self._lock:
            if not self._fh.closed:
                self._fh.close()


def _header_ok(buf: bytes, pos: int) -> int | None:
    """The payload length of a valid header at ``pos``, or None."""
    if len(buf) - pos < HEADER_SIZE:
        return None
    magic, n, crc = _HEADER.unpack_from(buf, pos)
    if magic != MAGIC or zlib.crc32(struct.pack("<I", n)) != crc or n > MAX_RECORD:
        return None
    return int(n)


def read_records(path: str | os.PathLike[str]) -> tuple[list[dict[str, Any]], list[Corruption]]:
    """All complete, valid rows of one history file, and the corruptions skipped."""
    buf = Path(path).read_bytes()
    rows: list[dict[str, Any]] = []
    bad: list[Corruption] = []
    pos, end, name = 0, len(buf), str(path)
    while pos < end:
        n = _header_ok(buf, pos)
        if n is None:
            if end - pos < HEADER_SIZE:
                if not MAGIC.startswith(buf[pos:pos + 2]):
                    bad.append(Corruption(name, pos, "stray bytes at the end"))
                break  # a partial header: the last record is not written yet
            bad.append(Corruption(name, pos, "bad record header"))
            nxt = buf.find(MAGIC, pos + 1)
            while nxt != -1 and _header_ok(buf, nxt) is None:
                nxt = buf.find(MAGIC, nxt + 1)
            if nxt == -1:
                break
            pos = nxt
            continue
        stop = pos + HEADER_SIZE + n + _TRAILER.size
        if stop > end:
            break  # torn tail: the last record is still being written (or was cut by a crash)
        payload = buf[pos + HEADER_SIZE: pos + HEADER_SIZE + n]
        (crc,) = _TRAILER.unpack_from(buf, stop - _TRAILER.size)
        if zlib.crc32(payload) != crc:
            bad.append(Corruption(name, pos, "payload checksum mismatch"))
        else:
            try:
                row = _json.loads(payload)
            except ValueError as exc:
                bad.append(Corruption(name, pos, f"payload is not valid JSON ({exc})"))
            else:
                if isinstance(row, dict):
                    rows.append(row)
                else:
                    bad.append(Corruption(name, pos, "payload is not a JSON object"))
        pos = stop
    return rows, bad
