"""vizlog.runlog.summary: ordering by sequence, explicit values, and define_metric as wandb does it.

Every expected value in ``SCENARIOS`` is what wandb 0.31 produced offline for the same operations;
``test_scenarios_match_wandb`` re-checks them against wandb itself when it is installed.
"""

from __future__ import annotations

import json
import math
import random
import warnings
from pathlib import Path
from typing import Any

import pytest

import vizlog
from tests.wandb_oracle import HAVE_WANDB, run_vizlog, run_wandb, same
from vizlog.errors import UsageError, UsageTypeError, VizlogError
from vizlog.runlog.summary import (
    FOLD_ROWS,
    MetricDef,
    Summary,
    parse_metric_call,
    split_metric_name,
)

NAN = math.nan


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
    for i, v in enumerate([2.0, 5.0, 1.0, 3.0]):
        s.auto_update({"val/x": v, "loss": v, "raw": v, "train/x": v}, i)
    assert s["val/x"] == {"min": 1.0, "max": 5.0, "mean": 2.75, "first": 2.0, "last": 3.0}
    assert s["loss"] == {"best": 1.0}
    assert s["raw"] == 3.0 and s["train/x"] == 3.0


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


# -- define_metric scenarios: (operations, expected summary entries), wandb 0.31's results --------
SCENARIOS: dict[str, tuple[list[list[Any]], dict[str, Any]]] = {
    "every aggregate": (
        [["define", "s1", {"summary": "min,max,mean,last,first"}],
         *(["log", {"s1": v}] for v in (2.0, 1.0, 3.0))],
        {"s1": {"min": 1.0, "max": 3.0, "mean": 2.0, "last": 3.0, "first": 2.0}}),
    "ops are case-insensitive; ints stay ints": (
        [["define", "s2", {"summary": "MIN,Max"}], *(["log", {"s2": v}] for v in (3, 1, 2))],
        {"s2": {"min": 1, "max": 3}}),
    "a dotted name is a nested key, not a flat dotted one": (
        [["define", "s3a.b", {"summary": "max"}], ["define", "s3c.d", {"summary": "max"}],
         *(["log", {"s3a.b": v, "s3c": {"d": v}}] for v in (3, 1, 2))],
        {"s3a.b": 2, "s3c": {"d": {"max": 3}}}),
    "an escaped dot names the flat key": (
        [["define", "s4a\\.b", {"summary": "max"}], *(["log", {"s4a.b": v}] for v in (3, 1, 2))],
        {"s4a.b": {"max": 3}}),
    "NaN is sticky in min, max and mean": (
        [["define", k, {"summary": "min,max,mean,first,last"}] for k in ("s5x", "s5y", "s5z")]
        + [["log", {"s5x": a, "s5y": b, "s5z": c}]
           for a, b, c in ((NAN, 1.0, 1.0), (1.0, NAN, 2.0), (2.0, 3.0, NAN))],
        {"s5x": {"min": NAN, "max": NAN, "mean": NAN, "first": NAN, "last": 2.0},
         "s5y": {"min": NAN, "max": NAN, "mean": NAN, "first": 1.0, "last": 3.0},
         "s5z": {"min": NAN, "max": NAN, "mean": NAN, "first": 1.0, "last": NAN}}),
    "a metric defined after values were logged aggregates them too": (
        [["log", {"s6": 5.0}], ["log", {"s6": 1.0}],
         ["define", "s6", {"summary": "min,mean,first"}], ["log", {"s6": 3.0}]],
        {"s6": {"min": 1.0, "mean": 3.0, "first": 5.0}}),
    "definitions merge unless overwrite": (
        [["define", "s7m", {"summary": "min"}], ["define", "s7m", {"summary": "max"}],
         ["define", "s7o", {"summary": "min"}],
         ["define", "s7o", {"summary": "max", "overwrite": True}],
         *(["log", {"s7m": v, "s7o": v}] for v in (3, 1, 2))],
        {"s7m": {"min": 1, "max": 3}, "s7o": {"max": 3}}),
    "none removes the key, even after an explicit value": (
        [["define", "s8g", {"summary": "none"}], ["define", "s8h", {"summary": "none,max"}],
         ["log", {"s8g": 1, "s8h": 2}], ["set", "s8g", 5]],
        {}),
    "an explicit value resets the key to plain values": (
        [["define", "s9", {"summary": "min"}], ["log", {"s9": 2}], ["set", "s9", 7],
         ["log", {"s9": 3}]],
        {"s9": 3}),
    "a glob applies to matching keys, text included": (
        [["define", "s10/*", {"summary": "max"}], ["log", {"s10/a": 1, "s10/b": "str"}],
         ["log", {"s10/a": 2}]],
        {"s10/a": {"max": 2}, "s10/b": {"max": 0}}),
    "copy is the plain value and adds nothing to other ops": (
        [["define", "s11", {"summary": "copy"}], ["define", "s11n.o", {"summary": "copy"}],
         ["define", "s11m", {"summary": "copy,max"}],
         ["log", {"s11": 1, "s11n": {"o": 2}, "s11m": 1}],
         ["log", {"s11": 3, "s11n": {"o": 4}, "s11m": 3}]],
        {"s11": 3, "s11n": {"o": 4}, "s11m": {"max": 3}}),
    "text and bools are not numbers; last takes any value": (
        [["define", "s12", {"summary": "max"}], ["define", "s12b", {"summary": "max,last"}],
         ["define", "s12c", {"summary": "mean,min,max"}],
         ["log", {"s12": "text", "s12b": 2, "s12c": "t"}], ["log", {"s12": 2, "s12b": "text"}],
         ["log", {"s12": True}]],
        {"s12": {"max": 2}, "s12b": {"max": 2, "last": "text"},
         "s12c": {"max": 0, "min": 0, "mean": NAN}}),
    "nested dicts update leaf by leaf": (
        [["log", {"s13": {"d": 1, "e": 2}}], ["log", {"s13": {"d": 3}}], ["log", {"s13e": {}}],
         ["log", {"s13x": 2}], ["log", {"s13x": {"y": 1}}],
         ["set", "s13a", {"b": 1, "c": 2}], ["log", {"s13a": {"b": 5}}],
         ["log", {"s13d": {"e": 1}}], ["del", "s13d"],
         ["log", {"s13g": {"h": 1}}], ["set", "s13g", 3]],
        {"s13": {"d": 3, "e": 2}, "s13x": {"y": 1}, "s13a": {"b": 5}, "s13g": 3}),
    "infinities and the running mean of ints": (
        [["define", "s14x", {"summary": "min,max,mean,first,last"}],
         ["define", "s14y", {"summary": "mean"}],
         ["log", {"s14x": math.inf, "s14y": 1}], ["log", {"s14x": 1.0, "s14y": 2}]],
        {"s14x": {"min": 1.0, "max": math.inf, "mean": math.inf, "first": math.inf,
                  "last": 1.0},
         "s14y": {"mean": 1.5}}),
    "del hides the value; statistics survive it": (
        [["define", "s15", {"summary": "max"}], ["define", "s15b", {"summary": "max"}],
         ["log", {"s15": 1, "s15b": 1}], ["del", "s15"], ["del", "s15b"], ["log", {"s15b": 0}]],
        {"s15b": {"max": 1}}),
    "redefining after an explicit value merges with the first definition": (
        [["define", "s16", {"summary": "max"}], ["log", {"s16": 1}], ["set", "s16", 9],
         ["define", "s16", {"summary": "min"}], ["log", {"s16": 5}],
         ["define", "s17", {"summary": "max"}], ["log", {"s17": 1}],
         ["define", "s17", {"summary": "none"}], ["log", {"s17": 5}],
         ["define", "s17", {"summary": "max"}]],
        {"s16": {"max": 5, "min": 1}, "s17": {"max": 5}}),
    "first is the first value of any type, None after an explicit value": (
        [["define", "s18", {"summary": "first"}],
         *(["log", {"s18": v}] for v in ("a", 2, 3)),
         ["define", "s18x", {"summary": "first,last"}], ["set", "s18x", 5],
         ["define", "s18x", {"summary": "first"}], ["log", {"s18x": 1}], ["log", {"s18x": 2}],
         ["define", "s18l", {"summary": "max,last,first"}], ["log", {"s18l": [1, 2]}],
         ["log", {"s18l": None}]],
        {"s18": {"first": "a"}, "s18x": {"first": None, "last": 2},
         "s18l": {"max": 0, "last": None, "first": [1, 2]}}),
    "a key matched by a glob keeps the glob's definition of that time": (
        [["define", "s19/*", {"summary": "max"}], ["log", {"s19/a": 1}],
         ["define", "s19/*", {"summary": "min", "overwrite": True}],
         ["log", {"s19/a": 2, "s19/b": 2}], ["log", {"s19/a": 0, "s19/b": 3}]],
        {"s19/a": {"max": 2}, "s19/b": {"min": 2}}),
    "step_sync copies the step metric's latest value (0 before any)": (
        [["define_with_metric", "s20v", "s20e", {}],
         ["define", "s20t", {"step_metric": "s20e", "step_sync": False}],
         ["log", {"s20v": 1}], ["log", {"s20e": 1, "s20v": 2}], ["log", {"s20v": 3, "s20t": 1}],
         ["log", {"s20e": 2.5}], ["log", {"s20v": 4}], ["log", {"s20o": 4}]],
        {"s20v": 4, "s20e": 2.5, "s20t": 1, "s20o": 4}),
    "synced values of a nested step metric count in its summary; globs sync too": (
        [["define", "s21ep.n", {}], ["define", "s21v/*", {"step_metric": "s21ep.n"}],
         ["log", {"s21v/a": 1}], ["log", {"s21ep": {"n": 3}}],
         ["log", {"s21v/a": 2, "s21v/b": 1}],
         ["define", "s21late", {"step_metric": "s21ep.n", "summary": "mean"}],
         ["log", {"s21late": 1}], ["define", "s21ep.n", {"summary": "mean"}]],
        {"s21v/a": 2, "s21v/b": 1, "s21late": {"mean": 1}, "s21ep": {"n": {"mean": 2.25}}}),
    "only numbers update the latest step": (
        [["define", "s22s", {"summary": "mean"}], ["define", "s22a", {"step_metric": "s22s"}],
         *(["log", d] for d in ({"s22s": "x"}, {"s22a": 1}, {"s22s": 4}, {"s22a": 2},
                                {"s22s": True}, {"s22a": 2}))],
        {"s22s": {"mean": 3}, "s22a": 2}),
    "step sync applies to the committed row": (
        [["define", "s23a", {"step_metric": "s23s"}], ["log", {"s23a": 1}, {"commit": False}],
         ["log", {"s23s": 3}], ["log", {"s23a": 2}, {"commit": False}], ["log", {"s23b": 2}]],
        {"s23a": 2, "s23s": 3, "s23b": 2}),
    "a later step_metric replaces the earlier one; sync stays on": (
        [["define", "s24a", {"step_metric": "s24s", "step_sync": True, "hidden": True,
                             "summary": "max"}],
         ["define", "s24a", {"step_metric": "s24t"}],
         ["log", {"s24s": 5, "s24t": 7}], ["log", {"s24a": 1}]],
        {"s24s": 5, "s24t": 7, "s24a": {"max": 1}}),
}

#: history rows of the step-sync scenarios (dotted keys), in order
SYNCED_ROWS = {
    "s20": [{"s20v": 1, "s20e": 0}, {"s20e": 1, "s20v": 2}, {"s20v": 3, "s20t": 1, "s20e": 1},
            {"s20e": 2.5}, {"s20e": 2.5, "s20v": 4}, {"s20o": 4}],
    "s21": [{"s21v/a": 1, "s21ep.n": 0}, {"s21ep.n": 3},
            {"s21v/a": 2, "s21v/b": 1, "s21ep.n": 3}, {"s21late": 1, "s21ep.n": 3}],
    "s23": [{"s23a": 1, "s23s": 3}, {"s23b": 2, "s23s": 3, "s23a": 2}],
    "s24": [{"s24s": 5, "s24t": 7}, {"s24a": 1, "s24t": 7}],
}


def _all_ops() -> list[list[Any]]:
    return [op for ops, _ in SCENARIOS.values() for op in ops]


def _expected_summary() -> dict[str, Any]:
    out: dict[str, Any] = {}
    for _, expected in SCENARIOS.values():
        out.update(expected)
    return out


def _rows(history: list[dict[str, Any]], prefix: str) -> list[dict[str, Any]]:
    return [row for row in history if row and all(k.startswith(prefix) for k in row)]


@pytest.fixture(scope="module")
def vizlog_result(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)  # summary="copy"
        return run_vizlog(_all_ops(), tmp_path_factory.mktemp("scenarios"))


@pytest.mark.parametrize("name", list(SCENARIOS))
def test_scenario(name: str, vizlog_result: dict[str, Any]) -> None:
    expected = SCENARIOS[name][1]
    got = {k: vizlog_result["summary"][k] for k in expected if k in vizlog_result["summary"]}
    assert same(got, expected), (got, expected)
    if not expected:  # the none scenario: its keys are absent
        assert not [k for k in vizlog_result["summary"] if k.startswith("s8")]


@pytest.mark.parametrize("prefix", list(SYNCED_ROWS))
def test_step_sync_rows(prefix: str, vizlog_result: dict[str, Any]) -> None:
    assert same(_rows(vizlog_result["history"], prefix), SYNCED_ROWS[prefix])


def test_whole_summary_is_the_scenarios(vizlog_result: dict[str, Any]) -> None:
    assert same(vizlog_result["summary"], _expected_summary())


@pytest.mark.skipif(not HAVE_WANDB, reason="wandb is not installed (it is not a test extra)")
def test_scenarios_match_wandb(vizlog_result: dict[str, Any]) -> None:
    theirs = run_wandb(_all_ops())
    assert same(theirs["summary"], _expected_summary()), theirs["summary"]
    assert same(vizlog_result["summary"], theirs["summary"])
    for prefix, rows in SYNCED_ROWS.items():
        assert same(_rows(theirs["history"], prefix), rows), prefix
    assert same(vizlog_result["history"], theirs["history"])


# -- the call's own object, and the arguments wandb refuses ---------------------------------------
def test_define_metric_returns_the_call_as_wandbs_metric(tmp_path: Path) -> None:
    with vizlog.init(dir=tmp_path) as run:
        epoch = run.define_metric("epoch")
        m = run.define_metric("val/*", step_metric=epoch, hidden=True, summary="max")
        m2 = run.define_metric("val/*", step_metric="step2")
        m3 = run.define_metric("b", step_sync=True)
    assert (m.name, m.step_metric, m.step_sync, m.hidden, m.summary, m.goal) == \
        ("val/*", "epoch", True, True, ("max",), None)
    assert (m2.step_sync, m2.hidden, m2.summary) == (True, None, None)
    assert (m3.step_metric, m3.step_sync) == (None, True)
    assert (epoch.step_metric, epoch.step_sync, epoch.summary) == (None, False, None)
    meta = json.loads((Path(run.dir) / "run.json").read_text())
    assert meta["metrics"] == [
        {"name": "epoch", "step_metric": None, "step_sync": False, "summary": [], "goal": None,
         "hidden": False},
        {"name": "val/*", "step_metric": "step2", "step_sync": True, "summary": ["max"],
         "goal": None, "hidden": True},
        {"name": "b", "step_metric": None, "step_sync": True, "summary": [], "goal": None,
         "hidden": False}]


@pytest.mark.parametrize(("kwargs", "error", "message"), [
    ({"name": ""}, UsageError, "`name` must be a non-empty str; got str ''."),
    ({"name": None}, UsageError, "`name` must be a non-empty str; got NoneType None."),
    ({"name": 3}, UsageTypeError, "`name` must be a str; got int 3."),
    ({"name": "q", "step_metric": 3}, UsageTypeError, "`step_metric` must be a str or a Metric"),
    ({"name": "q", "step_sync": 1}, UsageTypeError, "`step_sync` must be a bool; got int 1."),
    ({"name": "q", "hidden": "yes"}, UsageTypeError, "`hidden` must be a bool"),
    ({"name": "q", "summary": ["max"]}, UsageTypeError, "`summary` must be a str like"),
    ({"name": "q", "overwrite": 1}, UsageTypeError, "`overwrite` must be a bool"),
    ({"name": "a*b"}, UsageError, "a glob with `*` at the end only"),
    ({"name": "**"}, UsageError, "a glob with `*` at the end only"),
    ({"name": "q", "summary": "min,,max"}, UsageError, "`summary` must be comma-separated"),
    ({"name": "q", "summary": "median"}, UsageError, "`summary` must be comma-separated"),
    ({"name": "q", "goal": "up"}, UsageError, "`goal` must be \"minimize\" or \"maximize\""),
])
def test_refused_arguments(kwargs: dict[str, Any], error: type[Exception], message: str) -> None:
    with pytest.raises(error) as info:
        parse_metric_call(**kwargs)
    assert message in str(info.value)
    assert isinstance(info.value, VizlogError)


def test_accepted_arguments() -> None:
    assert parse_metric_call("*").name == "*"
    assert parse_metric_call("q", summary="").summary is None
    assert parse_metric_call("q", summary="min, MAX").summary == ("min", "max")
    assert parse_metric_call("q", summary="best", goal="MAXI").goal == "maximize"
    assert parse_metric_call("q", goal="min").goal == "minimize"
    with pytest.warns(DeprecationWarning, match="summary='copy'"):
        assert parse_metric_call("q", summary="copy").summary == ("copy",)


def test_best_without_goal_minimizes_as_the_legacy_wandb_handler() -> None:
    s = Summary()
    s.define(parse_metric_call("lo", summary="best"))
    s.define(parse_metric_call("hi", summary="best,max", goal="maximize"))
    for i, v in enumerate([2.0, 1.0, 3.0]):
        s.auto_update({"lo": v, "hi": v}, i)
    assert s.as_dict() == {"lo": {"best": 1.0}, "hi": {"best": 3.0, "max": 3.0}}


def test_split_metric_name() -> None:
    assert split_metric_name("a.b.c") == ("a", "b", "c")
    assert split_metric_name("a\\.b.c") == ("a.b", "c")
    assert split_metric_name("a\\b") == ("a\\b",)
    assert split_metric_name("") == ()


def test_longest_matching_glob_wins() -> None:
    s = Summary()
    s.define(MetricDef("*", summary=("min",)))
    s.define(MetricDef("val/*", summary=("max",)))
    s.auto_update({"val/a": 1, "val/a2": 3, "other": 2, "_hidden": 5}, 1)
    s.auto_update({"val/a": 2, "other": 1, "_hidden": 4}, 2)
    assert s.as_dict() == {"val/a": {"max": 2}, "val/a2": {"max": 3}, "other": {"min": 1},
                           "_hidden": 4}


def test_resume_seeds_plain_values() -> None:
    s = Summary()
    s._data["loss"] = {"min": 0.5}
    s.restore({"acc": 0.9})
    s.auto_update({"acc": 0.8}, 1)
    assert s.as_dict() == {"loss": {"min": 0.5}, "acc": 0.8}


def test_missing_keys() -> None:
    s = Summary()
    s.define(MetricDef("gone", summary=("none",)))
    s.auto_update({"gone": 1, "empty": {}}, 1)
    for key in ("gone", "empty", "never"):
        with pytest.raises(KeyError):
            _ = s[key]
        with pytest.raises(KeyError):
            del s[key]
    assert len(s) == 0 and list(s) == []


def test_step_sync_reaches_media_rows_and_nested_step_paths(tmp_path: Path) -> None:
    import numpy as np

    pixels = np.random.default_rng(5).integers(0, 255, (4, 4, 3), dtype=np.uint8)
    with vizlog.init(dir=tmp_path) as run:
        run.define_metric("img", step_metric="train.epoch")
        run.log({"train": {"epoch": 2}})
        run.log({"img": vizlog.Image(pixels)})
        run.log({"img": vizlog.Image(pixels), "train": {"loss": 0.5}})
    rows = [{k: v for k, v in row.items() if not k.startswith("_")}
            for row in vizlog.open_run(run.dir).history]
    assert [row["train"] for row in rows] == [{"epoch": 2}, {"epoch": 2},
                                              {"epoch": 2, "loss": 0.5}]
    assert [row["img"]["_type"] for row in rows[1:]] == ["image-file", "image-file"]
    assert vizlog.open_run(run.dir).summary["train"] == {"epoch": 2, "loss": 0.5}


def test_an_explicit_empty_dict_is_a_value() -> None:
    s = Summary()
    s["x"] = {}
    s.auto_update({"y": {}}, 1)
    assert s.as_dict() == {"x": {}} and s["x"] == {}


def test_define_metric_on_a_finished_run_is_refused(tmp_path: Path) -> None:
    run = vizlog.init(dir=tmp_path)
    run.finish()
    with pytest.raises(UsageError, match="is finished; `define_metric\\(\\)` needs a running run"):
        run.define_metric("x")


def test_internal_values_held_aside_are_exact_when_read() -> None:
    """auto_update_plain holds _step/_timestamp/_runtime aside; every read sees the newest, a
    fresh (or deleted) leaf takes its first value at once, and an explicit set wins."""
    s = Summary()
    s.define(MetricDef("_step", summary=("first", "last")))
    for seq in range(1, 4):
        s.auto_update_plain({"x": float(seq)}, {"_step": seq * 10, "_timestamp": 1.5 * seq,
                                                "_runtime": 0.5 * seq}, seq)
    assert s["_step"] == {"first": 10, "last": 30} and s["_runtime"] == 1.5
    s.auto_update_plain({"x": 4.0}, {"_step": 40, "_timestamp": 6.0, "_runtime": 2.0}, 4)
    assert s.as_dict()["_timestamp"] == 6.0 and s["x"] == 4.0
    del s["_runtime"]
    s.auto_update_plain({}, {"_step": 50, "_timestamp": 7.5, "_runtime": 2.5}, 5)
    s.auto_update_plain({}, {"_step": 60, "_timestamp": 9.0, "_runtime": 3.0}, 6)
    assert s["_runtime"] == 3.0 and s["_step"]["last"] == 60
    s["_step"] = "explicit"
    s.auto_update({"y": 1}, 6)  # an older-or-equal sequence never overwrites the explicit set
    assert s["_step"] == "explicit" and s["y"] == 1


def test_folded_plain_rows_equal_rows_applied_one_by_one() -> None:
    """Rows kept aside by auto_update_plain and folded a column at a time (reads, explicit
    sets, definitions and general updates in between) give the summary that auto_update gives
    row by row: the same latest values, first values and statistics, sums in the same order."""
    rng = random.Random(7)
    ops = ("min", "max", "mean", "first", "last")
    keys = ["a", "b", "c", "d"]
    values: list[Any] = [0.1, 0.2, 0.7, 1e16, -3, 5, True, None, "s"]
    fast, slow = Summary(), Summary()
    for s in (fast, slow):
        s.define(MetricDef("a", summary=ops))
        s.define(MetricDef("_step", summary=("first", "last")))
    for seq in range(1, 2000):
        same = (seq // 300) % 3 != 2  # mostly a stable key set, as in training loops
        ks = keys[:2] if same else rng.sample(keys, rng.randint(0, 4))
        row = {k: (rng.random() if same else rng.choice(values)) for k in ks}
        internal = {"_step": seq, "_timestamp": seq / 7, "_runtime": seq / 3}
        fast.auto_update_plain(dict(row), internal, seq)
        slow.auto_update({**row, **internal}, seq)
        roll = rng.random()
        if roll < 0.01:
            assert fast.as_dict() == slow.as_dict()
        elif roll < 0.012:
            for s in (fast, slow):
                s["b"] = "explicit"
        elif roll < 0.014:
            name = rng.choice(keys)
            for s in (fast, slow):
                s.define(MetricDef(name, summary=ops))
        elif roll < 0.016:
            for s in (fast, slow):
                s.auto_update({"c": "media"}, seq - 1)  # a late media value
    got, want = fast.as_dict(), slow.as_dict()
    assert json.dumps(got, sort_keys=True) == json.dumps(want, sort_keys=True)
    assert got["a"]["mean"] == want["a"]["mean"] and got["_step"] == {"first": 1, "last": 1999}


def test_fold_by_columns_equals_rows_one_by_one_for_mixed_numbers_and_key_orders() -> None:
    """The column fold (every row with the same keys, in any order) sums ints and floats, big
    ints past 64 bits included, exactly as ``+`` row by row; rows with the same number of keys
    but not the same keys are applied one by one; both give the row-by-row summary."""
    rng = random.Random(11)
    numbers: list[Any] = [0.1, 0.2, 0.7, 1e16, -3, 5, 2**53 + 1, 2**60, 2**64 + 3, -0.0, 1e-300]
    ops = ("min", "max", "mean", "first", "last")
    fast, slow = Summary(), Summary()
    for s in (fast, slow):
        s.define(MetricDef("a", summary=ops))
        s.define(MetricDef("b", summary=ops))
    seq = 0
    for block in range(12):
        for _ in range(FOLD_ROWS):
            seq += 1
            keys = ["a", "b"] if block % 3 else rng.sample(["a", "b", "c"], 2)
            if block % 2:
                keys.reverse()
            row = {k: rng.choice(numbers) for k in keys}
            internal = {"_step": seq, "_timestamp": seq / 7, "_runtime": seq / 3}
            fast.auto_update_plain(dict(row), internal, seq)
            slow.auto_update({**row, **internal}, seq)
    got, want = fast.as_dict(), slow.as_dict()
    assert json.dumps(got, sort_keys=True) == json.dumps(want, sort_keys=True)
    assert got["a"]["mean"] == want["a"]["mean"] and got["b"]["max"] == 2**64 + 3
