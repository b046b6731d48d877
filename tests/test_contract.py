"""The contract every registered media type honours (cases in tests/contracts.py)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import vizlog
from tests.contracts import CASES
from vizlog.registry import ENTRIES
from vizlog.runlog.writer import store_media
from vizlog.store import Store

TYPES = sorted(ENTRIES)


def test_every_registered_type_has_a_contract_case() -> None:
    assert sorted(set(ENTRIES) - set(CASES)) == []
    assert sorted(set(CASES) - set(ENTRIES)) == []


@pytest.mark.parametrize("type_name", TYPES)
def test_encode_is_deterministic(type_name: str) -> None:
    case = CASES[type_name]
    a, b = case.make(), case.make()
    ea, eb = a.encode(), b.encode()
    assert ea.data == eb.data
    assert ea.fields == eb.fields
    assert a.encode().data == ea.data  # encoding twice gives the same bytes too
    assert ea.fields["_type"] == type_name


@pytest.mark.parametrize("type_name", TYPES)
def test_descriptor_is_strict_sorted_json(type_name: str, tmp_path: Path) -> None:
    obj = CASES[type_name].make()
    desc = store_media(Store(tmp_path), "k", 0, obj)
    text = vizlog._json.dumps(desc)

    def refuse(name: str) -> None:
        raise AssertionError(f"non-strict constant {name}")

    parsed = json.loads(text, parse_constant=refuse)
    assert list(parsed) == sorted(parsed)
    assert parsed["_type"] == type_name
    if "path" in parsed:
        assert (tmp_path / parsed["path"]).is_file()
        assert (tmp_path / parsed["path"]).stat().st_size == parsed["size"]


@pytest.mark.parametrize("type_name", TYPES)
def test_read_back_equals_input(type_name: str, runs_dir: Path) -> None:
    case = CASES[type_name]
    obj = case.make()
    with vizlog.init(dir=runs_dir) as run:
        run.log({"value": obj})
    data = vizlog.open_run(run.dir)
    assert data.verify() == []
    [(step, back)] = data.media("value")
    assert step == 0
    case.check(obj, back)


@pytest.mark.parametrize(("type_name", "index"),
                         [(t, i) for t in TYPES for i in range(len(CASES[t].bad))])
def test_documented_bad_inputs_raise(type_name: str, index: int) -> None:
    make, err, pattern = CASES[type_name].bad[index]
    with pytest.raises(err, match=pattern):
        make()
