"""vizlog.runlog.watch: gradient/parameter histograms of real torch modules (CPU), as wandb.watch.

torch is optional: these tests are skipped without it, unless VIZLOG_REQUIRE_TORCH=1 (CI), where
a missing torch fails the module.
"""

from __future__ import annotations

import math
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import numpy as np
import pytest

import vizlog
from vizlog.errors import RunStateError, UsageError, UsageTypeError
from vizlog.runlog import watch as watch_mod

if os.environ.get("VIZLOG_REQUIRE_TORCH") == "1":
    import torch
else:
    torch = pytest.importorskip("torch")

ROOT = Path(__file__).resolve().parent.parent
PARAMS = ("0.weight", "0.bias", "2.weight", "2.bias")
NUMEL = {"0.weight": 32, "0.bias": 8, "2.weight": 8, "2.bias": 1}


def _mlp(seed: int = 0) -> Any:
    torch.manual_seed(seed)
    return torch.nn.Sequential(torch.nn.Linear(4, 8), torch.nn.ReLU(), torch.nn.Linear(8, 1))


def _train(run: vizlog.Run, models: list[Any], steps: int, seed: int = 1) -> None:
    """``steps`` batches: forward, backward and an SGD step per model, then one committing log."""
    gen = torch.Generator().manual_seed(seed)
    opts = [torch.optim.SGD(m.parameters(), lr=0.1) for m in models]
    for _ in range(steps):
        x, y = torch.randn(16, 4, generator=gen), torch.randn(16, 1, generator=gen)
        losses = []
        for model, opt in zip(models, opts, strict=True):
            loss = torch.nn.functional.mse_loss(model(x), y)
            opt.zero_grad()
            loss.backward()
            opt.step()
            losses.append(loss.item())
        run.log({"loss": losses[0]})


def _hist_keys(run: vizlog.Run) -> dict[int, list[str]]:
    """step -> sorted histogram keys of that row (every row is listed)."""
    return {r["_step"]: sorted(k for k in r if k.startswith(("gradients/", "parameters/")))
            for r in vizlog.open_run(run.dir).history}


def _check_hist(h: dict[str, Any], numel: int) -> None:
    assert h["_type"] == "histogram"
    assert sum(h["values"]) == numel
    assert len(h["bins"]) == len(h["values"]) + 1
    assert len(h["values"]) in (1, 64)


# -- what is logged, and when --------------------------------------------------------------------
def test_gradients_by_default_every_log_freq_backward(runs_dir: Path) -> None:
    run = vizlog.init(dir=runs_dir)
    model = _mlp()
    assert run.watch(model, log_freq=2) == []
    _train(run, [model], 5)
    run.finish()
    grads = sorted(f"gradients/{p}" for p in PARAMS)
    assert _hist_keys(run) == {0: [], 1: grads, 2: [], 3: grads, 4: []}
    rows = vizlog.open_run(run.dir).history
    for step in (1, 3):
        assert rows[step]["loss"] > 0  # the histograms share the row of the step's loss
        for p in PARAMS:
            _check_hist(rows[step][f"gradients/{p}"], NUMEL[p])


def test_parameters_histograms_match_the_parameters(runs_dir: Path) -> None:
    run = vizlog.init(dir=runs_dir)
    model = _mlp()
    before = {n: p.detach().clone() for n, p in model.named_parameters()}
    run.watch(model, log="parameters", log_freq=1)
    _train(run, [model], 1)
    run.finish()
    assert _hist_keys(run) == {0: sorted(f"parameters/{p}" for p in PARAMS)}
    row = vizlog.open_run(run.dir).history[0]
    for name, value in before.items():  # logged at the forward pass, before the SGD step
        h = row[f"parameters/{name}"]
        _check_hist(h, NUMEL[name])
        assert (h["bins"][0], h["bins"][-1]) == (float(value.min()), float(value.max()))
        if name != "2.bias":  # one element: one bin [v, v]
            assert len(h["values"]) == 64
    assert row["parameters/2.bias"]["values"] == [1]
    only = float(before["2.bias"][0])
    assert row["parameters/2.bias"]["bins"] == [only, only]


def test_log_all_and_log_none(runs_dir: Path) -> None:
    run = vizlog.init(dir=runs_dir)
    a, b = _mlp(0), _mlp(1)
    run.watch(a, log="all", log_freq=3)
    run.watch(b, log=None, log_freq=1)
    _train(run, [a, b], 7)
    run.finish()
    both = sorted([f"gradients/{p}" for p in PARAMS] + [f"parameters/{p}" for p in PARAMS])
    assert _hist_keys(run) == {s: (both if s in (2, 5) else []) for s in range(7)}


def test_log_freq_zero_logs_every_batch(runs_dir: Path) -> None:
    run = vizlog.init(dir=runs_dir)
    model = _mlp()
    run.watch(model, log="gradients", log_freq=0)
    _train(run, [model], 3)
    run.finish()
    assert all(len(keys) == 4 for keys in _hist_keys(run).values())


def test_unwatch_removes_every_hook(runs_dir: Path) -> None:
    run = vizlog.init(dir=runs_dir)
    model = _mlp()
    run.watch(model, log="all", log_freq=1, log_graph=True)
    assert watch_mod.watched_count(run) == 1
    _train(run, [model], 2)
    run.unwatch(model)
    assert watch_mod.watched_count(run) == 0
    assert not model._forward_hooks
    assert all(not m._forward_hooks for m in model.modules())
    assert all(not p._backward_hooks for p in model.parameters())
    _train(run, [model], 2)
    run.finish()
    assert [len(k) for k in _hist_keys(run).values()] == [8, 8, 0, 0]
    run2 = vizlog.init(dir=runs_dir)  # unwatch() without arguments: every model
    a, b = _mlp(0), _mlp(1)
    run2.watch([a, b], log="all", log_freq=1)
    run2.unwatch()
    _train(run2, [a, b], 1)
    run2.finish()
    assert _hist_keys(run2) == {0: []}


def test_a_model_is_watched_once_and_can_be_watched_again_after_unwatch(runs_dir: Path) -> None:
    run = vizlog.init(dir=runs_dir)
    model = _mlp()
    run.watch(model)
    with pytest.raises(UsageError, match=r"`models` must be models this run does not watch yet; "
                                          r"got <Sequential watched already>\. Call "
                                          r"`run\.unwatch\(model\)`"):
        run.watch(model)
    run.unwatch(model)
    with pytest.warns(UserWarning, match=r"unwatch\(\): this Sequential is not watched by run"):
        run.unwatch(model)
    run.watch(model, log_freq=1)
    _train(run, [model], 1)
    run.finish()
    # the second model watched in the run (the refused call counts nothing): prefix graph_1
    assert _hist_keys(run) == {0: sorted(f"gradients/graph_1{p}" for p in PARAMS)}


def test_several_models_get_wandb_prefixes_and_idx_sets_them(runs_dir: Path) -> None:
    run = vizlog.init(dir=runs_dir)
    a, b, c = _mlp(0), _mlp(1), _mlp(2)
    run.watch([a, b], log_freq=1)
    run.watch(c, log_freq=1, idx=7)
    _train(run, [a, b, c], 1)
    run.finish()
    assert _hist_keys(run) == {0: sorted(f"gradients/{pre}{p}" for pre in ("", "graph_1", "graph_7")
                                         for p in PARAMS)}


def test_criterion_and_graph_in_the_summary(runs_dir: Path) -> None:
    run = vizlog.init(dir=runs_dir)
    model = _mlp()
    [graph] = run.watch(model, criterion=torch.nn.MSELoss(), log=None, log_graph=True)
    assert graph.nodes == [] and graph.key == "graph_0"
    _train(run, [model], 2)
    run.finish()
    expected = {
        "_type": "graph", "format": "torch-modules", "model": "Sequential",
        "criterion": "MSELoss()",
        "nodes": [
            {"name": "0", "class_name": "Linear",
             "repr": "Linear(in_features=4, out_features=8, bias=True)", "output_shape": [16, 8],
             "parameters": [["weight", [8, 4]], ["bias", [8]]], "num_parameters": 40},
            {"name": "1", "class_name": "ReLU", "repr": "ReLU()", "output_shape": [16, 8],
             "parameters": [], "num_parameters": 0},
            {"name": "2", "class_name": "Linear",
             "repr": "Linear(in_features=8, out_features=1, bias=True)", "output_shape": [16, 1],
             "parameters": [["weight", [1, 8]], ["bias", [1]]], "num_parameters": 9}]}
    assert vizlog.open_run(run.dir).summary["graph_0"] == expected
    assert graph.as_json() == expected
    assert _hist_keys(run) == {0: [], 1: []}
    assert all(not m._forward_hooks for m in model.modules())  # graph hooks are removed once done


def test_graph_of_a_custom_module_with_containers_and_tuple_outputs(runs_dir: Path) -> None:
    class Block(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.lin = torch.nn.Linear(3, 3)

        def forward(self, x: Any) -> Any:
            return self.lin(x), x

    class Net(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.stack = torch.nn.ModuleList([Block(), Block()])
            self.head = torch.nn.Linear(3, 2, bias=False)

        def forward(self, x: Any) -> Any:
            for block in self.stack:
                x, _ = block(x)
            return self.head(x)

    torch.manual_seed(0)
    run = vizlog.init(dir=runs_dir)
    net = Net()
    run.watch(net, log=None, log_graph=True, idx=3)
    net(torch.zeros(2, 3))
    run.finish()
    graph = vizlog.open_run(run.dir).summary["graph_3"]
    assert graph["criterion"] is None and graph["model"] == "Net"
    assert [(n["name"], n["class_name"], n["output_shape"], n["num_parameters"])
            for n in graph["nodes"]] == [("stack.0", "Block", [[2, 3], [2, 3]], 12),
                                         ("stack.1", "Block", [[2, 3], [2, 3]], 12),
                                         ("head", "Linear", [2, 2], 6)]
    lone = vizlog.init(dir=runs_dir)
    leaf = torch.nn.Linear(2, 2)
    lone.watch(leaf, log=None, log_graph=True)
    leaf(torch.zeros(1, 2))
    lone.finish()
    [node] = vizlog.open_run(lone.dir).summary["graph_0"]["nodes"]
    assert (node["name"], node["num_parameters"]) == ("Linear", 6)


def test_sparse_gradients_of_an_embedding(runs_dir: Path) -> None:
    torch.manual_seed(0)
    emb = torch.nn.Embedding(10, 3, sparse=True)
    run = vizlog.init(dir=runs_dir)
    run.watch(emb, log_freq=1)
    emb(torch.tensor([1, 2, 2])).sum().backward()
    run.log({"done": 1})
    run.finish()
    h = vizlog.open_run(run.dir).history[0]["gradients/weight"]
    # 3 stored values per looked-up row (rows 1 and 2), 24 implicit zeros: all 30 elements
    assert sum(h["values"]) == 30
    assert (h["bins"][0], h["bins"][-1]) == (0.0, 2.0)  # row 1 gets grad 1, row 2 grad 2
    # 1.0 is the edge of bin 32 (bins are [lo, hi) but the last, as numpy's)
    assert (h["values"][0], h["values"][32], h["values"][-1]) == (24, 3, 3)


def test_hooks_after_finish_log_nothing_and_watch_needs_a_running_run(runs_dir: Path) -> None:
    run = vizlog.init(dir=runs_dir)
    model = _mlp()
    run.watch(model, log="all", log_freq=1)
    run.finish()
    model(torch.zeros(1, 4)).sum().backward()  # no error from the hooks
    with pytest.raises(RunStateError, match=r"is finished; `watch\(\)` needs a running run"):
        run.watch(_mlp())
    run.unwatch()  # removing hooks from a finished run is fine


# -- errors --------------------------------------------------------------------------------------
def test_module_level_watch_and_unwatch_use_the_active_run(runs_dir: Path) -> None:
    with pytest.raises(RunStateError, match=r"no active run: call `vizlog\.init\(\)` before "
                                            r"`vizlog\.watch\(\)`"):
        vizlog.watch(_mlp())
    with pytest.raises(RunStateError, match=r"before `vizlog\.unwatch\(\)`"):
        vizlog.unwatch()
    run = vizlog.init(dir=runs_dir)
    model = _mlp()
    assert vizlog.watch(model, log="parameters", log_freq=1) == []
    _train(run, [model], 1)
    vizlog.unwatch(model)
    _train(run, [model], 1)
    run.finish()
    assert [len(k) for k in _hist_keys(run).values()] == [4, 0]


@pytest.mark.parametrize("models", [object(), [_mlp, "model"], np.zeros(3)])
def test_non_torch_models_are_a_type_error(runs_dir: Path, models: Any) -> None:
    run = vizlog.init(dir=runs_dir)
    with pytest.raises(TypeError, match=r"`models` must be a torch\.nn\.Module or a list of "
                                        r"them; got .*Pass the model itself"):
        run.watch(models)
    assert watch_mod.watched_count(run) == 0


def test_without_torch_imported_the_error_says_so(runs_dir: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    run = vizlog.init(dir=runs_dir)
    monkeypatch.delitem(sys.modules, "torch")
    with pytest.raises(UsageTypeError, match=r"got object .*PyTorch models only; install and "
                                             r"import torch first\."):
        run.watch(object())


@pytest.mark.parametrize("kwargs, match", [
    ({"log": "weights"}, r"`log` must be 'gradients', 'parameters', 'all' or None; got str "
                         r"'weights'"),
    ({"log_freq": -1}, r"`log_freq` must be an int >= 0"),
    ({"log_freq": 1.5}, r"`log_freq` must be an int >= 0"),
    ({"log_freq": True}, r"`log_freq` must be an int >= 0"),
    ({"idx": -2}, r"`idx` must be an int >= 0 or None"),
])
def test_bad_arguments_are_value_errors(runs_dir: Path, kwargs: dict[str, Any],
                                        match: str) -> None:
    run = vizlog.init(dir=runs_dir)
    with pytest.raises(ValueError, match=match):
        run.watch(_mlp(), **kwargs)
    with pytest.raises(UsageError, match=r"non-empty list"):
        run.watch([])
    assert watch_mod.watched_count(run) == 0


def test_importing_vizlog_and_the_module_does_not_import_torch() -> None:
    code = ("import sys, vizlog, vizlog.runlog.run, vizlog.runlog.watch; "
            "assert 'torch' not in sys.modules, 'torch imported'")
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)


# -- histograms of tensors -----------------------------------------------------------------------
def _hist(t: Any) -> dict[str, Any]:
    h = watch_mod.tensor_histogram(t)
    assert h is not None
    return dict(h.encode().fields)


def test_histogram_of_a_dense_tensor_matches_numpy() -> None:
    t = torch.arange(128, dtype=torch.float32).reshape(8, 16)  # integers: no edge rounding
    h = _hist(t)
    counts, edges = np.histogram(np.arange(128), bins=64)
    assert h["values"] == counts.tolist() and h["bins"] == edges.tolist()
    assert "nan_count" not in h


def test_histogram_counts_nan_and_inf_apart() -> None:
    t = torch.tensor([1.0, float("nan"), 2.0, float("inf"), float("-inf"), float("nan"), 3.0])
    h = _hist(t)
    assert (h["nan_count"], h["posinf_count"], h["neginf_count"]) == (2, 1, 1)
    assert sum(h["values"]) == 3 and (h["bins"][0], h["bins"][-1]) == (1.0, 3.0)
    nothing = _hist(torch.tensor([float("nan")] * 4))
    assert nothing["values"] == [0] * 64 and nothing["nan_count"] == 4
    assert (nothing["bins"][0], nothing["bins"][-1]) == (0.0, 1.0)


def test_histogram_edge_cases() -> None:
    assert watch_mod.tensor_histogram(torch.zeros(0, 4)) is None
    const = _hist(torch.full((5, 5), 0.25))
    assert (const["values"], const["bins"]) == ([25], [0.25, 0.25])
    ints = _hist(torch.tensor([1, 2, 3, 4], dtype=torch.int64))
    assert sum(ints["values"]) == 4 and (ints["bins"][0], ints["bins"][-1]) == (1.0, 4.0)
    half = _hist(torch.tensor([0.5, -0.5, 1.0], dtype=torch.float16))
    assert sum(half["values"]) == 3 and (half["bins"][0], half["bins"][-1]) == (-0.5, 1.0)
    grad = torch.ones(3, requires_grad=True) * 2  # not a leaf, has a grad_fn: detached first
    assert _hist(grad)["values"] == [3]
    with pytest.raises(UsageTypeError, match=r"`tensor` must be a real-valued tensor"):
        watch_mod.tensor_histogram(torch.zeros(2, dtype=torch.complex64))
    with pytest.raises(UsageTypeError, match=r"`tensor` must be a torch\.Tensor; got ndarray"):
        watch_mod.tensor_histogram(np.zeros(3))
    huge = _hist(torch.tensor([-1e308, 1e308], dtype=torch.float64))
    assert (huge["values"], huge["bins"], huge["binning"]) == ([2], [-1e308, 1e308], "single")


def test_histograms_are_the_ones_the_histogram_class_builds() -> None:
    """tensor_histogram sets a Histogram's fields directly (no re-validation): they must equal
    what the public constructor makes of the same counts and edges."""
    t = torch.tensor([0.5, float("nan"), -2.0, 3.0, 3.0, float("inf")])
    fast = watch_mod.tensor_histogram(t)
    assert fast is not None
    slow = vizlog.Histogram(np_histogram=(fast.histogram, fast.bins))
    slow.nonfinite = {"nan_count": 1, "posinf_count": 1, "neginf_count": 0}
    assert fast.encode() == slow.encode()
    assert np.histogram(np.array([0.5, -2.0, 3.0, 3.0]), bins=64)[1].tolist() == fast.bins


@pytest.mark.filterwarnings("ignore:Sparse CSR tensor support is in beta")
def test_histogram_of_sparse_tensors_counts_implicit_zeros() -> None:
    idx = torch.tensor([[0, 3], [1, 2]])
    coo = torch.sparse_coo_tensor(idx, torch.tensor([4.0, 8.0]), (5, 5), check_invariants=True)
    h = _hist(coo)
    assert sum(h["values"]) == 25 and (h["bins"][0], h["bins"][-1]) == (0.0, 8.0)
    assert (h["values"][0], h["values"][32], h["values"][63]) == (23, 1, 1)
    negative = _hist(torch.sparse_coo_tensor(idx, torch.tensor([-4.0, -8.0]), (5, 5),
                                             check_invariants=True))
    assert (negative["bins"][-1], negative["values"][-1]) == (0.0, 23)  # 0 is the top edge
    csr = _hist(coo.to_dense().to_sparse_csr())
    assert csr["values"] == h["values"]
    empty = _hist(torch.sparse_coo_tensor(torch.zeros(2, 0, dtype=torch.long), torch.zeros(0),
                                          (3, 3), check_invariants=True))
    assert (empty["values"], empty["bins"]) == ([9], [0.0, 0.0])


def test_histogram_of_a_large_tensor_counts_every_element() -> None:
    gen = torch.Generator().manual_seed(3)
    t = torch.randn(1000, 1000, generator=gen)
    h = _hist(t)
    assert sum(h["values"]) == 1_000_000
    assert (h["bins"][0], h["bins"][-1]) == (float(t.min()), float(t.max()))
    assert math.isclose(h["bins"][1] - h["bins"][0], (h["bins"][-1] - h["bins"][0]) / 64)


# -- docs ----------------------------------------------------------------------------------------
def test_the_docs_example_runs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    [code] = re.findall(r"^```python\n(.*?)^```$", (ROOT / "docs" / "watch.md").read_text(),
                        flags=re.S | re.M)
    monkeypatch.chdir(tmp_path)
    exec(compile(code, "docs/watch.md", "exec"), {})
    [run_dir] = (tmp_path / "vizlog-runs").iterdir()
    rows = vizlog.open_run(run_dir).history
    assert [r["_step"] for r in rows if "gradients/0.weight" in r] == [9, 19, 29]
