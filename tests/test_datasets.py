"""vizlog.datasets: a folder of runs as one pyarrow dataset, read by vizlog, DuckDB, polars and
Spark with the same aggregates as open_run; tables(); hive-partitioned export."""

from __future__ import annotations

import json
import math
import os
import shutil
from pathlib import Path
from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.dataset as ds
import pytest

import vizlog
from vizlog.cli import main
from vizlog.datasets import export_parquet
from vizlog.errors import UsageError

STEPS = {"alpha": 50, "beta": 40, "gamma": 30, "delta": 25}


def _make_root(root: Path) -> None:
    rng = np.random.default_rng(7)
    with vizlog.init(dir=root, id="alpha", project="p1", quiet=True, reinit="create_new",
                     config={"lr": 0.1, "opt": {"name": "adam"}, "layers": [1, 2]}) as run:
        for s in range(STEPS["alpha"]):
            row: dict[str, Any] = {"loss": float(rng.random()), "acc": s * 3, "tag": f"t{s % 3}"}
            if s == 10:
                row["img"] = vizlog.Image(rng.integers(0, 256, (4, 4, 3), dtype=np.uint8))
            if s in (5, 20):
                row["preds"] = vizlog.Table(columns=["id", "score"],
                                            data=[[i, float(i) / 2] for i in range(s)])
            run.log(row)
    with vizlog.init(dir=root, id="beta", project="p2", quiet=True, reinit="create_new",
                     config={"lr": 1, "opt": {"name": "sgd"}}) as run:
        for s in range(STEPS["beta"]):
            row = {"loss": math.nan if s == 7 else float(rng.random()), "acc": s,
                   "val": {"loss": float(s)}}
            if s == STEPS["beta"] - 1:
                row["preds"] = vizlog.Table(columns=["id", "score", "extra"],
                                            data=[[1, 0.5, "x"]])
            run.log(row)
    ranks = [vizlog.init(dir=root, id="gamma", rank=r, world_size=2, quiet=True,
                         reinit="create_new", config={"lr": 0.5}) for r in (0, 1)]
    for s in range(STEPS["gamma"]):
        for r, run in enumerate(ranks):
            run.log({"loss": float(rng.random()), "acc": 100 * r + s})
    for run in ranks:
        run.finish()
    # delta: crashed (running, its process gone), its last record torn
    with vizlog.init(dir=root, id="delta", quiet=True, reinit="create_new") as run:
        for s in range(STEPS["delta"] + 1):
            run.log({"loss": float(rng.random()), "acc": s})
    meta = json.loads((root / "delta" / "run.json").read_text())
    meta.update(state="running", pid=2 ** 22 + 12345)
    (root / "delta" / "run.json").write_text(json.dumps(meta, sort_keys=True))
    hist = next((root / "delta" / "history").glob("*.rec"))
    hist.write_bytes(hist.read_bytes()[:-9])


@pytest.fixture(scope="module")
def root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("dsroot") / "runs"
    _make_root(path)
    return path


def _expected(root: Path) -> dict[str, dict[str, Any]]:
    """Per run: rows, sum of acc, min/max of the finite losses, steps, from open_run."""
    out = {}
    for run_id in STEPS:
        data = vizlog.open_run(root / run_id)
        losses = [r["loss"] for r in data.history if "loss" in r and not math.isnan(r["loss"])]
        out[run_id] = {"rows": len(data.history),
                       "acc": sum(r.get("acc", 0) for r in data.history),
                       "lo": min(losses), "hi": max(losses),
                       "max_step": max(r["_step"] for r in data.history),
                       "ranks": len({r.get("_rank", 0) for r in data.history})}
    return out


def test_the_dataset_has_every_run_field_and_key(root: Path) -> None:
    d = vizlog.dataset(root)
    assert isinstance(d, ds.Dataset)
    schema = d.schema
    assert schema.names[:6] == ["project", "run_id", "_rank", "_step", "_timestamp",
                                "_runtime"]
    assert {n: str(schema.field(n).type) for n in
            ("acc", "loss", "tag", "img", "val/loss", "config/lr", "config/opt/name",
             "config/layers")} == {
        "acc": "int64", "loss": "double", "tag": "string", "img": "string",
        "val/loss": "double", "config/lr": "double", "config/opt/name": "string",
        "config/layers": "string"}
    assert schema.field("img").metadata == {b"vizlog.json": b"1"}
    table = d.to_table(filter=ds.field("run_id") == "alpha").sort_by("_step")
    assert table.column("project").unique().to_pylist() == ["p1"]
    assert table.column("config/layers").unique().to_pylist() == ["[1,2]"]
    img = [json.loads(t) for t in table.column("img").to_pylist() if t is not None]
    assert img == [r["img"] for r in vizlog.open_run(root / "alpha").history if "img" in r]


def test_vizlog_own_scan_matches_open_run(root: Path) -> None:
    t = vizlog.dataset(root).to_table()
    expected = _expected(root)
    for run_id, exp in expected.items():
        rows = t.filter(pa.compute.equal(t.column("run_id"), run_id))
        loss = [v for v in rows.column("loss").to_pylist() if not math.isnan(v)]
        got = {"rows": rows.num_rows, "acc": sum(rows.column("acc").to_pylist()),
               "lo": min(loss), "hi": max(loss),
               "max_step": max(rows.column("_step").to_pylist()),
               "ranks": len(set(rows.column("_rank").to_pylist()))}
        assert got == exp, run_id
    assert expected["delta"]["rows"] == STEPS["delta"]  # the torn record is not a row
    assert expected["gamma"]["ranks"] == 2


QUERY = """SELECT run_id, count(*) AS n, sum(acc) AS acc, min(loss) FILTER (WHERE NOT isnan(loss))
           AS lo, max(loss) FILTER (WHERE NOT isnan(loss)) AS hi, max(_step) AS max_step,
           count(DISTINCT _rank) AS ranks FROM d GROUP BY run_id ORDER BY run_id"""


def _as_dict(rows: list[tuple[Any, ...]]) -> dict[str, dict[str, Any]]:
    return {r[0]: {"rows": r[1], "acc": r[2], "lo": r[3], "hi": r[4], "max_step": r[5],
                   "ranks": r[6]} for r in rows}


def test_duckdb_gives_the_same_aggregates(root: Path) -> None:
    duckdb = pytest.importorskip("duckdb")
    d = vizlog.dataset(root)
    con = duckdb.connect()
    con.register("d", d)
    assert _as_dict(con.execute(QUERY).fetchall()) == _expected(root)
    by_project = con.execute('SELECT project, "config/lr", count(*) FROM d GROUP BY ALL '
                             "ORDER BY ALL").fetchall()
    assert by_project == [("p1", 0.1, 50), ("p2", 1.0, 40), (None, 0.5, 60),
                          (None, None, 25)]


def test_polars_gives_the_same_aggregates(root: Path) -> None:
    pl = pytest.importorskip("polars")
    lf = pl.scan_pyarrow_dataset(vizlog.dataset(root))
    out = (lf.group_by("run_id").agg(
        pl.len().alias("rows"), pl.col("acc").sum().alias("acc"),
        pl.col("loss").filter(pl.col("loss").is_not_nan()).min().alias("lo"),
        pl.col("loss").filter(pl.col("loss").is_not_nan()).max().alias("hi"),
        pl.col("_step").max().alias("max_step"), pl.col("_rank").n_unique().alias("ranks"))
        .sort("run_id").collect())
    got = {r.pop("run_id"): r for r in out.to_dicts()}
    assert got == _expected(root)


def test_copies_are_cached_and_remade_when_a_run_grows(root: Path, tmp_path: Path) -> None:
    copy = tmp_path / "runs"
    shutil.copytree(root, copy, ignore=shutil.ignore_patterns(".vizlog-cache"))
    vizlog.dataset(copy)
    cache = copy / ".vizlog-cache"
    before = sorted(p.relative_to(cache).as_posix() for p in cache.rglob("*.parquet"))
    assert [p.split("/")[0] for p in before] == sorted(STEPS)
    stamps = {p: (cache / p).stat().st_mtime_ns for p in before}
    vizlog.dataset(copy)
    assert {p: (cache / p).stat().st_mtime_ns for p in before} == stamps
    with vizlog.init(dir=copy, id="beta", resume="allow", quiet=True, reinit="create_new") as r:
        r.log({"acc": 1000})
    d = vizlog.dataset(copy)
    after = sorted(p.relative_to(cache).as_posix() for p in cache.rglob("*.parquet"))
    assert len(after) == len(before) and [p for p in after if p.startswith("beta/")] != \
        [p for p in before if p.startswith("beta/")]
    assert d.to_table(filter=ds.field("run_id") == "beta").num_rows == 41


def test_a_read_only_root_uses_the_cache_folder(root: Path, tmp_path: Path) -> None:
    copy = tmp_path / "ro"
    shutil.copytree(root, copy, ignore=shutil.ignore_patterns(".vizlog-cache"))
    d = vizlog.dataset(copy, cache=tmp_path / "cache")
    assert not (copy / ".vizlog-cache").exists()
    assert sorted(p.name for p in (tmp_path / "cache").iterdir()) == \
        [".index.json", *sorted(STEPS)]
    assert d.count_rows() == sum(v["rows"] for v in _expected(root).values())


def test_tables_gives_every_logged_table_under_a_key(root: Path) -> None:
    t = vizlog.tables(root, "preds").to_table().sort_by([("run_id", "ascending"),
                                                          ("_step", "ascending")])
    assert t.column_names == ["project", "run_id", "_rank", "_step", "id", "score", "extra"]
    steps = list(zip(t.column("run_id").to_pylist(), t.column("_step").to_pylist(), strict=True))
    assert steps == [("alpha", 5)] * 5 + [("alpha", 20)] * 20 + [("beta", 39)]
    assert t.column("extra").to_pylist() == [None] * 25 + ["x"]
    with pytest.raises(UsageError, match=r"no run under .* logged a Table under `key` 'nope'"):
        vizlog.tables(root, "nope")


def test_a_root_in_object_storage_needs_a_local_cache() -> None:
    with pytest.raises(UsageError, match="`cache` must be a local folder for the runs' "
                                         "columnar copies when the root is in object storage"):
        vizlog.dataset("memory://nothing-here")
    with pytest.raises(UsageError, match="`root` must be a local folder of runs"):
        vizlog.tables("memory://nothing-here", "preds")


def _rows(dataset: Any) -> list[tuple[Any, ...]]:
    t = dataset.to_table(columns=["run_id", "_rank", "_step", "acc"])
    return sorted(zip(*(t.column(c).to_pylist() for c in t.column_names), strict=True),
                  key=lambda r: (r[0], r[1] or 0, r[2]))


def test_a_bucket_of_runs_is_the_same_dataset(root: Path, s3: Any, tmp_path: Path) -> None:
    """The runs copied into a bucket (the S3 server of the tests) read as the same rows, the
    columnar copies made in a local cache."""
    fs = s3.fs()
    for run_id in STEPS:
        fs.put(str(root / run_id), f"{s3.bucket}/runs/{run_id}", recursive=True)
    remote = vizlog.dataset(s3.url("runs"), cache=tmp_path / "cache")
    assert _rows(remote) == _rows(vizlog.dataset(root))
    assert sorted(p.name for p in (tmp_path / "cache").iterdir()
                  if not p.name.startswith(".")) == sorted(STEPS)
    files = export_parquet(s3.url("runs"), tmp_path / "export", cache=tmp_path / "cache")
    assert len(files) == len(STEPS)
    assert _rows(ds.dataset(tmp_path / "export", partitioning="hive")) == _rows(remote)


def test_export_writes_hive_partitioned_parquet(root: Path, tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out"
    assert main(["export", str(root), "--format", "parquet", str(out)]) == 0
    files = sorted(p.relative_to(out).as_posix() for p in out.rglob("*.parquet"))
    assert files == ["project=__HIVE_DEFAULT_PARTITION__/run_id=delta/part-0.parquet",
                     "project=__HIVE_DEFAULT_PARTITION__/run_id=gamma/part-0.parquet",
                     "project=p1/run_id=alpha/part-0.parquet",
                     "project=p2/run_id=beta/part-0.parquet"]
    assert "4 runs" in capsys.readouterr().out
    back = ds.dataset(out, format="parquet", partitioning="hive").to_table()
    assert back.num_rows == sum(v["rows"] for v in _expected(root).values())
    assert sorted(set(back.column("project").to_pylist()), key=str) == [None, "p1", "p2"]


def test_a_root_that_cannot_hold_the_cache_says_so(root: Path, tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    copy = tmp_path / "ro"
    shutil.copytree(root, copy, ignore=shutil.ignore_patterns(".vizlog-cache"))
    (copy / ".vizlog-cache").write_text("a file where the cache folder would be")
    with pytest.raises(vizlog.VizlogError, match="pass a writable folder as `cache=`"):
        vizlog.dataset(copy)
    out = tmp_path / "out"
    assert main(["export", str(copy), "--format", "parquet", str(out), "--cache",
                 str(tmp_path / "c")]) == 0
    assert len(list(out.rglob("*.parquet"))) == 4


def test_export_to_a_folder_needs_parquet(root: Path, tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", str(root), "--format", "csv", str(tmp_path / "o")]) == 2
    assert "OUT (a hive-partitioned dataset) is written as Parquet" in capsys.readouterr().err


@pytest.mark.spark
def test_spark_reads_the_export_with_the_same_aggregates(root: Path, tmp_path: Path) -> None:
    if os.environ.get("VIZLOG_SPARK") != "1":
        pytest.skip("the Spark test runs once in CI (VIZLOG_SPARK=1): it starts a JVM")
    if shutil.which("java") is None:
        pytest.fail("VIZLOG_SPARK=1 but `java` is missing: install openjdk-17-jre-headless")
    from pyspark.sql import SparkSession
    from pyspark.sql import functions as F

    out = tmp_path / "export"
    export_parquet(root, out)
    # a few rows: no UI, one shuffle partition, a JVM tuned to start fast, no code generation
    spark = (SparkSession.builder.master("local[2]").appName("vizlog-test")
             .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "1")
             .config("spark.driver.extraJavaOptions", "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC")
             .config("spark.sql.codegen.wholeStage", "false")
             .config("spark.sql.adaptive.enabled", "false").getOrCreate())
    try:
        df = spark.read.parquet(str(out))
        loss_ok = F.when(~F.isnan("loss"), F.col("loss"))
        rows = (df.groupBy("run_id").agg(
            F.count("*"), F.sum("acc"), F.min(loss_ok), F.max(loss_ok), F.max("_step"),
            F.countDistinct("_rank")).orderBy("run_id").collect())
        got = _as_dict([tuple(r) for r in rows])
        projects = sorted((r[0] or "", r[1]) for r in
                          df.groupBy("project").count().collect())
    finally:
        spark.stop()
    assert got == _expected(root)
    assert projects == [("", 85), ("p1", 50), ("p2", 40)]
