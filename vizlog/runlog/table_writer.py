"""``vizlog.TableWriter``: log a table larger than memory, one piece at a time.

::

    with vizlog.TableWriter("events", dtype=...) as writer:   # the active run, or run=...
        for df in read_in_chunks():
            writer.write(df)                                    # anything Table() accepts
    # on exit: the file is published and {"events": <table-file descriptor>} is logged

Each piece is typed like ``Table(piece)``, its media cells are stored at once, and it is appended
to one Arrow IPC file written through :meth:`vizlog.store.Store.open_stream` (a temporary file,
hashed while written, published under its content-addressed name at the end). Memory holds one
piece plus one record batch. The bytes equal those ``Table`` gives for the same rows, whatever the
piece sizes (dictionary columns excepted: they are written as their plain values here). Every
piece must have the columns and column types of the first; a column that is all null in the first
piece needs a ``dtype=``.
"""

from __future__ import annotations

from types import TracebackType
from typing import Any

from vizlog.errors import MediaError, RunStateError
from vizlog.media._table_io import CanonicalWriter, pa
from vizlog.media.table import Table
from vizlog.runlog import active
from vizlog.runlog.writer import store_media

__all__ = ["TableWriter"]


def _dense(table: pa.Table) -> pa.Table:
    if not any(pa.types.is_dictionary(f.type) for f in table.schema):
        return table
    cols = [c.cast(c.type.value_type) if pa.types.is_dictionary(c.type) else c
            for c in table.columns]
    fields = [pa.field(f.name, c.type, f.nullable, f.metadata)
              for f, c in zip(table.schema, cols, strict=True)]
    return pa.Table.from_arrays(cols, schema=pa.schema(fields, metadata=table.schema.metadata))


class TableWriter:
    """Streams a table into a run in pieces; see the module docstring."""

    def __init__(self, key: str, run: Any = None, *, dtype: Any = None,
                 optional: Any = True, allow_mixed_types: bool = False,
                 log_mode: str = "IMMUTABLE", commit: bool | None = None) -> None:
        if run is None:
            run = active.get()
        if run is None or getattr(run, "state", None) != "running":
            raise RunStateError("`TableWriter` needs a running run: call `vizlog.init()` first "
                                "or pass `run=`.")
        if not isinstance(key, str) or not key:
            raise MediaError(f"`key` must be a non-empty str; got {key!r}.")
        self.key, self.run, self.commit_step = key, run, commit
        self._opts = {"dtype": dtype, "optional": optional,
                      "allow_mixed_types": allow_mixed_types, "log_mode": log_mode}
        Table(columns=[], log_mode=log_mode)  # validates log_mode now
        self._stream = run.store.open_stream(Table.kind)
        self._writer: CanonicalWriter | None = None
        self._first: Table | None = None
        self._nrows = 0
        self._pieces = 0
        self.descriptor: dict[str, Any] | None = None

    def write(self, data: Any, columns: Any = None) -> None:
        """Append one piece: a DataFrame, Arrow table/batch, 2-D array, ``vizlog.Table``, or a
        list of rows (then ``columns`` names them)."""
        if self.descriptor is not None or self._stream.closed:
            raise RunStateError(f"TableWriter {self.key!r} is closed; start a new one.")
        if isinstance(data, Table):
            piece = data.snapshot_for_log()
        elif isinstance(data, (list, tuple)):
            piece = Table(columns=columns if columns is not None else
                          (self._first.columns if self._first else None), data=data,
                          **self._opts)
        else:
            piece = Table(data=data, columns=columns, **self._opts)
        step = self.run.step
        resolved = {name: store_media(self.run.store, self.key, step, child)
                    for name, child in piece.children().items()}
        arrow = _dense(piece.arrow_for_file(resolved))
        if self._writer is None:
            self._writer = CanonicalWriter(self._stream, arrow.schema)
            self._first = piece
        else:
            arrow = self._conform(arrow, piece)
        self._writer.write(arrow)
        self._nrows += arrow.num_rows
        self._pieces += 1

    def _conform(self, arrow: pa.Table, piece: Table) -> pa.Table:
        assert self._writer is not None and self._first is not None
        want = self._writer.schema
        if arrow.column_names != want.names:
            raise MediaError(f"piece {self._pieces} of {self.key!r} has columns "
                             f"{arrow.column_names}; the first piece had {want.names}. Give "
                             "every piece the same columns.")
        for f, g in zip(want, arrow.schema, strict=True):
            if f.type != g.type or (f.metadata or {}) != (g.metadata or {}) or \
                    (g.nullable and not f.nullable):
                hint = " (it was all null there: pass `dtype=`)" if pa.types.is_null(f.type) \
                    else ""
                raise MediaError(f"piece {self._pieces} of {self.key!r}: column {f.name!r} is "
                                 f"{piece.column_types[f.name]}, the first piece had "
                                 f"{self._first.column_types[f.name]}{hint}. Give every piece "
                                 "the same column types, e.g. with `dtype=`.")
        return arrow.replace_schema_metadata(want.metadata).cast(want)

    def close(self) -> dict[str, Any]:
        """Publish the file, log ``{key: descriptor}`` into the run, and return the descriptor."""
        if self.descriptor is not None:
            return self.descriptor
        if self._writer is None:  # nothing written: an empty table
            empty = Table(columns=[], **self._opts)
            self._writer = CanonicalWriter(self._stream, empty.arrow_for_file({}).schema)
            self._first = empty
        self._writer.close()
        assert self._first is not None
        fields = dict(self._first.descriptor_fields())
        fields["nrows"] = self._nrows
        self.descriptor = self._stream.commit(self.key, self.run.step, "arrow", fields)
        self.run.log({self.key: self.descriptor}, commit=self.commit_step)
        return self.descriptor

    def abort(self) -> None:
        """Drop everything written so far (media cells already stored stay, unreferenced)."""
        self._stream.abort()

    def __enter__(self) -> TableWriter:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        if exc_type is None:
            self.close()
        else:
            self.abort()
