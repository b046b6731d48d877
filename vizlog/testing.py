"""Golden-file testing as a pytest plugin (registered through the ``pytest11`` entry point).

Use the ``golden`` fixture to compare what a media type writes with the expected output kept in
``golden/<case>/expected/`` (the ``golden_dir`` ini option sets the root)::

    def test_png(golden):
        enc = vizlog.Image(arr).encode()
        golden.check("image/uint8_rgb", descriptor=enc.fields, files={"image.png": enc.data})

* The descriptor is compared exactly, as canonical strict JSON (``descriptor.json``).
* Files are compared byte for byte, unless ``compare={"name": fn}`` gives a decoded-content
  check for a lossy file: ``fn(expected_bytes, actual_bytes)`` raises ``AssertionError``.
* On a mismatch the actual outputs are saved to ``golden/<case>/actual/`` for inspection.
* ``pytest --update-golden`` rewrites the expected outputs; read the diff before committing.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

import pytest

from vizlog import _json

__all__ = ["Golden", "image_psnr_at_least", "pixels_equal", "psnr", "pytest_addoption"]

Comparator = Callable[[bytes, bytes], None]


class Golden:
    """Compares outputs with ``<root>/<case>/expected/`` (see the module docstring)."""

    def __init__(self, root: Path, update: bool) -> None:
        self.root = root
        self.update = update

    def check(self, case: str, descriptor: Mapping[str, Any] | None = None,
              files: Mapping[str, bytes] | None = None,
              compare: Mapping[str, Comparator] | None = None) -> None:
        files = dict(files or {})
        if descriptor is not None:
            files["descriptor.json"] = (_json.dumps(descriptor) + "\n").encode("utf-8")
        case_dir = self.root / case
        expected_dir, actual_dir = case_dir / "expected", case_dir / "actual"
        if self.update:
            if expected_dir.exists():
                shutil.rmtree(expected_dir)
            expected_dir.mkdir(parents=True)
            for name, data in files.items():
                (expected_dir / name).write_bytes(data)
            if actual_dir.exists():
                shutil.rmtree(actual_dir)
            return
        if not expected_dir.is_dir():
            pytest.fail(f"golden case {case!r} has no expected output in {expected_dir}; run "
                        "`pytest --update-golden` to create it, then read and commit it.")
        problems = []
        expected_names = sorted(p.name for p in expected_dir.iterdir())
        if sorted(files) != expected_names:
            problems.append(f"files differ: expected {expected_names}, got {sorted(files)}")
        for name, data in sorted(files.items()):
            path = expected_dir / name
            if not path.is_file():
                continue
            want = path.read_bytes()
            fn = (compare or {}).get(name)
            try:
                if fn is not None:
                    fn(want, data)
                elif want != data:
                    raise AssertionError(_diff(name, want, data))
            except AssertionError as exc:
                problems.append(f"{name}: {exc}")
        if problems:
            actual_dir.mkdir(parents=True, exist_ok=True)
            for name, data in files.items():
                (actual_dir / name).write_bytes(data)
            pytest.fail(f"golden case {case!r} differs (actual outputs saved in {actual_dir}):\n"
                        + "\n".join(problems))
        elif actual_dir.exists():
            shutil.rmtree(actual_dir)


def _diff(name: str, want: bytes, got: bytes) -> str:
    if name.endswith(".json"):
        import difflib

        lines = difflib.unified_diff(want.decode("utf-8", "replace").splitlines(),
                                     got.decode("utf-8", "replace").splitlines(),
                                     "expected", "actual", lineterm="", n=1)
        return "\n".join(list(lines)[:40])
    return f"bytes differ ({len(want)} expected, {len(got)} actual)"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-golden", action="store_true", default=False,
                     help="rewrite golden/<case>/expected/ from the current outputs")
    parser.addini("golden_dir", "folder holding golden cases (relative to rootdir)",
                  default="golden")


@pytest.fixture
def golden(request: pytest.FixtureRequest) -> Golden:
    """The golden-file checker (see :class:`Golden`)."""
    config = request.config
    root = Path(str(config.rootpath)) / str(config.getini("golden_dir"))
    return Golden(root, bool(config.getoption("--update-golden")))


def pixels_equal(expected: bytes, actual: bytes) -> None:
    """Comparator for lossless images: decoded mode, size and every pixel must match."""
    import io

    import numpy as np
    from PIL import Image as PILImage

    with PILImage.open(io.BytesIO(expected)) as a, PILImage.open(io.BytesIO(actual)) as b:
        if (a.mode, a.size) != (b.mode, b.size):
            raise AssertionError(f"mode/size {a.mode} {a.size} != {b.mode} {b.size}")
        if not np.array_equal(np.asarray(a), np.asarray(b)):
            raise AssertionError("decoded pixels differ")


def psnr(a: Any, b: Any) -> float:
    """Peak signal-to-noise ratio in dB of two uint8 arrays of one shape (inf if equal)."""
    import numpy as np

    x, y = np.asarray(a, dtype=np.float64), np.asarray(b, dtype=np.float64)
    if x.shape != y.shape:
        raise AssertionError(f"shapes differ: {x.shape} != {y.shape}")
    mse = float(np.mean((x - y) ** 2))
    return float("inf") if mse == 0 else 10 * float(np.log10(255.0**2 / mse))


def image_psnr_at_least(db: float) -> Comparator:
    """Comparator for lossy images: decoded size must match and PSNR be at least ``db``."""

    def compare(expected: bytes, actual: bytes) -> None:
        import io

        import numpy as np
        from PIL import Image as PILImage

        with PILImage.open(io.BytesIO(expected)) as a, PILImage.open(io.BytesIO(actual)) as b:
            if a.size != b.size:
                raise AssertionError(f"size {a.size} != {b.size}")
            got = psnr(np.asarray(a.convert("RGBA")), np.asarray(b.convert("RGBA")))
        if got < db:
            raise AssertionError(f"PSNR {got:.2f} dB is below {db} dB")

    return compare
