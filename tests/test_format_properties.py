"""Property-based test of the history format (vizlog.format): whatever happens to the files,
every complete acknowledged record that was not itself damaged reads back, in order, and
nothing else does.

A history is a list of writer files. Operations: ``append`` (a record is framed and written
whole: acknowledged), ``torn`` (a crash cuts a record short; the next writer starts a new file,
as a resumed run does), ``torn_then_more`` (a torn record followed by more appends to the same
file, as an old same-PID writer did), ``flip`` (one bit of any byte already written flips; the
record holding it, if any, is damaged) and ``resume`` (a new writer file). Seeded
(``derandomize=True``) and bounded (200 examples).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from vizlog import _json
from vizlog.format import frame, history_header, parse_records


@dataclass
class WriterFile:
    data: bytearray = field(default_factory=bytearray)
    #: (start, framed bytes, row) of every acknowledged record, in file order
    records: list[tuple[int, bytes, dict[str, Any]]] = field(default_factory=list)

    def intact(self, start: int, framed: bytes) -> bool:
        """True when the bytes written at ``start`` are still exactly ``framed``."""
        return bytes(self.data[start:start + len(framed)]) == framed


def _new_file(n: int) -> WriterFile:
    f = WriterFile()
    f.data += history_header(f"w{n}")
    return f


rows = st.fixed_dictionaries({"v": st.integers(-(2**40), 2**40),
                              "s": st.text(alphabet="abcxyz ~/", max_size=30)})
ops = st.lists(st.one_of(
    st.tuples(st.just("append"), rows),
    st.tuples(st.just("torn"), rows, st.floats(0, 0.999)),
    st.tuples(st.just("torn_then_more"), rows, st.floats(0, 0.999)),
    st.tuples(st.just("flip"), st.integers(0, 10**6), st.integers(0, 10**9), st.integers(0, 7)),
    st.tuples(st.just("resume")),
), max_size=40)


@settings(max_examples=200, deadline=None, derandomize=True)
@given(ops)
def test_every_acknowledged_undamaged_record_reads_back(operations: list[tuple[Any, ...]]) -> None:
    files = [_new_file(0)]
    step = 0
    for op in operations:
        cur = files[-1]
        if op[0] == "append":
            row = {**op[1], "_step": step}
            step += 1
            rec = frame(_json.dumps(row).encode())
            cur.records.append((len(cur.data), rec, row))
            cur.data += rec
        elif op[0] in ("torn", "torn_then_more"):
            rec = frame(_json.dumps({**op[1], "_step": -1}).encode())
            cur.data += rec[:int(len(rec) * op[2])]   # never acknowledged
            if op[0] == "torn":
                files.append(_new_file(len(files)))
        elif op[0] == "flip":
            f = files[op[1] % len(files)]
            if f.data:
                pos = op[2] % len(f.data)
                f.data[pos] ^= 1 << op[3]   # a second flip of the same bit repairs it
        else:
            files.append(_new_file(len(files)))
    for n, f in enumerate(files):
        found = parse_records(bytes(f.data), f"history/w{n}.rec")
        expected = [row for start, rec, row in f.records if f.intact(start, rec)]
        assert found.rows == expected
        if f.intact(0, history_header(f"w{n}")):
            assert (found.version, found.writer) == (2, f"w{n}")
