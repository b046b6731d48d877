"""vizlog.runlog.writer: storing media (children first), ordered commits, error capture."""

from __future__ import annotations

import os
import threading
from pathlib import Path
from typing import Any

import numpy as np
import pytest

import vizlog
from vizlog.media._base import Encoded, Media
from vizlog.runlog.writer import DEFAULT_WORKERS, MediaList, Writer, store_media, store_value
from vizlog.store import Store


class Parent(Media):
    type_name = "parent"

    def __init__(self, kids: dict[str, Media]) -> None:
        self.kids = kids

    def children(self) -> dict[str, Media]:
        return self.kids

    def encode(self, resolved: Any = None) -> Encoded:
        body = ",".join(f"{k}={d['path']}" for k, d in sorted((resolved or {}).items()))
        return Encoded(body.encode(), "txt", "media/parents", {"_type": "parent"})


def test_children_are_stored_first_and_their_descriptors_passed(tmp_path: Path) -> None:
    img = vizlog.Image(np.zeros((2, 2), np.uint8))
    store = Store(tmp_path)
    d = store_media(store, "k", 3, Parent({"a": img}))
    text = (tmp_path / d["path"]).read_text()
    assert text.startswith("a=media/images/k_3_") and (tmp_path / text[2:]).is_file()


def test_media_list_uses_the_class_list_form(tmp_path: Path) -> None:
    imgs = [vizlog.Image(np.full((2, 2), i, np.uint8)) for i in range(2)]
    d = store_value(Store(tmp_path), "k", 0, MediaList(imgs))
    assert d["_type"] == "images/separated" and d["count"] == 2


def test_commits_are_in_order_and_errors_are_kept(tmp_path: Path) -> None:
    rows: list[dict[str, Any]] = []
    committed: list[tuple[int, set[str]]] = []
    gate = threading.Event()

    class Gate(Media):
        type_name = "gate"

        def __init__(self, fail: bool) -> None:
            self.fail = fail

        def encode(self, resolved: Any = None) -> Encoded:
            gate.wait(5)
            if self.fail:
                raise RuntimeError("boom")
            return Encoded(b"x", "bin", "media/g", {"_type": "gate"})

    w = Writer(Store(tmp_path), rows.append, lambda r, s, k: committed.append((s, k)),
               workers=2, max_queue=8)
    w.commit({"_step": 0}, [(("g",), Gate(False))], 0, 1)
    w.commit({"_step": 1}, [(("g",), Gate(True))], 1, 2)
    w.commit({"_step": 2}, [], 2, 3)
    assert rows == []
    gate.set()
    w.close()
    assert [r["_step"] for r in rows] == [0, 1, 2]
    assert rows[0]["g"]["_type"] == "gate" and "g" not in rows[1]
    assert committed == [(1, {"g"}), (2, {"g"}), (3, set())]
    err = w.take_error()
    assert isinstance(err, RuntimeError) and w.take_error() is None
    w.close()  # idempotent


def test_inline_commit_when_idle(tmp_path: Path) -> None:
    rows: list[dict[str, Any]] = []
    w = Writer(Store(tmp_path), rows.append, lambda r, s, k: None, workers=1)
    w.commit({"_step": 0}, [], 0, 1)
    assert rows == [{"_step": 0}]  # written before commit() returned
    w.close()


def test_submit_media_returns_a_future(tmp_path: Path) -> None:
    w = Writer(Store(tmp_path), lambda r: None, lambda r, s, k: None, workers=1)
    fut = w.submit_media("k", 0, vizlog.Image(np.zeros((2, 2), np.uint8)))
    assert fut.result(5)["_type"] == "image-file"
    w.close()


def test_close_runs_jobs_no_worker_took_in_the_calling_thread(tmp_path: Path) -> None:
    """With the only worker busy, close() encodes the waiting step itself; the records stay in
    step order."""
    rows: list[dict[str, Any]] = []
    started, gate = threading.Event(), threading.Event()
    threads: list[str] = []

    class Job(Media):
        type_name = "job"

        def __init__(self, wait: bool) -> None:
            self.wait = wait

        def encode(self, resolved: Any = None) -> Encoded:
            threads.append(threading.current_thread().name)
            if self.wait:
                started.set()
                assert gate.wait(10)
            return Encoded(b"j" if self.wait else b"k", "bin", "media/j", {"_type": "job"})

    w = Writer(Store(tmp_path), rows.append, lambda r, s, k: None, workers=1, max_queue=3)
    w.commit({"_step": 0}, [(("a",), Job(True))], 0, 1)
    assert started.wait(10)
    w.commit({"_step": 1}, [(("a",), Job(False))], 1, 2)
    w.commit({"_step": 2}, [], 2, 3)  # behind two queued steps: queued, not written
    assert w.queued() == 3 and rows == []
    timer = threading.Timer(0.2, gate.set)
    timer.start()
    w.close()
    timer.join()
    assert [r["_step"] for r in rows] == [0, 1, 2]
    assert threads == ["vizlog-encode-0", threading.current_thread().name]
    assert w.queued() == 0 and w.take_error() is None


def test_writers_share_the_process_threads_and_finish_stops_none(tmp_path: Path) -> None:
    """Writers asking for the same number of workers share one pool; close() runs only its own
    queued jobs and leaves the threads waiting for the next run."""
    gate, started = threading.Event(), threading.Event()
    ran: list[tuple[str, str]] = []

    class Job(Media):
        type_name = "job"

        def __init__(self, name: str, wait: bool = False) -> None:
            self.name, self.wait = name, wait

        def encode(self, resolved: Any = None) -> Encoded:
            ran.append((self.name, threading.current_thread().name))
            if self.wait:
                started.set()
                assert gate.wait(10)
            return Encoded(self.name.encode(), "bin", "media/j", {"_type": "job"})

    rows_a: list[dict[str, Any]] = []
    rows_b: list[dict[str, Any]] = []
    a = Writer(Store(tmp_path / "a"), rows_a.append, lambda r, s, k: None, workers=1)
    b = Writer(Store(tmp_path / "b"), rows_b.append, lambda r, s, k: None, workers=1)
    assert a._pool._pool is b._pool._pool
    a.commit({"_step": 0}, [(("x",), Job("a0", wait=True))], 0, 1)   # holds the one worker
    assert started.wait(10)
    b.commit({"_step": 0}, [(("x",), Job("b0"))], 0, 1)
    b.close()   # b's job runs here, in this thread: a's job is not b's to wait for
    assert rows_b[0]["x"]["_type"] == "job" and rows_a == []
    assert ("b0", threading.current_thread().name) in ran
    gate.set()
    a.close()
    assert rows_a[0]["x"]["_type"] == "job"
    threads = a._pool._pool._threads
    assert len(threads) == 1 and threads[0].is_alive()
    assert a._pool._pool is Writer(Store(tmp_path / "c"), rows_a.append,
                                   lambda r, s, k: None, workers=1)._pool._pool


def test_default_is_four_threads_whatever_the_cores(tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """Without ``workers`` a writer uses the shared pool of DEFAULT_WORKERS (4) threads, also on
    a machine with fewer cores (storing a file is mostly GIL-free waiting)."""
    monkeypatch.setattr(os, "cpu_count", lambda: 1)
    w = Writer(Store(tmp_path), lambda r: None, lambda r, s, k: None)
    assert DEFAULT_WORKERS == 4
    assert len(w._pool._pool._threads) == 4
    assert w._pool._pool is Writer(Store(tmp_path), lambda r: None, lambda r, s, k: None,
                                   workers=4)._pool._pool
