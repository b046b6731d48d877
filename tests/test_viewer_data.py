"""vizlog.viewer.data: x axes, files list, data scripts and the no-script fallback."""

from __future__ import annotations

import json
from pathlib import Path

from vizlog.viewer.data import fast_dumps, files_list, js_payload, noscript_html, xaxes


def test_xaxes_one_point_per_step_and_thinned() -> None:
    rows = [{"_step": s, "_timestamp": 100.0 + s, "_runtime": s / 2} for s in range(10)]
    rows.insert(3, {"_step": 2, "_timestamp": 999.0, "_runtime": 9.0})  # same step: first wins
    out = xaxes(rows)
    assert out["wall time"] == [[s, 100.0 + s] for s in range(10)]
    assert out["relative time"][2] == [2, 1.0]
    many = xaxes({"_step": s, "_runtime": float(s)} for s in range(10_000))
    assert len(many["relative time"]) <= 4000 and many["relative time"][-1] == [9999, 9999.0]
    assert "wall time" not in many


def test_js_payload_is_inert_json(tmp_path: Path) -> None:
    hostile = "</script><script>alert(1)</script>\u2028\u2029"
    text = js_payload("vizlogTable", "id", {"k": hostile}).decode()
    assert "<" not in text and "\u2028" not in text and "\u2029" not in text
    assert text.startswith("window.vizlogTable&&window.vizlogTable(")
    args = json.loads("[" + text[len("window.vizlogTable&&window.vizlogTable("):-3] + "]")
    assert args == ["id", {"k": hostile}]
    assert fast_dumps({"b": float("nan"), "a": 1}) == \
        '{"a":1,"b":{"_type":"float","value":"NaN"}}'


def test_files_list_skips_viewer_output_and_symlinks(tmp_path: Path) -> None:
    (tmp_path / "media").mkdir()
    (tmp_path / "media" / "a.png").write_bytes(b"12345")
    (tmp_path / "viewer").mkdir()
    (tmp_path / "viewer" / "x.js").write_bytes(b"x")
    (tmp_path / "index.html").write_bytes(b"x")
    (tmp_path / "run.json").write_bytes(b"{}")
    (tmp_path / "link").symlink_to(tmp_path / "run.json")
    files, total = files_list(tmp_path)
    assert files == [["media/a.png", 5], ["run.json", 2]] and total == 2
    assert files_list(tmp_path, limit=1) == ([["run.json", 2]], 2)  # top-level files first


def test_noscript_fallback_shows_static_charts_escaped() -> None:
    key = '<img src=x onerror="alert(1)">'
    data = {"media": {key: {"steps": [[3, {"kind": "chart", "svg": "viewer/chart-1.svg"}]]},
                      "evil": {"steps": [[1, {"kind": "image", "src": "../../etc/x.png"}]]}},
            "summary": {key: 1.5}}
    html = noscript_html(data)
    assert '<img src="viewer/chart-1.svg" alt="&lt;img src=x onerror=&quot;alert(1)&quot;&gt;">' \
        in html
    assert "etc/x.png" not in html and "<img src=x" not in html
    assert "<td>1.5</td>" in html
