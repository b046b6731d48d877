"""vizlog._digest: a file's sha256 computed ahead by the helper thread equals hashlib's, whoever
(helper or caller) hashes it, in this process and in a forked child."""

from __future__ import annotations

import hashlib
import os
import random
import threading
import time

import numpy as np
import pytest

from vizlog import _digest
from vizlog._digest import MIN_BYTES, Sha256Ahead, sha256_ahead

PIECE = 1 << 17


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
    assert ahead._state == _digest._TAKEN


def test_buffers_of_any_item_type_are_hashed_as_their_bytes() -> None:
    rec = np.arange(3 * PIECE // 4, dtype=np.float32).reshape(-1, 3)
    structured = np.zeros(5, dtype=[("p", "<f4", (3,)), ("c", "u1", (3,))])
    ahead = Sha256Ahead([b"head", rec, memoryview(structured).cast("B")])
    expected = hashlib.sha256(b"head" + rec.tobytes() + structured.tobytes()).hexdigest()
    assert ahead.hexdigest() == expected


def test_many_callers_and_the_helper_agree() -> None:
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


def test_an_idle_helper_claims_the_digest_before_sha256_ahead_returns() -> None:
    """The hand-over: with the helper idle, sha256_ahead returns once the helper has the
    digest, so the hash runs while the caller goes on (it does not wait for the GIL)."""
    data = _data(8 * PIECE, 10)
    _drain_helper()
    claimed = 0
    for _ in range(10):
        ahead = sha256_ahead([data])
        assert ahead is not None
        claimed += ahead._state == _digest._RUNNING
        assert ahead.hexdigest() == hashlib.sha256(data).hexdigest()
    assert claimed >= 8          # a busy machine may delay the helper past the hand-over


def test_the_helper_finishes_a_digest_nobody_asks_for_yet() -> None:
    data = _data(MIN_BYTES + 5, 5)
    ahead = sha256_ahead([data])
    assert ahead is not None
    _drain_helper()
    assert ahead._state == _digest._RUNNING and ahead._done.is_set()
    assert ahead._hex == hashlib.sha256(data).hexdigest()
    assert ahead.hexdigest() == ahead._hex


class _Marker(Sha256Ahead):
    def __init__(self, done: threading.Event) -> None:
        super().__init__([])
        self.done = done

    def _run(self) -> None:
        self.done.set()


def _drain_helper() -> None:
    """Return once the helper has run everything queued before this call."""
    done = threading.Event()
    _digest._helper().put(_Marker(done))
    assert done.wait(30)


def test_small_files_get_no_digest_ahead() -> None:
    assert sha256_ahead([_data(MIN_BYTES - 1)]) is None
    assert sha256_ahead([_data(MIN_BYTES // 2), _data(MIN_BYTES // 2)]) is not None


def test_a_digest_the_helper_has_not_reached_is_hashed_by_its_caller() -> None:
    """The helper busy elsewhere: the caller claims the digest, and the helper skips it."""
    data = _data(3 * PIECE + 1, 7)
    ahead = Sha256Ahead([data])
    assert ahead.hexdigest() == hashlib.sha256(data).hexdigest()
    assert ahead._state == _digest._TAKEN
    ahead._hex = "x"                              # the helper must not hash it again
    ahead._run()
    assert ahead._hex == "x"


def test_a_digest_the_helper_is_hashing_is_waited_for() -> None:
    data = _data(6 * PIECE, 8)
    ahead = Sha256Ahead([data])
    assert ahead._claim(_digest._RUNNING)        # the helper has it ...

    def slow_helper() -> None:                   # ... and finishes late
        time.sleep(0.05)
        ahead._hex = hashlib.sha256(data).hexdigest()
        ahead._done.set()

    t = threading.Thread(target=slow_helper)
    t.start()
    started = time.perf_counter()
    assert ahead.hexdigest() == hashlib.sha256(data).hexdigest()
    assert time.perf_counter() - started >= 0.04
    t.join()


def test_a_cancelled_digest_is_skipped_by_the_helper() -> None:
    ahead = Sha256Ahead([_data(4 * PIECE, 9)])
    ahead.cancel()
    ahead._run()
    assert ahead._state == _digest._CANCELLED and ahead._hex is None and ahead._buffers == []


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs os.fork")
def test_a_forked_child_finishes_an_unfinished_digest() -> None:
    data = _data(4 * PIECE + 9, 6)
    ahead = Sha256Ahead([data])
    _digest._LIVE.add(ahead)
    assert ahead._claim(_digest._RUNNING)       # the parent's helper is hashing it at the fork
    pid = os.fork()
    if pid == 0:                                # pragma: no cover - the child reports by exit code
        ok = ahead.hexdigest() == hashlib.sha256(data).hexdigest() and \
            sha256_ahead([data]).hexdigest() == hashlib.sha256(data).hexdigest()
        os._exit(0 if ok else 1)
    _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 0
    # the parent's helper finishes it here
    ahead._hex = hashlib.sha256(data).hexdigest()
    ahead._done.set()
    assert ahead.hexdigest() == hashlib.sha256(data).hexdigest()
