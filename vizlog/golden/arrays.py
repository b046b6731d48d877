"""Decoded comparisons of audio samples, Arrow tables, meshes and point clouds.

* Audio: decoded sample arrays must have one shape; FLAC samples must be equal, lossy audio
  (MP3, Ogg, Opus) must have a signal-to-noise ratio of at least ``snr`` dB.
* Arrow: the schema with its metadata, the row count, then each column's values: floats within
  ``rtol``/``atol`` (NaN equals NaN), everything else equal. Media cells (columns whose field
  metadata says ``vizlog.encoding: media``) are compared without ``path``, ``sha256`` and
  ``size``, which follow the cell files' bytes (the cell files are compared on their own).
  The message names the columns that differ and their first differing rows.
* Meshes (GLB, OBJ, STL) through trimesh: geometry names, then vertices (within tolerance),
  faces and vertex colours of each. Point-cloud PLYs written by vizlog: every column.
"""

from __future__ import annotations

import io
import json
from typing import Any

from vizlog.golden.compare import Problem, Thresholds

__all__ = ["compare_arrow", "compare_audio", "compare_mesh", "read_arrow"]

_SHOW = 5


def compare_audio(want: bytes, got: bytes, th: Thresholds, exact: bool) -> Problem | None:
    """Compare two audio files by their decoded samples (see the module docstring)."""
    import numpy as np

    from vizlog.media import _ffmpeg

    (a, ra), (b, rb) = _ffmpeg.decode_audio(want), _ffmpeg.decode_audio(got)
    if ra != rb:
        return Problem(f"sample rate {ra} expected, {rb} actual")
    if a.shape != b.shape:
        return Problem(f"decoded samples (frames, channels) {a.shape} expected, {b.shape} actual")
    x, y = a.astype(np.float64), b.astype(np.float64)
    d = np.abs(x - y)
    if not d.size or not d.any():
        return None
    first = int(np.flatnonzero(d.max(axis=1) if d.ndim == 2 else d)[0])
    noise = float(np.mean((x - y) ** 2))
    signal = float(np.mean(x**2))
    snr = float("inf") if noise == 0 else 10 * float(np.log10(max(signal, 1e-30) / noise))
    facts = (f"max abs diff {float(d.max()):.6g}, first differing sample frame {first} "
             f"of {len(a)}, SNR {snr:.2f} dB")
    if exact:
        return Problem(f"decoded samples differ: {facts}")
    if snr < th.snr:
        return Problem(f"SNR {snr:.2f} dB is below snr={th.snr} dB: {facts}")
    return None


def read_arrow(data: bytes) -> Any:
    """The ``pyarrow.Table`` in Arrow IPC bytes (file format, or stream format)."""
    import pyarrow as pa

    try:
        return pa.ipc.open_file(pa.py_buffer(data)).read_all()
    except pa.ArrowInvalid:
        return pa.ipc.open_stream(pa.py_buffer(data)).read_all()


def _media_cells(values: list[Any]) -> list[Any]:
    out = []
    for v in values:
        if isinstance(v, str):
            try:
                d = json.loads(v)
            except ValueError:
                out.append(v)
                continue
            if isinstance(d, dict):
                d = {k: x for k, x in d.items() if k not in ("path", "sha256", "size")}
            out.append(d)
        else:
            out.append(v)
    return out


def _differing_rows(col_a: Any, col_b: Any, media: bool, th: Thresholds) -> list[int]:
    import numpy as np
    import pyarrow as pa

    t = col_a.type
    if pa.types.is_floating(t) or pa.types.is_decimal(t):
        a = np.asarray(col_a.to_pylist(), dtype=object)
        b = np.asarray(col_b.to_pylist(), dtype=object)
        null_a = np.array([v is None for v in a], dtype=bool)
        null_b = np.array([v is None for v in b], dtype=bool)
        fa = np.where(null_a, 0.0, a).astype(np.float64)
        fb = np.where(null_b, 0.0, b).astype(np.float64)
        close = np.isclose(fa, fb, rtol=th.rtol, atol=th.atol, equal_nan=True)
        return [int(i) for i in np.flatnonzero(~close | (null_a != null_b))]
    va, vb = col_a.to_pylist(), col_b.to_pylist()
    if media:
        va, vb = _media_cells(va), _media_cells(vb)
    return [i for i, (x, y) in enumerate(zip(va, vb, strict=True)) if x != y]


def compare_arrow(want: bytes, got: bytes, th: Thresholds) -> Problem | None:
    """Compare two Arrow IPC files by schema and values (see the module docstring)."""
    a, b = read_arrow(want), read_arrow(got)
    problems = []
    if a.schema.names != b.schema.names:
        return Problem(f"columns {a.schema.names} expected, {b.schema.names} actual")
    for fa, fb in zip(a.schema, b.schema, strict=True):
        if fa.type != fb.type or fa.nullable != fb.nullable:
            na, nb = ("" if f.nullable else " not null" for f in (fa, fb))
            problems.append(f"column {fa.name!r}: type {fa.type}{na} expected, "
                            f"{fb.type}{nb} actual")
        elif (fa.metadata or {}) != (fb.metadata or {}):
            problems.append(f"column {fa.name!r}: field metadata differs")
    if (a.schema.metadata or {}) != (b.schema.metadata or {}):
        keys = sorted({k.decode("utf-8", "replace") for k in
                       set(a.schema.metadata or {}) ^ set(b.schema.metadata or {})} |
                      {k.decode("utf-8", "replace") for k in set(a.schema.metadata or {})
                       & set(b.schema.metadata or {})
                       if (a.schema.metadata or {})[k] != (b.schema.metadata or {})[k]})
        problems.append(f"schema metadata differs in {keys}")
    if a.num_rows != b.num_rows:
        problems.append(f"{a.num_rows} rows expected, {b.num_rows} actual")
    elif not problems:
        for i, f in enumerate(a.schema):
            media = (f.metadata or {}).get(b"vizlog.encoding") == b"media"
            ca, cb = a.column(i), b.column(i)
            rows = _differing_rows(ca, cb, media, th)
            if rows:
                shown = "; ".join(f"row {r}: {_cell(ca[r])} -> {_cell(cb[r])}"
                                  for r in rows[:_SHOW])
                more = f"; ... {len(rows) - _SHOW} more" if len(rows) > _SHOW else ""
                problems.append(f"column {f.name!r}: {len(rows)} of {a.num_rows} rows differ "
                                f"(rtol={th.rtol}, atol={th.atol}): {shown}{more}")
    if not problems:
        return None
    cols = [p for p in problems if p.startswith("column ")]
    head = f"table differs ({len(cols)} column(s)):" if cols else "table differs:"
    return Problem(head + "\n  " + "\n  ".join(problems))


def _cell(v: Any, n: int = 60) -> str:
    text = repr(v.as_py())
    return text if len(text) <= n else text[:n] + "..."


# -- meshes and point clouds ----------------------------------------------------------------------
def _arrays_differ(name: str, a: Any, b: Any, th: Thresholds, exact: bool) -> str | None:
    import numpy as np

    a, b = np.asarray(a), np.asarray(b)
    if a.shape != b.shape:
        return f"{name}: shape {a.shape} expected, {b.shape} actual"
    if exact or not (np.issubdtype(a.dtype, np.floating) or np.issubdtype(b.dtype, np.floating)):
        bad = a != b
    else:
        bad = ~np.isclose(a.astype(np.float64), b.astype(np.float64), rtol=th.rtol,
                          atol=th.atol, equal_nan=True)
    if not bad.any():
        return None
    rows = np.flatnonzero(bad.reshape(len(a), -1).any(axis=1)) if a.ndim else np.array([0])
    diff = float(np.max(np.abs(a.astype(np.float64) - b.astype(np.float64))))
    return (f"{name}: {len(rows)} of {len(a) if a.ndim else 1} entries differ (first "
            f"{[int(r) for r in rows[:_SHOW]]}), max abs diff {diff:.6g}")


def _ply_columns(data: bytes) -> dict[str, Any] | None:
    from vizlog.errors import MediaError
    from vizlog.media._pointcloud import read_ply

    try:
        return read_ply(data)
    except (MediaError, ValueError):
        return None


def _geometries(data: bytes, ext: str) -> dict[str, Any]:
    import trimesh

    scene = trimesh.load_scene(io.BytesIO(data), file_type=ext)
    return dict(scene.geometry)


def compare_mesh(want: bytes, got: bytes, th: Thresholds, ext: str) -> Problem | None:
    """Compare two 3D files by their arrays (see the module docstring)."""
    problems: list[str] = []
    if ext == "ply":
        pa_, pb = _ply_columns(want), _ply_columns(got)
        if pa_ is not None and pb is not None:
            if sorted(pa_) != sorted(pb):
                return Problem(f"PLY columns {sorted(pa_)} expected, {sorted(pb)} actual")
            for col in pa_:
                msg = _arrays_differ(f"column {col!r}", pa_[col], pb[col], th, exact=False)
                if msg:
                    problems.append(msg)
            if not problems:
                return None
            return Problem(f"point cloud differs (rtol={th.rtol}, atol={th.atol}):\n  "
                           + "\n  ".join(problems))
    ga, gb = _geometries(want, ext), _geometries(got, ext)
    if sorted(ga) != sorted(gb):
        return Problem(f"geometries {sorted(ga)} expected, {sorted(gb)} actual")
    for name in sorted(ga):
        x, y = ga[name], gb[name]
        checks = [("vertices", getattr(x, "vertices", None), getattr(y, "vertices", None), False),
                  ("faces", getattr(x, "faces", None), getattr(y, "faces", None), True)]
        ca, cb = _colors(x), _colors(y)
        checks.append(("vertex colours", ca, cb, True))
        for what, u, v, exact in checks:
            if (u is None) != (v is None):
                problems.append(f"geometry {name!r}: {what} present in only one file")
            elif u is not None:
                msg = _arrays_differ(f"geometry {name!r} {what}", u, v, th, exact)
                if msg:
                    problems.append(msg)
    if not problems:
        return None
    return Problem(f"mesh differs (rtol={th.rtol}, atol={th.atol}):\n  " + "\n  ".join(problems))


def _colors(geom: Any) -> Any:
    visual = getattr(geom, "visual", None)
    if visual is None or getattr(visual, "kind", None) != "vertex":
        return getattr(geom, "colors", None) if hasattr(geom, "colors") and len(
            getattr(geom, "colors", [])) else None
    return visual.vertex_colors
