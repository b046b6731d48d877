"""Small preview pictures of 3D objects for the static viewer (numpy + Pillow, no OpenGL).

Meshes are drawn as flat-shaded triangles (painter's algorithm, at most ``MAX_FACES`` faces,
evenly subsampled beyond that), point clouds as dots in their colours (at most ``MAX_POINTS``).
The view is a fixed oblique orthographic projection, so the same object gives the same picture.
"""

from __future__ import annotations

import io
from typing import Any

import numpy as np

__all__ = ["MAX_FACES", "MAX_POINTS", "render_mesh", "render_points"]

MAX_FACES = 40_000
MAX_POINTS = 200_000
SIZE = 320
_LIGHT = np.array([0.4, 0.5, 0.77])


def _rotation() -> np.ndarray:
    ay, ax = np.radians(35.0), np.radians(-25.0)
    ry = np.array([[np.cos(ay), 0, np.sin(ay)], [0, 1, 0], [-np.sin(ay), 0, np.cos(ay)]])
    rx = np.array([[1, 0, 0], [0, np.cos(ax), -np.sin(ax)], [0, np.sin(ax), np.cos(ax)]])
    return rx @ ry


def _project(xyz: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Screen coordinates (N, 2) and depth (N,) of world points, fitted into the picture."""
    p = xyz.astype(np.float64) @ _rotation().T
    lo, hi = p.min(axis=0), p.max(axis=0)
    span = float(max(hi[0] - lo[0], hi[1] - lo[1])) or 1.0
    scale = (SIZE - 24) / span
    centre = (lo + hi) / 2
    screen = np.empty((len(p), 2))
    screen[:, 0] = SIZE / 2 + (p[:, 0] - centre[0]) * scale
    screen[:, 1] = SIZE / 2 - (p[:, 1] - centre[1]) * scale
    return screen, p[:, 2]


def _png(im: Any) -> bytes:
    buf = io.BytesIO()
    im.save(buf, format="PNG")
    return buf.getvalue()


def render_mesh(vertices: np.ndarray, faces: np.ndarray,
                colors: np.ndarray | None = None) -> bytes:
    """A PNG of a triangle mesh: ``vertices`` (V, 3), ``faces`` (F, 3) int, ``colors`` (F, 3|4)."""
    from PIL import Image as PILImage
    from PIL import ImageDraw

    if len(faces) > MAX_FACES:
        pick = np.linspace(0, len(faces) - 1, MAX_FACES).astype(np.int64)
        faces = faces[pick]
        colors = colors[pick] if colors is not None else None
    screen, depth = _project(vertices)
    tri = vertices[faces].astype(np.float64) @ _rotation().T
    normals = np.cross(tri[:, 1] - tri[:, 0], tri[:, 2] - tri[:, 0])
    norm = np.linalg.norm(normals, axis=1)
    norm[norm == 0] = 1.0
    shade = 0.55 + 0.45 * np.abs((normals / norm[:, None]) @ _LIGHT)
    base = (np.asarray(colors, dtype=np.float64)[:, :3] if colors is not None
            else np.tile([150.0, 170.0, 205.0], (len(faces), 1)))
    rgb = np.clip(base * shade[:, None], 0, 255).astype(np.uint8)
    order = np.argsort(depth[faces].mean(axis=1), kind="stable")
    im = PILImage.new("RGB", (SIZE, SIZE), (255, 255, 255))
    draw = ImageDraw.Draw(im)
    pts = screen[faces]
    for i in order.tolist():
        draw.polygon([tuple(v) for v in pts[i].tolist()], fill=tuple(rgb[i].tolist()))
    return _png(im)


def render_points(points: np.ndarray, colors: np.ndarray | None = None) -> bytes:
    """A PNG of a point cloud: ``points`` (N, 3), ``colors`` (N, 3) uint8 or None."""
    from PIL import Image as PILImage

    if len(points) > MAX_POINTS:
        pick = np.linspace(0, len(points) - 1, MAX_POINTS).astype(np.int64)
        points = points[pick]
        colors = colors[pick] if colors is not None else None
    screen, depth = _project(points)
    order = np.argsort(depth, kind="stable")
    xy = np.clip(np.rint(screen[order]).astype(np.int64), 0, SIZE - 1)
    rgb = (np.asarray(colors, dtype=np.uint8)[order, :3] if colors is not None
           else np.tile(np.array([53, 100, 212], np.uint8), (len(order), 1)))
    canvas = np.full((SIZE, SIZE, 3), 255, np.uint8)
    for dx, dy in ((0, 0), (1, 0), (0, 1), (1, 1)):  # 2x2 dots; farther points drawn first
        canvas[np.minimum(xy[:, 1] + dy, SIZE - 1), np.minimum(xy[:, 0] + dx, SIZE - 1)] = rgb
    return _png(PILImage.fromarray(canvas))
