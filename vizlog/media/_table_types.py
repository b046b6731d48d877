"""Column typing for :class:`vizlog.Table`: dtype specs, inference, validation, file encoding.

A column is one of three kinds:

* ``arrow``: an Arrow-typed column (numbers, bool, str, bytes, dates, lists, structs, ...), held
  as a ``pyarrow.ChunkedArray``;
* ``media``: every non-null cell is a vizlog media object of one class (``Image``, ``Video``, ...);
  stored as a ``string`` column whose cells are the JSON descriptors of the stored media;
* ``mixed``: cells of several kinds (``allow_mixed_types=True``); stored as a ``string`` column
  whose cells are strict JSON text (media cells as their descriptor objects).

Nulls are Arrow nulls in every kind.
"""

from __future__ import annotations

import datetime as _dt
import decimal
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Union

import numpy as np

from vizlog import _json
from vizlog.errors import MediaError, MediaTypeError, describe
from vizlog.media._base import Media, RunFiles
from vizlog.media._table_io import arrow_errors, normalize_arrow, pa

__all__ = ["ENCODING_KEY", "MEDIA_TYPE_KEY", "Column", "DType", "accepts", "build_column",
           "cast_column", "change_column", "check_jsonable", "check_nulls", "column_from_any",
           "concat_columns", "encode_cells", "fit_cell", "module_of", "pandas_to_arrow",
           "parse_dtype", "replace_column", "set_nullable"]

#: Field-metadata key marking an encoded column, and its values.
ENCODING_KEY = b"vizlog.encoding"
MEDIA_TYPE_KEY = b"vizlog.media_type"
NDARRAY_KEY = b"vizlog.ndarray"          # numpy dtype of array cells stored as Arrow lists
MEDIA, MIXED, ARROW = "media", "mixed", "arrow"
#: Column values: a sequence or a 1-D numpy array.
Cells = Union[Sequence[Any], "np.ndarray[Any, Any]"]


@dataclass
class DType:
    """A parsed column type: ``kind`` plus the Arrow type or the media class."""

    kind: str
    arrow: pa.DataType | None = None
    media_cls: type[Media] | None = None


@dataclass
class Column:
    """One column of a Table (see the module docstring for the kinds)."""

    name: str
    kind: str
    data: pa.ChunkedArray | None = None        # kind "arrow"
    cells: list[Any] | None = None             # kinds "media"/"mixed": Python values
    media_cls: type[Media] | None = None
    nullable: bool = True
    fixed: bool = False                        # type set by dtype=/cast: never promoted
    lazy: tuple[list[Any], RunFiles] | None = field(default=None, repr=False)
    ndarray: str | None = None                 # kind "arrow" built from numpy array cells: the
    #                                            cells' dtype; they read back as arrays

    @property
    def type_name(self) -> str:
        """The descriptor's column type: Arrow type text, a media ``_type``, or ``mixed``."""
        if self.kind == ARROW:
            assert self.data is not None
            return str(self.data.type)
        if self.kind == MEDIA:
            return self.media_cls.type_name if self.media_cls else "null"
        return "mixed"

    def values(self) -> list[Any]:
        """Python values of a media/mixed column (read-back media are loaded on first use)."""
        if self.lazy is not None:
            raw, files = self.lazy
            self.cells = [_load_cell(v, files) for v in raw]
            self.lazy = None
        assert self.cells is not None
        return self.cells


def _load_cell(value: Any, files: RunFiles) -> Any:
    if isinstance(value, dict) and isinstance(value.get("_type"), str):
        return files.load(value)
    if isinstance(value, list):
        return [_load_cell(v, files) for v in value]
    return value


# -- dtype specs ----------------------------------------------------------------------------------
def _py_types() -> dict[Any, pa.DataType]:
    return {bool: pa.bool_(), int: pa.int64(), float: pa.float64(), str: pa.string(),
            bytes: pa.binary(), _dt.datetime: pa.timestamp("us"), _dt.date: pa.date32()}


def _names() -> dict[str, pa.DataType]:
    return {"bool": pa.bool_(), "boolean": pa.bool_(), "int": pa.int64(), "float": pa.float64(),
            "number": pa.float64(), "str": pa.string(), "string": pa.string(),
            "bytes": pa.binary()}


def parse_dtype(spec: Any, column: str) -> DType | None:
    """Turn one ``dtype=`` entry into a :class:`DType` (``None`` means infer)."""
    if spec is None:
        return None
    if isinstance(spec, pa.DataType):
        return DType(ARROW, arrow=spec)
    if isinstance(spec, type) and issubclass(spec, Media):
        return DType(MEDIA, media_cls=spec)
    if spec is object or spec is Any or spec in ("any", "mixed"):
        return DType(MIXED)
    py_types, names = _py_types(), _names()
    if isinstance(spec, type) and spec in py_types:
        return DType(ARROW, arrow=py_types[spec])
    if isinstance(spec, str) and spec in names:
        return DType(ARROW, arrow=names[spec])
    try:
        np_dtype = np.dtype(spec)
    except TypeError:
        np_dtype = None
    if np_dtype is not None and np_dtype.kind in "biufmM":
        return DType(ARROW, arrow=pa.from_numpy_dtype(np_dtype))
    raise MediaError(f"`dtype` for column {column!r} must be a Python type (int, float, str, bool, "
                     "bytes, datetime), a numpy dtype, a pyarrow DataType, a vizlog media class or "
                     f"'mixed'; got {describe(spec)}.")


# -- building a column from Python values ---------------------------------------------------------
def _category(v: Any) -> str:
    if isinstance(v, Media):
        return type(v).__name__
    if isinstance(v, (bool, np.bool_)):
        return "bool"
    if isinstance(v, (int, float, np.integer, np.floating, decimal.Decimal)):
        return "number"
    if isinstance(v, str):
        return "str"
    if isinstance(v, (bytes, bytearray)):
        return "bytes"
    if isinstance(v, (list, tuple, np.ndarray)):
        return "list"
    if isinstance(v, dict):
        return "dict"
    if isinstance(v, (_dt.datetime, np.datetime64)):
        return "datetime"
    if isinstance(v, _dt.date):
        return "date"
    return type(v).__name__


def ndarray_dtype(values: Cells) -> str | None:
    """The common dtype of the numpy array cells of ``values`` (as text), None if there are
    none. Such a column is stored as (nested) Arrow lists and reads back as arrays, as wandb's
    ndarray cells do."""
    if isinstance(values, np.ndarray) and values.dtype != object:
        return None
    dtypes = [v.dtype for v in values if isinstance(v, np.ndarray)]
    if not dtypes:
        return None
    try:
        return str(np.result_type(*dtypes))
    except TypeError:
        return None


def cell_values(col: Column, values: list[Any]) -> list[Any]:
    """Python values of an Arrow column as the user gave them: nested lists of an ndarray
    column back to numpy arrays (None stays None)."""
    if col.ndarray is None:
        return values
    return [None if v is None else np.asarray(v, dtype=col.ndarray) for v in values]


def _arrow_cell(v: Any) -> Any:
    """One cell as Arrow takes it: N-D arrays as nested lists."""
    return v.tolist() if isinstance(v, np.ndarray) and v.ndim != 1 else v


def _fix_ndarrays(values: Cells) -> list[Any] | None:
    """N-D array cells become nested lists (Arrow list of lists); None if there are none."""
    if not any(isinstance(v, np.ndarray) and v.ndim != 1 for v in values):
        return None
    return [v.tolist() if isinstance(v, np.ndarray) and v.ndim != 1 else v for v in values]


def _first_bad_row(values: Cells, typ: pa.DataType) -> tuple[int, Any]:
    for i, v in enumerate(values):
        try:
            pa.array([v], type=typ)
        except arrow_errors():
            return i, v
    return -1, None


def check_nulls(col: Column, row_offset: int) -> None:
    if col.nullable:
        return
    if col.kind == ARROW:
        assert col.data is not None
        if col.data.null_count == 0:
            return
        import pyarrow.compute as pc

        row = int(pc.index(pc.is_null(col.data), True).as_py())
    else:
        row = next((i for i, v in enumerate(col.values()) if v is None), -1)
        if row < 0:
            return
    raise MediaError(f"column {col.name!r} is not optional but row {row + row_offset} is null; "
                     "fill the value or pass `optional=True` for this column.")


def check_jsonable(name: str, values: Cells, row_offset: int = 0) -> None:
    """Every cell of a mixed column must be a media object or have a strict-JSON form."""
    for i, v in enumerate(values):
        if v is None or isinstance(v, Media):
            continue
        try:
            _json.to_jsonable(_plain(v))
        except TypeError:
            raise MediaError(
                f"column {name!r} row {i + row_offset} holds {describe(v)}, which has no Arrow "
                "type and no JSON form; convert it to a number, str, list or dict (or a vizlog "
                "media object) first.") from None


def _plain(v: Any) -> Any:
    if isinstance(v, (_dt.datetime, _dt.date)):
        return v.isoformat()
    if isinstance(v, decimal.Decimal):
        return float(v)
    if isinstance(v, (list, tuple)):
        return [_plain(x) for x in v]
    if isinstance(v, dict):
        return {k: _plain(x) for k, x in v.items()}
    if isinstance(v, (bytes, bytearray)):
        raise TypeError("bytes")
    return v


def build_column(name: str, values: Cells, dtype: DType | None, nullable: bool,
                 allow_mixed: bool, row_offset: int = 0) -> Column:
    """Type a column of Python values (vectorised: one ``pa.array`` call on the happy path)."""
    if dtype is not None:
        col = _build_typed(name, values, dtype, row_offset)
    else:
        col = _infer(name, values, allow_mixed, row_offset)
    if col.kind == ARROW:
        col.ndarray = ndarray_dtype(values)
    col.nullable = nullable
    col.fixed = dtype is not None
    check_nulls(col, row_offset)
    return col


def _build_typed(name: str, values: Cells, dtype: DType, row_offset: int) -> Column:
    if dtype.kind == MEDIA:
        cls = dtype.media_cls
        assert cls is not None
        for i, v in enumerate(values):
            if v is not None and not isinstance(v, cls):
                raise MediaTypeError(f"column {name!r} has dtype {cls.__name__} but row "
                                 f"{i + row_offset} holds {describe(v)}; pass a {cls.__name__} "
                                 "or None, or declare the column 'mixed'.")
        return Column(name, MEDIA, cells=list(values), media_cls=cls)
    if dtype.kind == MIXED:
        check_jsonable(name, values, row_offset)
        return Column(name, MIXED, cells=list(values))
    assert dtype.arrow is not None
    try:
        arr = pa.array(_fix_ndarrays(values) or values, type=dtype.arrow)
    except arrow_errors():
        row, bad = _first_bad_row(values, dtype.arrow)
        raise MediaTypeError(f"column {name!r} has dtype {dtype.arrow} but row {row + row_offset} "
                         f"holds {describe(bad)}, which does not convert; fix the value or the "
                         "column's `dtype`.") from None
    return Column(name, ARROW, data=pa.chunked_array([arr], type=arr.type))


def _infer(name: str, values: Cells, allow_mixed: bool, row_offset: int) -> Column:
    try:
        arr = pa.array(values)
        return Column(name, ARROW, data=pa.chunked_array([arr], type=arr.type))
    except arrow_errors():
        pass
    fixed = _fix_ndarrays(values)
    if fixed is not None:
        try:
            arr = pa.array(fixed)
            return Column(name, ARROW, data=pa.chunked_array([arr], type=arr.type))
        except arrow_errors():
            pass
    present = [(i, v) for i, v in enumerate(values) if v is not None]
    media_classes = {type(v) for _, v in present if isinstance(v, Media)}
    if len(media_classes) == 1 and len(present) == sum(isinstance(v, Media) for _, v in present):
        return Column(name, MEDIA, cells=list(values), media_cls=media_classes.pop())
    if allow_mixed:
        check_jsonable(name, values, row_offset)
        return Column(name, MIXED, cells=list(values))
    first_i, first_v = present[0]
    kind0 = _category(first_v)
    for i, v in present:
        if _category(v) != kind0:
            raise MediaTypeError(
                f"column {name!r} mixes types: row {first_i + row_offset} is {kind0} but row "
                f"{i + row_offset} is {_category(v)} ({describe(v, 40)}); make the column one "
                "type or pass `allow_mixed_types=True` to store it as JSON text.")
    for i, v in present:  # one category, yet Arrow could not type it: find the culprit
        try:
            pa.array([v])
        except arrow_errors():
            raise MediaTypeError(
                f"column {name!r} row {i + row_offset} holds {describe(v, 60)}, which has no "
                "Arrow type; convert it to a number, str, bytes, list, dict or datetime (or "
                "pass `allow_mixed_types=True` for JSON-able values).") from None
    raise MediaTypeError(f"column {name!r} holds values of one kind ({kind0}) that do not share an "
                     "Arrow type (for example lists of different element types); pass "
                     "`allow_mixed_types=True` or convert them.")


# -- one cell appended by add_data ----------------------------------------------------------------
def accepts(col: Column, value: Any) -> bool | None:
    """Does ``col`` accept ``value`` as is? True/False, or None when Arrow must decide."""
    if value is None:
        return col.nullable
    if col.kind == MIXED:
        return True
    if col.kind == MEDIA:
        return col.media_cls is None or type(value) is col.media_cls
    assert col.data is not None
    t = col.data.type
    if pa.types.is_null(t):
        return None
    if isinstance(value, Media):
        return False
    if pa.types.is_boolean(t):
        return isinstance(value, (bool, np.bool_))
    if pa.types.is_integer(t):
        if isinstance(value, (bool, np.bool_, float, np.floating)):
            return False
        if isinstance(value, (int, np.integer)) and t == pa.int64():
            return -(2**63) <= int(value) < 2**63
        return None
    if pa.types.is_floating(t):
        return isinstance(value, (int, float, np.integer, np.floating)) \
            and not isinstance(value, (bool, np.bool_))
    if pa.types.is_string(t) or pa.types.is_large_string(t):
        return isinstance(value, str)
    if isinstance(value, np.ndarray) and value.ndim != 1:
        value = value.tolist()  # N-D array cells are nested lists
    try:
        pa.array([value], type=t)
    except arrow_errors():
        return False
    return True


def fit_cell(col: Column, v: Any, row: int, allow_mixed: bool) -> str | None:
    """None if ``v`` (appended by ``add_data`` as row ``row``) fits ``col`` as is, else the
    change the column needs (see :func:`change_column`); raises when nothing fits."""
    if col.kind == MIXED and v is not None:
        check_jsonable(col.name, [v], row)
        return None
    ok = accepts(col, v)
    if ok:
        return None
    if v is None:
        raise MediaError(f"column {col.name!r} is not optional but `add_data` row {row} "
                         "gives None; pass a value or make the column optional.")
    if ok is None:  # a null-typed column, or a type only Arrow can check
        assert col.data is not None
        is_null = pa.types.is_null(col.data.type)
        if is_null and isinstance(v, Media):
            return "media"
        try:
            pa.array([_arrow_cell(v)], type=None if is_null else col.data.type)
            return "infer" if is_null else None
        except arrow_errors():
            pass
    if (not col.fixed and col.kind == ARROW and col.data is not None
            and pa.types.is_integer(col.data.type)
            and isinstance(v, (float, np.floating))):
        return "float"
    if allow_mixed and not col.fixed:
        check_jsonable(col.name, [v], row)
        return "mixed"
    raise MediaTypeError(f"column {col.name!r} holds {col.type_name} but `add_data` row {row} "
                     f"gives {describe(v, 60)}; pass a matching value, or build the table "
                     "with `allow_mixed_types=True`.")


def encode_cells(col: Column, names: dict[int, str] | None,
                 resolved: dict[str, dict[str, Any]], ci: int) -> pa.Array:
    """The stored ``string`` array of a media/mixed column (JSON per cell, null for None)."""
    out: list[str | None] = []
    for ri, v in enumerate(col.values()):
        if v is None:
            out.append(None)
        else:
            out.append(_json.dumps(_cell_json(v, resolved, f"{ci}/{ri}", names)))
    return pa.array(out, type=pa.string())


def _cell_json(v: Any, resolved: dict[str, dict[str, Any]], name: str,
               names: dict[int, str] | None) -> Any:
    if isinstance(v, Media):
        key = names.get(id(v), name) if names else name
        desc = resolved.get(key)
        if desc is None:  # encoded without its children (e.g. to_arrow()): the type only
            return {"_type": v.type_name}
        return desc
    return _plain(v)


def module_of(value: Any) -> str:
    """The top-level package of ``value``'s type (checks DataFrames without importing them)."""
    return type(value).__module__.split(".")[0]


# -- whole-column operations -----------------------------------------------------------------------
def replace_column(col: Column, **changes: Any) -> Column:
    from dataclasses import replace

    if "cells" in changes:
        changes.setdefault("lazy", None)
    return replace(col, **changes)


def change_column(col: Column, change: str, v: Any, nrows: int) -> Column:
    if change == "float":
        assert col.data is not None
        return replace_column(col, data=col.data.cast(pa.float64()))
    if change == "infer":
        t = pa.array([_arrow_cell(v)]).type
        return replace_column(col, data=pa.chunked_array([pa.nulls(nrows, t)], type=t),
                              ndarray=ndarray_dtype([v]))
    if change == "media":
        return Column(col.name, MEDIA, cells=[None] * nrows, media_cls=type(v),
                      nullable=col.nullable)
    values = col.data.to_pylist() if col.data is not None else list(col.values())
    return Column(col.name, MIXED, cells=values, nullable=col.nullable)


def cast_column(col: Column, spec: DType, optional: bool, allow_mixed: bool = False) -> Column:
    if spec.kind == ARROW and col.kind == ARROW:
        assert col.data is not None and spec.arrow is not None
        try:
            data = col.data.cast(spec.arrow)
        except arrow_errors():  # find and name the first value that does not convert
            for row, v in enumerate(col.data.to_pylist()):
                try:
                    pa.array([v], type=col.data.type).cast(spec.arrow)
                except arrow_errors():
                    raise MediaTypeError(f"column {col.name!r} cannot be cast to {spec.arrow}: row "
                                     f"{row} holds {describe(v, 60)}; fix the value or cast to "
                                     "another type.") from None
            raise
        return set_nullable(Column(col.name, ARROW, data=data), optional)
    values = col.data.to_pylist() if col.data is not None else list(col.values())
    return build_column(col.name, values, spec, optional, allow_mixed)


def set_nullable(col: Column, optional: bool, fixed: bool = True) -> Column:
    """Set nullability (refusing nulls when not optional) and whether the type is fixed."""
    col.nullable, col.fixed = optional, fixed
    check_nulls(col, 0)
    return col


def concat_columns(a: Column, b: Column, offset: int, what: str, allow_mixed: bool) -> Column:
    if a.kind == ARROW and b.kind == ARROW:
        assert a.data is not None and b.data is not None
        ta, tb = a.data.type, b.data.type
        if ta != tb:
            target = tb if pa.types.is_null(ta) else ta
            if pa.types.is_integer(ta) and pa.types.is_floating(tb) and not a.fixed:
                target = tb
            try:
                da, db = a.data.cast(target), b.data.cast(target)
            except arrow_errors():
                raise MediaTypeError(f"column {a.name!r}: {what} has type {tb}, the table has {ta} "
                                 f"(row {offset} on); give every batch the same types or pass "
                                 "`dtype=`.") from None
            return replace_column(a, data=pa.chunked_array([*da.chunks, *db.chunks], type=target))
        return replace_column(a, data=pa.chunked_array([*a.data.chunks, *b.data.chunks], type=ta))
    if a.kind == b.kind == MEDIA and a.media_cls is b.media_cls:
        return replace_column(a, cells=[*a.values(), *b.values()])
    if allow_mixed:
        va = a.data.to_pylist() if a.data is not None else a.values()
        vb = b.data.to_pylist() if b.data is not None else b.values()
        return Column(a.name, MIXED, cells=[*va, *vb], nullable=a.nullable)
    raise MediaTypeError(f"column {a.name!r}: {what} holds {b.type_name}, the table holds "
                     f"{a.type_name} (row {offset} on); pass `allow_mixed_types=True` or make "
                     "the batches agree.")


def pandas_to_arrow(df: Any, names: list[str]) -> tuple[pa.Table, dict[int, list[Any]]]:
    """``from_pandas`` (vectorised); object columns it cannot type are returned as lists."""
    try:
        return pa.Table.from_pandas(df, preserve_index=False), {}
    except arrow_errors():
        pass
    arrays, typed = [], {}
    for j in range(len(names)):
        series = df.iloc[:, j]
        try:
            arrays.append(pa.Array.from_pandas(series))
        except arrow_errors():
            arrays.append(pa.nulls(len(df)))
            typed[j] = series.tolist()
    return pa.Table.from_arrays(arrays, names=names), typed


def column_from_any(name: str, data: Any, optional: bool, allow_mixed: bool) -> Column:
    if type(data).__name__ == "Series" and module_of(data) in ("pandas", "polars"):
        try:
            data = data.to_arrow() if module_of(data) == "polars" else \
                pa.Array.from_pandas(data)
        except arrow_errors():
            data = data.to_list()
    if isinstance(data, (pa.Array, pa.ChunkedArray)):
        chunked = data if isinstance(data, pa.ChunkedArray) else pa.chunked_array([data])
        col = Column(name, ARROW, data=normalize_arrow(pa.table({name: chunked})).column(0))
        return set_nullable(col, optional, fixed=False)
    if isinstance(data, np.ndarray):
        if data.ndim == 0:
            raise MediaError(f"`data` for column {name!r} must be a sequence; got a 0-d array.")
        if data.dtype.kind == "O" or data.ndim > 1:
            data = list(data)
    if not isinstance(data, (list, tuple, np.ndarray)):
        raise MediaError(f"`data` for column {name!r} must be a list, numpy array, Arrow array "
                         f"or Series; got {describe(data)}.")
    return build_column(name, data, None, optional, allow_mixed)
