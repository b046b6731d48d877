"""Generated run display names in wandb's ``adjective-noun-N`` form (``"misty-river-7"``).

``N`` is the run's number (wandb: the run count of the project); the words are drawn from
vizlog's own lists with the given ``random.Random`` (or seed), so a seed gives the same name.
"""

from __future__ import annotations

import random
import re

from vizlog.errors import UsageError, describe

__all__ = ["ADJECTIVES", "NOUNS", "generate_name", "is_generated_name"]

ADJECTIVES: tuple[str, ...] = (
    "amber", "ancient", "autumn", "bold", "brave", "breezy", "bright", "calm", "clever",
    "cosmic", "crimson", "crisp", "dainty", "dapper", "dazzling", "deep", "dusky", "eager",
    "earnest", "electric", "elegant", "fearless", "fiery", "frosty", "gentle", "gilded",
    "glowing", "golden", "graceful", "hazy", "hidden", "honest", "icy", "jolly", "keen",
    "lively", "lucky", "lunar", "mellow", "misty", "nimble", "noble", "olive", "patient",
    "polished", "proud", "quiet", "radiant", "rapid", "rosy", "rustic", "serene", "silent",
    "silver", "sleek", "snowy", "solar", "spry", "steady", "stellar", "stormy", "sunny",
    "swift", "tidy", "twilight", "vivid", "wandering", "warm", "wild", "witty", "woven",
    "young", "zesty",
)

NOUNS: tuple[str, ...] = (
    "aurora", "badger", "bay", "beacon", "birch", "brook", "canyon", "cedar", "cloud",
    "comet", "coral", "crane", "creek", "dawn", "delta", "dune", "eagle", "ember", "falcon",
    "fern", "field", "firefly", "fjord", "forest", "fox", "galaxy", "glacier", "grove",
    "harbor", "hawk", "heron", "hill", "island", "lagoon", "lake", "lantern", "lark",
    "leaf", "meadow", "meteor", "moon", "moss", "nebula", "oak", "ocean", "orchid", "otter",
    "owl", "pebble", "pine", "planet", "plateau", "pond", "prairie", "quasar", "rain",
    "reef", "ridge", "river", "sea", "shadow", "sky", "snow", "sparrow", "spring", "star",
    "stone", "storm", "sun", "thunder", "tide", "valley", "wave", "willow", "wind", "wolf",
)

_NAME_RE = re.compile(r"^([a-z]+)-([a-z]+)-([1-9][0-9]*)$")


def generate_name(number: int, rng: random.Random | int | None = None) -> str:
    """``adjective-noun-number``. ``rng`` is a ``random.Random`` (advanced by two draws), an
    int seed, or ``None`` for a fresh unseeded generator. ``number`` must be an int >= 1."""
    if isinstance(number, bool) or not isinstance(number, int) or number < 1:
        raise UsageError(f"`number` must be an int >= 1 (the run's number); got "
                         f"{describe(number)}.")
    if rng is None or (isinstance(rng, int) and not isinstance(rng, bool)):
        rng = random.Random(rng)
    if not isinstance(rng, random.Random):
        raise UsageError(f"`rng` must be a random.Random, an int seed or None; got "
                         f"{describe(rng)}.")
    return f"{rng.choice(ADJECTIVES)}-{rng.choice(NOUNS)}-{number}"


def is_generated_name(name: str) -> bool:
    """True if ``name`` has the generated form with words from these lists."""
    m = _NAME_RE.match(name)
    return m is not None and m.group(1) in ADJECTIVES and m.group(2) in NOUNS
