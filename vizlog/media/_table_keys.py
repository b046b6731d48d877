"""Primary and foreign keys of a :class:`~vizlog.Table` (wandb's ``set_pk`` / ``set_fk``).

wandb's rules: a key column holds strings and no nulls (it becomes non-optional); a table has at
most one primary key; a foreign key is not the primary key and points at a column of *another*
table. Misuse raises :class:`~vizlog.errors.TableKeyError` (an ``AssertionError``, as wandb's
asserts) and a column of another type :class:`~vizlog.errors.MediaTypeError` (a ``TypeError``).

Keys are recorded in the descriptor (``primary_key``: column; ``foreign_keys``: column ->
``{"column": referenced column, "table_columns": referenced table's columns}``) and in the Arrow
field metadata (``vizlog.key`` = ``primary``/``foreign``, ``vizlog.fk_column``), so a table read
back knows them.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from vizlog.errors import MediaTypeError, TableKeyError, describe
from vizlog.media._table_io import pa
from vizlog.media._table_types import ARROW, Column, check_nulls

__all__ = ["KEY_KEY", "FK_COLUMN_KEY", "check_key_column", "key_metadata", "keys_from_schema"]

KEY_KEY = b"vizlog.key"
FK_COLUMN_KEY = b"vizlog.fk_column"


def check_key_column(col: Column, what: str) -> Column:
    """The column made non-optional, after checking it holds only strings and no nulls."""
    typ = col.data.type if col.kind == ARROW and col.data is not None else None
    if typ is None or not (pa.types.is_string(typ) or pa.types.is_large_string(typ)
                           or (pa.types.is_null(typ) and len(col.data or []) == 0)):
        shown = str(typ) if typ is not None else col.type_name
        raise MediaTypeError(f"column {col.name!r} holds {shown}; a {what} column must hold "
                             "strings (as in wandb). Cast it first, e.g. "
                             f"`table.cast({col.name!r}, str)`.")
    if col.data is not None and col.data.null_count:
        raise TableKeyError(f"column {col.name!r} has null cells; a {what} cannot be optional. "
                            "Fill them first.")
    col.nullable = False
    check_nulls(col, 0)
    return col


def check_foreign_table(table: Any, table_col: Any, own: Any) -> list[str]:
    """The referenced table's columns, after checking ``table``/``table_col``."""
    from vizlog.media.table import Table

    if not isinstance(table, Table):
        raise TableKeyError(f"`table` must be a vizlog.Table; got {describe(table)}.")
    if table is own:
        raise TableKeyError("`table` is this table; a foreign key must point at another table.")
    if not isinstance(table_col, str) or table_col not in table.columns:
        raise TableKeyError(f"`table_col` {table_col!r} is not a column of `table`; its columns "
                            f"are {table.columns}.")
    return list(table.columns)


def key_metadata(name: str, pk: str | None, fks: Mapping[str, Mapping[str, Any]]
                 ) -> dict[bytes, bytes]:
    """Arrow field metadata for column ``name``."""
    if name == pk:
        return {KEY_KEY: b"primary"}
    if name in fks:
        return {KEY_KEY: b"foreign", FK_COLUMN_KEY: str(fks[name]["column"]).encode()}
    return {}


def keys_from_schema(schema: pa.Schema) -> tuple[str | None, dict[str, dict[str, Any]]]:
    """(primary key, foreign keys) recorded in a stored table's field metadata."""
    pk: str | None = None
    fks: dict[str, dict[str, Any]] = {}
    for f in schema:
        meta = f.metadata or {}
        kind = meta.get(KEY_KEY)
        if kind == b"primary":
            pk = f.name
        elif kind == b"foreign":
            fks[f.name] = {"column": meta.get(FK_COLUMN_KEY, b"").decode()}
    return pk, fks
