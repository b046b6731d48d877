"""The demo run behind ``vizlog demo``: a small simulated training run with every media type
vizlog supports, so a new user sees what a run directory holds."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np

import vizlog


def _sample_image(rng: np.random.Generator, step: int, size: int = 96) -> np.ndarray:
    yy, xx = np.mgrid[0:size, 0:size].astype(np.float32)
    ph = step / 3.0
    r = 0.5 + 0.5 * np.sin(2 * np.pi * xx / size + ph)
    g = yy / size
    b = 0.5 + 0.5 * np.cos(np.hypot(xx - size / 2, yy - size / 2) / 6 - ph)
    img = np.stack([r, g, b], axis=-1) + rng.normal(0, 0.02, (size, size, 3))
    return np.clip(img, 0.0, 1.0).astype(np.float32)


def _extras(rng: np.random.Generator, step: int) -> dict[str, Any]:
    """Media of the optional types, for those installed (each module adds its own)."""
    return {}


def run_demo(root: Path, steps: int = 20, seed: int = 0) -> Path:
    """Log the demo run under ``root`` and return its directory."""
    rng = np.random.default_rng(seed)
    run = vizlog.init(project="vizlog-demo", name="demo", dir=root,
                      config={"lr": 3e-4, "batch_size": 64, "model": "tiny-cnn", "seed": seed})
    run.define_metric("val/acc", summary="max,last", goal="maximize")
    with run:
        loss = 2.0
        for step in range(steps):
            loss *= float(0.9 + 0.05 * rng.random())
            row: dict[str, Any] = {"train/loss": loss, "train/lr": 3e-4 * (1 - step / steps)}
            if step % 5 == 4:
                img = _sample_image(rng, step)
                mask = (img[:, :, 0] > 0.5).astype(np.uint8)
                row["samples"] = [
                    vizlog.Image(img, caption=f"sample {step}"),
                    vizlog.Image(
                        (img * 255).astype(np.uint8), caption=f"annotated {step}",
                        masks={"pred": {"mask_data": mask, "class_labels": {0: "bg", 1: "red"}}},
                        boxes={"pred": {"box_data": [
                            {"position": {"minX": 0.2, "maxX": 0.6, "minY": 0.3, "maxY": 0.7},
                             "class_id": 1, "box_caption": "blob",
                             "scores": {"conf": round(float(rng.random()), 3)}}],
                            "class_labels": {1: "blob"}}}),
                ]
                row["val/acc"] = float(1 - loss / 3)
                row.update(_extras(rng, step))
            run.log(row)
    return Path(run.dir)
