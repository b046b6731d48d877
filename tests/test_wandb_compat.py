"""Code written for the wandb API runs unchanged with ``import vizlog as wandb``."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import vizlog

SCRIPT = r'''
import numpy as np
import vizlog as wandb

wandb.login()
run = wandb.init(project="mnist", entity="me", mode="offline", dir=DIR, name="baseline",
                 config={"lr": 1e-3, "epochs": 2}, tags=["cnn"], reinit=True)
wandb.config.update({"batch_size": 32})
assert wandb.config.lr == 1e-3 and wandb.run is run
wandb.define_metric("val/acc", summary="max")
rng = np.random.default_rng(0)
for epoch in range(wandb.config.epochs):
    wandb.log({"train/loss": 1.0 / (epoch + 1), "epoch": epoch})
    table = wandb.Table(columns=["img", "label"])
    table.add_data(wandb.Image(rng.integers(0, 256, (8, 8, 3), dtype=np.uint8)), "cat")
    y = rng.integers(0, 2, 50)
    probs = rng.random((50, 2)); probs /= probs.sum(1, keepdims=True)
    wandb.log({
        "val/acc": 0.5 + epoch / 10,
        "preds": table,
        "hist": wandb.Histogram(rng.normal(size=100)),
        "grads": rng.normal(size=1000),
        "clip": wandb.Video(rng.integers(0, 256, (4, 3, 16, 16), dtype=np.uint8), fps=4,
                            format="gif"),
        "sound": wandb.Audio(np.zeros(800, np.float32), sample_rate=8000),
        "cloud": wandb.Object3D(rng.normal(size=(100, 3))),
        "page": wandb.Html("<b>hi</b>"),
        "pr": wandb.plot.pr_curve(y, probs, labels=["no", "yes"]),
        "cm": wandb.plot.confusion_matrix(probs=probs, y_true=y, class_names=["no", "yes"]),
        "line": wandb.plot.line(wandb.Table(data=[[0, 1], [1, 2]], columns=["x", "y"]), "x", "y",
                                title="t"),
    })
wandb.run.summary["best"] = 0.9
print(run.dir)
wandb.finish()
'''


def test_a_wandb_style_script_runs_unchanged(tmp_path: Path) -> None:
    code = f"DIR = {str(tmp_path)!r}\n" + SCRIPT
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         cwd=tmp_path, timeout=120)
    assert out.returncode == 0, out.stderr[-3000:]
    run_dir = out.stdout.strip().splitlines()[-1]
    data = vizlog.open_run(run_dir)
    assert data.state == "finished" and data.verify() == []
    assert data.config == {"lr": 1e-3, "epochs": 2, "batch_size": 32}
    assert data.summary["best"] == 0.9 and data.summary["val/acc"] == {"max": 0.6}
    types = {row[k]["_type"] for row in data.history for k in row
             if isinstance(row[k], dict) and "_type" in row[k]}
    assert types == {"table-file", "histogram", "video-file", "audio-file", "object3D-file",
                     "html-file", "custom-chart"}


def test_watch_needs_a_run_and_login_is_a_no_op() -> None:
    import pytest

    with pytest.raises(vizlog.RunStateError, match=r"before `vizlog\.watch\(\)`"):
        vizlog.watch(object())  # watch itself is tested in tests/test_watch.py
    assert vizlog.login(key="anything") is True
