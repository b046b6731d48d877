"""Ten typical wandb training scripts, each run unchanged under ``import vizlog as wandb`` in a
fresh process (working folder: a temporary one), its run read back and checked."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest

import vizlog

ROOT = Path(__file__).resolve().parent.parent

SCRIPTS: dict[str, str] = {
    "keras_style": """
        import numpy as np
        import vizlog as wandb
        run = wandb.init(project="keras", config={"epochs": 3, "lr": 0.01})
        class WandbCallback:  # what a Keras callback does on each epoch end
            def on_epoch_end(self, epoch, logs):
                wandb.log({**logs, "epoch": epoch})
        cb = WandbCallback()
        for epoch in range(wandb.config.epochs):
            cb.on_epoch_end(epoch, {"loss": 1.0 / (epoch + 1), "val_loss": 1.2 / (epoch + 1)})
        wandb.run.summary["best_val_loss"] = 0.4
        wandb.finish()
    """,
    "torch_watch": """
        import torch
        import vizlog as wandb
        torch.manual_seed(0)
        model = torch.nn.Sequential(torch.nn.Linear(4, 8), torch.nn.ReLU(), torch.nn.Linear(8, 1))
        opt = torch.optim.SGD(model.parameters(), lr=0.1)
        run = wandb.init(project="torch", config={"lr": 0.1})
        wandb.watch(model, log="all", log_freq=2)
        x, y = torch.randn(32, 4), torch.randn(32, 1)
        for step in range(4):
            opt.zero_grad()
            loss = torch.nn.functional.mse_loss(model(x), y)
            loss.backward()
            opt.step()
            wandb.log({"loss": loss.item()})
        wandb.finish()
    """,
    "sweep_config": """
        import vizlog as wandb
        defaults = {"lr": 0.1, "layers": 2}
        wandb.init(config=defaults)
        config = wandb.config
        assert config.lr == 0.1 and config["dropout"] == 0.5 and config.get("missing") is None
        config.update({"derived": config.lr * config.layers}, allow_val_change=True)
        wandb.log({"score": config.derived})
        wandb.finish()
    """,
    "notebook_style": """
        import vizlog as wandb
        run = wandb.init(project="nb")
        run.log({"acc": 0.9})
        assert run.display() is False  # not in a notebook: nothing shown
        html = run.to_html()
        assert "nb" not in html or run.id in html
        run.finish()
    """,
    "save_restore": """
        import vizlog as wandb
        open("model.txt", "w").write("weights-v1")
        run = wandb.init(id="saver")
        wandb.save("model.txt", policy="now")
        run.finish()
        run = wandb.init(id="reader")
        with wandb.restore("model.txt", run_path="me/proj/saver") as fh:
            assert fh.read() == "weights-v1"
        wandb.log({"restored": 1})
        wandb.finish()
    """,
    "env_only": """
        import vizlog as wandb
        run = wandb.init()
        assert run.project == "from-env" and run.name == "env-run" and run.tags == ("x", "y")
        wandb.log({"v": 1})
        wandb.finish()
    """,
    "media_mix": """
        import numpy as np
        import matplotlib
        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
        import vizlog as wandb
        from vizlog.plot import roc_curve
        rng = np.random.default_rng(0)
        wandb.init(project="media")
        plt.plot([1, 2, 3])
        y = rng.integers(0, 2, 40)
        probs = rng.random((40, 2)); probs /= probs.sum(1, keepdims=True)
        table = wandb.Table(columns=["id", "img"])
        table.add_data(1, wandb.Image(rng.random((8, 8, 3))))  # floats in [0, 1]
        wandb.log({"chw": wandb.Image(rng.random((3, 8, 8)) * 255),  # channels first, 0..255
                   "centered": wandb.Image(rng.normal(size=(8, 8))),  # negative: min-max
                   "figure": plt, "table": table, "roc": roc_curve(y, probs),
                   "hist": wandb.Histogram(rng.normal(size=50))})
        wandb.finish()
    """,
    "define_metric": """
        import vizlog as wandb
        wandb.init()
        wandb.define_metric("epoch")
        wandb.define_metric("val/*", step_metric="epoch", summary="max")
        for epoch in range(3):
            wandb.log({"train/loss": 1 / (epoch + 1)})
            wandb.log({"val/acc": 0.5 + epoch / 10, "epoch": epoch})
        wandb.finish()
    """,
    "errors_and_alerts": """
        import vizlog as wandb
        run = wandb.init()
        try:
            wandb.log("not a dict")
        except TypeError:
            pass
        try:
            run.log({"x": object()})
        except wandb.Error as exc:
            assert isinstance(exc, ValueError)
        run.alert(title="diverged", text="loss is NaN", level=wandb.AlertLevel.ERROR)
        run.finish(exit_code=1)
    """,
    "resume": """
        import vizlog as wandb
        for attempt in range(2):
            run = wandb.init(id="job-42", resume="allow")
            start = run.step
            for i in range(3):
                wandb.log({"attempt": attempt, "i": start + i})
            wandb.finish()
    """,
}

ENV: dict[str, dict[str, str]] = {
    "env_only": {"WANDB_PROJECT": "from-env", "WANDB_NAME": "env-run", "WANDB_TAGS": "x,y"},
    "sweep_config": {"WANDB_CONFIG_PATHS": "sweep.yaml"},
}
FILES = {"sweep_config": {"sweep.yaml": "dropout:\n  value: 0.5\n"}}


def _run_script(name: str, tmp_path: Path) -> Path:
    for fname, text in FILES.get(name, {}).items():
        (tmp_path / fname).write_text(text)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("WANDB_", "VIZLOG_"))}
    env.update(ENV.get(name, {}))
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    out = subprocess.run([sys.executable, "-c", textwrap.dedent(SCRIPTS[name])], cwd=tmp_path,
                         env=env, capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr[-3000:]
    return tmp_path / "vizlog-runs"


def _runs(root: Path) -> list[Any]:
    return sorted((vizlog.open_run(p) for p in root.iterdir() if (p / "run.json").is_file()),
                  key=lambda r: r.meta["started_at"])


@pytest.mark.parametrize("name", sorted(SCRIPTS))
def test_wandb_script_runs_unchanged(name: str, tmp_path: Path) -> None:
    if name == "torch_watch" and os.environ.get("VIZLOG_REQUIRE_TORCH") != "1":
        pytest.importorskip("torch")
    runs = _runs(_run_script(name, tmp_path))
    assert runs and all(r.verify() == [] for r in runs)
    last = runs[-1]
    if name == "keras_style":
        assert [r["epoch"] for r in last.history] == [0, 1, 2]
        assert last.summary["best_val_loss"] == 0.4 and last.config["epochs"] == 3
    elif name == "torch_watch":
        keys = {k for r in last.history for k in r}
        assert any(k.startswith("gradients/") for k in keys)
        assert any(k.startswith("parameters/") for k in keys)
    elif name == "sweep_config":
        assert last.config == {"lr": 0.1, "layers": 2, "dropout": 0.5, "derived": 0.2}
    elif name == "notebook_style":
        assert last.summary["acc"] == 0.9
    elif name == "save_restore":
        assert [r.id for r in runs] == ["saver", "reader"]
        assert (tmp_path / "vizlog-runs" / "reader" / "model.txt").read_text() == "weights-v1"
    elif name == "env_only":
        assert last.meta["project"] == "from-env" and last.name == "env-run"
    elif name == "media_mix":
        row = last.history[0]
        assert row["chw"]["layout"] == "CHW" and row["centered"]["normalize"] == "minmax"
        assert row["figure"]["_type"] == "image-file" and row["roc"]["_type"] == "custom-chart"
        [(_, table)] = last.media("table")
        assert table.get_column("id") == [1]
    elif name == "define_metric":
        assert [r.get("epoch") for r in last.history if "val/acc" in r] == [0, 1, 2]
        assert last.meta["metrics"][1]["step_metric"] == "epoch"
    elif name == "errors_and_alerts":
        assert last.state == "failed"
        assert vizlog._json.loads(last.backend.get("alerts.json"))[0]["level"] == "ERROR"
    elif name == "resume":
        assert [r["i"] for r in last.history] == list(range(6))
        assert len(runs) == 1 and last.state == "finished"
