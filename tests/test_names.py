"""vizlog.runlog.names: generated adjective-noun-N display names."""

from __future__ import annotations

import random

import pytest

from vizlog.errors import UsageError
from vizlog.runlog.names import ADJECTIVES, NOUNS, generate_name, is_generated_name


def test_same_seed_same_name_and_form() -> None:
    a = generate_name(7, rng=42)
    assert a == generate_name(7, rng=42)
    assert a == generate_name(7, rng=random.Random(42))
    adj, noun, n = a.split("-")
    assert adj in ADJECTIVES and noun in NOUNS and n == "7"
    assert is_generated_name(a)


def test_rng_is_advanced_and_names_vary() -> None:
    rng = random.Random(0)
    names = {generate_name(1, rng) for _ in range(50)}
    assert len(names) > 40


def test_word_lists_are_unique_lowercase_words() -> None:
    for words in (ADJECTIVES, NOUNS):
        assert len(set(words)) == len(words) >= 60
        assert all(w.isalpha() and w.islower() for w in words)


def test_is_generated_name() -> None:
    assert not is_generated_name("my-run")
    assert not is_generated_name("misty-river-0")
    assert not is_generated_name("xyzzy-river-3")
    assert is_generated_name("misty-river-12")


@pytest.mark.parametrize(("number", "rng", "match"), [
    (0, 1, r"`number` must be an int >= 1"),
    (True, 1, r"`number` must be an int >= 1"),
    (1.0, 1, r"`number` must be an int >= 1"),
    (1, "seed", r"`rng` must be a random.Random"),
])
def test_bad_arguments(number: object, rng: object, match: str) -> None:
    with pytest.raises(UsageError, match=match):
        generate_name(number, rng)  # type: ignore[arg-type]
