"""vizlog.golden.report and .session: the HTML page, the update summary and the prune."""

from __future__ import annotations

import re
from pathlib import Path

from vizlog.golden import report
from vizlog.golden.checker import Records, list_cases
from vizlog.golden.session import prune, prune_lines, update_lines

PNG = (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x00\x00\x00"
       b"\x00:~\x9bU\x00\x00\x00\nIDATx\x9cc`\x00\x00\x00\x02\x00\x01H\xaf\xa4q\x00\x00\x00\x00"
       b"IEND\xaeB`\x82")


def _failure(tmp: Path, case: str = "img/a") -> dict[str, object]:
    (tmp / "diff").mkdir(parents=True, exist_ok=True)
    visuals = {}
    for role in ("expected", "actual", "diff"):
        (tmp / "diff" / f"x.png.{role}.png").write_bytes(PNG)
        visuals[role] = str(tmp / "diff" / f"x.png.{role}.png")
    return {"case": case, "nodeid": "t.py::test[<script>]", "dir": str(tmp),
            "problems": [{"name": "x.png", "message": "a & b < c", "visuals": visuals}]}


def test_report_is_self_contained_and_escaped(tmp_path: Path) -> None:
    case_dir = tmp_path / "case2"
    for role in ("expected", "actual"):
        (case_dir / role).mkdir(parents=True)
        (case_dir / role / "v.svg").write_bytes(b"<svg xmlns='http://www.w3.org/2000/svg'/>")
    second = {"case": "svg/b", "nodeid": "t.py::test_b", "dir": str(case_dir),
              "problems": [{"name": "v.svg", "message": "differs", "visuals": {}},
                           {"name": "(files)", "message": "files differ", "visuals": {}}]}
    path = report.write_report(tmp_path / "out", [second, _failure(tmp_path / "case1")])
    assert path == tmp_path / "out" / "golden-report.html"
    html = path.read_text(encoding="utf-8")
    assert "<script" not in html and "&lt;script&gt;" in html
    assert "a &amp; b &lt; c" in html
    assert html.count('src="data:image/png;base64,') == 3
    assert html.count('src="data:image/svg+xml;base64,') == 2  # expected and actual files
    assert not re.search(r'(src|href)="(?!data:|#)', html)  # nothing outside the page
    assert html.index("img/a") < html.index("svg/b")  # sorted by case
    assert "<title>golden report: 2 failure(s)</title>" in html


def test_report_without_failures_and_big_files(tmp_path: Path) -> None:
    html = report.render([])
    assert "Every golden check of the session passed." in html
    f = _failure(tmp_path)
    report.MAX_INLINE, old = 10, report.MAX_INLINE
    try:
        html = report.render([f])
    finally:
        report.MAX_INLINE = old
    assert "data:image/png" not in html and "bytes, not inlined" in html


def test_update_lines() -> None:
    assert update_lines({"b": "unchanged", "a": "changed", "c": "created", "d": "changed"}) == [
        "created   c", "changed   a", "changed   d", "unchanged b",
        "1 created, 2 changed, 1 left alone (unchanged)"]


def test_records_merge_keeps_the_strongest_update() -> None:
    r = Records()
    r.merge({"used": ["a"], "updates": {"a": "unchanged"}, "failures": [], "deselected": 1})
    r.merge({"used": ["a", "b"], "updates": {"a": "changed", "b": "created"},
             "failures": [{"case": "b"}], "deselected": 2})
    r.merge({"updates": {"a": "unchanged"}})
    assert (sorted(r.used), r.updates, r.failures, r.deselected) == (
        ["a", "b"], {"a": "changed", "b": "created"}, [{"case": "b"}], 3)
    assert Records().to_dict() == {"used": [], "updates": {}, "failures": [], "deselected": 0}


def test_prune(tmp_path: Path) -> None:
    for case in ("a/one", "a/two", "b", "a/one/nested"):
        (tmp_path / case / "expected").mkdir(parents=True, exist_ok=True)
    (tmp_path / "a" / "one" / "actual" / "expected").mkdir(parents=True)  # not a case
    assert list_cases(tmp_path) == ["a/one", "a/one/nested", "a/two", "b"]
    assert prune(tmp_path, ["a/one", "a/one/nested"], delete=False) == ["a/two", "b"]
    assert list_cases(tmp_path) == ["a/one", "a/one/nested", "a/two", "b"]
    lines = prune_lines(tmp_path, ["a/one"], "delete", ["-k 'x' selected tests"])
    assert lines[-1].startswith("--golden-prune=delete refused: nothing was removed.")
    assert len(list_cases(tmp_path)) == 4
    assert prune(tmp_path, ["a/one", "a/one/nested"], delete=True) == ["a/two", "b"]
    assert list_cases(tmp_path) == ["a/one", "a/one/nested"]
    assert not (tmp_path / "b").exists() and (tmp_path / "a").is_dir()
    assert list_cases(tmp_path / "missing") == []
