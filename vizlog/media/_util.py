"""Small helpers shared by the media modules: input sniffing, file reading, float mapping."""

from __future__ import annotations

import io
from typing import Any

import numpy as np

from vizlog._json import check_text
from vizlog.errors import DtypeError, MediaError, describe, too_large
from vizlog.media._request import is_path, request

__all__ = ["NORMALIZE_MODES", "is_path", "is_torch_like", "read_source", "to_numpy", "to_uint8",
           "wandb_to_uint8"]

NORMALIZE_MODES = ("auto", "none", "clip", "minmax")


def is_torch_like(value: Any) -> bool:
    """True for tensors that expose ``.detach().cpu().numpy()`` (torch) without importing torch."""
    return all(callable(getattr(value, name, None)) for name in ("detach", "cpu", "numpy"))


def to_numpy(value: Any, arg: str) -> np.ndarray | None:
    """Return ``value`` as a numpy array if it is array-like, else ``None``.

    numpy arrays, torch-like tensors (via ``.detach().cpu().numpy()``) and objects with
    ``__array__`` qualify; object dtype is refused (it would need pickle to store).
    """
    if isinstance(value, np.ndarray):
        arr = value
    elif is_torch_like(value):
        arr = np.asarray(value.detach().cpu().numpy())
    elif hasattr(value, "__array__"):
        arr = np.asarray(value)
    else:
        return None
    if arr.dtype.kind not in "biuf":
        raise DtypeError(f"`{arg}` must hold numbers or booleans; got {describe(arr)}. "
                         "Convert it with `.astype(...)` to a numeric dtype.")
    return arr


def check_caption(caption: Any) -> str | None:
    """``caption`` must be a str or None."""
    if caption is not None and not isinstance(caption, str):
        raise MediaError(f"`caption` must be a str or None; got {describe(caption)}.")
    return None if caption is None else check_text(caption, "`caption`", MediaError)


def check_normalize(normalize: Any) -> str:
    """``normalize`` as a rule name: ``True`` means ``"auto"`` (wandb's ``normalize=True``),
    ``False`` means ``"none"``; names are validated by :func:`to_uint8`."""
    if normalize is True:
        return "auto"
    if normalize is False:
        return "none"
    if not isinstance(normalize, str):
        raise MediaError("`normalize` must be 'auto', 'none', 'clip', 'minmax' or a bool; got "
                         f"{normalize!r}.")
    return normalize


def check_array_size(arr: np.ndarray, arg: str, max_bytes: int, itemsize: int) -> None:
    """Refuse an array whose stored copy (``itemsize`` bytes per element) would exceed
    ``max_bytes``, before anything is copied (broadcast views report their full size)."""
    need = int(arr.size) * itemsize
    if need > max_bytes:
        raise MediaError(too_large(arg, need, max_bytes,
                                   unit=f"bytes once stored (shape {tuple(arr.shape)})"))


def read_source(value: Any, arg: str, max_bytes: int) -> tuple[bytes, str | None]:
    """A path, bytes or binary file object read whole through :func:`~vizlog.media._request.
    request` (the one input reader); returns (bytes, lower-case extension or None)."""
    req = request(value, arg, max_bytes)
    return req.data, req.ext


def to_uint8(arr: np.ndarray, arg: str, normalize: str) -> tuple[np.ndarray, str]:
    """Map a numeric or boolean array to uint8; returns (array, rule applied).

    * ``bool``: False -> 0, True -> 255 (rule ``"bool"``).
    * ``normalize="auto"``: wandb's guess, see :func:`wandb_to_uint8`.
    * integers: must already lie in 0..255 (rule ``"none"``); otherwise ``normalize`` decides.
    * floats: must be finite and in [0, 1], mapped by ``round(x * 255)`` (rule ``"scale255"``).
    * ``normalize="clip"``: floats clipped to [0, 1], integers to 0..255, then as above.
    * ``normalize="minmax"``: (x - min) / (max - min) then ``round(x * 255)``; a constant
      array maps to 0.
    """
    if normalize not in NORMALIZE_MODES:
        raise MediaError(f"`normalize` must be one of {', '.join(map(repr, NORMALIZE_MODES))}; "
                         f"got {normalize!r}.")
    kind = arr.dtype.kind
    if kind == "b":
        return np.where(arr, np.uint8(255), np.uint8(0)), "bool"
    if arr.size == 0:
        raise MediaError(f"`{arg}` is empty (shape {arr.shape}); pass at least one pixel.")
    if kind == "f" and not np.isfinite(arr).all():
        raise DtypeError(f"`{arg}` contains NaN or infinite values; replace them first "
                         "(for example with `np.nan_to_num`).")
    if normalize == "auto":
        return wandb_to_uint8(arr)
    if normalize == "minmax":
        lo, hi = float(arr.min()), float(arr.max())
        scaled = (arr.astype(np.float64) - lo) / (hi - lo) if hi > lo else np.zeros(arr.shape)
        return np.rint(scaled * 255.0).astype(np.uint8), "minmax"
    if kind in "iu":
        if arr.dtype == np.uint8:
            return arr, "none"
        lo, hi = int(arr.min()), int(arr.max())
        if lo >= 0 and hi <= 255:
            return arr.astype(np.uint8), "none"
        if normalize == "clip":
            return np.clip(arr, 0, 255).astype(np.uint8), "clip"
        raise DtypeError(f"`{arg}` has integer values in [{lo}, {hi}]; integer pixels must lie in "
                         "0..255. Pass `normalize=\"clip\"` or `normalize=\"minmax\"`, or scale "
                         "the data yourself.")
    if kind == "f":
        lo, hi = float(arr.min()), float(arr.max())
        if normalize == "clip":
            return np.rint(np.clip(arr, 0.0, 1.0) * 255.0).astype(np.uint8), "clip"
        if lo < 0.0 or hi > 1.0:
            raise DtypeError(f"`{arg}` has float values in [{lo:g}, {hi:g}]; float pixels must "
                             "lie in [0, 1]. Pass `normalize=\"clip\"` or `normalize=\"minmax\"`, "
                             "or convert to uint8 yourself.")
        return np.rint(arr.astype(np.float64) * 255.0).astype(np.uint8), "scale255"
    raise DtypeError(f"`{arg}` has dtype {arr.dtype}; expected uint8, another integer type, "
                     "bool or float. Convert it with `.astype(...)`.")


def wandb_to_uint8(arr: np.ndarray) -> tuple[np.ndarray, str]:
    """wandb's guess of an image's value range (``wandb.Image.to_uint8`` of wandb 0.16); returns
    (uint8 array, rule applied). ``arr`` is numeric, finite and not empty.

    1. A negative minimum: values are min-max rescaled to 0..255 (rule ``"minmax"``; a constant
       array maps to 0).
    2. Else a maximum of at most 1: values are multiplied by 255 (rule ``"scale255"``; an
       integer array that is all 0 is left as it is, rule ``"none"``).

    One deliberate difference: ``uint8`` arrays are always stored as they are (wandb would also
    multiply a uint8 array whose maximum is 1 by 255, turning a dark image white).
    3. Else values are read as 0..255 and clipped to it (rule ``"clip255"`` for floats and for
       integers outside 0..255, else ``"none"``).

    wandb truncates to integers; vizlog rounds to the nearest (at most one level apart), so that
    ``uint8_array / 255`` logs back exactly ``uint8_array``.
    """
    kind = arr.dtype.kind
    if kind == "b":
        return np.where(arr, np.uint8(255), np.uint8(0)), "bool"
    if arr.dtype == np.uint8:
        return arr, "none"
    lo, hi = arr.min(), arr.max()
    if lo < 0:
        span = float(hi) - float(lo)
        scaled = (arr.astype(np.float64) - float(lo)) / span if span > 0 else np.zeros(arr.shape)
        return np.rint(scaled * 255.0).astype(np.uint8), "minmax"
    if hi <= 1:
        if kind != "f" and hi == 0:
            return arr.astype(np.uint8), "none"
        return np.rint(arr.astype(np.float64) * 255.0).astype(np.uint8), "scale255"
    if kind != "f":
        if hi <= 255:
            return arr.astype(np.uint8), "none"
        return np.clip(arr, 0, 255).astype(np.uint8), "clip255"
    return np.rint(np.clip(arr.astype(np.float64), 0.0, 255.0)).astype(np.uint8), "clip255"


def file_like_bytes(data: bytes) -> io.BytesIO:
    return io.BytesIO(data)
