"""vizlog.media.histogram: inputs, the 512-bin cap, NaN/inf, the auto-histogram rule, golden."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import pytest

import vizlog
from tests.fakes import FakeTensor
from vizlog.errors import DtypeError, MediaError, ShapeError
from vizlog.media.histogram import MAX_BINS, Histogram, auto_histogram
from vizlog.runlog.values import split_row
from vizlog.testing import Golden


def test_sequence_matches_numpy_histogram(rng: np.random.Generator) -> None:
    x = rng.normal(size=1000)
    h = Histogram(x, num_bins=10)
    counts, edges = np.histogram(x, bins=10)
    assert h.histogram == counts.tolist() and h.bins == edges.tolist()
    enc = h.encode()
    assert enc.data is None
    assert enc.fields == {"_type": "histogram", "values": counts.tolist(), "bins": edges.tolist()}
    assert all(type(v) is int for v in enc.fields["values"])
    assert Histogram(x.tolist()).histogram == np.histogram(x, bins=64)[0].tolist()
    assert Histogram(FakeTensor(x.reshape(10, 100)), num_bins=10).histogram == counts.tolist()
    assert Histogram(np.array([True, False, True]), num_bins=2).histogram == [1, 2]


def test_nan_and_inf_are_left_out_and_counted() -> None:
    h = Histogram([0.0, 1.0, np.nan, np.inf, -np.inf, -np.inf, 0.5], num_bins=2)
    assert h.histogram == [1, 2] and h.bins == [0.0, 0.5, 1.0]
    assert h.encode().fields | {} == {"_type": "histogram", "values": [1, 2],
                                      "bins": [0.0, 0.5, 1.0], "nan_count": 1,
                                      "posinf_count": 1, "neginf_count": 2}
    empty = Histogram([np.nan, np.nan], num_bins=4)
    assert empty.histogram == [0, 0, 0, 0] and empty.bins == [0.0, 0.25, 0.5, 0.75, 1.0]
    assert Histogram([], num_bins=2).encode().fields == {"_type": "histogram", "values": [0, 0],
                                                         "bins": [0.0, 0.5, 1.0]}


def test_np_histogram_pairs() -> None:
    counts, edges = np.histogram(np.arange(10), bins=3)
    h = Histogram(np_histogram=(counts, edges))
    assert h.histogram == counts.tolist() and h.bins == edges.tolist()
    dens = Histogram(np_histogram=([0.25, 0.75], [0, 1, 2]))
    assert dens.histogram == [0.25, 0.75] and dens.bins == [0.0, 1.0, 2.0]
    assert len(Histogram(np_histogram=([1] * MAX_BINS, list(range(MAX_BINS + 1)))).bins) == 513


@pytest.mark.parametrize(("kwargs", "err", "pattern"), [
    ({"sequence": [1.0], "num_bins": 0}, MediaError, r"`num_bins` must be an int in 1\.\.512"),
    ({"sequence": [1.0], "num_bins": 513}, MediaError, r"1\.\.512; got 513"),
    ({"sequence": [1.0], "num_bins": 2.5}, MediaError, r"got 2\.5"),
    ({}, MediaError, r"exactly one of `sequence` and `np_histogram`; got neither"),
    ({"sequence": [1], "np_histogram": ([1], [0, 1])}, MediaError, r"got both"),
    ({"sequence": ["a"]}, DtypeError, r"`sequence` must be a sequence of numbers"),
    ({"np_histogram": [1, 2, 3]}, MediaError, r"\(values, bins\) pair"),
    ({"np_histogram": ([1, 2], [0, 1])}, ShapeError, r"2 values and 2 bins"),
    ({"np_histogram": ([1] * 513, list(range(514)))}, ShapeError, r"513 bins; the maximum is 512"),
    ({"np_histogram": ([], [0.0])}, ShapeError, r"no bins"),
    ({"np_histogram": ([1, 2], [0, 2, 1])}, MediaError, r"finite and non-decreasing"),
    ({"np_histogram": ([1, 2], [0, np.inf, 1])}, MediaError, r"finite and non-decreasing"),
    ({"np_histogram": ([1.0, np.nan], [0, 1, 2])}, DtypeError, r"values must be finite"),
    ({"np_histogram": ([1, -1], [0, 1, 2])}, MediaError, r"must be >= 0"),
])
def test_bad_input(kwargs: dict[str, Any], err: type[Exception], pattern: str) -> None:
    with pytest.raises(err, match=pattern):
        Histogram(**kwargs)


def test_auto_histogram_rule_is_the_histogram_rule(rng: np.random.Generator) -> None:
    x = rng.normal(size=(5, 20))
    assert auto_histogram(x) == Histogram(x, num_bins=32).encode().fields
    row, media = split_row({"w": x, "small": np.arange(32.0)})
    assert media == [] and row["w"] == Histogram(x, num_bins=32).encode().fields
    assert row["small"] == list(np.arange(32.0))


def test_logged_and_read_back(runs_dir: Path, rng: np.random.Generator) -> None:
    x = rng.normal(size=300)
    with vizlog.init(dir=runs_dir) as run:
        run.log({"h": vizlog.Histogram(x, num_bins=8), "auto": x,
                 "hs": [vizlog.Histogram([1, 2]), vizlog.Histogram([3])]})
    data = vizlog.open_run(run.dir)
    assert data.verify() == []
    row = data.history[0]
    assert row["h"]["_type"] == "histogram" and "path" not in row["h"]
    [(_, h)] = data.media("h")
    [(_, auto)] = data.media("auto")
    assert isinstance(h, Histogram) and h.histogram == np.histogram(x, 8)[0].tolist()
    assert isinstance(auto, Histogram) and len(auto.histogram) == 32
    [(_, hs)] = data.media("hs")
    assert [len(v.histogram) for v in hs] == [64, 64]
    values, bins = h.to_numpy()
    assert values.sum() == 300 and bins.dtype == np.float64
    assert repr(h).startswith("<vizlog.Histogram 8 bins")


def test_golden(golden: Golden) -> None:
    x = np.random.default_rng(21).normal(size=200)
    golden.check("histogram/sequence", descriptor=Histogram(x, num_bins=16).encode().fields)
    golden.check("histogram/nonfinite",
                 descriptor=Histogram([*x[:20], np.nan, np.inf, -np.inf], num_bins=4)
                 .encode().fields)
    golden.check("histogram/np_histogram",
                 descriptor=Histogram(np_histogram=np.histogram(x, bins=5)).encode().fields)


def test_auto_histogram_ignores_non_finite_values() -> None:
    h = auto_histogram(np.array([0.0, 1.0, np.nan, np.inf] * 10))
    assert sum(h["values"]) == 20 and h["bins"][0] == 0.0 and h["bins"][-1] == 1.0
    empty = auto_histogram(np.array([np.nan] * 40))
    assert sum(empty["values"]) == 0 and len(empty["bins"]) == 33


NUMPY_SCALARS_OK = [np.float16(1.5), np.float32(1.5), np.float64(1.5), np.longdouble(1.5),
                    np.int8(-3), np.uint8(3), np.int64(-4), np.uint64(2**64 - 1), np.bool_(True)]
NUMPY_SCALARS_REFUSED = [np.complex64(1 + 2j), np.clongdouble(1 + 2j),
                         np.datetime64("2024-01-02"), np.timedelta64(5, "s"), np.str_("hi"),
                         np.bytes_(b"hi"), np.void(b"\x00\x01")]


@pytest.mark.parametrize("value", NUMPY_SCALARS_OK, ids=lambda v: type(v).__name__)
def test_every_numeric_numpy_scalar_type_bins(value: Any) -> None:
    for seq in ([value, value, value], np.array([value] * 3)):
        h = vizlog.Histogram(seq, num_bins=4)
        assert sum(h.histogram) == 3 and all(np.isfinite(h.bins))


@pytest.mark.parametrize("value", NUMPY_SCALARS_REFUSED, ids=lambda v: type(v).__name__)
def test_other_numpy_scalar_types_are_refused_cleanly(value: Any) -> None:
    for seq in ([value, value], np.array([value, value])):
        with pytest.raises(DtypeError, match=r"`sequence` must"):
            vizlog.Histogram(seq)


@pytest.mark.parametrize("values", [
    [2.0**63, 2.0**63], [1e17, 1e17 + 16], [-1.7e308, 1.7e308]])
def test_unsplittable_ranges_become_one_bin(values: list[float]) -> None:
    h = vizlog.Histogram(values)
    assert h.histogram == [2] and h.bins == [min(values), max(values)]
    fields = h.encode().fields
    assert fields["binning"] == "single"
    back = vizlog.Histogram.from_descriptor(fields, ".")
    assert back.binning == "single" and back.bins == h.bins
    assert "binning" not in vizlog.Histogram([1.0, 2.0]).encode().fields
