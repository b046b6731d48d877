"""vizlog.dataset_copies: a root's dataset uses the copies runs wrote at finish when they match
their history, and converts everything else (in parallel) into the cache."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pyarrow.dataset as ds
import pytest

import vizlog
import vizlog.cli
import vizlog.dataset_copies
from vizlog.columnar import copy_bytes, history_objects, history_table, write_stream_copy
from vizlog.format import frame, history_chunk_name, history_chunk_stream, history_header
from vizlog.store import open_backend

ALWAYS = {"columnar_copy": True, "columnar_copy_min_bytes": 1}  # written in finish()


def _log(root: Path | str, run_id: str, steps: int, settings: dict[str, Any] | None = None,
         start: int = 0, **kw: Any) -> None:
    with vizlog.init(dir=root, id=run_id, quiet=True, reinit="create_new",
                     settings=settings, **kw) as run:
        for s in range(start, start + steps):
            run.log({"acc": s, "loss": 1.0 / (s + 1)})


def _rows(d: Any) -> list[tuple[Any, ...]]:
    t = d.to_table(columns=["run_id", "_rank", "_step", "acc"])
    return sorted(zip(*(t.column(c).to_pylist() for c in t.column_names), strict=True))


def _cache_files(root: Path) -> list[str]:
    cache = root / ".vizlog-cache"
    return sorted(p.relative_to(cache).as_posix() for p in cache.rglob("*.parquet"))


def _own(root: Path, run_id: str) -> Path:
    (copy,) = (root / run_id / "columnar").iterdir()
    return copy


@pytest.fixture
def root(tmp_path: Path) -> Path:
    """Run a (with its copy), b (without: logged with the default threshold), c (two ranks,
    each with its copy)."""
    path = tmp_path / "runs"
    _log(path, "a", 12, ALWAYS)
    _log(path, "b", 7)
    ranks = [vizlog.init(dir=path, id="c", rank=r, world_size=2, quiet=True,
                         reinit="create_new", settings=ALWAYS) for r in (0, 1)]
    for s in range(5):
        for r, run in enumerate(ranks):
            run.log({"acc": 10 * r + s})
    for run in ranks:
        run.finish()
    return path


def _expected() -> list[tuple[Any, ...]]:
    return sorted([("a", 0, s, s) for s in range(12)] + [("b", 0, s, s) for s in range(7)] +
                  [("c", r, s, 10 * r + s) for r in (0, 1) for s in range(5)])


def test_own_copies_are_used_and_only_the_rest_is_converted(root: Path) -> None:
    d = vizlog.dataset(root)
    assert _rows(d) == _expected()
    assert _cache_files(root) == [f for f in _cache_files(root) if f.startswith("b/history-")]
    assert len(_cache_files(root)) == 1
    paths = sorted(Path(f.path).relative_to(root).as_posix() for f in d.get_fragments())
    assert [p.split("/")[:2] for p in paths] == [[".vizlog-cache", "b"], ["a", "columnar"],
                                                 ["c", "columnar"], ["c", "columnar"]]
    again = vizlog.dataset(root)  # from the index: no footer read, same rows
    assert _rows(again) == _expected()


def test_a_truncated_copy_is_ignored_and_converted(root: Path) -> None:
    vizlog.dataset(root)  # the copy of a is now in the index, by name and size
    copy = _own(root, "a")
    copy.write_bytes(copy.read_bytes()[:-100])
    assert _rows(vizlog.dataset(root)) == _expected()
    assert sorted(f.split("/")[0] for f in _cache_files(root)) == ["a", "b"]
    assert copy.stat().st_size > 0  # the reader never writes into a run


def test_a_stale_or_foreign_copy_is_not_trusted(root: Path, tmp_path: Path) -> None:
    copy = _own(root, "a")
    other = tmp_path / "other"
    _log(other, "a", 3, ALWAYS, start=50)
    # a copy of another history under the name a's copy has: its metadata gives it away
    copy.write_bytes(_own(other, "a").read_bytes())
    assert _rows(vizlog.dataset(root)) == _expected()
    assert sorted(f.split("/")[0] for f in _cache_files(root)) == ["a", "b"]


def test_a_history_that_grew_after_its_copy_is_converted(root: Path) -> None:
    vizlog.dataset(root)
    _log(root, "a", 2, {"columnar_copy": False}, resume="allow", start=12)
    rows = _rows(vizlog.dataset(root))
    assert rows == sorted([*_expected(), ("a", 0, 12, 12), ("a", 0, 13, 13)])
    # a's first stream keeps its own copy; only the new stream is converted
    (conv,) = [f for f in _cache_files(root) if f.startswith("a/")]
    t = ds.dataset(root / ".vizlog-cache" / conv).to_table()
    assert t.column("acc").to_pylist() == [12, 13]


def test_a_symlinked_copy_is_not_followed(root: Path, tmp_path: Path) -> None:
    copy = _own(root, "a")
    target = tmp_path / "elsewhere.parquet"
    shutil.move(copy, target)
    copy.symlink_to(target)
    assert _rows(vizlog.dataset(root)) == _expected()
    assert sorted(f.split("/")[0] for f in _cache_files(root)) == ["a", "b"]


def test_runs_without_copies_convert_in_worker_processes(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    root = tmp_path / "runs"
    for i in range(3):
        _log(root, f"r{i}", 5 + i)
    monkeypatch.setattr(vizlog.dataset_copies, "PROCESS_MIN_BYTES", 0)
    monkeypatch.setattr(vizlog.cli, "PROGRESS_AFTER", 0.0)
    d = vizlog.dataset(root, workers=2)
    assert _rows(d) == sorted((f"r{i}", 0, s, s) for i in range(3) for s in range(5 + i))
    err = capsys.readouterr().err
    assert "converting runs 3/3" in err and "converting runs done in" in err
    assert [f.split("/")[0] for f in _cache_files(root)] == ["r0", "r1", "r2"]
    vizlog.dataset(root, progress=False)
    assert capsys.readouterr().err == ""


def test_a_cache_that_cannot_be_written_in_a_worker_says_so(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = tmp_path / "runs"
    for i in range(2):
        _log(root, f"r{i}", 3)
    (tmp_path / "cache").mkdir()
    (tmp_path / "cache" / "r0").write_text("a file where the run's folder would be")
    monkeypatch.setattr(vizlog.dataset_copies, "PROCESS_MIN_BYTES", 0)
    with pytest.raises(vizlog.VizlogError, match=r"cannot make the columnar copy of .*r0 in "
                                                 r"the cache"):
        vizlog.dataset(root, cache=tmp_path / "cache", workers=2, progress=False)


def test_a_bucket_run_has_its_own_copy_fetched(s3: Any, tmp_path: Path) -> None:
    _log(s3.url("runs"), "a", 9, ALWAYS)
    _log(s3.url("runs"), "b", 4)
    d = vizlog.dataset(s3.url("runs"), cache=tmp_path / "cache")
    assert _rows(d) == sorted([("a", 0, s, s) for s in range(9)] +
                              [("b", 0, s, s) for s in range(4)])
    files = sorted(p.relative_to(tmp_path / "cache").as_posix()
                   for p in (tmp_path / "cache").rglob("*.parquet"))
    assert [f.split("/")[0] for f in files] == ["a", "b"]
    assert files[0].split("/")[1].endswith(".parquet") and ".v1-" in files[0]
    assert files[1].split("/")[1].startswith("history-")
    # the stream gets one more chunk (as if its writer had gone on): the copy is stale
    (chunk,) = [k for k in s3.keys("runs/a/history")]
    nxt = history_chunk_name(history_chunk_stream(chunk.split("/", 2)[2]), 1)
    s3.fs().pipe_file(f"{s3.bucket}/runs/a/{nxt}", history_header("w", chunk=1) +
                      frame(b'{"_step":9,"acc":9}'))
    expected = sorted([("a", 0, s, s) for s in range(10)] + [("b", 0, s, s) for s in range(4)])
    assert _rows(vizlog.dataset(s3.url("runs"), cache=tmp_path / "cache")) == expected
    key = write_stream_copy(open_backend(s3.url("runs/a")), nxt)  # the copy made again
    assert key is not None and [k for k in s3.keys("runs/a") if "/columnar/" in k] == \
        [f"runs/a/{key}"]
    assert _rows(vizlog.dataset(s3.url("runs"), cache=tmp_path / "cache")) == expected
    fetched = sorted(p.name for p in (tmp_path / "cache" / "a").glob("*.v1-*.parquet"))
    assert fetched == [key.split("/")[1]]  # the earlier fetched copy is gone


def test_copy_bytes_match_what_finish_wrote(root: Path) -> None:
    backend = open_backend(root / "a")
    objects = history_objects(backend)
    assert _own(root, "a").read_bytes() == copy_bytes(history_table(backend), objects)


def test_workers_never_run_the_callers_script_again(tmp_path: Path) -> None:
    root = tmp_path / "runs"
    for i in range(2):
        _log(root, f"r{i}", 4)
    script = tmp_path / "unguarded.py"  # no `if __name__ == "__main__":`, as many scripts
    script.write_text(
        "import sys\nimport vizlog, vizlog.dataset_copies\n"
        "vizlog.dataset_copies.PROCESS_MIN_BYTES = 0\n"
        "print('started', flush=True)\n"
        f"print(vizlog.dataset({str(root)!r}, workers=2, progress=False).count_rows())\n")
    env = {**os.environ, "PYTHONPATH": str(Path(vizlog.__file__).parent.parent)}
    out = subprocess.run([sys.executable, str(script)], capture_output=True, text=True,
                         env=env, timeout=120, check=True).stdout
    assert out == "started\n8\n"
    assert [f.split("/")[0] for f in _cache_files(root)] == ["r0", "r1"]
