"""vizlog.store.local: umask modes, atomic writes, refusal of what leaves the root."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from vizlog.errors import UnsafePathError
from vizlog.protocol import Encoded
from vizlog.store import LocalBackend, Store


def _mode(p: Path) -> int:
    return stat.S_IMODE(p.stat().st_mode)


def test_files_and_folders_follow_the_umask(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        backend = LocalBackend(tmp_path / "run")
        backend.put("a/b/c.json", b"{}")
        Store(backend).put("img", 0, Encoded(b"png", "png", "media/images"))
        up = backend.open_upload("tables")
        up.write(b"x")
        up.commit("tables/t.arrow")
        app = backend.open_append("history/h.rec")
        app.write(b"r")
        app.close()
    finally:
        os.umask(old)
    files = [p for p in (tmp_path / "run").rglob("*") if p.is_file()]
    folders = [p for p in (tmp_path / "run").rglob("*") if p.is_dir()]
    assert len(files) == 4 and folders
    assert {_mode(p) for p in files} == {0o644}
    assert {_mode(p) for p in folders} == {0o755}


def test_a_stricter_umask_is_honoured(tmp_path: Path) -> None:
    old = os.umask(0o077)
    try:
        LocalBackend(tmp_path).put("f", b"x")
    finally:
        os.umask(old)
    assert _mode(tmp_path / "f") == 0o600


def test_symlink_out_of_the_root_is_refused(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("outside")
    root = tmp_path / "run"
    root.mkdir()
    (root / "link.txt").symlink_to(secret)
    (root / "dirlink").symlink_to(tmp_path)
    b = LocalBackend(root)
    for key in ("link.txt", "dirlink/secret.txt"):
        with pytest.raises(UnsafePathError, match="outside the run"):
            b.get(key)
        assert b.exists(key) is False
    assert b.list() == []


def test_symlink_inside_the_root_is_followed(tmp_path: Path) -> None:
    b = LocalBackend(tmp_path)
    b.put("real.txt", b"ok")
    (tmp_path / "alias.txt").symlink_to(tmp_path / "real.txt")
    assert b.get("alias.txt") == b"ok"


def test_devices_fifos_and_folders_are_refused(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "fifo")
    (tmp_path / "dir").mkdir()
    b = LocalBackend(tmp_path)
    for key in ("fifo", "dir"):
        with pytest.raises(UnsafePathError, match="not a regular file"):
            b.get(key)
        assert b.size(key) is None


def test_get_refuses_files_over_max_bytes_before_reading(tmp_path: Path) -> None:
    b = LocalBackend(tmp_path)
    b.put("big", b"x" * 100)
    with pytest.raises(UnsafePathError, match="is 100 bytes, over `max_bytes`=10"):
        b.get("big", max_bytes=10)


def test_put_failure_leaves_no_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def boom(src: str, dst: str) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", boom)
    with pytest.raises(OSError, match="disk full"):
        LocalBackend(tmp_path).put("a/f", b"x")
    assert [p for p in tmp_path.rglob("*") if p.is_file()] == []


def test_list_skips_temporary_files_and_is_sorted(tmp_path: Path) -> None:
    b = LocalBackend(tmp_path)
    for k in ("b/2", "a", "b/1"):
        b.put(k, b"")
    (tmp_path / ".tmp-zzz").write_bytes(b"")
    assert b.list() == ["a", "b/1", "b/2"] and b.list("b") == ["b/1", "b/2"]


def test_create_is_exclusive_and_all_or_nothing(tmp_path: Path) -> None:
    backend = LocalBackend(tmp_path)
    assert backend.create("locks/a.json", b'{"pid": 1}') is True
    assert backend.create("locks/a.json", b'{"pid": 2}') is False
    assert backend.get("locks/a.json") == b'{"pid": 1}'
    assert sorted(p.name for p in (tmp_path / "locks").iterdir()) == ["a.json"]  # no temporary
    assert os.stat(tmp_path / "locks" / "a.json").st_nlink == 1


def test_the_root_resolved_once_still_refuses_what_leads_out(tmp_path: Path) -> None:
    """The backend keeps its root's real path between reads; a root moved away and replaced by
    a symlink is resolved again, and a path outside it is still refused."""
    real = tmp_path / "real"
    real.mkdir()
    (real / "a.txt").write_bytes(b"a")
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret").write_bytes(b"s")
    backend = LocalBackend(real)
    assert backend.get("a.txt") == b"a"  # the root is resolved (and kept) here
    (real / "link").symlink_to(outside / "secret")
    with pytest.raises(UnsafePathError, match="outside the run"):
        backend.get("link")
    real.rename(tmp_path / "moved")
    real.symlink_to(outside)  # the root now leads to the other folder
    assert backend.get("secret") == b"s"  # inside the root as it resolves now
    with pytest.raises(FileNotFoundError):
        backend.get("a.txt")


def test_uploads_gather_small_pieces_and_write_big_ones_whole(tmp_path: Path) -> None:
    import random

    rnd = random.Random(8)
    pieces = [rnd.randbytes(n) for n in (1, 70_000, 3, 5, 65_530, 200_000, 0, 9)]
    backend = LocalBackend(tmp_path)
    up = backend.open_upload("media/x")
    assert [up.write(memoryview(p)) for p in pieces] == [len(p) for p in pieces]
    up.commit("media/x/f.bin")
    assert (tmp_path / "media" / "x" / "f.bin").read_bytes() == b"".join(pieces)
    assert backend.get("media/x/f.bin") == b"".join(pieces)
    assert [p.name for p in (tmp_path / "media" / "x").iterdir()] == ["f.bin"]


def test_small_pieces_go_out_with_the_next_big_one_in_one_writev(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from vizlog.store import local

    calls: list[list[int]] = []
    real = os.writev

    def short_writev(fd: int, views: list[memoryview]) -> int:  # a short write, as a pipe can
        calls.append([memoryview(v).nbytes for v in views])
        return real(fd, [memoryview(views[0])[:7]])

    monkeypatch.setattr(local.os, "writev", short_writev)
    head, body, tail = b"0123456789" * 3 + b"abc", bytes(range(256)) * 400, b"IEND-crc"
    backend = LocalBackend(tmp_path)
    up = backend.open_upload("media/images")
    for piece in (memoryview(head), memoryview(body), tail):
        up.write(piece)
    up.commit("media/images/one.png")
    assert calls == [[33, 102_400]]     # the header and the body: one writev (continued)
    assert (tmp_path / "media" / "images" / "one.png").read_bytes() == head + body + tail
    assert [p.name for p in (tmp_path / "media" / "images").iterdir()] == ["one.png"]


def test_upload_committed_into_another_folder_creates_it(tmp_path: Path) -> None:
    backend = LocalBackend(tmp_path)
    up = backend.open_upload("media/images")
    up.write(b"x" * 70_000)
    up.commit("elsewhere/deep/f.bin")
    assert (tmp_path / "elsewhere" / "deep" / "f.bin").read_bytes() == b"x" * 70_000


def test_temporary_names_are_new_in_a_forked_child(tmp_path: Path) -> None:
    from vizlog.store import local

    parent = local._TEMP_NAMES.next()
    assert parent.startswith(".tmp-") and len(parent) == len(".tmp-") + 12
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child
        os.close(read)
        os.write(write, "\n".join(local._TEMP_NAMES.next() for _ in range(3)).encode())
        os._exit(0)
    os.close(write)
    with os.fdopen(read, "rb") as fh:
        child = fh.read().decode().split("\n")
    os.waitpid(pid, 0)
    mine = [local._TEMP_NAMES.next() for _ in range(3)]
    assert len(child) == 3 and not set(child) & set(mine)


def test_appender_size_is_the_file_size_open_and_closed(tmp_path: Path) -> None:
    backend = LocalBackend(tmp_path)
    app = backend.open_append("history/h.rec")
    assert app.size() == 0
    app.write(b"abc")
    app.write(b"de")
    assert app.size() == 5 == (tmp_path / "history" / "h.rec").stat().st_size
    app.close()
    (tmp_path / "history" / "h.rec").write_bytes(b"changed after close")
    assert app.size() == 5


def test_upload_commit_into_another_folder_creates_it(tmp_path: Path) -> None:
    backend = LocalBackend(tmp_path)
    up = backend.open_upload("media/a")
    up.write(b"x" * 10)
    up.commit("media/b/c/f.bin")             # a folder other than the temp file's
    up2 = backend.open_upload("media/a")
    up2.write(b"y")
    up2.commit("media/a/g.bin")              # the temp file's own folder
    assert (tmp_path / "media/b/c/f.bin").read_bytes() == b"x" * 10
    assert (tmp_path / "media/a/g.bin").read_bytes() == b"y"
    assert sorted(p.name for p in (tmp_path / "media/a").iterdir()) == ["g.bin"]


def _names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def _need_unnamed_files(folder: Path) -> None:
    """Skip unless ``folder``'s file system makes files without a name (O_TMPFILE; Linux)."""
    from vizlog.store import local

    fd = local._new_anonymous(str(folder)) if LocalBackend(folder)._anonymous else None
    if fd is None:
        pytest.skip("no unnamed files (O_TMPFILE and /proc) here")
    os.close(fd)


def test_an_upload_has_no_name_until_committed_and_an_abort_leaves_nothing(
        tmp_path: Path) -> None:
    _need_unnamed_files(tmp_path)
    backend = LocalBackend(tmp_path)
    up = backend.open_upload("media/images")
    up.write(b"a" * 100_000)
    assert _names(tmp_path / "media" / "images") == []  # nothing a crash could leave
    up.commit("media/images/one.png")
    gone = backend.open_upload("media/images")
    gone.write(b"b" * 100_000)
    gone.abort()
    assert _names(tmp_path / "media" / "images") == ["one.png"]
    assert (tmp_path / "media" / "images" / "one.png").read_bytes() == b"a" * 100_000
    assert backend._anonymous


@pytest.mark.parametrize("durable", [False, True])
def test_an_upload_committed_over_an_existing_key_replaces_it(tmp_path: Path,
                                                               durable: bool) -> None:
    backend = LocalBackend(tmp_path)
    backend.put("media/f.bin", b"old")
    up = backend.open_upload("media", durable=durable)
    up.write(b"new" * 30_000)
    up.commit("media/f.bin")
    assert (tmp_path / "media" / "f.bin").read_bytes() == b"new" * 30_000
    assert _names(tmp_path / "media") == ["f.bin"]


def test_a_refused_link_copies_the_upload_and_later_uploads_are_named(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _need_unnamed_files(tmp_path)

    def refused(*args: object, **kwargs: object) -> None:
        raise PermissionError(1, "Operation not permitted")

    backend = LocalBackend(tmp_path)
    up = backend.open_upload("media")
    data = bytes(range(256)) * 5000  # more than one copy chunk (1 MiB)
    up.write(data)
    monkeypatch.setattr(os, "link", refused)
    up.commit("media/f.bin")
    assert (tmp_path / "media" / "f.bin").read_bytes() == data
    assert not backend._anonymous
    later = backend.open_upload("media")
    assert any(p.name.startswith(".tmp-") for p in (tmp_path / "media").iterdir())
    later.write(b"z")
    later.commit("media/g.bin")
    assert _names(tmp_path / "media") == ["f.bin", "g.bin"]


def test_uploads_are_named_files_where_unnamed_ones_are_refused(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from vizlog.store import local

    monkeypatch.setattr(local, "_new_anonymous", lambda folder: None)
    backend = LocalBackend(tmp_path)
    up = backend.open_upload("media/new/folder")
    up.write(b"x" * 70_000)
    assert [p.name[:5] for p in (tmp_path / "media/new/folder").iterdir()] == [".tmp-"]
    up.commit("media/new/folder/f.bin")
    assert _names(tmp_path / "media/new/folder") == ["f.bin"] and not backend._anonymous


def test_an_unnamed_upload_into_a_new_folder_creates_it(tmp_path: Path) -> None:
    _need_unnamed_files(tmp_path)
    up = LocalBackend(tmp_path).open_upload("media/a/b")
    up.write(b"q")
    assert (tmp_path / "media/a/b").is_dir() and _names(tmp_path / "media/a/b") == []
    up.commit("media/a/b/q.bin")
    assert (tmp_path / "media/a/b/q.bin").read_bytes() == b"q"
