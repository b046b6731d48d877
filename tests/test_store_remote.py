"""vizlog.store.remote: the object-storage backend, against moto's S3 server on 127.0.0.1."""

from __future__ import annotations

import io
import sys

import pytest

from tests.s3server import S3
from vizlog.errors import UnsafePathError, UsageError
from vizlog.store import Backend, FsspecBackend, open_backend
from vizlog.store import remote as remote_mod


def test_open_backend_gives_an_object_store_for_s3_urls(s3: S3) -> None:
    backend = open_backend(s3.url("runs"))
    assert isinstance(backend, FsspecBackend) and isinstance(backend, Backend)
    assert backend.url == s3.url("runs") and backend.local_path() is None
    assert backend.child("abc").url == s3.url("runs/abc")


def test_put_get_size_list_delete(s3: S3) -> None:
    b = FsspecBackend(s3.url("runs/r"))
    b.put("run.json", b"{}")
    b.put("media/images/a.png", b"png")
    b.put("history/h.rec", b"rec")
    b.put("history2/x.rec", b"other")
    assert b.get("media/images/a.png") == b"png"
    assert (b.size("run.json"), b.size("nope"), b.size("media")) == (2, None, None)
    assert (b.exists("run.json"), b.exists("nope"), b.exists("media")) == (True, False, False)
    assert b.list() == ["history/h.rec", "history2/x.rec", "media/images/a.png", "run.json"]
    assert b.list("history") == ["history/h.rec"]
    assert b.list("missing") == []
    assert b.child("media").list() == ["images/a.png"]
    with b.open_read("history/h.rec") as fh:
        assert fh.read() == b"rec"
    b.delete("run.json")
    b.delete("run.json")  # deleting what is gone is fine
    assert not b.exists("run.json")
    assert s3.keys() == ["runs/r/history/h.rec", "runs/r/history2/x.rec",
                         "runs/r/media/images/a.png"]


def test_missing_objects_and_size_limits(s3: S3) -> None:
    b = FsspecBackend(s3.url("runs"))
    with pytest.raises(FileNotFoundError):
        b.get("nope")
    with pytest.raises(FileNotFoundError, match="no object 'nope'"):
        b.open_read("nope")
    b.put("big", b"x" * 100)
    assert b.get("big", max_bytes=100) == b"x" * 100
    with pytest.raises(UnsafePathError, match="file 'big'` is 100 bytes, over `max_bytes`=99"):
        b.get("big", max_bytes=99)


@pytest.mark.parametrize("key", ["../x", "/etc/passwd", "a//b", "a/../../b", "~/x"])
def test_every_key_is_checked_so_nothing_outside_the_prefix_is_addressed(s3: S3,
                                                                         key: str) -> None:
    b = FsspecBackend(s3.url("runs/r"))
    for call in (lambda: b.get(key), lambda: b.put(key, b"x"), lambda: b.size(key),
                 lambda: b.open_read(key), lambda: b.create(key, b"x"), lambda: b.list(key)):
        with pytest.raises(UnsafePathError, match="refused"):
            call()
    assert s3.keys() == []
    with pytest.raises(UnsafePathError, match="refused"):
        b.child("a/../../b")


def test_an_upload_is_one_object_written_only_at_commit(s3: S3) -> None:
    b = FsspecBackend(s3.url("runs"))
    up = b.open_upload("media/videos")
    up.write(b"abc")
    up.write(memoryview(b"def"))
    assert s3.keys() == []
    up.commit("media/videos/v.mp4")
    assert b.get("media/videos/v.mp4") == b"abcdef"
    dropped = b.open_upload("media/videos")
    dropped.write(b"zzz")
    dropped.abort()
    assert s3.keys() == ["runs/media/videos/v.mp4"]


def test_a_large_upload_streams_and_an_error_leaves_nothing(s3: S3,
                                                            monkeypatch: pytest.MonkeyPatch
                                                            ) -> None:
    monkeypatch.setattr(remote_mod, "SINGLE_PUT_BYTES", 10)
    b = FsspecBackend(s3.url("runs"))
    data = bytes(range(256)) * 40
    up = b.open_upload("tables")
    up.write(data)
    up.commit("tables/t.arrow")
    assert b.get("tables/t.arrow") == data

    class Broken(io.BytesIO):
        def read(self, *args: object) -> bytes:
            raise OSError("disk gone")

    with pytest.raises(OSError, match="disk gone"):
        b._stream_put("tables/u.arrow", Broken())
    assert s3.keys() == ["runs/tables/t.arrow"]


def test_objects_cannot_be_appended_to(s3: S3) -> None:
    with pytest.raises(io.UnsupportedOperation, match=r"object storage.*immutable chunks"):
        FsspecBackend(s3.url("runs")).open_append("history/h.rec")


def test_create_is_exclusive(s3: S3) -> None:
    b = FsspecBackend(s3.url("runs"))
    assert b.create("writer.lock", b"first") is True
    assert b.create("writer.lock", b"second") is False
    assert b.get("writer.lock") == b"first"


def test_create_without_conditional_puts_checks_then_reads_back(s3: S3,
                                                                 monkeypatch: pytest.MonkeyPatch
                                                                 ) -> None:
    b = FsspecBackend(s3.url("runs"))
    real = b.fs.pipe_file

    def no_mode(path: str, data: bytes, **kw: object) -> None:
        if kw:
            raise TypeError("pipe_file() got an unexpected keyword argument 'mode'")
        real(path, data)

    monkeypatch.setattr(b.fs, "pipe_file", no_mode)
    assert b.create("writer.lock", b"first") is True
    assert b.create("writer.lock", b"second") is False
    assert b.get("writer.lock") == b"first"


def test_a_missing_driver_names_the_extra_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "gcsfs", None)
    with pytest.raises(UsageError, match=r"gs:// run folder needs fsspec.*vizlog\[gcs\]"):
        open_backend("gs://bucket/runs")
    monkeypatch.setitem(sys.modules, "fsspec", None)
    with pytest.raises(UsageError, match=r"s3:// run folder needs fsspec.*vizlog\[s3\]"):
        open_backend("s3://bucket/runs")


def test_unknown_schemes_and_bad_urls_are_usage_errors() -> None:
    with pytest.raises(UsageError, match="no file system for the scheme 'nosuchproto'"):
        open_backend("nosuchproto://bucket/runs")
    with pytest.raises(UsageError, match="`dir` must be a folder path or a URL"):
        open_backend("s3://")
    with pytest.raises(UsageError, match="`url` must be a URL"):
        FsspecBackend("bucket/runs")
    with pytest.raises(UsageError, match="names no bucket"):
        FsspecBackend("s3://")
