"""Viewer pages in headless Chromium (issue 12): when the first metric chart is drawn on the
10,000-step x 50-metric + 1,000-image run (``viewer_build``), and how long a 1M-point cloud takes
to redraw, whole and decimated (what an orbit drag draws), in software GL.

    python -m benchmarks.viewer_browser [--points 1000000] [--reps 5]

Needs Debian's chromium (``/usr/bin/chromium``) and the test extras (the driver is
``tests/browser.py``). Times are wall-clock on this machine; the redraw time includes a
``readPixels`` that waits for the GPU (here: SwiftShader on the CPU).
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

import numpy as np

_DRAWN = ("(() => { const c = document.querySelector('canvas.plot-canvas'); if (!c || !c.width)"
          " return 0; const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;"
          " for (let i = 3; i < d.length; i += 4) if (d[i]) return performance.now(); return 0;"
          " })()")


def first_chart(tmp: Path) -> float:
    """Milliseconds from navigation to the first metric chart with pixels on it."""
    from benchmarks.workloads import viewer_build
    from tests.browser import Browser
    from vizlog.viewer import build

    viewer_build.run("vizlog", viewer_build.make_inputs(), str(tmp / "runs"))
    (run_dir,) = [p for p in (tmp / "runs").iterdir() if p.is_dir()]
    page = build(run_dir)
    with Browser(tmp / "browser") as browser:
        browser.open(page)  # a warm browser (the disk cache holds the scripts), as a reload
        browser.send("Page.navigate", {"url": page.as_uri()})
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                at = browser.eval(_DRAWN)
            except RuntimeError:  # the page is still being replaced
                at = 0
            if at:
                return float(at)
            browser.pump(0.02)
    raise TimeoutError("no chart drawn within 60 s")


def cloud(tmp: Path, points: int, reps: int) -> dict[str, float]:
    """Seconds to the live 3D view, and median full and decimated redraw milliseconds."""
    import vizlog
    from tests.browser import Browser
    from vizlog.viewer import build

    rng = np.random.default_rng(0)
    pts = np.concatenate([rng.normal(size=(points, 3)), rng.integers(0, 255, (points, 3))],
                         axis=1)
    with vizlog.init(dir=tmp / "cloud") as run:
        run.log({"cloud": vizlog.Object3D(pts)})
    page = build(run.dir)
    holder = "document.querySelector('.three-holder')"
    with Browser(tmp / "browser3d") as browser:
        t0 = time.perf_counter()
        browser.open(page, timeout=120)
        browser.wait(f"{holder}.getAttribute('data-live') === '1'", timeout=180)
        live = time.perf_counter() - t0
        full = [browser.eval(f"{holder}.vizlogRedraw(false)") for _ in range(reps)]
        lite = [browser.eval(f"{holder}.vizlogRedraw(true)") for _ in range(reps)]
        lite_points = int(browser.eval(f"{holder}.getAttribute('data-lite-points') || 0"))
    return {"live_s": live, "full_ms": statistics.median(full),
            "lite_ms": statistics.median(lite), "lite_points": lite_points}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--points", type=int, default=1_000_000)
    parser.add_argument("--reps", type=int, default=5)
    parser.add_argument("--skip-chart", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        if not args.skip_chart:
            print(f"first chart drawn {first_chart(Path(tmp)) / 1000:.2f} s after navigation")
        res = cloud(Path(tmp), args.points, args.reps)
        print(f"{args.points:,}-point cloud: live after {res['live_s']:.1f} s; redraw "
              f"{res['full_ms']:.0f} ms whole, {res['lite_ms']:.0f} ms while dragging "
              f"({res['lite_points']:,} points)")


if __name__ == "__main__":
    main()
