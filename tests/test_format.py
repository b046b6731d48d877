"""vizlog.format: framing, header and versions, torn tails, corruption, exact numbers."""

from __future__ import annotations

import math
import random
from pathlib import Path

import pytest

from vizlog import _json
from vizlog.format import (
    HEADER_SIZE,
    frame,
    history_chunk_name,
    history_chunk_stream,
    history_header,
    parse_records,
    parse_records_from,
)

ROWS = [{"_step": i, "loss": 1.0 / (i + 1), "tag": "x" * (i % 7)} for i in range(30)]


def _write(path: Path, rows: list[dict]) -> bytes:
    """A version-1 file (no header): records only."""
    path.write_bytes(b"".join(frame(_json.dumps(r).encode()) for r in rows))
    return path.read_bytes()


def read_records(path: Path) -> tuple[list[dict], list]:
    found = parse_records(path.read_bytes(), str(path))
    return found.rows, found.corruptions


def test_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "h.rec"
    _write(path, ROWS)
    rows, bad = read_records(path)
    assert rows == ROWS and bad == []


def test_record_layout() -> None:
    rec = frame(b"{}")
    assert rec[:2] == b"VZ" and len(rec) == HEADER_SIZE + 2 + 4
    assert int.from_bytes(rec[2:6], "little") == 2


def test_truncation_at_every_offset_gives_the_complete_prefix(tmp_path: Path) -> None:
    path = tmp_path / "h.rec"
    full = _write(path, ROWS[:8])
    ends = []
    pos = 0
    for r in ROWS[:8]:
        pos += len(frame(__import__("vizlog")._json.dumps(r).encode()))
        ends.append(pos)
    cut = tmp_path / "cut.rec"
    for n in range(len(full) + 1):
        cut.write_bytes(full[:n])
        rows, bad = read_records(cut)
        complete = sum(1 for e in ends if e <= n)
        assert rows == ROWS[:complete], n
        assert bad == [], n


def test_corrupt_middle_record_is_reported_and_later_records_survive(tmp_path: Path) -> None:
    path = tmp_path / "h.rec"
    data = bytearray(_write(path, ROWS[:5]))
    rec_len = len(frame(__import__("vizlog")._json.dumps(ROWS[0]).encode()))
    data[rec_len + HEADER_SIZE + 3] ^= 0xFF  # a payload byte of record 1
    path.write_bytes(bytes(data))
    rows, bad = read_records(path)
    assert rows == [ROWS[0], *ROWS[2:5]]
    rec1 = len(frame(_json.dumps(ROWS[1]).encode()))
    assert [(c.offset, c.reason) for c in bad] == [
        (rec_len, f"payload checksum mismatch; skipped {rec1} bytes")]


def test_corrupt_length_resyncs_on_next_header(tmp_path: Path) -> None:
    path = tmp_path / "h.rec"
    data = bytearray(_write(path, ROWS[:5]))
    rec_len = len(frame(__import__("vizlog")._json.dumps(ROWS[0]).encode()))
    data[rec_len + 3] ^= 0x40  # the length field of record 1
    path.write_bytes(bytes(data))
    rows, bad = read_records(path)
    assert rows == [ROWS[0], *ROWS[2:5]]
    rec1 = len(frame(_json.dumps(ROWS[1]).encode()))
    assert [c.reason for c in bad] == [f"bad record header; skipped {rec1} bytes"]


def test_random_bit_flips_never_crash_and_lose_only_hit_records(tmp_path: Path) -> None:
    path = tmp_path / "h.rec"
    clean = _write(path, ROWS)
    rnd = random.Random(11)
    for _ in range(200):
        data = bytearray(clean)
        for _ in range(rnd.randint(1, 3)):
            i = rnd.randrange(len(data))
            data[i] ^= 1 << rnd.randrange(8)
        path.write_bytes(bytes(data))
        rows, bad = read_records(path)
        assert all(r in ROWS for r in rows)
        assert len(rows) >= len(ROWS) - 3 * 2
        if len(rows) < len(ROWS):
            assert bad


def test_garbage_file_reports_and_does_not_raise(tmp_path: Path) -> None:
    path = tmp_path / "h.rec"
    path.write_bytes(bytes(random.Random(3).randrange(256) for _ in range(5000)))
    rows, bad = read_records(path)
    assert rows == [] and bad


@pytest.mark.parametrize("x", [math.nan, math.inf, -math.inf, -0.0])
def test_non_finite_values_round_trip(tmp_path: Path, x: float) -> None:
    path = tmp_path / "h.rec"
    _write(path, [{"v": x}])
    [row], _ = read_records(path)
    assert (math.isnan(row["v"]) and math.isnan(x)) or (
        row["v"] == x and math.copysign(1, row["v"]) == math.copysign(1, x))
    assert b"NaN" not in path.read_bytes().replace(b'"NaN"', b"")


def test_version_2_header_names_the_version_and_writer() -> None:
    data = history_header("abc123") + b"".join(frame(_json.dumps(r).encode()) for r in ROWS[:3])
    found = parse_records(data)
    assert (found.version, found.writer, found.rows, found.corruptions) == (2, "abc123",
                                                                            ROWS[:3], [])


def test_version_1_file_has_no_header() -> None:
    found = parse_records(b"".join(frame(_json.dumps(r).encode()) for r in ROWS[:3]))
    assert (found.version, found.writer, found.rows) == (1, None, ROWS[:3])


def test_unknown_future_version_is_reported_not_misread() -> None:
    head = frame(_json.dumps({"_vizlog": "history", "version": 99, "writer": "x"}).encode())
    found = parse_records(head + frame(_json.dumps(ROWS[0]).encode()))
    assert found.rows == [] and "version 99" in found.corruptions[0].reason


def test_torn_record_never_hides_records_appended_after_it() -> None:
    """A crash tore a 4 MiB record; a later writer appended 40 steps to the same bytes."""
    big = frame(_json.dumps({"_step": 0, "blob": "x" * (4 << 20)}).encode())
    later = [{"_step": i, "v": i} for i in range(1, 41)]
    data = big[: len(big) // 2] + b"".join(frame(_json.dumps(r).encode()) for r in later)
    found = parse_records(data, "h.rec")
    assert found.rows == later
    assert len(found.corruptions) == 1
    assert found.corruptions[0].offset == 0
    assert found.corruptions[0].reason.startswith("torn record")


def test_header_length_pointing_past_later_records_resyncs() -> None:
    """A damaged record's header claims more bytes than the file holds after it."""
    recs = [frame(_json.dumps(r).encode()) for r in ROWS[:6]]
    first = bytearray(recs[0])
    first[-1] ^= 0xFF  # payload checksum of record 0 fails
    found = parse_records(bytes(first) + b"".join(recs[1:]))
    assert found.rows == ROWS[1:6] and len(found.corruptions) == 1


def test_history_chunk_names_round_trip_to_their_stream() -> None:
    assert history_chunk_name("history/h.x-1-ab.rec", 0) == "history/h.x-1-ab.00000000.rec"
    assert history_chunk_name("history/h-1-ab.rec", 12345678) == "history/h-1-ab.12345678.rec"
    assert history_chunk_stream("history/h.x-1-ab.00000007.rec") == "history/h.x-1-ab.rec"
    assert history_chunk_stream("history/h-1-ab.rec") == "history/h-1-ab.rec"
    for stream, n in (("history/h-1-ab.txt", 0), ("history/h-1-ab.rec", -1),
                      ("history/h-1-ab.rec", 10**8), ("history/h-1-ab.rec", True)):
        with pytest.raises(ValueError, match="chunk number"):
            history_chunk_name(stream, n)


def test_a_chunk_header_carries_version_3_and_its_number() -> None:
    found = parse_records(history_header("tok", chunk=4) + frame(b'{"_step": 9}'))
    assert (found.version, found.writer, found.chunk, found.rows) == (3, "tok", 4, [{"_step": 9}])
    plain = parse_records(history_header("tok"))
    assert (plain.version, plain.chunk) == (2, None)


@pytest.mark.parametrize("head", [{"chunk": -1}, {"chunk": "1"}, {"chunk": True}, {},
                                  {"chunk": 1, "writer": None}])
def test_a_chunk_header_without_a_valid_number_or_writer_skips_the_chunk(head: dict) -> None:
    header = {"_vizlog": "history", "version": 3, "writer": "w", **head}
    found = parse_records(frame(_json.dumps(header).encode()) + frame(b'{"_step": 1}'), "c")
    assert found.rows == [] and found.version == 0
    assert [c.reason[:40] for c in found.corruptions] == \
        ["history chunk header without a writer an"]


def test_frame_is_the_same_with_cached_length_headers() -> None:
    """frame() caches record headers by length: the bytes equal the layout spelled out."""
    import struct
    import zlib

    for payload in (b"", b"{}", b"x" * 70, b"y" * 70, b"z" * 100_000):
        for _ in range(2):
            n = len(payload)
            assert frame(payload) == (b"VZ" + struct.pack("<II", n, zlib.crc32(struct.pack(
                "<I", n))) + payload + struct.pack("<I", zlib.crc32(payload)))

def test_following_a_growing_file_gives_the_rows_of_one_parse_and_reads_each_byte_once(
) -> None:
    rng = random.Random(7)
    records = [history_header("w")] + [frame(_json.dumps({"_step": i, "x": rng.random()})
                                             .encode()) for i in range(30)]
    data = b"".join(records)
    for _trial in range(20):
        cuts = [*sorted(rng.sample(range(1, len(data)), 6)), len(data)]
        rows: list[object] = []
        offset = parsed = 0
        for cut in cuts:
            found, new = parse_records_from(data[offset:cut], "h.rec", offset)
            assert found.corruptions == [] and (offset > 0 or new == 0 or found.version == 2)
            parsed += cut - offset
            rows.extend(found.rows)
            offset = new
        assert offset == len(data) and rows == parse_records(data).rows
        # each byte is parsed once, plus the unfinished record at each cut (read again later)
        assert parsed - len(data) <= sum(max(len(r) for r in records) for _ in cuts)


def test_following_reports_corruption_once_with_file_offsets_and_resyncs() -> None:
    good = [frame(_json.dumps({"_step": i}).encode()) for i in range(6)]
    bad = bytearray(good[2])
    bad[-1] ^= 0xFF  # payload checksum
    data = b"".join([good[0], good[1], bytes(bad), good[3], b"junk!", good[4], good[5]])
    whole = parse_records(data)
    rows: list[object] = []
    offsets: list[int] = []
    offset = 0
    for cut in range(1, len(data) + 1):
        found, offset = parse_records_from(data[offset:cut], "h.rec", offset)
        rows.extend(found.rows)
        offsets.extend(c.offset for c in found.corruptions if c.offset not in offsets)
    assert offset == len(data) and rows == whole.rows and [r["_step"] for r in rows] == \
        [0, 1, 3, 4, 5]  # type: ignore[index]
    assert offsets == [c.offset for c in whole.corruptions] == [
        len(good[0]) * 2, len(good[0]) * 4 + len(bad) - len(good[2])]


def test_following_leaves_a_corrupt_tail_and_resyncs_on_a_record_written_after_it() -> None:
    recs = [frame(_json.dumps({"_step": i}).encode()) for i in range(3)]
    garbage = b"\x00garbage-bytes-that-are-no-record"
    found, offset = parse_records_from(recs[0] + garbage, "h.rec", 0)
    assert [c.reason for c in found.corruptions] == ["bad record header"]
    assert offset == len(recs[0])  # the tail is read again next time
    rest = garbage + recs[1] + recs[2]
    found2, end = parse_records_from(rest, "h.rec", offset)
    assert [r["_step"] for r in found2.rows] == [1, 2]
    assert [(c.offset, c.reason) for c in found2.corruptions] == [
        (len(recs[0]), f"bad record header; skipped {len(garbage)} bytes")]
    assert end == offset + len(rest)
    assert parse_records(recs[0] + rest, "h.rec").corruptions == found2.corruptions

def test_a_record_at_a_later_offset_is_never_taken_for_the_header() -> None:
    fake = frame(_json.dumps({"_vizlog": "history", "version": 2, "writer": "x"}).encode())
    found, _ = parse_records_from(fake, "h.rec", 100)
    assert found.rows == [{"_vizlog": "history", "version": 2, "writer": "x"}]
