"""Artifact, model, type and alias names; the ``name:alias`` form."""

from __future__ import annotations

import pytest

from vizlog.artifacts.names import (
    Spec,
    check_alias,
    check_aliases,
    check_model_name,
    check_name,
    check_type,
    parse_spec,
)
from vizlog.errors import UsageError, UsageTypeError


@pytest.mark.parametrize("name", ["mnist", "a.b-c_d", "A1", "x" * 128])
def test_names_wandb_accepts_are_accepted(name: str) -> None:
    assert check_name(name) == name


@pytest.mark.parametrize("name", ["my data", "a/b", "a:b", "", "x" * 129, ".", "..", "é"])
def test_bad_names_are_refused_with_the_rule(name: str) -> None:
    with pytest.raises(UsageError, match=r"`name` must be an artifact name of 1\.\.128 letters"):
        check_name(name)


def test_a_name_that_is_not_text_is_a_type_error() -> None:
    with pytest.raises(UsageTypeError, match=r"`name` must be a str; got int"):
        check_name(3)


def test_model_names_refuse_slashes_and_dots() -> None:
    assert check_model_name("resnet-50_v2") == "resnet-50_v2"
    for bad in ("team/resnet", "resnet.v2", "res net"):
        with pytest.raises(UsageError, match=r"no '/', '\.' or spaces"):
            check_model_name(bad)


def test_types_and_aliases() -> None:
    assert check_type("dataset") == "dataset"
    with pytest.raises(UsageError, match="`type` must be an artifact type"):
        check_type("a/b")
    assert check_alias("best") == "best"
    with pytest.raises(UsageError, match="not of the form 'v<N>'"):
        check_alias("v3")
    assert check_aliases(None) == []
    assert check_aliases("prod") == ["prod"]
    assert check_aliases(["b", "a", "b"]) == ["a", "b"]
    with pytest.raises(UsageTypeError, match="`aliases` must be a list of str"):
        check_aliases(3)


def test_specs() -> None:
    assert parse_spec("mnist") == Spec("", "mnist", "latest", None)
    assert parse_spec("mnist:v12") == Spec("", "mnist", None, 12)
    assert parse_spec("proj/mnist:best") == Spec("proj", "mnist", "best", None)
    assert parse_spec("ent/proj/mnist:latest") == Spec("ent/proj", "mnist", "latest", None)
    assert str(parse_spec("mnist:v1")) == "mnist:v1"
    for bad in ("a/b/c/d:x", "/mnist", "mnist:", "m nist:v0"):
        with pytest.raises(UsageError, match="`name` must be"):
            parse_spec(bad)
