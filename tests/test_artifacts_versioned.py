"""``vizlog.Artifact``: drafts (add_*), logged versions (download, verify, get_entry, delete)."""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np
import pytest

import vizlog
from vizlog.artifacts import Artifact, ArtifactRoot, CorruptObjectError, artifact
from vizlog.artifacts.commit import commit
from vizlog.artifacts.root import hash_file, object_key
from vizlog.errors import UnsafePathError, UsageError, UsageTypeError


def _tree(base: Path, files: dict[str, bytes]) -> Path:
    for rel, data in files.items():
        p = base / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_bytes(data)
    return base


@pytest.fixture
def data(tmp_path: Path) -> Path:
    return _tree(tmp_path / "data", {"a.txt": b"alpha", "sub/b.bin": b"\x00" * 100,
                                     "sub/deep/c.txt": b"gamma"})


def test_add_dir_and_file_name_entries_by_relative_path(tmp_path: Path, data: Path) -> None:
    art = Artifact("ds", type="dataset", metadata={"rows": 3})
    art.add_dir(data)
    art.add_dir(data, name="copy")
    art.add_file(data / "a.txt", name="top/renamed.txt")
    assert [e.path for e in art.files()] == [
        "a.txt", "copy/a.txt", "copy/sub/b.bin", "copy/sub/deep/c.txt", "sub/b.bin",
        "sub/deep/c.txt", "top/renamed.txt"]
    e = art.get_entry("sub/b.bin")
    assert (e.size, e.digest, e.ref) == (100, hash_file(str(data / "sub/b.bin"))[0], None)
    assert art.is_draft() and art.version is None and art.name == "ds"
    assert art.size == 5 + 100 + 5 + 5 + 100 + 5 + 5


def test_bad_input_is_a_clear_error_and_leaves_the_draft_unchanged(tmp_path: Path,
                                                                   data: Path) -> None:
    with pytest.raises(UsageError, match=r"`name` must be an artifact name .* got str 'my data'"):
        Artifact("my data", type="dataset")
    with pytest.raises(UsageTypeError, match="`metadata` must be a dict"):
        Artifact("ds", "dataset", metadata=[1])
    art = Artifact("ds", "dataset")
    with pytest.raises(UsageError, match=r"`local_path` must be an existing file; got str '/"):
        art.add_file(tmp_path / "nope.txt")
    with pytest.raises(UsageError, match="a regular file"):
        art.add_file(data)
    with pytest.raises(UnsafePathError, match=r"`name` '\.\./x' is refused"):
        art.add_file(data / "a.txt", name="../x")
    art.add_file(data / "a.txt")
    with pytest.raises(UsageError, match="already in artifact ds with other content"):
        art.add_file(data / "sub/deep/c.txt", name="a.txt")
    with pytest.raises(UsageError, match="clashes with a file or folder"):
        art.add_file(data / "sub/deep/c.txt", name="a.txt/c")
    assert [e.path for e in art.files()] == ["a.txt"]


def test_add_dir_refuses_a_symlink_that_leads_outside(tmp_path: Path, data: Path) -> None:
    (tmp_path / "secret.txt").write_text("secret")
    os.symlink(data / "a.txt", data / "inside-link.txt")
    art = Artifact("ds", "dataset")
    art.add_dir(data)  # a link inside the folder is followed
    assert art.get_entry("inside-link.txt").digest == art.get_entry("a.txt").digest
    os.symlink(tmp_path / "secret.txt", data / "outside-link.txt")
    bad = Artifact("ds", "dataset")
    with pytest.raises(UnsafePathError, match="leads outside the folder"):
        bad.add_dir(data)
    assert bad.files() == []


def test_new_file_and_remove() -> None:
    art = Artifact("ds", "dataset")
    with art.new_file("notes/readme.txt") as fh:
        fh.write("hello")
    with art.new_file("blob.bin", mode="xb") as fh:
        fh.write(b"\x01\x02")
    assert [(e.path, e.size) for e in art.files()] == [("blob.bin", 2), ("notes/readme.txt", 5)]
    with pytest.raises(UsageError, match="pass mode='w' to replace it"), \
            art.new_file("blob.bin"):
        pass
    art.remove("notes")
    assert [e.path for e in art.files()] == ["blob.bin"]
    with pytest.raises(UsageError, match="`item` 'nope' is not in artifact ds"):
        art.remove("nope")


def test_log_download_by_link_and_verify(tmp_path: Path, data: Path) -> None:
    root = ArtifactRoot(tmp_path / "runs")
    art = Artifact("ds", "dataset", description="three files", metadata={"k": 1})
    art.add_dir(data)
    commit(root, art, None, ["best"])
    assert (art.name, art.version, art.aliases) == ("ds:v0", "v0", ["latest", "best"])
    got = artifact(tmp_path / "runs", "ds:best")
    assert (got.type, got.description, got.metadata, got.digest) == (
        "dataset", "three files", {"k": 1}, art.digest)
    out = Path(got.download(tmp_path / "dl"))
    assert sorted(str(p.relative_to(out)) for p in out.rglob("*") if p.is_file()) == [
        "a.txt", "sub/b.bin", "sub/deep/c.txt"]
    assert (out / "sub/deep/c.txt").read_bytes() == b"gamma"
    sha = hash_file(str(data / "a.txt"))[0]
    obj = tmp_path / "runs" / "artifacts" / object_key(sha)
    how = root.materialise(sha, 5, str(tmp_path / "one.txt"))
    assert how in ("reflink", "link")  # same file system: never a copy
    if how == "link":
        assert os.stat(tmp_path / "one.txt").st_ino == os.stat(obj).st_ino
    assert (tmp_path / "one.txt").read_bytes() == b"alpha"
    assert got.verify() == [] and got.verify(out) == []
    (out / "extra.txt").write_text("x")
    os.unlink(out / "sub/b.bin")
    assert got.verify(out) == [f"sub/b.bin: missing from {out}", "extra.txt: not in the artifact"]
    got.checkout(out)
    assert got.verify(out) == []


def test_a_corrupted_object_is_reported_and_never_served(tmp_path: Path, data: Path) -> None:
    root = ArtifactRoot(tmp_path / "runs")
    art = Artifact("ds", "dataset")
    art.add_dir(data)
    art.add(vizlog.Table(columns=["a"], data=[[1], [2]]), "t")
    commit(root, art, None)
    sha = hash_file(str(data / "sub/deep/c.txt"))[0]
    obj = tmp_path / "runs" / "artifacts" / object_key(sha)
    os.chmod(obj, 0o644)
    obj.write_bytes(b"GAMMA")  # same size, other bytes
    got = artifact(tmp_path / "runs", "ds:v0")
    problems = got.verify()
    assert len(problems) == 1 and problems[0].startswith(f"ds:v0: sub/deep/c.txt: object {sha}")
    assert "is corrupted" in problems[0]
    with pytest.raises(CorruptObjectError, match=f"object {sha} .* is corrupted"):
        got.download(tmp_path / "dl")
    assert not (tmp_path / "dl" / "sub" / "deep" / "c.txt").exists()
    table_obj = got.get_entry(next(e.path for e in got.files() if e.path.endswith(".arrow")))
    tobj = tmp_path / "runs" / "artifacts" / object_key(str(table_obj.digest))
    tobj.chmod(0o644)
    tobj.write_bytes(tobj.read_bytes()[:-1] + b"\x00")
    with pytest.raises(CorruptObjectError, match="is corrupted"):
        got.get("t")
    os.unlink(obj)
    with pytest.raises(CorruptObjectError, match="is missing"):
        got.get_entry("sub/deep/c.txt").download(tmp_path / "dl2")


def test_a_file_changed_after_add_is_refused_at_log_time(tmp_path: Path, data: Path) -> None:
    art = Artifact("ds", "dataset")
    art.add_file(data / "a.txt")
    (data / "a.txt").write_text("changed!")
    assert art.verify() == ["a.txt: changed since it was added"]
    root = ArtifactRoot(tmp_path / "runs")
    with pytest.raises(UsageError, match="changed after it was added to the artifact"):
        commit(root, art, None)
    assert root.names() == [] and root.backend.list() == []


def test_logged_artifacts_are_read_only_and_deletable(tmp_path: Path, data: Path) -> None:
    root = ArtifactRoot(tmp_path / "runs")
    art = Artifact("ds", "dataset")
    art.add_file(data / "a.txt")
    commit(root, art, None, ["best"])
    with pytest.raises(UsageError, match="is logged and cannot change"):
        art.add_file(data / "a.txt", name="b.txt")
    with pytest.raises(UsageError, match=r"has aliases \['best'\]"):
        art.delete()
    art.delete(delete_aliases=True)
    assert root.versions("ds") == []
    with pytest.raises(UsageError, match="no versions of 'ds'"):
        artifact(tmp_path / "runs", "ds:latest")
    again = Artifact("ds", "dataset")
    again.add_file(data / "a.txt")
    commit(root, again, None)
    assert again.version == "v1"  # a deleted number is never reused


def test_moving_aliases_with_save(tmp_path: Path, data: Path) -> None:
    root = ArtifactRoot(tmp_path / "runs")
    for rel in ("a.txt", "sub/b.bin"):
        art = Artifact("ds", "dataset")
        art.add_file(data / rel)
        commit(root, art, None, ["best"])
    v0 = artifact(tmp_path / "runs", "ds:v0")
    assert v0.aliases == []
    v0.aliases = ["best", "golden"]
    v0.save()
    assert artifact(tmp_path / "runs", "ds:v1").aliases == ["latest"]
    assert artifact(tmp_path / "runs", "ds:golden").version == "v0"
    assert artifact(tmp_path / "runs", "ds:best").aliases == ["best", "golden"]


def test_save_of_a_draft_needs_a_root(tmp_path: Path, data: Path) -> None:
    art = Artifact("ds", "dataset")
    art.add_file(data / "a.txt")
    with pytest.raises(UsageError, match="`root` is needed to save a draft"):
        art.save()
    assert art.save(tmp_path / "runs").wait().version == "v0"
    with pytest.raises(UsageError, match="empty"):
        Artifact("e", "dataset").save(tmp_path / "runs")


def test_media_objects_round_trip(tmp_path: Path, rng: np.random.Generator) -> None:
    pixels = rng.integers(0, 256, size=(8, 6, 3), dtype=np.uint8)
    art = Artifact("media", "dataset")
    art.add(vizlog.Image(pixels), "img")
    art.add(vizlog.Table(columns=["x", "y"], data=[[1, "a"], [2, "b"]]), "tab")
    assert np.array_equal(art.get("img").to_numpy(), pixels)  # a draft reads back too
    art.save(tmp_path / "runs")
    got = artifact(tmp_path / "runs", "media:latest")
    img, tab = got.get("img"), got.get("tab")
    assert isinstance(img, vizlog.Image) and np.array_equal(img.to_numpy(), pixels)
    assert isinstance(tab, vizlog.Table) and tab.data == [[1, "a"], [2, "b"]]
    with pytest.raises(KeyError, match="'nope' is not a media object"):
        got.get("nope")
    with pytest.raises(UsageError, match="`obj` must be a vizlog media object"):
        Artifact("m", "d").add(object(), "x")
