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
