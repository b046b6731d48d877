"""vizlog.store.memory: the in-memory backend behaves like the local one."""

from __future__ import annotations

import pytest

from vizlog.errors import UnsafePathError
from vizlog.store import MemoryBackend


def test_put_get_list_child_and_named_sharing() -> None:
    a = MemoryBackend.named("t-mem/root")
    a.put("x/y.bin", b"1")
    a.child("x").put("z.bin", b"22")
    b = MemoryBackend.named("t-mem/root")
    assert b.list() == ["x/y.bin", "x/z.bin"]
    assert b.list("x") == ["x/y.bin", "x/z.bin"]
    assert b.child("x").list() == ["y.bin", "z.bin"]
    assert b.size("x/z.bin") == 2 and b.get("x/y.bin") == b"1"
    assert b.size("missing") is None and not b.exists("missing")
    with pytest.raises(FileNotFoundError):
        b.get("missing")
    b.delete("x/y.bin")
    assert b.list() == ["x/z.bin"]


def test_upload_append_and_caps() -> None:
    m = MemoryBackend()
    up = m.open_upload("t")
    up.write(b"ab")
    up.commit("t/f")
    aborted = m.open_upload("t")
    aborted.write(b"zz")
    aborted.abort()
    app = m.open_append("h.rec")
    app.write(b"1")
    app.write(b"2")
    assert m.get("t/f") == b"ab" and m.get("h.rec") == b"12" and m.list() == ["h.rec", "t/f"]
    with pytest.raises(UnsafePathError, match="over `max_bytes`=1"):
        m.get("t/f", max_bytes=1)
    with pytest.raises(UnsafePathError):
        m.get("../t/f")
    assert m.local_path() is None
