"""The writer of one history stream: framed records written through the storage interface.

The format (framing, header, naming, the reader) is :mod:`vizlog.format`'s. A writer owns its
stream: no other writer ever writes to it (a resumed or forked process gets a stream of its own).

* On a backend that appends (a local folder, memory), the stream is one file, created new with a
  header naming the format version and this writer's token; a record is written with one
  unbuffered write once every file it references is complete, so after a process crash a record
  is either whole or a torn tail, which the reader ignores.
* On a backend that cannot append (object storage: ``open_append`` raises
  ``io.UnsupportedOperation``), records are buffered and written as numbered, immutable chunk
  objects (history format version 3): a chunk is put when the buffer reaches ``chunk_bytes``,
  when its oldest record has waited ``chunk_seconds`` (a background thread), and at
  :meth:`HistoryWriter.close`. Chunks are put one after another, never rewritten, and each is one
  complete object, so a killed writer leaves chunks ``0..k``: a prefix of its history, missing at
  most the records of the last ``chunk_seconds`` (and under ``chunk_bytes``).
"""

from __future__ import annotations

import io
import struct
import threading
import time
from collections.abc import Callable
from typing import Any
from zlib import crc32

from vizlog import _json
from vizlog._json import dumps_plain, plain_encoder
from vizlog.format import RECORD_HEADERS as _HEADERS
from vizlog.format import frame, history_chunk_name, history_header
from vizlog.store import Appender, Backend

__all__ = ["CHUNK_BYTES", "CHUNK_SECONDS", "HistoryWriter", "plain_record"]

#: Default chunk bounds on storage that cannot append (``Settings.history_chunk_bytes`` and
#: ``history_chunk_seconds``, ``VIZLOG_HISTORY_CHUNK_BYTES``/``_SECONDS``, change them).
CHUNK_BYTES = 1 << 20
CHUNK_SECONDS = 5.0


def plain_record(row: dict[str, Any], step: int, timestamp_us: int, runtime_us: int
                 ) -> bytes | None:
    """The framed history record of ``row`` (str keys, plain values: the caller checked) plus
    ``_step``, ``_timestamp`` and ``_runtime``, keys sorted as :func:`vizlog._json.dumps` sorts
    them; or None when it cannot be made this way (a non-finite float, a string that is not
    valid Unicode text, or user keys on both sides of the internal keys in sort order).

    The times are integer microseconds written as JSON numbers with an exponent
    (``1795700911930000e-6``): integer formatting only, where a float's shortest repr costs
    several times more. Every JSON reader reads the float nearest ``us / 10**6``, which is what
    ``us / 1_000_000`` gives in Python (both round the same rational number correctly), so the
    summary holds that float without parsing. The user's values are encoded by one call of the
    C encoder and the internal keys spliced in as text before the first key (or after the
    last): the row is not copied and the internal keys are not sorted again. The framing is
    :func:`vizlog.format.frame`'s."""
    if _ENCODE is None:
        body = dumps_plain(row)
        if body is None:
            return None
    else:  # dumps_plain inlined (one Python frame less per log() call)
        try:
            body = "".join(_ENCODE(row, 0))
        except ValueError:  # a non-finite float
            return None
    if len(body) == 2:
        text = f'{{"_runtime":{runtime_us}e-6,"_step":{step},"_timestamp":{timestamp_us}e-6}}'
    elif body[2] > "_" or min(row) > "_timestamp":  # the smallest key's first character
        text = (f'{{"_runtime":{runtime_us}e-6,"_step":{step},"_timestamp":{timestamp_us}e-6,'
                f'{body[1:]}')
    elif max(row) < "_runtime":
        text = (f'{body[:-1]},"_runtime":{runtime_us}e-6,"_step":{step},'
                f'"_timestamp":{timestamp_us}e-6}}')
    else:
        return None
    try:
        payload = text.encode()
    except UnicodeEncodeError:  # a lone surrogate: the general path explains it
        return None
    head = _HEADERS.get(len(payload))
    if head is None:
        return frame(payload)
    return head + payload + _crc_bytes(crc32(payload))


#: the record trailer (:func:`vizlog.format.frame`'s): the payload's CRC-32, little-endian
_crc_bytes = struct.Struct("<I").pack
#: the C JSON encoder of :func:`vizlog._json.dumps_plain`, called here directly
_ENCODE = plain_encoder()


class HistoryWriter:
    """Writes framed records to one new history stream; safe across threads."""

    def __init__(self, backend: Backend, key: str, writer: str, fsync: bool = False,
                 chunk_bytes: int = CHUNK_BYTES, chunk_seconds: float = CHUNK_SECONDS,
                 rank: int | None = None) -> None:
        self.key = key
        self._backend = backend
        self._lock = threading.Lock()
        self._chunks: _Chunks | None = None
        self._out: Appender | None = None
        try:
            out = backend.open_append(key, durable=fsync)
        except io.UnsupportedOperation:
            self._chunks = _Chunks(backend, key, writer, chunk_bytes, chunk_seconds, rank)
            return
        self._out = out
        out.write(history_header(writer, rank=rank))

    @property
    def written(self) -> int:
        """Bytes of this stream so far: for an append stream its size (the appender's own
        ``size()`` where it has one, else one stat in the backend;
        records written through :meth:`record_writer` included), for a chunked stream the bytes
        of the records handed to it (headers not counted). Read at ``finish()``, never per
        record."""
        if self._chunks is not None:
            return self._chunks.total
        size = getattr(self._out, "size", None)   # a local file: fstat, no path resolution
        if callable(size):
            return int(size())
        return self._backend.size(self.key) or 0

    @property
    def chunked(self) -> bool:
        """True when the stream is written as chunk objects."""
        return self._chunks is not None

    def append(self, row: dict[str, Any]) -> None:
        """Write one row as a record; returns once the bytes are handed to the backend (or, for
        a chunked stream, buffered for the next chunk)."""
        rec = frame(_json.dumps(row).encode("utf-8"))
        if self._chunks is not None:
            self._chunks.add(rec)
            return
        with self._lock:
            assert self._out is not None  # set whenever _chunks is None
            self._out.write(rec)

    def record_writer(self) -> Callable[[bytes], int | None]:
        """What writes one framed record (:func:`plain_record`) now, for a caller that
        serialises every write to this stream itself and stops before :meth:`close`: for a
        local file without fsync, the file's own unbuffered ``write`` (one system call; it
        returns the bytes written, which may be fewer: then :meth:`write_rest` writes the
        rest); else the append stream's ``write`` or the chunk buffer's ``add``, which return
        None once the whole record is taken."""
        if self._chunks is not None:
            return self._chunks.add
        assert self._out is not None  # set whenever _chunks is None
        raw: Callable[[bytes], int | None] | None = getattr(self._out, "raw_write", None)
        return raw if raw is not None else self._out.write

    def write_rest(self, rec: bytes, written: int) -> None:
        """After a short ``write`` of ``rec`` by :meth:`record_writer`'s raw write: the rest."""
        assert self._out is not None  # a raw write is an append stream's
        self._out.write(rec[written:])

    def close(self) -> None:
        """Write what is buffered (the final chunk) and stop."""
        if self._chunks is not None:
            self._chunks.close()
            return
        with self._lock:
            if self._out is not None:
                self._out.close()


class _Chunks:
    """Buffered records put as numbered chunk objects (see the module docstring)."""

    def __init__(self, backend: Backend, key: str, writer: str, chunk_bytes: int,
                 chunk_seconds: float, rank: int | None = None) -> None:
        self._backend, self._key, self._writer, self._rank = backend, key, writer, rank
        self._max_bytes, self._max_age = chunk_bytes, chunk_seconds
        self._buf: list[bytes] = []
        self._size = 0
        #: bytes of every record added so far
        self.total = 0
        self._oldest = 0.0
        self._next = 0
        self._error: BaseException | None = None
        self._broken: BaseException | None = None
        self._closed = False
        self._cond = threading.Condition()
        self._put_lock = threading.Lock()  # chunks are put one after another, in order
        self._thread = threading.Thread(target=self._timer, name="vizlog-history-chunks",
                                        daemon=True)
        self._thread.start()

    def add(self, rec: bytes) -> None:
        with self._cond:
            self._raise_error()
            if not self._buf:
                self._oldest = time.monotonic()
                self._cond.notify()
            self._buf.append(rec)
            self._size += len(rec)
            self.total += len(rec)
            full = self._size >= self._max_bytes
        if full:
            self._flush()

    def _raise_error(self) -> None:
        if self._error is not None:
            raise self._error

    def _take(self) -> tuple[int, bytes] | None:
        """The next chunk's number and bytes, taking the buffer (with the condition held)."""
        if not self._buf:
            return None
        records, self._buf, self._size = self._buf, [], 0
        n = self._next
        self._next += 1
        return n, history_header(self._writer, chunk=n, rank=self._rank) + b"".join(records)

    def _flush(self) -> None:
        with self._put_lock:
            if self._broken is not None:  # a later chunk never follows one that was lost
                raise self._broken
            with self._cond:
                taken = self._take()
            if taken is not None:
                n, data = taken
                try:
                    self._backend.put(history_chunk_name(self._key, n), data)
                except BaseException as exc:
                    self._broken = exc
                    raise

    def _timer(self) -> None:
        while True:
            with self._cond:
                while not self._closed and (not self._buf or
                                            time.monotonic() - self._oldest < self._max_age):
                    wait = None if not self._buf else \
                        self._max_age - (time.monotonic() - self._oldest)
                    self._cond.wait(wait)
                if self._closed:
                    return
            try:
                self._flush()
            except BaseException as exc:  # reported by the next add() (and by close())
                with self._cond:
                    self._error = exc
                return

    def close(self) -> None:
        with self._cond:
            self._closed = True
            self._cond.notify()
        self._thread.join()
        with self._cond:
            self._error = None  # raised again below through _broken
            if self._next == 0 and not self._buf:  # an empty stream still has its chunk 0
                self._buf.append(b"")
        self._flush()
