"""Time, bytes and peak memory of logging a very large table (default 10,000,000 rows).

    python -m benchmarks.table_scale                 # all modes, 10M rows, one fresh process each
    python -m benchmarks.table_scale --rows 1000000 --modes arrow

The table is the ``table_100k`` one (id, x, y, name, flag, score; seed 2) at ``--rows`` rows.
Modes: ``arrow`` builds it as a ``pyarrow.Table`` and logs ``vizlog.Table(t)``; ``df`` logs a
pandas DataFrame; ``writer`` streams it through ``vizlog.TableWriter`` in 1,000,000-row pieces
that are generated on the fly (the whole table never exists in memory). Peak memory is the
process's peak RSS (``ru_maxrss``); "over baseline" subtracts the RSS before the input was built.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np

PIECE = 1_000_000


def _rss_mb() -> float:
    with open("/proc/self/statm") as fh:
        return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 1e6


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1e3


def pieces(n: int) -> Iterator[Any]:
    """The table in pieces of ``PIECE`` rows as pyarrow Tables, drawn piece by piece (seed
    ``[2, k]`` for piece k), so the whole table never has to exist in memory."""
    import pyarrow as pa

    labels = pa.array([f"label_{i:04d}" for i in range(1000)])
    for k, start in enumerate(range(0, n, PIECE)):
        m = min(PIECE, n - start)
        rng = np.random.default_rng([2, k])
        x, y = rng.normal(size=m), rng.uniform(size=m)
        idx = rng.integers(0, 1000, size=m).astype(np.int32)
        flag, score = rng.random(m) < 0.5, rng.normal(size=m) * 10
        names = pa.DictionaryArray.from_arrays(pa.array(idx), labels).cast(pa.string())
        yield pa.table({"id": np.arange(start, start + m, dtype=np.int64), "x": x, "y": y,
                        "name": names, "flag": flag, "score": score})


def child(n: int, mode: str) -> dict[str, Any]:
    import pyarrow  # noqa: F401

    import vizlog  # noqa: F401

    base = _rss_mb()
    with tempfile.TemporaryDirectory(prefix="vizlog-scale-") as out:
        return _measure(n, mode, out, base)


def _measure(n: int, mode: str, out: str, base: float) -> dict[str, Any]:
    import pyarrow as pa

    import vizlog

    result: dict[str, Any] = {"mode": mode, "rows": n, "rss_before_mb": round(base, 1)}
    if mode == "writer":
        t0 = time.perf_counter()
        run = vizlog.init(project="scale", dir=out)
        with vizlog.TableWriter("big", run) as w:
            for piece in pieces(n):
                w.write(piece)
                arrow_bytes = piece.nbytes * (n / piece.num_rows)
        run.finish()
        seconds = time.perf_counter() - t0
    else:
        table = pa.concat_tables(list(pieces(n))).combine_chunks()
        arrow_bytes = table.nbytes
        value: Any = table
        if mode == "df":
            value = table.to_pandas()
            del table
        built = _rss_mb()
        result["rss_after_input_mb"] = round(built, 1)
        t0 = time.perf_counter()
        run = vizlog.init(project="scale", dir=out)
        run.log({"big": vizlog.Table(value)})
        run.finish()
        seconds = time.perf_counter() - t0
    peak = _peak_mb()  # before reading back
    files = list(Path(out).rglob("*.arrow"))
    result.update(seconds=round(seconds, 2), file_mb=round(sum(f.stat().st_size for f in files)
                                                            / 1e6, 1),
                  arrow_data_mb=round(arrow_bytes / 1e6, 1), peak_rss_mb=round(peak, 1),
                  peak_over_baseline_x=round((peak - base) / (arrow_bytes / 1e6), 2),
                  peak_total_x=round(peak / (arrow_bytes / 1e6), 2))
    back = vizlog.open_run(run.dir).media("big")[0][1]
    result["rows_read_back"] = back.nrows
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rows", type=int, default=10_000_000)
    parser.add_argument("--modes", default="arrow,writer,df")
    parser.add_argument("--child", default=None, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        print(json.dumps(child(args.rows, args.child)))
        return 0
    for mode in args.modes.split(","):
        proc = subprocess.run([sys.executable, "-m", "benchmarks.table_scale", "--rows",
                               str(args.rows), "--child", mode], capture_output=True, text=True,
                              cwd=Path(__file__).parent.parent)
        if proc.returncode != 0:
            print(f"{mode}: failed\n{proc.stderr[-2000:]}", file=sys.stderr)
            continue
        print(proc.stdout.strip().splitlines()[-1])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
