"""What ``run.watch`` adds to a training step of a small MLP (needs torch; CPU).

    python -m benchmarks.watch_cost                # 300 steps per variant, median of 5 repeats
    python -m benchmarks.watch_cost --steps 1000 --hidden 256

The model is ``Linear(32, H) -> ReLU -> Linear(H, H) -> ReLU -> Linear(H, 1)`` (6 parameter
tensors), a batch of 64, SGD; each step is forward, backward, optimizer step and one
``run.log({"loss": ...})``. Variants: ``plain`` (no watch), ``gradients`` and ``all`` with
``log_freq=1`` (every step pays for its histograms: the cost of one watched step). The extra time
per watched step is the variant's time minus ``plain``'s, divided by the steps; "per histogram"
divides it by the histograms logged per step (6 or 12). ``histogram only`` times
``tensor_histogram`` alone on the same tensors. torch runs with one intra-op thread.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from typing import Any


def _model(torch: Any, hidden: int) -> Any:
    torch.manual_seed(0)
    nn = torch.nn
    return nn.Sequential(nn.Linear(32, hidden), nn.ReLU(), nn.Linear(hidden, hidden), nn.ReLU(),
                         nn.Linear(hidden, 1))


def _time_variant(variant: str, steps: int, hidden: int) -> float:
    import torch

    import vizlog

    model = _model(torch, hidden)
    opt = torch.optim.SGD(model.parameters(), lr=0.01)
    gen = torch.Generator().manual_seed(1)
    x, y = torch.randn(64, 32, generator=gen), torch.randn(64, 1, generator=gen)
    with tempfile.TemporaryDirectory() as d:
        run = vizlog.init(dir=d)
        if variant != "plain":
            run.watch(model, log=variant, log_freq=1)
        start = time.perf_counter()
        for _ in range(steps):
            loss = torch.nn.functional.mse_loss(model(x), y)
            opt.zero_grad()
            loss.backward()
            opt.step()
            run.log({"loss": loss.item()})
        elapsed = time.perf_counter() - start
        run.finish(quiet=True)
    return elapsed


def _time_histograms(steps: int, hidden: int) -> float:
    import torch

    from vizlog.runlog.watch import tensor_histogram

    params = [p.detach() for p in _model(torch, hidden).parameters()]
    start = time.perf_counter()
    for _ in range(steps):
        for p in params:
            tensor_histogram(p)
    return (time.perf_counter() - start) / (steps * len(params))


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--steps", type=int, default=300)
    ap.add_argument("--hidden", type=int, default=64)
    ap.add_argument("--reps", type=int, default=5)
    args = ap.parse_args(argv)
    import torch

    torch.set_num_threads(1)  # one intra-op thread: steadier on a shared machine
    _time_variant("all", 20, args.hidden)  # warm up torch and vizlog
    times = {v: statistics.median(_time_variant(v, args.steps, args.hidden)
                                  for _ in range(args.reps))
             for v in ("plain", "gradients", "all")}
    per_hist = statistics.median(_time_histograms(args.steps, args.hidden)
                                 for _ in range(args.reps))
    print(f"MLP hidden={args.hidden}, {args.steps} steps, median of {args.reps}")
    print(f"{'variant':<12}{'ms/step':>10}{'extra ms/step':>15}{'extra us/histogram':>20}")
    base = times["plain"] / args.steps * 1e3
    for v, hists in (("plain", 0), ("gradients", 6), ("all", 12)):
        ms = times[v] / args.steps * 1e3
        extra = ms - base
        per = f"{extra * 1e3 / hists:.0f}" if hists else "-"
        print(f"{v:<12}{ms:>10.3f}{extra:>15.3f}{per:>20}")
    print(f"histogram only: {per_hist * 1e6:.0f} us per tensor_histogram()")


if __name__ == "__main__":
    main()
