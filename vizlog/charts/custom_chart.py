"""``CustomChart`` and ``plot_table``: a Vega-Lite spec bound to a Table, stored as files.

``plot_table(vega_spec_name, data_table, fields, string_fields=None, split_table=False)`` (also
``vizlog.plot.plot_table`` and ``Run.plot_table``) checks every binding before anything is
written, and returns a :class:`CustomChart`:

* ``vega_spec_name``: a built-in name (``"line"``, ``"vizlog/line"``), a wandb preset id
  (``"wandb/line/v0"``), a registered name, the path of a ``.vl.json`` file, or a spec dict (see
  :mod:`vizlog.charts.specs` for the placeholder convention).
* ``data_table``: a :class:`vizlog.Table` (its content is snapshotted now).
* ``fields``: spec field -> column name (``None`` leaves an optional field out); every required
  field must be bound to an existing column, numeric where the spec plots a quantity.
* ``string_fields``: spec string -> text (``None`` or missing: the spec's default).
* ``split_table``: recorded, as wandb's flag (its UI puts the table in "Custom Chart Tables").

Logging stores the table first (Arrow, ``tables/``), then the resolved spec (``charts/*.vl.json``):
placeholders filled in, the table's rows inlined under ``datasets`` (non-finite numbers become
``null``, timestamps milliseconds since the epoch, media and binary columns are left out), so the
file alone renders offline with vega-embed, vl-convert or ``altair.Chart.from_dict``.

An ``altair`` chart logged directly is stored the same way (its spec as altair writes it, its one
dataset also as a Table); :meth:`CustomChart.to_altair`, :meth:`to_svg`, :meth:`to_png` and
:meth:`to_html` need ``pip install "vizlog[charts]"`` (altair, vl-convert-python) and use no
network. Descriptor: ``docs/formats/chart.md``.
"""

from __future__ import annotations

import copy
import datetime as _dt
import json
import math
from collections.abc import Mapping
from typing import Any

import pyarrow as pa

from vizlog import _json
from vizlog.charts.specs import WANDB_ID_OF, VegaSpec, get_spec
from vizlog.errors import ChartBindingError, describe
from vizlog.media._base import Encoded, Media, Resolved, RunFiles
from vizlog.media.table import Table

__all__ = ["CustomChart", "plot_table"]

_MEDIA_ENCODING = b"media"


def _need(module: str) -> Any:
    import importlib

    try:
        return importlib.import_module(module)
    except ImportError:
        raise ChartBindingError(f"`{module}` is needed for this; install it with "
                                "`pip install \"vizlog[charts]\"`.") from None


def _columns_text(columns: list[str]) -> str:
    return ", ".join(repr(c) for c in columns) or "(none)"


def _is_numeric(t: pa.DataType) -> bool:
    return bool(pa.types.is_integer(t) or pa.types.is_floating(t) or pa.types.is_decimal(t)
                or pa.types.is_null(t))


def _bind(spec: VegaSpec, table: Table, arrow: pa.Table, fields: Any, string_fields: Any
          ) -> tuple[dict[str, str | None], dict[str, str]]:
    """Check ``fields``/``string_fields`` against the spec and the table (module docstring)."""
    where = f"spec {spec.name!r}"
    columns = table.columns
    if not isinstance(fields, Mapping):
        raise ChartBindingError(f"`fields` must be a dict of spec field -> column name; got "
                                f"{describe(fields)}.")
    unknown = sorted(str(k) for k in fields if k not in spec.fields)
    if unknown:
        raise ChartBindingError(
            f"{where} has no field {unknown[0]!r}; its fields are: "
            f"{', '.join(spec.fields) or '(none)'}. Remove `fields[{unknown[0]!r}]`.")
    bound: dict[str, str | None] = {}
    for name, info in spec.fields.items():
        column = fields.get(name)
        if column is None:
            if info.required:
                have = ", ".join(sorted(k for k, v in fields.items() if v is not None))
                raise ChartBindingError(
                    f"{where} needs field {name!r} bound to a column; `fields` binds: "
                    f"{have or '(nothing)'}. Add `fields[{name!r}] = <column>`; table columns "
                    f"are: {_columns_text(columns)}.")
            bound[name] = None
            continue
        if not isinstance(column, str):
            raise ChartBindingError(f"`fields[{name!r}]` must be a column name (str) or None; "
                                    f"got {describe(column)}.")
        if column not in columns:
            raise ChartBindingError(
                f"{where} needs field {name!r} = column {column!r}; table columns are: "
                f"{_columns_text(columns)}. Bind `fields[{name!r}]` to one of them, or add the "
                "column.")
        if info.numeric:
            f = arrow.schema.field(column)
            if not _is_numeric(f.type) or (f.metadata or {}).get(b"vizlog.encoding"):
                kind = table.column_types.get(column, str(f.type))
                raise ChartBindingError(
                    f"{where} plots field {name!r} as a quantity, so column {column!r} must be "
                    f"numeric; it holds {kind}. Bind a numeric column, or cast it with "
                    f"`table.cast({column!r}, float)`.")
        bound[name] = column
    strings = dict(spec.strings)
    if string_fields is not None:
        if not isinstance(string_fields, Mapping):
            raise ChartBindingError(f"`string_fields` must be a dict of spec string -> text; "
                                    f"got {describe(string_fields)}.")
        for name, text in string_fields.items():
            if name not in spec.strings:
                raise ChartBindingError(
                    f"{where} has no string {name!r}; its strings are: "
                    f"{', '.join(spec.strings) or '(none)'}. Remove `string_fields[{name!r}]`.")
            if text is None:
                continue
            if not isinstance(text, str):
                raise ChartBindingError(f"`string_fields[{name!r}]` must be a str or None; got "
                                        f"{describe(text)}.")
            strings[name] = text
    return bound, strings


# -- rows for Vega ------------------------------------------------------------------------------
def _clean(value: Any) -> Any:
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, list):
        return [_clean(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _clean(v) for k, v in value.items()}
    if isinstance(value, (_dt.datetime, _dt.date, _dt.time, _dt.timedelta, bytes)):
        return str(value)
    return value


def _column_values(col: pa.ChunkedArray) -> list[Any] | None:
    """A column as JSON-ready Python values, or None when it has no JSON form (binary)."""
    import pyarrow.compute as pc

    t = col.type
    if pa.types.is_dictionary(t):
        col = col.cast(t.value_type)
        t = t.value_type
    if pa.types.is_binary(t) or pa.types.is_large_binary(t) or pa.types.is_fixed_size_binary(t):
        return None
    if pa.types.is_timestamp(t) or pa.types.is_date(t):
        if pa.types.is_date(t):
            col = col.cast(pa.timestamp("ms"))
        ms = col.cast(pa.timestamp("ms", tz=getattr(col.type, "tz", None))).cast(pa.int64())
        return ms.to_pylist()
    if pa.types.is_floating(t):
        col = pc.if_else(pc.is_finite(col), col, pa.scalar(None, t))
        return col.to_pylist()
    if pa.types.is_decimal(t):
        return col.cast(pa.float64()).to_pylist()
    values = col.to_pylist()
    if not (pa.types.is_integer(t) or pa.types.is_string(t) or pa.types.is_large_string(t)
            or pa.types.is_boolean(t) or pa.types.is_null(t)):
        values = [_clean(v) for v in values]
    return values


def vega_rows(arrow: pa.Table) -> list[dict[str, Any]]:
    """Rows of ``arrow`` as Vega data objects (see the module docstring for the rules)."""
    names, cols = [], []
    for f, col in zip(arrow.schema, arrow.columns, strict=True):
        if (f.metadata or {}).get(b"vizlog.encoding") == _MEDIA_ENCODING:
            continue
        values = _column_values(col)
        if values is not None:
            names.append(f.name)
            cols.append(values)
    if not cols:
        return [{} for _ in range(arrow.num_rows)]
    return [dict(zip(names, row, strict=True)) for row in zip(*cols, strict=True)]


class CustomChart(Media):
    """A Vega-Lite chart bound to a table; build it with :func:`plot_table` or a preset."""

    type_name = "custom-chart"
    list_type_name = "custom-chart/list"
    #: The folder (under the run directory) resolved specs are stored in.
    kind = "charts"

    def __init__(self, data_table: Table, vega_spec_name: Any, fields: Mapping[str, Any],
                 string_fields: Mapping[str, Any] | None = None, split_table: bool = False,
                 info: Mapping[str, Any] | None = None,
                 inline: tuple[list[Any], list[Any]] | None = None) -> None:
        spec = get_spec(vega_spec_name)
        if not isinstance(data_table, Table):
            raise ChartBindingError(
                f"`data_table` must be a vizlog.Table; got {describe(data_table)}. Wrap the data "
                "first, e.g. `vizlog.Table(dataframe=df)` or `vizlog.Table(columns=..., "
                "data=rows)`.")
        if not isinstance(split_table, bool):
            raise ChartBindingError(f"`split_table` must be a bool; got {describe(split_table)}.")
        table = data_table.snapshot_for_log()
        arrow = table.to_arrow()
        bound, strings = _bind(spec, table, arrow, fields, string_fields)
        self.table: Table | None = table
        self.spec_name = spec.name
        self.fields = {k: v for k, v in bound.items() if v is not None}
        self.string_fields = strings
        self.split_table = split_table
        doc = spec.resolve(bound, strings)
        doc["usermeta"] = {"vizlog": {"spec": spec.name, "spec_sha256": spec.sha256,
                                      "fields": self.fields, "strings": strings}}
        self._inline_values: list[Any] | None = None
        if inline is not None and spec.data_name is not None:
            # a compact form of the rows (the curve presets): values plus the transforms that
            # expand them, run before the spec's own transforms
            self._inline_values = inline[0]
            doc["transform"] = [*inline[1], *(doc.get("transform") or [])]
        self._data_name: str | None = spec.data_name
        self._arrow: pa.Table | None = arrow
        self._doc = doc
        panel_id = WANDB_ID_OF.get(spec.name) if spec.source == "builtin" else spec.name
        self._meta: dict[str, Any] = {
            "_type": self.type_name, "format": "vega-lite", "spec": spec.name,
            "spec_sha256": spec.sha256, "schema": spec.schema, "fields": self.fields,
            "strings": strings, "split_table": split_table,
            "wandb": {"panel_type": "Vega2", "panel_config": {
                "panelDefId": panel_id or spec.name,
                "fieldSettings": dict(bound), "stringSettings": strings,
                "transform": {"name": "tableWithLeafColNames"}}},
            **_json.loads(_json.dumps(dict(info or {}))),
        }

    # -- other ways in ------------------------------------------------------------------------
    @classmethod
    def _literal(cls, doc: dict[str, Any], table: Table | None, meta: dict[str, Any]
                 ) -> CustomChart:
        self = cls.__new__(cls)
        self.table = table
        self.spec_name = str(meta.get("spec", "inline"))
        self.fields = dict(meta.get("fields") or {})
        self.string_fields = dict(meta.get("strings") or {})
        self.split_table = bool(meta.get("split_table", False))
        self._data_name = None
        self._inline_values = None
        self._arrow = table.to_arrow() if table is not None else None
        self._doc = doc
        self._meta = meta
        return self

    @classmethod
    def from_altair(cls, chart: Any) -> CustomChart:
        """A chart from an ``altair`` chart: its spec as altair writes it (data inline, no
        row limit); when it has exactly one dataset, that dataset is also stored as a Table."""
        alt = _need("altair")
        with alt.data_transformers.disable_max_rows():
            doc = chart.to_dict()
        from vizlog.charts.specs import check_remote

        check_remote(doc, "altair chart")
        table = None
        datasets = doc.get("datasets") or {}
        if len(datasets) == 1:
            rows = next(iter(datasets.values()))
            try:
                table = Table(pa.Table.from_pylist(rows))
            except (pa.ArrowException, ValueError, TypeError):
                table = None
        meta = {"_type": cls.type_name, "format": "vega-lite", "spec": "altair",
                "schema": str(doc.get("$schema", "")), "fields": {}, "strings": {},
                "split_table": False}
        return cls._literal(doc, table, meta)

    # -- the protocol -----------------------------------------------------------------------------
    def children(self) -> dict[str, Media]:
        return {"table": self.table} if self.table is not None else {}

    def to_dict(self) -> dict[str, Any]:
        """The resolved Vega-Lite spec with the data inlined (what the stored file holds)."""
        doc = copy.deepcopy(self._doc)
        if self._data_name is not None and self._arrow is not None:
            datasets = dict(doc.get("datasets") or {})
            datasets[self._data_name] = (self._inline_values if self._inline_values is not None
                                         else vega_rows(self._arrow))
            doc["datasets"] = datasets
        return doc

    @property
    def spec(self) -> dict[str, Any]:
        """Same as :meth:`to_dict`."""
        return self.to_dict()

    def spec_json(self) -> str:
        """The stored file's text: strict JSON with sorted keys."""
        return _json.dumps(self.to_dict()) + "\n"

    def encode(self, resolved: Resolved | None = None) -> Encoded:
        fields = dict(self._meta)
        if self.table is not None:
            table_desc = (resolved or {}).get("table")
            fields["table"] = dict(table_desc) if table_desc is not None else \
                self.table.descriptor_fields()
        return Encoded(self.spec_json().encode("utf-8"), "vl.json", self.kind, fields)

    @classmethod
    def from_value(cls, value: Any) -> CustomChart | None:
        """``log()`` hook: an altair chart (``Chart``, ``LayerChart``, ...)."""
        if type(value).__module__.startswith("altair.") and callable(getattr(value, "to_dict",
                                                                              None)):
            return cls.from_altair(value)
        return None

    @classmethod
    def from_descriptor(cls, descriptor: Mapping[str, Any], files: RunFiles) -> CustomChart:
        doc = json.loads(files.read_bytes(descriptor["path"]).decode("utf-8"))
        table = None
        if isinstance(descriptor.get("table"), Mapping) and "path" in descriptor["table"]:
            table = Table.from_descriptor(descriptor["table"], files)
        meta = {k: v for k, v in descriptor.items()
                if k not in ("path", "sha256", "size", "table")}
        return cls._literal(doc, table, _json.loads(_json.dumps(meta)))

    # -- display and rendering -----------------------------------------------------------------
    def to_altair(self) -> Any:
        """The chart as an ``altair`` chart object (``Chart``, ``LayerChart``, ...)."""
        alt = _need("altair")
        return alt.Chart.from_dict(self.to_dict())

    def _vl_version(self, vlc: Any) -> str | None:
        import re

        m = re.search(r"/v(\d+)\.(\d+)", str(self._doc.get("$schema", "")))
        if m is None:
            return None
        version = f"{m.group(1)}.{m.group(2)}"
        return version if version in vlc.get_vegalite_versions() else None

    def to_svg(self) -> str:
        """Render to SVG text with vl-convert (offline: no data URL is allowed)."""
        vlc = _need("vl_convert")
        return str(vlc.vegalite_to_svg(self.to_dict(), vl_version=self._vl_version(vlc),
                                       allowed_base_urls=[]))

    def to_png(self, scale: float = 1.0, ppi: float | None = None) -> bytes:
        """Render to PNG bytes with vl-convert (offline)."""
        vlc = _need("vl_convert")
        return bytes(vlc.vegalite_to_png(self.to_dict(), vl_version=self._vl_version(vlc),
                                         scale=scale, ppi=ppi, allowed_base_urls=[]))

    def to_html(self) -> str:
        """A self-contained HTML page (Vega JavaScript bundled in, nothing fetched)."""
        vlc = _need("vl_convert")
        return str(vlc.vegalite_to_html(self.to_dict(), vl_version=self._vl_version(vlc),
                                        bundle=True))

    def _repr_mimebundle_(self, include: Any = None, exclude: Any = None) -> dict[str, Any]:
        doc = self.to_dict()
        from vizlog.protocol import notebook_bundle

        bundle: dict[str, Any] = {"application/vnd.vegalite.v6+json": doc,
                                  "text/plain": repr(self)}
        try:
            bundle["image/svg+xml"] = self.to_svg()
        except ChartBindingError:  # vl-convert not installed: the Vega-Lite mimetype only
            pass
        html = notebook_bundle(self).get("text/html")
        if html is not None:  # the same picture as self-contained HTML (or the spec as text)
            bundle["text/html"] = html
        return bundle

    def __repr__(self) -> str:
        rows = f"{self.table.nrows} rows" if self.table is not None else "inline data"
        return f"<vizlog.CustomChart {self.spec_name!r} {rows}>"


def plot_table(vega_spec_name: Any, data_table: Table, fields: Mapping[str, Any],
               string_fields: Mapping[str, Any] | None = None,
               split_table: bool = False) -> CustomChart:
    """Bind a Vega-Lite spec to a table (see the module docstring)."""
    return CustomChart(data_table, vega_spec_name, fields, string_fields, split_table)
