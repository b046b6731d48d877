"""vizlog.testing: the golden fixture as users get it through the pytest plugin."""

from __future__ import annotations

import pytest

from vizlog.testing import image_psnr_at_least, pixels_equal, psnr

pytest_plugins = ["pytester"]

TEST_FILE = '''
import numpy as np, vizlog

def test_case(golden):
    value = int(open("value.txt").read())
    enc = vizlog.Image(np.full((4, 4), value, np.uint8)).encode()
    golden.check("img/flat", descriptor=enc.fields, files={"image.png": enc.data})
'''


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
    result.stdout.fnmatch_lines(["*image.png: bytes differ*"])
    actual = pytester.path / "golden" / "img" / "flat" / "actual"
    assert (actual / "image.png").is_file()
    value.write_text("7")
    pytester.runpytest().assert_outcomes(passed=1)
    assert not actual.exists()  # cleared once the case passes again


def test_json_mismatch_shows_a_diff(pytester: pytest.Pytester,
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    pytester.makepyfile(test_j='''
def test_j(golden):
    import os
    golden.check("j", descriptor={"a": int(os.environ.get("V", "1"))})
''')
    pytester.runpytest("--update-golden").assert_outcomes(passed=1)
    monkeypatch.setenv("V", "2")
    result = pytester.runpytest()
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(['*-{"a":1}*', '*+{"a":2}*'])


def test_comparators() -> None:
    import io

    import numpy as np
    from PIL import Image as PILImage

    def png(arr: np.ndarray, level: int) -> bytes:
        buf = io.BytesIO()
        PILImage.fromarray(arr).save(buf, format="PNG", compress_level=level)
        return buf.getvalue()

    a = np.random.default_rng(0).integers(0, 256, (8, 8, 3), dtype=np.uint8)
    pixels_equal(png(a, 1), png(a, 9))  # different bytes, same pixels
    b = a.copy()
    b[0, 0, 0] ^= 1
    with pytest.raises(AssertionError, match="decoded pixels differ"):
        pixels_equal(png(a, 1), png(b, 1))
    image_psnr_at_least(40)(png(a, 1), png(b, 1))
    with pytest.raises(AssertionError, match=r"PSNR .* is below 80"):
        image_psnr_at_least(80)(png(a, 1), png(b, 1))
    assert psnr(a, a) == float("inf")
    with pytest.raises(AssertionError, match="shapes differ"):
        psnr(a, a[:2])
