"""vizlog.media._request: a path is read with one read of the size stat gave, and a file that
changed since stat is still read whole (or refused over max_bytes)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

from vizlog.errors import MediaError
from vizlog.media import _request


def _stat_says(monkeypatch: pytest.MonkeyPatch, size: int) -> None:
    real = Path.stat

    def fake(self: Path, **kwargs: Any) -> os.stat_result:
        st = list(real(self, **kwargs))
        st[6] = size  # st_size
        return os.stat_result(st)

    monkeypatch.setattr(Path, "stat", fake)


def test_a_path_is_read_whole(tmp_path: Path) -> None:
    data = bytes(range(256)) * 40
    (tmp_path / "m.glb").write_bytes(data)
    req = _request.request(tmp_path / "m.glb", "x", max_bytes=len(data))
    assert req.data == data and req.ext == "glb" and req.folder == tmp_path


@pytest.mark.parametrize("stat_size", [0, 100, 10_239])  # the file grew after stat
def test_a_file_larger_than_stat_said_is_read_whole(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                   stat_size: int) -> None:
    data = os.urandom(10_240)
    (tmp_path / "a.bin").write_bytes(data)
    _stat_says(monkeypatch, stat_size)
    assert _request.request(str(tmp_path / "a.bin"), "x", max_bytes=1 << 20).data == data


def test_a_file_smaller_than_stat_said_is_read_whole(tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "a.bin").write_bytes(b"short")
    _stat_says(monkeypatch, 1000)
    assert _request.request(str(tmp_path / "a.bin"), "x", max_bytes=1 << 20).data == b"short"


def test_a_file_that_grew_past_max_bytes_is_refused(tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "a.bin").write_bytes(b"x" * 500)
    _stat_says(monkeypatch, 10)
    with pytest.raises(MediaError, match="max_bytes"):
        _request.request(str(tmp_path / "a.bin"), "x", max_bytes=100)
