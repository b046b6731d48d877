"""Seeded, bounded fuzzing: damaged inputs raise only documented errors.

Valid inputs of every file type a media constructor reads (PNG, JPEG, GIF, BMP, WebP images;
MP4, WebM, GIF videos; WAV, FLAC audio; GLB, glTF, OBJ, PLY, STL models) are mutated with bit
flips, truncations, splices and overwrites; so are the files and descriptors of a logged run and
its ``run.json``, ``summary.json`` and history. Every outcome must be success or a
:class:`vizlog.errors.VizlogError` (plus warnings): never ``OSError``, ``KeyError``,
``AttributeError``, ``RecursionError``, ``MemoryError``, ``struct.error`` or any other type.
Each case is seeded (``random.Random(seed)``), so a failure names the seed that reproduces it.
``VIZLOG_FUZZ_N`` raises the number of mutations per case for a longer local run.
"""

from __future__ import annotations

import io
import json
import os
import random
import shutil
import struct
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
import pytest

import vizlog
from vizlog import _json
from vizlog.errors import VizlogError
from vizlog.format import frame
from vizlog.read import open_run

N = int(os.environ.get("VIZLOG_FUZZ_N", "12"))


# -- mutations ---------------------------------------------------------------------------------
def mutate(data: bytes, rnd: random.Random) -> bytes:
    """One random damage: bit flips, a truncation, a splice, an overwrite or a huge number."""
    buf = bytearray(data)
    kind = rnd.randrange(5)
    if not buf:
        return bytes(rnd.randrange(256) for _ in range(rnd.randrange(1, 16)))
    if kind == 0:
        for _ in range(rnd.randrange(1, 9)):
            i = rnd.randrange(len(buf))
            buf[i] ^= 1 << rnd.randrange(8)
    elif kind == 1:
        del buf[rnd.randrange(len(buf)):]
    elif kind == 2:
        a, b = sorted(rnd.randrange(len(buf) + 1) for _ in range(2))
        at = rnd.randrange(len(buf) + 1)
        buf[at:at] = buf[a:b]
    elif kind == 3:
        at = rnd.randrange(len(buf))
        buf[at:at + 4] = rnd.choice([b"\xff\xff\xff\xff", b"\x00\x00\x00\x00",
                                     b"\xff\xff\xff\x7f", b"\x00\x00\x00\x80"])
    else:
        at = rnd.randrange(len(buf))
        buf[at:at + rnd.randrange(1, 64)] = bytes(rnd.randrange(256)
                                                 for _ in range(rnd.randrange(1, 64)))
    return bytes(buf)


def check(call: Callable[[], Any], label: str) -> Any:
    """Run ``call``; a vizlog error is fine, anything else fails the test with ``label``."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return call()
    except VizlogError:
        return None
    except Exception as exc:  # the point of the test: any other type fails
        pytest.fail(f"{label}: {type(exc).__name__}: {str(exc)[:300]}")


# -- valid inputs ------------------------------------------------------------------------------
def _image_bytes(fmt: str) -> bytes:
    from PIL import Image as PILImage

    rng = np.random.default_rng(1)
    arr = rng.integers(0, 256, (12, 10, 3), dtype=np.uint8)
    buf = io.BytesIO()
    im = PILImage.fromarray(arr)
    if fmt == "GIF":
        im = im.convert("P")
    im.save(buf, format=fmt)
    return buf.getvalue()


def _video_bytes(fmt: str) -> bytes:
    rng = np.random.default_rng(2)
    frames = rng.integers(0, 256, (3, 3, 16, 16), dtype=np.uint8)
    return vizlog.Video(frames, fps=4, format=fmt).encode().data


def _audio_bytes(fmt: str) -> bytes:
    t = np.linspace(0, 1, 800, dtype=np.float32)
    return vizlog.Audio(np.sin(40 * t), sample_rate=8000, format=fmt).encode().data


def _mesh_text(kind: str) -> bytes:
    if kind == "obj":
        return b"v 0 0 0\nv 1 0 0\nv 0 1 0\nv 0 0 1\nf 1 2 3\nf 1 2 4\n"
    if kind == "ply":
        head = b"ply\nformat binary_little_endian 1.0\nelement vertex 3\nproperty float x\n" \
               b"property float y\nproperty float z\nelement face 1\n" \
               b"property list uchar int vertex_indices\nend_header\n"
        body = struct.pack("<9f", 0, 0, 0, 1, 0, 0, 0, 1, 0) + struct.pack("<B3i", 3, 0, 1, 2)
        return head + body
    if kind == "stl":
        tri = struct.pack("<12fH", 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0)
        return b"\0" * 80 + struct.pack("<I", 1) + tri
    raise AssertionError(kind)


def _glb_bytes() -> bytes:
    obj = vizlog.Object3D(io.BytesIO(_mesh_text("obj")), file_type="obj")
    data = obj.encode().data
    assert data[:4] == b"glTF"
    return data


def _gltf_text() -> bytes:
    positions = struct.pack("<9f", 0, 0, 0, 1, 0, 0, 0, 1, 0)
    import base64

    doc = {"asset": {"version": "2.0"}, "scenes": [{"nodes": [0]}], "scene": 0,
           "nodes": [{"mesh": 0}],
           "meshes": [{"primitives": [{"attributes": {"POSITION": 0}}]}],
           "buffers": [{"byteLength": 36, "uri": "data:application/octet-stream;base64,"
                        + base64.b64encode(positions).decode()}],
           "bufferViews": [{"buffer": 0, "byteLength": 36}],
           "accessors": [{"bufferView": 0, "componentType": 5126, "count": 3, "type": "VEC3",
                          "min": [0, 0, 0], "max": [1, 1, 0]}]}
    return json.dumps(doc).encode()


INPUTS: dict[str, tuple[Callable[[], bytes], Callable[[bytes], Any], Callable[[Any], Any]]] = {
    **{f"image_{f.lower()}": ((lambda f=f: _image_bytes(f)), lambda d: vizlog.Image(io.BytesIO(d)),
                              lambda o: o.to_numpy())
       for f in ("PNG", "JPEG", "GIF", "BMP", "WEBP")},
    **{f"video_{f}": ((lambda f=f: _video_bytes(f)),
                      (lambda d, f=f: vizlog.Video(io.BytesIO(d), format=f)),
                      lambda o: o.to_numpy())
       for f in ("mp4", "webm", "gif")},
    **{f"audio_{f}": ((lambda f=f: _audio_bytes(f)), lambda d: vizlog.Audio(d),
                      lambda o: o.to_numpy())
       for f in ("wav", "flac")},
    "object3d_glb": (_glb_bytes, lambda d: vizlog.Object3D(io.BytesIO(d), file_type="glb"),
                     lambda o: o.to_trimesh()),
    "object3d_gltf": (_gltf_text, lambda d: vizlog.Object3D(io.BytesIO(d), file_type="gltf"),
                      lambda o: o.to_trimesh()),
    **{f"object3d_{k}": ((lambda k=k: _mesh_text(k)),
                         (lambda d, k=k: vizlog.Object3D(io.BytesIO(d), file_type=k)),
                         lambda o: o.to_trimesh())
       for k in ("obj", "ply", "stl")},
}


@pytest.mark.parametrize("case", sorted(INPUTS))
def test_damaged_inputs_raise_only_documented_errors(case: str) -> None:
    make, construct, read = INPUTS[case]
    valid = make()
    obj = construct(valid)  # the seed input itself is accepted
    read(obj)
    rnd = random.Random(f"fuzz-{case}")
    for i in range(N):
        data = mutate(valid, rnd)
        obj = check(lambda data=data: construct(data), f"{case} mutation {i} at construction")
        if obj is not None:
            check(lambda obj=obj: read(obj), f"{case} mutation {i} on read")


# -- a logged run, damaged -----------------------------------------------------------------------
@pytest.fixture(scope="module")
def logged_run(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("fuzzrun")
    rng = np.random.default_rng(3)
    with vizlog.init(dir=root, id="seed") as run:
        run.log({"img": vizlog.Image(rng.integers(0, 256, (8, 8, 3), dtype=np.uint8)),
                 "jpg": vizlog.Image(rng.integers(0, 256, (8, 8, 3), dtype=np.uint8),
                                     file_type="jpg"),
                 "vid": vizlog.Video(rng.integers(0, 256, (2, 3, 16, 16), dtype=np.uint8),
                                     fps=4, format="gif"),
                 "mp4": vizlog.Video(rng.integers(0, 256, (2, 3, 16, 16), dtype=np.uint8),
                                     fps=4, format="mp4"),
                 "aud": vizlog.Audio(np.zeros(400, np.float32), sample_rate=8000),
                 "flac": vizlog.Audio(np.sin(np.arange(400, dtype=np.float32)),
                                      sample_rate=8000, format="flac"),
                 "mesh": vizlog.Object3D(io.BytesIO(_mesh_text("obj")), file_type="obj"),
                 "pts": vizlog.Object3D(rng.random((20, 3))),
                 "tab": vizlog.Table(columns=["a", "b"], data=[[1, "x"], [2, "y"]]),
                 "hist": vizlog.Histogram(rng.random(50)),
                 "html": vizlog.Html("<p>hi</p>"),
                 "x": 1.5, "nested": {"a": {"b": 2}}})
        run.log({"x": 2.5})
    return Path(run.dir)


def _read_all(run_dir: Path) -> None:
    data = open_run(run_dir)
    assert isinstance((data.state, data.id, data.name, repr(data)), tuple)
    assert isinstance(data.config, dict) and isinstance(data.summary, dict)
    list(data.rows())
    data.scalars()
    data.verify()
    for row in data.history:
        for value in row.values():
            if isinstance(value, dict) and "_type" in value:
                obj = data.load(value)
                for method in ("to_numpy", "to_trimesh", "get_dataframe", "to_pandas"):
                    if hasattr(obj, method):
                        with warnings.catch_warnings():
                            warnings.simplefilter("ignore")
                            try:
                                getattr(obj, method)()
                            except ImportError:
                                pass
                            except VizlogError:
                                pass


def _copy(run_dir: Path, tmp_path: Path, name: str) -> Path:
    dest = tmp_path / name
    shutil.copytree(run_dir, dest)
    return dest


def test_damaged_media_files_read_back_with_documented_errors(logged_run: Path,
                                                              tmp_path: Path) -> None:
    files = sorted(p.relative_to(logged_run) for p in (logged_run / "media").rglob("*")
                   if p.is_file())
    files += sorted(p.relative_to(logged_run) for p in logged_run.glob("tables/**/*")
                    if p.is_file())
    assert len(files) >= 8
    rnd = random.Random("fuzz-media-files")
    for i in range(N * 3):
        rel = rnd.choice(files)
        run_dir = _copy(logged_run, tmp_path, f"m{i}")
        target = run_dir / rel
        target.write_bytes(mutate(target.read_bytes(), rnd))
        check(lambda run_dir=run_dir: _read_all(run_dir), f"media file {rel} mutation {i}")


_HOSTILE_VALUES: list[Any] = [None, True, -1, 0, 2**31, 10**400 // 10**300, 1e308, -1e308,
                              "", "x" * 300, "../../etc/passwd", [], {}, [1, 2], {"a": 1},
                              [[[[[]]]]], "media/missing.png", 3.5]


def _damage_value(value: Any, rnd: random.Random, depth: int = 0) -> Any:
    """``value`` with one field somewhere replaced by a hostile value."""
    if isinstance(value, dict) and value and depth < 6:
        key = rnd.choice(sorted(value))
        out = dict(value)
        if rnd.random() < 0.15:
            del out[key]
        else:
            out[key] = _damage_value(value[key], rnd, depth + 1) if rnd.random() < 0.5 \
                else rnd.choice(_HOSTILE_VALUES)
        return out
    if isinstance(value, list) and value and depth < 6:
        out_list = list(value)
        i = rnd.randrange(len(out_list))
        out_list[i] = _damage_value(out_list[i], rnd, depth + 1)
        return out_list
    return rnd.choice(_HOSTILE_VALUES)


def test_damaged_descriptors_read_back_with_documented_errors(logged_run: Path,
                                                              tmp_path: Path) -> None:
    data = open_run(logged_run)
    row = data.history[0]
    descriptors = {k: v for k, v in row.items() if isinstance(v, dict) and "_type" in v}
    assert len(descriptors) >= 8
    rnd = random.Random("fuzz-descriptors")
    for i in range(N * 6):
        key = rnd.choice(sorted(descriptors))
        forged = _damage_value(descriptors[key], rnd)

        def read(forged: Any = forged) -> None:
            obj = data.load(forged)
            for method in ("to_numpy", "to_trimesh", "get_dataframe"):
                if hasattr(obj, method):
                    getattr(obj, method)()

        check(read, f"descriptor {key} mutation {i}: {forged!r:.300}")


@pytest.mark.parametrize("name", ["run.json", "summary.json", "history"])
def test_damaged_run_files_open_with_documented_errors(logged_run: Path, tmp_path: Path,
                                                       name: str) -> None:
    rnd = random.Random(f"fuzz-open-{name}")
    for i in range(N * 2):
        run_dir = _copy(logged_run, tmp_path, f"o{i}")
        if name == "history":
            [target] = (run_dir / "history").glob("*.rec")
        else:
            target = run_dir / name
        raw = target.read_bytes()
        if name != "history" and rnd.random() < 0.5:  # valid JSON, hostile fields
            text = _json.dumps(_damage_value(_json.loads(raw), rnd))
            target.write_text(text, encoding="utf-8")
        else:
            target.write_bytes(mutate(raw, rnd))
        check(lambda run_dir=run_dir: _read_all(run_dir), f"{name} mutation {i}")


def test_deeply_nested_json_is_a_documented_error(logged_run: Path, tmp_path: Path) -> None:
    deep = "[" * 100_000 + "]" * 100_000
    run_dir = _copy(logged_run, tmp_path, "deep")
    (run_dir / "summary.json").write_text('{"a": ' + deep + "}")
    check(lambda: _read_all(run_dir), "deep summary.json")
    [hist] = (run_dir / "history").glob("*.rec")
    with open(hist, "ab") as fh:
        fh.write(frame(('{"_step": 9, "a": ' + deep + "}").encode()))
    (run_dir / "summary.json").unlink()
    check(lambda: _read_all(run_dir), "deep history record")
