"""The demo run behind ``vizlog demo``: a small simulated training run that logs every media type
vizlog has, so a new user sees what a run directory holds and how the viewer shows it.

Types whose optional dependencies are missing (``pip install "vizlog[all]"`` brings them all) are
left out, and the demo says which.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import Any

import numpy as np

import vizlog

#: optional media -> the module it needs (checked without importing it)
OPTIONAL = {"video": "imageio_ffmpeg", "audio": "imageio_ffmpeg", "3d": "trimesh",
            "charts": "vl_convert"}


def available() -> dict[str, bool]:
    """Which optional media types can be logged in this environment."""
    return {name: importlib.util.find_spec(mod) is not None for name, mod in OPTIONAL.items()}


def _sample_image(rng: np.random.Generator, step: int, size: int = 96) -> np.ndarray:
    yy, xx = np.mgrid[0:size, 0:size].astype(np.float32)
    ph = step / 3.0
    r = 0.5 + 0.5 * np.sin(2 * np.pi * xx / size + ph)
    g = yy / size
    b = 0.5 + 0.5 * np.cos(np.hypot(xx - size / 2, yy - size / 2) / 6 - ph)
    img = np.stack([r, g, b], axis=-1) + rng.normal(0, 0.02, (size, size, 3))
    return np.clip(img, 0.0, 1.0).astype(np.float32)


def _video(step: int, frames: int = 24, size: int = 64) -> np.ndarray:
    """A blob circling over a gradient, (T, C, H, W) uint8."""
    yy, xx = np.mgrid[0:size, 0:size].astype(np.float32)
    out = np.empty((frames, 3, size, size), np.uint8)
    for t in range(frames):
        a = 2 * np.pi * t / frames + step
        cx, cy = size / 2 + size / 3 * np.cos(a), size / 2 + size / 3 * np.sin(a)
        blob = np.exp(-((xx - cx) ** 2 + (yy - cy) ** 2) / (2 * (size / 8) ** 2))
        out[t, 0] = np.clip(255 * blob + xx * 2, 0, 255)
        out[t, 1] = np.clip(yy * 3, 0, 255)
        out[t, 2] = np.clip(255 * (1 - blob), 0, 255)
    return out


def _audio(step: int, rate: int = 16_000) -> np.ndarray:
    t = np.arange(rate // 2) / rate
    tone = 220.0 * 2 ** (step / 12)
    return (0.3 * np.sin(2 * np.pi * tone * t) * np.exp(-3 * t)).astype(np.float32)


def _point_cloud(rng: np.random.Generator, n: int = 4000) -> np.ndarray:
    theta, phi = rng.uniform(0, 2 * np.pi, n), rng.uniform(0, np.pi, n)
    xyz = np.stack([np.sin(phi) * np.cos(theta), np.sin(phi) * np.sin(theta), np.cos(phi)], 1)
    rgb = np.clip((xyz + 1) * 127.5, 0, 255).round()
    return np.hstack([xyz, rgb])


def _eval_step(run: vizlog.Run, rng: np.random.Generator, step: int, loss: float,
               have: dict[str, bool]) -> dict[str, Any]:
    """The rich media logged at an evaluation step."""
    img = _sample_image(rng, step)
    mask = (img[:, :, 0] > 0.5).astype(np.uint8)
    row: dict[str, Any] = {
        "samples": [
            vizlog.Image(img, caption=f"sample {step}"),
            vizlog.Image((img * 255).astype(np.uint8), caption=f"annotated {step}",
                         masks={"pred": {"mask_data": mask, "class_labels": {0: "bg", 1: "red"}}},
                         boxes={"pred": {"box_data": [
                             {"position": {"minX": 0.2, "maxX": 0.6, "minY": 0.3, "maxY": 0.7},
                              "class_id": 1, "box_caption": "blob",
                              "scores": {"conf": round(float(rng.random()), 3)}}],
                             "class_labels": {1: "blob"}}}),
        ],
        "val/acc": float(1 - loss / 3),
        "weights": vizlog.Histogram(rng.normal(0, 1 + step / 10, 2000)),
        "report": vizlog.Html(f"<h3>Step {step}</h3><p>loss <b>{loss:.4f}</b></p>"),
    }
    n = 200
    y = rng.integers(0, 3, n)
    logits = rng.normal(0, 1, (n, 3))
    logits[np.arange(n), y] += 1.0 + step / 10
    probs = np.exp(logits) / np.exp(logits).sum(1, keepdims=True)
    table = vizlog.Table(columns=["image", "label", "score"])
    for i in range(4):
        table.add_data(vizlog.Image(_sample_image(rng, step + i, 32)), int(y[i]),
                       float(probs[i, y[i]]))
    row["predictions"] = table
    if have["charts"]:
        labels = ["cat", "dog", "bird"]
        row["pr"] = vizlog.plot.pr_curve(y, probs, labels)
        row["confusion"] = vizlog.plot.confusion_matrix(y_true=y, probs=probs,
                                                        class_names=labels)
    if have["video"]:
        row["rollout"] = vizlog.Video(_video(step), fps=8, caption=f"rollout {step}")
    if have["audio"]:
        row["speech"] = vizlog.Audio(_audio(step), sample_rate=16_000, caption=f"tone {step}")
    if have["3d"]:
        row["cloud"] = vizlog.Object3D(_point_cloud(rng))
    return row


def run_demo(root: Path, steps: int = 20, seed: int = 0) -> Path:
    """Log the demo run under ``root`` and return its directory."""
    rng = np.random.default_rng(seed)
    have = available()
    run = vizlog.init(project="vizlog-demo", name="demo", dir=root,
                      config={"lr": 3e-4, "batch_size": 64, "model": "tiny-cnn", "seed": seed,
                              "missing_extras": sorted(k for k, v in have.items() if not v)})
    run.define_metric("val/acc", summary="max,last", goal="maximize")
    curve = []
    with run:
        loss = 2.0
        for step in range(steps):
            loss *= float(0.9 + 0.05 * rng.random())
            curve.append([step, loss])
            row: dict[str, Any] = {"train/loss": loss, "train/lr": 3e-4 * (1 - step / steps)}
            if step % 5 == 4:
                row.update(_eval_step(run, rng, step, loss, have))
            run.log(row)
        if have["charts"]:
            table = vizlog.Table(columns=["step", "loss"], data=curve)
            run.log({"loss_curve": vizlog.plot.line(table, "step", "loss", title="Training loss")})
        model = vizlog.Artifact("tiny-cnn", type="model", metadata={"final_loss": loss})
        with model.new_file("weights.npy", mode="xb") as fh:
            np.save(fh, rng.standard_normal((8, 8)).astype(np.float32))
        model.add(vizlog.Table(columns=["step", "loss"], data=curve), "loss_curve")
        run.log_artifact(model, aliases=["demo"])
    return Path(run.dir)
