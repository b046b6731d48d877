"""``pr_curve``: a precision-recall chart of 100,000 samples x 10 classes, logged once, plus finish.

Inputs (seed 4): ``y = integers(0, 10)``, logits ``normal(size=(n, 10))`` with +1.5 on the true
class, softmax probabilities, labels ``class_0..class_9``. Variants: ``vizlog`` (exact curves,
stored within its default error bound of 0.001), ``wandb`` (``wandb.plot.pr_curve``, 21
interpolated points per class), ``sklearn`` (scikit-learn's exact curves alone, nothing stored: the
bare-library reference), ``tensorboardx`` (``SummaryWriter.add_pr_curve`` per class, 127
fixed thresholds, approximate; its event file is the bytes; the issue's time reference).
``pr_curve_1m`` (pr_curve_1m.py) is the same at 1,000,000 samples. Bytes
count the chart's files: vizlog's ``.arrow`` table and ``.vl.json`` spec, wandb's ``.table.json``
files (run copy and staged artifact copy; ``WANDB_DATA_DIR`` is set inside the output folder).
"""

from __future__ import annotations

import os
import time
from typing import Any

import numpy as np

from benchmarks.common import Unavailable, tree_bytes, wandb_offline

NAME = "pr_curve"
VARIANTS = ["vizlog", "wandb", "tensorboardx", "sklearn"]
BASELINE = "wandb"
FLOOR = "tensorboardx"
UNIT = "samples"
N = 100_000
K = 10


def make_inputs_n(n: int) -> dict[str, Any]:
    rng = np.random.default_rng(4)
    y = rng.integers(0, K, size=n)
    logits = rng.normal(size=(n, K))
    logits[np.arange(n), y] += 1.5
    e = np.exp(logits - logits.max(axis=1, keepdims=True))
    probas = e / e.sum(axis=1, keepdims=True)
    return {"y": y, "probas": probas, "labels": [f"class_{i}" for i in range(K)]}


def make_inputs() -> dict[str, Any]:
    return make_inputs_n(N)


def prepare(variant: str) -> None:
    """Import what each tool imports on first use, so the clock sees steady-state work."""
    import pandas  # noqa: F401  (pyarrow imports it on first array build; wandb uses it)

    if variant == "vizlog":
        import pyarrow as pa

        import vizlog.charts.presets
        import vizlog.plot  # noqa: F401

        # pyarrow's first array built from a numpy array imports its pandas shim
        # (pyarrow.pandas_compat, and its version check compiles a large regex: ~4-8 ms),
        # once per process, like the pandas import above
        pa.array(np.zeros(1))
    elif variant == "sklearn":
        import sklearn.metrics
    elif variant == "tensorboardx":
        try:
            import tensorboardX  # noqa: F401
        except ImportError:
            pass
    elif variant == "wandb":
        try:
            import sklearn.metrics
            import sklearn.utils  # noqa: F401
            import wandb  # noqa: F401
        except ImportError:
            pass


def run(variant: str, inputs: dict[str, Any], out: str) -> dict[str, Any]:
    y, probas, labels = inputs["y"], inputs["probas"], inputs["labels"]
    n = int(y.shape[0])
    if variant == "vizlog":
        import vizlog

        run = vizlog.init(project="bench", dir=out)
        t0 = time.perf_counter()  # init before the clock
        chart = vizlog.plot.pr_curve(y, probas, labels)
        run.log({"pr": chart})
        run.finish()
        seconds = time.perf_counter() - t0
        return {"seconds": seconds, "bytes": tree_bytes(out, (".arrow", ".vl.json")), "items": n,
                "points": chart.table.nrows if chart.table is not None else 0}
    if variant == "tensorboardx":
        try:
            from tensorboardX import SummaryWriter
        except ImportError as exc:
            raise Unavailable("tensorboardX is not installed (pip install tensorboardX)") from exc
        writer = SummaryWriter(logdir=out)
        t0 = time.perf_counter()  # the writer exists before the clock, like init()
        for c, label in enumerate(labels):
            writer.add_pr_curve(label, y == c, probas[:, c], global_step=0)
        writer.close()
        seconds = time.perf_counter() - t0
        return {"seconds": seconds, "bytes": tree_bytes(out), "items": n, "points": 127 * K}
    if variant == "sklearn":
        from sklearn.metrics import precision_recall_curve

        points = 0
        for c in range(probas.shape[1]):
            precision, _, _ = precision_recall_curve(y == c, probas[:, c])
            points += precision.size
        return {"items": n, "points": points}
    os.environ["WANDB_DATA_DIR"] = os.path.join(out, "wandb-data")
    wandb = wandb_offline(out)
    run = wandb.init(project="bench", dir=out, mode="offline")
    t0 = time.perf_counter()  # init before the clock
    run.log({"pr": wandb.plot.pr_curve(y, probas, labels)})
    run.finish()
    seconds = time.perf_counter() - t0
    return {"seconds": seconds, "bytes": tree_bytes(out, (".table.json",)), "items": n,
            "points": 21 * K}
