"""vizlog.media.html: inputs, local-only injection, file storage, read-back, golden."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

import vizlog
from vizlog.errors import MediaError, UnsupportedInputError
from vizlog.media.html import INJECTED, Html, inject_head
from vizlog.testing import Golden

DOC = "<!DOCTYPE html><html lang='en'><head><title>t</title></head><body><p>é</p></body></html>"


@pytest.mark.parametrize(("source", "expected"), [
    ("<html><head><title>t</title></head></html>",
     f"<html><head>{INJECTED}<title>t</title></head></html>"),
    ("<HTML><HEAD class='x'><TITLE>t</TITLE></HEAD></HTML>",
     f"<HTML><HEAD class='x'>{INJECTED}<TITLE>t</TITLE></HEAD></HTML>"),
    ("<html><body><header>h</header></body></html>",
     f"<html><head>{INJECTED}</head><body><header>h</header></body></html>"),
    ("<!doctype html><p>x</p>", f"<!doctype html><head>{INJECTED}</head><p>x</p>"),
    ("<p>plain</p>", f"{INJECTED}<p>plain</p>"),
])
def test_injection_points(source: str, expected: str) -> None:
    assert inject_head(source) == expected
    assert Html(source).html == expected


def test_injection_is_local_only() -> None:
    assert "//" not in INJECTED and "http" not in INJECTED.lower()
    assert "<script" not in INJECTED and "<link" not in INJECTED and "@import" not in INJECTED
    assert INJECTED.startswith('<base target="_blank">')


def test_inputs(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(DOC, encoding="utf-8")
    expected = inject_head(DOC)
    assert Html(str(path)).html == expected
    assert Html(path).html == expected
    assert Html(io.StringIO(DOC)).html == expected
    assert Html(io.BytesIO(DOC.encode())).html == expected
    assert Html(DOC.encode()).html == expected
    assert Html(b"\xef\xbb\xbf<p>x</p>", inject=False).html == "<p>x</p>"  # BOM dropped
    assert Html(str(path), inject=False).html == DOC
    assert Html(str(path), data_is_not_path=True, inject=False).html == str(path)
    missing = str(tmp_path / "missing.html")
    assert Html(missing, inject=False).html == missing  # not a file: it is the HTML itself
    h = Html(DOC)
    copy = Html(h, inject=True)
    assert copy.html == h.html and copy.inject is True  # not injected twice


@pytest.mark.parametrize(("make", "err", "pattern"), [
    (lambda: Html(42), UnsupportedInputError, r"must be an HTML str, a path, bytes or a file"),
    (lambda: Html(b"\xff<p>"), UnsupportedInputError, r"not valid UTF-8 \(byte 0\)"),
    (lambda: Html(io.StringIO("x" * 11), max_bytes=10), MediaError, r"more than 10 characters"),
    (lambda: Html("x" * 11, max_bytes=10), MediaError, r"over `max_bytes`=10"),
    (lambda: Html(io.BytesIO(b"x" * 11), max_bytes=10), MediaError, r"more than 10 bytes"),
    (lambda: Html(Path("/nonexistent/x.html")), UnsupportedInputError, r"cannot be read"),
    (lambda: Html("<p>", inject=1), MediaError, r"`inject` must be True or False"),
])
def test_bad_input(make: object, err: type[Exception], pattern: str) -> None:
    with pytest.raises(err, match=pattern):
        make()  # type: ignore[operator]


def test_logged_as_a_file_and_read_back(runs_dir: Path) -> None:
    with vizlog.init(dir=runs_dir) as run:
        run.log({"page": Html(DOC), "pages": [Html("<p>a</p>"), Html("<p>b</p>", inject=False)]})
    data = vizlog.open_run(run.dir)
    assert data.verify() == []
    row = data.history[0]
    desc = row["page"]
    assert desc["_type"] == "html-file" and desc["inject"] is True
    assert desc["path"].startswith("media/html/page_0_") and desc["path"].endswith(".html")
    assert (runs_dir / run.id / desc["path"]).read_text(encoding="utf-8") == inject_head(DOC)
    assert row["pages"]["_type"] == "html" and row["pages"]["count"] == 2
    assert [d["_type"] for d in row["pages"]["html"]] == ["html-file", "html-file"]
    [(_, back)] = data.media("page")
    assert isinstance(back, Html) and back.html == inject_head(DOC)
    [(_, pages)] = data.media("pages")
    assert [p.html for p in pages] == [inject_head("<p>a</p>"), "<p>b</p>"]


def test_repr_html_is_a_sandboxed_iframe() -> None:
    out = Html("<script>alert('x')</script>")._repr_html_()
    assert out.startswith('<iframe sandbox="allow-scripts"') and "allow-same-origin" not in out
    assert "<script>" not in out and "&lt;script&gt;" in out


def test_golden(golden: Golden) -> None:
    for case, h in (("inject", Html(DOC)), ("no_inject", Html(DOC, inject=False))):
        enc = h.encode()
        assert enc.data is not None
        golden.check(f"html/{case}", descriptor=enc.fields, files={"page.html": enc.data})
