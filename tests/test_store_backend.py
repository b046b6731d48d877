"""vizlog.store.backend: the one key check, and opening backends from paths and URLs."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from vizlog.errors import UnsafePathError, UsageError
from vizlog.store import (
    Backend,
    LocalBackend,
    MemoryBackend,
    check_key,
    copy_files,
    join_key,
    open_backend,
)

REFUSED = ["../x", "a/../../b", "/etc/passwd", "~/x", "C:/x", "a\\b", "a//b", "./a", "a/.",
           "nul\x00", "", "..", "a/"]


@pytest.mark.parametrize("key", REFUSED)
def test_check_key_refuses_every_escape(key: str) -> None:
    with pytest.raises(UnsafePathError, match="path"):
        check_key(key)


@pytest.mark.parametrize("key", [None, 3, b"a"])
def test_check_key_refuses_non_strings(key: object) -> None:
    with pytest.raises(UnsafePathError, match="non-empty run-relative path"):
        check_key(key)


def test_check_key_keeps_plain_paths() -> None:
    for key in ("run.json", "media/images/a_0_ff.png", "a..b/c", ".hidden"):
        assert check_key(key) == key


def test_join_key() -> None:
    assert join_key("a/", "/b", "", "c") == "a/b/c"


def test_open_backend_forms(tmp_path: Path) -> None:
    assert isinstance(open_backend(tmp_path), LocalBackend)
    assert open_backend(f"file://{tmp_path}").local_path() == str(tmp_path)
    mem = open_backend("memory://t-open/sub")
    assert isinstance(mem, MemoryBackend) and mem.url == "memory://t-open/sub"
    assert open_backend(mem) is mem
    assert isinstance(mem, Backend)


def test_open_backend_refuses_unknown_schemes_and_types() -> None:
    with pytest.raises(UsageError, match="no file system for the scheme 'nosuch'"):
        open_backend("nosuch://bucket/runs")
    with pytest.raises(UsageError, match="`dir` must be a folder path"):
        open_backend(3)


def test_copy_files_copies_every_key_whole_and_skips_prefixes(tmp_path: Path) -> None:
    src = MemoryBackend()
    for key, data in (("run.json", b"{}"), ("media/images/a.png", b"png" * 1000),
                      ("viewer/old.js", b"x"), ("history/h.00000000.rec", b"rec")):
        src.put(key, data)
    dst = LocalBackend(tmp_path / "copy")
    assert copy_files(src, dst, skip=("viewer/",)) == ["history/h.00000000.rec",
                                                       "media/images/a.png", "run.json"]
    assert dst.list() == ["history/h.00000000.rec", "media/images/a.png", "run.json"]
    assert dst.get("media/images/a.png") == b"png" * 1000
    assert copy_files(src, LocalBackend(tmp_path / "media"), "media") == ["media/images/a.png"]


def test_copy_files_leaves_nothing_of_a_file_it_could_not_read(tmp_path: Path) -> None:
    src = MemoryBackend()
    src.put("a.bin", b"abc")

    def broken(key: str) -> Any:
        raise OSError("connection reset")

    src.open_read = broken  # type: ignore[method-assign]
    dst = LocalBackend(tmp_path / "copy")
    with pytest.raises(OSError, match="connection reset"):
        copy_files(src, dst)
    assert dst.list() == []
