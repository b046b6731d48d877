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


def default_converters() -> list[Any]:
    """The converters a Run applies, in order."""
    return [_matplotlib_figure]
