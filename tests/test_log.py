"""vizlog.runlog.log: log()'s step semantics, values, the writer pool's ordering and errors, and
the plain fast path (the same rows, records and summary as the general path)."""

from __future__ import annotations

import json
import math
import threading
from pathlib import Path
from typing import Any

import numpy as np
import pytest

import vizlog
from vizlog.errors import RunStateError, VizlogError
from vizlog.media._base import Encoded, Media


def _rows(run: vizlog.Run) -> list[dict[str, Any]]:
    return vizlog.open_run(run.dir).history


def _strip(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{k: v for k, v in r.items() if k not in ("_timestamp", "_runtime")} for r in rows]


class Slow(Media):
    """A test media type whose encode waits for an event (not registered)."""

    type_name = "slow-file"

    def __init__(self, gate: threading.Event, payload: bytes = b"slow",
                 fail: bool = False) -> None:
        self.gate, self.payload, self.fail = gate, payload, fail
        self.encoded = threading.Event()

    def encode(self, resolved: Any = None) -> Encoded:
        assert self.gate.wait(10)
        if self.fail:
            raise ValueError("encoder exploded")
        self.encoded.set()
        return Encoded(self.payload, "bin", "media/slow", {"_type": self.type_name})


def test_log_before_init_says_to_call_init() -> None:
    with pytest.raises(RunStateError, match=r"call `vizlog\.init\(\)`"):
        vizlog.log({"a": 1})


def test_log_after_finish_is_refused(runs_dir: Path) -> None:
    run = vizlog.init(dir=runs_dir)
    run.finish()
    with pytest.raises(RunStateError, match="is finished"):
        run.log({"a": 1})


def test_default_steps_commit_and_advance(runs_dir: Path) -> None:
    with vizlog.init(dir=runs_dir) as run:
        run.log({"a": 1})
        run.log({"a": 2})
        assert run.step == 2
    assert _strip(_rows(run)) == [{"_step": 0, "a": 1}, {"_step": 1, "a": 2}]


def test_commit_false_accumulates(runs_dir: Path) -> None:
    with vizlog.init(dir=runs_dir) as run:
        run.log({"a": 1}, commit=False)
        run.log({"b": 2}, commit=False)
        run.log({"a": 3})
        run.log({"c": 4})
    assert _strip(_rows(run)) == [{"_step": 0, "a": 3, "b": 2}, {"_step": 1, "c": 4}]


def test_explicit_step_accumulates_until_a_later_step(runs_dir: Path) -> None:
    with vizlog.init(dir=runs_dir) as run:
        run.log({"a": 1}, step=5)
        run.log({"b": 2}, step=5)
        run.log({"a": 3}, step=7)
        run.log({"x": 0}, step=9, commit=True)
        run.log({"y": 1})
    assert _strip(_rows(run)) == [{"_step": 5, "a": 1, "b": 2}, {"_step": 7, "a": 3},
                                  {"_step": 9, "x": 0}, {"_step": 10, "y": 1}]


def test_older_step_is_refused_with_a_warning(runs_dir: Path) -> None:
    with vizlog.init(dir=runs_dir) as run:
        run.log({"a": 1}, step=3, commit=True)
        with pytest.warns(UserWarning, match="step 1 is older than the current step 4"):
            run.log({"a": 99}, step=1)
        run.log({"a": 2})
    assert _strip(_rows(run)) == [{"_step": 3, "a": 1}, {"_step": 4, "a": 2}]


@pytest.mark.parametrize("bad", [-1, 1.5, "3", True])
def test_bad_step_values(runs_dir: Path, bad: Any) -> None:
    with vizlog.init(dir=runs_dir) as run, pytest.raises(VizlogError, match="`step` must be"):
        run.log({"a": 1}, step=bad)


def test_nested_dicts_numpy_scalars_and_arrays(runs_dir: Path) -> None:
    with vizlog.init(dir=runs_dir) as run:
        run.log({"eval": {"acc": np.float32(0.5), "n": np.int64(3), "ok": np.bool_(True),
                          "zero_d": np.array(2.5), "one": np.array([7]),
                          "small": np.arange(4), "img": vizlog.Image(np.ones((2, 2), bool))}})
    [row] = _rows(run)
    ev = row["eval"]
    assert ev["acc"] == 0.5 and type(ev["acc"]) is float
    assert ev["n"] == 3 and ev["ok"] is True and ev["zero_d"] == 2.5 and ev["one"] == 7
    assert ev["small"] == [0, 1, 2, 3]
    assert ev["img"]["_type"] == "image-file"
    assert ev["img"]["path"].startswith("media/images/eval/img_0_")
    [(_, img)] = vizlog.open_run(run.dir).media("eval/img")
    assert img.to_numpy().dtype == bool


def test_big_arrays_become_histograms(runs_dir: Path) -> None:
    with vizlog.init(dir=runs_dir) as run:
        run.log({"w": np.linspace(0, 1, 33)})
    [row] = _rows(run)
    assert row["w"]["_type"] == "histogram"
    assert len(row["w"]["values"]) == 32 and sum(row["w"]["values"]) == 33


def test_special_floats_round_trip_through_a_run(runs_dir: Path) -> None:
    with vizlog.init(dir=runs_dir) as run:
        run.log({"nan": math.nan, "inf": math.inf, "ninf": -math.inf, "nz": -0.0})
    r = vizlog.open_run(run.dir)
    [row] = r.history
    assert math.isnan(row["nan"]) and row["inf"] == math.inf and row["ninf"] == -math.inf
    assert math.copysign(1, row["nz"]) == -1
    def refuse(c: str) -> None:
        pytest.fail(f"bare {c}")

    for name in ("run.json", "summary.json"):
        json.loads((Path(run.dir) / name).read_text(), parse_constant=refuse)


def test_unloggable_values_name_the_key(runs_dir: Path) -> None:
    with vizlog.init(dir=runs_dir) as run:
        with pytest.raises(VizlogError, match=r"`a/b` has a value vizlog cannot log: object"):
            run.log({"a": {"b": object()}})
        with pytest.raises(VizlogError, match="log keys must be str"):
            run.log({1: 2})
        with pytest.raises(VizlogError, match="mixes media types"):
            run.log({"m": [vizlog.Image(np.zeros((2, 2), np.uint8)), Slow(threading.Event())]})
        with pytest.raises(VizlogError, match="`data` must be a dict"):
            run.log([1, 2])  # type: ignore[arg-type]


def test_log_returns_before_media_is_encoded(runs_dir: Path) -> None:
    gate = threading.Event()
    run = vizlog.init(dir=runs_dir)
    slow = Slow(gate)
    run.log({"s": slow, "x": 1})
    run.log({"x": 2})  # queued behind the slow step: order is kept
    assert not slow.encoded.is_set()
    assert run.summary["x"] == 2
    gate.set()
    run.finish()
    rows = _rows(run)
    assert [r["x"] for r in rows] == [1, 2]
    assert rows[0]["s"]["_type"] == "slow-file"
    assert (Path(run.dir) / rows[0]["s"]["path"]).read_bytes() == b"slow"


def test_history_record_never_precedes_its_file(runs_dir: Path) -> None:
    gate = threading.Event()
    run = vizlog.init(dir=runs_dir)
    run.log({"s": Slow(gate)})
    assert vizlog.open_run(run.dir).history == []  # not yet: its file is not written
    gate.set()
    run.finish()
    assert len(vizlog.open_run(run.dir).history) == 1


def test_pool_error_is_raised_at_next_log_and_rest_of_row_kept(runs_dir: Path) -> None:
    gate = threading.Event()
    gate.set()
    run = vizlog.init(dir=runs_dir)
    run.log({"s": Slow(gate, fail=True), "x": 1})
    run._writer.close()  # let the writer finish, then observe the error at the next call
    with pytest.raises(ValueError, match="encoder exploded"):
        run.log({"x": 2})
    run._state = "failed"
    rows = _rows(run)
    assert _strip(rows) == [{"_step": 0, "x": 1}]


def test_pool_error_is_raised_at_finish(runs_dir: Path) -> None:
    gate = threading.Event()
    gate.set()
    run = vizlog.init(dir=runs_dir)
    run.log({"s": Slow(gate, fail=True)})
    with pytest.raises(ValueError, match="encoder exploded"):
        run.finish()
    data = vizlog.open_run(run.dir)
    assert data.state == "failed" and "encoder exploded" in data.meta["error"]


def test_mutating_an_array_after_log_changes_nothing(runs_dir: Path) -> None:
    arr = np.zeros((8, 8, 3), np.uint8)
    nested = {"vals": [1, 2]}
    with vizlog.init(dir=runs_dir) as run:
        run.log({"img": vizlog.Image(arr), "n": nested})
        arr[:] = 255
        nested["vals"].append(3)
    r = vizlog.open_run(run.dir)
    np.testing.assert_array_equal(r.media("img")[0][1].to_numpy(), np.zeros((8, 8, 3), np.uint8))
    assert r.history[0]["n"] == {"vals": [1, 2]}


def test_queue_is_bounded(runs_dir: Path) -> None:
    gate = threading.Event()
    run = vizlog.init(dir=runs_dir, max_queue=2, workers=1)
    done = threading.Event()

    def producer() -> None:
        for i in range(6):
            run.log({"s": Slow(gate, payload=bytes([i]))})
        done.set()

    t = threading.Thread(target=producer)
    t.start()
    assert not done.wait(0.5)  # blocked: the queue holds at most 2 steps
    gate.set()
    t.join(10)
    assert done.is_set()
    run.finish()
    assert len(_rows(run)) == 6


def test_threads_can_log_concurrently(runs_dir: Path) -> None:
    run = vizlog.init(dir=runs_dir)

    def worker(k: int) -> None:
        for i in range(500):
            run.log({f"t{k}": i})

    threads = [threading.Thread(target=worker, args=(k,)) for k in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    run.finish()
    rows = _rows(run)
    assert len(rows) == 2000
    assert [r["_step"] for r in rows] == list(range(2000))
    for k in range(4):
        assert [r[f"t{k}"] for r in rows if f"t{k}" in r] == list(range(500))


def test_plain_fast_path_writes_what_the_general_path_writes(tmp_path: Path) -> None:
    """log(d) of a flat dict of plain values (the fast path) and the same values through the
    general path (commit=True) give identical rows apart from the times, and the same summary."""
    rows = [{"loss": 0.5, "n": 3, "ok": True, "none": None, "tag": "a\"b"},
            {"loss": float("nan"), "n": -1, "ok": False, "tag": "c"},
            {"loss": 0.25, "n": 7, "extra": 1e300}]
    runs = []
    for commit in (None, True):
        run = vizlog.init(project="p", dir=tmp_path / str(commit), quiet=True)
        run.define_metric("loss", summary="min,max,mean")
        for row in rows:
            run.log(row, commit=commit)
        run.finish(quiet=True)
        runs.append(run)
    fast, slow = (_rows(r) for r in runs)
    strip = [{k: v for k, v in r.items() if k not in ("_timestamp", "_runtime")} for r in fast]
    assert strip == [{k: v for k, v in r.items() if k not in ("_timestamp", "_runtime")}
                     for r in slow]
    assert [r["_step"] for r in fast] == [0, 1, 2]
    assert all(r["_runtime"] >= 0 for r in fast)
    fast_sum, slow_sum = ({k: v for k, v in r.summary.as_dict().items()
                           if k not in ("_timestamp", "_runtime")} for r in runs)
    assert json.dumps(fast_sum, sort_keys=True) == json.dumps(slow_sum, sort_keys=True)
    assert fast_sum["n"] == 7 and fast_sum["_step"] == 2 and fast_sum["extra"] == 1e300
    assert math.isnan(fast_sum["loss"]["min"]) and math.isnan(fast_sum["loss"]["mean"])


def test_plain_fast_path_falls_back_for_media_pending_and_non_ascii(tmp_path: Path) -> None:
    run = vizlog.init(project="p", dir=tmp_path, quiet=True)
    run.log({"a": 1}, commit=False)
    run.log({"b": 2})                      # pending: the general path merges it
    run.log({"é": 1.5, "t": "ü"})          # non-ASCII key and text
    run.log({"arr": np.arange(3)})         # a numpy value
    run.finish(quiet=True)
    rows = [{k: v for k, v in r.items() if k not in ("_timestamp", "_runtime")}
            for r in _rows(run)]
    assert rows == [{"_step": 0, "a": 1, "b": 2}, {"_step": 1, "é": 1.5, "t": "ü"},
                    {"_step": 2, "arr": [0, 1, 2]}]


def test_plain_fast_path_checks_every_new_key_set(tmp_path: Path) -> None:
    """The fast path skips the key check only for the key set of the previous plain row: a
    new key set, alternating ones and a non-str key after a known set are all checked."""
    run = vizlog.init(project="p", dir=tmp_path, quiet=True)
    rows = [{"a": 1.0, "b": 2}, {"b": 3, "a": 0.5}, {"a": 2.5}, {"a": 1.0, "b": 2}]
    for row in rows:
        run.log(row)
    with pytest.raises(VizlogError, match="log keys must be str"):
        run.log({"a": 1.0, "b": 2, 3: 4})  # type: ignore[dict-item]
    with pytest.raises(VizlogError, match="log keys must be str"):
        run.log({7: 1.0})  # type: ignore[dict-item]
    run.log({"a": 9.0, "b": 1})
    run.finish(quiet=True)
    assert _strip(_rows(run)) == [{"_step": i, **r} for i, r in
                                  enumerate([*rows, {"a": 9.0, "b": 1}])]
    assert run.summary["a"] == 9.0 and run.summary["b"] == 1
