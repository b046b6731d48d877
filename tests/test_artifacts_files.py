"""Hashing and link-or-copy of the artifact store's local files."""

from __future__ import annotations

import hashlib
import io
import os
from pathlib import Path

from vizlog.artifacts.files import changed_message, hash_file, hash_stream, link_or_copy


def test_hashes_match_hashlib(tmp_path: Path) -> None:
    data = bytes(range(256)) * 40_000  # over one chunk
    (tmp_path / "f").write_bytes(data)
    want = (hashlib.sha256(data).hexdigest(), len(data))
    assert hash_file(str(tmp_path / "f")) == want == hash_stream(io.BytesIO(data))


def test_link_or_copy_replaces_the_destination_whole(tmp_path: Path) -> None:
    (tmp_path / "src").write_bytes(b"new")
    (tmp_path / "dest").write_bytes(b"old content")
    how = link_or_copy(str(tmp_path / "src"), str(tmp_path / "dest"))
    assert how in ("reflink", "link", "copy")
    assert (tmp_path / "dest").read_bytes() == b"new"
    assert sorted(os.listdir(tmp_path)) == ["dest", "src"]  # no temporary left
    assert changed_message("p", "a" * 64, 1, "b" * 64, 2).startswith(
        "file 'p' changed after it was added to the artifact (sha256 aaaaaaaaaaaa..., 1 bytes")
