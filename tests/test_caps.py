"""Decode caps (vizlog.media._caps): bombs are refused before their decoded size is allocated."""

from __future__ import annotations

import io
import json
import struct
import tracemalloc

import numpy as np
import pytest

import vizlog
from vizlog.errors import MediaError
from vizlog.media import _caps, _gltf


def gif_bomb(width: int, height: int, frames: int) -> bytes:
    """A GIF whose logical screen is ``width`` x ``height`` and whose ``frames`` frames each
    draw one pixel: a few bytes per frame, a full canvas per decoded frame."""
    out = [b"GIF89a", struct.pack("<HHBBB", width, height, 0x80, 0, 0), b"\0\0\0\xff\xff\xff"]
    for _ in range(frames):
        out.append(b"\x21\xf9\x04\x00\x0a\x00\x00\x00")                    # 100 ms per frame
        out.append(b"\x2c" + struct.pack("<HHHHB", 0, 0, 1, 1, 0))          # 1x1 at (0, 0)
        out.append(b"\x02\x02\x44\x01\x00")                                 # clear, 0, end
    out.append(b"\x3b")
    return b"".join(out)


def test_gif_bomb_is_accepted_small_and_refused_before_decoding() -> None:
    data = gif_bomb(4000, 4000, 300)   # 6.6 KB; 4.8 G pixels decoded
    assert len(data) < 7000
    video = vizlog.Video(io.BytesIO(data), format="gif")
    assert (video.width, video.height, video.frames) == (4000, 4000, 300)
    tracemalloc.start()
    try:
        with pytest.raises(MediaError, match=r"4800000000 pixels in all frames, over "
                                             r"`max_pixels`=1073741824"):
            video.to_numpy()
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 64 << 20


def test_video_caps_can_be_raised_or_lowered_per_call() -> None:
    rng = np.random.default_rng(0)
    video = vizlog.Video(rng.integers(0, 256, (4, 3, 16, 16), dtype=np.uint8), fps=4,
                         format="gif")
    data = video.encode().data
    back = vizlog.Video(io.BytesIO(data), format="gif")
    assert back.to_numpy().shape == (4, 3, 16, 16)
    with pytest.raises(MediaError, match=r"1024 pixels in all frames, over `max_pixels`=1000"):
        back.to_numpy(max_pixels=1000)
    with pytest.raises(MediaError, match=r"4 frames, over `max_frames`=3"):
        back.to_numpy(max_frames=3)


def test_check_frame_refuses_a_frame_over_the_pixel_cap() -> None:
    _caps.check_frame(9459, 9459)   # 89,472,681 pixels: just under
    with pytest.raises(MediaError, match=r"89491600 pixels per frame \(9460x9460\), over "
                                         r"`max_pixels`=89478485"):
        _caps.check_frame(9460, 9460)


def test_budget_counts_until_the_limit() -> None:
    budget = _caps.Budget(10, "x", "max_samples", "samples")
    budget.take(6)
    budget.take(4)
    with pytest.raises(MediaError, match=r"`x` holds more than 10 samples, over "
                                         r"`max_samples`=10; a decompression bomb is refused "
                                         r"while decoding"):
        budget.take(1)


def test_audio_samples_are_capped_while_decoding() -> None:
    t = np.linspace(0, 1, 4000, dtype=np.float32)
    flac = vizlog.Audio(np.sin(300 * t), sample_rate=8000, format="flac").encode().data
    audio = vizlog.Audio(flac)
    assert audio.to_numpy().shape == (4000, 1)
    with pytest.raises(MediaError, match=r"more than 1000 samples, over `max_samples`=1000"):
        audio.to_numpy(max_samples=1000)


def _glb_with(accessor: dict[str, object], extra_views: list[dict[str, object]] = ()) -> bytes:
    positions = struct.pack("<9f", 0, 0, 0, 1, 0, 0, 0, 1, 0)
    doc = {"asset": {"version": "2.0"}, "scenes": [{"nodes": [0]}], "scene": 0,
           "nodes": [{"mesh": 0}],
           "meshes": [{"primitives": [{"attributes": {"POSITION": 0}}]}],
           "buffers": [{"byteLength": 36}],
           "bufferViews": [{"buffer": 0, "byteLength": 36}, *extra_views],
           "accessors": [accessor]}
    text = json.dumps(doc).encode()
    text += b" " * (-len(text) % 4)
    body = (struct.pack("<II", len(text), _gltf.CHUNK_JSON) + text
            + struct.pack("<II", 36, _gltf.CHUNK_BIN) + positions)
    return b"glTF" + struct.pack("<II", 2, 12 + len(body)) + body


def test_glb_accessor_without_data_claiming_2_31_items_is_refused() -> None:
    data = _glb_with({"componentType": 5126, "count": 2**31, "type": "VEC3"})
    with pytest.raises(MediaError, match=r"25769803776 bytes in glTF accessors\[0\] "
                                         r"\(2147483648 elements with no bufferView"):
        vizlog.Object3D(io.BytesIO(data), file_type="glb")


def test_glb_small_accessor_without_data_is_accepted() -> None:
    data = _glb_with({"componentType": 5126, "count": 3, "type": "VEC3"})
    obj = vizlog.Object3D(io.BytesIO(data), file_type="glb")
    assert "3 vertices, 1 faces" in repr(obj)


@pytest.mark.parametrize(("sparse", "pattern"), [
    ({"count": 2**31, "indices": {"bufferView": 0, "componentType": 5125},
      "values": {"bufferView": 0}}, r"has count 2147483648, not an integer in \[1, 3\]"),
    ({"count": 3, "indices": {"bufferView": 1, "componentType": 5125},
      "values": {"bufferView": 0}}, r"malformed `indices`"),
    ({"count": 3, "indices": {"bufferView": 0, "componentType": 5125, "byteOffset": 30},
      "values": {"bufferView": 0}}, r"`indices` ends past its bufferView \(36 bytes\)"),
    ({"count": 3, "indices": {"bufferView": 0, "componentType": 5126},
      "values": {"bufferView": 0}}, r"componentType glTF does not allow"),
    ({"count": 3, "indices": {"bufferView": 0, "componentType": 5125},
      "values": {"bufferView": 0, "byteOffset": 4}}, r"`values` ends past its bufferView"),
    ("x", r"sparse that is not an object"),
], ids=["count", "view_missing", "indices_past_end", "index_type", "values_past_end", "type"])
def test_glb_sparse_accessors_are_checked_against_their_views(sparse: object,
                                                             pattern: str) -> None:
    data = _glb_with({"bufferView": 0, "componentType": 5126, "count": 3, "type": "VEC3",
                      "sparse": sparse})
    with pytest.raises(MediaError, match=pattern):
        vizlog.Object3D(io.BytesIO(data), file_type="glb")


def test_decoding_turns_foreign_errors_into_media_errors() -> None:
    with pytest.raises(MediaError, match=r"the thing cannot be decoded \(OSError: broken\)"), \
            _caps.decoding("the thing"):
        raise OSError("broken")
    with pytest.raises(KeyError), _caps.decoding("the thing", keep=(KeyError,)):
        raise KeyError("kept")


def test_arrow_table_bomb_is_refused_before_decompression(tmp_path) -> None:
    import pyarrow as pa

    from vizlog.media._table_io import write_bytes
    from vizlog.read import run_files
    from vizlog.store import MemoryBackend

    table = pa.table({"a": np.zeros(4_500_000, np.int64)})
    data = write_bytes(table)
    assert len(data) < 200_000   # 36 MB of columns in a few kB: the bomb's ratio
    _caps.check_arrow(data)      # under the default cap
    with pytest.raises(MediaError, match=r"`the table file` is 36000000 bytes decoded, over "
                                         r"`MAX_TABLE_BYTES`=1000000"):
        _caps.check_arrow(data, max_bytes=1_000_000)
    for backend in (tmp_path, MemoryBackend()):
        if isinstance(backend, MemoryBackend):
            backend.put("t.arrow", data)
        else:
            (tmp_path / "t.arrow").write_bytes(data)
        files = run_files(backend)
        assert vizlog.Table.from_descriptor({"_type": "table-file", "path": "t.arrow"},
                                            files).get_dataframe().shape == (4_500_000, 1)


@pytest.mark.parametrize("cut", [0, 6, 100, -7, -11])
def test_damaged_arrow_files_are_media_errors(cut: int) -> None:
    import pyarrow as pa

    from vizlog.media._table_io import write_bytes

    data = write_bytes(pa.table({"a": [1, 2, 3]}))
    damaged = data[:cut] if cut >= 0 else data[:cut] + b"x" * 7
    with pytest.raises(MediaError, match=r"the table file is not a readable Arrow IPC file"):
        _caps.check_arrow(damaged)
