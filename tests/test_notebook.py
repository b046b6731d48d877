"""vizlog.notebook: Jupyter display of every registered type, open_run results and live runs."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import numpy as np
import pytest

import vizlog
from tests.contracts import CASES
from vizlog import registry
from vizlog.notebook import RENDERERS, TABLE_PAGE_ROWS, bundle

HOSTILE = '<script>alert(1)</script><img src=x onerror="document.body.dataset.p=1">'


class Tags(HTMLParser):
    """Every start tag with its attributes, for structural checks."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.feed(text)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))


def _inert(text: str) -> list[tuple[str, dict[str, str | None]]]:
    """The tags of ``text``, after checking it cannot run script or fetch anything."""
    tags = Tags(text).tags
    assert [t for t, _ in tags if t in ("script", "object", "embed", "link", "base")] == []
    for tag, attrs in tags:
        assert not [a for a in attrs if a.startswith("on")], (tag, attrs)
        for name in ("src", "href", "poster", "data"):
            value = attrs.get(name)
            assert value is None or value.startswith("data:"), (tag, name, value[:80])
        if tag == "iframe":  # scripts at most (3D), never the parent's origin
            assert attrs.get("sandbox") in ("", "allow-scripts") and "srcdoc" in attrs
    return tags


def test_every_preview_kind_in_the_registry_has_a_renderer() -> None:
    kinds = {e.preview for e in registry.entries()}
    assert kinds <= set(RENDERERS)
    assert set(CASES) == set(registry.ENTRIES)  # so the next test covers every type


@pytest.mark.parametrize("type_name", sorted(registry.ENTRIES))
def test_every_type_displays_as_inert_self_contained_html(type_name: str) -> None:
    obj = CASES[type_name].make()
    got = obj._repr_mimebundle_()
    assert got["text/plain"] == repr(obj)
    text = got["text/html"]
    tags = _inert(text)
    assert "not shown:" not in text and "vizlog-media" in text
    expected = {
        "image-file": ("img", "data:image/png;base64,"),
        "video-file": ("video", "data:video/mp4;base64,"),
        "audio-file": ("audio", "data:audio/wav;base64,"),
        "object3D-file": ("iframe", None),
        "html-file": ("iframe", None),
        "custom-chart": ("img", "data:image/svg+xml;base64,"),
        "histogram": ("svg", None),
        "table-file": ("table", None),
        "mask": ("img", "data:image/png;base64,"),
        "boxes2D": ("pre", None),
    }[type_name]
    found = [a for t, a in tags if t == expected[0]]
    assert found, text[:300]
    if expected[1] is not None:
        assert str(found[0].get("src")).startswith(expected[1])


def test_captions_cells_and_user_html_stay_text() -> None:
    img = vizlog.Image(np.zeros((8, 8, 3), np.uint8), caption=HOSTILE)
    text = img._repr_mimebundle_()["text/html"]
    _inert(text)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in text
    assert 'width="160" height="160" style="image-rendering:pixelated"' in text
    table = vizlog.Table(columns=[HOSTILE, "n"], data=[[HOSTILE, 1], ["b", 2]])
    text = table._repr_mimebundle_()["text/html"]
    _inert(text)
    assert text.count("&lt;script&gt;") == 2 and "<th title=\"string\">&lt;script" in text
    cells = CASES["table-file"].make()._repr_mimebundle_()["text/html"]
    assert "(image-file)" not in cells and cells.count('<td><img src="data:image/png;base64,') == 2
    page = vizlog.Html(f"<p>hi</p>{HOSTILE}")._repr_mimebundle_()["text/html"]
    (frame,) = [a for t, a in _inert(page) if t == "iframe"]
    assert str(frame["srcdoc"]).startswith('<meta http-equiv="Content-Security-Policy"')
    assert "<script>alert(1)</script>" in str(frame["srcdoc"])  # only inside the sandbox


def _thumbs(text: str) -> list[tuple[int, int, tuple[int, int], str]]:
    """``(width, height, decoded PNG size, alt)`` of each thumbnail in a table's cells."""
    import base64
    import io

    from PIL import Image as PILImage

    out = []
    for tag, attrs in _inert(text):
        if tag == "img":
            png = base64.b64decode(str(attrs["src"]).split(",", 1)[1])
            with PILImage.open(io.BytesIO(png)) as im:
                out.append((int(str(attrs["width"])), int(str(attrs["height"])), im.size,
                            str(attrs["alt"])))
    return out


def test_table_image_cells_are_bounded_thumbnails(runs_dir: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    from vizlog import notebook

    rng = np.random.default_rng(0)
    big = vizlog.Image(rng.integers(0, 255, (300, 500, 3), dtype=np.uint8), caption=HOSTILE)
    tiny = vizlog.Image(np.full((4, 4), 9, np.uint8))
    table = vizlog.Table(columns=["img", "n"], data=[[big, 1], [tiny, 2], [None, 3]])
    text = table._repr_mimebundle_()["text/html"]
    assert _thumbs(text) == [(64, 38, (64, 38), "image 500x300"),
                             (64, 64, (4, 4), "image 4x4")]  # never enlarged: shown pixelated
    assert 'style="vertical-align:middle;image-rendering:pixelated"' in text
    assert "&lt;script&gt;alert(1)" in text  # the caption, as text
    with vizlog.init(dir=runs_dir) as run:  # read back from a run: the same cells
        run.log({"t": table})
    data = vizlog.open_run(run.dir)
    again = data.load(data.summary["t"])._repr_mimebundle_()["text/html"]
    assert _thumbs(again) == _thumbs(text)
    # past the byte budget, the cells show their type
    monkeypatch.setattr(notebook, "TABLE_THUMB_BYTES", 200)
    text = table._repr_mimebundle_()["text/html"]
    assert _thumbs(text) == [(64, 64, (4, 4), "image 4x4")]
    assert text.count("<td><i>(image-file)</i>") == 1


def test_a_long_table_is_paged_and_a_histogram_has_hover_titles() -> None:
    n = TABLE_PAGE_ROWS * 25 + 7
    table = vizlog.Table(columns=["i"], data=[[i] for i in range(n)])
    text = table._repr_mimebundle_()["text/html"]
    assert text.count("<details") == 20 and text.count("<details open>") == 1
    assert f"rows 1-50 of {n:,}" in text and f"rows 951-1,000 of {n:,}" in text
    assert f"<i>{n - 1000:,} more rows not shown.</i>" in text
    hist = vizlog.Histogram(np_histogram=([1, 3, 2], [0.0, 1.0, 2.0, 4.0]))
    text = hist._repr_mimebundle_()["text/html"]
    assert text.count("<rect") == 3 and "<title>[1, 2): 3</title>" in text


def test_open_run_displays_its_metrics_media_summary_and_config(runs_dir: Path) -> None:
    rng = np.random.default_rng(0)
    with vizlog.init(dir=runs_dir, name=HOSTILE, config={HOSTILE: HOSTILE, "lr": 0.001}) as run:
        for i in range(500):
            row: dict[str, Any] = {"train/loss": 1 / (i + 1), HOSTILE: float(i)}
            if i % 100 == 0:
                row["img"] = vizlog.Image(rng.integers(0, 255, (4, 4), dtype=np.uint8),
                                          caption=HOSTILE)
            run.log(row)
        run.log({"pair": [vizlog.Image(np.zeros((2, 2), np.uint8)) for _ in range(2)]})
    data = vizlog.open_run(run.dir)
    got = data._repr_mimebundle_()
    assert got["text/plain"] == repr(data)
    text = got["text/html"]
    tags = _inert(text)
    assert "<script" not in text and "&lt;script&gt;" in text
    assert sum(1 for t, _ in tags if t == "polyline") == 2
    assert "<b>img</b> · step 400" in text and "data:image/png;base64," in text
    assert "<b>pair</b> · step 500" in text and text.count(">image-file</div>") == 3
    assert "<td>lr</td><td>0.001</td>" in text and "501 rows" in text
    assert f"<code>vizlog view {run.dir}</code>" in text
    assert bundle(data) == got


def test_a_live_run_shows_its_card(runs_dir: Path) -> None:
    run = vizlog.init(dir=runs_dir, name="live")
    run.log({"x": 1.0})
    got = run._repr_mimebundle_()
    assert re.search(r"vizlog run <b>live</b> \(\w+, running\)", got["text/html"])
    assert got["text/plain"] == repr(run)
    run.finish()


def test_media_modules_reach_the_renderer_only_through_the_protocol_hook() -> None:
    from tests.test_layers import imports

    for module in ("vizlog.media._base", "vizlog.read", "vizlog.charts.custom_chart"):
        assert not [m for m in imports(module) if m.startswith(("vizlog.notebook",
                                                                "vizlog.viewer"))]


def test_a_3d_object_is_an_orbit_view_in_a_sandboxed_frame(tmp_path: Path) -> None:
    from tests.browser import Browser, need_chromium
    from vizlog.notebook import object3d_document

    need_chromium()
    obj = CASES["object3D-file"].make()
    text = obj._repr_mimebundle_()["text/html"]
    (frame,) = [a for t, a in _inert(text) if t == "iframe"]
    assert frame["sandbox"] == "allow-scripts"
    assert "<summary>picture</summary><img src=\"data:image/png;base64," in text
    doc = str(frame["srcdoc"])
    enc = obj.encode()
    assert doc == object3d_document(enc.data, enc.ext)
    head = doc.split("<script>", 1)[0]
    assert "connect-src data: blob:" in head and "//" not in head
    page = tmp_path / "frame.html"
    page.write_text(doc, encoding="utf-8")
    with Browser(tmp_path) as browser:
        browser.open(page)
        drawn = browser.eval(
            "(() => { const c = document.querySelector('canvas');"
            "const t = document.createElement('canvas'); t.width = c.width; t.height = c.height;"
            "const g = t.getContext('2d'); g.drawImage(c, 0, 0);"
            "const d = g.getImageData(0, 0, t.width, t.height).data; let n = 0;"
            "for (let i = 0; i < d.length; i += 4) if (Math.abs(d[i] - 244) + "
            "Math.abs(d[i + 1] - 245) + Math.abs(d[i + 2] - 247) > 30) n++; return n; })()")
        assert drawn > 20
        assert browser.remote_requests() == []
