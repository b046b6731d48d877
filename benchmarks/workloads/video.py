"""``video``: 10 seeded uint8 videos (T=32, C=3, H=128, W=128) logged at fps=8, plus finish.

Inputs (seed 1, ``numpy.random.default_rng``): video ``v`` of 10, frame ``t`` of 32. The
background is a colour gradient, R = 255*x/W, G = 255*y/H, B = 255*(1 - (x+y)/(W+H)); a
gaussian blob (sigma W/8, colour (255, 230, 51)) circles the centre at radius W/3, angle
``2*pi*t/T + 2*pi*v/10``, blended as ``bg*(1-g) + colour*g``; then gaussian noise sigma 3 is drawn
per frame in that order, and the frame is clipped and cast to uint8, shaped (C, H, W).

Variants: ``vizlog`` (default format), ``vizlog-gif``, ``vizlog-mp4``, ``vizlog-webm``,
``wandb-gif``, ``wandb-mp4`` (wandb needs moviepy to encode), and ``vizlog-mp4-ffmpeg``,
``vizlog-webm-ffmpeg``, ``vizlog-gif-ffmpeg``, which switch vizlog's encoder from PyAV (in
process) to the bundled ffmpeg binary (a subprocess per video; for GIF with ffmpeg's own
palettegen/paletteuse): the measurement behind the defaults (see :mod:`vizlog.media._ffmpeg`).
``rerun-mp4`` is Rerun 0.41, which does not encode video itself: each clip is encoded the way
its docs show (PyAV, libx264, yuv420p, here with vizlog's own ``veryfast``/``crf 23`` settings,
which favours Rerun over x264's default preset) and logged as ``rr.AssetVideo`` to its file sink.
Speeds are against ``wandb-gif``, except the mp4 variants, against ``wandb-mp4``.
"""

from __future__ import annotations

import time
from typing import Any

import numpy as np

from benchmarks.common import (
    Unavailable,
    rerun_finish,
    rerun_recording,
    tree_bytes,
    wandb_offline,
)

NAME = "video"
VARIANTS = ["vizlog", "vizlog-gif", "vizlog-mp4", "vizlog-webm", "wandb-gif", "wandb-mp4",
            "vizlog-mp4-ffmpeg", "vizlog-webm-ffmpeg", "vizlog-gif-ffmpeg", "rerun-mp4"]
BASELINE = "wandb-gif"
REFERENCES = {"vizlog-mp4": "wandb-mp4", "vizlog-mp4-ffmpeg": "wandb-mp4",
              "rerun-mp4": "wandb-mp4"}
UNIT = "videos"
N, T, C, H, W = 10, 32, 3, 128, 128
FPS = 8
_SUFFIXES = (".gif", ".mp4", ".webm")


def make_inputs() -> list[np.ndarray]:
    rng = np.random.default_rng(1)
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    sigma, radius = W / 8, W / 3
    background = np.stack([255 * xx / W, 255 * yy / H, 255 * (1 - (xx + yy) / (W + H))])
    colour = np.array([255.0, 230.0, 51.0], np.float32)[:, None, None]
    out = []
    for v in range(N):
        frames = np.empty((T, C, H, W), np.uint8)
        for t in range(T):
            angle = 2 * np.pi * t / T + 2 * np.pi * v / N
            cx, cy = W / 2 + radius * np.cos(angle), H / 2 + radius * np.sin(angle)
            g = np.exp(-((xx - cx) ** 2 + (yy - cy) ** 2) / (2 * sigma**2))
            frame = background * (1 - g) + colour * g + rng.normal(0, 3, size=(C, H, W))
            frames[t] = np.clip(frame, 0, 255).astype(np.uint8)
        out.append(frames)
    return out


def _parse(variant: str) -> tuple[str, str | None, str | None]:
    parts = variant.split("-")
    tool = parts[0]
    fmt = parts[1] if len(parts) > 1 else None
    backend = parts[2] if len(parts) > 2 else None
    return tool, fmt, backend


def prepare(variant: str) -> None:
    tool, fmt, backend = _parse(variant)
    if tool == "vizlog":
        import vizlog
        from vizlog.media import _ffmpeg

        if backend is not None:
            _ffmpeg.BACKENDS[fmt or "mp4"] = backend  # type: ignore[index]
        # load the codec libraries once, as a long-running process would have
        vizlog.Video(np.zeros((2, 3, 16, 16), np.uint8), fps=FPS, format=fmt).encode()
    elif tool == "rerun":
        try:
            import rerun  # noqa: F401
        except ImportError:
            return
        _encode_mp4(np.zeros((2, 3, 16, 16), np.uint8))  # load the codec libraries once
    else:
        try:
            import wandb  # noqa: F401
            from moviepy import ImageSequenceClip  # noqa: F401
        except ImportError:
            pass


def _encode_mp4(frames: np.ndarray) -> bytes:
    """One (T, C, H, W) uint8 clip as an H.264 mp4, encoded with PyAV as Rerun's docs do."""
    import io

    import av

    buf = io.BytesIO()
    with av.open(buf, "w", format="mp4") as box:
        stream = box.add_stream("libx264", rate=FPS, options={"preset": "veryfast", "crf": "23"})
        stream.width, stream.height, stream.pix_fmt = frames.shape[3], frames.shape[2], "yuv420p"
        for frame in frames:
            img = av.VideoFrame.from_ndarray(np.ascontiguousarray(frame.transpose(1, 2, 0)),
                                             format="rgb24")
            for packet in stream.encode(img):
                box.mux(packet)
        for packet in stream.encode():
            box.mux(packet)
    return buf.getvalue()


def run(variant: str, inputs: list[np.ndarray], out: str) -> dict[str, Any]:
    tool, fmt, _ = _parse(variant)
    if tool == "vizlog":
        import vizlog

        run = vizlog.init(project="bench", dir=out)
        t0 = time.perf_counter()  # init before the clock
        for v in inputs:
            run.log({"vid": vizlog.Video(v, fps=FPS, format=fmt)})
        run.finish()
        seconds = time.perf_counter() - t0
        return {"seconds": seconds, "bytes": tree_bytes(out, _SUFFIXES), "items": len(inputs)}
    if tool == "rerun":
        rr, rec = rerun_recording(out)
        t0 = time.perf_counter()  # the recording and its file sink made before the clock
        for i, v in enumerate(inputs):
            rec.set_time("step", sequence=i)
            rec.log("vid", rr.AssetVideo(contents=_encode_mp4(v), media_type="video/mp4"))
        rerun_finish(rec)
        seconds = time.perf_counter() - t0
        return {"seconds": seconds, "bytes": tree_bytes(out, (".rrd",)), "items": len(inputs)}
    try:
        import moviepy  # noqa: F401
    except ImportError as exc:
        raise Unavailable("wandb needs moviepy to encode video (pip install moviepy)") from exc
    wandb = wandb_offline(out)
    run = wandb.init(project="bench", dir=out, mode="offline")
    t0 = time.perf_counter()  # init before the clock
    for v in inputs:
        run.log({"vid": wandb.Video(v, fps=FPS, format=fmt)})
    run.finish()
    seconds = time.perf_counter() - t0
    return {"seconds": seconds, "bytes": tree_bytes(out, _SUFFIXES), "items": len(inputs)}
