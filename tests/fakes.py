"""Stand-ins for third-party array types, so tests need neither torch nor anything else."""

from __future__ import annotations

from typing import Any

import numpy as np


class FakeTensor:
    """Quacks like a torch tensor: ``detach().cpu().numpy()``."""

    def __init__(self, arr: np.ndarray) -> None:
        self.arr = arr

    def detach(self) -> FakeTensor:
        return self

    def cpu(self) -> FakeTensor:
        return self

    def numpy(self) -> np.ndarray:
        return self.arr


class ArrayLike:
    """An object that only has ``__array__``."""

    def __init__(self, arr: np.ndarray) -> None:
        self.arr = arr

    def __array__(self, dtype: Any = None, copy: Any = None) -> np.ndarray:
        return self.arr


def no_append_backend(root: Any) -> Any:
    """A local folder that refuses ``open_append`` like object storage does, so the history is
    written as chunk objects (format version 3) without an S3 server."""
    import io

    from vizlog.store import LocalBackend

    class NoAppendBackend(LocalBackend):
        def open_append(self, key: str, *, durable: bool = False) -> Any:
            raise io.UnsupportedOperation("no appends here")

        def child(self, prefix: str) -> NoAppendBackend:
            return NoAppendBackend(self._path(prefix))

    return NoAppendBackend(root)
