"""vizlog._json: strict, canonical JSON with exact non-finite round-trips."""

from __future__ import annotations

import json
import math

import numpy as np
import pytest

from vizlog import _json


def _strict(text: str) -> object:
    def refuse(name: str) -> None:
        raise AssertionError(f"bare {name} in {text}")

    return json.loads(text, parse_constant=refuse)


@pytest.mark.parametrize("x", [math.nan, math.inf, -math.inf, -0.0, 0.0, 1e308, 5e-324])
def test_special_floats_round_trip_exactly(x: float) -> None:
    text = _json.dumps({"v": x, "l": [x]})
    _strict(text)
    back = _json.loads(text)
    for got in (back["v"], back["l"][0]):
        if math.isnan(x):
            assert math.isnan(got)
        else:
            assert got == x and math.copysign(1, got) == math.copysign(1, x)


def test_numpy_values_become_plain_json() -> None:
    value = {"i": np.int64(3), "f": np.float32(0.5), "b": np.bool_(True),
             "a": np.array([1.5, np.nan]), "z": np.float64(-np.inf)}
    text = _json.dumps(value)
    _strict(text)
    assert text == ('{"a":[1.5,{"_type":"float","value":"NaN"}],"b":true,"f":0.5,"i":3,'
                    '"z":{"_type":"float","value":"-Infinity"}}')


def test_keys_are_sorted_and_int_keys_become_strings() -> None:
    assert _json.dumps({"b": 1, "a": {2: "x", 1: "y"}}) == '{"a":{"1":"y","2":"x"},"b":1}'


def test_unserialisable_values_raise_type_error() -> None:
    with pytest.raises(TypeError, match="has no JSON form"):
        _json.dumps({"x": object()})
    with pytest.raises(TypeError, match="dict keys must be str or int"):
        _json.dumps({(1, 2): 3})


def test_loads_refuses_bare_constants() -> None:
    with pytest.raises(ValueError, match="non-standard JSON constant 'NaN'"):
        _json.loads('{"a": NaN}')


def test_a_plain_dict_tagged_like_a_float_but_with_other_keys_is_kept() -> None:
    assert _json.loads('{"_type":"float","value":"NaN","x":1}') == \
        {"_type": "float", "value": "NaN", "x": 1}


def test_every_numpy_scalar_type_encodes_or_is_refused_without_recursion() -> None:
    import numpy as np

    from vizlog import _json

    ok = {np.float16(1.5): 1.5, np.float32(1.5): 1.5, np.float64(1.5): 1.5,
          np.longdouble(1.5): 1.5, np.int8(-3): -3, np.uint64(2**64 - 1): 2**64 - 1,
          np.bool_(True): True, np.str_("hi"): "hi"}
    for value, want in ok.items():
        assert _json.loads(_json.dumps({"x": value})) == {"x": want}
    assert _json.loads(_json.dumps({"x": np.longdouble("inf")})) == {"x": float("inf")}
    assert _json.dumps({"x": np.array([1.5, 2.5], dtype=np.longdouble)}) == '{"x":[1.5,2.5]}'
    for value in (np.clongdouble(1j), np.complex64(1j), np.datetime64("2024-01-02"),
                  np.timedelta64(3, "s"), np.bytes_(b"x"), np.void(b"x")):
        with pytest.raises(TypeError, match=r"has no JSON form"):
            _json.dumps({"x": value})


def _nested(depth: int) -> dict:
    root: dict = {}
    node = root
    for _ in range(depth - 1):
        node["a"] = {}
        node = node["a"]
    return root


def test_check_depth_allows_max_depth_and_refuses_one_more() -> None:
    from vizlog.errors import UsageError

    _json.check_texts(_nested(_json.MAX_DEPTH), "v")
    with pytest.raises(UsageError, match=r"v is nested more than 100 levels deep"):
        _json.check_texts(_nested(_json.MAX_DEPTH + 1), "v")


def test_loads_of_deeply_nested_json_is_a_value_error_not_recursion() -> None:
    with pytest.raises(ValueError, match="nested too deeply"):
        _json.loads("[" * 200_000 + "]" * 200_000)
