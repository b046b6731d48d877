"""The Arrow IPC file a Table is stored as, written the same way whatever the input chunking.

* Arrow IPC **file** format (``.arrow``, Feather v2), buffers compressed with zstd (level 1).
* Record batches of exactly :data:`BATCH_ROWS` rows (the last one shorter): the input's chunk
  layout never shows in the bytes, so the same table gives the same file however it was built or
  appended. Every batch is made of compact arrays (offset 0, buffers exactly as long as their
  values): copies made by ``pa.concat_arrays``, or for a column slice without nulls of a
  fixed-width or string/binary type, zero-copy views of the same bytes (see :func:`_packed`).
* Schema metadata is only ``vizlog.format = table-file/1``; pandas/polars metadata (which holds
  library versions) is dropped. Field metadata marks encoded columns (see ``_table_types``).
"""

from __future__ import annotations

import importlib
import io
import threading
from collections import deque
from types import ModuleType
from typing import TYPE_CHECKING, Any

import numpy as np

__all__ = ["BATCH_ROWS", "SCHEMA_METADATA", "CanonicalWriter", "arrow_errors", "normalize_arrow",
           "pa", "write_bytes", "write_table"]

#: At most this many bytes wait for the thread that writes a table's file (see _Forwarder).
BACKLOG_BYTES = 1 << 26


class _LazyModule(ModuleType):
    """Imports the named module on first attribute access (``import vizlog`` stays fast)."""

    def __getattr__(self, attr: str) -> Any:
        module = importlib.import_module(self.__name__)
        self.__dict__.update(module.__dict__)
        return getattr(module, attr)


if TYPE_CHECKING:
    import pyarrow as pa
else:
    pa = _LazyModule("pyarrow")


def arrow_errors() -> tuple[type[Exception], ...]:
    """What ``pyarrow.array``/``cast`` raise for values they cannot convert."""
    return (pa.ArrowInvalid, pa.ArrowTypeError, pa.ArrowNotImplementedError, OverflowError,
            TypeError, ValueError)

BATCH_ROWS = 1 << 17
SCHEMA_METADATA = {b"vizlog.format": b"table-file/1"}
ZSTD_LEVEL = 1
_SMALL_LIMIT = (1 << 31) - 1


def _options() -> pa.ipc.IpcWriteOptions:
    return pa.ipc.IpcWriteOptions(compression=pa.Codec("zstd", compression_level=ZSTD_LEVEL))


def _narrow_type(t: pa.DataType) -> pa.DataType | None:
    if pa.types.is_large_string(t) or pa.types.is_string_view(t):
        return pa.string()
    if pa.types.is_large_binary(t) or pa.types.is_binary_view(t):
        return pa.binary()
    return None


def _narrow(arr: pa.ChunkedArray) -> pa.ChunkedArray:
    """``large_string``/``string_view`` -> ``string`` (same for binary) when every chunk fits."""
    t = arr.type
    target = _narrow_type(t.value_type if pa.types.is_dictionary(t) else t)
    if target is None:
        return arr
    if pa.types.is_dictionary(t):
        target = pa.dictionary(t.index_type, target, t.ordered)
    if any(c.nbytes >= _SMALL_LIMIT for c in arr.chunks):
        return arr
    return arr.cast(target)


def normalize_arrow(table: pa.Table) -> pa.Table:
    """Drop schema and field metadata and narrow large/view string types (see module docs)."""
    fields, columns = [], []
    for f, col in zip(table.schema, table.columns, strict=True):
        col = _narrow(col)
        fields.append(pa.field(f.name, col.type, nullable=f.nullable))
        columns.append(col)
    return pa.Table.from_arrays(columns, schema=pa.schema(fields))


def _fixed_width(t: pa.DataType) -> bool:
    """Types stored as one values buffer of ``bit_width / 8`` bytes per row (not bool)."""
    return bool(pa.types.is_integer(t) or pa.types.is_floating(t) or pa.types.is_timestamp(t)
                or pa.types.is_date(t) or pa.types.is_time(t) or pa.types.is_duration(t)
                or pa.types.is_decimal(t) or pa.types.is_fixed_size_binary(t))


def _binary_like(t: pa.DataType) -> bool:
    return bool(pa.types.is_string(t) or pa.types.is_binary(t) or pa.types.is_large_string(t)
                or pa.types.is_large_binary(t))


def _packed(arr: pa.Array) -> pa.Array | None:
    """``arr`` as the compact array ``pa.concat_arrays([arr])`` would copy it into, without
    copying its values: offset 0, no validity buffer, a values buffer that is a zero-copy view of
    exactly the rows' bytes, and (string/binary) offsets starting at 0 (a view when they already
    do, else rebased: 4 or 8 bytes a row). The IPC writer sees the same offset, lengths, null
    count and buffer bytes as for the copy, so it writes the same bytes. None (copy it) for an
    array with nulls or of another type (bool bits, dictionaries, nested types)."""
    t = arr.type
    if arr.null_count:
        return None
    bufs = arr.buffers()
    n, off = len(arr), arr.offset
    if _fixed_width(t) and len(bufs) == 2 and bufs[1] is not None:
        width = t.bit_width // 8
        return pa.Array.from_buffers(t, n, [None, bufs[1].slice(off * width, n * width)],
                                     null_count=0)
    if _binary_like(t) and len(bufs) == 3 and bufs[1] is not None and bufs[2] is not None:
        large = pa.types.is_large_string(t) or pa.types.is_large_binary(t)
        dtype = np.dtype(np.int64 if large else np.int32)
        offsets = np.frombuffer(bufs[1], dtype=dtype, count=off + n + 1)[off:]
        start, end = int(offsets[0]), int(offsets[-1])
        if start == 0:
            offsets_buf = bufs[1].slice(off * dtype.itemsize, (n + 1) * dtype.itemsize)
        else:
            offsets_buf = pa.py_buffer(np.subtract(offsets, start, dtype=dtype))
        return pa.Array.from_buffers(t, n, [None, offsets_buf, bufs[2].slice(start, end - start)],
                                     null_count=0)
    return None


def _compact(piece: pa.Table) -> pa.RecordBatch:
    """One record batch of compact arrays: a slice of a bigger array (offset, or buffers longer
    than its values) is written with other, equally valid bytes than a fresh array holding the
    same values, so every column is packed (zero-copy where :func:`_packed` can) or copied."""
    arrays = []
    for col in piece.columns:
        packed = _packed(col.chunk(0)) if col.num_chunks == 1 else None
        if packed is None:
            packed = pa.concat_arrays(col.chunks) if col.num_chunks else pa.array([], col.type)
        arrays.append(packed)
    return pa.RecordBatch.from_arrays(arrays, schema=piece.schema)


class CanonicalWriter:
    """Writes tables into an IPC file sink as fixed-size record batches (see module docs)."""

    def __init__(self, sink: Any, schema: pa.Schema) -> None:
        self.schema = schema.with_metadata(SCHEMA_METADATA)
        self._writer = pa.ipc.new_file(sink, self.schema, options=_options())
        self._pending: list[pa.Table] = []
        self._pending_rows = 0
        self.nrows = 0

    def write(self, table: pa.Table) -> None:
        """Append ``table`` (its schema must equal the writer's, ignoring metadata)."""
        if table.num_rows == 0:
            return
        table = table.replace_schema_metadata(SCHEMA_METADATA)
        self._pending.append(table)
        self._pending_rows += table.num_rows
        self.nrows += table.num_rows
        if self._pending_rows >= BATCH_ROWS:
            self._emit(final=False)

    def _emit(self, final: bool) -> None:
        if not self._pending:
            return
        whole = pa.concat_tables(self._pending) if len(self._pending) > 1 else self._pending[0]
        start, n = 0, whole.num_rows
        while n - start >= BATCH_ROWS or (final and start < n):
            piece = whole.slice(start, BATCH_ROWS)
            self._writer.write_batch(_compact(piece))
            start += piece.num_rows
        rest = whole.slice(start) if start < n else None
        self._pending = [rest] if rest is not None else []
        self._pending_rows = n - start

    def close(self) -> None:
        self._emit(final=True)
        self._writer.close()


class _Forwarder:
    """A file object that hands every write, in order, to a thread that passes it on to
    ``sink``: the IPC writer compresses the next batch while the last one is written (and, in
    the store, hashed). Pieces are kept as they are (Arrow buffers and bytes never change); at
    most :data:`BACKLOG_BYTES` wait. An error of ``sink.write`` is raised by the next ``write``
    or by :meth:`finish`; :meth:`finish` or :meth:`stop` always ends the thread, so ``sink``
    is no longer used once either returns."""

    def __init__(self, sink: Any) -> None:
        self._sink = sink
        self._items: deque[memoryview] = deque()
        self._waiting = 0
        self._pos = 0
        self._done = False
        self._error: BaseException | None = None
        self._cond = threading.Condition()
        self._thread = threading.Thread(target=self._run, name="vizlog-table-write", daemon=True)
        self._thread.start()

    closed = False

    def write(self, data: Any) -> int:
        view = memoryview(data)
        n = view.nbytes
        with self._cond:
            while self._waiting > BACKLOG_BYTES and self._error is None:
                self._cond.wait()
            if self._error is not None:
                raise self._error
            self._items.append(view)
            self._waiting += n
            self._cond.notify_all()
        self._pos += n
        return n

    def tell(self) -> int:
        return self._pos

    def flush(self) -> None:
        """Everything is passed on by :meth:`finish`."""

    def close(self) -> None:
        """The thread is ended by :meth:`finish`/:meth:`stop` (the IPC writer may call this)."""

    def _run(self) -> None:
        while True:
            with self._cond:
                while not self._items and not self._done:
                    self._cond.wait()
                if not self._items:
                    return
                view = self._items.popleft()
            try:
                if self._error is None:
                    self._sink.write(view)
            except BaseException as exc:
                self._error = exc
            with self._cond:
                self._waiting -= view.nbytes
                self._cond.notify_all()

    def stop(self) -> None:
        """End the thread (after the pieces already handed over)."""
        with self._cond:
            self._done = True
            self._cond.notify_all()
        self._thread.join()

    def finish(self) -> None:
        """Wait until every piece is in ``sink``; raise the error of a failed write."""
        self.stop()
        if self._error is not None:
            raise self._error


def write_table(table: pa.Table, sink: Any) -> None:
    """Write the whole IPC file of ``table`` into ``sink`` (a writable binary file object, e.g.
    the store's streamed file: the batches go out as they are compressed). A table of more than
    one batch is written to ``sink`` by a helper thread (:class:`_Forwarder`) that is done when
    this returns or raises."""
    if any(pa.types.is_dictionary(f.type) for f in table.schema):
        table = table.unify_dictionaries()
    if table.num_rows <= BATCH_ROWS:
        writer = CanonicalWriter(sink, table.schema)
        writer.write(table)
        writer.close()
        return
    forwarder = _Forwarder(sink)
    try:
        writer = CanonicalWriter(forwarder, table.schema)
        writer.write(table)
        writer.close()
    except BaseException:
        forwarder.stop()
        raise
    forwarder.finish()


def write_bytes(table: pa.Table) -> bytes:
    """The whole IPC file of ``table`` as bytes."""
    # io.BytesIO grows with realloc (mremap for big buffers) and getvalue() hands its buffer
    # over without a copy: peak memory is about one file size (pyarrow's BufferOutputStream plus
    # to_pybytes() would be about three).
    sink = io.BytesIO()
    write_table(table, sink)
    return sink.getvalue()
