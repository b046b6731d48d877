"""Every ```python block of README.md and docs/**/*.md runs, as written, in the test suite.

The blocks of one file run in order in one namespace (a later block uses what an earlier one
made), in a temporary working directory of their own; each block is one test case named
``<file>:<line of its opening fence>``. Selecting a later block alone runs the earlier blocks of
its file first. An HTML comment on the line just before a block changes how it runs (the markers
are documented in CONTRIBUTING.md):

* ``<!-- doc-test: needs=image.png,take3.mp3 -->``: the files are created in the working
  directory first, from the fixtures in ``FIXTURES`` (an unknown name fails);
* ``<!-- doc-test: pytest -->``: the block is a test module of the reader's own; it is written
  to a file and run by pytest in a subprocess, once with ``--update-golden`` and once without;
* ``<!-- doc-test: skip reason=... -->``: not run (only for text that cannot run, such as a
  shell session; keep these rare).
* ``<!-- doc-test: requires=torch -->``: skipped when the module cannot be imported (an optional
  dependency vizlog does not install), unless ``VIZLOG_REQUIRE_TORCH=1`` asks for it.
* ``<!-- doc-test: s3=my-bucket -->``: the block runs against the tests' S3 server (moto on
  127.0.0.1, tests/s3server.py) with its throwaway credentials and ``AWS_ENDPOINT_URL`` in the
  environment, and the bucket ``my-bucket`` exists on it.

A run left active by a file's blocks is finished after its last block.
"""

from __future__ import annotations

import importlib.util
import os
import re
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import pytest

import vizlog

ROOT = Path(__file__).resolve().parent.parent
DOC_FILES = [ROOT / "README.md", *sorted((ROOT / "docs").rglob("*.md"))]
_FENCE = re.compile(r"^```(\w*)\s*$")
_MARKER = re.compile(r"^<!--\s*doc-test:\s*(.*?)\s*-->$")


def _image_png(path: Path) -> None:
    from PIL import Image as PILImage

    rgb = np.random.default_rng(0).integers(0, 256, size=(32, 48, 3), dtype=np.uint8)
    PILImage.fromarray(rgb).save(path)


def _rollout_mp4(path: Path) -> None:
    frames = np.random.default_rng(1).integers(0, 256, size=(6, 3, 32, 32), dtype=np.uint8)
    path.write_bytes(vizlog.Video(frames, fps=4).encode().data)


def _take3_mp3(path: Path) -> None:
    t = np.arange(16000) / 16000
    samples = (0.3 * np.sin(2 * np.pi * 440 * t)).astype(np.float32)
    path.write_bytes(vizlog.Audio(samples, sample_rate=16000, format="mp3").encode().data)


FIXTURES: dict[str, Callable[[Path], None]] = {
    "image.png": _image_png,
    "rollout.mp4": _rollout_mp4,
    "take3.mp3": _take3_mp3,
}


@dataclass(frozen=True)
class Block:
    path: str                  # relative to the repository root
    line: int                  # 1-based line of the opening fence
    code: str
    needs: tuple[str, ...] = ()
    skip: str | None = None
    pytest_module: bool = False
    requires: tuple[str, ...] = ()
    s3: str | None = None


def parse_marker(text: str, where: str) -> dict[str, Any]:
    """The options of one ``doc-test:`` marker; an unknown option is an error."""
    opts: dict[str, Any] = {}
    if text.startswith("skip"):
        reason = text[4:].strip()
        if not reason.startswith("reason=") or not reason[7:].strip():
            raise ValueError(f"{where}: `doc-test: skip` needs `reason=...`; got {text!r}.")
        opts["skip"] = reason[7:].strip()
        return opts
    for word in text.split():
        if word == "pytest":
            opts["pytest_module"] = True
        elif word.startswith("requires=") and word[9:]:
            opts["requires"] = tuple(n for n in word[9:].split(",") if n)
        elif word.startswith("s3=") and word[3:]:
            opts["s3"] = word[3:]
        elif word.startswith("needs="):
            names = tuple(n for n in word[6:].split(",") if n)
            unknown = sorted(set(names) - set(FIXTURES))
            if unknown or not names:
                raise ValueError(f"{where}: `needs=` names files the runner can make: "
                                 f"{sorted(FIXTURES)}; got {unknown or word!r}. Add a fixture "
                                 "to FIXTURES in tests/test_docs.py.")
            opts["needs"] = names
        else:
            raise ValueError(f"{where}: unknown doc-test option {word!r}; use needs=, pytest, "
                             "requires=, s3= or skip reason=...")
    return opts


def parse_blocks(text: str, path: str) -> list[Block]:
    """The ```python blocks of one markdown text, with the marker on the line before each."""
    lines = text.splitlines()
    blocks: list[Block] = []
    i = 0
    while i < len(lines):
        m = _FENCE.match(lines[i].strip())
        if m is None:
            i += 1
            continue
        end = i + 1
        while end < len(lines) and lines[end].strip() != "```":
            end += 1
        if end == len(lines):
            raise ValueError(f"{path}:{i + 1}: code block is not closed.")
        if m.group(1) == "python":
            marker = _MARKER.match(lines[i - 1].strip()) if i > 0 else None
            opts = parse_marker(marker.group(1), f"{path}:{i}") if marker else {}
            blocks.append(Block(path, i + 1, "\n".join(lines[i + 1:end]) + "\n", **opts))
        i = end + 1
    return blocks


def _all_blocks() -> list[Block]:
    out = []
    for doc in DOC_FILES:
        out += parse_blocks(doc.read_text(encoding="utf-8"), doc.relative_to(ROOT).as_posix())
    return out


BLOCKS = _all_blocks()


@dataclass
class _FileSession:
    """The state of one markdown file's blocks: namespace, folder, what ran and what failed."""

    folder: Path
    blocks: list[Block]
    namespace: dict[str, Any] = field(default_factory=lambda: {"__name__": "__doc__"})
    done: int = 0
    failed: str | None = None


_SESSIONS: dict[str, _FileSession] = {}


@pytest.fixture
def _no_active_run() -> Iterator[None]:
    """Overrides conftest's: a file's blocks share their run; it ends after the file's last."""
    yield


@pytest.fixture(scope="module", autouse=True)
def _finish_left_over_runs() -> Iterator[None]:
    yield
    _finish_active_run()


def _finish_active_run() -> None:
    if vizlog.run is not None:
        vizlog.run.finish()
    from vizlog.runlog import active

    active.set_active(None)


def _run_pytest_module(block: Block, folder: Path) -> None:
    module = folder / f"test_doc_{Path(block.path).stem.replace('-', '_')}_{block.line}.py"
    module.write_text(block.code, encoding="utf-8")
    for extra in (["--update-golden"], []):
        out = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
                              "--rootdir", str(folder), *extra, module.name],
                             cwd=folder, capture_output=True, text=True, timeout=300)
        if out.returncode != 0:
            raise AssertionError(f"pytest {' '.join(extra)} on the block failed:\n"
                                 f"{out.stdout[-3000:]}\n{out.stderr[-2000:]}")


def _s3_environment(bucket: str, request: pytest.FixtureRequest,
                    monkeypatch: pytest.MonkeyPatch) -> None:
    """The tests' S3 server in the environment, with ``bucket`` on it (the ``s3=`` marker)."""
    from tests.s3server import CLEARED, S3, environment

    endpoint = request.getfixturevalue("s3_endpoint")
    for name in CLEARED:
        monkeypatch.delenv(name, raising=False)
    for name, value in environment(endpoint).items():
        monkeypatch.setenv(name, value)
    fs = S3(endpoint, bucket).fs()
    if not fs.exists(bucket):
        fs.mkdir(bucket)


def _run_one(session: _FileSession, block: Block) -> None:
    for name in block.needs:
        target = session.folder / name
        if not target.exists():
            FIXTURES[name](target)
    if block.pytest_module:
        _run_pytest_module(block, session.folder)
        return
    # blank lines first, so that tracebacks name the markdown file's own line numbers
    code = compile("\n" * block.line + block.code, str(ROOT / block.path), "exec")
    exec(code, session.namespace)


@pytest.mark.parametrize("block", [pytest.param(b, id=f"{b.path}:{b.line}") for b in BLOCKS])
def test_doc_block(block: Block, tmp_path_factory: pytest.TempPathFactory,
                   monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest) -> None:
    session = _SESSIONS.get(block.path)
    if session is None:
        _finish_active_run()
        folder = tmp_path_factory.mktemp(re.sub(r"\W", "_", block.path))
        session = _SESSIONS[block.path] = _FileSession(
            folder, [b for b in BLOCKS if b.path == block.path])
    monkeypatch.chdir(session.folder)
    index = session.blocks.index(block)
    try:
        while session.done <= index:
            current = session.blocks[session.done]
            if session.failed is not None:
                pytest.fail(f"an earlier block of {block.path} failed ({session.failed}), so "
                            "this one cannot run.")
            session.done += 1
            if current.skip is not None:
                if current is block:
                    pytest.skip(current.skip)
                continue
            missing = [m for m in current.requires if importlib.util.find_spec(m) is None]
            if missing and os.environ.get("VIZLOG_REQUIRE_TORCH") != "1":
                if current is block:
                    pytest.skip(f"needs {', '.join(missing)} (not installed)")
                continue
            try:
                if current.s3 is not None:
                    _s3_environment(current.s3, request, monkeypatch)
                _run_one(session, current)
            except BaseException as exc:
                session.failed = f"line {current.line}: {type(exc).__name__}: {exc}"
                raise
    finally:
        if session.done == len(session.blocks) or session.failed is not None:
            _finish_active_run()


def test_the_runner_parses_markers_and_refuses_unknown_ones() -> None:
    text = ("x\n```python\na = 1\n```\n<!-- doc-test: needs=image.png -->\n```python\nb = 2\n"
            "```\n```json\n{}\n```\n<!-- doc-test: skip reason=shell session -->\n```python\n"
            "$ vizlog view RUN\n```\n<!-- doc-test: pytest -->\n```python\ndef test_x(): pass\n"
            "```\n")
    blocks = parse_blocks(text, "t.md")
    assert [(b.line, b.code, b.needs, b.skip, b.pytest_module) for b in blocks] == [
        (2, "a = 1\n", (), None, False), (6, "b = 2\n", ("image.png",), None, False),
        (13, "$ vizlog view RUN\n", (), "shell session", False),
        (17, "def test_x(): pass\n", (), None, True)]
    with pytest.raises(ValueError, match=r"t.md:1: `needs=` names files the runner can make"):
        parse_blocks("<!-- doc-test: needs=nope.bin -->\n```python\n```\n", "t.md")
    [s3_block] = parse_blocks("<!-- doc-test: s3=my-bucket -->\n```python\nx = 1\n```\n", "t.md")
    assert s3_block.s3 == "my-bucket"
    with pytest.raises(ValueError, match=r"unknown doc-test option 'sometimes'"):
        parse_blocks("<!-- doc-test: sometimes -->\n```python\n```\n", "t.md")
    with pytest.raises(ValueError, match=r"needs `reason=...`"):
        parse_blocks("<!-- doc-test: skip -->\n```python\n```\n", "t.md")
    with pytest.raises(ValueError, match=r"t.md:1: code block is not closed"):
        parse_blocks("```python\nx = 1\n", "t.md")


def test_every_doc_file_is_read_and_skips_stay_rare() -> None:
    assert ROOT / "docs" / "design.md" in DOC_FILES
    assert len(BLOCKS) >= 19
    skipped = [f"{b.path}:{b.line}" for b in BLOCKS if b.skip is not None]
    assert len(skipped) <= 2, skipped
