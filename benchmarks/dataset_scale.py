"""A root of many runs as one dataset: open time, DuckDB group-by time, reader peak memory.

    python -m benchmarks.dataset_scale                      # 1,000 runs x 10,000 steps x 20
    python -m benchmarks.dataset_scale --runs 20 --steps 2000 --root /tmp/vz-ds   # small

The root is made as vizlog makes it: per run a ``run.json`` (project, id, a config of
``lr``/``batch``/``opt``, state finished), one history file of ``--steps`` CRC-framed records
``{"_runtime", "_step", "_timestamp", "m00" ... "m19"}`` with seeded random floats, written
directly in the on-disk format (what ``Run.log`` writes, without the logging loop, which
``benchmarks.run scalars`` measures; 20 distinct histories reused round-robin: see
``TEMPLATES``), and then the run's own columnar copy, made by calling
:func:`vizlog.columnar.write_stream_copy`, the function ``Run.finish()`` calls (in ``--jobs``
processes; ``copy_s`` is its time per run). ``--ranks 2`` splits each run's steps between two
rank files (each gets its copy, as each rank's ``finish()`` writes it). Generation is skipped
when ``--root`` already holds the runs. Each measured phase runs in a fresh process (peak RSS is
that process's ``ru_maxrss``, with its worker processes' in ``children_peak_rss_mb``;
``import_s``, the import of vizlog and pyarrow's dataset and Parquet modules, is reported apart
from ``open_s``; ``load_avg`` is the machine's 1-minute load):

* ``cold``: ``vizlog.dataset(root)`` on a root never opened (no ``<root>/.vizlog-cache``): each
  run's copy is checked (its footer read once) and the index of columns written;
* ``open``: ``vizlog.dataset(root)`` again (the index is valid: the usual case);
* ``duckdb``: open, then ``SELECT _step, avg(m00), min(m01), max(m02), count(*) ... GROUP BY
  _step`` over every row (DuckDB scans the Arrow dataset, ``threads=2``);
* ``scan``: open, then stream every batch of every column through ``pyarrow`` sums (a reader
  over the whole root: its peak memory must not grow with the root);
* ``convert``: ``vizlog.dataset`` on ``<root>-nocopies`` (the same runs, hard-linked, without
  their copies: what an old vizlog or a crashed run leaves), where every history is converted
  into the cache by one worker process per CPU; ``--convert-runs`` limits that root's size;
* ``finish``: ``Run.finish()`` of one run of ``--steps`` x ``--metrics`` logged through
  ``vizlog.init``: with the copy written in ``finish()`` (``columnar_copy=True``; the copy's
  first import of pyarrow's Parquet and JSON modules is included), with the default (the copy
  written by a background process that ``finish()`` starts) and with ``columnar_copy=False``,
  in one process.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

import numpy as np

#: Distinct seeded histories: run ``r`` holds history ``r % TEMPLATES`` (writing 10,000 JSON
#: records per run in Python would take most of an hour for 1,000 runs; the reader's work does
#: not depend on the values).
TEMPLATES = 20
QUERY = ("SELECT _step, avg(m00) AS a, min(m01) AS b, max(m02) AS c, count(*) AS n "
         "FROM d GROUP BY _step")


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1e3


def _copy(folder: str) -> float:
    """Write a run's columnar copies as ``Run.finish()`` does; the seconds it took."""
    from vizlog.columnar import history_objects, history_streams, write_stream_copy
    from vizlog.store import open_backend

    t0 = time.perf_counter()
    backend = open_backend(folder)
    for objects in history_streams(history_objects(backend)).values():
        write_stream_copy(backend, objects[0][0])
    return time.perf_counter() - t0


def generate(root: Path, runs: int, steps: int, metrics: int, ranks: int,
             jobs: int) -> None:
    """Write the runs (skipping those already complete), then their own columnar copies."""
    from vizlog.format import frame as _frame
    from vizlog.format import history_header

    names = [f"m{i:02d}" for i in range(metrics)]
    templates: dict[int, list[bytes]] = {}
    for r in range(runs):
        run_id = f"run{r:05d}"
        folder = root / run_id
        if (folder / "run.json").exists():
            continue
        (folder / "history").mkdir(parents=True, exist_ok=True)
        t0 = 1.8e9 + r
        if r % TEMPLATES not in templates:
            rng = np.random.default_rng(r)
            values = rng.random((steps, metrics))
            files = [bytearray(history_header(f"w{k}", rank=k if ranks > 1 else None))
                     for k in range(ranks)]
            for s in range(steps):
                cells = ",".join(f'"{n}":{float(v)!r}'
                                 for n, v in zip(names, values[s], strict=True))
                text = f'{{"_runtime":{s * 0.01!r},"_step":{s // ranks},"_timestamp":' \
                       f'{t0 + s * 0.01!r},{cells}}}'
                files[s % ranks] += _frame(text.encode())
            templates[r % TEMPLATES] = [bytes(f) for f in files]
        for k, data in enumerate(templates[r % TEMPLATES]):
            prefix = f"rank{k}-" if ranks > 1 else ""
            (folder / "history" / f"{prefix}bench-1-w{k}.rec").write_bytes(data)
        meta = {"config": {"batch": 32 * (1 + r % 4), "lr": 10 ** -(1 + r % 3),
                           "opt": ["adam", "sgd"][r % 2]},
                "exit_code": 0, "format_version": 1, "group": None, "host": "bench", "id": run_id,
                "job_type": None, "metrics": [], "name": run_id, "notes": None, "pid": 1,
                "project": f"proj{r % 3}", "started_at": t0, "state": "finished", "tags": [],
                "vizlog_version": "0.1.0"}
        (folder / "run.json").write_text(json.dumps(meta, sort_keys=True) + "\n")
        if r % 100 == 99:
            print(f"  generated {r + 1}/{runs}", file=sys.stderr, flush=True)
    todo = [str(root / f"run{r:05d}") for r in range(runs)
            if not (root / f"run{r:05d}" / "columnar").exists()]
    if todo:
        from concurrent.futures import ProcessPoolExecutor

        t0 = time.perf_counter()
        with ProcessPoolExecutor(jobs) as pool:
            took = list(pool.map(_copy, todo, chunksize=4))
        print(f"   copies: {len(todo)} runs in {time.perf_counter() - t0:.1f} s with {jobs} "
              f"processes, copy_s per run: median {sorted(took)[len(took) // 2]:.3f}, "
              f"load_avg {os.getloadavg()[0]:.2f}", flush=True)


def without_copies(root: Path, runs: int) -> Path:
    """``<root>-nocopies``: the first ``runs`` runs of ``root`` hard-linked, without their
    columnar copies (nor any cache)."""
    import shutil

    bare = root.with_name(root.name + "-nocopies")
    if bare.exists():
        shutil.rmtree(bare)
    for r in range(runs):
        src = root / f"run{r:05d}"
        (bare / src.name / "history").mkdir(parents=True)
        os.link(src / "run.json", bare / src.name / "run.json")
        for f in (src / "history").iterdir():
            os.link(f, bare / src.name / "history" / f.name)
    return bare


def finish_cost(steps: int, metrics: int) -> dict[str, float]:
    """Seconds of ``Run.finish()`` for one run logged through vizlog, with and without copy."""
    import tempfile

    import vizlog

    names = [f"m{i:02d}" for i in range(metrics)]
    values = np.random.default_rng(0).random((steps, metrics)).tolist()
    out: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for label, settings in (("with_copy", {"columnar_copy": True}),
                                ("no_copy", {"columnar_copy": False}),
                                ("with_copy_again", {"columnar_copy": True}),
                                ("default_background", {})):
            run = vizlog.init(dir=tmp, quiet=True, settings=settings, reinit="create_new")
            for row in values:
                run.log(dict(zip(names, row, strict=True)))
            t0 = time.perf_counter()
            run.finish()
            out[f"finish_{label}_s"] = time.perf_counter() - t0
    out["load_avg"] = os.getloadavg()[0]
    return out


def phase(name: str, root: str) -> dict[str, float]:
    t0 = time.perf_counter()
    import pyarrow.dataset
    import pyarrow.parquet

    import vizlog
    import vizlog.datasets

    out = {"import_s": time.perf_counter() - t0, "load_avg": os.getloadavg()[0]}
    t0 = time.perf_counter()
    d = vizlog.dataset(root, progress=False)
    out["open_s"] = time.perf_counter() - t0
    out["runs"] = float(len({str(pyarrow.dataset.get_partition_keys(f.partition_expression)
                                 .get("run_id")) for f in d.get_fragments()}))
    del pyarrow
    if name == "duckdb":
        import duckdb

        con = duckdb.connect()
        con.execute("SET threads TO 2")
        con.register("d", d)
        t1 = time.perf_counter()
        rows = con.execute(QUERY).fetchall()
        out["query_s"] = time.perf_counter() - t1
        out["groups"] = float(len(rows))
        out["rows"] = float(sum(r[4] for r in rows))
    elif name == "scan":
        import pyarrow.compute as pc

        t1 = time.perf_counter()
        total, n = 0.0, 0
        for batch in d.to_batches(columns=[c for c in d.schema.names if c.startswith("m")],
                                  batch_size=65536):
            for col in batch.columns:
                total += pc.sum(col).as_py() or 0.0
            n += batch.num_rows
        out["scan_s"] = time.perf_counter() - t1
        out["rows"] = float(n)
    out["peak_rss_mb"] = _peak_mb()
    out["children_peak_rss_mb"] = \
        resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1e3
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=1000)
    parser.add_argument("--steps", type=int, default=10000)
    parser.add_argument("--metrics", type=int, default=20)
    parser.add_argument("--ranks", type=int, default=1)
    parser.add_argument("--root", default="/tmp/vizlog-dataset-bench")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--convert-runs", type=int, default=None)
    parser.add_argument("--phase", default=None, help=argparse.SUPPRESS)
    parser.add_argument("--phases", default="cold,open,duckdb,scan,convert,finish")
    args = parser.parse_args(argv)
    if args.phase == "finish":
        print(json.dumps(finish_cost(args.steps, args.metrics)))
        return 0
    if args.phase:
        print(json.dumps(phase(args.phase, args.root)))
        return 0
    root = Path(args.root)
    t0 = time.perf_counter()
    generate(root, args.runs, args.steps, args.metrics, args.ranks, args.jobs)
    print(f"root: {root} ({args.runs} runs x {args.steps} steps x {args.metrics} metrics), "
          f"ready in {time.perf_counter() - t0:.1f} s", flush=True)
    for name in args.phases.split(","):
        target = root
        if name == "cold":
            cache = root / ".vizlog-cache"
            if cache.exists():
                import shutil

                shutil.rmtree(cache)
        if name == "convert":
            target = without_copies(root, min(args.runs, args.convert_runs or args.runs))
        res = subprocess.run([sys.executable, "-m", "benchmarks.dataset_scale", "--phase",
                              name, "--root", str(target), "--steps", str(args.steps),
                              "--metrics", str(args.metrics)],
                             capture_output=True, text=True, check=False)
        if res.returncode != 0:
            print(f"{name}: failed\n{res.stderr}", flush=True)
            return 1
        result = json.loads(res.stdout.strip().splitlines()[-1])
        print(f"{name:>7}: " + ", ".join(f"{k} {v:.2f}" if isinstance(v, float) else f"{k} {v}"
                                         for k, v in result.items()), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
