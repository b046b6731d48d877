"""GLB / glTF 2.0: validate before trusting, count without decoding, pack into one GLB.

Everything here works on bytes already in memory and never allocates from a size the file claims:

* :func:`read_glb` checks the 12-byte header (magic ``glTF``, version 2, ``length`` equal to the
  real size) and every chunk (8-byte header inside the file, data inside the file; a length that
  is not a multiple of 4, which real exporters write and trimesh and browsers load, is accepted;
  the first chunk is JSON, at most one BIN chunk and only as the second chunk; unknown chunk
  types are skipped as the spec says), then parses the JSON chunk. Python integers do not
  wrap, so a length of ``0xFFFFFFFF`` is simply "larger than the file".
* :func:`inspect` checks buffers, buffer views and accessors against each other (every accessor
  ends inside its buffer view, every view inside its buffer, the GLB buffer inside the BIN chunk)
  and reads the vertex, triangle and point counts and the world-space bounding box from the JSON
  alone: accessor ``count`` and ``min``/``max``, node matrices. No buffer is decoded.
* :func:`pack` turns glTF JSON plus its buffers and images (read through a caller-given function
  that enforces the folder rules, or decoded from base64 ``data:`` URIs) into one self-contained
  GLB: one BIN buffer, images as buffer views, the rest of the JSON unchanged.
"""

from __future__ import annotations

import base64
import binascii
import copy
import json
import math
import struct
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np

from vizlog.errors import MediaError, UnsupportedInputError
from vizlog.media._caps import check_empty_accessor, check_sparse

__all__ = ["Glb", "GlbInfo", "decode_data_uri", "external_uris", "inspect", "pack",
           "read_glb", "write_glb"]

MAGIC = b"glTF"
CHUNK_JSON = 0x4E4F534A
CHUNK_BIN = 0x004E4942
_COMPONENT_SIZE = {5120: 1, 5121: 1, 5122: 2, 5123: 2, 5125: 4, 5126: 4}
_TYPE_SIZE = {"SCALAR": 1, "VEC2": 2, "VEC3": 3, "VEC4": 4, "MAT2": 4, "MAT3": 9, "MAT4": 16}
_MIME_MAGIC = ((b"\x89PNG\r\n\x1a\n", "image/png"), (b"\xff\xd8\xff", "image/jpeg"),
               (b"\xabKTX 20\xbb", "image/ktx2"))
MAX_NODE_VISITS = 1_000_000


@dataclass(frozen=True)
class Glb:
    """A parsed GLB: its JSON and the BIN chunk (a view into the original bytes) if any."""

    json: dict[str, Any]
    bin: memoryview | None


@dataclass(frozen=True)
class GlbInfo:
    """What :func:`inspect` reads from the JSON: counts and the world-space bounding box."""

    vertex_count: int
    face_count: int
    point_count: int
    bounds: list[list[float]] | None


def _fail(arg: str, msg: str) -> MediaError:
    return MediaError(f"`{arg}` {msg}")


def _looks_text(head: bytes) -> bool:
    if not head:
        return False
    try:
        text = head.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return all(ch.isprintable() or ch in "\r\n\t" for ch in text)


def read_glb(data: bytes | memoryview, arg: str = "data_or_path") -> Glb:
    """Validate a GLB's header and chunks and parse its JSON chunk (see the module docstring)."""
    view = memoryview(data)
    n = len(view)
    if n < 12 or bytes(view[:4]) != MAGIC:
        head = bytes(view[:64])
        if _looks_text(head):
            raise UnsupportedInputError(
                f"`{arg}` is a text file (it starts with {head[:24]!r}), not a binary glTF "
                "(GLB). If it is glTF JSON, name it .gltf or pass `file_type=\"gltf\"`.")
        if n < 12:
            raise UnsupportedInputError(f"`{arg}` is {n} bytes, too short for a GLB header "
                                        "(12 bytes); pass a complete .glb file.")
        raise UnsupportedInputError(f"`{arg}` does not start with the GLB magic b'glTF' (got "
                                    f"{head[:4]!r}); it is not a binary glTF file.")
    version, length = struct.unpack_from("<II", view, 4)
    if version != 2:
        raise _fail(arg, f"is a GLB of version {version}; only glTF 2.0 (version 2) is "
                         "supported. Re-export it with a current glTF 2.0 exporter.")
    if length != n:
        raise _fail(arg, f"has a GLB header that says {length} bytes, but the file has {n}; it "
                         "is truncated or has trailing data. Re-export the file.")
    chunks: list[tuple[int, int, int]] = []
    off = 12
    while off < n:
        if off + 8 > n:
            raise _fail(arg, f"has a chunk header cut off at byte {off} of {n}; the GLB is "
                             "damaged.")
        clen, ctype = struct.unpack_from("<II", view, off)
        if off + 8 + clen > n:
            raise _fail(arg, f"has a chunk at byte {off} that claims {clen} bytes, but only "
                             f"{n - off - 8} remain in the file; the GLB is damaged.")
        chunks.append((ctype, off + 8, clen))
        off += 8 + clen
    if not chunks or chunks[0][0] != CHUNK_JSON:
        raise _fail(arg, "has no JSON chunk first, as GLB requires; the file is damaged.")
    bins = [i for i, c in enumerate(chunks) if c[0] == CHUNK_BIN]
    if len(bins) > 1 or (bins and bins[0] != 1):
        raise _fail(arg, "has a BIN chunk that is not the second chunk, or more than one; a GLB "
                         "has at most one BIN chunk, right after the JSON chunk.")
    _, jstart, jlen = chunks[0]
    doc = parse_json(bytes(view[jstart:jstart + jlen]).rstrip(b" \x00"), arg)
    bin_view = None
    if bins:
        _, bstart, blen = chunks[1]
        bin_view = view[bstart:bstart + blen]
    return Glb(doc, bin_view)


def parse_json(text: bytes, arg: str) -> dict[str, Any]:
    """Parse glTF JSON strictly (UTF-8, no NaN/Infinity tokens, an object at the top)."""
    def refuse(token: str) -> Any:
        raise ValueError(f"non-standard JSON token {token}")

    try:
        doc = json.loads(text.decode("utf-8"), parse_constant=refuse)
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise _fail(arg, f"has glTF JSON that does not parse ({type(exc).__name__}: "
                         f"{str(exc)[:200]}); the file is damaged.") from None
    if not isinstance(doc, dict):
        raise _fail(arg, f"has glTF JSON whose top level is a {type(doc).__name__}, not an "
                         "object; the file is not glTF.")
    asset = doc.get("asset")
    version = asset.get("version") if isinstance(asset, dict) else None
    if not isinstance(version, str) or not version.startswith("2."):
        raise _fail(arg, f"has glTF asset.version {version!r}; only glTF 2.x is supported. "
                         "Re-export it with a current glTF 2.0 exporter.")
    return doc


def write_glb(doc: dict[str, Any], bin_data: bytes | None) -> bytes:
    """Assemble a GLB from JSON and an optional BIN chunk (padding with spaces / zeros)."""
    text = json.dumps(doc, separators=(",", ":"), ensure_ascii=False,
                      allow_nan=False).encode("utf-8")
    text += b" " * (-len(text) % 4)
    parts = [b"", struct.pack("<II", len(text), CHUNK_JSON), text]
    if bin_data is not None:
        pad = -len(bin_data) % 4
        parts += [struct.pack("<II", len(bin_data) + pad, CHUNK_BIN), bin_data, b"\x00" * pad]
    total = 12 + sum(len(p) for p in parts)
    parts[0] = MAGIC + struct.pack("<II", 2, total)
    return b"".join(parts)


# -- JSON field access --------------------------------------------------------------------------
def _list(doc: dict[str, Any], key: str, arg: str) -> list[Any]:
    value = doc.get(key, [])
    if not isinstance(value, list):
        raise _fail(arg, f"has glTF `{key}` that is not a list; the file is damaged.")
    return value


def _obj(value: Any, where: str, arg: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise _fail(arg, f"has glTF {where} that is not an object; the file is damaged.")
    return value


def _int(obj: dict[str, Any], key: str, where: str, arg: str, default: int | None = None,
         lo: int = 0, hi: int | None = None) -> int:
    value = obj.get(key, default)
    if isinstance(value, bool) or not isinstance(value, int) or value < lo or \
            (hi is not None and value > hi):
        bound = f"in {lo}..{hi}" if hi is not None else f">= {lo}"
        raise _fail(arg, f"has glTF {where}.{key} = {value!r}; it must be an integer {bound}. "
                         "The file is damaged.")
    return value


def external_uris(doc: dict[str, Any]) -> list[tuple[str, str]]:
    """``[(where, uri)]`` of every buffer and image URI that is not a ``data:`` URI."""
    out = []
    for key in ("buffers", "images"):
        items = doc.get(key)
        if not isinstance(items, list):
            continue
        for i, item in enumerate(items):
            uri = item.get("uri") if isinstance(item, dict) else None
            if isinstance(uri, str) and uri[:5].lower() != "data:":
                out.append((f"{key}[{i}].uri", uri))
    return out


def decode_data_uri(uri: str, where: str, arg: str, max_bytes: int) -> tuple[str, bytes]:
    """``(media type, bytes)`` of a base64 ``data:`` URI; anything else is refused."""
    comma = uri.find(",")
    header = uri[5:comma] if comma >= 0 else ""
    if comma < 0 or not header.lower().endswith(";base64"):
        raise _fail(arg, f"has glTF {where} that is a data: URI without ';base64,'; only base64 "
                         "data URIs are read. Re-export the file with embedded buffers.")
    payload = uri[comma + 1:]
    if len(payload) // 4 * 3 > max_bytes:
        raise _fail(arg, f"has glTF {where} holding about {len(payload) // 4 * 3} bytes, over "
                         f"`max_bytes`={max_bytes}; raise `max_bytes` if the file is trusted.")
    try:
        data = base64.b64decode(payload, validate=True)
    except (binascii.Error, ValueError):
        raise _fail(arg, f"has glTF {where} whose base64 data does not decode; the file is "
                         "damaged.") from None
    return header[:-7], data


def _data_uri_size(uri: str) -> int:
    payload = uri[uri.find(",") + 1:]
    return len(payload) // 4 * 3 - payload[-2:].count("=")


# -- validation and counting --------------------------------------------------------------------
def inspect(doc: dict[str, Any], bin_len: int | None, arg: str = "data_or_path") -> GlbInfo:
    """Check buffers/views/accessors against each other and count geometry from the JSON only.

    Buffers must be the GLB BIN chunk (``bin_len``) or base64 ``data:`` URIs (external URIs are
    packed away by :func:`pack` before this runs). Raises :class:`MediaError` if anything points
    outside its container or if the scene has no geometry.
    """
    buffers = _list(doc, "buffers", arg)
    sizes = []
    for i, b in enumerate(buffers):
        b = _obj(b, f"buffers[{i}]", arg)
        length = _int(b, "byteLength", f"buffers[{i}]", arg, lo=1)
        uri = b.get("uri")
        if uri is None:
            if i != 0 or bin_len is None or length > bin_len:
                raise _fail(arg, f"has glTF buffers[{i}] of {length} bytes without a URI, but "
                                 f"the GLB BIN chunk has {bin_len or 0}; the file is damaged.")
        elif not isinstance(uri, str) or uri[:5].lower() != "data:":
            raise _fail(arg, f"has glTF buffers[{i}] that is not embedded ({uri!r}).")
        elif _data_uri_size(uri) < length:
            raise _fail(arg, f"has glTF buffers[{i}] whose data: URI holds fewer than its "
                             f"byteLength {length} bytes; the file is damaged.")
        sizes.append(length)
    views = _list(doc, "bufferViews", arg)
    view_len = []
    for i, v in enumerate(views):
        v = _obj(v, f"bufferViews[{i}]", arg)
        where = f"bufferViews[{i}]"
        buf = _int(v, "buffer", where, arg, hi=len(sizes) - 1)
        off = _int(v, "byteOffset", where, arg, default=0)
        length = _int(v, "byteLength", where, arg, lo=1)
        if off + length > sizes[buf]:
            raise _fail(arg, f"has glTF {where} ending at byte {off + length}, past the end of "
                             f"buffers[{buf}] ({sizes[buf]} bytes); the file is damaged.")
        if "byteStride" in v:
            stride = _int(v, "byteStride", where, arg, lo=4, hi=252)
            if stride % 4:
                raise _fail(arg, f"has glTF {where}.byteStride {stride}, not a multiple of 4.")
        view_len.append((length, v.get("byteStride")))
    accessors = _list(doc, "accessors", arg)
    counts = []
    for i, a in enumerate(accessors):
        a = _obj(a, f"accessors[{i}]", arg)
        where = f"accessors[{i}]"
        count = _int(a, "count", where, arg, lo=1)
        ctype = a.get("componentType")
        atype = a.get("type")
        if ctype not in _COMPONENT_SIZE or atype not in _TYPE_SIZE:
            raise _fail(arg, f"has glTF {where} with componentType {ctype!r} and type "
                             f"{atype!r}; these are not glTF 2.0 values.")
        if "bufferView" in a:
            bv = _int(a, "bufferView", where, arg, hi=len(view_len) - 1)
            off = _int(a, "byteOffset", where, arg, default=0)
            elem = _COMPONENT_SIZE[ctype] * _TYPE_SIZE[atype]
            vlen, vstride = view_len[bv]
            step = vstride if isinstance(vstride, int) else elem
            if off + step * (count - 1) + elem > vlen:
                raise _fail(arg, f"has glTF {where} of {count} elements that ends past its "
                                 f"bufferView ({vlen} bytes); the file is damaged.")
        else:
            check_empty_accessor(a, count, _COMPONENT_SIZE[ctype] * _TYPE_SIZE[atype], where, arg)
        check_sparse(a, count, _COMPONENT_SIZE[ctype] * _TYPE_SIZE[atype], view_len, where, arg)
        counts.append(count)
    meshes = _list(doc, "meshes", arg)
    prims: list[list[tuple[int, int, int | None]]] = []   # (mode, POSITION, indices)
    for i, m in enumerate(meshes):
        m = _obj(m, f"meshes[{i}]", arg)
        plist = []
        for j, p in enumerate(_list(m, "primitives", arg)):
            p = _obj(p, f"meshes[{i}].primitives[{j}]", arg)
            attrs = _obj(p.get("attributes", {}), f"meshes[{i}].primitives[{j}].attributes", arg)
            if "POSITION" not in attrs:
                continue
            where = f"meshes[{i}].primitives[{j}]"
            pos = _int(attrs, "POSITION", where + ".attributes", arg, hi=len(counts) - 1)
            idx = (_int(p, "indices", where, arg, hi=len(counts) - 1)
                   if "indices" in p else None)
            mode = _int(p, "mode", where, arg, default=4, hi=6)
            plist.append((mode, pos, idx))
        prims.append(plist)
    used, instances = _mesh_instances(doc, len(meshes), arg)
    vertices = faces = points = 0
    for mi in sorted(used):
        for mode, pos, idx in prims[mi]:
            n = counts[idx] if idx is not None else counts[pos]
            if mode == 0:
                points += counts[pos]
                continue
            vertices += counts[pos]
            if mode == 4:
                faces += n // 3
            elif mode in (5, 6):
                faces += max(n - 2, 0)
    if vertices + points == 0:
        raise _fail(arg, "has no geometry: no mesh primitive with POSITION data is reachable "
                         "from its scene. Log a file with at least one mesh or point set.")
    return GlbInfo(vertices, faces, points, _bounds(accessors, prims, instances))


_TRANSFORM_KEYS = ("matrix", "translation", "rotation", "scale")


def _matrix(node: dict[str, Any]) -> np.ndarray:
    if "matrix" in node:
        m = np.asarray(node["matrix"], dtype=np.float64)
        if m.shape != (16,):
            raise ValueError("matrix")
        return m.reshape(4, 4).T   # glTF stores column-major
    t = np.asarray(node.get("translation", [0, 0, 0]), dtype=np.float64)
    q = np.asarray(node.get("rotation", [0, 0, 0, 1]), dtype=np.float64)
    s = np.asarray(node.get("scale", [1, 1, 1]), dtype=np.float64)
    if t.shape != (3,) or q.shape != (4,) or s.shape != (3,):
        raise ValueError("trs")
    x, y, z, w = q / (np.linalg.norm(q) or 1.0)
    rot = np.array([[1 - 2 * (y * y + z * z), 2 * (x * y - z * w), 2 * (x * z + y * w)],
                    [2 * (x * y + z * w), 1 - 2 * (x * x + z * z), 2 * (y * z - x * w)],
                    [2 * (x * z - y * w), 2 * (y * z + x * w), 1 - 2 * (x * x + y * y)]])
    out = np.eye(4)
    out[:3, :3] = rot * s
    out[:3, 3] = t
    return out


def _mesh_instances(doc: dict[str, Any], n_meshes: int, arg: str
                    ) -> tuple[set[int], list[tuple[int, np.ndarray | None]]]:
    """Meshes reachable from the default scene and ``(mesh, world matrix)`` per node using one."""
    nodes = _list(doc, "nodes", arg)
    scenes = _list(doc, "scenes", arg)
    if scenes:
        index = doc.get("scene", 0)
        if isinstance(index, bool) or not isinstance(index, int) or \
                not 0 <= index < len(scenes):
            raise _fail(arg, f"has glTF scene index {index!r} outside scenes[0..{len(scenes)}).")
        roots = _obj(scenes[index], f"scenes[{index}]", arg).get("nodes", [])
    elif nodes:
        children = {c for n in nodes if isinstance(n, dict) for c in n.get("children", [])
                    if isinstance(c, int)}
        roots = [i for i in range(len(nodes)) if i not in children]
    else:
        return set(range(n_meshes)), [(i, None) for i in range(n_meshes)]
    if not isinstance(roots, list):
        raise _fail(arg, "has glTF scene nodes that are not a list; the file is damaged.")
    used: set[int] = set()
    instances: list[tuple[int, np.ndarray | None]] = []
    seen: set[int] = set()
    # a world matrix of None is the identity: nodes without a transform under nodes without
    # one (most exported files) need no matrix products (the same result as multiplying the
    # identity matrices, without the numpy calls)
    stack: list[tuple[Any, np.ndarray | None]] = [(r, None) for r in reversed(roots)]
    while stack:
        ni, parent = stack.pop()
        if isinstance(ni, bool) or not isinstance(ni, int) or not 0 <= ni < len(nodes):
            raise _fail(arg, f"has glTF node reference {ni!r} outside nodes[0..{len(nodes)}).")
        if ni in seen or len(seen) >= MAX_NODE_VISITS:
            raise _fail(arg, f"has a glTF node graph that is not a tree (node {ni} is reached "
                             "twice); the file is damaged.")
        seen.add(ni)
        node = _obj(nodes[ni], f"nodes[{ni}]", arg)
        try:
            if parent is None and not any(k in node for k in _TRANSFORM_KEYS):
                world = None
            else:
                world = (np.eye(4) if parent is None else parent) @ _matrix(node)
        except (ValueError, TypeError):
            raise _fail(arg, f"has glTF nodes[{ni}] with a malformed matrix/translation/"
                             "rotation/scale.") from None
        if "mesh" in node:
            mi = _int(node, "mesh", f"nodes[{ni}]", arg, hi=n_meshes - 1)
            used.add(mi)
            instances.append((mi, world))
        kids = node.get("children", [])
        if not isinstance(kids, list):
            raise _fail(arg, f"has glTF nodes[{ni}].children that is not a list.")
        stack.extend((c, world) for c in reversed(kids))
    return used, instances


#: Which of a box's 8 corners take the max (True) or the min of each axis.
_CORNER_SIGNS = np.array([[(i >> 2) & 1, (i >> 1) & 1, i & 1] for i in range(8)], dtype=bool)


def _bounds(accessors: list[Any], prims: list[list[tuple[int, int, int | None]]],
            instances: list[tuple[int, np.ndarray | None]]) -> list[list[float]] | None:
    """World-space axis-aligned box from POSITION min/max and node matrices (None if unknown).

    Each primitive's local box is transformed corner by corner, so the result is exact for node
    rotations by multiples of 90 degrees and otherwise a box that contains the geometry.
    """
    lo = np.full(3, np.inf)
    hi = np.full(3, -np.inf)
    for mi, world in instances:
        for _, pos, _ in prims[mi]:
            acc = accessors[pos]
            try:
                amin = np.asarray(acc["min"], dtype=np.float64)
                amax = np.asarray(acc["max"], dtype=np.float64)
            except (KeyError, TypeError, ValueError):
                return None
            if amin.shape != (3,) or amax.shape != (3,):
                return None
            if world is None:  # the identity: the corners' extremes, -0.0 made 0.0 as the
                lo = np.minimum(lo, np.minimum(amin, amax) + 0.0)  # product with it makes it
                hi = np.maximum(hi, np.maximum(amin, amax) + 0.0)
                continue
            corners = np.where(_CORNER_SIGNS, amax, amin)
            pts = corners @ world[:3, :3].T + world[:3, 3]
            lo = np.minimum(lo, pts.min(axis=0))
            hi = np.maximum(hi, pts.max(axis=0))
    if not (np.isfinite(lo).all() and np.isfinite(hi).all()):
        return None
    return [[float(v) for v in lo], [float(v) for v in hi]]


# -- packing ------------------------------------------------------------------------------------
def _sniff_mime(data: bytes) -> str | None:
    for magic, mime in _MIME_MAGIC:
        if data.startswith(magic):
            return mime
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    return None


def pack(doc: dict[str, Any], glb_bin: memoryview | None,
         read_uri: Callable[[str, str], bytes], arg: str, max_bytes: int) -> bytes:
    """One self-contained GLB from glTF JSON, the GLB BIN chunk (if any) and external files.

    ``read_uri(uri, where)`` returns the bytes of an external reference (and enforces the folder
    rules); ``data:`` URIs are decoded here. Buffers become one BIN buffer (each 4-byte aligned,
    buffer views re-pointed), images with a URI become buffer views with a ``mimeType``; nothing
    else in the JSON changes.
    """
    doc = copy.deepcopy(doc)
    cache: dict[str, bytes] = {}

    def fetch(uri: Any, where: str) -> tuple[str | None, bytes]:
        if not isinstance(uri, str):
            raise _fail(arg, f"has glTF {where} that is not a string.")
        if uri[:5].lower() == "data:":
            mime, data = decode_data_uri(uri, where, arg, max_bytes)
            return mime or None, data
        if uri not in cache:
            cache[uri] = read_uri(uri, where)
        return None, cache[uri]

    out = bytearray()
    bases = []
    for i, b in enumerate(_list(doc, "buffers", arg)):
        b = _obj(b, f"buffers[{i}]", arg)
        length = _int(b, "byteLength", f"buffers[{i}]", arg, lo=1)
        if "uri" in b:
            _, data = fetch(b["uri"], f"buffers[{i}].uri")
        elif i == 0 and glb_bin is not None:
            data = bytes(glb_bin)
        else:
            raise _fail(arg, f"has glTF buffers[{i}] without a URI outside a GLB; the file is "
                             "damaged.")
        if len(data) < length:
            raise _fail(arg, f"has glTF buffers[{i}] with {len(data)} bytes of data, fewer than "
                             f"its byteLength {length}; the file is damaged.")
        out += b"\x00" * (-len(out) % 4)
        bases.append(len(out))
        out += data[:length]
    views = _list(doc, "bufferViews", arg)
    for i, v in enumerate(views):
        v = _obj(v, f"bufferViews[{i}]", arg)
        buf = _int(v, "buffer", f"bufferViews[{i}]", arg, hi=len(bases) - 1)
        v["buffer"] = 0
        v["byteOffset"] = bases[buf] + _int(v, "byteOffset", f"bufferViews[{i}]", arg, default=0)
    for i, img in enumerate(_list(doc, "images", arg)):
        img = _obj(img, f"images[{i}]", arg)
        if "uri" not in img:
            continue
        mime, data = fetch(img.pop("uri"), f"images[{i}].uri")
        mime = _sniff_mime(data) or mime
        if mime is None:
            raise UnsupportedInputError(f"`{arg}` has glTF images[{i}] that is not a PNG, JPEG, "
                                        "WebP or KTX2 image; convert the texture first.")
        out += b"\x00" * (-len(out) % 4)
        views.append({"buffer": 0, "byteOffset": len(out), "byteLength": len(data)})
        out += data
        img["bufferView"] = len(views) - 1
        img["mimeType"] = mime
    if views:
        doc["bufferViews"] = views
    if out:
        doc["buffers"] = [{"byteLength": len(out)}]
    else:
        doc.pop("buffers", None)
    if len(out) > max_bytes:
        raise _fail(arg, f"packs into {len(out)} bytes of buffers and images, over `max_bytes`="
                         f"{max_bytes}; raise `max_bytes` if the files are trusted.")
    return write_glb(doc, bytes(out) if out else None)


def finite_bounds(bounds: Any) -> bool:
    return bounds is not None and all(math.isfinite(v) for row in bounds for v in row)
