"""``table_100k``: a 100,000-row, 6-column table built and logged once, plus finish.

Columns (seed 2, drawn in this order): id int64 0..n-1, x normal, y uniform, name one of 1,000
strings ``label_0000``.., flag bool (p=0.5), score normal*10. Variants give it as a list of row
lists (``data=``, ``-rows``) or as a pandas DataFrame (``-df``). ``table_1m`` (table_1m.py) is
the same at 1,000,000 rows. Bytes count the table files: vizlog's ``.arrow``; wandb's
``.table.json`` run copy (cut to 10,000 rows) plus the staged artifact copies (``WANDB_DATA_DIR``
is set inside the output folder). The floor, ``floor-arrow``, is ``pa.Table.from_pandas(df)``
written as one Arrow IPC file with zstd buffers (what vizlog's DataFrame path does, without its
canonical batching, metadata cleanup and descriptor).

``rerun-df`` logs the same DataFrame with Rerun 0.41's one call for a whole table,
``rr.send_dataframe`` (converted with ``pa.Table.from_pandas`` inside the clock, as Rerun takes
Arrow), into its file sink (``run.rrd``, counted as its bytes). ``index="id"`` makes the ``id``
column (0..n-1) Rerun's sequence timeline, so every row stays addressable; without an index
Rerun would store the rows as static data, of which a query sees only the last row. There is
no ``rerun-rows`` variant: Rerun has no call taking a list of row lists.

Every tool's modules are imported before the clock (``prepare``), vizlog's table module
(``vizlog.media.table``, which ``vizlog.Table`` loads lazily) included.
"""

from __future__ import annotations

import os
import time
from typing import Any

import numpy as np

from benchmarks.common import import_tool, rerun_finish, rerun_recording, tree_bytes, wandb_offline

NAME = "table_100k"
VARIANTS = ["vizlog-rows", "vizlog-df", "wandb-rows", "wandb-df", "floor-arrow", "rerun-df"]
FLOOR = "floor-arrow"
BASELINE = "wandb-rows"
UNIT = "rows"
N = 100_000
COLUMNS = ["id", "x", "y", "name", "flag", "score"]


def make_columns(n: int) -> dict[str, np.ndarray]:
    rng = np.random.default_rng(2)
    labels = np.array([f"label_{i:04d}" for i in range(1000)])
    return {"id": np.arange(n, dtype=np.int64), "x": rng.normal(size=n),
            "y": rng.uniform(size=n), "name": labels[rng.integers(0, 1000, size=n)],
            "flag": rng.random(n) < 0.5, "score": rng.normal(size=n) * 10}


def make_inputs_n(n: int) -> dict[str, Any]:
    import pandas as pd

    cols = make_columns(n)
    rows = [list(r) for r in zip(*(cols[c].tolist() for c in COLUMNS), strict=True)]
    return {"rows": rows, "df": pd.DataFrame({c: cols[c] for c in COLUMNS})}


def make_inputs() -> dict[str, Any]:
    return make_inputs_n(N)


def prepare(variant: str) -> None:
    import_tool(variant, "vizlog.media.table")  # what vizlog.Table loads on first use
    if variant.startswith(("vizlog", "floor", "rerun")):
        import pyarrow.ipc  # noqa: F401


def _floor_arrow(df: Any, out: str) -> None:
    import pyarrow as pa
    import pyarrow.ipc as ipc

    table = pa.Table.from_pandas(df, preserve_index=False)
    options = ipc.IpcWriteOptions(compression="zstd")
    with ipc.new_file(os.path.join(out, "floor.arrow"), table.schema, options=options) as w:
        w.write_table(table)


def run_variant(variant: str, inputs: dict[str, Any], out: str) -> dict[str, Any]:
    tool, form = variant.split("-")
    n = len(inputs["rows"])
    if tool == "floor":
        t0 = time.perf_counter()
        _floor_arrow(inputs["df"], out)
        seconds = time.perf_counter() - t0
        return {"seconds": seconds, "bytes": tree_bytes(out, (".arrow",)), "items": n}
    if tool == "rerun":
        import pyarrow as pa

        rr, rec = rerun_recording(out)
        t0 = time.perf_counter()  # the recording and its file sink made before the clock
        table = pa.Table.from_pandas(inputs["df"], preserve_index=False)
        rr.send_dataframe(table, recording=rec, index="id", entity_path="table")
        rerun_finish(rec)
        seconds = time.perf_counter() - t0
        return {"seconds": seconds, "bytes": tree_bytes(out, (".rrd",)), "items": n}
    if tool == "vizlog":
        import vizlog

        run = vizlog.init(project="bench", dir=out)
        t0 = time.perf_counter()  # init before the clock
        t = vizlog.Table(columns=COLUMNS, data=inputs["rows"]) if form == "rows" else \
            vizlog.Table(dataframe=inputs["df"])
        run.log({"table": t})
        run.finish()
        seconds = time.perf_counter() - t0
        return {"seconds": seconds, "bytes": tree_bytes(out, (".arrow",)), "items": n}
    os.environ["WANDB_DATA_DIR"] = os.path.join(out, "data")
    os.environ["WANDB_CACHE_DIR"] = os.path.join(out, "cache")
    wandb = wandb_offline(out)
    run = wandb.init(project="bench", dir=out, mode="offline")
    t0 = time.perf_counter()  # init before the clock
    t = wandb.Table(columns=COLUMNS, data=inputs["rows"]) if form == "rows" else \
        wandb.Table(dataframe=inputs["df"])
    run.log({"table": t})
    run.finish()
    seconds = time.perf_counter() - t0
    copies = tree_bytes(os.path.join(out, "data", "artifacts"))  # the artifact's staged copy
    return {"seconds": seconds, "bytes": tree_bytes(out, (".table.json",)) + copies, "items": n}


def run(variant: str, inputs: dict[str, Any], out: str) -> dict[str, Any]:
    return run_variant(variant, inputs, out)
