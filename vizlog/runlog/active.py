"""The active run of the process (``vizlog.run``, as ``wandb.run``): one place holds it.

``vizlog.init()`` sets it, ``Run.finish()`` clears it; ``vizlog.run`` and the module-level
``vizlog.log()`` read it through :func:`get`.
"""

from __future__ import annotations

import threading
from typing import Any

__all__ = ["clear", "get", "set_active"]

_lock = threading.Lock()
_active: list[Any] = [None]


def get() -> Any:
    """The active :class:`~vizlog.runlog.run.Run`, or None."""
    return _active[0]


def set_active(run: Any) -> None:
    with _lock:
        _active[0] = run


def clear(run: Any) -> None:
    """Clear the active run if it is ``run``."""
    with _lock:
        if _active[0] is run:
            _active[0] = None
