"""Point-cloud validation, the stored PLY, lidar scenes and box3d."""

from __future__ import annotations

import io
import itertools

import numpy as np
import pytest

from vizlog.errors import DtypeError, MediaError, ShapeError
from vizlog.media import _pointcloud
from vizlog.media._pointcloud import (
    PALETTE,
    box3d,
    read_ply,
    validate_points,
    validate_scene,
    write_ply,
)


def test_xyz_rgb_is_packed_as_15_byte_rows(rng: np.random.Generator) -> None:
    pts = np.column_stack([rng.normal(size=(50, 3)), rng.integers(0, 256, (50, 3))])
    pd = validate_points(pts, "p", 100)
    data = write_ply(pd)
    header, body = data.split(b"end_header\n")
    assert b"element vertex 50\n" in header and b"property uchar blue\n" in header
    assert len(body) == 50 * 15
    cols = read_ply(data)
    np.testing.assert_array_equal(np.column_stack([cols["x"], cols["y"], cols["z"]]),
                                  pts[:, :3].astype(np.float32))
    np.testing.assert_array_equal(cols["red"], pts[:, 3].astype(np.uint8))
    np.testing.assert_array_equal(pd.to_numpy(), pts.astype(np.float32))


def test_ply_reads_back_with_trimesh(rng: np.random.Generator) -> None:
    trimesh = pytest.importorskip("trimesh")
    pts = np.column_stack([rng.normal(size=(20, 3)).astype(np.float32),
                           rng.integers(0, 256, (20, 3))])
    cloud = trimesh.load(io.BytesIO(write_ply(validate_points(pts, "p", 100))), file_type="ply")
    np.testing.assert_array_equal(cloud.vertices, pts[:, :3].astype(np.float32))
    np.testing.assert_array_equal(cloud.colors[:, :3], pts[:, 3:].astype(np.uint8))


def test_categories_get_palette_colours_and_read_back(rng: np.random.Generator) -> None:
    pts = np.column_stack([rng.normal(size=(30, 3)), rng.integers(1, 15, 30)])
    pd = validate_points(pts, "p", 100)
    cols = read_ply(write_ply(pd))
    np.testing.assert_array_equal(cols["category"], pts[:, 3].astype(np.uint8))
    np.testing.assert_array_equal(cols["green"], PALETTE[pts[:, 3].astype(int) % 16][:, 1])
    assert pd.columns == ["x", "y", "z", "category"] and pd.colors is None
    np.testing.assert_array_equal(pd.to_numpy(), pts.astype(np.float32))


def test_fractional_colours_are_rounded_and_recorded() -> None:
    pts = np.array([[0, 0, 0, 10.4, 20.6, 255.0]])
    pd = validate_points(pts, "p", 10)
    assert pd.colors_rounded and pd.colors.tolist() == [[10, 21, 255]]
    assert not validate_points(np.array([[0, 0, 0, 10.0, 20.0, 30.0]]), "p", 10).colors_rounded


@pytest.mark.parametrize(("pts", "err", "pattern"), [
    (np.zeros((4, 5)), ShapeError, r"shape \(N, 3\) xyz, \(N, 4\).*got \(4, 5\)"),
    (np.zeros((4,)), ShapeError, r"got \(4,\)"),
    (np.array([[0, 0, np.nan]]), DtypeError, r"NaN or infinite coordinates .*row 0"),
    (np.array([[0, 0, 1e39]]), DtypeError, r"beyond the float32 range"),
    (np.zeros((2, 3), bool), DtypeError, r"integer or float"),
    (np.array([[0, 0, 0, 1, 2, 300]]), DtypeError, r"rgb values .* in \[1, 300\]"),
    (np.array([[0, 0, 0, 0.5, 0.2, 1.0]]), DtypeError, r"look like 0\.\.1 colours"),
    (np.array([[0, 0, 0, 0.5]]), DtypeError, r"category .*fractional"),
    (np.array([[0, 0, 0, 300]]), DtypeError, r"category\) has values in \[300, 300\]"),
    ([["a", "b", "c"]], DtypeError, r"must hold numbers"),
], ids=["n5", "1d", "nan", "f32_overflow", "bool", "rgb_range", "rgb_01",
        "cat_frac", "cat_range", "strings"])
def test_bad_points(pts, err, pattern) -> None:
    with pytest.raises(err, match=pattern):
        validate_points(pts, "points", 1000)


def test_max_points_is_checked_before_copying() -> None:
    huge = np.broadcast_to(np.float64(0.0), (100_000_000, 3))   # no memory behind it
    with pytest.raises(MediaError, match=r"is 100000000 points, over `max_points`=10"):
        validate_points(huge, "points", 10_000_000)
    with pytest.raises(MediaError, match=r"over `max_points`=2"):
        validate_points([[0, 0, 0]] * 3, "points", 2)
    assert validate_points(np.zeros((3, 3)), "points", 3).rec.shape == (3,)


def test_box3d_corner_order_and_rotation() -> None:
    box = box3d(center=(1, 2, 3), size=(2, 4, 6), orientation=(1, 0, 0, 0), color=(1, 0, 0),
                label="car", score=0.5)
    expected = [[1 + sx, 2 + 2 * sy, 3 + 3 * sz]
                for sx, sy, sz in itertools.product((-1, 1), repeat=3)]
    np.testing.assert_allclose(box["corners"], expected)
    assert box["label"] == "car" and box["score"] == 0.5 and box["color"] == [1, 0, 0]
    half = np.sqrt(0.5)   # 90 degrees about z, given unnormalised: local +x -> scene +y
    rot = box3d(center=(0, 0, 0), size=(2, 0, 0), orientation=(2 * half, 0, 0, 2 * half),
                color=(0, 1, 0))
    np.testing.assert_allclose(rot["corners"][0], [0, -1, 0], atol=1e-12)
    np.testing.assert_allclose(rot["corners"][7], [0, 1, 0], atol=1e-12)
    with pytest.raises(MediaError, match=r"non-zero quaternion"):
        box3d(center=(0, 0, 0), size=(1, 1, 1), orientation=(0, 0, 0, 0), color=(1, 1, 1))
    with pytest.raises(MediaError, match=r"`center` must be 3 finite numbers"):
        box3d(center=(0, 0), size=(1, 1, 1), orientation=(1, 0, 0, 0), color=(1, 1, 1))


def test_validate_scene_normalises_and_refuses_typos() -> None:
    box = box3d(center=(0, 0, 0), size=(1, 1, 1), orientation=(1, 0, 0, 0), color=(1, 0, 0))
    boxes, vectors = validate_scene(np.array([box], dtype=object),
                                    [{"start": [0, 0, 0], "end": (1, 1, 1)}], "scene")
    assert boxes[0]["corners"] == box["corners"] and vectors == [
        {"start": [0.0, 0.0, 0.0], "end": [1.0, 1.0, 1.0]}]
    with pytest.raises(MediaError, match=r"needs 'corners' and 'color'.*'colour'"):
        validate_scene([{"corners": box["corners"], "colour": (1, 0, 0)}], None, "scene")
    with pytest.raises(MediaError, match=r"8 finite \(x, y, z\) points"):
        validate_scene([{"corners": [[0, 0, 0]], "color": (1, 0, 0)}], None, "scene")
    with pytest.raises(MediaError, match=r"'start' and 'end'"):
        validate_scene([], [{"start": [0, 0, 0]}], "scene")
    with pytest.raises(MediaError, match=r"score.*finite number"):
        validate_scene([{**box, "score": float("nan")}], None, "scene")


@pytest.mark.parametrize("cols", [3, 4, 6])
def test_empty_clouds_are_valid(cols: int) -> None:
    pd = validate_points(np.zeros((0, cols)), "p", 10)
    assert len(pd.rec) == 0 and pd.bounds() is None


@pytest.mark.parametrize("case", ["xyz_f64", "xyz_f32", "xyz_int", "rgb_f64", "rgb_int",
                                  "rgb_u8_cols", "rgb_big_coords"])
def test_fast_path_equals_the_general_path(case: str, monkeypatch: pytest.MonkeyPatch) -> None:
    rng = np.random.default_rng(21)
    xyz = rng.normal(size=(500, 3)) * 1e3
    rgb = rng.integers(0, 256, size=(500, 3))
    arr = {"xyz_f64": xyz, "xyz_f32": xyz.astype(np.float32),
           "xyz_int": rng.integers(-9, 9, size=(500, 3)),
           "rgb_f64": np.hstack([xyz, rgb.astype(np.float64)]),
           "rgb_int": np.hstack([xyz.astype(np.int64), rgb]),
           "rgb_u8_cols": np.hstack([xyz, rgb]).astype(np.uint8),
           "rgb_big_coords": np.hstack([xyz * 1e30, rgb.astype(np.float64)])}[case]
    assert _pointcloud._fast_points(arr) is not None
    fast = _pointcloud.validate_points(arr, "points", 10**6)
    monkeypatch.setattr(_pointcloud, "_fast_points", lambda arr: None)
    slow = _pointcloud.validate_points(arr, "points", 10**6)
    assert fast.rec.dtype == slow.rec.dtype and fast.rec.tobytes() == slow.rec.tobytes()
    assert (fast.source_dtype, fast.colors_rounded) == (slow.source_dtype, slow.colors_rounded)
    assert fast.bounds() == slow.bounds()
    assert _pointcloud.write_ply(fast) == _pointcloud.write_ply(slow)


@pytest.mark.parametrize("bad", ["nan", "inf", "f32_overflow", "rgb_256", "rgb_neg",
                                 "rgb_frac", "rgb_nan"])
def test_fast_path_leaves_the_errors_to_the_general_path(bad: str) -> None:
    arr = np.hstack([np.ones((4, 3)), np.full((4, 3), 7.0)])
    row, col, value = {"nan": (1, 0, np.nan), "inf": (2, 1, np.inf),
                       "f32_overflow": (0, 2, 1e39), "rgb_256": (3, 3, 256.0),
                       "rgb_neg": (3, 4, -1.0), "rgb_frac": (1, 5, 7.5),
                       "rgb_nan": (0, 3, np.nan)}[bad]
    arr[row, col] = value
    assert _pointcloud._fast_points(arr) is None


@pytest.mark.parametrize("cols", [3, 6])
def test_fast_path_blocks_equal_the_general_path(cols: int,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    n = 2 * _pointcloud._BLOCK + 123            # two full blocks and a partial one
    rng = np.random.default_rng(22)
    arr = np.hstack([rng.normal(size=(n, 3)) * 50, rng.integers(0, 256, (n, 3))])[:, :cols]
    arr[n - 1, 0] = 1e6                          # the extremes sit in the last block
    fast = _pointcloud._fast_points(arr)
    assert fast is not None and fast.bounds()[1][0] == 1e6
    monkeypatch.setattr(_pointcloud, "_fast_points", lambda arr: None)
    slow = _pointcloud.validate_points(arr, "points", 10**6)
    assert fast.rec.tobytes() == slow.rec.tobytes() and fast.bounds() == slow.bounds()


@pytest.mark.parametrize("col, value", [(0, np.nan), (2, np.inf), (4, 7.5), (5, 300.0)])
def test_fast_path_sees_bad_values_in_a_later_block(col: int, value: float) -> None:
    n = 2 * _pointcloud._BLOCK + 5
    arr = np.hstack([np.ones((n, 3)), np.full((n, 3), 9.0)])
    arr[_pointcloud._BLOCK + 3, col] = value
    assert _pointcloud._fast_points(arr) is None
    if value == 7.5:                                   # the general path rounds it
        assert validate_points(arr, "p", 10**6).colors_rounded
        return
    with pytest.raises(DtypeError, match=f"row {_pointcloud._BLOCK + 3}" if col < 3 else "rgb"):
        validate_points(arr, "p", 10**6)


def test_read_back_ply_count_must_match_its_body() -> None:
    head = (b"ply\nformat binary_little_endian 1.0\nelement vertex 2147483648\n"
            b"property float x\nproperty float y\nproperty float z\nend_header\n")
    with pytest.raises(MediaError, match=r"PLY body is 12 bytes, not 2147483648 vertices of 12 "
                                         r"bytes; the file is damaged"):
        read_ply(head + b"\0" * 12)


def test_ply_parts_are_the_ply_unjoined(rng: np.random.Generator) -> None:
    pts = np.column_stack([rng.normal(size=(40, 3)), rng.integers(0, 256, (40, 3))])
    pd = validate_points(pts, "p", 100)
    header, body = _pointcloud.ply_parts(pd)
    assert header.endswith(b"end_header\n") and body.nbytes == 40 * 15
    assert header + bytes(body) == write_ply(pd)
    assert np.shares_memory(np.frombuffer(body, np.uint8), pd.rec)  # no copy of the vertices
