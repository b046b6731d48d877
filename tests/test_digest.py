"""vizlog._digest: a file's sha256 computed ahead by the helper thread equals hashlib's, whoever
(helper or caller) hashes which pieces, in this process and in a forked child."""

from __future__ import annotations

import hashlib
import os
import random
import threading

import numpy as np
import pytest

from vizlog import _digest
from vizlog._digest import MIN_BYTES, PIECE, Sha256Ahead, sha256_ahead


def _data(n: int, seed: int = 0) -> bytes:
    return random.Random(seed).randbytes(n)


@pytest.mark.parametrize("sizes", [[0], [1], [PIECE], [PIECE + 1], [3, PIECE - 3, 5],
                                   [7, 3 * PIECE + 11, 0, 2]])
def test_the_digest_is_hashlibs_whatever_the_cut(sizes: list[int]) -> None:
    parts = [_data(n, i) for i, n in enumerate(sizes)]
    ahead = Sha256Ahead(parts)            # not handed to the helper: the caller hashes it all
    whole = b"".join(parts)
    assert ahead.size == len(whole)
    assert ahead.hexdigest() == hashlib.sha256(whole).hexdigest()
    assert ahead.hexdigest() == hashlib.sha256(whole).hexdigest()   # kept


def test_buffers_of_any_item_type_are_hashed_as_their_bytes() -> None:
    rec = np.arange(3 * PIECE // 4, dtype=np.float32).reshape(-1, 3)
    structured = np.zeros(5, dtype=[("p", "<f4", (3,)), ("c", "u1", (3,))])
    ahead = Sha256Ahead([b"head", rec, memoryview(structured).cast("B")])
    expected = hashlib.sha256(b"head" + rec.tobytes() + structured.tobytes()).hexdigest()
    assert ahead.hexdigest() == expected


def test_the_helper_and_callers_share_the_pieces_in_order() -> None:
    data = _data(9 * PIECE + 123, 4)
    expected = hashlib.sha256(data).hexdigest()
    for _ in range(20):
        ahead = sha256_ahead([data])
        assert ahead is not None
        out: list[str] = []
        threads = [threading.Thread(target=lambda a=ahead, o=out: o.append(a.hexdigest()))
                   for _ in range(3)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert out == [expected] * 3


def test_the_helper_finishes_a_digest_nobody_asks_for_yet() -> None:
    data = _data(MIN_BYTES + 5, 5)
    ahead = sha256_ahead([data])
    assert ahead is not None
    done = threading.Event()
    _digest._helper().put(_Marker(done))          # queued after the digest: runs after it
    assert done.wait(30)
    assert ahead._next == len(ahead._pieces)       # all taken by the helper
    assert ahead.hexdigest() == hashlib.sha256(data).hexdigest()


class _Marker(Sha256Ahead):
    def __init__(self, done: threading.Event) -> None:
        super().__init__([])
        self.done = done

    def _run(self) -> None:
        self.done.set()


def test_small_files_get_no_digest_ahead() -> None:
    assert sha256_ahead([_data(MIN_BYTES - 1)]) is None
    assert sha256_ahead([_data(MIN_BYTES // 2), _data(MIN_BYTES // 2)]) is not None


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs os.fork")
def test_a_forked_child_finishes_an_unfinished_digest() -> None:
    data = _data(4 * PIECE + 9, 6)
    ahead = Sha256Ahead([data])
    _digest._LIVE.add(ahead)
    with ahead._lock:
        ahead._step()                       # one piece hashed in the parent, lock held
        pid = os.fork()
        if pid == 0:                        # pragma: no cover - the child reports by exit code
            ok = ahead.hexdigest() == hashlib.sha256(data).hexdigest() and \
                sha256_ahead([data]).hexdigest() == hashlib.sha256(data).hexdigest()
            os._exit(0 if ok else 1)
    _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 0
    assert ahead.hexdigest() == hashlib.sha256(data).hexdigest()



def test_a_stalled_helper_is_left_behind() -> None:
    """A helper holding a piece without finishing it (not scheduled) is waited for about
    STALL_SECONDS; then the caller hashes the whole file itself, and the helper stops."""
    data = _data(3 * PIECE + 1, 7)
    ahead = Sha256Ahead([data])
    ahead._lock.acquire()                       # the helper, stuck inside piece 0
    try:
        assert ahead.hexdigest() == hashlib.sha256(data).hexdigest()
    finally:
        ahead._lock.release()
    ahead._run()                                # the helper wakes up: nothing left to do
    assert ahead._next == 0 and ahead.hexdigest() == hashlib.sha256(data).hexdigest()


def test_a_helper_that_keeps_finishing_pieces_is_waited_for() -> None:
    data = _data(6 * PIECE, 8)
    ahead = Sha256Ahead([data])
    ahead._lock.acquire()

    def slow_helper() -> None:                  # one piece every STALL_SECONDS / 2, locked
        import time
        while ahead._step():
            time.sleep(_digest.STALL_SECONDS / 2)
        ahead._lock.release()

    t = threading.Thread(target=slow_helper)
    t.start()
    assert ahead.hexdigest() == hashlib.sha256(data).hexdigest()
    t.join()
    assert ahead._next == len(ahead._pieces)    # all hashed by the helper, none again


def test_a_cancelled_digest_is_skipped_by_the_helper() -> None:
    ahead = Sha256Ahead([_data(4 * PIECE, 9)])
    ahead.cancel()
    ahead._run()
    assert ahead._next == 0 and ahead._pieces == []
