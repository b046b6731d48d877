"""vizlog.charts.specs: the spec files, the placeholder convention, the registry."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from vizlog.charts import specs
from vizlog.charts.specs import WANDB_IDS, check_spec, get_spec, register_spec
from vizlog.errors import ChartBindingError

altair = pytest.importorskip("altair")
jsonschema = pytest.importorskip("jsonschema")

BUILTINS = specs.builtin_names()
DOCS = Path(__file__).resolve().parent.parent / "docs" / "charts"
V6 = "https://vega.github.io/schema/vega-lite/v6.4.1.json"


@pytest.fixture(autouse=True)
def _clean_registry():
    yield
    for name in list(specs._user):
        specs.unregister_spec(name)


def _minimal(**extra: object) -> dict:
    spec = {"$schema": V6, "data": {"name": "table"}, "mark": "point",
            "encoding": {"x": {"field": "${field:x}", "type": "quantitative"}},
            "title": "${string:title}"}
    spec.update(extra)
    return spec


def test_the_builtin_set() -> None:
    assert BUILTINS == ["area_under_curve", "bar", "confusion_matrix", "histogram", "line",
                        "line_series", "line_series_ordinal", "pr_curve", "roc_curve", "scatter"]
    assert set(WANDB_IDS.values()) <= set(BUILTINS)


@pytest.mark.parametrize("name", BUILTINS)
def test_builtin_spec_is_valid_vega_lite_v6(name: str) -> None:
    raw = json.loads((specs.BUILTIN_DIR / f"{name}.vl.json").read_text())
    major = re.match(r"v(\d+)", altair.SCHEMA_VERSION).group(1)  # type: ignore[union-attr]
    assert re.fullmatch(rf"https://vega.github.io/schema/vega-lite/v{major}\.\d+\.\d+\.json",
                        raw["$schema"])
    schema_file = Path(altair.__file__).parent / "vegalite" / "v6" / "schema" / \
        "vega-lite-schema.json"
    schema = json.loads(schema_file.read_text())
    errors = list(jsonschema.validators.validator_for(schema)(schema).iter_errors(raw))
    assert errors == []
    assert specs.schema_errors(raw) == []
    assert raw["data"] == {"name": "table"}
    meta = raw["usermeta"]["vizlog"]
    assert meta["name"] == name
    spec = get_spec(name)
    assert set(spec.fields) == set(meta["fields"]) and set(spec.strings) == set(meta["strings"])
    assert (DOCS / f"{name}.md").is_file(), f"docs/charts/{name}.md is missing"


@pytest.mark.parametrize("alias", ["line", "vizlog/line", "wandb/line/v0"])
def test_names_and_wandb_ids(alias: str) -> None:
    assert get_spec(alias).name == "line"
    assert get_spec("wandb/area-under-curve/v0").name == "area_under_curve"
    assert get_spec("wandb/confusion_matrix/v1").name == "confusion_matrix"


def test_unknown_name_lists_the_known_ones() -> None:
    with pytest.raises(ChartBindingError, match=r"unknown spec 'nope'; known specs are: "
                       r"area_under_curve, bar, .*wandb/line/v0.*register"):
        get_spec("nope")
    with pytest.raises(ChartBindingError, match="must be a spec name"):
        get_spec(42)


def test_declared_fields_strings_and_defaults() -> None:
    line = get_spec("line")
    assert {k: (f.required, f.numeric) for k, f in line.fields.items()} == {
        "stroke": (False, False), "x": (True, True), "y": (True, True)}
    assert line.strings == {"title": ""}
    assert get_spec("roc_curve").strings == {"title": "ROC Curve",
                                             "x-axis-title": "False positive rate",
                                             "y-axis-title": "True positive rate"}


def test_resolve_fills_placeholders_and_drops_unbound_optional_fields() -> None:
    line = get_spec("line")
    doc = line.resolve({"x": "a.b", "y": "c[0]", "stroke": None}, {"title": "T"})
    assert doc["encoding"]["x"]["field"] == "a\\.b"
    assert doc["encoding"]["y"]["field"] == "c\\[0\\]"
    assert "color" not in doc["encoding"]
    assert doc["title"] == "T"
    assert "${" not in json.dumps({k: v for k, v in doc.items() if k != "usermeta"})
    doc = line.resolve({"x": "a", "y": "b", "stroke": "g"}, {"title": ""})
    assert doc["encoding"]["color"]["field"] == "g"


def test_embedded_placeholders_are_inserted_verbatim() -> None:
    spec = check_spec(_minimal(title="${string:title} of ${field:x}"), "t")
    doc = spec.resolve({"x": "a.b"}, {"title": "Plot"})
    assert doc["title"] == "Plot of a.b"
    assert doc["encoding"]["x"]["field"] == "a\\.b"


def test_user_spec_without_usermeta_requires_every_field() -> None:
    spec = check_spec(_minimal(), "t")
    assert spec.fields["x"].required and spec.strings == {"title": ""}


@pytest.mark.parametrize(("bad", "pattern"), [
    ({"data": {"url": "https://example.com/d.csv"}}, r"must read one named data source"),
    ({"layer": [{"data": {"url": "https://example.com/d.csv"}, "mark": "point"}]},
     r"has a \"url\" at layer\[0\]\.data: vizlog specs never load remote data"),
    ({"mark": {"type": "image", "url": "https://example.com/x.png"}}, r"\"url\" at mark"),
    ({"encoding": {"url": {"field": "u"}}}, r"\"url\" at encoding"),
    ({"$schema": "https://vega.github.io/schema/vega/v5.json"}, r"Vega-Lite v6 \(or v5\)"),
    ({"data": {"values": [{"a": 1}]}}, r"one named data source"),
    ({"encoding": {"${field:x}": {"value": 1}}}, r"placeholder in the key"),
    ({"usermeta": {"vizlog": {"fields": {"x": {}, "z": {}}}}},
     r"declared but unused: \['z'\]"),
    ({"usermeta": {"vizlog": {"fields": {"x": {"required": False}}}}, "title": "${field:x}"},
     r"optional field 'x' may only appear as a whole \"field\" value"),
    ({"usermeta": {"vizlog": {"strings": {"title": {"default": 3}}}}},
     r"used but undeclared|default of string"),
])
def test_bad_specs_are_refused(bad: dict, pattern: str) -> None:
    with pytest.raises(ChartBindingError, match=pattern):
        check_spec(_minimal(**bad), "bad")


def test_register_a_dict_a_file_and_a_folder(tmp_path: Path) -> None:
    register_spec("mine", _minimal())
    assert get_spec("mine").name == "mine"
    path = tmp_path / "dots.vl.json"
    path.write_text(json.dumps(_minimal(mark="circle")))
    register_spec("team/dots", path)
    assert get_spec("team/dots").source == str(path)
    assert get_spec(str(path)).name == "dots"  # a path works as a name too
    assert get_spec(path).sha256 == get_spec("team/dots").sha256
    (tmp_path / "bars.vl.json").write_text(json.dumps(_minimal(mark="bar")))
    assert specs.register_spec_folder(tmp_path, prefix="lab/") == ["lab/bars", "lab/dots"]
    assert {"lab/bars", "lab/dots", "mine", "team/dots"} <= set(specs.known_specs())


def test_register_refusals(tmp_path: Path) -> None:
    with pytest.raises(ChartBindingError, match="belongs to a built-in spec"):
        register_spec("line", _minimal())
    with pytest.raises(ChartBindingError, match="belongs to a built-in spec"):
        register_spec("wandb/line/v0", _minimal())
    register_spec("mine", _minimal())
    with pytest.raises(ChartBindingError, match="overwrite=True"):
        register_spec("mine", _minimal(mark="bar"))
    register_spec("mine", _minimal(mark="bar"), overwrite=True)
    with pytest.raises(ChartBindingError, match=r"not valid Vega-Lite v6: at mark"):
        register_spec("broken", _minimal(mark="blob"))
    register_spec("broken", _minimal(mark="blob"), validate=False)
    with pytest.raises(ChartBindingError, match=r"holds no \.vl\.json files"):
        specs.register_spec_folder(tmp_path)
    (tmp_path / "x.vl.json").write_text("{not json")
    with pytest.raises(ChartBindingError, match="is not valid JSON"):
        specs.register_spec_folder(tmp_path)
    with pytest.raises(ChartBindingError, match="cannot be read"):
        register_spec("gone", tmp_path / "missing.vl.json")


def test_spec_hash_is_of_the_canonical_template() -> None:
    a = check_spec(_minimal(), "a")
    b = check_spec(json.loads(json.dumps(_minimal(), indent=4)), "b")
    assert a.sha256 == b.sha256 and len(a.sha256) == 64


@pytest.mark.parametrize("where", ["encoding", "usermeta"])
def test_deeply_nested_spec_is_a_binding_error_not_recursion(where: str) -> None:
    deep: dict = {}
    node = deep
    for _ in range(3000):
        node["a"] = {}
        node = node["a"]
    spec = {"$schema": "https://vega.github.io/schema/vega-lite/v6.json",
            "data": {"name": "table"}, "mark": "point", where: deep}
    with pytest.raises(ChartBindingError, match=r"nested more than 100 levels deep \(at " + where):
        check_spec(spec, "deep")
