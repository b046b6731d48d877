"""vizlog.Object3D: every input kind logs and reads back; storage, descriptors, goldens, errors."""

from __future__ import annotations

import base64
import io
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import numpy as np
import pytest

import vizlog
from vizlog import _digest
from vizlog._digest import Sha256Ahead
from vizlog.errors import DtypeError, MediaError, ShapeError, UnsupportedInputError
from vizlog.media import _gltf
from vizlog.media.object3d import Object3D
from vizlog.runlog.writer import store_media
from vizlog.store import Store

trimesh = pytest.importorskip("trimesh")

CORPUS = {  # name: (stored geometry, vertices, faces, points, original kept)
    "box.obj": ("mesh", 24, 12, 0, False),
    "Mesh_PrimitiveMode_04.gltf": ("mesh", 4, 2, 0, False),
    "BoxTextured.glb": ("mesh", 24, 12, 0, False),
    "unit_cube.STL": ("mesh", 36, 12, 0, True),
    "points_bin.ply": ("points", 0, 0, 5, True),
    "cubevc.glb": ("mesh", 54, 48, 0, False),
}


def _glb_json(data: bytes) -> dict[str, Any]:
    return _gltf.read_glb(data).json


def _log_and_read(runs_dir: Path, value: Any) -> tuple[dict[str, Any], Any, vizlog.RunData]:
    with vizlog.init(dir=runs_dir) as run:
        run.log({"obj": value})
    data = vizlog.open_run(run.dir)
    assert data.verify() == []
    [row] = list(data.rows("obj"))
    [(_, back)] = data.media("obj")
    return row["obj"], back, data


# -- every corpus model logs and reloads ----------------------------------------------------------
@pytest.mark.parametrize("name", sorted(CORPUS))
def test_corpus_model_logs_and_reloads(name: str, corpus3d: Path, runs_dir: Path) -> None:
    geometry, vertices, faces, points, original = CORPUS[name]
    desc, back, run = _log_and_read(runs_dir, vizlog.Object3D(corpus3d / name, caption=name))
    assert desc["_type"] == "object3D-file" and desc["format"] == "glb"
    assert desc["path"].startswith("media/object3D/obj_0_") and desc["path"].endswith(".glb")
    assert (desc["geometry"], desc["vertex_count"], desc["face_count"],
            desc["point_count"]) == (geometry, vertices, faces, points)
    assert desc["caption"] == name and len(desc["bounds"]) == 2
    glb = (run.dir / desc["path"]).read_bytes()
    doc = _glb_json(glb)
    assert all("uri" not in b for b in doc.get("buffers", []))      # self-contained
    assert all("uri" not in i for i in doc.get("images", []))
    scene = back.to_trimesh()
    assert isinstance(scene, trimesh.Scene)
    total = sum(len(g.faces) if hasattr(g, "faces") else 0 for g in scene.geometry.values())
    assert total == faces
    if name == "BoxTextured.glb":
        assert glb == (corpus3d / name).read_bytes() and desc["transform"] == "none"
        [geom] = scene.geometry.values()
        assert geom.visual.material.baseColorTexture.size == (256, 256)
    assert ("original" in desc) == original
    if original:
        orig = desc["original"]
        assert orig["role"] == "original" and orig["path"].endswith(Path(name).suffix.lower())
        assert (run.dir / orig["path"]).read_bytes() == (corpus3d / name).read_bytes()
        assert isinstance(back.original.to_trimesh(), trimesh.Scene)


def test_obj_mtl_materials_survive(corpus3d: Path) -> None:
    glb = vizlog.Object3D(corpus3d / "box.obj").glb
    doc = _glb_json(glb)
    assert doc["materials"][0]["pbrMetallicRoughness"]["baseColorFactor"] == [0.8, 0.8, 0.8, 1.0]


def test_textured_obj_gets_its_texture_embedded(tmp_path: Path, rng) -> None:
    from PIL import Image as PILImage

    PILImage.fromarray(rng.integers(0, 256, (8, 8, 3), dtype=np.uint8)).save(tmp_path / "t.png")
    (tmp_path / "m.mtl").write_text("newmtl skin\nKd 1 1 1\nmap_Kd t.png\n")
    (tmp_path / "m.obj").write_text("mtllib m.mtl\nv 0 0 0\nv 1 0 0\nv 0 1 0\nvt 0 0\nvt 1 0\n"
                                    "vt 0 1\nusemtl skin\nf 1/1 2/2 3/3\n")
    obj = vizlog.Object3D(tmp_path / "m.obj")
    doc = _glb_json(obj.glb)
    assert doc["images"][0]["mimeType"] == "image/png" and "bufferView" in doc["images"][0]
    [geom] = obj.to_trimesh().geometry.values()
    assert geom.visual.material.baseColorTexture.size == (8, 8)
    assert "original" not in obj.children()          # OBJ + MTL + PNG is not self-contained


def test_gltf_external_and_data_uri_buffers(corpus3d: Path) -> None:
    packed = vizlog.Object3D(corpus3d / "Mesh_PrimitiveMode_04.gltf")
    assert packed.transform == "embed" and packed.children() == {}
    doc = json.loads((corpus3d / "Mesh_PrimitiveMode_04.gltf").read_text())
    raw = (corpus3d / "Mesh_PrimitiveMode_04.bin").read_bytes()
    doc["buffers"][0]["uri"] = ("data:application/octet-stream;base64,"
                                + base64.b64encode(raw).decode())
    inline = corpus3d / "inline.gltf"
    inline.write_text(json.dumps(doc))
    obj = vizlog.Object3D(inline)
    assert obj.glb == packed.glb                       # same GLB either way
    assert set(obj.children()) == {"original"}         # self-contained glTF is kept as well


def test_glb_with_external_buffer_is_packed(corpus3d: Path) -> None:
    doc = json.loads((corpus3d / "Mesh_PrimitiveMode_04.gltf").read_text())
    (corpus3d / "ext.glb").write_bytes(_gltf.write_glb(doc, None))
    obj = vizlog.Object3D(corpus3d / "ext.glb")
    assert obj.transform == "embed"
    assert obj.glb == vizlog.Object3D(corpus3d / "Mesh_PrimitiveMode_04.gltf").glb


# -- file objects and bytes ------------------------------------------------------------------------
def test_text_and_binary_file_objects(corpus3d: Path) -> None:
    with open(corpus3d / "box.obj") as fh:             # text mode, as in the wandb docs
        from_text = vizlog.Object3D(fh)
    assert from_text.glb == vizlog.Object3D(corpus3d / "box.obj").glb
    with open(corpus3d / "cubevc.glb", "rb") as fh:
        assert vizlog.Object3D(fh).glb == (corpus3d / "cubevc.glb").read_bytes()
    with open(corpus3d / "Mesh_PrimitiveMode_04.gltf") as fh:
        assert vizlog.Object3D(fh).encode().fields["face_count"] == 2
    stl = (corpus3d / "unit_cube.STL").read_bytes()
    assert vizlog.Object3D(io.BytesIO(stl), file_type="stl").encode().fields["face_count"] == 12
    assert vizlog.Object3D(stl, file_type=".STL").encode().fields["face_count"] == 12
    with pytest.raises(UnsupportedInputError, match=r"pass `file_type=`"):
        vizlog.Object3D(io.BytesIO(stl))
    with open(corpus3d / "cubevc.glb") as fh:          # text mode on a binary file: by name
        assert vizlog.Object3D(fh).glb == (corpus3d / "cubevc.glb").read_bytes()
    with pytest.raises(UnsupportedInputError, match=r"text-mode file object.*'rb'"):
        vizlog.Object3D(io.StringIO("glTF..."), file_type="glb")
    with pytest.raises(UnsupportedInputError, match=r"\.babylon file"):
        vizlog.Object3D(_named(b"{}", "x.babylon"))


def _named(data: bytes, name: str) -> io.BytesIO:
    buf = io.BytesIO(data)
    buf.name = name   # type: ignore[attr-defined]
    return buf


# -- trimesh objects ------------------------------------------------------------------------------
def test_trimesh_objects(runs_dir: Path) -> None:
    ico = trimesh.creation.icosphere(subdivisions=2)
    desc, back, _ = _log_and_read(runs_dir, vizlog.Object3D(ico))
    assert (desc["source_format"], desc["transform"]) == ("trimesh", "convert")
    assert (desc["vertex_count"], desc["face_count"]) == (len(ico.vertices), len(ico.faces))
    [geom] = back.to_trimesh().geometry.values()
    np.testing.assert_array_equal(geom.faces, ico.faces)
    np.testing.assert_allclose(geom.vertices, ico.vertices.astype(np.float32))
    ico.vertices += 10                                  # snapshot: later edits change nothing
    cloud = trimesh.PointCloud(np.arange(12.0).reshape(4, 3))
    assert vizlog.Object3D(cloud).encode().fields["point_count"] == 4
    scene = trimesh.Scene([trimesh.creation.box(), trimesh.creation.icosphere(subdivisions=1)])
    assert vizlog.Object3D(scene).encode().fields["face_count"] == 12 + 80
    faceless = trimesh.Trimesh(vertices=np.eye(3), faces=np.zeros((0, 3), int), process=False)
    assert vizlog.Object3D(faceless).encode().fields["point_count"] == 3


def test_glb_counts_come_from_the_json_chunk(tmp_path: Path) -> None:
    path = tmp_path / "ico.glb"
    path.write_bytes(trimesh.creation.icosphere(subdivisions=6).export(file_type="glb"))
    fields = vizlog.Object3D(path).encode().fields
    assert (fields["vertex_count"], fields["face_count"]) == (40962, 81920)
    assert fields["bounds"] == [[-1.0, -1.0, -1.0], [1.0, 1.0, 1.0]]


# -- point clouds ------------------------------------------------------------------------------
@pytest.mark.parametrize("width", [3, 4, 6])
def test_point_cloud_round_trip(width: int, runs_dir: Path, rng) -> None:
    pts = rng.normal(size=(200, 3)).astype(np.float32)
    if width == 4:
        pts = np.column_stack([pts, rng.integers(1, 15, 200)]).astype(np.float32)
    elif width == 6:
        pts = np.column_stack([pts, rng.integers(0, 256, (200, 3))]).astype(np.float32)
    desc, back, run = _log_and_read(runs_dir, vizlog.Object3D(pts))
    assert desc["format"] == "ply" and desc["path"].endswith(".ply")
    assert (desc["geometry"], desc["point_count"], desc["dtype"]) == ("points", 200, "float32")
    got = back.to_numpy()
    assert got.dtype == np.float32
    np.testing.assert_array_equal(got, pts)                       # exact for float32 input
    cloud = trimesh.load(run.dir / desc["path"])                   # any PLY reader opens it
    np.testing.assert_array_equal(cloud.vertices, pts[:, :3])
    assert isinstance(back.to_trimesh(), trimesh.PointCloud)


def test_large_files_are_hashed_ahead_and_named_by_their_bytes(tmp_path: Path, runs_dir: Path,
                                                                rng) -> None:
    """A point cloud's PLY and a GLB read from a file get their sha256 started at construction
    (vizlog._digest); the stored file, its name and descriptor are those of its bytes, and a
    copy shares the digest."""
    import hashlib

    pts = np.column_stack([rng.normal(size=(30_000, 3)), rng.integers(0, 256, (30_000, 3))])
    path = tmp_path / "ico.glb"
    path.write_bytes(trimesh.creation.icosphere(subdivisions=5).export(file_type="glb"))
    for obj in (vizlog.Object3D(pts), vizlog.Object3D(path)):
        assert obj._digest is not None
        assert vizlog.Object3D(obj)._digest is obj._digest
        desc, _, run = _log_and_read(runs_dir, obj)
        stored = (run.dir / desc["path"]).read_bytes()
        assert desc["sha256"] == hashlib.sha256(stored).hexdigest() == obj._digest.hexdigest()
        assert desc["size"] == len(stored) and desc["sha256"][:20] in desc["path"]
    assert stored == path.read_bytes()
    assert vizlog.Object3D(pts[:100])._digest is None          # small: the store hashes it


def test_a_damaged_glb_drops_the_digest_it_started(tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    from vizlog.media import object3d

    started: list[Sha256Ahead] = []       # digests not handed to the helper: cancel drops them
    monkeypatch.setattr(object3d, "sha256_ahead",
                        lambda b: started.append(Sha256Ahead(b)) or started[-1])
    path = tmp_path / "bad.glb"
    good = trimesh.creation.icosphere(subdivisions=5).export(file_type="glb")
    path.write_bytes(good[:12] + b"\xff" * (len(good) - 12))        # a damaged JSON chunk
    with pytest.raises(MediaError):
        vizlog.Object3D(path)
    assert len(started) == 1 and started[0]._buffers == []
    assert started[0]._state == _digest._CANCELLED


def test_float64_points_read_back_as_float32(runs_dir: Path, rng) -> None:
    pts = np.column_stack([rng.normal(size=(100, 3)), rng.integers(0, 256, (100, 3))])
    desc, back, _ = _log_and_read(runs_dir, vizlog.Object3D.from_numpy(pts))
    np.testing.assert_array_equal(back.to_numpy(), pts.astype(np.float32))
    assert desc["source_dtype"] == "float64" and desc["transform"] == "float32"
    lo, hi = np.asarray(desc["bounds"])
    np.testing.assert_array_equal(lo, pts[:, :3].astype(np.float32).min(axis=0))
    np.testing.assert_array_equal(hi, pts[:, :3].astype(np.float32).max(axis=0))


def test_lidar_scene_from_point_cloud(runs_dir: Path, rng) -> None:
    pts = rng.uniform(-5, 5, size=(64, 3))
    boxes = [vizlog.box3d(center=(0, 0, 0), size=(1, 2, 3), orientation=(1, 0, 0, 0),
                          color=(1, 0, 0), label="car", score=0.9)]
    vectors = [{"start": [0, 0, 0], "end": [1, 1, 1]}]
    obj = vizlog.Object3D.from_point_cloud(points=pts, boxes=boxes, vectors=vectors)
    desc, back, run = _log_and_read(runs_dir, obj)
    assert desc["source_format"] == "lidar/beta" and desc["point_count"] == 64
    scene = desc["scene"]
    assert (scene["_type"], scene["type"], scene["box_count"], scene["vector_count"]) == \
        ("object3D-scene", "lidar/beta", 1, 1)
    body = json.loads((run.dir / scene["path"]).read_text())
    assert body["boxes"][0]["label"] == "car" and "points" not in body
    assert back.boxes == body["boxes"] and back.vectors == body["vectors"]
    np.testing.assert_array_equal(back.to_numpy(), pts.astype(np.float32))
    dict_form = vizlog.Object3D({"type": "lidar/beta", "points": pts, "boxes": boxes,
                                 "vectors": vectors})
    assert dict_form.encode().data == obj.encode().data
    with pytest.raises(UnsupportedInputError, match=r"type 'lidar/beta'"):
        vizlog.Object3D({"type": "radar", "points": pts})
    with pytest.raises(UnsupportedInputError, match=r"type 'lidar/beta'"):
        vizlog.Object3D.from_point_cloud(pts, boxes, point_cloud_type="radar")


def test_wandb_pts_json_files(tmp_path: Path, rng) -> None:
    pts = rng.normal(size=(10, 3))
    (tmp_path / "a.pts.json").write_text(json.dumps(pts.tolist()))
    obj = vizlog.Object3D(tmp_path / "a.pts.json")
    np.testing.assert_array_equal(obj.to_numpy(), pts.astype(np.float32))
    (tmp_path / "s.pts.json").write_text(json.dumps(
        {"type": "lidar/beta", "points": pts.tolist(), "boxes": [], "vectors": []}))
    assert vizlog.Object3D(tmp_path / "s.pts.json").encode().fields["source_format"] == "pts.json"


# -- lists, determinism, golden -----------------------------------------------------------------
def test_list_of_objects_uses_wandb_list_form(corpus3d: Path, runs_dir: Path) -> None:
    with vizlog.init(dir=runs_dir) as run, open(corpus3d / "box.obj") as obj, \
            open(corpus3d / "cubevc.glb", "rb") as glb:
        run.log({"generated_samples": [vizlog.Object3D(obj), vizlog.Object3D(glb),
                                       vizlog.Object3D(np.zeros((2, 3)))]})
    data = vizlog.open_run(run.dir)
    assert data.verify() == []
    [row] = data.rows("generated_samples")
    desc = row["generated_samples"]
    assert desc["_type"] == "object3D" and desc["count"] == 3
    assert desc["objects"] == desc["items"]
    assert desc["filenames"] == [d["path"].removeprefix("media/object3D/") for d in desc["items"]]
    [(_, back)] = data.media("generated_samples")
    assert [o.is_point_cloud for o in back] == [False, False, True]


def test_same_input_same_bytes_across_processes(corpus3d: Path) -> None:
    code = ("import sys, hashlib, vizlog; o = vizlog.Object3D(sys.argv[1]); "
            "print(hashlib.sha256(o.encode().data).hexdigest())")
    path = str(corpus3d / "box.obj")
    root = Path(__file__).resolve().parent.parent
    outs = {subprocess.run([sys.executable, "-c", code, path], capture_output=True, text=True,
                           env={**os.environ, "PYTHONHASHSEED": seed}, cwd=root,
                           check=True).stdout
            for seed in ("1", "2")}
    assert len(outs) == 1
    import hashlib

    assert outs == {hashlib.sha256(vizlog.Object3D(path).encode().data).hexdigest() + "\n"}


def _same_geometry(want: bytes, got: bytes) -> None:
    """GLBs exported by trimesh: compare what they hold, so a trimesh upgrade is not a failure."""
    a, b = (trimesh.load_scene(io.BytesIO(d), file_type="glb") for d in (want, got))
    assert sorted(a.geometry) == sorted(b.geometry)
    for name in a.geometry:
        np.testing.assert_array_equal(a.geometry[name].vertices, b.geometry[name].vertices)
        if hasattr(a.geometry[name], "faces"):
            np.testing.assert_array_equal(a.geometry[name].faces, b.geometry[name].faces)


def _golden_inputs(corpus: Path) -> dict[str, tuple[Any, bool]]:
    """case -> (input, whether the main file is trimesh-exported)."""
    rng = np.random.default_rng(42)
    xyz = rng.normal(size=(16, 3))
    box = vizlog.box3d(center=(0, 0, 0), size=(1, 1, 1), orientation=(1, 0, 0, 0),
                       color=(0, 1, 0), label="b", score=0.5)
    return {
        "points_xyz": (xyz, False),
        "points_category": (np.column_stack([xyz, rng.integers(1, 15, 16)]), False),
        "points_rgb": (np.column_stack([xyz, rng.integers(0, 256, (16, 3))]), False),
        "lidar_scene": ({"type": "lidar/beta", "points": xyz, "boxes": [box],
                         "vectors": [{"start": [0, 0, 0], "end": [0, 0, 1]}]}, False),
        "glb_passthrough": (corpus / "cubevc.glb", False),
        "gltf_external_bin": (corpus / "Mesh_PrimitiveMode_04.gltf", False),
        "obj_mtl": (corpus / "box.obj", True),
        "stl": (corpus / "unit_cube.STL", True),
        "ply_points_file": (corpus / "points_bin.ply", True),
        "trimesh_icosphere": (trimesh.creation.icosphere(subdivisions=1), True),
    }


def test_golden(golden, corpus3d: Path, tmp_path: Path) -> None:
    for case, (value, exported) in _golden_inputs(corpus3d).items():
        obj = vizlog.Object3D(value)
        enc = obj.encode()
        assert enc.data == vizlog.Object3D(value).encode().data          # deterministic
        store = Store(tmp_path / case)
        desc = store_media(store, "obj", 0, obj)
        files = {f"object.{enc.ext}": enc.data}
        compare = {f"object.{enc.ext}": _same_geometry} if exported else {}
        for child in ("original", "scene"):
            if child in desc:
                ext = desc[child]["path"].split(".", 1)[1]
                files[f"{child}.{ext}"] = store.backend.get(desc[child]["path"])
        if exported:   # the digest of a trimesh export may change with trimesh's version
            desc = {**desc, "sha256": "<trimesh export>", "size": "<trimesh export>",
                    "path": desc["path"].rsplit("_", 1)[0] + "_<hash>.glb"}
        golden.check(f"object3d/{case}", descriptor=desc, files=files, compare=compare)


# -- bad input: a clear MediaError at construction, nothing written ------------------------------
def _bad_inputs(tmp: Path) -> list[tuple[Any, type[Exception], str]]:
    (tmp / "fake.glb").write_text("this is text, not a model\n")
    (tmp / "empty.obj").write_text("# nothing here\n")
    return [
        (np.zeros((5, 5)), ShapeError, r"shape \(N, 3\) xyz.*got \(5, 5\)"),
        (np.array([[0.0, np.nan, 0.0]]), DtypeError, r"NaN or infinite coordinates"),
        (trimesh.Trimesh(), MediaError, r"empty mesh"),
        (tmp / "empty.obj", MediaError, r"empty mesh"),
        (tmp / "fake.glb", UnsupportedInputError, r"text file .*not a binary glTF"),
        (_gltf.write_glb({"asset": {"version": "2.0"}}, None), MediaError, r"has no geometry"),
    ]


def test_bad_inputs_raise_and_write_nothing(tmp_path: Path, runs_dir: Path) -> None:
    with vizlog.init(dir=runs_dir) as run:
        for value, err, pattern in _bad_inputs(tmp_path):
            with pytest.raises(err, match=pattern):
                run.log({"obj": vizlog.Object3D(value, file_type="glb")
                         if isinstance(value, bytes) else vizlog.Object3D(value)})
    assert not (Path(run.dir) / "media").exists()
    assert list(vizlog.open_run(run.dir).rows("obj")) == []


def test_argument_checks() -> None:
    with pytest.raises(MediaError, match=r"`caption` must be a str"):
        vizlog.Object3D(np.zeros((1, 3)), caption=3)  # type: ignore[arg-type]
    with pytest.raises(MediaError, match=r"`max_points` must be a positive int"):
        vizlog.Object3D(np.zeros((1, 3)), max_points=0)
    with pytest.raises(UnsupportedInputError, match=r"`file_type` must be one of"):
        vizlog.Object3D(b"", file_type="fbx")
    with pytest.raises(MediaError, match=r"must be an \(N, 3\)"):
        vizlog.Object3D(object())
    with pytest.raises(MediaError, match=r"is a mesh, not a point cloud"):
        vizlog.Object3D(trimesh.creation.box()).to_numpy()


def test_file_size_cap(corpus3d: Path) -> None:
    with pytest.raises(MediaError, match=r"over `max_bytes`=100"):
        vizlog.Object3D(corpus3d / "cubevc.glb", max_bytes=100)


def test_object3d_is_exported_like_wandb() -> None:
    assert vizlog.Object3D is Object3D and "Object3D" in vizlog.__all__
    assert {"obj", "gltf", "glb", "stl", "ply"} <= Object3D.SUPPORTED_TYPES
    out = subprocess.run([sys.executable, "-c", "import sys, vizlog; "
                          "print('trimesh' in sys.modules)"], capture_output=True, text=True,
                         check=True)
    assert out.stdout.strip() == "False"


@pytest.mark.parametrize("cols", [3, 4, 6])
def test_empty_point_cloud_logs_and_reads_back(cols: int, runs_dir: Path) -> None:
    with vizlog.init(dir=runs_dir) as run:
        run.log({"pc": vizlog.Object3D(np.zeros((0, cols))),
                 "scene": vizlog.Object3D({"type": "lidar/beta", "points": np.zeros((0, 3)),
                                           "boxes": []})})
    data = vizlog.open_run(run.dir)
    [(_, pc)] = data.media("pc")
    assert pc.to_numpy().shape == (0, cols)
    [row] = list(data.rows("pc"))
    assert row["pc"]["point_count"] == 0 and row["pc"]["bounds"] is None
    [(_, scene)] = data.media("scene")
    assert scene.to_numpy().shape == (0, 3)
