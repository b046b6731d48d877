"""vizlog.testing: the golden fixture as users get it through the pytest plugin.

Every test here runs inner pytest sessions with ``pytester`` and checks their outcomes, messages
and the files they leave.
"""

from __future__ import annotations

import io
import math
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from PIL import Image as PILImage

from vizlog.testing import image_psnr_at_least, pixels_equal, psnr

pytest_plugins = ["pytester"]

ROOT = Path(__file__).resolve().parent.parent

TEST_FILE = '''
import numpy as np, vizlog

def test_case(golden):
    value = int(open("value.txt").read())
    enc = vizlog.Image(np.full((4, 4), value, np.uint8)).encode()
    golden.check("img/flat", descriptor=enc.fields, files={"image.png": enc.data})
'''

IMAGE_TEST = '''
import os, numpy as np, vizlog

def test_img(golden):
    arr = np.zeros((8, 8, 3), np.uint8)
    arr[2:4, 3:6] = int(os.environ.get("V", "0"))
    golden.check("img/one", vizlog.Image(arr))
'''


@pytest.fixture
def env(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    """Inner sessions (and xdist workers) import this checkout's vizlog."""
    monkeypatch.setenv("PYTHONPATH", str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    monkeypatch.delenv("V", raising=False)
    return monkeypatch


# -- the explicit form -----------------------------------------------------------------------------
def test_missing_expected_output_fails_with_the_fix(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(test_g=TEST_FILE)
    pytester.path.joinpath("value.txt").write_text("7")
    result = pytester.runpytest()
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*has no expected output*--update-golden*"])


def test_update_then_pass_then_fail_saves_actual(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(test_g=TEST_FILE)
    value = pytester.path / "value.txt"
    value.write_text("7")
    pytester.runpytest("--update-golden").assert_outcomes(passed=1)
    expected = pytester.path / "golden" / "img" / "flat" / "expected"
    assert sorted(p.name for p in expected.iterdir()) == ["descriptor.json", "image.png"]
    pytester.runpytest().assert_outcomes(passed=1)
    value.write_text("8")
    result = pytester.runpytest()
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*image.png: bytes differ (* expected, * actual)*"])
    actual = pytester.path / "golden" / "img" / "flat" / "actual"
    assert (actual / "image.png").is_file()
    value.write_text("7")
    pytester.runpytest().assert_outcomes(passed=1)
    assert not actual.exists()  # cleared once the case passes again


def test_json_mismatch_shows_a_diff(pytester: pytest.Pytester, env: pytest.MonkeyPatch) -> None:
    pytester.makepyfile(test_j='''
def test_j(golden):
    import os
    golden.check("j", descriptor={"a": int(os.environ.get("V", "1")), "b": [1, 2]})
''')
    pytester.runpytest("--update-golden").assert_outcomes(passed=1)
    env.setenv("V", "2")
    result = pytester.runpytest()
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*descriptor.json: JSON differs*first at $.a: '1' -> '2'*",
                                 '*- "a": 1,', '*+ "a": 2,'])


def test_compare_may_name_a_kind(pytester: pytest.Pytester, env: pytest.MonkeyPatch) -> None:
    pytester.makepyfile(test_k='''
import io, os
from PIL import Image

def test_k(golden):
    buf = io.BytesIO()
    Image.new("L", (4, 4), 3).save(buf, "PNG", compress_level=int(os.environ.get("V", "9")))
    golden.check("k", files={"x.png": buf.getvalue()}, compare={"x.png": "image"})
''')
    pytester.runpytest("--update-golden").assert_outcomes(passed=1)
    env.setenv("V", "1")  # other bytes, same pixels
    pytester.runpytest().assert_outcomes(passed=1)


# -- one line per check ----------------------------------------------------------------------------
def test_image_failure_gives_numbers_and_a_diff_image(pytester: pytest.Pytester,
                                                     env: pytest.MonkeyPatch) -> None:
    pytester.makepyfile(test_i=IMAGE_TEST)
    pytester.runpytest("--update-golden").assert_outcomes(passed=1)
    case = pytester.path / "golden" / "img" / "one"
    assert sorted(p.name for p in (case / "expected").iterdir()) == ["descriptor.json",
                                                                     "image.png"]
    pytester.runpytest().assert_outcomes(passed=1)
    env.setenv("V", "9")
    result = pytester.runpytest()
    result.assert_outcomes(failed=1)
    db = 10 * math.log10(255**2 / (6 * 3 * 81 / 192))
    result.stdout.fnmatch_lines([
        f"*image.png: decoded pixels differ: 6 of 64 pixels differ (9.38%); max abs diff 9, "
        f"mean abs diff 0.8438; PSNR {db:.2f} dB; bounding box of the change (left, top, right, "
        f"bottom) = (3, 2, 6, 4)*"])
    assert sorted(p.name for p in (case / "diff").iterdir()) == [
        "image.png.actual.png", "image.png.diff.png", "image.png.expected.png"]
    diff = np.asarray(PILImage.open(case / "diff" / "image.png.diff.png"))
    assert (diff[2:4, 3:6] == (255, 0, 0)).all()
    assert (diff[0, 0] != (255, 0, 0)).any()
    env.setenv("V", "0")
    pytester.runpytest().assert_outcomes(passed=1)
    assert not (case / "actual").exists() and not (case / "diff").exists()


def test_a_png_reencoded_with_another_zlib_level_still_passes(pytester: pytest.Pytester,
                                                              env: pytest.MonkeyPatch) -> None:
    pytester.makepyfile(test_i=IMAGE_TEST.replace('"0"', '"5"'))
    pytester.runpytest("--update-golden").assert_outcomes(passed=1)
    png = pytester.path / "golden" / "img" / "one" / "expected" / "image.png"
    before = png.read_bytes()
    with PILImage.open(io.BytesIO(before)) as im:
        buf = io.BytesIO()
        im.save(buf, format="PNG", compress_level=0)  # another zlib level: other bytes
    assert buf.getvalue() != before
    png.write_bytes(buf.getvalue())
    pytester.runpytest().assert_outcomes(passed=1)
    assert png.read_bytes() == buf.getvalue()
    result = pytester.runpytest("--update-golden")  # equal pixels: left alone, not rewritten
    result.stdout.fnmatch_lines(["unchanged img/one"])
    assert png.read_bytes() == buf.getvalue()


THRESHOLD_TEST = '''
import os, numpy as np, vizlog

def test_jpg(golden):
    arr = np.random.default_rng(1).integers(0, 256, (16, 16, 3), dtype=np.uint8)
    if os.environ.get("V"):
        arr[0:4, 0:4] = 0
    kw = {"psnr": float(os.environ["P"])} if os.environ.get("P") else {}
    golden.check("jpg", vizlog.Image(arr, file_type="jpg"), **kw)
'''


def test_thresholds_per_call_and_per_ini_option(pytester: pytest.Pytester,
                                                env: pytest.MonkeyPatch) -> None:
    pytester.makepyfile(test_t=THRESHOLD_TEST)
    pytester.runpytest("--update-golden").assert_outcomes(passed=1)
    env.setenv("V", "1")
    result = pytester.runpytest()  # the default psnr (30 dB) is too strict for this change
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*image.jpg: PSNR * dB is below 30.0 dB (psnr); * pixels "
                                 "differ*bounding box*"])
    env.setenv("P", "5")
    pytester.runpytest().assert_outcomes(passed=1)
    env.delenv("P")
    pytester.makeini("[pytest]\ngolden_psnr = 5\n")
    pytester.runpytest().assert_outcomes(passed=1)
    env.setenv("P", "90")  # the call wins over the ini option
    result = pytester.runpytest()
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*is below 90.0 dB (psnr)*"])


def test_bad_arguments_say_what_to_do(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(test_b='''
import pytest, vizlog, numpy as np

def test_threshold(golden):
    with pytest.raises(TypeError, match="unknown threshold 'pnsr'; the thresholds are: "):
        golden.check("x", vizlog.Image(np.zeros((2, 2), np.uint8)), pnsr=3)

def test_case_name(golden):
    with pytest.raises(ValueError, match=r"`case` must be a relative name.*got '../x'"):
        golden.check("../x", descriptor={})

def test_both_forms(golden):
    with pytest.raises(TypeError, match="either `obj` or `descriptor=`/`files=`"):
        golden.check("x", vizlog.Image(np.zeros((2, 2), np.uint8)), descriptor={})

def test_not_media(golden):
    with pytest.raises(TypeError, match="must be a vizlog media object.*got ndarray"):
        golden.check("x", np.zeros(3))
''')
    pytester.runpytest().assert_outcomes(passed=4)


# -- housekeeping ----------------------------------------------------------------------------------
SUMMARY_TEST = '''
import os, vizlog, numpy as np

def test_same(golden):
    golden.check("a/same", descriptor={"v": 1})

def test_changes(golden):
    golden.check("a/changes", descriptor={"v": int(os.environ.get("V", "1"))})

def test_new(golden):
    if os.environ.get("V"):
        golden.check("b/new", vizlog.Image(np.zeros((2, 2), np.uint8)))
'''


def test_update_lists_each_case_created_changed_or_left_alone(pytester: pytest.Pytester,
                                                              env: pytest.MonkeyPatch) -> None:
    pytester.makepyfile(test_s=SUMMARY_TEST)
    result = pytester.runpytest("--update-golden")
    result.stdout.fnmatch_lines(["*golden: --update-golden*", "created   a/changes",
                                 "created   a/same", "2 created, 0 changed, 0 left alone*"])
    env.setenv("V", "2")
    result = pytester.runpytest("--update-golden")
    result.assert_outcomes(passed=3)
    result.stdout.fnmatch_lines(["created   b/new", "changed   a/changes", "unchanged a/same",
                                 "1 created, 1 changed, 1 left alone (unchanged)"])
    pytester.runpytest().assert_outcomes(passed=3)
    assert "golden: --update-golden" not in pytester.runpytest().stdout.str()


def test_prune_lists_and_deletes_only_after_the_whole_suite(pytester: pytest.Pytester,
                                                            env: pytest.MonkeyPatch) -> None:
    pytester.makepyfile(test_s=SUMMARY_TEST)
    pytester.runpytest("--update-golden")
    stale = pytester.path / "golden" / "old" / "case" / "expected"
    stale.mkdir(parents=True)
    (stale / "descriptor.json").write_text("{}\n")
    result = pytester.runpytest("--golden-prune")
    result.stdout.fnmatch_lines(["*golden: --golden-prune=list*", "unused    old/case",
                                 "1 golden case(s) under * were not used by this session",
                                 "run `pytest --golden-prune=delete` to remove them."])
    result = pytester.runpytest("--golden-prune=delete", "-k", "same")
    result.stdout.fnmatch_lines(["unused    a/changes", "unused    old/case",
                                 "*did not run the whole suite*-k 'same' selected tests*",
                                 "--golden-prune=delete refused: nothing was removed.*"])
    assert stale.is_dir()
    result = pytester.runpytest("--golden-prune=delete", "test_s.py::test_same")
    result.stdout.fnmatch_lines(["*node ids selected single tests*", "*refused*"])
    assert stale.is_dir()
    result = pytester.runpytest("--golden-prune=delete")
    result.stdout.fnmatch_lines(["removed   old/case", "1 unused golden case(s) removed from *"])
    assert not (pytester.path / "golden" / "old").exists()
    assert (pytester.path / "golden" / "a" / "same" / "expected").is_dir()
    result = pytester.runpytest("--golden-prune")
    result.stdout.fnmatch_lines(["every golden case under * was used by this session"])


def test_prune_refuses_to_delete_after_skips_or_failures(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(test_p='''
import pytest

def test_used(golden):
    golden.check("used", descriptor={})

@pytest.mark.skip(reason="needs a codec")
def test_skipped(golden):
    golden.check("only/when/codec", descriptor={})
''')
    pytester.runpytest("--update-golden")
    (pytester.path / "golden" / "only" / "when" / "codec" / "expected").mkdir(parents=True)
    result = pytester.runpytest("--golden-prune=delete")
    result.stdout.fnmatch_lines(["unused    only/when/codec", "*1 test(s) skipped*",
                                 "*refused*"])
    assert (pytester.path / "golden" / "only" / "when" / "codec").is_dir()


REPORT_TEST = '''
import os, pytest, numpy as np, vizlog

@pytest.mark.parametrize("tag", ["<b>x</b>"])
def test_img(golden, tag):
    arr = np.zeros((8, 8, 3), np.uint8)
    arr[2:4, 3:6] = int(os.environ.get("V", "0"))
    golden.check("img/one", vizlog.Image(arr, caption="c"))

def test_table(golden):
    v = float(os.environ.get("V", "0"))
    golden.check("tab", vizlog.Table(columns=["a", "b"], data=[[1.0, "x"], [2.0 + v, "y"]]))
'''


def _report_checks(html: str) -> None:
    assert "<title>golden report: 2 failure(s)</title>" in html
    assert ("Content-Security-Policy\" content=\"default-src 'none'; img-src data:; "
            "media-src data:") in html
    assert html.count('<img src="data:image/png;base64,') == 3  # expected, actual, diff
    assert "http://" not in html and "https://" not in html and "<script" not in html
    assert "test_img[&lt;b&gt;x&lt;/b&gt;]" in html and "<b>x</b>" not in html
    assert ("column &#x27;a&#x27;: 1 of 2 rows differ (rtol=1e-06, atol=1e-09): row 1: 2.0 "
            "-&gt; 11.0") in html


def test_report_page_shows_every_failure_offline(pytester: pytest.Pytester,
                                                 env: pytest.MonkeyPatch) -> None:
    pytester.makepyfile(test_r=REPORT_TEST)
    pytester.runpytest("--update-golden").assert_outcomes(passed=2)
    env.setenv("V", "9")
    result = pytester.runpytest("--golden-report=out")
    result.assert_outcomes(failed=2)
    page = pytester.path / "out" / "golden-report.html"
    result.stdout.fnmatch_lines([f"2 failing golden check(s): {page}"])
    _report_checks(page.read_text(encoding="utf-8"))


def test_everything_works_under_xdist(pytester: pytest.Pytester,
                                      env: pytest.MonkeyPatch) -> None:
    pytest.importorskip("xdist")
    pytester.makepyfile(test_r=REPORT_TEST, test_s=SUMMARY_TEST)
    result = pytester.runpytest("-n", "2", "--update-golden")
    result.assert_outcomes(passed=5)
    result.stdout.fnmatch_lines(["created   a/changes", "created   a/same", "created   img/one",
                                 "created   tab", "4 created, 0 changed, 0 left alone*"])
    stale = pytester.path / "golden" / "stale" / "expected"
    stale.mkdir(parents=True)
    env.setenv("V", "9")
    result = pytester.runpytest("-n", "2", "--golden-report=out", "--golden-prune")
    result.assert_outcomes(failed=4, passed=1)  # b/new has no expected output yet
    result.stdout.fnmatch_lines(["unused    stale", "*4 test(s) failed*"])
    html = (pytester.path / "out" / "golden-report.html").read_text(encoding="utf-8")
    assert "golden report: 4 failure(s)" in html and "a/changes" in html
    assert "golden case &#x27;b/new&#x27; has no expected output" in html
    assert html.count('<img src="data:image/png;base64,') == 3
    assert (pytester.path / "golden" / "img" / "one" / "diff" / "image.png.diff.png").is_file()


def test_importing_the_plugin_loads_no_numpy_pillow_or_pyarrow() -> None:
    code = ("import sys; before = set(sys.modules); import vizlog.testing; "
            "heavy = ('numpy', 'PIL', 'pyarrow', 'vizlog.media', 'vizlog.charts', 'vizlog.read', "
            "'vizlog.runlog'); "
            "print(sorted(m for m in set(sys.modules) - before if m.split('.')[0] in heavy "
            "or m.rsplit('.', 1)[0] in heavy))")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    base = subprocess.run([sys.executable, "-c", "import sys, vizlog; print('numpy' in "
                           "sys.modules)"], capture_output=True, text=True, env=env, cwd=ROOT,
                          check=True).stdout.strip()
    if base == "True":  # the package __init__ itself loads them: check what testing adds
        code = "import vizlog; " + code
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env,
                         cwd=ROOT, check=True).stdout.strip()
    assert out == "[]"


def test_the_golden_package_itself_imports_no_heavy_module() -> None:
    code = ("import sys, importlib.util, pathlib, types\n"
            f"root = pathlib.Path({str(ROOT)!r}) / 'vizlog'\n"
            "pkg = types.ModuleType('vizlog'); pkg.__path__ = [str(root)]\n"
            "sys.modules['vizlog'] = pkg\n"  # the package __init__ is not this module's to test
            "import vizlog.testing\n"
            "print(sorted(m for m in ('numpy', 'PIL', 'pyarrow') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         cwd=ROOT, check=True).stdout.strip()
    assert out == "[]"


# -- the comparators of the explicit form ----------------------------------------------------------
def test_comparators() -> None:
    def png(arr: np.ndarray, level: int) -> bytes:
        buf = io.BytesIO()
        PILImage.fromarray(arr).save(buf, format="PNG", compress_level=level)
        return buf.getvalue()

    a = np.random.default_rng(0).integers(0, 256, (8, 8, 3), dtype=np.uint8)
    pixels_equal(png(a, 1), png(a, 9))  # different bytes, same pixels
    b = a.copy()
    b[0, 0, 0] ^= 1
    with pytest.raises(AssertionError, match=r"decoded pixels differ: 1 of 64 pixels"):
        pixels_equal(png(a, 1), png(b, 1))
    image_psnr_at_least(40)(png(a, 1), png(b, 1))
    with pytest.raises(AssertionError, match=r"PSNR .* is below 80"):
        image_psnr_at_least(80)(png(a, 1), png(b, 1))
    assert psnr(a, a) == float("inf")
    with pytest.raises(AssertionError, match="shapes differ"):
        psnr(a, a[:2])
