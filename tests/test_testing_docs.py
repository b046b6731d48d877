"""docs/testing.md: every python example runs as a test module (created, then passing), and the
ini example is accepted."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

pytest_plugins = ["pytester"]

ROOT = Path(__file__).resolve().parent.parent
DOC = ROOT / "docs" / "testing.md"


def _blocks(lang: str) -> list[str]:
    return re.findall(rf"^```{lang}\n(.*?)^```$", DOC.read_text(encoding="utf-8"),
                      flags=re.S | re.M)


PYTHON = _blocks("python")


def test_the_page_has_an_example_per_type() -> None:
    text = "\n".join(PYTHON)
    for needle in ("vizlog.Image(", "vizlog.Video(", "vizlog.Audio(", "vizlog.Table(",
                   "vizlog.plot.line(", "alt.Chart(", "vizlog.Object3D(", "vizlog.Html(",
                   "vizlog.Histogram(", "vizlog.init(", "files={", 'format="gif"',
                   'format="mp3"', "mask=["):
        assert needle in text, needle


@pytest.mark.parametrize("index", range(len(PYTHON)))
def test_example_runs(index: int, pytester: pytest.Pytester,
                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PYTHONPATH", str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    code = PYTHON[index]
    tests = len(re.findall(r"^def test_", code, flags=re.M))
    assert tests
    pytester.makepyfile(test_example=code)
    first = pytester.runpytest("-p", "no:cacheprovider")
    first.assert_outcomes(failed=tests)  # nothing accepted yet
    first.stdout.fnmatch_lines(["*has no expected output*--update-golden*"])
    update = pytester.runpytest("--update-golden", "-p", "no:cacheprovider")
    update.assert_outcomes(passed=tests)
    update.stdout.fnmatch_lines([f"{tests} created, 0 changed, 0 left alone (unchanged)"])
    pytester.runpytest("-p", "no:cacheprovider").assert_outcomes(passed=tests)
    again = pytester.runpytest("--update-golden", "-p", "no:cacheprovider")
    again.stdout.fnmatch_lines([f"0 created, 0 changed, {tests} left alone (unchanged)"])


def test_ini_example_is_accepted(pytester: pytest.Pytester) -> None:
    [ini] = _blocks("ini")
    pytester.makeini(ini)
    pytester.makepyfile(test_ini='''
def test_thresholds(golden):
    assert (golden.thresholds.psnr, golden.thresholds.rtol) == (35.0, 1e-5)
''')
    pytester.runpytest().assert_outcomes(passed=1)
    names = re.findall(r"`golden_(\w+)`", DOC.read_text(encoding="utf-8"))
    from vizlog.golden.compare import Thresholds

    assert sorted(set(names) - {"dir"}) == sorted(Thresholds.names())
