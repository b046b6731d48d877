"""The on-disk format, in one place: versions, file naming, record framing and the record reader.

The writer (``vizlog.runlog``) and the reader (``vizlog.read``) both import this module; neither
keeps a second copy of any rule here. ``docs/formats/run-directory.md`` describes the same format
for people reading a run without vizlog.

Versions, one per kind of file:

* ``run.json`` carries ``format_version`` (:data:`RUN_FORMAT_VERSION`); the reader accepts every
  version in :data:`RUN_FORMATS_READ`.
* A history file of version 2 (:data:`HISTORY_VERSION`) starts with a header record
  ``{"_vizlog": "history", "version": 2, "writer": "<token>"}``; a file of version 1 has no header
  (its first record is a row). A resumed run never appends to an existing file (every writer
  gets a file of its own), so each file keeps the version it was written with.
* Version 3 (:data:`HISTORY_CHUNK_VERSION`) is one writer's history split into numbered,
  immutable chunk objects, for storage that cannot append (object stores):
  ``history/<host>-<pid>-<token>.<n:08d>.rec`` (:func:`history_chunk_name`), each starting with
  the header ``{"_vizlog": "history", "version": 3, "writer": "<token>", "chunk": n}`` and
  holding whole records; chunk ``n + 1`` is written only after chunk ``n`` is complete, and no
  chunk is ever rewritten. The reader orders a writer's rows by chunk number, then by position.

Records (both history versions)::

    b"VZ" | length: uint32 LE | crc32(length bytes): uint32 LE | payload | crc32(payload): uint32 LE

The payload is one strict-JSON object (UTF-8). Reading (:func:`parse_records`): a record that is
incomplete at the end of the file is "not written yet" and ignored silently; anything else that
does not check out (a bad header, a payload checksum mismatch, a torn record followed by more
data) is reported as a :class:`Corruption`, and the reader resynchronises on the next *complete,
valid* record, so a damaged or torn record never hides the records after it.
"""

from __future__ import annotations

import hashlib
import os
import re
import struct
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from vizlog import _json

__all__ = [
    "HISTORY_CHUNK_VERSION",
    "HISTORY_DIR",
    "HISTORY_VERSION",
    "HISTORY_VERSIONS_READ",
    "RANK_KEY",
    "RECORD_HEADERS",
    "RUN_FORMATS_READ",
    "RUN_FORMAT_VERSION",
    "RUN_JSON",
    "SUMMARY_JSON",
    "Corruption",
    "History",
    "frame",
    "history_chunk_name",
    "history_chunk_stream",
    "history_file_name",
    "history_header",
    "media_name",
    "header_rank",
    "parse_records",
    "parse_records_from",
    "record_payloads",
    "sanitize_key",
]

#: ``run.json`` ``format_version`` written today, and every version the reader accepts.
RUN_FORMAT_VERSION = 1
RUN_FORMATS_READ = (1,)
#: History file format written today, and every version the reader accepts.
HISTORY_VERSION = 2
#: History chunk objects (a stream that cannot be appended to, see above).
HISTORY_CHUNK_VERSION = 3
HISTORY_VERSIONS_READ = (1, 2, 3)

RUN_JSON = "run.json"
SUMMARY_JSON = "summary.json"
HISTORY_DIR = "history"
HISTORY_EXT = ".rec"

MAGIC = b"VZ"
_HEADER = struct.Struct("<2sII")
_TRAILER = struct.Struct("<I")
HEADER_SIZE = _HEADER.size
TRAILER_SIZE = _TRAILER.size
#: The largest payload a record may declare (a larger declared length is a damaged header).
MAX_RECORD = 1 << 30


# -- file naming -----------------------------------------------------------------------------------
_SAFE = re.compile(r"[^A-Za-z0-9._-]")
_DEVICES = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(10)),
            *(f"LPT{i}" for i in range(10))}
_MAX_SEGMENT = 96


def _clean_segment(seg: str) -> str:
    out = _SAFE.sub("_", seg)
    if out in ("", ".", ".."):
        out = "_" * max(1, len(out))
    if out.startswith("."):
        out = "_" + out[1:]
    if out.split(".")[0].upper() in _DEVICES:
        out = "_" + out
    return out[:_MAX_SEGMENT]


_SAFE_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._-")
_MAX_DEPTH = 16


def _escape_segment(seg: str) -> str:
    """A reversible escape of one key segment: every character outside ``[A-Za-z0-9._-]``, a
    leading dot and the first letter of a Windows device name become ``~XX`` per UTF-8 byte;
    the empty segment is ``~``."""
    if not seg:
        return "~"
    out = []
    for i, ch in enumerate(seg):
        if ch in _SAFE_CHARS and not (i == 0 and ch == "."):
            out.append(ch)
        else:
            out.extend(f"~{b:02X}" for b in ch.encode("utf-8", "surrogatepass"))
    text = "".join(out)
    if text.split(".")[0].upper() in _DEVICES:
        text = f"~{ord(text[0]):02X}{text[1:]}"
    return text


def sanitize_key(key: str) -> str:
    """Map a log key to a safe relative path (``/``-separated), one-to-one.

    A key whose segments are all made of ``[A-Za-z0-9._-]`` (no empty segment, no ``.``/``..``,
    no leading dot, no Windows device name, at most 96 characters and 16 segments) is kept as
    it is. Any other key is escaped reversibly, segment by segment: each other character (``\\``
    and ``~`` included), a leading dot and a device name's first letter become ``~XX`` (the
    UTF-8 bytes in hex), an empty segment becomes ``~``. A key that is still too long or too
    deep is cut to 16 segments of at most 96 characters (other characters as ``_``) and ends
    in ``~~`` plus the full SHA-256 of the key. So distinct keys always get distinct names:
    kept keys hold no ``~``, escaped ones hold ``~`` but never ``~~``, and cut ones end in
    ``~~<sha256>``.
    """
    segments = key.split("/")
    escaped = [_escape_segment(s) for s in segments]
    if len(escaped) <= _MAX_DEPTH and all(len(s) <= _MAX_SEGMENT for s in escaped):
        return "/".join(escaped)
    cleaned = [_clean_segment(s) for s in segments]
    if len(cleaned) > _MAX_DEPTH:  # bound folder depth: keep the first 15, fold the rest
        cleaned = [*cleaned[:_MAX_DEPTH - 1], _clean_segment("_".join(cleaned[_MAX_DEPTH - 1:]))]
    digest = hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()
    cleaned[-1] = f"{cleaned[-1]}~~{digest}"
    return "/".join(cleaned)


def media_name(kind: str, key: str, step: int | str, digest: str, ext: str) -> str:
    """The run-relative name of a stored file: ``<kind>/<sanitised key>_<step>_<sha[:20]>.<ext>``.

    ``kind`` is the folder (``media/images``, ``tables``); identical bytes under the same key and
    step get the same name, so they are stored once.
    """
    return f"{kind}/{sanitize_key(key)}_{step}_{digest[:20]}.{ext}"


def history_file_name(host: str, pid: int, token: str, rank: int | None = None) -> str:
    """The run-relative name of one writer's history file.

    ``token`` is random per writer (per process start, per fork, per resume), so a writer never
    appends to another writer's file, not even one left by a crashed process with the same PID.
    A rank of a distributed job (``rank`` not None) gets the prefix ``rank<N>-``.
    """
    clean_host = re.sub(r"[^A-Za-z0-9.-]", "_", host)[:64].lstrip(".") or "host"
    clean_token = re.sub(r"[^a-z0-9]", "", token) or "0"
    prefix = "" if rank is None else f"rank{int(rank)}-"
    return f"{HISTORY_DIR}/{prefix}{clean_host}-{pid}-{clean_token}{HISTORY_EXT}"


_CHUNK_NAME = re.compile(r"^(?P<stream>.+)\.(?P<n>[0-9]{8})" + re.escape(HISTORY_EXT) + "$")


def history_chunk_name(stream: str, index: int) -> str:
    """The run-relative name of chunk ``index`` (0, 1, ...) of the history stream ``stream``
    (a name made by :func:`history_file_name`): ``<stream without .rec>.<index:08d>.rec``."""
    if not stream.endswith(HISTORY_EXT) or isinstance(index, bool) or not 0 <= index < 10**8:
        raise ValueError(f"history_chunk_name({stream!r}, {index!r}): needs a history file name "
                         "and a chunk number in [0, 1e8)")
    return f"{stream[:-len(HISTORY_EXT)]}.{index:08d}{HISTORY_EXT}"


def history_chunk_stream(name: str) -> str:
    """The stream a chunk name belongs to (``history/h-1-x.00000002.rec`` -> ``history/h-1-x
    .rec``); any other name is returned as it is."""
    m = _CHUNK_NAME.match(name)
    return f"{m.group('stream')}{HISTORY_EXT}" if m else name


def new_token(nbytes: int = 6) -> str:
    """A random lowercase base-36 token (for writer file names and run ids)."""
    alphabet = "0123456789abcdefghijklmnopqrstuvwxyz"
    return "".join(alphabet[b % 36] for b in os.urandom(nbytes))


# -- records ---------------------------------------------------------------------------------
def _record_header(n: int) -> bytes:
    return _HEADER.pack(MAGIC, n, zlib.crc32(struct.pack("<I", n)))


#: headers of the record lengths seen so far (rows of one run repeat a few lengths); filled by
#: :func:`frame`, read by writers that frame a record inline (``plain_record``)
_HEADERS: dict[int, bytes] = {}
RECORD_HEADERS = _HEADERS


def frame(payload: bytes) -> bytes:
    """Frame one payload as a self-checking record."""
    n = len(payload)
    head = _HEADERS.get(n)
    if head is None:
        head = _record_header(n)
        if len(_HEADERS) < 4096:
            _HEADERS[n] = head
    return head + payload + _TRAILER.pack(zlib.crc32(payload))


def history_header(writer: str, *, chunk: int | None = None, rank: int | None = None) -> bytes:
    """The first record of a version-2 history file, or with ``chunk`` of chunk ``chunk`` of a
    version-3 chunked stream; a rank of a distributed job adds ``"rank": N`` (see
    :data:`RANK_KEY`)."""
    head: dict[str, Any] = {"_vizlog": "history", "version": HISTORY_VERSION, "writer": writer}
    if chunk is not None:
        head.update(version=HISTORY_CHUNK_VERSION, chunk=chunk)
    if rank is not None:
        head["rank"] = int(rank)
    return frame(_json.dumps(head).encode("utf-8"))


@dataclass(frozen=True)
class Corruption:
    """A damaged stretch of a history file that the reader skipped."""

    file: str
    offset: int
    reason: str


@dataclass
class History:
    """What :func:`parse_records` found in one history file."""

    version: int
    rows: list[dict[str, Any]]
    corruptions: list[Corruption]
    writer: str | None = None
    #: the chunk number of a version-3 chunk (None for versions 1 and 2)
    chunk: int | None = None
    #: the rank of a distributed job that wrote the file (``"rank"`` in its header), or None
    rank: int | None = None


def _header_at(buf: bytes | memoryview, pos: int) -> int | None:
    """The payload length of a valid record header at ``pos``, or None."""
    if len(buf) - pos < HEADER_SIZE:
        return None
    magic, n, crc = _HEADER.unpack_from(buf, pos)
    if magic != MAGIC or zlib.crc32(struct.pack("<I", n)) != crc or n > MAX_RECORD:
        return None
    return int(n)


def _payload_at(buf: bytes, pos: int) -> tuple[bytes, int] | None:
    """``(payload, end)`` of a complete record at ``pos`` whose checksums both hold, or None."""
    n = _header_at(buf, pos)
    if n is None:
        return None
    stop = pos + HEADER_SIZE + n + TRAILER_SIZE
    if stop > len(buf):
        return None
    payload = buf[pos + HEADER_SIZE: pos + HEADER_SIZE + n]
    (crc,) = _TRAILER.unpack_from(buf, stop - TRAILER_SIZE)
    return (payload, stop) if zlib.crc32(payload) == crc else None


def _next_valid(buf: bytes, start: int) -> int | None:
    """The offset of the next complete, valid record at or after ``start``, or None."""
    nxt = buf.find(MAGIC, start)
    while nxt != -1:
        if _payload_at(buf, nxt) is not None:
            return nxt
        nxt = buf.find(MAGIC, nxt + 1)
    return None


def _tail_is_pending(buf: bytes, pos: int) -> bool:
    """True when the bytes from ``pos`` are the start of a record still being written."""
    rest = len(buf) - pos
    if rest < HEADER_SIZE:
        return MAGIC.startswith(buf[pos:pos + 2])
    n = _header_at(buf, pos)
    return n is not None and pos + HEADER_SIZE + n + TRAILER_SIZE > len(buf)


def _records(buf: bytes, name: str, bad: list[Corruption]) -> Iterator[tuple[int, bytes]]:
    pos, end = 0, len(buf)
    while pos < end:
        found = _payload_at(buf, pos)
        if found is not None:
            payload, stop = found
            yield pos, payload
            pos = stop
            continue
        nxt = _next_valid(buf, pos + 1)
        if nxt is None:
            if not _tail_is_pending(buf, pos):
                n = _header_at(buf, pos)
                bad.append(Corruption(name, pos, "payload checksum mismatch" if n is not None
                                      else "bad record header" if end - pos >= HEADER_SIZE
                                      else "stray bytes at the end"))
            return  # else: the last record is not written yet (or was cut by a crash)
        n = _header_at(buf, pos)
        if n is None:
            reason = "bad record header"
        elif pos + HEADER_SIZE + n + TRAILER_SIZE > nxt:
            reason = "torn record (cut short, then more records were written)"
        else:
            reason = "payload checksum mismatch"
        bad.append(Corruption(name, pos, f"{reason}; skipped {nxt - pos} bytes"))
        pos = nxt


def parse_records(data: bytes, name: str = "<history>") -> History:
    """Every complete, valid row of one history file's bytes, and the corruptions skipped.

    Accepts every history version in :data:`HISTORY_VERSIONS_READ`. ``name`` labels the
    corruptions (the file's run-relative path).
    """
    return _parse(data, name, 0)[0]


def _parse(data: bytes, name: str, start: int) -> tuple[History, int]:
    """:func:`parse_records_from` (corruption offsets relative to ``data``)."""
    bad: list[Corruption] = []
    rows: list[dict[str, Any]] = []
    version, writer, chunk, rank = 1, None, None, None
    end = 0
    for i, (pos, payload) in enumerate(_records(data, name, bad)):
        end = pos + HEADER_SIZE + len(payload) + TRAILER_SIZE
        try:
            row = _json.loads(payload)
        except (ValueError, RecursionError) as exc:
            bad.append(Corruption(name, pos, f"payload is not valid JSON ({exc})"))
            continue
        if not isinstance(row, dict):
            bad.append(Corruption(name, pos, "payload is not a JSON object"))
            continue
        if i == 0 and pos == 0 and start == 0 and row.get("_vizlog") == "history" and \
                "_step" not in row:
            v = row.get("version")
            if not isinstance(v, int) or isinstance(v, bool) or v not in HISTORY_VERSIONS_READ:
                bad.append(Corruption(name, 0, f"history format version {v!r} is not one this "
                                      f"vizlog reads {HISTORY_VERSIONS_READ}; upgrade vizlog"))
                return History(0, [], bad), 0
            version = v
            writer = row.get("writer") if isinstance(row.get("writer"), str) else None
            if v == HISTORY_CHUNK_VERSION:
                n = row.get("chunk")
                if not isinstance(n, int) or isinstance(n, bool) or n < 0 or \
                        not isinstance(writer, str):
                    bad.append(Corruption(name, 0, "history chunk header without a writer and "
                                          f"a chunk number (got chunk {n!r}); the chunk is "
                                          "skipped"))
                    return History(0, [], bad), 0
                chunk = n
            rank = header_rank(row)
            continue
        rows.append(row)
    return History(version, rows, bad, writer, chunk, rank), end


# -- ranks of a distributed job (many writers, one run) ------------------------------------------
#: The row key a reader adds to the rows of a rank's history file (from the file's header).
RANK_KEY = "_rank"
#: The largest rank accepted (a header with a larger one is treated as having none).
MAX_RANK = 1 << 20


def header_rank(header: dict[str, Any]) -> int | None:
    """The ``rank`` of a history header, or None (no rank, or not a small non-negative int)."""
    rank = header.get("rank")
    if isinstance(rank, int) and not isinstance(rank, bool) and 0 <= rank <= MAX_RANK:
        return rank
    return None


def record_payloads(data: bytes, name: str = "<history>"
                    ) -> tuple[list[bytes], list[Corruption]]:
    """The payloads (undecoded JSON bytes) of every complete, valid record of one history file,
    in order (the header included), and the corruptions skipped; for readers that decode many
    records at once (:mod:`vizlog.columnar`)."""
    bad: list[Corruption] = []
    payloads = [bytes(p) for _, p in _records(data, name, bad)]
    return payloads, bad


def parse_records_from(data: bytes, name: str = "<history>", start: int = 0
                       ) -> tuple[History, int]:
    """:func:`parse_records` for the bytes of a history file from offset ``start`` on (``data`` is
    ``file[start:]``; ``start`` is 0 or an offset this function returned before), and the file
    offset to continue from once more bytes were appended: how a follower parses only new bytes.

    That offset is the end of the last complete record: a record still being written, and
    corrupt bytes at the end (a later valid record resynchronises the reader as in one parse of
    the whole file), are left for the next call, which may report the same corruption again at
    the same file offset (a follower counts each offset once). Rows and corruptions are those
    :func:`parse_records` finds in the same region; corruption offsets are file offsets. The
    header (and so ``History.version``) is read only when ``start`` is 0: later calls return
    version 1, and the caller keeps the first call's version. A file whose version this vizlog
    does not read returns offset 0 (nothing consumed)."""
    found, end = _parse(data, name, start)
    if start:
        found.corruptions = [Corruption(c.file, c.offset + start, c.reason)
                             for c in found.corruptions]
    return found, start + end

