"""References: file:// with sha256, http(s):// with the ETag of a HEAD request (a local server on
127.0.0.1 the fixture starts and stops), s3:// recorded with a note without boto3."""

from __future__ import annotations

import hashlib
import http.server
import importlib.util
import sys
import threading
import types
from collections.abc import Iterator
from pathlib import Path

import pytest

from vizlog.artifacts import Artifact, ArtifactRoot, CorruptObjectError, artifact
from vizlog.artifacts.commit import commit
from vizlog.artifacts.refs import reference_entries
from vizlog.errors import UsageError


class _Handler(http.server.BaseHTTPRequestHandler):
    def do_HEAD(self) -> None:
        if self.path == "/model.bin":
            self.send_response(200)
            self.send_header("ETag", '"abc123"')
            self.send_header("Content-Length", "4096")
        elif self.path == "/noetag":
            self.send_response(200)
        else:
            self.send_response(404)
        self.end_headers()

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def server() -> Iterator[str]:
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(5)


def test_http_references_record_the_etag_and_size(server: str) -> None:
    assert reference_entries(f"{server}/model.bin", None) == {
        "model.bin": {"ref": f"{server}/model.bin", "etag": '"abc123"', "size": 4096}}
    assert reference_entries(f"{server}/noetag", "x") == {
        "x": {"ref": f"{server}/noetag", "note": "the server sent no ETag; no checksum"}}
    assert reference_entries(f"{server}/missing", "m")["m"]["note"] == \
        "not reachable when added (HTTPError); no checksum"
    assert reference_entries(f"{server}/model.bin", "n", checksum=False) == {
        "n": {"ref": f"{server}/model.bin",
              "note": "checksum=False: recorded without a checksum"}}


def test_s3_references_without_boto3_say_so(monkeypatch: pytest.MonkeyPatch) -> None:
    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec",
                        lambda name, *a: None if name == "boto3" else real(name, *a))
    assert reference_entries("s3://bucket/data/train.parquet", None) == {
        "train.parquet": {"ref": "s3://bucket/data/train.parquet",
                          "note": "boto3 is not installed: recorded without a checksum"}}


def test_s3_references_with_boto3_record_the_etag(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = []

    class Client:
        def head_object(self, Bucket: str, Key: str) -> dict:
            calls.append((Bucket, Key))
            return {"ETag": '"e1"', "ContentLength": 7}

    fake = types.ModuleType("boto3")
    fake.client = lambda service: Client()  # type: ignore[attr-defined]
    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec",
                        lambda name, *a: object() if name == "boto3" else real(name, *a))
    monkeypatch.setitem(sys.modules, "boto3", fake)
    assert reference_entries("s3://bkt/a/b.bin", "b") == {
        "b": {"ref": "s3://bkt/a/b.bin", "etag": "e1", "size": 7}}
    assert calls == [("bkt", "a/b.bin")]


def test_file_references_are_hashed_never_copied_and_checked_on_download(
        tmp_path: Path) -> None:
    (tmp_path / "ext").mkdir()
    (tmp_path / "ext" / "a.txt").write_bytes(b"hello")
    (tmp_path / "ext" / "b.txt").write_bytes(b"world")
    art = Artifact("refs", "dataset")
    entries = art.add_reference((tmp_path / "ext").as_uri(), name="ext")
    assert [(e.path, e.digest, e.size) for e in entries] == [
        ("ext/a.txt", hashlib.sha256(b"hello").hexdigest(), 5),
        ("ext/b.txt", hashlib.sha256(b"world").hexdigest(), 5)]
    art.add_reference((tmp_path / "ext" / "a.txt").as_uri())
    root = ArtifactRoot(tmp_path / "runs")
    commit(root, art, None)
    assert root.backend.list("objects") == []  # nothing copied
    got = artifact(tmp_path / "runs", "refs:v0")
    assert got.get_entry("a.txt").ref_url() == (tmp_path / "ext" / "a.txt").as_uri()
    out = Path(got.download(tmp_path / "dl"))
    assert (out / "ext" / "b.txt").read_bytes() == b"world"
    (tmp_path / "ext" / "b.txt").write_bytes(b"WORLD")
    with pytest.raises(CorruptObjectError, match="changed since it was added"):
        got.download(tmp_path / "dl2")
    with pytest.raises(UsageError, match="`uri` must be a file or folder that exists"):
        Artifact("r", "d").add_reference((tmp_path / "nope").as_uri())
    with pytest.raises(UsageError, match="more than max_objects=1 files"):
        Artifact("r", "d").add_reference((tmp_path / "ext").as_uri(), max_objects=1)


def test_other_references_are_recorded_and_not_fetched(tmp_path: Path, server: str) -> None:
    art = Artifact("r", "model")
    art.add_reference(f"{server}/model.bin")
    art.add_reference("gs://bucket/x.bin")
    assert art.get_entry("x.bin").extra == {"note": "scheme 'gs': recorded without a checksum"}
    commit(ArtifactRoot(tmp_path), art, None)
    with pytest.warns(UserWarning, match=r"2 reference\(s\) of r:v0 were not fetched"):
        out = Path(art.download(tmp_path / "dl"))
    assert list(out.iterdir()) == []
