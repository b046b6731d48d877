"""GLB/glTF validation before allocation, counting from the JSON, packing into one GLB."""

from __future__ import annotations

import base64
import json
import struct

import numpy as np
import pytest

from vizlog.errors import MediaError, UnsupportedInputError
from vizlog.media import _gltf


def _triangle_doc(with_buffer_uri: str | None = None) -> tuple[dict, bytes]:
    pos = np.array([[0, 0, 0], [1, 0, 0], [0, 2, 0]], dtype=np.float32).tobytes()
    idx = np.array([0, 1, 2, 0], dtype=np.uint16).tobytes()     # 3 indices + padding
    data = pos + idx
    buf: dict = {"byteLength": len(data)}
    if with_buffer_uri is not None:
        buf["uri"] = with_buffer_uri
    doc = {"asset": {"version": "2.0"}, "scene": 0, "scenes": [{"nodes": [0]}],
           "nodes": [{"mesh": 0, "translation": [10, 0, 0]}],
           "meshes": [{"primitives": [{"attributes": {"POSITION": 0}, "indices": 1}]}],
           "accessors": [{"bufferView": 0, "componentType": 5126, "count": 3, "type": "VEC3",
                          "min": [0, 0, 0], "max": [1, 2, 0]},
                         {"bufferView": 1, "componentType": 5123, "count": 3,
                          "type": "SCALAR"}],
           "bufferViews": [{"buffer": 0, "byteLength": 36},
                           {"buffer": 0, "byteOffset": 36, "byteLength": 6}],
           "buffers": [buf]}
    return doc, data


def _glb() -> bytes:
    doc, data = _triangle_doc()
    return _gltf.write_glb(doc, data)


def test_valid_glb_counts_without_decoding() -> None:
    glb = _gltf.read_glb(_glb())
    info = _gltf.inspect(glb.json, len(glb.bin))
    assert (info.vertex_count, info.face_count, info.point_count) == (3, 1, 0)
    assert info.bounds == [[10.0, 0.0, 0.0], [11.0, 2.0, 0.0]]   # node translation applied


@pytest.mark.parametrize("node", [{"mesh": 0}, {"mesh": 0, "matrix": list(np.eye(4).flat)},
                                  {"mesh": 0, "translation": [0, 0, 0]}])
@pytest.mark.parametrize("box", [([-1.5, -0.0, 2.0], [3.0, 0.25, 2.0]),
                                 ([1.0, -2.0, -0.0], [-1.0, 5.0, -0.0])])  # min > max too
def test_identity_nodes_give_the_bounds_of_the_identity_matrix(node: dict, box: tuple) -> None:
    doc, data = _triangle_doc()
    doc["nodes"] = [{"children": [1]}, node]
    doc["accessors"][0]["min"], doc["accessors"][0]["max"] = box
    info = _gltf.inspect(doc, len(data))
    lo = np.minimum(box[0], box[1]) + 0.0   # the 8 corners times the identity: -0.0 is 0.0
    hi = np.maximum(box[0], box[1]) + 0.0
    assert info.bounds == [lo.tolist(), hi.tolist()]
    assert [[str(v) for v in row] for row in info.bounds] == \
        [[str(v) for v in row] for row in [lo.tolist(), hi.tolist()]]


def test_nonfinite_accessor_bounds_give_no_bounds() -> None:
    doc, data = _triangle_doc()
    doc["nodes"] = [{"mesh": 0}]
    doc["accessors"][0]["max"] = [1e400, 2, 0]   # json would write Infinity; a float is enough
    assert _gltf.inspect(doc, len(data)).bounds is None


def test_write_glb_is_aligned_and_self_consistent() -> None:
    data = _glb()
    assert data[:4] == b"glTF" and len(data) % 4 == 0
    assert struct.unpack_from("<II", data, 4) == (2, len(data))


def test_text_file_named_glb_is_a_clear_error() -> None:
    with pytest.raises(UnsupportedInputError, match=r"text file.*not a binary glTF.*\.gltf"):
        _gltf.read_glb(b"hello, I am not a model\n")
    with pytest.raises(UnsupportedInputError, match=r"text file"):
        _gltf.read_glb(json.dumps({"asset": {"version": "2.0"}}).encode())


@pytest.mark.parametrize(("mutate", "pattern"), [
    (lambda d: d[:10], r"too short"),
    (lambda d: b"glTX" + d[4:], r"magic"),
    (lambda d: d[:4] + struct.pack("<I", 1) + d[8:], r"version 1"),
    (lambda d: d[:8] + struct.pack("<I", 0xFFFFFFFF) + d[12:], r"says 4294967295 bytes"),
    (lambda d: d[:-4], r"says \d+ bytes, but the file has"),
    (lambda d: d[:12] + struct.pack("<I", 0xFFFFFFF0) + d[16:], r"claims 4294967280 bytes"),
    (lambda d: d[:12] + struct.pack("<I", 5) + d[16:], r"claims \d+ bytes|cut off"),
    (lambda d: d[:12] + d[12:16] + struct.pack("<I", _gltf.CHUNK_BIN) + d[20:],
     r"no JSON chunk first"),
], ids=["short", "magic", "version", "length_ffffffff", "truncated", "chunk_overflow",
        "chunk_misframed", "bin_first"])
def test_bad_headers_are_refused_before_allocation(mutate, pattern) -> None:
    with pytest.raises(MediaError, match=pattern):
        _gltf.read_glb(mutate(_glb()))


def test_trailing_phantom_bin_chunk_is_refused() -> None:
    data = _glb() + struct.pack("<II", 4, _gltf.CHUNK_BIN) + b"\0\0\0\0"
    data = data[:8] + struct.pack("<I", len(data)) + data[12:]
    with pytest.raises(MediaError, match=r"at most one BIN chunk"):
        _gltf.read_glb(data)


def test_unknown_chunks_are_skipped() -> None:
    data = _glb() + struct.pack("<II", 4, 0x12345678) + b"abcd"
    data = data[:8] + struct.pack("<I", len(data)) + data[12:]
    assert _gltf.read_glb(data).json["asset"]["version"] == "2.0"


def test_json_chunk_must_parse_and_be_gltf2() -> None:
    bad = _gltf.write_glb({"asset": {"version": "2.0"}}, None)
    bad = bad.replace(b'"2.0"', b'"1.0"')
    with pytest.raises(MediaError, match=r"asset.version '1.0'"):
        _gltf.read_glb(bad)
    junk = b"glTF" + struct.pack("<II", 2, 24) + struct.pack("<II", 4, _gltf.CHUNK_JSON) + b"{{{{"
    with pytest.raises(MediaError, match=r"does not parse"):
        _gltf.read_glb(junk)
    nan = _gltf.write_glb({"asset": {"version": "2.0"}, "x": 1}, None).replace(b"1}", b"N}")
    with pytest.raises(MediaError, match=r"does not parse"):
        _gltf.read_glb(nan)


@pytest.mark.parametrize(("edit", "pattern"), [
    (lambda d: d["accessors"][0].update(count=1_000_000_000), r"ends past its bufferView"),
    (lambda d: d["bufferViews"][0].update(byteLength=10_000), r"past the end of buffers"),
    (lambda d: d["buffers"][0].update(byteLength=10_000), r"BIN chunk has"),
    (lambda d: d["accessors"][0].update(componentType=1), r"componentType 1"),
    (lambda d: d["accessors"][0].update(count=-1), r"count = -1"),
    (lambda d: d["nodes"][0].update(children=[0]), r"not a tree"),
    (lambda d: d.update(meshes=[{"primitives": []}]), r"has no geometry"),
    (lambda d: d["meshes"][0]["primitives"][0].update(mode=9), r"mode = 9"),
], ids=["accessor_overflow", "view_overflow", "buffer_overflow", "component", "count",
        "cycle", "empty", "mode"])
def test_inconsistent_json_is_refused(edit, pattern) -> None:
    doc, data = _triangle_doc()
    edit(doc)
    glb = _gltf.read_glb(_gltf.write_glb(doc, data))
    with pytest.raises(MediaError, match=pattern):
        _gltf.inspect(glb.json, len(glb.bin))


def test_pack_embeds_external_buffer_and_image() -> None:
    doc, data = _triangle_doc(with_buffer_uri="tri.bin")
    png = b"\x89PNG\r\n\x1a\n" + b"\0" * 20
    doc["images"] = [{"uri": "tex.png"}]
    files = {"tri.bin": data, "tex.png": png}
    asked = []

    def read(uri: str, where: str) -> bytes:
        asked.append(uri)
        return files[uri]

    packed = _gltf.pack(doc, None, read, "m", 1 << 20)
    glb = _gltf.read_glb(packed)
    assert asked == ["tri.bin", "tex.png"]
    [buf] = glb.json["buffers"]
    assert buf["byteLength"] <= len(glb.bin) < buf["byteLength"] + 4
    assert "uri" not in glb.json["buffers"][0] and "uri" not in glb.json["images"][0]
    assert glb.json["images"][0]["mimeType"] == "image/png"
    view = glb.json["bufferViews"][glb.json["images"][0]["bufferView"]]
    assert bytes(glb.bin[view["byteOffset"]:view["byteOffset"] + view["byteLength"]]) == png
    assert bytes(glb.bin[:len(data)]) == data
    assert _gltf.inspect(glb.json, len(glb.bin)).face_count == 1
    assert packed == _gltf.pack(doc, None, read, "m", 1 << 20)   # deterministic


def test_pack_decodes_base64_data_uris_and_refuses_other_data_uris() -> None:
    _, raw = _triangle_doc()
    doc, _ = _triangle_doc(
        with_buffer_uri="data:application/octet-stream;base64," + base64.b64encode(raw).decode())
    packed = _gltf.pack(doc, None, lambda u, w: pytest.fail("no external read"), "m", 1 << 20)
    glb = _gltf.read_glb(packed)
    assert _gltf.inspect(glb.json, len(glb.bin)).vertex_count == 3
    doc["buffers"][0]["uri"] = "data:application/octet-stream,rawtext"
    with pytest.raises(MediaError, match=r"without ';base64,'"):
        _gltf.pack(doc, None, lambda u, w: b"", "m", 1 << 20)
    doc["buffers"][0]["uri"] = "data:application/octet-stream;base64,@@@@"
    with pytest.raises(MediaError, match=r"does not decode"):
        _gltf.pack(doc, None, lambda u, w: b"", "m", 1 << 20)


def test_pack_refuses_short_buffers_and_unknown_images() -> None:
    doc, data = _triangle_doc(with_buffer_uri="tri.bin")
    with pytest.raises(MediaError, match=r"fewer than its byteLength"):
        _gltf.pack(doc, None, lambda u, w: data[:8], "m", 1 << 20)
    doc["images"] = [{"uri": "tex.gif"}]
    with pytest.raises(UnsupportedInputError, match=r"not a PNG, JPEG, WebP or KTX2"):
        _gltf.pack(doc, None, lambda u, w: data if u == "tri.bin" else b"GIF89a", "m", 1 << 20)


def test_real_glb_with_unpadded_chunk_is_accepted(corpus3d) -> None:
    """Exporters write GLB chunks whose length is not a multiple of 4; trimesh and browsers
    load them, so vizlog does too (issue 11)."""
    import io

    import vizlog

    data = (corpus3d / "BoxTextured.glb").read_bytes()
    jlen, jtype = struct.unpack_from("<II", data, 12)
    text = data[20:20 + jlen].rstrip(b" ")
    assert len(text) % 4, "the corpus file's JSON must need padding for this test"
    rest = data[20 + jlen:]
    body = struct.pack("<II", len(text), jtype) + text + rest
    odd = b"glTF" + struct.pack("<II", 2, 12 + len(body)) + body
    (corpus3d / "odd.glb").write_bytes(odd)
    glb = _gltf.read_glb(odd)
    assert glb.bin is not None and len(glb.bin) == struct.unpack_from("<I", rest)[0]
    obj = vizlog.Object3D(str(corpus3d / "odd.glb"))
    scene = obj.to_trimesh()
    assert sum(len(g.faces) for g in scene.geometry.values()) == 12
    trimesh = pytest.importorskip("trimesh")
    assert len(trimesh.load_scene(io.BytesIO(odd), file_type="glb").geometry) == 1
