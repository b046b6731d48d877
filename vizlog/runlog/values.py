"""Turn the values of one ``log()`` call into a history row plus the media to store.

Rules (wandb's, made explicit):

* ``Media`` objects, and lists/tuples of media of one class, are stored as files; the row holds
  their descriptor.
* dicts nest; their media are stored under the key path joined with ``/``.
* bool, int, float, str and None are kept; numpy scalars and 0-d arrays become Python numbers.
* arrays (numpy, torch-like, ``__array__``) with one element become a number, up to 32 elements a
  list, more a ``histogram`` descriptor with 32 bins computed from the finite values.
* other objects with a known media form (matplotlib figure -> Image, pandas/polars DataFrame ->
  Table, altair Chart -> chart) are converted through :func:`vizlog.registry.convert`.
* anything else is refused with an error naming the key.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import numpy as np

from vizlog import registry
from vizlog._json import check_depth, check_text
from vizlog.errors import UsageError, describe
from vizlog.media._base import Media
from vizlog.media._util import is_torch_like
from vizlog.media.histogram import auto_histogram
from vizlog.runlog.writer import MediaList

__all__ = ["split_row"]

AUTO_HISTOGRAM_ELEMENTS = 32


def _array(value: Any) -> np.ndarray | None:
    if isinstance(value, np.ndarray):
        return value
    if is_torch_like(value):
        return np.asarray(value.detach().cpu().numpy())
    if hasattr(value, "__array__") and not isinstance(value, Media):
        return np.asarray(value)
    return None


def _convert(value: Any, path: tuple[str, ...], media: list[tuple[tuple[str, ...], Any]]) -> Any:
    check_depth(value, f"`{'/'.join(path[:3])}/...`", len(path))
    if isinstance(value, np.generic):  # before float/str: np.float64 and np.str_ subclass them
        return _numpy_scalar(value, path, media)
    if isinstance(value, str):
        return check_text(value, f"`{'/'.join(path)}`")
    if value is None or isinstance(value, (bool, int)):
        return value
    if isinstance(value, float):
        return value
    if isinstance(value, Media):
        media.append((path, _snapshot(value)))
        return None
    if isinstance(value, Mapping):
        out = {}
        for k, v in value.items():
            if not isinstance(k, str):
                raise UsageError(f"log keys must be str; got {describe(k)} under "
                                  f"{'/'.join(path) or 'the top level'}. Convert the key to str.")
            check_text(k, f"a key under {'/'.join(path) or 'the top level'}")
            out[k] = _convert(v, (*path, k), media)
        return out
    if isinstance(value, (list, tuple)):
        if value and all(isinstance(v, Media) for v in value):
            first = type(value[0])
            if any(type(v) is not first for v in value):
                kinds = sorted({type(v).__name__ for v in value})
                raise UsageError(f"`{'/'.join(path)}` mixes media types {kinds}; a list logged "
                                  "under one key must hold one type. Log them under separate keys.")
            media.append((path, MediaList([_snapshot(v) for v in value])))
            return None
        if any(isinstance(v, Media) for v in value):
            raise UsageError(f"`{'/'.join(path)}` mixes media objects with other values; log "
                              "the media under a key of their own.")
        return [_convert(v, (*path, str(i)), media) for i, v in enumerate(value)]
    obj = registry.convert(value)  # before arrays: DataFrames have __array__ too
    if obj is not None:
        media.append((path, obj))
        return None
    arr = _array(value)
    if arr is not None:
        return _from_array(arr, path)
    raise UsageError(f"`{'/'.join(path)}` has a value vizlog cannot log: {describe(value)}. "
                      "Log numbers, strings, dicts, lists, arrays or vizlog media objects.")


def _numpy_scalar(value: np.generic, path: tuple[str, ...],
                  media: list[tuple[tuple[str, ...], Any]]) -> Any:
    """A numpy scalar as the Python value it stands for; ``longdouble`` (no Python type holds
    it) becomes the nearest float; kinds with no loggable form are refused."""
    item = value.item()
    if isinstance(item, np.generic):
        if isinstance(value, np.floating):
            return float(value)
        raise UsageError(f"`{'/'.join(path)}` is a numpy {value.dtype} scalar, which has no "
                          "loggable form; convert it to a float or str first.")
    return _convert(item, path, media)


def _from_array(arr: np.ndarray, path: tuple[str, ...]) -> Any:
    if arr.dtype.kind not in "biuf":
        raise UsageError(f"`{'/'.join(path)}` is an array of dtype {arr.dtype}; only numeric "
                          "and boolean arrays can be logged. Convert it first.")
    if arr.size == 1:
        return arr.reshape(()).item()
    if arr.size <= AUTO_HISTOGRAM_ELEMENTS:
        return arr.tolist()
    return auto_histogram(arr)


def _snapshot(value: Media) -> Media:
    """Media that stay mutable after construction (Table) are copied as they are at log time."""
    snap = getattr(value, "snapshot_for_log", None)
    return snap() if callable(snap) else value


def split_row(data: Mapping[str, Any]) -> tuple[dict[str, Any], list[tuple[tuple[str, ...], Any]]]:
    """Return (row with media removed, [(key path, media or MediaList), ...])."""
    media: list[tuple[tuple[str, ...], Any]] = []
    row: dict[str, Any] = {}
    for k, v in data.items():  # fast path for the common flat dict of numbers and strings
        t = type(v)
        if (t is float or t is int or t is bool or v is None or (t is str and v.isascii())) \
                and type(k) is str and k.isascii():
            row[k] = v
        else:
            if type(k) is str:
                check_text(k, "a key")
                row[k] = _convert(v, (k,), media)
            else:
                row[k] = _convert({k: v}, (), media)[k]
    for path, _ in media:  # drop the placeholders; the writer puts descriptors back
        node = row
        for part in path[:-1]:
            node = node[part]
        node.pop(path[-1], None)
    return row, media
