"""vizlog.columnar: a run's history as one Parquet copy, the same through both decoders."""

from __future__ import annotations

import json
import math
import os
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

import vizlog
from vizlog.columnar import (
    _fast_table,
    _table_from_rows,
    columnar_copy,
    history_fingerprint,
    history_objects,
    history_table,
)
from vizlog.format import parse_records, record_payloads
from vizlog.store import open_backend


def _scalar_run(root: Path, run_id: str = "s", steps: int = 30) -> Path:
    rng = np.random.default_rng(3)
    with vizlog.init(dir=root, id=run_id, quiet=True, reinit="create_new") as run:
        for s in range(steps):
            run.log({"loss": float(rng.random()), "n": s, "ok": s % 2 == 0, "tag": f"x{s}"})
    return root / run_id


def test_both_decoders_give_the_same_table(tmp_path: Path) -> None:
    run = _scalar_run(tmp_path)
    hist = next((run / "history").glob("*.rec"))
    payloads, bad = record_payloads(hist.read_bytes())
    assert bad == [] and payloads[0].startswith(b'{"_vizlog":"history"')
    fast = _fast_table(payloads[1:], np.zeros(len(payloads) - 1, dtype=np.int64))
    rows = parse_records(hist.read_bytes()).rows
    slow = _table_from_rows(rows, [0] * len(rows))
    assert fast is not None
    assert fast.schema.names == ["_rank", "_step", "_timestamp", "_runtime", "loss", "n", "ok",
                                 "tag"]
    assert fast.equals(slow)
    assert fast.column("loss").to_pylist() == [r["loss"] for r in rows]  # exact floats


def test_media_nested_nan_and_reserved_names(tmp_path: Path) -> None:
    with vizlog.init(dir=tmp_path, id="m", quiet=True, reinit="create_new") as run:
        run.log({"loss": math.nan, "val": {"acc": 1}, "project": "p", "config/x": 1,
                 "img": vizlog.Image(np.zeros((2, 2, 3), dtype=np.uint8)), "big": 2 ** 70,
                 "mixed": 1})
        run.log({"loss": 0.5, "mixed": "one"})
    t = history_table(open_backend(tmp_path / "m"))
    assert t.schema.names == ["_rank", "_step", "_timestamp", "_runtime", "big", "config/x~h",
                              "img", "loss", "mixed", "project~h", "val/acc"]
    assert t.column("big").to_pylist() == [str(2 ** 70), None]
    assert t.column("mixed").to_pylist() == ["1", '"one"']
    assert t.schema.field("mixed").metadata == {b"vizlog.json": b"1"}
    assert math.isnan(t.column("loss")[0].as_py()) and t.column("loss")[1].as_py() == 0.5
    desc = json.loads(t.column("img")[0].as_py())
    assert desc == vizlog.open_run(tmp_path / "m").history[0]["img"]


def test_the_copy_is_keyed_by_history_sizes_and_stale_copies_go(tmp_path: Path) -> None:
    run = _scalar_run(tmp_path / "runs", steps=5)
    cache = open_backend(tmp_path / "cache")
    first = columnar_copy(open_backend(run), cache, "s")
    assert first.startswith("s/history-v1-") and first.endswith(".parquet")
    assert columnar_copy(open_backend(run), cache, "s") == first
    with vizlog.init(dir=tmp_path / "runs", id="s", resume="allow", quiet=True,
                     reinit="create_new") as r:
        r.log({"n": 99})
    second = columnar_copy(open_backend(run), cache, "s")
    assert second != first and cache.list("s") == [second]
    assert pq.read_table(tmp_path / "cache" / second).column("n").to_pylist() == \
        [0, 1, 2, 3, 4, 99]


def test_fingerprint_changes_with_a_name_or_a_size() -> None:
    base = history_fingerprint([("history/a.rec", 10)])
    assert base.startswith("v1-") and len(base) == 35
    assert history_fingerprint([("history/a.rec", 11)]) != base
    assert history_fingerprint([("history/b.rec", 10)]) != base


def test_symlinks_and_torn_tails_are_not_history(tmp_path: Path) -> None:
    run = _scalar_run(tmp_path, steps=4)
    outside = tmp_path / "outside.rec"
    outside.write_bytes(b"not a run's")
    os.symlink(outside, run / "history" / "evil.rec")
    hist = next(p for p in (run / "history").glob("*.rec") if not p.is_symlink())
    hist.write_bytes(hist.read_bytes()[:-5])
    assert [k for k, _ in history_objects(open_backend(run))] == \
        [f"history/{hist.name}"]
    t = history_table(open_backend(run))
    assert t.column("n").to_pylist() == [0, 1, 2]


def test_an_empty_history_is_an_empty_table(tmp_path: Path) -> None:
    with vizlog.init(dir=tmp_path, id="e", quiet=True, reinit="create_new"):
        pass
    t = history_table(open_backend(tmp_path / "e"))
    assert (t.num_rows, t.schema.names) == (0, ["_rank", "_step", "_timestamp", "_runtime"])
    assert t.schema.field("_step").type == pa.int64()


@pytest.mark.parametrize("rows", [[{"_step": 0, "a": {"b": 1}}], [{"_step": 1.5}]])
def test_the_fast_decoder_declines_what_it_cannot_type(rows: list[dict[str, object]]) -> None:
    payloads = [json.dumps(r).encode() for r in rows]
    assert _fast_table(payloads, np.zeros(len(rows), dtype=np.int64)) is None
