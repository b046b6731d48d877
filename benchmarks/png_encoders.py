"""PNG encoders side by side on the ``images`` workload's 200 RGB images (one thread, CPU time).

    python -m benchmarks.png_encoders

For each encoder: CPU milliseconds per image (the best of 3 passes over the 200 images, so a
busy period of a shared machine counts once at most) and the total size. Every encoder writes
the same pixels losslessly; the deflaters get the same filtered scanlines (``Up`` unless named
``sub``), so only the coder differs. Encoders whose package is missing are skipped: ``isal`` and
``fpng`` come with ``vizlog[images]``; ``zlib-ng`` and ``deflate`` (libdeflate) only matter for
this comparison.
"""

from __future__ import annotations

import importlib
import time
from collections.abc import Callable
from typing import Any

import numpy as np

from benchmarks.workloads.images import make_inputs
from vizlog.media._png import up_filtered


def sub_filtered(pixels: np.ndarray) -> np.ndarray:
    """PNG "Sub" scanlines of (H, W, C) uint8 pixels (each byte minus the one C bytes left)."""
    h, _, c = pixels.shape
    rows = pixels.reshape(h, -1)
    out = np.empty((h, rows.shape[1] + 1), np.uint8)
    out[:, 0] = 1
    out[:, 1:1 + c] = rows[:, :c]
    np.subtract(rows[:, c:], rows[:, :-c], out=out[:, 1 + c:])
    return out


def _optional(name: str) -> Any:
    try:
        return importlib.import_module(name)
    except ImportError:
        return None


def encoders() -> list[tuple[str, str, Callable[[Any], bytes]]]:
    """(name, input kind, encode) for every installed encoder; the input kind is ``pixels``,
    ``up`` or ``sub`` (filtered scanlines)."""
    out: list[tuple[str, str, Callable[[Any], bytes]]] = []
    isal = _optional("isal.isal_zlib")
    if isal is not None:
        for level in (0, 1, 2):
            out.append((f"isal level {level}", "up",
                        lambda d, lv=level: isal.compress(d, lv)))
        out.append(("isal level 1", "sub", lambda d: isal.compress(d, 1)))
    zng = _optional("zlib_ng.zlib_ng")
    if zng is not None:
        for strategy, label in ((zng.Z_DEFAULT_STRATEGY, "default"), (zng.Z_RLE, "rle"),
                                (zng.Z_FILTERED, "filtered")):
            for level in (1, 2, 6):
                def z(d: Any, lv: int = level, st: int = strategy) -> bytes:
                    c = zng.compressobj(lv, zng.DEFLATED, 15, 8, st)
                    return bytes(c.compress(d) + c.flush())
                out.append((f"zlib-ng level {level} {label}", "up", z))
    libdeflate = _optional("deflate")
    if libdeflate is not None:
        for level in (1, 4, 6):
            out.append((f"libdeflate level {level}", "up",
                        lambda d, lv=level: libdeflate.zlib_compress(d, lv)))
    fpng = _optional("fpng.fpng_ext")
    if fpng is not None:
        out.append(("fpng (whole PNG)", "pixels", fpng.encode_ndarray))
    return out


def main() -> int:
    images = make_inputs()
    inputs = {"pixels": images, "up": [up_filtered(i) for i in images],
              "sub": [sub_filtered(i) for i in images]}
    for kind, fn in (("up", up_filtered), ("sub", sub_filtered)):
        best = min(_cpu(lambda f=fn: [f(i) for i in images]) for _ in range(3))
        print(f"{'filter ' + kind:32s} {best / len(images) * 1000:7.3f} ms/image")
    for name, kind, enc in encoders():
        data = inputs[kind]
        sizes: list[int] = []
        best = min(_cpu(lambda e=enc, d=data, s=sizes: s.extend(len(e(x)) for x in d))
                   for _ in range(3))
        total = sum(sizes[:len(data)])
        print(f"{name + (' (' + kind + ')' if kind != 'pixels' else ''):32s} "
              f"{best / len(data) * 1000:7.3f} ms/image {total / 1e6:7.2f} MB")
    return 0


def _cpu(fn: Callable[[], Any]) -> float:
    t = time.process_time()
    fn()
    return time.process_time() - t


if __name__ == "__main__":
    raise SystemExit(main())
