"""docs/guarantees.md: every test the page names exists, and every section backs its lines."""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PAGE = ROOT / "docs" / "guarantees.md"
REF = re.compile(r"tests/(test_\w+)\.py::(test_\w+)")


def _tests_in(module: str) -> set[str]:
    tree = ast.parse((ROOT / "tests" / f"{module}.py").read_text(encoding="utf-8"))
    return {node.name for node in tree.body
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef))
            and node.name.startswith("test_")}


def test_every_named_test_exists() -> None:
    refs = REF.findall(PAGE.read_text(encoding="utf-8"))
    assert len(refs) >= 40
    missing = []
    cache: dict[str, set[str]] = {}
    for module, name in refs:
        if not (ROOT / "tests" / f"{module}.py").is_file():
            missing.append(f"tests/{module}.py (for {name})")
            continue
        if name not in cache.setdefault(module, _tests_in(module)):
            missing.append(f"tests/{module}.py::{name}")
    assert missing == []


def test_every_guarantee_line_names_a_test() -> None:
    """Each bullet and each table row under a section names at least one test (bullets may
    run over several lines)."""
    text = PAGE.read_text(encoding="utf-8")
    body = text.split("\n## ", 1)[1]
    items: list[str] = []
    for line in body.splitlines():
        if line.startswith(("- ", "| ")) and not line.startswith(("| What", "|---")):
            items.append(line)
        elif line.startswith("  ") and items:
            items[-1] += " " + line.strip()
    unbacked = [item for item in items if not REF.search(item)]
    # lines that state what a hostile folder *can* do are limits, not promises
    allowed = {"- make reading take time and memory", "- hold any values it likes"}
    assert [i for i in unbacked if not i.startswith(tuple(allowed))] == []


def test_the_page_lists_each_cap_default_from_the_code() -> None:
    from vizlog import _json, read
    from vizlog.media import _caps, image, object3d

    text = PAGE.read_text(encoding="utf-8")
    assert f"{image.DEFAULT_MAX_PIXELS:,}" in text
    assert _caps.MAX_FRAME_PIXELS == image.DEFAULT_MAX_PIXELS
    assert _caps.MAX_VIDEO_PIXELS == 2**30 and "| 2**30 |" in text
    assert f"{_caps.MAX_VIDEO_FRAMES:,}" in text
    assert _caps.MAX_AUDIO_SAMPLES == 2**28 and "| 2**28 |" in text
    assert _caps.MAX_EMPTY_ACCESSOR_BYTES == 16 << 20 and "16 MiB" in text
    assert f"{object3d.DEFAULT_MAX_POINTS:,}" in text
    assert read.MAX_JSON_BYTES == 256 << 20 and "256 MiB" in text
    assert _caps.MAX_TABLE_BYTES == 2 << 30 and "| 2 GiB |" in text
    assert f"{_json.MAX_DEPTH} levels" in text
