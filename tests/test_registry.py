"""vizlog.registry: the one list of types, and everything that must derive from it.

Adding a type to the registry without its docs page, golden cases, viewer preview, contract case
or demo use fails here (or in tests/test_contract.py for the contract case).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import vizlog
from tests.contracts import CASES
from vizlog import registry
from vizlog.media._base import Media
from vizlog.viewer.previews import PREVIEWS

ROOT = Path(__file__).resolve().parent.parent
ENTRIES = registry.entries()
IDS = [e.type_name for e in ENTRIES]


@pytest.mark.parametrize("entry", ENTRIES, ids=IDS)
def test_entry_loads_its_class(entry: registry.Entry) -> None:
    cls = entry.load()
    assert issubclass(cls, Media) and cls.type_name == entry.type_name
    assert registry.lookup(entry.type_name) is cls
    if cls.list_type_name:
        assert registry.lookup(cls.list_type_name) is cls
        assert registry.is_list_type(cls.list_type_name)


@pytest.mark.parametrize("entry", ENTRIES, ids=IDS)
def test_entry_has_a_docs_page_linked_from_the_index(entry: registry.Entry) -> None:
    page = ROOT / "docs" / "formats" / entry.docs
    assert page.is_file(), f"{entry.type_name}: write docs/formats/{entry.docs}"
    index = (ROOT / "docs" / "formats" / "README.md").read_text(encoding="utf-8")
    assert f"({entry.docs})" in index and f"`{entry.type_name}`" in index


@pytest.mark.parametrize("entry", ENTRIES, ids=IDS)
def test_entry_has_golden_cases(entry: registry.Entry) -> None:
    cases = list((ROOT / "golden" / entry.golden).glob("*/expected"))
    assert cases, f"{entry.type_name}: add golden cases under golden/{entry.golden}/"


@pytest.mark.parametrize("entry", ENTRIES, ids=IDS)
def test_entry_has_a_viewer_preview_and_a_contract_case(entry: registry.Entry) -> None:
    assert entry.preview is None or entry.preview in PREVIEWS
    assert entry.type_name in CASES


@pytest.mark.parametrize("entry", [e for e in ENTRIES if e.public], ids=lambda e: e.type_name)
def test_public_entries_are_exported(entry: registry.Entry) -> None:
    assert getattr(vizlog, str(entry.public)) is entry.load()
    assert entry.public in vizlog.__all__


def test_the_demo_logs_every_previewed_type() -> None:
    source = (ROOT / "vizlog" / "demo.py").read_text(encoding="utf-8")
    logged = set(re.findall(r"vizlog\.(\w+)\(", source)) | set(re.findall(r"plot\.\w+", source))
    for entry in ENTRIES:
        if entry.preview is None:
            continue
        uses = entry.public in logged or (entry.type_name == "custom-chart" and any(
            name.startswith("plot.") for name in logged))
        assert uses, f"the demo does not log {entry.type_name}"


def test_convert_asks_only_types_whose_modules_match() -> None:
    class Local:
        pass

    assert registry.convert(Local()) is None
    pd = pytest.importorskip("pandas")
    assert isinstance(registry.convert(pd.DataFrame({"a": [1]})), vizlog.Table)


def test_unknown_types() -> None:
    assert registry.lookup("plotly-file") is None and registry.entry("nope") is None
    with pytest.raises(KeyError):
        registry.media_class("nope")
