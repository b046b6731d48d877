"""vizlog/vega_specs: a golden case per built-in spec.

Each case stores the descriptor and the resolved spec (compared exactly) and the SVG that
vl-convert renders (compared by meaning: marks per mark group, titles, axis titles and legend
entries, so a vl-convert upgrade that moves pixels does not fail it).
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from collections.abc import Callable
from typing import Any

import numpy as np
import pyarrow as pa
import pytest

import vizlog
from vizlog.charts import specs
from vizlog.charts.custom_chart import CustomChart, plot_table

pytest.importorskip("vl_convert")

SVG = "{http://www.w3.org/2000/svg}"


def svg_summary(svg: bytes | str) -> dict[str, Any]:
    """What a rendered chart shows: mark counts per mark group and every text role."""
    root = ET.fromstring(svg)
    marks: dict[str, int] = {}
    texts: dict[str, list[str]] = {}
    for g in root.iter(f"{SVG}g"):
        cls = g.get("class", "")
        if "role-mark" in cls.split():
            marks[cls] = marks.get(cls, 0) + len(list(g))
        for role in ("role-title-text", "role-axis-title", "role-legend-title",
                     "role-legend-label"):
            if role in cls.split():
                for t in g.iter(f"{SVG}text"):
                    texts.setdefault(role, []).append("".join(t.itertext()))
    return {"marks": dict(sorted(marks.items())), "texts": dict(sorted(texts.items()))}


def compare_svg(expected: bytes, actual: bytes) -> None:
    want, got = svg_summary(expected), svg_summary(actual)
    assert want == got, f"rendered chart differs: expected {want}, got {got}"


def _table(**cols: Any) -> vizlog.Table:
    return vizlog.Table.from_arrow(pa.table(cols))


def _classification(n: int = 90, k: int = 3) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(21)
    y = rng.integers(0, k, n)
    logits = rng.normal(size=(n, k))
    logits[np.arange(n), y] += 1.2
    # positive scores from + and / only, which round the same everywhere (np.exp's last bit
    # differs between CPUs and numpy builds, and the thresholds are stored exactly)
    scores = logits - logits.min() + 0.1
    return y, scores / scores.sum(axis=1, keepdims=True)


def _line() -> CustomChart:
    x = np.arange(8, dtype=np.int64)
    return vizlog.plot.line(_table(x=np.tile(x, 2), y=np.concatenate([x * x, 3 * x]),
                                   group=np.repeat(["square", "linear"], 8)),
                            "x", "y", stroke="group", title="Growth")


def _scatter() -> CustomChart:
    rng = np.random.default_rng(5)
    return vizlog.plot.scatter(_table(a=rng.normal(size=25), b=rng.normal(size=25)), "a", "b",
                               title="Cloud")


def _bar() -> CustomChart:
    return vizlog.plot.bar(_table(name=["cat", "dog", "owl"], count=[3, 7, 2]), "name",
                           "count", title="Votes")


def _histogram() -> CustomChart:
    rng = np.random.default_rng(6)
    return vizlog.plot.histogram(_table(v=rng.normal(size=200)), "v", title="Spread")


def _line_series() -> CustomChart:
    xs = [0, 1, 2, 3, 4]
    return vizlog.plot.line_series(xs, [[1, 2, 3, 4, 5], [5, 4, 3, 2, 1]], keys=["up", "down"],
                                   title="Two lines", xname="epoch")


def _pr() -> CustomChart:
    y, p = _classification()
    return vizlog.plot.pr_curve(y, p, ["cat", "dog", "owl"])


def _roc() -> CustomChart:
    y, p = _classification()
    return vizlog.plot.roc_curve(y, p, ["cat", "dog", "owl"])


def _auc() -> CustomChart:
    t = _table(cls=["a", "a", "a", "b", "b", "b"], fx=[0.0, 0.5, 1.0, 0.0, 0.2, 1.0],
               fy=[0.0, 0.8, 1.0, 0.0, 0.5, 1.0])
    return plot_table("wandb/area-under-curve/v0", t, {"x": "fx", "y": "fy", "class": "cls"},
                      {"title": "Curves", "x-axis-title": "x", "y-axis-title": "y"})


def _confusion() -> CustomChart:
    y, p = _classification()
    return vizlog.plot.confusion_matrix(probs=p, y_true=y, class_names=["cat", "dog", "owl"])


CASES: dict[str, Callable[[], CustomChart]] = {
    "line": _line, "scatter": _scatter, "bar": _bar, "histogram": _histogram,
    "line_series": _line_series, "pr_curve": _pr, "roc_curve": _roc,
    "area_under_curve": _auc, "confusion_matrix": _confusion,
}


def test_every_builtin_spec_has_a_golden_case() -> None:
    assert sorted(CASES) == specs.builtin_names()


@pytest.mark.parametrize("name", sorted(CASES))
def test_builtin_spec_golden(name: str, golden: Any) -> None:
    chart = CASES[name]()
    assert chart.spec_name == name
    enc = chart.encode()
    doc = json.loads(enc.data)  # type: ignore[arg-type]
    assert "${" not in json.dumps({k: v for k, v in doc.items() if k != "usermeta"})
    svg = chart.to_svg().encode("utf-8")
    summary = svg_summary(svg)
    assert summary["marks"], "the chart draws nothing"
    golden.check(f"charts/{name}", descriptor=enc.fields,
                 files={"spec.vl.json": enc.data, "chart.svg": svg},  # type: ignore[dict-item]
                 compare={"chart.svg": compare_svg})


def test_the_summary_sees_what_is_drawn() -> None:
    summary = svg_summary(_pr().to_svg())
    assert summary["texts"]["role-axis-title"] == ["Recall", "Precision"]
    assert summary["texts"]["role-title-text"] == ["Precision-Recall Curve"]
    assert summary["texts"]["role-legend-label"] == ["cat", "dog", "owl"]
    assert sum(summary["marks"].values()) == 3  # one line per class
    cm = svg_summary(_confusion().to_svg())
    assert sorted(cm["marks"].values()) == [9, 9]  # 9 cells and 9 printed counts
    with pytest.raises(AssertionError, match="rendered chart differs"):
        compare_svg(_pr().to_svg().encode(), _roc().to_svg().encode())
