"""vizlog.runlog.files: run.save copies regular files only, never follows symlinks."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

import vizlog
from vizlog.errors import RunStateError, VizlogError
from vizlog.runlog.files import save_files
from vizlog.store import Store


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    src = tmp_path / "src"
    (src / "sub").mkdir(parents=True)
    (src / "train.py").write_text("print('hi')\n")
    (src / "sub" / "cfg.yaml").write_text("lr: 0.1\n")
    secret = tmp_path / "secret.txt"
    secret.write_text("do not copy")
    (src / "link_to_secret.txt").symlink_to(secret)
    (tmp_path / "outside_dir").mkdir()
    (tmp_path / "outside_dir" / "x.txt").write_text("outside")
    (src / "linked_dir").symlink_to(tmp_path / "outside_dir")
    (src / "loop").symlink_to(src / "loop")
    os.mkfifo(src / "pipe")
    with open(src / "big.bin", "wb") as fh:
        fh.truncate(5000)
    return src


def test_regular_files_are_copied_and_the_rest_reported(tree: Path, tmp_path: Path) -> None:
    store = Store(tmp_path / "run")
    report = save_files(store, str(tree / "**" / "*"), base_path=tree, max_bytes=4096)
    assert report.saved == ["files/sub/cfg.yaml", "files/train.py"]
    assert (tmp_path / "run" / "files" / "sub" / "cfg.yaml").read_text() == "lr: 0.1\n"
    skipped = {Path(k).name: v for k, v in report.skipped.items()}
    assert skipped == {"link_to_secret.txt": "symlink (never followed)",
                       "linked_dir": "symlink (never followed)",
                       "loop": "symlink (never followed)",
                       "pipe": "not a regular file",
                       "big.bin": "5000 bytes, over max_bytes=4096",
                       "x.txt": "inside a symlinked folder (never followed)"}
    copied = {p.read_text() for p in (tmp_path / "run").rglob("*") if p.is_file()}
    assert "do not copy" not in copied and "outside" not in copied


def test_single_file_keeps_its_name_and_base_path_default(tree: Path, tmp_path: Path) -> None:
    report = save_files(Store(tmp_path / "run"), str(tree / "sub" / "cfg.yaml"))
    assert report.saved == ["files/cfg.yaml"]


def test_run_save_and_module_level_save(tree: Path, runs_dir: Path) -> None:
    with vizlog.init(dir=runs_dir) as run:
        assert run.save(str(tree / "*.py")) == ["files/train.py"]
        assert vizlog.save(str(tree / "sub" / "*.yaml")) == ["files/cfg.yaml"]
        run.save(str(tree / "link_to_secret.txt"))
        assert list(run.saved_files_skipped.values()) == ["symlink (never followed)"]
    with pytest.raises(RunStateError, match="needs a running run"):
        run.save(str(tree / "*.py"))
    assert vizlog.open_run(run.dir).verify() == []


def test_no_match_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(VizlogError, match="matches no file"):
        save_files(Store(tmp_path / "run"), str(tmp_path / "nope*.txt"))


@pytest.mark.parametrize("how", ["pattern", "base_path", "relative"])
def test_a_symlinked_base_folder_is_never_followed(tree: Path, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch,
                                                   how: str) -> None:
    store = Store(tmp_path / "run")
    link = tree / "linked_dir"   # -> tmp_path/outside_dir, which holds x.txt
    if how == "pattern":
        report = save_files(store, str(link / "*.txt"))
    elif how == "base_path":
        report = save_files(store, str(link / "*.txt"), base_path=link)
    else:
        monkeypatch.chdir(tree)
        report = save_files(store, "linked_dir/*.txt")
    assert report.saved == []
    assert [(Path(k).name, v) for k, v in report.skipped.items()] == [
        ("x.txt", "inside a symlinked folder (never followed)")]
    assert not (tmp_path / "run" / "files").exists()


def test_two_files_outside_base_path_with_one_name_are_not_overwritten(tmp_path: Path) -> None:
    for folder, text in (("a", "first"), ("b", "second")):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "same.txt").write_text(text)
    (tmp_path / "base").mkdir()
    store = Store(tmp_path / "run")
    report = save_files(store, str(tmp_path / "*" / "same.txt"), base_path=tmp_path / "base")
    assert report.saved == ["files/same.txt"]
    assert (tmp_path / "run" / "files" / "same.txt").read_text() == "first"
    [(name, why)] = report.skipped.items()
    assert name == str(tmp_path / "b" / "same.txt")
    assert why.startswith(f"same name as {str(tmp_path / 'a' / 'same.txt')!r} (files/same.txt)")
