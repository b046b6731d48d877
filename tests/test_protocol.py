"""vizlog.protocol: the three forms of an encoded file (bytes, buffers, a writer callback)."""

from __future__ import annotations

import io

import numpy as np
import pytest

from vizlog.protocol import Encoded


def test_data_reads_as_bytes_whatever_the_form() -> None:
    arr = np.arange(4, dtype="<u2")
    given = Encoded(b"ab\x00\x00\x01\x00\x02\x00\x03\x00", "bin", "media/x", {"a": 1})
    parts = Encoded(None, "bin", "media/x", {"a": 1}, parts=[b"ab", arr])

    def writer(sink: io.BytesIO) -> None:
        sink.write(b"ab")
        sink.write(memoryview(arr))

    written = Encoded(None, "bin", "media/x", {"a": 1}, writer=writer)  # type: ignore[arg-type]
    for enc in (given, parts, written):
        assert enc.has_file and enc.fields == {"a": 1}
        assert enc.data == given.data
    assert [bytes(v) for v in parts.buffers() or ()] == [b"ab", arr.tobytes()]
    assert [bytes(v) for v in given.buffers() or ()] == [given.data]
    assert written.buffers() is None  # the store streams it


def test_no_file() -> None:
    enc = Encoded(None, "", "", {"_type": "histogram"})
    assert not enc.has_file and enc.data is None and enc.buffers() is None
    assert repr(enc) == "Encoded(no file, ext='', kind='', fields={'_type': 'histogram'})"


def test_buffers_are_flat_byte_views_without_copies() -> None:
    arr = np.zeros((3, 5), dtype=np.float32)
    (view,) = Encoded(None, "bin", "k", parts=[arr]).buffers() or ()
    assert view.format == "B" and view.ndim == 1 and view.nbytes == 60
    arr[0, 0] = 1.0
    assert bytes(view[:4]) == np.float32(1.0).tobytes()  # the same memory


def test_one_form_only_and_immutable() -> None:
    with pytest.raises(TypeError, match="one of `data`, `parts` or `writer`"):
        Encoded(b"x", "bin", "k", parts=[b"x"])
    with pytest.raises(TypeError, match="C-contiguous"):
        Encoded(None, "bin", "k", parts=[np.zeros((4, 4))[:, 1]]).buffers()
    enc = Encoded(b"x", "bin", "k")
    with pytest.raises(AttributeError, match="immutable"):
        enc.ext = "png"  # type: ignore[misc]


def test_equal_when_the_bytes_and_fields_are() -> None:
    whole = Encoded(b"abcd", "bin", "k", {"a": 1})
    assert whole == Encoded(None, "bin", "k", {"a": 1}, parts=[b"ab", b"cd"])
    assert whole == Encoded(None, "bin", "k", {"a": 1},
                            writer=lambda sink: sink.write(b"abcd") and None)
    assert whole != Encoded(b"abce", "bin", "k", {"a": 1})
    assert whole != Encoded(b"abcd", "bin", "k", {"a": 2})
    assert whole != Encoded(b"abcd", "png", "k", {"a": 1})
    assert Encoded(None, "", "", {"v": 1}) == Encoded(None, "", "", {"v": 1})
    assert Encoded(None, "", "", {"v": 1}) != Encoded(b"", "", "", {"v": 1})
