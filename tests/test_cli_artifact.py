"""``vizlog artifact ls|get|verify|gc ROOT``."""

from __future__ import annotations

from pathlib import Path

import pytest

from vizlog.artifacts import Artifact, ArtifactRoot
from vizlog.artifacts.root import object_key
from vizlog.cli import main


@pytest.fixture
def root(tmp_path: Path) -> Path:
    store = ArtifactRoot(tmp_path / "runs")
    for text in ("one", "two"):
        art = Artifact("ds", "dataset")
        with art.new_file("a.txt") as fh:
            fh.write(text)
        art.save(store.root, aliases=["best"] if text == "one" else None)
    return tmp_path / "runs"


def test_ls_get_verify(root: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["artifact", "ls", str(root)]) == 0
    assert capsys.readouterr().out == ("ds:v0\tdataset\t1 files\t3 bytes\tbest\n"
                                       "ds:v1\tdataset\t1 files\t3 bytes\tlatest\n")
    assert main(["artifact", "get", str(root), "ds:best", "--out", str(tmp_path / "o")]) == 0
    assert capsys.readouterr().out == f"{tmp_path / 'o'}\n"
    assert (tmp_path / "o" / "a.txt").read_text() == "one"
    assert main(["artifact", "verify", str(root)]) == 0
    assert capsys.readouterr().out == f"{root}: 0 problem(s)\n"


def test_verify_reports_corruption_and_gc_cleans(root: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    import hashlib

    sha = hashlib.sha256(b"two").hexdigest()
    obj = root / "artifacts" / object_key(sha)
    obj.chmod(0o644)  # objects are read-only
    obj.write_bytes(b"TWO")
    assert main(["artifact", "verify", str(root), "ds:v1"]) == 1
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith(f"ds:v1: a.txt: object {sha}") and out[1] == \
        f"{root}: 1 problem(s)"
    assert main(["artifact", "verify", str(root), "ds:v0"]) == 0
    capsys.readouterr()
    ArtifactRoot(root).delete_version("ds", 1)
    assert main(["artifact", "gc", str(root), "--min-age", "0", "--dry-run"]) == 0
    assert capsys.readouterr().out == (f"objects/sha256/{sha[:2]}/{sha}\n"
                                       f"{root}: would delete 1 unreferenced file(s)\n")
    assert main(["artifact", "gc", str(root), "--min-age", "0"]) == 0
    assert capsys.readouterr().out.endswith("deleted 1 unreferenced file(s)\n")
    assert main(["artifact", "gc", str(root), "--min-age", "0"]) == 0
    assert capsys.readouterr().out.endswith("deleted 0 unreferenced file(s)\n")


def test_bad_roots_and_names_are_one_line(tmp_path: Path, root: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["artifact", "ls", str(tmp_path / "nope")]) == 2
    assert "is not a folder" in capsys.readouterr().err
    assert main(["artifact", "get", str(root), "ds:gold"]) == 2
    assert "no alias 'gold'" in capsys.readouterr().err
    assert main(["artifact", "get", str(root)]) == 2
    assert "`get` needs NAME" in capsys.readouterr().err
