"""``images``: 200 seeded 256x256 RGB uint8 images, one ``log`` call each, plus finish
(``init`` runs before the clock, as workloads.md says).

Floors: ``floor-png`` is the bare PNG work, a numpy "Up" filter plus ISA-L deflate level 1 and
one file write per image, on as many threads as cores; the PNG framing (signature, IHDR, IDAT,
IEND, CRCs) is written inline. ``floor-fpng`` is the same with fpng's encoder (what vizlog uses
for RGB and RGBA when the ``fpng`` package is installed), one file per image. ``floor-raw``
stores the raw pixels, one write per image into one file (the bare work of Rerun's raw
``rr.Image``). ``rerun`` is Rerun itself (``rerun-sdk``): one ``rr.Image(img)`` per step at
``rec.set_time("step", sequence=i)`` into its file sink (``run.rrd``, made before the clock),
then flush + disconnect inside the clock; it stores the raw pixels. The issue's goal is measured
against ``rerun`` (:data:`FLOOR`): vizlog's time <= Rerun's and vizlog's bytes <= 0.6x Rerun's,
as PNG that decodes to the exact pixels. ``vizlog-isal`` is vizlog with fpng switched off
(RGB through the numpy "Up" filter and ISA-L, the encoder before fpng).

Peers (``pip install -e ".[bench,peers]"``, see ``benchmarks.common``): ``aim`` tracks
``aim.Image(img)`` at each step (a PNG kept in its repository's database), ``mlflow`` calls
``mlflow.log_image(img, key="img", step=i)`` (a PNG per step among the run's artifacts, plus
its metadata and a thumbnail; MLflow writes these from a thread pool, and ``end_run`` does not
wait for them, so the clock stops after its async logging is flushed), ``trackio`` logs
``{"img": trackio.Image(img)}`` (a PNG per step in its media folder). Their bytes are
everything they wrote into the output folder, databases included.
"""

from __future__ import annotations

import os
import time
from typing import Any

import numpy as np

from benchmarks.common import (
    PEERS,
    aim_run,
    import_tool,
    mlflow_finish,
    mlflow_run,
    rerun_finish,
    rerun_recording,
    trackio_run,
    tree_bytes,
    wandb_offline,
)

NAME = "images"
VARIANTS = ["vizlog", "vizlog-isal", "wandb", "rerun", "aim", "mlflow", "trackio", "floor-png",
            "floor-fpng", "floor-raw"]
FLOOR = "rerun"   # the goal's yardstick: Rerun's raw rr.Image logging, measured in the same run
BASELINE = "wandb"
UNIT = "images"
N = 200


def make_inputs() -> list[np.ndarray]:
    rng = np.random.default_rng(0)
    yy, xx = np.mgrid[0:256, 0:256].astype(np.float32)
    rad = np.hypot(xx - 128, yy - 128)
    out = []
    for i in range(N):
        ph = 2 * np.pi * i / N
        r = 127.5 + 127.5 * np.sin(2 * np.pi * xx / 256 + ph)
        g = 255 * (yy / 256) * (0.5 + 0.5 * np.cos(ph))
        b = 127.5 + 127.5 * np.cos(rad / (256 / 12) - 3 * ph)
        img = np.stack([r, g, b], axis=-1) + rng.normal(0, 3, size=(256, 256, 3))
        out.append(np.clip(img, 0, 255).astype(np.uint8))
    return out


def prepare(variant: str) -> None:
    import_tool(variant)
    if variant.startswith("vizlog"):
        import vizlog
        from vizlog.media import _png

        if variant == "vizlog-isal":  # RGB through the numpy Up filter + ISA-L, as before fpng
            _png._fpng_encoder = lambda: None  # type: ignore[assignment]
        # load the encoder libraries once, as a long-running process would have
        vizlog.Image(np.zeros((2, 2, 3), np.uint8)).encode()
    if variant == "rerun":
        try:
            import rerun as rr
        except ImportError:  # reported by the variant itself
            return
        # build one archetype before the clock, as for vizlog: the first rr.Image imports
        # Rerun's component modules (1.3-1.4 s here), which a long-running process has done once
        rr.Image(np.zeros((2, 2, 3), np.uint8))
    if variant == "floor-png":
        from isal import isal_zlib  # noqa: F401
    if variant == "floor-fpng":
        from fpng import fpng_ext  # noqa: F401


def _floor_png(inputs: list[np.ndarray], out: str) -> None:
    import struct
    import zlib
    from concurrent.futures import ThreadPoolExecutor

    from isal import isal_zlib

    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + \
            struct.pack(">I", zlib.crc32(body, zlib.crc32(kind)))

    def one(i: int) -> None:
        img = inputs[i]
        h, w, c = img.shape
        rows = img.reshape(h, w * c)
        filt = np.empty((h, w * c + 1), np.uint8)
        filt[:, 0] = 2
        filt[0, 1:] = rows[0]
        np.subtract(rows[1:], rows[:-1], out=filt[1:, 1:])
        png = b"".join((b"\x89PNG\r\n\x1a\n",
                        chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)),
                        chunk(b"IDAT", isal_zlib.compress(filt, 1)), chunk(b"IEND", b"")))
        with open(f"{out}/{i}.png", "wb") as fh:
            fh.write(png)

    with ThreadPoolExecutor(os.cpu_count() or 1) as pool:
        list(pool.map(one, range(len(inputs))))


def _floor_fpng(inputs: list[np.ndarray], out: str) -> None:
    from concurrent.futures import ThreadPoolExecutor

    from fpng import fpng_ext

    def one(i: int) -> None:
        with open(f"{out}/{i}.png", "wb") as fh:
            fh.write(fpng_ext.encode_ndarray(inputs[i]))

    with ThreadPoolExecutor(os.cpu_count() or 1) as pool:
        list(pool.map(one, range(len(inputs))))


def _floor_raw(inputs: list[np.ndarray], out: str) -> None:
    with open(f"{out}/images.raw", "wb") as fh:
        for img in inputs:
            fh.write(np.ascontiguousarray(img).tobytes())
        fh.flush()


def run(variant: str, inputs: list[np.ndarray], out: str) -> dict[str, Any]:
    if variant.startswith("vizlog"):
        import vizlog

        run = vizlog.init(project="bench", dir=out)
        t0 = time.perf_counter()
        for img in inputs:
            run.log({"img": vizlog.Image(img)})
        run.finish()
        seconds = time.perf_counter() - t0
        return {"seconds": seconds, "bytes": tree_bytes(out, (".png",)), "items": len(inputs)}
    if variant == "rerun":
        rr, rec = rerun_recording(out)
        t0 = time.perf_counter()
        for i, img in enumerate(inputs):
            rec.set_time("step", sequence=i)
            rec.log("img", rr.Image(img))
        rerun_finish(rec)
        seconds = time.perf_counter() - t0
        return {"seconds": seconds, "bytes": tree_bytes(out, (".rrd",)), "items": len(inputs)}
    if variant.startswith("floor"):
        t0 = time.perf_counter()
        {"floor-png": _floor_png, "floor-fpng": _floor_fpng,
         "floor-raw": _floor_raw}[variant](inputs, out)
        seconds = time.perf_counter() - t0
        return {"seconds": seconds, "bytes": tree_bytes(out, (".png", ".raw")),
                "items": len(inputs)}
    if variant in PEERS:
        return _peer(variant, inputs, out)
    wandb = wandb_offline(out)
    run = wandb.init(project="bench", dir=out, mode="offline")
    t0 = time.perf_counter()
    for img in inputs:
        run.log({"img": wandb.Image(img)})
    run.finish()
    seconds = time.perf_counter() - t0
    return {"seconds": seconds, "bytes": tree_bytes(out, (".png",)), "items": len(inputs)}


def _peer(variant: str, inputs: list[np.ndarray], out: str) -> dict[str, Any]:
    """One of the peers (module docstring): its run made before the clock, as every init."""
    if variant == "aim":
        aim, arun = aim_run(out)
        t0 = time.perf_counter()
        for i, img in enumerate(inputs):
            arun.track(aim.Image(img), name="img", step=i)
        arun.close()
    elif variant == "mlflow":
        mlflow = mlflow_run(out)
        t0 = time.perf_counter()
        for i, img in enumerate(inputs):
            mlflow.log_image(img, key="img", step=i)
        mlflow_finish(mlflow)
    else:
        trackio = trackio_run(out)
        t0 = time.perf_counter()
        for img in inputs:
            trackio.log({"img": trackio.Image(img)})
        trackio.finish()
    seconds = time.perf_counter() - t0
    return {"seconds": seconds, "bytes": tree_bytes(out), "items": len(inputs)}
