"""One live writer per run: the ``writer.lock`` file.

``init()`` takes the lock before it reads or writes anything of the run, by creating
``writer.lock`` exclusively (``O_EXCL`` on a local folder) with the writer's host, pid and token;
``finish()`` removes it. A second process that opens the same run (a new run with the same id, or
a resume) while the first is alive gets a clear :class:`~vizlog.errors.RunStateError` instead of
writing beside it. A lock left by a crashed process is taken over: its host is this host and its
process is gone, or it is this very process (a container's PID 1 restarted) but not a live run of
it. A lock from another host is trusted; remove it by hand if that host is known to be gone.
"""

from __future__ import annotations

import os
import socket
from typing import Any

from vizlog import _json
from vizlog.errors import RunStateError
from vizlog.read import pid_alive
from vizlog.store import Backend

__all__ = ["LOCK", "acquire", "release"]

LOCK = "writer.lock"


def _holder(backend: Backend) -> dict[str, Any] | None:
    try:
        value = _json.loads(backend.get(LOCK, max_bytes=1 << 16))
    except (OSError, ValueError):
        return None
    return value if isinstance(value, dict) else None


def _stale(holder: dict[str, Any] | None, live_tokens: set[str]) -> bool:
    if holder is None:
        return True  # unreadable: torn by a crash between create and write
    if holder.get("host") != socket.gethostname():
        return False
    pid = holder.get("pid")
    if not isinstance(pid, int) or isinstance(pid, bool):
        return True
    if pid == os.getpid():
        return holder.get("token") not in live_tokens
    return not pid_alive(pid)


def acquire(backend: Backend, token: str, where: str, live_tokens: set[str]) -> None:
    """Take the run's writer lock or raise RunStateError naming the holder."""
    me = _json.dumps({"host": socket.gethostname(), "pid": os.getpid(),
                      "token": token}).encode("utf-8")
    for _ in range(3):
        if backend.create(LOCK, me):
            return
        holder = _holder(backend)
        if not _stale(holder, live_tokens):
            who = holder or {}
            raise RunStateError(
                f"run {where} is being written by process {who.get('pid')} on host "
                f"{who.get('host')!r}; a run has one live writer. Wait for it to finish, log to "
                f"a new `id`, or remove {LOCK} from the run folder if that process is gone.")
        backend.delete(LOCK)
    raise RunStateError(f"could not take the writer lock of run {where}; another process keeps "
                        "taking it. Try again.")


def release(backend: Backend, token: str) -> None:
    """Remove the lock if it is still this writer's."""
    holder = _holder(backend)
    if holder is not None and holder.get("token") == token:
        backend.delete(LOCK)
