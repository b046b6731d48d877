"""vizlog.runlog.config: dict + attribute access, JSON-only values, change callback."""

from __future__ import annotations

import argparse

import pytest

from vizlog.errors import VizlogError
from vizlog.runlog.config import Config


def test_every_change_calls_back_once() -> None:
    calls = []
    c = Config(on_change=lambda: calls.append(1))
    c["a"] = 1
    c.b = 2
    c.update({"c": 3, "d": 4})
    c.setdefaults({"a": 9, "e": 5})
    del c["d"]
    assert dict(c) == {"a": 1, "b": 2, "c": 3, "e": 5}
    assert len(calls) == 5


def test_values_are_copied_as_json() -> None:
    inner = {"x": [1, 2]}
    c = Config()
    c["n"] = inner
    inner["x"].append(3)
    assert c.n == {"x": [1, 2]}
    c.update(argparse.Namespace(lr=0.1))
    assert c.lr == 0.1 and c.as_dict()["lr"] == 0.1


def test_errors() -> None:
    c = Config()
    with pytest.raises(VizlogError, match="config keys must be str"):
        c[1] = 2  # type: ignore[index]
    with pytest.raises(VizlogError, match="config value `f` must be JSON-like"):
        c.f = {1.5j}
    with pytest.raises(AttributeError, match=r"config has no key 'x'; keys are: \(none\)"):
        _ = c.x


def test_deeply_nested_config_value_is_a_usage_error_not_recursion() -> None:
    from vizlog.errors import UsageError

    value: list = []
    for _ in range(5000):
        value = [value]
    with pytest.raises(UsageError, match=r"config value `deep` is nested more than 100 levels"):
        Config()["deep"] = value
