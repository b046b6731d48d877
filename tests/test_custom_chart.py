"""vizlog.charts.custom_chart: plot_table, binding checks, storage, read-back, altair, rendering."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pyarrow as pa
import pytest

import vizlog
from vizlog.charts.custom_chart import CustomChart, plot_table, vega_rows
from vizlog.errors import ChartBindingError

alt = pytest.importorskip("altair")
vlc = pytest.importorskip("vl_convert")


def _squares() -> vizlog.Table:
    return vizlog.Table(data=[[x, x * x] for x in range(10)], columns=["x", "y"])


def _files(run_dir: str | Path) -> list[str]:
    root = Path(run_dir)
    return sorted(str(p.relative_to(root)) for p in root.rglob("*")
                  if p.is_file() and p.parts[len(root.parts)] in ("charts", "tables", "media"))


def test_issue_example_end_to_end(runs_dir: Path) -> None:
    table = _squares()
    with vizlog.init(dir=runs_dir) as run:
        run.log({"custom": vizlog.plot_table("vizlog/line", table, {"x": "x", "y": "y"},
                                             {"title": "y = x^2"})})
        run.log({"same": run.plot_table("line", table, {"x": "x", "y": "y"})})
    data = vizlog.open_run(run.dir)
    assert data.verify() == []
    desc = data.history[0]["custom"]
    assert desc["_type"] == "custom-chart"
    assert desc["path"].startswith("charts/custom_0_") and desc["path"].endswith(".vl.json")
    assert desc["table"]["_type"] == "table-file"
    assert desc["table"]["path"].startswith("tables/custom_0_")
    assert (desc["spec"], desc["fields"], desc["strings"], desc["split_table"]) == \
        ("line", {"x": "x", "y": "y"}, {"title": "y = x^2"}, False)
    assert desc["wandb"]["panel_config"]["panelDefId"] == "wandb/line/v0"
    assert desc["wandb"]["panel_config"]["fieldSettings"] == {"stroke": None, "x": "x",
                                                               "y": "y"}
    # the stored spec alone renders, offline, in vl-convert and altair
    doc = json.loads((Path(run.dir) / desc["path"]).read_text())
    assert doc["datasets"]["table"] == [{"x": x, "y": x * x} for x in range(10)]
    assert doc["title"] == "y = x^2" and doc["encoding"]["x"]["field"] == "x"
    assert "<svg" in vlc.vegalite_to_svg(doc, allowed_base_urls=[])
    assert alt.Chart.from_dict(doc).to_dict()["title"] == "y = x^2"
    [(step, back)] = data.media("custom")
    assert step == 0 and isinstance(back, CustomChart)
    assert back.to_dict() == doc
    assert back.table is not None and back.table.to_arrow().equals(table.to_arrow())
    assert (back.spec_name, back.fields, back.string_fields) == \
        ("line", {"x": "x", "y": "y"}, {"title": "y = x^2"})
    # logging it again writes the same bytes
    again = back.encode({"table": desc["table"]})
    assert again.data == (Path(run.dir) / desc["path"]).read_bytes()
    assert {k: v for k, v in again.fields.items()} == \
        {k: v for k, v in desc.items() if k not in ("path", "sha256", "size")}


def test_run_plot_table_is_static_as_in_wandb() -> None:
    chart = vizlog.Run.plot_table("wandb/scatter/v0", _squares(), {"x": "x", "y": "y"},
                                  split_table=True)
    assert chart.spec_name == "scatter" and chart.split_table is True
    assert chart.encode().fields["split_table"] is True


@pytest.mark.parametrize(("args", "pattern"), [
    (("nope", {"x": "x", "y": "y"}), r"unknown spec 'nope'; known specs are: .*line"),
    (("pr_curve", {"x": "recall", "y": "y", "class": "x"}),
     r"spec 'pr_curve' needs field 'x' = column 'recall'; table columns are: 'x', 'y'\. "
     r"Bind `fields\['x'\]` to one of them"),
    (("line", {"x": "x"}), r"spec 'line' needs field 'y' bound to a column; `fields` binds: x\. "
                           r"Add `fields\['y'\] = <column>`; table columns are: 'x', 'y'"),
    (("line", {"x": "x", "y": "y", "z": "x"}),
     r"spec 'line' has no field 'z'; its fields are: stroke, x, y\. Remove `fields\['z'\]`"),
    (("line", {"x": "x", "y": 3}), r"`fields\['y'\]` must be a column name"),
    (("line", ["x", "y"]), r"`fields` must be a dict"),
])
def test_binding_errors_say_what_is_missing(args: tuple, pattern: str) -> None:
    with pytest.raises(ChartBindingError, match=pattern):
        plot_table(args[0], _squares(), args[1])


def test_string_and_table_errors() -> None:
    with pytest.raises(ChartBindingError, match=r"spec 'line' has no string 'subtitle'; its "
                                                r"strings are: title"):
        plot_table("line", _squares(), {"x": "x", "y": "y"}, {"subtitle": "s"})
    with pytest.raises(ChartBindingError, match=r"`string_fields\['title'\]` must be a str"):
        plot_table("line", _squares(), {"x": "x", "y": "y"}, {"title": 3})
    with pytest.raises(ChartBindingError, match=r"`data_table` must be a vizlog.Table.*"
                                                r"vizlog.Table\(dataframe=df\)"):
        plot_table("line", [[1, 2]], {"x": "x", "y": "y"})  # type: ignore[arg-type]
    names = vizlog.Table(data=[["a", 1]], columns=["name", "v"])
    with pytest.raises(ChartBindingError, match=r"plots field 'x' as a quantity, so column "
                                                r"'name' must be numeric; it holds string"):
        plot_table("line", names, {"x": "name", "y": "v"})
    with pytest.raises(ChartBindingError, match="`split_table` must be a bool"):
        plot_table("line", _squares(), {"x": "x", "y": "y"}, split_table="yes")  # type: ignore


def test_a_bad_chart_writes_nothing(runs_dir: Path) -> None:
    with vizlog.init(dir=runs_dir) as run, pytest.raises(ChartBindingError):
        run.log({"c": plot_table("line", _squares(), {"x": "x", "y": "nope"})})
    assert _files(run.dir) == []
    assert vizlog.open_run(run.dir).history == []


def test_the_table_is_snapshotted_at_plot_time() -> None:
    table = _squares()
    chart = plot_table("line", table, {"x": "x", "y": "y"})
    before = chart.encode().data
    table.add_data(10, 100)
    assert chart.encode().data == before
    assert chart.table is not None and chart.table.nrows == 10


def test_user_spec_by_dict_and_path(tmp_path: Path) -> None:
    spec = {"$schema": "https://vega.github.io/schema/vega-lite/v6.json",
            "data": {"name": "points"}, "mark": "point",
            "encoding": {"x": {"field": "${field:across}", "type": "quantitative"},
                         "y": {"field": "${field:up}", "type": "quantitative"}},
            "title": "${string:title} (${field:up})"}
    chart = plot_table(spec, _squares(), {"across": "x", "up": "y"}, {"title": "Mine"})
    doc = chart.to_dict()
    assert doc["title"] == "Mine (y)" and "points" in doc["datasets"]
    path = tmp_path / "mine.vl.json"
    path.write_text(json.dumps(spec))
    assert plot_table(str(path), _squares(), {"across": "x", "up": "y"}).spec_name == "mine"
    assert "<svg" in chart.to_svg()


def test_vega_rows_make_json_ready_values() -> None:
    ts = pa.array([dt.datetime(2024, 1, 2, 3, 4, 5), None], type=pa.timestamp("us"))
    table = pa.table({"f": [1.5, float("nan")], "i": [1, None], "s": ["a", "b"], "t": ts,
                      "d": pa.array([dt.date(2024, 1, 1), dt.date(1970, 1, 2)]),
                      "b": pa.array([b"x", b"y"]), "l": [[1.0, float("inf")], []],
                      "dec": pa.array([1, 2], type=pa.decimal128(5, 2))})
    rows = vega_rows(table)
    assert rows[0] == {"f": 1.5, "i": 1, "s": "a", "t": 1704164645000, "d": 1704067200000,
                       "l": [1.0, None], "dec": 1.0}
    assert rows[1] == {"f": None, "i": None, "s": "b", "t": None, "d": 86400000, "l": [],
                       "dec": 2.0}


def test_media_columns_are_not_inlined() -> None:
    img = vizlog.Image(np.zeros((4, 4, 3), np.uint8))
    table = vizlog.Table(columns=["x", "img"], data=[[1.0, img], [2.0, img]])
    rows = plot_table("histogram", table, {"value": "x"}).to_dict()["datasets"]["table"]
    assert rows == [{"x": 1.0}, {"x": 2.0}]


def test_altair_chart_logged_directly(runs_dir: Path) -> None:
    import pandas as pd

    df = pd.DataFrame({"a": [1, 2, 3], "b": [3.0, 1.0, 2.0]})
    chart = alt.Chart(df).mark_bar().encode(x="a:Q", y="b:Q").properties(title="alt")
    with vizlog.init(dir=runs_dir) as run:
        run.log({"alt": chart})
    data = vizlog.open_run(run.dir)
    assert data.verify() == []
    desc = data.history[0]["alt"]
    assert desc["spec"] == "altair" and desc["table"]["nrows"] == 3
    [(_, back)] = data.media("alt")
    assert back.to_dict()["title"] == "alt"
    assert back.table.get_column("b") == [3.0, 1.0, 2.0]
    assert back.to_altair().to_dict()["title"] == "alt"
    with pytest.raises(ChartBindingError, match="never load remote data"):
        CustomChart.from_altair(alt.Chart("https://example.com/data.csv").mark_point())


def test_altair_is_imported_only_for_altair_values() -> None:
    code = ("import sys, vizlog, numpy as np, tempfile\n"
            "d = tempfile.mkdtemp()\n"
            "run = vizlog.init(dir=d)\n"
            "run.log({'t': vizlog.plot_table('line', vizlog.Table(columns=['x', 'y'], "
            "data=[[1, 2]]), {'x': 'x', 'y': 'y'}), 'n': 1})\n"
            "run.finish()\n"
            "print(sorted(m for m in ('altair', 'vl_convert', 'jsonschema', 'sklearn') "
            "if m in sys.modules))\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True)
    assert out.stdout.strip() == "[]"


def test_rendering_and_jupyter() -> None:
    chart = plot_table("line", _squares(), {"x": "x", "y": "y"}, {"title": "T"})
    assert chart.to_png()[:8] == b"\x89PNG\r\n\x1a\n"
    html = chart.to_html()
    assert "<html" in html and 'src="http' not in html
    bundle = chart._repr_mimebundle_()
    assert bundle["application/vnd.vegalite.v6+json"]["title"] == "T"
    assert bundle["image/svg+xml"].startswith("<svg")
    assert repr(chart) == "<vizlog.CustomChart 'line' 10 rows>"
    assert type(chart.to_altair()).__name__ == "Chart"
    assert type(vizlog.plot.roc_curve([0, 1, 0, 1], [[0.6, 0.4], [0.3, 0.7], [0.8, 0.2],
                                                     [0.1, 0.9]]).to_altair()).__name__ \
        == "LayerChart"


def test_rendering_never_fetches() -> None:
    chart = CustomChart._literal(
        {"$schema": "https://vega.github.io/schema/vega-lite/v6.json",
         "data": {"url": "https://example.com/x.csv"}, "mark": "point"}, None,
        {"_type": "custom-chart", "spec": "inline"})
    with pytest.raises(Exception, match="External data url not allowed"):
        chart.to_svg()
