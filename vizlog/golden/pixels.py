"""Decoded comparisons of images and videos, with the numbers a person can act on.

* Images (PNG, GIF frame by frame, WebP, BMP, TIFF): mode, size and frame count must match;
  a pixel differs when one of its channels differs by more than ``pixel_tol``. The message gives
  the number and share of differing pixels, the largest and mean absolute difference, the PSNR
  and the bounding box ``(left, top, right, bottom)`` (right and bottom exclusive) of the change.
* Lossy images (JPEG, WebP with a quality): size must match and the PSNR be at least ``psnr``.
* Videos (MP4, WebM): frame count and size must match and every frame's PSNR be at least
  ``psnr`` (and its SSIM at least ``ssim`` when set and scikit-image is installed); the message
  names the first failing frame and the worst one.

A failure carries PNG pictures of the expected and actual image (or frame) and of their
difference: the expected image dimmed to grey, with every differing pixel in red.
"""

from __future__ import annotations

import io
from typing import Any

from vizlog.golden.compare import Problem, Thresholds

__all__ = ["compare_images", "compare_video", "decode_frames", "diff_png", "pixel_stats"]


def decode_frames(data: bytes) -> tuple[str, tuple[int, int], list[Any]]:
    """(mode, (width, height), frames as uint8 arrays) of an image file; every GIF/WebP
    frame. Palette images are expanded to RGBA so that palette order does not matter."""
    import numpy as np
    from PIL import Image, ImageSequence

    with Image.open(io.BytesIO(data)) as im:
        mode, size = str(im.mode), im.size
        frames = []
        for frame in ImageSequence.Iterator(im):
            f = frame.convert("RGBA") if frame.mode in ("P", "PA") else frame
            if f.mode == "1":
                f = f.convert("L")
            frames.append(np.asarray(f).copy())
    if mode in ("P", "PA"):
        mode = "RGBA (palette)"
    return mode, size, frames


def _psnr(a: Any, b: Any) -> float:
    import numpy as np

    mse = float(np.mean((a.astype(np.float64) - b.astype(np.float64)) ** 2))
    return float("inf") if mse == 0 else 10 * float(np.log10(255.0**2 / mse))


def pixel_stats(a: Any, b: Any, tol: int = 0) -> dict[str, Any]:
    """Differences of two uint8 arrays of one shape ``(H, W)`` or ``(H, W, C)``."""
    import numpy as np

    d = np.abs(a.astype(np.int16) - b.astype(np.int16))
    per_pixel = d if d.ndim == 2 else d.max(axis=2)
    mask = per_pixel > tol
    count, total = int(mask.sum()), int(mask.size)
    box = None
    if count:
        ys, xs = np.nonzero(mask)
        box = (int(xs.min()), int(ys.min()), int(xs.max()) + 1, int(ys.max()) + 1)
    return {"count": count, "total": total, "share": count / total if total else 0.0,
            "max": int(d.max()) if d.size else 0, "mean": float(d.mean()) if d.size else 0.0,
            "psnr": _psnr(a, b), "bbox": box, "mask": mask}


def _db(x: float) -> str:
    return "inf" if x == float("inf") else f"{x:.2f} dB"


def _stats_text(s: dict[str, Any]) -> str:
    return (f"{s['count']} of {s['total']} pixels differ ({100 * s['share']:.2f}%); max abs "
            f"diff {s['max']}, mean abs diff {s['mean']:.4f}; PSNR {_db(s['psnr'])}; bounding "
            f"box of the change (left, top, right, bottom) = {s['bbox']}")


def _rgb(a: Any) -> Any:
    import numpy as np

    if a.ndim == 2:
        return np.repeat(a[:, :, None], 3, axis=2)
    if a.shape[2] == 1:
        return np.repeat(a, 3, axis=2)
    if a.shape[2] == 2:
        return np.repeat(a[:, :, :1], 3, axis=2)
    return a[:, :, :3]


def to_png(a: Any) -> bytes:
    """PNG bytes of a uint8 array (H, W), (H, W, 3) or (H, W, 4)."""
    import numpy as np
    from PIL import Image

    arr = np.ascontiguousarray(a if a.ndim == 2 or a.shape[2] in (3, 4) else _rgb(a))
    buf = io.BytesIO()
    Image.fromarray(arr).save(buf, format="PNG")
    return buf.getvalue()


def diff_png(a: Any, mask: Any) -> bytes:
    """The expected image dimmed to grey with the differing pixels (``mask``) in red."""
    import numpy as np

    grey = _rgb(a).astype(np.float32).mean(axis=2) * 0.35 + 40
    out = np.repeat(grey[:, :, None], 3, axis=2).astype(np.uint8)
    out[mask] = (255, 0, 0)
    return to_png(out)


def _visuals(a: Any, b: Any, mask: Any) -> dict[str, bytes]:
    return {"expected": to_png(a), "actual": to_png(b), "diff": diff_png(a, mask)}


def compare_images(want: bytes, got: bytes, th: Thresholds, lossy: bool = False
                   ) -> Problem | None:
    """Compare two image files decoded (see the module docstring)."""
    mode_a, size_a, fa = decode_frames(want)
    mode_b, size_b, fb = decode_frames(got)
    if size_a != size_b:
        return Problem(f"decoded size (width, height) {size_a} expected, {size_b} actual")
    if not lossy and mode_a != mode_b:
        return Problem(f"decoded mode {mode_a} expected, {mode_b} actual")
    if len(fa) != len(fb):
        return Problem(f"{len(fa)} frames expected, {len(fb)} actual")
    for i, (a, b) in enumerate(zip(fa, fb, strict=True)):
        frame = f"frame {i}: " if len(fa) > 1 else ""
        if lossy:
            a, b = _rgb(a), _rgb(b)
            got_db = _psnr(a, b)
            if got_db < th.psnr:
                s = pixel_stats(a, b)
                return Problem(f"{frame}PSNR {_db(got_db)} is below {th.psnr} dB (psnr); "
                               + _stats_text(s), _visuals(a, b, s["mask"]))
            continue
        if a.shape != b.shape:
            return Problem(f"{frame}decoded shape {a.shape} expected, {b.shape} actual")
        s = pixel_stats(a, b, th.pixel_tol)
        if s["count"]:
            tol = f" by more than pixel_tol={th.pixel_tol}" if th.pixel_tol else ""
            return Problem(f"{frame}decoded pixels differ{tol}: " + _stats_text(s),
                           _visuals(a, b, s["mask"]))
    return None


def _ssim(a: Any, b: Any) -> float | None:
    """SSIM of two frames (grey) when scikit-image is installed, else ``None``."""
    try:
        from skimage.metrics import structural_similarity
    except ImportError:
        return None
    import numpy as np

    ga, gb = (_rgb(x).astype(np.float64).mean(axis=2) for x in (a, b))
    if min(ga.shape) < 7:
        return None
    return float(structural_similarity(ga, gb, data_range=255.0))


def compare_video(want: bytes, got: bytes, th: Thresholds) -> Problem | None:
    """Compare two video files frame by frame (see the module docstring)."""
    from vizlog.media import _ffmpeg

    a, b = _ffmpeg.decode_video(want, "rgba"), _ffmpeg.decode_video(got, "rgba")
    if a.shape[1:] != b.shape[1:]:
        return Problem(f"decoded frame size (height, width, channels) {a.shape[1:]} expected, "
                       f"{b.shape[1:]} actual")
    if len(a) != len(b):
        return Problem(f"{len(a)} frames expected, {len(b)} actual")
    scores = [_psnr(x, y) for x, y in zip(a, b, strict=True)]
    worst = min(range(len(scores)), key=scores.__getitem__)
    first = next((i for i, s in enumerate(scores) if s < th.psnr), None)
    if first is not None:
        s = pixel_stats(a[first], b[first])
        return Problem(
            f"first frame below psnr={th.psnr} dB: frame {first} of {len(a)} with PSNR "
            f"{_db(scores[first])}; worst frame {worst} with {_db(scores[worst])}; in frame "
            f"{first}: " + _stats_text(s), _visuals(a[first], b[first], s["mask"]))
    if th.ssim is not None:
        for i, (x, y) in enumerate(zip(a, b, strict=True)):
            got_ssim = _ssim(x, y)
            if got_ssim is not None and got_ssim < th.ssim:
                s = pixel_stats(x, y)
                return Problem(f"first frame below ssim={th.ssim}: frame {i} of {len(a)} with "
                               f"SSIM {got_ssim:.4f} (PSNR {_db(scores[i])})",
                               _visuals(x, y, s["mask"]))
    return None
