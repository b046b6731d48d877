"""Shared fixtures: a fresh run directory per test, seeded generators, the corpus folder."""

from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
import pytest

from vizlog import registry

# Load every registered type (and the Run) once, before any test: the plugin tests run inner
# sessions in this process with pytester, which drops modules first imported inside them, and a
# class imported twice would not be the class that ``vizlog.<Name>`` already holds.
for _entry in registry.entries():
    _entry.load()
import vizlog.read  # noqa: E402
import vizlog.runlog.run  # noqa: E402, F401

CORPUS = Path(__file__).resolve().parent / "data" / "corpus"
"""Real-world test files kept in the repository (see its README.md and NOTICE)."""


@pytest.fixture
def rng() -> np.random.Generator:
    return np.random.default_rng(1234)


@pytest.fixture
def runs_dir(tmp_path: Path) -> Path:
    d = tmp_path / "runs"
    d.mkdir()
    return d


@pytest.fixture(autouse=True)
def _no_active_run():
    """Every test starts and ends without an active run."""
    import vizlog

    yield
    if vizlog.run is not None:
        vizlog.run.finish()
    from vizlog.runlog import active

    active.set_active(None)


@pytest.fixture
def corpus3d(tmp_path: Path) -> Path:
    """A private copy of tests/data/corpus/3d (tests never write into the corpus).

    The corpus is part of the repository: a missing folder is an error, never a skip.
    """
    src = CORPUS / "3d"
    if not src.is_dir():
        raise FileNotFoundError(f"the 3D test corpus is missing: {src} should be in the "
                                "repository (tests/data/corpus/3d); restore it from git.")
    dst = tmp_path / "corpus3d"
    shutil.copytree(src, dst)
    return dst


@pytest.fixture(scope="session")
def s3_endpoint():
    """moto's S3 server on 127.0.0.1, one per test process (see tests/s3server.py)."""
    from tests.s3server import moto_server

    with moto_server() as endpoint:
        yield endpoint


@pytest.fixture
def s3(s3_endpoint: str, monkeypatch: pytest.MonkeyPatch):
    """A fresh bucket on the local S3 server, with test-only credentials in the environment
    (inherited by subprocesses); see tests/s3server.py."""
    from tests.s3server import CLEARED, environment, new_bucket

    for name in CLEARED:
        monkeypatch.delenv(name, raising=False)
    for name, value in environment(s3_endpoint).items():
        monkeypatch.setenv(name, value)
    return new_bucket(s3_endpoint)
