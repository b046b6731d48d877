"""Point clouds: validation, the binary PLY vizlog stores, lidar scenes (boxes, vectors), box3d.

Stored form: binary little-endian PLY, one ``vertex`` element, ``float x, y, z`` (float32), then
``uchar red, green, blue`` when there are colours (``(N, 6)`` input, or a fixed palette for
``(N, 4)`` categories so any viewer shows them), then ``uchar category`` for ``(N, 4)`` input.
15 bytes per coloured point; three.js ``PLYLoader``, MeshLab, Open3D and trimesh read it.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from vizlog.errors import DtypeError, MediaError, ShapeError, describe, too_large
from vizlog.media._util import to_numpy

__all__ = ["PALETTE", "PointData", "box3d", "ply_parts", "read_ply", "validate_points",
           "validate_scene", "write_ply"]

#: Colours written for categories ``c`` (``PALETTE[c % 16]``), so a plain PLY viewer shows them.
PALETTE = np.array([
    [31, 119, 180], [255, 127, 14], [44, 160, 44], [214, 39, 40], [148, 103, 189],
    [140, 86, 75], [227, 119, 194], [127, 127, 127], [188, 189, 34], [23, 190, 207],
    [174, 199, 232], [255, 187, 120], [152, 223, 138], [255, 152, 150], [197, 176, 213],
    [196, 156, 148]], dtype=np.uint8)

_PLY_TYPES = {"char": "i1", "int8": "i1", "uchar": "u1", "uint8": "u1", "short": "<i2",
              "int16": "<i2", "ushort": "<u2", "uint16": "<u2", "int": "<i4", "int32": "<i4",
              "uint": "<u4", "uint32": "<u4", "float": "<f4", "float32": "<f4",
              "double": "<f8", "float64": "<f8"}
MAX_PLY_HEADER = 65536


@dataclass(frozen=True)
class PointData:
    """Validated points, packed as the PLY rows: float32 xyz, then uint8 rgb, then category."""

    rec: np.ndarray                  # structured: p (f4, 3) [, c (u1, 3)] [, k (u1)]
    source_dtype: str
    colors_rounded: bool = False
    #: per-axis float32 (min, max) of ``p`` when validation already computed them
    known_bounds: tuple[np.ndarray, np.ndarray] | None = field(default=None, compare=False,
                                                                repr=False)

    @classmethod
    def build(cls, positions: np.ndarray, colors: np.ndarray | None,
              categories: np.ndarray | None, source_dtype: str,
              colors_rounded: bool = False) -> PointData:
        fields: list[tuple[Any, ...]] = [("p", "<f4", (3,))]
        if colors is not None or categories is not None:
            fields.append(("c", "u1", (3,)))
        if categories is not None:
            fields.append(("k", "u1"))
        rec = np.empty(len(positions), dtype=np.dtype(fields))
        with np.errstate(over="ignore", invalid="ignore"):
            rec["p"] = positions
        if categories is not None:
            rec["k"] = categories
            rec["c"] = PALETTE[categories % len(PALETTE)]
        elif colors is not None:
            rec["c"] = colors
        return cls(rec, source_dtype, colors_rounded)

    @property
    def names(self) -> tuple[str, ...]:
        return self.rec.dtype.names or ()

    @property
    def positions(self) -> np.ndarray:
        """``(N, 3)`` float32 (a copy)."""
        return np.ascontiguousarray(self.rec["p"])

    @property
    def categories(self) -> np.ndarray | None:
        return self.rec["k"].copy() if "k" in self.names else None

    @property
    def colors(self) -> np.ndarray | None:
        """``(N, 3)`` uint8 logged colours (None for categories: their colours are a palette)."""
        names = self.names
        return np.ascontiguousarray(self.rec["c"]) if "c" in names and "k" not in names \
            else None

    @property
    def columns(self) -> list[str]:
        names = self.names
        if "k" in names:
            return ["x", "y", "z", "category"]
        if "c" in names:
            return ["x", "y", "z", "red", "green", "blue"]
        return ["x", "y", "z"]

    def to_numpy(self) -> np.ndarray:
        """``(N, 3|4|6)`` float32 in the logged column layout."""
        names = self.names
        if "k" in names:
            return np.column_stack([self.rec["p"], self.rec["k"].astype(np.float32)])
        if "c" in names:
            return np.column_stack([self.rec["p"], self.rec["c"].astype(np.float32)])
        return self.positions

    def bounds(self) -> list[list[float]] | None:
        """``[[min x, y, z], [max x, y, z]]``, or None for an empty cloud."""
        if len(self.rec) == 0:
            return None
        if self.known_bounds is not None:
            lo, hi = self.known_bounds
        else:
            cols = np.ascontiguousarray(self.rec["p"].T)   # (3, N): fast per-axis reductions
            lo, hi = cols.min(axis=1), cols.max(axis=1)
        return [[float(v) for v in lo], [float(v) for v in hi]]


def validate_points(value: Any, arg: str, max_points: int) -> PointData:
    """Check an ``(N, 3|4|6)`` array (see the Object3D docstring) and snapshot it compactly.

    The point count is checked against ``max_points`` before anything is copied.
    """
    if isinstance(value, (list, tuple)):
        if len(value) > max_points:
            raise MediaError(too_large(arg, len(value), max_points, "max_points", "points",
                                       "raise `max_points` or downsample first."))
        arr = np.asarray(value)
        if arr.dtype.kind not in "biuf":
            raise DtypeError(f"`{arg}` must hold numbers; got a list that makes an array of "
                             f"dtype {arr.dtype}. Pass an (N, 3), (N, 4) or (N, 6) numeric array.")
    else:
        got = to_numpy(value, arg)
        if got is None:
            raise MediaError(f"`{arg}` must be an (N, 3), (N, 4) or (N, 6) array; got "
                             f"{describe(value)}.")
        arr = got
    if arr.ndim != 2 or arr.shape[1] not in (3, 4, 6):
        raise ShapeError(f"`{arg}` must have shape (N, 3) xyz, (N, 4) xyz + category or (N, 6) "
                         f"xyz + rgb; got {arr.shape}. Select the columns you mean, e.g. "
                         "`points[:, :3]`.")
    n = int(arr.shape[0])  # 0 points is a valid (empty) cloud, as in wandb
    if n > max_points:
        raise MediaError(too_large(arg, n, max_points, "max_points", "points",
                                   "raise `max_points` or downsample first."))
    if arr.dtype.kind not in "iuf":
        raise DtypeError(f"`{arg}` has dtype {arr.dtype}; points must be integer or float. "
                         "Convert them with `.astype(np.float32)`.")
    fast = _fast_points(arr)
    if fast is not None:
        return fast
    colors = categories = None
    rounded = False
    if arr.shape[1] == 6:
        colors, rounded = _colors(arr[:, 3:6], arg)
    elif arr.shape[1] == 4:
        categories = _categories(arr[:, 3], arg)
    pd = PointData.build(arr[:, :3], colors, categories, str(arr.dtype), rounded)
    if not np.isfinite(pd.rec["p"]).all():
        finite = np.isfinite(pd.rec["p"]).all(axis=1)
        row = int(np.flatnonzero(~finite)[0])
        bad = arr[row, :3].tolist()
        why = ("NaN or infinite" if not np.isfinite(arr[row, :3].astype(np.float64)).all()
               else "beyond the float32 range")
        raise DtypeError(f"`{arg}` has {why} coordinates ({int((~finite).sum())} points, the "
                         f"first at row {row}: {bad}); remove or replace them (e.g. "
                         "`points[np.isfinite(points).all(axis=1)]`).")
    return pd


def _fast_points(arr: np.ndarray) -> PointData | None:
    """The common cases, (N, 3) xyz and (N, 6) xyz + integral 0..255 rgb with finite float32
    coordinates, straight into the PLY rows. ``None`` for anything else (categories, fractional
    or out-of-range colours, non-finite coordinates), which the general path handles and
    explains. Same result as that path.

    The rows are made in blocks of :data:`_BLOCK` points, through small scratch arrays reused
    for every block: per block, transposed copies of the xyz (cast to float32 on the way) and
    rgb columns, their per-column reductions and casts, and one store per column into a flat
    view of the rows. The scratch stays in the CPU cache and the only large allocation is the
    rows themselves (a whole-array version of the same steps allocated and first-touched about
    four times the rows' size: twice as slow in a fresh process)."""
    n_pts, n_cols = arr.shape
    if n_cols not in (3, 6) or n_pts == 0:  # empty clouds: the general path
        return None
    colored = n_cols == 6
    fields: list[tuple[Any, ...]] = [("p", "<f4", (3,))]
    if colored:
        fields.append(("c", "u1", (3,)))
    rec = np.empty(n_pts, dtype=np.dtype(fields))
    flat = rec.view(_FLAT_RGB if colored else _FLAT_XYZ)
    x, y, z = flat["x"], flat["y"], flat["z"]
    block = min(n_pts, _BLOCK)
    n_blocks = -(-n_pts // block)
    p32 = np.empty((3, block), np.float32)
    mins = np.empty((n_blocks, 3), np.float32)   # per block: min/max propagate NaN, and inf
    maxs = np.empty((n_blocks, 3), np.float32)   # (also a float64 beyond float32) shows
    if colored:
        r, g, b = flat["r"], flat["g"], flat["b"]
        c = np.empty((3, block), arr.dtype)
        u = np.empty((3, block), np.uint8)
        same = np.empty((3, block), np.bool_)
    with np.errstate(over="ignore", invalid="ignore"):
        for i in range(n_blocks):
            start = i * block
            stop = min(n_pts, start + block)
            k = stop - start
            rows = arr[start:stop]
            pk = p32[:, :k]
            np.copyto(pk, rows[:, :3].T, casting="unsafe")   # float32, transposed
            pk.min(axis=1, out=mins[i])
            pk.max(axis=1, out=maxs[i])
            x[start:stop], y[start:stop], z[start:stop] = pk
            if colored:
                uk = u[:, :k]
                if arr.dtype != np.uint8:
                    ck = c[:, :k]
                    np.copyto(ck, rows[:, 3:6].T)
                    np.copyto(uk, ck, casting="unsafe")
                    if not np.equal(uk, ck, out=same[:, :k]).all():
                        return None                       # not integers in 0..255 (or NaN)
                else:
                    np.copyto(uk, rows[:, 3:6].T)
                r[start:stop], g[start:stop], b[start:stop] = uk
    lo, hi = mins.min(axis=0), maxs.max(axis=0)
    if not (np.isfinite(lo).all() and np.isfinite(hi).all()):
        return None
    return PointData(rec, str(arr.dtype), False, known_bounds=(lo, hi))


#: Points per block of :func:`_fast_points` (its scratch arrays stay well inside a CPU cache).
_BLOCK = 8192
_FLAT_XYZ = np.dtype([("x", "<f4"), ("y", "<f4"), ("z", "<f4")])
_FLAT_RGB = np.dtype([("x", "<f4"), ("y", "<f4"), ("z", "<f4"), ("r", "u1"), ("g", "u1"),
                      ("b", "u1")])


def _colors(c: np.ndarray, arg: str) -> tuple[np.ndarray, bool]:
    if c.dtype.kind == "f" and not np.isfinite(c).all():
        raise DtypeError(f"`{arg}` has NaN or infinite rgb values (columns 3..5); colours must "
                         "be numbers in 0..255.")
    if c.size == 0:
        return np.zeros(c.shape, np.uint8), False
    lo, hi = float(c.min()), float(c.max())
    if lo < 0 or hi > 255:
        raise DtypeError(f"`{arg}` has rgb values (columns 3..5) in [{lo:g}, {hi:g}]; colours "
                         "must be in 0..255 as in wandb. Scale or clip them first.")
    if c.dtype == np.uint8:
        return np.ascontiguousarray(c), False
    u = c.astype(np.uint8)
    if c.dtype.kind in "iu" or np.array_equal(u, c):
        return u, False
    r = np.rint(c)
    rounded = not np.array_equal(r, c)
    if rounded and hi <= 1.0:
        raise DtypeError(f"`{arg}` has fractional rgb values in [{lo:g}, {hi:g}]; colours are "
                         "0..255 (as in wandb), so these look like 0..1 colours. Multiply the "
                         "rgb columns by 255 first.")
    return r.astype(np.uint8), rounded


def _categories(k: np.ndarray, arg: str) -> np.ndarray:
    if k.dtype.kind == "f" and not (np.isfinite(k).all() and np.array_equal(np.rint(k), k)):
        raise DtypeError(f"`{arg}` column 3 of an (N, 4) array is a category (an integer "
                         "0..255, as in wandb); got fractional or non-finite values. For "
                         "intensities, log `points[:, :3]` or map them to rgb in an (N, 6) "
                         "array.")
    if k.size == 0:
        return np.zeros(k.shape, np.uint8)
    lo, hi = float(k.min()), float(k.max())
    if lo < 0 or hi > 255:
        raise DtypeError(f"`{arg}` column 3 (category) has values in [{lo:g}, {hi:g}]; "
                         "categories must be integers in 0..255.")
    return k.astype(np.uint8)


def ply_parts(pd: PointData) -> tuple[bytes, memoryview]:
    """The binary PLY of the module docstring as (header, vertex bytes), without joining them
    (the store writes both pieces); deterministic."""
    names = pd.names
    props = ["float x", "float y", "float z"]
    if "c" in names:
        props += ["uchar red", "uchar green", "uchar blue"]
    if "k" in names:
        props.append("uchar category")
    header = ("ply\nformat binary_little_endian 1.0\ncomment vizlog point cloud\n"
              f"element vertex {len(pd.rec)}\n" + "".join(f"property {p}\n" for p in props)
              + "end_header\n").encode("ascii")
    return header, np.ascontiguousarray(pd.rec).view(np.uint8).data


def write_ply(pd: PointData) -> bytes:
    """The binary PLY of the module docstring as one bytes object; deterministic."""
    return b"".join(ply_parts(pd))


def read_ply(data: bytes, arg: str = "descriptor") -> dict[str, np.ndarray]:
    """Columns of a binary little-endian PLY with one vertex element of scalar properties."""
    end = data.find(b"end_header\n", 0, MAX_PLY_HEADER)
    if not data.startswith(b"ply\n") or end < 0:
        raise MediaError(f"`{arg}` points at a file that is not a binary PLY written by vizlog.")
    lines = data[:end].decode("ascii", "replace").splitlines()
    fields: list[tuple[str, str]] = []
    count = None
    for line in lines[1:]:
        words = line.split()
        if not words or words[0] == "comment":
            continue
        if words[0] == "format" and words[1:] != ["binary_little_endian", "1.0"]:
            raise MediaError(f"`{arg}` PLY format {' '.join(words[1:])!r} is not "
                             "binary_little_endian 1.0.")
        if words[0] == "element":
            if words[1] != "vertex" or count is not None:
                raise MediaError(f"`{arg}` PLY has an element other than one 'vertex'.")
            count = int(words[2])
        elif words[0] == "property":
            if len(words) != 3 or words[1] not in _PLY_TYPES:
                raise MediaError(f"`{arg}` PLY property {line!r} is not a scalar property.")
            fields.append((words[2], _PLY_TYPES[words[1]]))
    dtype = np.dtype(fields)
    start = end + len(b"end_header\n")
    if count is None or len(data) - start != count * dtype.itemsize:
        raise MediaError(f"`{arg}` PLY body is {len(data) - start} bytes, not {count} vertices "
                         f"of {dtype.itemsize} bytes; the file is damaged.")
    rec = np.frombuffer(data, dtype=dtype, count=count, offset=start)
    return {name: rec[name].copy() for name, _ in fields}


# -- lidar scenes -------------------------------------------------------------------------------
def _vec3(value: Any, where: str) -> list[float]:
    try:
        arr = np.asarray(value, dtype=np.float64)
    except (TypeError, ValueError):
        arr = np.zeros(0)
    if arr.shape != (3,) or not np.isfinite(arr).all():
        raise MediaError(f"`{where}` must be 3 finite numbers; got {describe(value)}.")
    return [float(v) for v in arr]


def _items(value: Any, where: str) -> list[Any]:
    if value is None:
        return []
    if isinstance(value, np.ndarray):
        return list(value.tolist()) if value.size else []
    if isinstance(value, Sequence) and not isinstance(value, (str, bytes)):
        return list(value)
    raise MediaError(f"`{where}` must be a list of dicts; got {describe(value)}.")


def _number(value: Any, where: str) -> int | float:
    if isinstance(value, bool) or not isinstance(value, (int, float, np.integer, np.floating)) \
            or not math.isfinite(float(value)):
        raise MediaError(f"`{where}` must be a finite number; got {describe(value)}.")
    return float(value) if isinstance(value, (float, np.floating)) else int(value)


def _color(value: Any, where: str) -> list[int | float]:
    vals = _items(value, where)
    if len(vals) != 3:
        raise MediaError(f"`{where}` must be (r, g, b); got {describe(value)}.")
    return [_number(v, where) for v in vals]


def validate_scene(boxes: Any, vectors: Any, arg: str
                   ) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Normalise wandb ``lidar/beta`` boxes (corners, color, label, score) and vectors."""
    out_boxes = []
    for i, box in enumerate(_items(boxes, f"{arg}['boxes']")):
        where = f"{arg}['boxes'][{i}]"
        if not isinstance(box, Mapping):
            raise MediaError(f"`{where}` must be a dict with 'corners' and 'color' (see "
                             f"`vizlog.box3d`); got {describe(box)}.")
        unknown = sorted(set(map(str, box)) - {"corners", "color", "label", "score"})
        if unknown or "corners" not in box or "color" not in box:
            raise MediaError(f"`{where}` needs 'corners' and 'color' and may have 'label' and "
                             f"'score'; got keys {sorted(map(str, box))}.")
        try:
            corners = np.asarray(box["corners"], dtype=np.float64)
        except (TypeError, ValueError):
            corners = np.zeros(0)
        if corners.shape != (8, 3) or not np.isfinite(corners).all():
            raise MediaError(f"`{where}['corners']` must be 8 finite (x, y, z) points; got "
                             f"{describe(box['corners'])}.")
        item: dict[str, Any] = {"corners": corners.tolist(),
                                "color": _color(box["color"], f"{where}['color']")}
        if box.get("label") is not None:
            if not isinstance(box["label"], str):
                raise MediaError(f"`{where}['label']` must be a str; got "
                                 f"{describe(box['label'])}.")
            item["label"] = box["label"]
        if box.get("score") is not None:
            item["score"] = _number(box["score"], f"{where}['score']")
        out_boxes.append(item)
    out_vectors = []
    for i, vec in enumerate(_items(vectors, f"{arg}['vectors']")):
        where = f"{arg}['vectors'][{i}]"
        if not isinstance(vec, Mapping) or "start" not in vec or "end" not in vec or \
                set(map(str, vec)) - {"start", "end", "color"}:
            raise MediaError(f"`{where}` must be a dict with 'start' and 'end' (and optionally "
                             f"'color'); got {describe(vec)}.")
        v: dict[str, Any] = {"start": _vec3(vec["start"], f"{where}['start']"),
                             "end": _vec3(vec["end"], f"{where}['end']")}
        if vec.get("color") is not None:
            v["color"] = _color(vec["color"], f"{where}['color']")
        out_vectors.append(v)
    return out_boxes, out_vectors


def box3d(center: Any, size: Any, orientation: Any = (1.0, 0.0, 0.0, 0.0),
          color: Any = (1.0, 1.0, 1.0), label: str | None = None,
          score: float | None = None) -> dict[str, Any]:
    """A 3-D box for ``Object3D.from_point_cloud(boxes=...)``, as ``wandb.box3d``.

    ``orientation`` is the quaternion ``[r, x, y, z]`` (scalar first; normalised here) rotating
    the box's local axes into the scene; ``size`` is the full extent along the local x, y, z.
    Corners come in the order (-,-,-), (-,-,+), (-,+,-), (-,+,+), (+,-,-), ..., (+,+,+) of the
    local half sizes, as in wandb. ``color`` is (r, g, b) in 0..1.
    """
    c = np.asarray(_vec3(center, "center"))
    s = np.asarray(_vec3(size, "size"))
    try:
        q = np.asarray(orientation, dtype=np.float64)
    except (TypeError, ValueError):
        q = np.zeros(0)
    if q.shape != (4,) or not np.isfinite(q).all() or not np.any(q):
        raise MediaError(f"`orientation` must be a non-zero quaternion [r, x, y, z]; got "
                         f"{describe(orientation)}.")
    w, x, y, z = q / np.linalg.norm(q)
    rot = np.array([[1 - 2 * (y * y + z * z), 2 * (x * y - z * w), 2 * (x * z + y * w)],
                    [2 * (x * y + z * w), 1 - 2 * (x * x + z * z), 2 * (y * z - x * w)],
                    [2 * (x * z - y * w), 2 * (y * z + x * w), 1 - 2 * (x * x + y * y)]])
    unit = np.array(list(itertools.product((-1.0, 1.0), repeat=3)))
    corners = c + (0.5 * s * unit) @ rot.T
    out: dict[str, Any] = {"corners": corners.tolist(), "color": _color(color, "color")}
    if label is not None:
        if not isinstance(label, str):
            raise MediaError(f"`label` must be a str or None; got {describe(label)}.")
        out["label"] = label
    if score is not None:
        out["score"] = _number(score, "score")
    return out
