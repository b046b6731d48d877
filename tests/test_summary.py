"""vizlog.runlog.summary: ordering by sequence, explicit values, metric aggregates."""

from __future__ import annotations

import math

from vizlog.runlog.summary import MetricDef, Summary


def test_newer_sequence_wins_and_late_older_updates_are_ignored() -> None:
    s = Summary()
    s.auto_update({"img": "step2"}, 2)
    s.auto_update({"img": "step1"}, 1)
    assert s["img"] == "step2"


def test_explicit_value_holds_until_the_next_log() -> None:
    s = Summary()
    s.auto_update({"a": 1}, 1)
    s["a"] = 10
    s.auto_update({"a": 0}, 1)  # a late resolution of an older step
    assert s["a"] == 10
    s.auto_update({"a": 2}, 2)
    assert s["a"] == 2 and s.as_dict() == {"a": 2} and len(s) == 1 and list(s) == ["a"]


def test_aggregates_and_globs() -> None:
    s = Summary()
    s.define(MetricDef("val/*", summary=("min", "max", "mean", "first", "last")))
    s.define(MetricDef("loss", summary=("best",), goal="minimize"))
    s.define(MetricDef("raw", summary=("copy",)))
    for i, v in enumerate([2.0, math.nan, 1.0, 3.0]):
        s.auto_update({"val/x": v, "loss": v, "raw": v, "train/x": v}, i)
    assert s["val/x"] == {"min": 1.0, "max": 3.0, "mean": 2.0, "first": 2.0, "last": 3.0}
    assert s["loss"] == {"best": 1.0}
    assert s["raw"] == 3.0 and s["train/x"] == 3.0


def test_non_numeric_values_under_a_metric_are_kept_as_is() -> None:
    s = Summary()
    s.define(MetricDef("m", summary=("max",)))
    s.auto_update({"m": "text"}, 1)
    assert s["m"] == "text"


def test_attribute_access() -> None:
    s = Summary()
    s["x"] = 1
    assert s.x == 1
    try:
        _ = s.nope
    except AttributeError as exc:
        assert "summary has no key 'nope'" in str(exc)
    else:
        raise AssertionError("expected AttributeError")
