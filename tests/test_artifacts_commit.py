"""Logging into a root: versions by digest, distributed versions from real processes, and the
registry of linked collections."""

from __future__ import annotations

import multiprocessing
from pathlib import Path

import pytest

from vizlog.artifacts import Artifact, ArtifactRoot, artifact
from vizlog.artifacts.commit import commit, finish, link, load, upsert
from vizlog.errors import UsageError


def _art(files: dict[str, bytes], name: str = "ds", type: str = "dataset") -> Artifact:
    art = Artifact(name, type)
    for rel, data in files.items():
        with art.new_file(rel, mode="xb") as fh:
            fh.write(data)
    return art


def test_same_content_is_the_same_version_whatever_the_metadata(tmp_path: Path) -> None:
    root = ArtifactRoot(tmp_path)
    a = commit(root, _art({"x": b"1"}), {"run_id": "r1"})
    b = _art({"x": b"1"})
    b.metadata = {"other": True}
    commit(root, b, {"run_id": "r2"})
    assert (a.version, b.version) == ("v0", "v0")
    assert b.manifest["logged_by"] == {"run_id": "r1"}  # the version keeps its first logger
    with pytest.raises(UsageError, match="is logged already"):
        commit(root, a, None)


def _worker(root: str, did: str, k: int) -> None:
    art = _art({f"shard-{k}/part.bin": bytes([k]) * 1000, "common.txt": b"same"})
    upsert(ArtifactRoot(root), art, did)


def test_distributed_version_from_real_processes(tmp_path: Path) -> None:
    ctx = multiprocessing.get_context("spawn")
    procs = [ctx.Process(target=_worker, args=(str(tmp_path), "job-1", k)) for k in range(3)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(60)
    assert [p.exitcode for p in procs] == [0, 0, 0]
    root = ArtifactRoot(tmp_path)
    assert root.versions("ds") == []  # nothing visible before finish
    out = finish(root, _art({"final.txt": b"done"}), "job-1", {"run_id": "main"}, ["best"])
    assert out.name == "ds:v0" and out.aliases == ["latest", "best"]
    assert [e.path for e in out.files()] == [
        "common.txt", "final.txt", "shard-0/part.bin", "shard-1/part.bin", "shard-2/part.bin"]
    assert out.distributed_id == "job-1"
    again = finish(root, Artifact("ds", "dataset"), "job-1", None, None)
    assert again.name == "ds:v0"  # sealed once
    with pytest.raises(UsageError, match="was finished already"):
        upsert(root, _art({"late.txt": b"x"}), "job-1")
    assert root.verify() == []


def test_distributed_conflicts_and_empty_versions_are_refused(tmp_path: Path) -> None:
    root = ArtifactRoot(tmp_path)
    with pytest.raises(UsageError, match="has no files"):
        finish(root, Artifact("ds", "dataset"), "j", None, None)
    upsert(root, _art({"a.txt": b"1"}), "j2")
    upsert(root, _art({"a.txt": b"2"}), "j2")
    with pytest.raises(UsageError, match=r"two processes added different files as 'a\.txt'"):
        finish(root, Artifact("ds", "dataset"), "j2", None, None)
    assert root.versions("ds") == []


def test_registry_links_have_their_own_versions_and_aliases(tmp_path: Path) -> None:
    root = ArtifactRoot(tmp_path)
    m0 = commit(root, _art({"w": b"0"}, "resnet", "model"), None)
    m1 = commit(root, _art({"w": b"1"}, "resnet", "model"), None)
    assert link(root, m1, "model-registry/prod-model", ["production"]) == {
        "collection": "model-registry/prod-model", "version": 0,
        "aliases": ["latest", "production"]}
    assert link(root, m0, "prod-model")["version"] == 1
    assert link(root, m1, "team/model-registry/prod-model")["version"] == 0  # same link
    assert artifact(tmp_path, "model-registry/prod-model:production").name == "resnet:v1"
    assert artifact(tmp_path, "model-registry/prod-model:latest").name == "resnet:v0"
    assert load(root, "model-registry/prod-model:v1").name == "resnet:v0"
    assert artifact(tmp_path, "someproject/resnet:v1").name == "resnet:v1"  # no collection
    with pytest.raises(UsageError, match="must be logged before it is linked"):
        link(root, Artifact("x", "model"), "c")
    with pytest.raises(UsageError, match=r"`link\(\)` needs a logged artifact"):
        Artifact("x", "model").link("c")
    assert m0.link("other", ["a"]) == {"collection": "model-registry/other", "version": 0,
                                       "aliases": ["latest", "a"]}
    with pytest.raises(UsageError, match="`target_path` must be"):
        link(root, m0, "a/b/c/d")
