"""vizlog.runlog.values: how logged values become a row plus media."""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest

import vizlog
from vizlog.errors import VizlogError
from vizlog.runlog.values import split_row
from vizlog.runlog.writer import MediaList


def test_plain_values_pass_through_and_media_are_split_out() -> None:
    img = vizlog.Image(np.zeros((2, 2), np.uint8))
    row, media = split_row({"a": 1, "b": 2.5, "c": "s", "d": None, "e": True,
                            "n": {"img": img, "x": [1, 2]}, "imgs": [img, img]})
    assert row == {"a": 1, "b": 2.5, "c": "s", "d": None, "e": True, "n": {"x": [1, 2]}}
    assert media[0] == (("n", "img"), img)
    assert media[1][0] == ("imgs",) and isinstance(media[1][1], MediaList)


def test_arrays_by_size() -> None:
    row, _ = split_row({"one": np.array([[3]]), "few": np.arange(32), "zero_d": np.float64(2.0),
                        "many": np.arange(33)})
    assert row["one"] == 3 and row["few"] == list(range(32)) and row["zero_d"] == 2.0
    assert row["many"]["_type"] == "histogram"


def test_foreign_values_convert_through_the_registry() -> None:
    import pandas as pd

    row, media = split_row({"t": pd.DataFrame({"a": [1, 2]}), "n": 1})
    assert row == {"n": 1}
    [(path, table)] = media
    assert path == ("t",) and isinstance(table, vizlog.Table) and table.columns == ["a"]


@pytest.mark.parametrize("value", [np.float16(0.5), np.float32(0.5), np.float64(0.5),
                                   np.longdouble(0.5), np.int8(3), np.uint64(3), np.bool_(True),
                                   np.str_("s")])
def test_every_numpy_scalar_logs_as_a_python_value(value: Any) -> None:
    row, _ = split_row({"x": value})
    assert row["x"] == (value.item() if not isinstance(value, np.longdouble) else 0.5)
    assert type(row["x"]) in (float, int, bool, str)


@pytest.mark.parametrize("value", [np.complex64(1j), np.clongdouble(1j),
                                   np.datetime64("2020-01-01"), np.bytes_(b"x"), np.void(b"x")])
def test_numpy_scalars_without_a_loggable_form_are_refused(value: Any) -> None:
    with pytest.raises(VizlogError, match=r"`x`"):
        split_row({"x": value})


@pytest.mark.parametrize(("data", "match"), [
    ({"a": object()}, r"`a` has a value vizlog cannot log"),
    ({"a": np.array(["x", "y"])}, r"`a` is an array of dtype <U1"),
    ({"a": [vizlog.Image(np.zeros((2, 2), np.uint8)), 1]}, r"mixes media objects with other"),
    ({"a": {3: 1}}, r"log keys must be str; got int 3 under a"),
])
def test_errors_name_the_key(data: dict[str, Any], match: str) -> None:
    with pytest.raises(VizlogError, match=match):
        split_row(data)


def test_rows_are_copies() -> None:
    inner = [1, 2]
    row, _ = split_row({"l": inner, "d": {"k": inner}})
    inner.append(3)
    assert row == {"l": [1, 2], "d": {"k": [1, 2]}}


def test_deeply_nested_row_is_a_usage_error_not_recursion() -> None:
    from vizlog.errors import UsageError

    row: dict[str, Any] = {}
    node = row
    for _ in range(5000):
        node["a"] = {}
        node = node["a"]
    with pytest.raises(UsageError, match=r"`a/a/a/\.\.\.` is nested more than 100 levels"):
        split_row({"a": row})
