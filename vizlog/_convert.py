"""Converters for logged values that are not vizlog media but have an obvious media form.

Each takes a value and returns a media object or ``None``; none imports the library it checks
for (matplotlib, pandas, polars, altair): a value can only be of a type whose module is loaded.
"""

from __future__ import annotations

from typing import Any

from vizlog.media._base import Media

__all__ = ["default_converters"]


def _matplotlib_figure(value: Any) -> Media | None:
    mod = type(value).__module__
    if mod.startswith("matplotlib.") and callable(getattr(value, "savefig", None)):
        from vizlog.media.image import Image

        return Image(value)
    return None


def _dataframe(value: Any) -> Media | None:
    """pandas/polars DataFrame or pyarrow Table -> Table (module checked by name, not imported)."""
    mod = type(value).__module__.split(".")[0]
    name = type(value).__name__
    if (mod in ("pandas", "polars") and name == "DataFrame") or \
            (mod == "pyarrow" and name in ("Table", "RecordBatch")):
        from vizlog.media.table import Table

        return Table(value)
    return None


def _altair_chart(value: Any) -> Media | None:
    """altair chart (``Chart``, ``LayerChart``, ...) -> CustomChart, by module name."""
    if type(value).__module__.startswith("altair.") and callable(getattr(value, "to_dict", None)):
        from vizlog.charts.custom_chart import CustomChart

        return CustomChart.from_altair(value)
    return None


def default_converters() -> list[Any]:
    """The converters a Run applies, in order."""
    return [_matplotlib_figure, _dataframe, _altair_chart]
