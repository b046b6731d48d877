"""Many ranks, one run (vizlog.runlog.ranks): who is a rank, the shared run id, and real
processes writing one run at once.

``shared_root`` is parametrised by where the run lives; a storage backend (S3, ...) adds its
parameter (a URL the worker processes can reach) and the same test runs against it.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest

import vizlog
from vizlog.errors import UsageError
from vizlog.format import history_chunk_stream, history_file_name, history_header, parse_records
from vizlog.runlog.lease import LOCK
from vizlog.runlog.ranks import RankInfo, resolve_rank, shared_run_id

# -- who is a rank ---------------------------------------------------------------------------


def test_torchrun_environment_makes_a_rank() -> None:
    env = {"RANK": "3", "WORLD_SIZE": "4", "LOCAL_RANK": "1"}
    assert resolve_rank(env) == RankInfo(rank=3, world_size=4, local_rank=1, primary_rank=0,
                                         explicit=False)


def test_vizlog_variables_win_and_pick_the_primary() -> None:
    env = {"RANK": "3", "WORLD_SIZE": "4", "VIZLOG_RANK": "2", "VIZLOG_WORLD_SIZE": "8",
           "VIZLOG_PRIMARY_RANK": "2"}
    info = resolve_rank(env)
    assert info == RankInfo(rank=2, world_size=8, local_rank=None, primary_rank=2,
                            explicit=False)
    assert info.primary


@pytest.mark.parametrize("env", [{}, {"RANK": "0"}, {"RANK": "0", "WORLD_SIZE": "1"},
                                 {"RANK": "1", "WORLD_SIZE": "2", "VIZLOG_SHARED_RUN": "0"}])
def test_no_rank_without_a_world_above_one_or_when_switched_off(env: dict[str, str]) -> None:
    assert resolve_rank(env) is None


def test_explicit_rank_wins_over_the_environment() -> None:
    info = resolve_rank({"RANK": "3", "WORLD_SIZE": "4"}, rank=1, world_size=2)
    assert info == RankInfo(rank=1, world_size=2, local_rank=None, primary_rank=0,
                            explicit=True)


@pytest.mark.parametrize(("env", "kwargs", "match"), [
    ({"RANK": "x", "WORLD_SIZE": "4"}, {}, r"`\$RANK` must be a non-negative int"),
    ({}, {"rank": -1}, r"`rank` must be a non-negative int"),
    ({}, {"rank": True}, r"`rank` must be a non-negative int"),
    ({}, {"rank": 4, "world_size": 4}, r"`rank` must be below `world_size`; got rank 4"),
])
def test_bad_ranks_are_refused(env: dict[str, str], kwargs: dict[str, object],
                               match: str) -> None:
    with pytest.raises(UsageError, match=match):
        resolve_rank(env, **kwargs)


def test_the_shared_run_id_comes_from_the_id_then_torchelastic_then_the_group() -> None:
    env_info = RankInfo(rank=1, world_size=2, local_rank=None, primary_rank=0, explicit=False)
    elastic = {"TORCHELASTIC_RUN_ID": "job/42:a"}
    assert shared_run_id(elastic, env_info, "given", "grp") == "given"
    assert shared_run_id(elastic, env_info, None, "grp") == "job-42-a"
    assert shared_run_id({"TORCHELASTIC_RUN_ID": "none"}, env_info, None, "my group") == \
        "my-group"
    assert shared_run_id({}, env_info, None, None) is None


def test_an_explicit_rank_without_a_shared_id_is_an_error() -> None:
    info = RankInfo(rank=1, world_size=2, local_rank=None, primary_rank=0, explicit=True)
    with pytest.raises(UsageError, match="pass the same `id=` \\(or `group=`\\) on every rank"):
        shared_run_id({}, info, None, None)


def test_rank_in_the_history_header_and_file_name() -> None:
    assert history_file_name("node-1", 7, "abc", rank=2) == "history/rank2-node-1-7-abc.rec"
    assert history_file_name("node-1", 7, "abc") == "history/node-1-7-abc.rec"
    found = parse_records(history_header("abc", rank=2))
    assert (found.writer, found.rank, found.rows) == ("abc", 2, [])
    assert parse_records(history_header("abc")).rank is None


# -- in one process: the primary and another rank ------------------------------------------


def test_only_the_primary_writes_run_json_summary_and_lock(tmp_path: Path) -> None:
    other = vizlog.init(dir=tmp_path, id="job", rank=1, world_size=2, quiet=True,
                        reinit="create_new", config={"lr": 9})
    other.log({"loss": 1.0})
    assert not (tmp_path / "job" / "run.json").exists()
    assert not (tmp_path / "job" / LOCK).exists()
    primary = vizlog.init(dir=tmp_path, id="job", rank=0, world_size=2, quiet=True,
                          reinit="create_new", config={"lr": 0.1})
    primary.log({"loss": 0.5})
    other.finish()
    primary.finish()
    data = vizlog.open_run(tmp_path / "job")
    assert data.config == {"lr": 0.1}
    assert data.summary["loss"] == 0.5
    assert data.meta["ranks"] == {"primary": 0, "world_size": 2}
    assert [(r["_step"], r["_rank"], r["loss"]) for r in data.history] == \
        [(0, 0, 0.5), (0, 1, 1.0)]
    assert not (tmp_path / "job" / LOCK).exists()


def test_a_rank_whose_primary_never_came_still_leaves_a_run_that_opens(tmp_path: Path) -> None:
    run = vizlog.init(dir=tmp_path, id="own-1", rank=1, world_size=2, quiet=True,
                      reinit="create_new", config={"lr": 2})
    run.log({"loss": 3.0})
    run.finish()
    data = vizlog.open_run(tmp_path / "own-1")
    assert (data.config, data.summary["loss"], data.state) == ({"lr": 2}, 3.0, "finished")
    assert [r["_rank"] for r in data.history] == [1]
    assert data.meta["ranks"] == {"primary": 0, "world_size": 2, "written_by": 1}
    late = vizlog.init(dir=tmp_path, id="own-1", rank=0, world_size=2, quiet=True,
                       reinit="create_new", config={"lr": 0.5})  # the primary, late: takes over
    late.log({"loss": 1.0})
    late.finish()
    data = vizlog.open_run(tmp_path / "own-1")
    assert (data.config, data.summary["loss"]) == ({"lr": 0.5}, 1.0)
    assert data.meta["ranks"] == {"primary": 0, "world_size": 2}
    assert [(r["_step"], r["_rank"]) for r in data.history] == [(0, 0), (0, 1)]


def test_a_rank_continues_its_own_steps_on_resume(tmp_path: Path) -> None:
    for _ in range(2):
        runs = [vizlog.init(dir=tmp_path, id="job", rank=r, world_size=2, quiet=True,
                            reinit="create_new", resume="allow") for r in (0, 1)]
        for i, run in enumerate(runs):
            for _ in range(i + 1):
                run.log({"x": i})
        for run in runs:
            run.finish()
    data = vizlog.open_run(tmp_path / "job")
    assert [(r["_step"], r["_rank"]) for r in data.history] == \
        [(0, 0), (0, 1), (1, 0), (1, 1), (2, 1), (3, 1)]


# -- real processes at once --------------------------------------------------------------------

WORKER = r"""
import os, sys, time
import numpy as np
import vizlog
go = sys.argv[1]
while not os.path.exists(go):
    time.sleep(0.005)
rank = int(os.environ["RANK"])
run = vizlog.init(project="ranks", config={"rank_seen": rank}, quiet=True)
rng = np.random.default_rng(rank)
for step in range(int(os.environ["STEPS"])):
    row = {"loss": float(rank * 1000 + step), "rank_value": rank}
    if step % 40 == 0:
        row["img"] = vizlog.Image(rng.integers(0, 256, size=(8, 8, 3), dtype=np.uint8))
    if step % 100 == 0:
        row["same"] = vizlog.Image(np.full((4, 4, 3), 7, dtype=np.uint8))
    run.log(row)
run.finish()
"""

STEPS = 400
WORLD = 4


@pytest.fixture(params=["local", "s3"])
def shared_root(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """Where the ranks' run lives (a folder or URL every worker process can reach): a local
    folder, or a bucket on the S3 server the tests start (tests/s3server.py; its credentials are
    in the environment the workers inherit)."""
    if request.param == "s3":
        return str(request.getfixturevalue("s3").url("runs"))
    return str(tmp_path / "runs")


def test_four_processes_log_into_one_run_and_lose_nothing(shared_root: str,
                                                           tmp_path: Path) -> None:
    go = tmp_path / "go"
    procs = []
    for rank in range(WORLD):
        env = {**os.environ, "RANK": str(rank), "WORLD_SIZE": str(WORLD),
               "LOCAL_RANK": str(rank), "TORCHELASTIC_RUN_ID": "job-7",
               "VIZLOG_DIR": shared_root, "STEPS": str(STEPS)}
        env.pop("VIZLOG_RUN_ID", None)
        env.pop("WANDB_RUN_ID", None)
        procs.append(subprocess.Popen([sys.executable, "-c", WORKER, str(go)], env=env,
                                      stderr=subprocess.PIPE, text=True))
    time.sleep(0.2)
    go.write_text("go")
    errors = [p.communicate(timeout=300)[1] for p in procs]
    assert [p.returncode for p in procs] == [0] * WORLD, "\n".join(e[-3000:] for e in errors)
    run_url = shared_root.rstrip("/") + "/job-7"
    data = vizlog.open_run(run_url)
    assert data.state == "finished"
    assert data.config == {"rank_seen": 0}
    keys = [(r["_step"], r["_rank"]) for r in data.history]
    assert keys == [(s, k) for s in range(STEPS) for k in range(WORLD)]  # step, then rank
    assert all(r["loss"] == r["_rank"] * 1000 + r["_step"] for r in data.history)
    assert data.summary["loss"] == STEPS - 1 and data.summary["rank_value"] == 0
    paths = [r["img"]["path"] for r in data.history if "img" in r]
    assert len(paths) == len(set(paths)) == WORLD * len(range(0, STEPS, 40))
    same = sorted({r["same"]["path"] for r in data.history if "same" in r})
    assert len(same) == WORLD * len(range(0, STEPS, 100))  # ranks never share a file name
    assert data.verify() == []
    if shared_root.startswith("s3://"):  # one chunked stream (version 3) per rank
        assert sorted(set(data.history_versions.values())) == [3]
        streams = {history_chunk_stream(name) for name in data.history_versions}
        assert len(streams) == WORLD
    else:
        assert sorted(set(data.history_versions.values())) == [2]
        assert len(data.history_versions) == WORLD
    assert not data.backend.exists(LOCK)
    assert np.array_equal(data.media("img")[-1][1].to_numpy().shape, (8, 8, 3))


def test_without_summary_json_the_summary_is_the_primary_ranks_rows(tmp_path: Path) -> None:
    runs = [vizlog.init(dir=tmp_path, id="job", rank=r, world_size=2, primary_rank=1,
                        quiet=True, reinit="create_new") for r in (0, 1)]
    for r, run in enumerate(runs):
        run.log({"loss": float(r)})
        run.finish()
    assert vizlog.open_run(tmp_path / "job").summary["loss"] == 1.0
    (tmp_path / "job" / "summary.json").unlink()  # as after a crash of the primary
    assert vizlog.open_run(tmp_path / "job").summary["loss"] == 1.0
