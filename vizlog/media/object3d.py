"""``vizlog.Object3D``: meshes as one self-contained GLB, point clouds as compact binary PLY.

Accepted inputs (validated and snapshotted at construction; files are converted when logged):

* **files**: a path, ``pathlib.Path``, text or binary file object, or ``bytes`` of OBJ (with its
  MTL and textures), glTF (with external ``.bin`` buffers and images), GLB, STL, PLY, or wandb's
  ``.pts.json``. The type comes from the name (``.obj``, ``.gltf``, ``.glb``, ``.stl``, ``.ply``,
  ``.pts.json``, any case) or from ``file_type=``; nameless streams and ``bytes`` need
  ``file_type``. A text-mode handle on a real file (``open("m.glb")``) is read by its name, as
  wandb does; other text streams are stored as UTF-8 and cannot hold GLB. Referenced files are
  read only from the model's own folder by plain relative names (:mod:`vizlog.media._mesh_load`
  has the exact rule); absolute paths, ``..``, ``file:`` and URLs are refused. Files over
  ``max_bytes`` (default 1 GiB) are refused unread.
* **trimesh** ``Trimesh``, ``PointCloud`` or ``Scene`` objects (copied). A ``Trimesh`` with
  vertices but no faces is stored as a point cloud of its vertices.
* **numpy point clouds** (or torch-like tensors, or nested lists): ``(N, 3)`` xyz, ``(N, 4)`` xyz
  + category (integers 0..255; wandb documents 1..14), ``(N, 6)`` xyz + rgb (0..255, integer or
  float; fractional values are rounded and ``colors_rounded`` is recorded; fractional values all
  within [0, 1] are refused as ambiguous). Coordinates must be finite and within float32 range.
  More than ``max_points`` points (default 10,000,000) are refused before anything is copied.
* **wandb scene dicts** ``{"type": "lidar/beta", "points": (N, 3|4|6), "boxes": [...],
  "vectors": [...]}``, also built by :meth:`Object3D.from_point_cloud`. A box is
  ``{"corners": 8 x (x, y, z), "color": (r, g, b), "label"?: str, "score"?: number}`` (see
  :func:`vizlog.box3d`); a vector is ``{"start": xyz, "end": xyz, "color"?: rgb}``.

Storage (``media/object3D/``; docs/formats/object3D-file.md has the full descriptor):

* meshes: one GLB with everything embedded. A GLB that is already self-contained is stored
  byte for byte (``transform: "none"``); glTF, and GLB with external files, are packed into one
  GLB with their JSON otherwise unchanged (``"embed"``); OBJ/STL/PLY and trimesh objects are
  exported by trimesh (``"convert"``). A self-contained input file that was not stored as is
  (STL, PLY, OBJ without ``mtllib``, glTF with only ``data:`` URIs) is kept too, as the
  ``original`` sub-descriptor.
* point clouds: binary PLY, float32 xyz + uint8 rgb (+ uint8 category), 15 bytes per coloured
  point (``transform: "float32"``); boxes and vectors go in a ``scene`` JSON beside it.

Read back (:meth:`from_descriptor`): ``to_trimesh()`` gives a ``trimesh.Scene`` (meshes) or
``trimesh.PointCloud``; ``to_numpy()`` gives the point array as logged, as float32: exactly the
input for float32 input, ``points.astype(np.float32)`` otherwise (rgb and categories are exact
integers). ``boxes`` and ``vectors`` come back as lists of dicts.
"""

from __future__ import annotations

import copy
import os
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any, ClassVar

import numpy as np

from vizlog import _json
from vizlog._digest import Sha256Ahead, sha256_ahead
from vizlog.errors import MediaError, UnsupportedInputError
from vizlog.media import _gltf
from vizlog.media._base import Encoded, Media, Resolved, RunFiles
from vizlog.media._caps import decoding
from vizlog.media._mesh_load import (
    FolderReader,
    load_scene,
    require_trimesh,
    scene_from_glb,
    scene_to_glb,
)
from vizlog.media._pointcloud import (
    PointData,
    box3d,
    ply_parts,
    read_ply,
    validate_points,
    validate_scene,
)
from vizlog.media._request import is_path, request
from vizlog.media._util import check_caption

__all__ = ["DEFAULT_MAX_BYTES", "DEFAULT_MAX_POINTS", "Object3D", "box3d"]

DEFAULT_MAX_POINTS = 10_000_000
DEFAULT_MAX_BYTES = 1 << 30
KIND = "media/object3D"
_FILE_TYPES = ("obj", "gltf", "glb", "stl", "ply", "pts.json")
_SCENE_KEYS = {"type", "points", "boxes", "vectors"}


def _file_type_of(name: str) -> str | None:
    low = name.lower()
    if low.endswith(".pts.json"):
        return "pts.json"
    ext = os.path.splitext(low)[1].lstrip(".")
    return ext or None


def _is_trimesh(value: Any) -> bool:
    return type(value).__module__.split(".")[0] == "trimesh"


class _OriginalFile(Media):
    """The input file's own bytes, stored beside the GLB when they are self-contained."""

    type_name = "object3D-file"

    def __init__(self, data: bytes, fmt: str) -> None:
        self.data, self.fmt = data, fmt

    def encode(self, resolved: Resolved | None = None) -> Encoded:
        return Encoded(self.data, self.fmt, KIND,
                       {"_type": self.type_name, "format": self.fmt, "role": "original"})


class _SceneFile(Media):
    """The boxes and vectors of a ``lidar/beta`` scene, as JSON beside the points."""

    type_name = "object3D-scene"

    def __init__(self, body: dict[str, Any]) -> None:
        self.body = body

    def encode(self, resolved: Resolved | None = None) -> Encoded:
        return Encoded(_json.dumps(self.body).encode("utf-8"), "scene.json", KIND,
                       {"_type": self.type_name, "type": self.body["type"],
                        "box_count": len(self.body["boxes"]),
                        "vector_count": len(self.body["vectors"])})


class Object3D(Media):
    """A 3-D mesh or point cloud; see the module docstring for inputs, storage and read-back."""

    type_name = "object3D-file"
    list_type_name = "object3D"
    SUPPORTED_TYPES: ClassVar[frozenset[str]] = frozenset(_FILE_TYPES)
    SUPPORTED_POINT_CLOUD_TYPES: ClassVar[frozenset[str]] = frozenset({"lidar/beta"})

    caption: str | None
    source_format: str
    transform: str
    original: Object3D | None            # the stored original file, after from_descriptor
    _points: PointData | None
    _scene_body: dict[str, Any] | None
    _glb: bytes | None
    _info: _gltf.GlbInfo | None
    _tm_scene: Any
    _raw: tuple[bytes, str] | None       # a stored original file, read back
    _original: _OriginalFile | None
    _digest: Sha256Ahead | None          # the stored file's sha256, computed ahead

    def __init__(self, data_or_path: Any, caption: str | None = None, *,
                 file_type: str | None = None, max_points: int = DEFAULT_MAX_POINTS,
                 max_bytes: int = DEFAULT_MAX_BYTES, skip_materials: bool = False) -> None:
        check_caption(caption)
        for name, value in (("max_points", max_points), ("max_bytes", max_bytes)):
            if isinstance(value, bool) or not isinstance(value, int) or value < 1:
                raise MediaError(f"`{name}` must be a positive int; got {value!r}.")
        if file_type is not None:
            if not isinstance(file_type, str) or \
                    file_type.lower().lstrip(".") not in _FILE_TYPES:
                raise UnsupportedInputError(f"`file_type` must be one of "
                                            f"{', '.join(_FILE_TYPES)}; got {file_type!r}.")
            file_type = file_type.lower().lstrip(".")
        self._reset(caption)
        self._max_points, self._max_bytes = max_points, max_bytes
        value = data_or_path
        if isinstance(value, Object3D):
            self._copy_from(value)
        elif is_path(value):  # before the Mapping check: a first isinstance(str, Mapping)
            self._from_file(value, file_type, skip_materials)  # walks every Mapping ABC
        elif isinstance(value, Mapping):
            self._from_scene_dict(value, "data_or_path")
        elif _is_trimesh(value):
            self._from_trimesh(value)
        elif is_path(value) or callable(getattr(value, "read", None)) or \
                isinstance(value, (bytes, bytearray, memoryview)):
            self._from_file(value, file_type, skip_materials)
        else:
            self._points = validate_points(value, "data_or_path", max_points)
            self.source_format, self.transform = "numpy", "float32"
        # the stored file's bytes are final now (the PLY rows, or the GLB as read or packed):
        # their sha256 is started here, in a helper thread, and the store takes it when it names
        # the file (see vizlog._digest); it runs beside the rest of log() and the write
        # (a GLB's started in _from_file, a copy of another Object3D has the other's)
        if self._digest is None:
            if self._points is not None:
                self._digest = sha256_ahead(ply_parts(self._points))
            elif self._glb is not None and self.source_format == "gltf":   # packed
                self._digest = sha256_ahead((self._glb,))

    def _reset(self, caption: str | None) -> None:
        self.caption = caption
        self.source_format = ""
        self.transform = "none"
        self._points = None
        self._scene_body = None
        self._glb = None
        self._info = None
        self._tm_scene = None
        self._raw = None
        self._original = None
        self._digest = None
        self.original = None
        self._max_points, self._max_bytes = DEFAULT_MAX_POINTS, DEFAULT_MAX_BYTES

    # -- wandb constructors --------------------------------------------------------------------
    @classmethod
    def from_file(cls, data_or_path: Any, file_type: str | None = None) -> Object3D:
        """A mesh or point cloud from a path or file object (as ``wandb.Object3D.from_file``)."""
        return cls(data_or_path, file_type=file_type)

    @classmethod
    def from_numpy(cls, data: Any) -> Object3D:
        """A point cloud from an ``(N, 3|4|6)`` array (as ``wandb.Object3D.from_numpy``)."""
        return cls(np.asarray(data) if isinstance(data, (list, tuple)) else data)

    @classmethod
    def from_point_cloud(cls, points: Any, boxes: Any, vectors: Any = None,
                         point_cloud_type: str = "lidar/beta") -> Object3D:
        """A ``lidar/beta`` scene: points plus boxes (see :func:`vizlog.box3d`) and vectors."""
        return cls({"type": point_cloud_type, "points": points, "boxes": boxes,
                    "vectors": vectors})

    # -- inputs --------------------------------------------------------------------------------
    def _copy_from(self, other: Object3D) -> None:
        caption = self.caption
        self.__dict__.update(copy.copy(other.__dict__))
        if caption is not None:
            self.caption = caption

    def _from_scene_dict(self, d: Mapping[str, Any], arg: str) -> None:
        if d.get("type") not in self.SUPPORTED_POINT_CLOUD_TYPES:
            raise UnsupportedInputError(f"`{arg}` must be a scene dict with type 'lidar/beta'; "
                                        f"got type {d.get('type')!r}.")
        unknown = sorted(set(map(str, d)) - _SCENE_KEYS)
        if unknown:
            raise MediaError(f"`{arg}` has keys {unknown}; a lidar/beta scene has 'type', "
                             "'points', 'boxes' and 'vectors'.")
        self._points = validate_points(d.get("points"), f"{arg}['points']", self._max_points)
        boxes, vectors = validate_scene(d.get("boxes"), d.get("vectors"), arg)
        self._scene_body = {"type": str(d["type"]), "boxes": boxes, "vectors": vectors}
        self.source_format, self.transform = "lidar/beta", "float32"

    def _from_trimesh(self, value: Any) -> None:
        trimesh = require_trimesh()
        if isinstance(value, trimesh.Scene):
            scene = value.copy()
        elif isinstance(value, (trimesh.Trimesh, trimesh.PointCloud)):
            scene = trimesh.Scene(value.copy())
        else:
            raise UnsupportedInputError(f"`data_or_path` is a {type(value).__name__}; vizlog "
                                        "logs trimesh Trimesh, PointCloud and Scene objects.")
        for name, geom in list(scene.geometry.items()):
            if isinstance(geom, trimesh.Trimesh) and len(geom.faces) == 0 and \
                    len(geom.vertices) > 0:
                colors = getattr(geom.visual, "vertex_colors", None)
                scene.geometry[name] = trimesh.PointCloud(geom.vertices, colors=colors)
        _check_scene(scene, "data_or_path")
        self._tm_scene = scene
        self.source_format, self.transform = "trimesh", "convert"

    def _from_file(self, value: Any, file_type: str | None, skip_materials: bool) -> None:
        arg = "data_or_path"
        data, ftype, folder, source = _read_input(value, file_type, arg, self._max_bytes)
        self.source_format = ftype
        reader = FolderReader(folder, source, arg, self._max_bytes)
        if ftype == "glb":
            # most GLB files are stored as read: their digest starts now, beside the checks
            # (dropped when the file is damaged or gets packed)
            ahead = sha256_ahead((data,))
            try:
                glb = _gltf.read_glb(data, arg)
                if _gltf.external_uris(glb.json):
                    if ahead is not None:
                        ahead.cancel()
                        ahead = None
                    data = _gltf.pack(glb.json, glb.bin, lambda u, w: reader.read(u, uri=True),
                                      arg, self._max_bytes)
                    glb = _gltf.read_glb(data, arg)
                    self.transform = "embed"
                    ahead = sha256_ahead((data,))
                self._info = _gltf.inspect(glb.json, None if glb.bin is None else len(glb.bin),
                                           arg)
            except BaseException:
                if ahead is not None:
                    ahead.cancel()
                raise
            self._glb, self._digest = data, ahead
        elif ftype == "gltf":
            doc = _gltf.parse_json(data.removeprefix(b"\xef\xbb\xbf"), arg)
            packed = _gltf.pack(doc, None, lambda u, w: reader.read(u, uri=True), arg,
                                self._max_bytes)
            glb = _gltf.read_glb(packed, arg)
            self._info = _gltf.inspect(glb.json, None if glb.bin is None else len(glb.bin), arg)
            self._glb, self.transform = packed, "embed"
            if not _gltf.external_uris(doc):
                self._original = _OriginalFile(data, "gltf")
        elif ftype == "pts.json":
            self._from_pts_json(data, arg)
        elif ftype in ("obj", "stl", "ply"):
            scene = load_scene(data, ftype, reader, arg, skip_materials)
            _check_scene(scene, arg)
            self._tm_scene, self.transform = scene, "convert"
            refers = (ftype == "obj" and b"mtllib" in data) or \
                (ftype == "ply" and b"TextureFile" in data[:65536])
            if not reader.served and not refers:
                self._original = _OriginalFile(data, ftype)
        else:  # pragma: no cover - _read_input checks the type
            raise UnsupportedInputError(f"`{arg}` has unsupported type {ftype!r}.")

    def _from_pts_json(self, data: bytes, arg: str) -> None:
        try:
            body = _json.loads(data)
        except ValueError as exc:
            raise MediaError(f"`{arg}` is not valid .pts.json ({exc}).") from None
        if isinstance(body, Mapping):
            self._from_scene_dict(body, arg)
        else:
            self._points = validate_points(body, arg, self._max_points)
            self.transform = "float32"
        self.source_format = "pts.json"

    # -- encode --------------------------------------------------------------------------------
    def children(self) -> dict[str, Media]:
        out: dict[str, Media] = {}
        if self._original is not None:
            out["original"] = self._original
        if self._scene_body is not None:
            out["scene"] = _SceneFile(self._scene_body)
        return out

    def encode(self, resolved: Resolved | None = None) -> Encoded:
        fields: dict[str, Any] = {"_type": self.type_name, "source_format": self.source_format,
                                  "transform": self.transform}
        parts: tuple[Any, ...] | None = None
        data: bytes | None = None
        digest = None
        if self._points is not None:
            pd = self._points
            parts, ext = ply_parts(pd), "ply"  # header + vertex array: the store writes both
            digest = self._digest
            fields.update(format="ply", geometry="points", point_count=len(pd.rec),
                          vertex_count=0, face_count=0, bounds=pd.bounds(), columns=pd.columns,
                          dtype="float32", source_dtype=pd.source_dtype)
            if pd.colors_rounded:
                fields["colors_rounded"] = True
        elif self._raw is not None:
            data, ext = self._raw
            fields["format"] = ext
        else:
            data, info = self._glb_and_info()
            ext = "glb"
            if data is self._glb:
                digest = self._digest
            fields.update(format="glb", geometry="mesh" if info.vertex_count else "points",
                          vertex_count=info.vertex_count, face_count=info.face_count,
                          point_count=info.point_count, bounds=info.bounds)
        if self.caption is not None:
            fields["caption"] = self.caption
        for name in ("original", "scene"):
            if resolved and name in resolved:
                fields[name] = resolved[name]
        return Encoded(data, ext, KIND, fields, parts=parts, digest=digest)

    def _glb_and_info(self) -> tuple[bytes, _gltf.GlbInfo]:
        if self._glb is not None and self._info is not None:
            return self._glb, self._info
        data = scene_to_glb(self._tm_scene)
        glb = _gltf.read_glb(data, "data_or_path")
        return data, _gltf.inspect(glb.json, None if glb.bin is None else len(glb.bin))

    # -- read back -----------------------------------------------------------------------------
    @classmethod
    def from_descriptor(cls, descriptor: Mapping[str, Any], files: RunFiles) -> Object3D:
        data = files.read_bytes(descriptor["path"])
        obj = cls.__new__(cls)
        obj._reset(descriptor.get("caption"))
        obj.source_format = str(descriptor.get("source_format", ""))
        obj.transform = str(descriptor.get("transform", "none"))
        fmt = str(descriptor.get("format", ""))
        if fmt == "ply" and descriptor.get("geometry") == "points":
            cols = read_ply(data)
            pos = np.column_stack([cols["x"], cols["y"], cols["z"]]).astype(np.float32)
            has_cat = "category" in cols
            colors = None if has_cat or "red" not in cols else \
                np.column_stack([cols["red"], cols["green"], cols["blue"]])
            obj._points = PointData.build(pos, colors, cols["category"] if has_cat else None,
                                          str(descriptor.get("source_dtype", "float32")),
                                          bool(descriptor.get("colors_rounded", False)))
        elif fmt == "glb":
            glb = _gltf.read_glb(data, "descriptor")
            obj._info = _gltf.inspect(glb.json, None if glb.bin is None else len(glb.bin),
                                      "descriptor")
            obj._glb = data
        else:
            obj._raw = (data, fmt)
        if isinstance(descriptor.get("scene"), Mapping):
            obj._scene_body = _json.loads(files.read_bytes(descriptor["scene"]["path"]))
        if isinstance(descriptor.get("original"), Mapping):
            obj.original = cls.from_descriptor(descriptor["original"], files)
        return obj

    @classmethod
    def list_descriptor(cls, items: Sequence[dict[str, Any]],
                        objects: Sequence[Media]) -> dict[str, Any]:
        prefix = KIND + "/"
        return {"_type": cls.list_type_name, "count": len(items),
                "filenames": [str(d.get("path", "")).removeprefix(prefix) for d in items],
                "objects": list(items), "items": list(items)}

    @classmethod
    def from_list_descriptor(cls, descriptor: Mapping[str, Any],
                             files: RunFiles) -> list[Media]:
        items = descriptor.get("items") or descriptor.get("objects") or []
        return [cls.from_descriptor(d, files) for d in items]

    # -- access --------------------------------------------------------------------------------
    @property
    def is_point_cloud(self) -> bool:
        return self._points is not None

    @property
    def boxes(self) -> list[dict[str, Any]]:
        return list(self._scene_body["boxes"]) if self._scene_body else []

    @property
    def vectors(self) -> list[dict[str, Any]]:
        return list(self._scene_body["vectors"]) if self._scene_body else []

    def to_numpy(self) -> np.ndarray:
        """The point array as logged, float32 ``(N, 3|4|6)`` (see the module docstring)."""
        if self._points is None:
            raise MediaError("this Object3D is a mesh, not a point cloud; use `to_trimesh()`.")
        return self._points.to_numpy()

    def __array__(self, dtype: Any = None, copy: Any = None) -> np.ndarray:
        arr = self.to_numpy()
        return arr if dtype is None else arr.astype(dtype)

    @property
    def glb(self) -> bytes | None:
        """The GLB bytes that are (or will be) stored for a mesh; None for point clouds."""
        if self._points is not None or self._raw is not None:
            return None
        return self._glb_and_info()[0]

    def to_trimesh(self) -> Any:
        """A ``trimesh.Scene`` for meshes, a ``trimesh.PointCloud`` for point clouds."""
        trimesh = require_trimesh()
        if self._points is not None:
            pd = self._points
            colors = pd.colors if pd.colors is not None else None
            return trimesh.PointCloud(pd.positions.astype(np.float64), colors=colors)
        with decoding("the 3D file"):
            if self._raw is not None:
                return scene_from_glb(self._raw[0], self._raw[1])
            return scene_from_glb(self._glb_and_info()[0])   # what is (or will be) stored

    def __repr__(self) -> str:
        if self._points is not None:
            what = f"{len(self._points.positions)} points"
        elif self._raw is not None:
            what = f"{self._raw[1]} file"
        elif self._info is not None:
            what = f"{self._info.vertex_count} vertices, {self._info.face_count} faces"
        else:
            what = f"mesh of {len(self._tm_scene.geometry)} geometries"
        return f"<vizlog.Object3D {self.source_format} {what}>"


def _check_scene(scene: Any, arg: str) -> None:
    """Refuse scenes with no faces or points, and non-finite vertices."""
    total = 0
    for name, geom in scene.geometry.items():
        verts = np.asarray(getattr(geom, "vertices", np.zeros((0, 3))))
        if verts.size and not np.isfinite(verts).all():
            raise MediaError(f"`{arg}` geometry {name!r} has NaN or infinite vertices; fix "
                             "or remove them first.")
        faces = getattr(geom, "faces", None)
        total += len(faces) if faces is not None else len(verts)
    if total == 0:
        raise MediaError(f"`{arg}` is an empty mesh (no faces and no points); log a mesh with "
                         "at least one face or point.")


def _read_input(value: Any, file_type: str | None, arg: str, max_bytes: int
                ) -> tuple[bytes, str, Path | None, str]:
    """(bytes, file type, folder for referenced files, display name) of a file input."""
    # a text handle on a real file (``open("m.glb")``, as in wandb's docs) is re-read by its name
    # (its exact bytes, as wandb does); other text handles hold a text format (OBJ, glTF)
    req = request(value, arg, max_bytes, text="allow")
    data, folder, name = req.data, req.folder, req.name
    ftype = file_type or (_file_type_of(name) if name else None)
    if req.was_text and ftype == "glb":
        raise UnsupportedInputError(f"`{arg}` is a text-mode file object, but GLB is binary; "
                                    "open it with mode 'rb'.")
    if ftype is None:
        raise UnsupportedInputError(f"`{arg}` has no file name to tell its type from; pass "
                                    f"`file_type=` one of {', '.join(_FILE_TYPES)}.")
    if ftype not in _FILE_TYPES:
        raise UnsupportedInputError(f"`{arg}` is a .{ftype} file; vizlog reads "
                                    f"{', '.join(_FILE_TYPES)}. Convert it (e.g. to GLB) first.")
    return data, ftype, folder, name or "file object"
