"""Media objects stored in artifacts through the Store, read back through ArtifactFiles."""

from __future__ import annotations

import hashlib

import numpy as np
import pytest

import vizlog
from vizlog import _json
from vizlog.artifacts.media import ArtifactFiles, encode_media
from vizlog.errors import MediaError, UnsafePathError


def test_encode_media_gives_the_files_and_the_descriptor(rng: np.random.Generator) -> None:
    pixels = rng.integers(0, 256, size=(4, 5, 3), dtype=np.uint8)
    image = vizlog.Image(pixels)
    path, files = encode_media(image, "sample")
    png = image.encode().data
    assert png is not None
    sha = hashlib.sha256(png).hexdigest()
    assert path == "sample.image-file.json"
    assert sorted(files) == [f"media/images/sample_0_{sha[:20]}.png", "sample.image-file.json"]
    desc = _json.loads(files[path])
    assert (desc["_type"], desc["path"], desc["sha256"]) == (
        "image-file", f"media/images/sample_0_{sha[:20]}.png", sha)
    back = ArtifactFiles(files.__getitem__).load(desc)
    assert np.array_equal(back.to_numpy(), pixels)


def test_artifact_files_checks_paths_and_sizes() -> None:
    files = ArtifactFiles({"a": b"12345"}.__getitem__)
    assert files.open("a").read() == b"12345" and files.local_path("a") is None
    with pytest.raises(UnsafePathError, match="is refused"):
        files.read_bytes("../a")
    with pytest.raises(MediaError, match="over max_bytes=2"):
        files.read_bytes("a", max_bytes=2)
    assert files.load({"_type": "unknown-thing", "x": 1}) == {"_type": "unknown-thing", "x": 1}
    with pytest.raises(MediaError, match="the image file cannot be decoded"):
        files.load({"_type": "image-file", "path": "a"})
