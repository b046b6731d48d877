"""``vizlog.Histogram``: counts over bins, stored inline in the history row (no file).

Inputs:

* ``sequence``: any numeric or boolean array-like (lists, numpy arrays, torch-like tensors),
  flattened. It is binned with ``numpy.histogram(values, bins=num_bins)`` over the **finite**
  values: NaN, +inf and -inf are left out of the counts and counted in the descriptor fields
  ``nan_count``, ``posinf_count`` and ``neginf_count`` (present only when non-zero). With no
  finite value the counts are all 0 over numpy's default range ``[0, 1]``. When the values' range
  cannot be split into ``num_bins`` finite bins (a huge constant such as ``np.uint64(2**63)``, or
  values near the float64 limits), everything goes in one bin ``[min, max]`` and the descriptor
  says ``binning: "single"``. Every numpy integer, float (16 to 128 bit) and bool type is
  accepted; complex, datetime, string, bytes and void values are refused (``DtypeError``).
* ``np_histogram``: a precomputed ``(values, bins)`` pair, e.g. ``numpy.histogram(...)``:
  ``len(bins) == len(values) + 1``, bins finite and non-decreasing, values finite and >= 0
  (ints stay ints, floats such as densities stay floats).
* ``num_bins``: 1..512 (default 64; wandb's cap is 512).

Descriptor (wandb's): ``{"_type": "histogram", "values": [...], "bins": [...]}``, inline JSON.

Auto-histograms: a numeric array with more than 32 elements logged directly (``run.log({"w":
array})``) becomes a 32-bin histogram by this same rule (:func:`auto_histogram`), as in wandb.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import numpy as np

from vizlog.errors import DtypeError, MediaError, ShapeError, describe
from vizlog.media._base import Encoded, Media, Resolved, RunFiles
from vizlog.media._util import to_numpy

__all__ = ["AUTO_BINS", "MAX_BINS", "Histogram", "auto_histogram"]

MAX_BINS = 512
AUTO_BINS = 32


def _as_array(value: Any, arg: str) -> np.ndarray:
    arr = to_numpy(value, arg)
    if arr is None:
        try:
            arr = np.asarray(value)
        except (ValueError, TypeError):
            arr = None
        if arr is None or arr.dtype.kind not in "biuf":
            raise DtypeError(f"`{arg}` must be a sequence of numbers; got {describe(value)}.")
    return arr


class Histogram(Media):
    """A histogram; see the module docstring for inputs, NaN/inf handling and the descriptor."""

    type_name = "histogram"
    list_type_name = "histogram/list"
    MAX_LENGTH = MAX_BINS

    def __init__(self, sequence: Any = None, np_histogram: Any = None,
                 num_bins: int = 64) -> None:
        if isinstance(num_bins, bool) or not isinstance(num_bins, (int, np.integer)) \
                or not 1 <= num_bins <= MAX_BINS:
            raise MediaError(f"`num_bins` must be an int in 1..{MAX_BINS}; got {num_bins!r}.")
        self.nonfinite = {"nan_count": 0, "posinf_count": 0, "neginf_count": 0}
        self.binning: str | None = None
        if (sequence is None) == (np_histogram is None):
            raise MediaError("pass exactly one of `sequence` and `np_histogram`; got "
                             f"{'both' if sequence is not None else 'neither'}.")
        if np_histogram is not None:
            self.histogram, self.bins = self._from_pair(np_histogram)
        else:
            self.histogram, self.bins = self._from_sequence(sequence, int(num_bins))

    def _from_sequence(self, sequence: Any, num_bins: int) -> tuple[list[Any], list[float]]:
        arr = _as_array(sequence, "sequence")
        flat = arr.astype(np.float64, copy=False).ravel()
        finite = np.isfinite(flat)
        if not finite.all():
            bad = flat[~finite]
            self.nonfinite = {"nan_count": int(np.isnan(bad).sum()),
                              "posinf_count": int((bad == np.inf).sum()),
                              "neginf_count": int((bad == -np.inf).sum())}
            flat = flat[finite]
        try:
            with np.errstate(over="ignore", invalid="ignore"):
                counts, edges = np.histogram(flat, bins=num_bins)
        except ValueError:
            # the range cannot be split into finite bins (a huge constant such as a uint64 near
            # 2**64, or values near +-1.8e308): one bin holding everything, said in `binning`
            self.binning = "single"
            return [int(flat.size)], [float(flat.min()), float(flat.max())]
        return [int(c) for c in counts], [float(e) for e in edges]

    @staticmethod
    def _from_pair(pair: Any) -> tuple[list[Any], list[float]]:
        if not isinstance(pair, (tuple, list)) or len(pair) != 2:
            raise MediaError("`np_histogram` must be a (values, bins) pair as numpy.histogram "
                             f"returns; got {describe(pair)}.")
        values = _as_array(pair[0], "np_histogram[0]").ravel()
        bins = _as_array(pair[1], "np_histogram[1]").astype(np.float64).ravel()
        if len(values) > MAX_BINS:
            raise ShapeError(f"`np_histogram` has {len(values)} bins; the maximum is {MAX_BINS}. "
                             "Re-bin with fewer bins.")
        if len(bins) != len(values) + 1:
            raise ShapeError(f"`np_histogram` needs len(bins) == len(values) + 1; got "
                             f"{len(values)} values and {len(bins)} bins.")
        if len(values) == 0:
            raise ShapeError("`np_histogram` has no bins; pass at least one.")
        if not np.isfinite(bins).all() or np.any(np.diff(bins) < 0):
            raise MediaError("`np_histogram` bins must be finite and non-decreasing; got "
                             f"{describe(pair[1])}.")
        if values.dtype.kind == "f" and not np.isfinite(values).all():
            raise DtypeError("`np_histogram` values must be finite; got NaN or inf.")
        if np.any(values < 0):
            raise MediaError("`np_histogram` values (counts) must be >= 0.")
        out = values.tolist() if values.dtype.kind == "f" else [int(v) for v in values]
        return out, [float(b) for b in bins]

    def encode(self, resolved: Resolved | None = None) -> Encoded:
        fields: dict[str, Any] = {"_type": self.type_name, "values": list(self.histogram),
                                  "bins": list(self.bins)}
        fields.update({k: v for k, v in self.nonfinite.items() if v})
        if self.binning is not None:
            fields["binning"] = self.binning
        return Encoded(None, "", "", fields)

    @classmethod
    def from_descriptor(cls, descriptor: Mapping[str, Any], files: RunFiles) -> Histogram:
        obj = cls.__new__(cls)
        values, bins = descriptor["values"], descriptor["bins"]
        if not (isinstance(values, list) and isinstance(bins, list)
                and all(isinstance(v, (int, float)) and not isinstance(v, bool)
                        for v in (*values, *bins))):
            raise MediaError("a histogram descriptor needs 'values' and 'bins' lists of "
                             "numbers; the descriptor is damaged.")
        obj.histogram = list(values)
        obj.bins = [float(b) for b in bins]
        obj.nonfinite = {k: int(descriptor.get(k, 0))
                         for k in ("nan_count", "posinf_count", "neginf_count")}
        obj.binning = descriptor.get("binning")
        return obj

    def to_numpy(self) -> tuple[np.ndarray, np.ndarray]:
        """``(values, bins)`` as numpy.histogram returns them."""
        return np.asarray(self.histogram), np.asarray(self.bins, dtype=np.float64)

    def __repr__(self) -> str:
        lo, hi = (self.bins[0], self.bins[-1]) if self.bins else (0.0, 0.0)
        return f"<vizlog.Histogram {len(self.histogram)} bins [{lo:g}, {hi:g}]>"


def auto_histogram(arr: Any, num_bins: int = AUTO_BINS) -> dict[str, Any]:
    """The inline descriptor of a big array logged directly (wandb: 32 bins)."""
    return dict(Histogram(arr, num_bins=num_bins).encode().fields)
