"""``pytest --golden-report=DIR``: one self-contained HTML page of every golden failure.

The page (``DIR/golden-report.html``) shows, per failing case and file, the message and the
expected, actual and difference pictures side by side. It loads nothing: pictures, videos and
audio are inlined as ``data:`` URIs, the CSS is inline, and a Content-Security-Policy meta tag
forbids every network request and every script. Every user string (case names, test ids,
messages, file names) is HTML-escaped.
"""

from __future__ import annotations

import base64
import html
from collections.abc import Sequence
from pathlib import Path
from typing import Any

__all__ = ["REPORT_NAME", "render", "write_report"]

REPORT_NAME = "golden-report.html"
#: Files larger than this are named, not inlined.
MAX_INLINE = 8 * 1024 * 1024

_CSP = ("default-src 'none'; img-src data:; media-src data:; style-src 'unsafe-inline'; "
        "base-uri 'none'; form-action 'none'")
_MIME = {"png": "image/png", "gif": "image/gif", "jpg": "image/jpeg", "jpeg": "image/jpeg",
         "webp": "image/webp", "bmp": "image/bmp", "svg": "image/svg+xml",
         "mp4": "video/mp4", "webm": "video/webm", "wav": "audio/wav", "mp3": "audio/mpeg",
         "ogg": "audio/ogg", "flac": "audio/flac"}
_CSS = """
body{font:14px/1.4 system-ui,sans-serif;margin:1.5em;color:#222;background:#fff}
h1{font-size:1.4em}h2{font-size:1.15em;margin-top:2em;border-top:1px solid #ccc;padding-top:1em}
h3{font-size:1em;margin-bottom:.3em}.node{color:#666;font-family:monospace}
pre{background:#f6f6f6;padding:.6em;overflow-x:auto;white-space:pre-wrap}
.row{display:flex;gap:1em;flex-wrap:wrap;align-items:flex-start}
figure{margin:0}figcaption{color:#555;font-size:.9em}
img{min-width:96px;max-width:420px;image-rendering:pixelated;border:1px solid #ddd;
background:repeating-conic-gradient(#eee 0 25%,#fff 0 50%) 0 0/16px 16px}
video{max-width:420px}
"""


def _e(text: Any) -> str:
    return html.escape(str(text), quote=True)


def _data_uri(data: bytes, mime: str) -> str:
    return f"data:{mime};base64,{base64.b64encode(data).decode('ascii')}"


def _media_tag(path: Path, caption: str) -> str:
    ext = path.name.lower().rsplit(".", 1)[-1]
    mime = _MIME.get(ext)
    if mime is None or not path.is_file():
        return ""
    size = path.stat().st_size
    if size > MAX_INLINE:
        return (f"<figure><figcaption>{_e(caption)}: {_e(path)} ({size} bytes, not inlined)"
                "</figcaption></figure>")
    uri = _data_uri(path.read_bytes(), mime)
    if mime.startswith("image/"):
        body = f'<img src="{uri}" alt="{_e(caption)}">'
    elif mime.startswith("video/"):
        body = f'<video controls loop src="{uri}"></video>'
    else:
        body = f'<audio controls src="{uri}"></audio>'
    return f"<figure>{body}<figcaption>{_e(caption)}</figcaption></figure>"


def _problem(failure: dict[str, Any], problem: dict[str, Any]) -> str:
    name = str(problem.get("name", ""))
    parts = [f"<h3>{_e(name)}</h3><pre>{_e(problem.get('message', ''))}</pre>"]
    figures = []
    visuals = problem.get("visuals") or {}
    if visuals:
        for role in ("expected", "actual", "diff"):
            if role in visuals:
                figures.append(_media_tag(Path(visuals[role]), role))
    elif name != "(files)":
        case_dir = Path(str(failure.get("dir", "")))
        for role in ("expected", "actual"):
            figures.append(_media_tag(case_dir / role / name, role))
    figures = [f for f in figures if f]
    if figures:
        parts.append('<div class="row">' + "".join(figures) + "</div>")
    return "\n".join(parts)


def render(failures: Sequence[dict[str, Any]]) -> str:
    """The report page's HTML for ``failures`` (records from :class:`~vizlog.golden.checker.
    Records`), ordered by case and test id."""
    items = sorted(failures, key=lambda f: (str(f.get("case")), str(f.get("nodeid"))))
    head = (f'<!doctype html><html lang="en"><head><meta charset="utf-8">'
            f'<meta http-equiv="Content-Security-Policy" content="{_CSP}">'
            f'<meta name="referrer" content="no-referrer">'
            f"<title>golden report: {len(items)} failure(s)</title><style>{_CSS}</style>"
            "</head><body>")
    body = [f"<h1>Golden report: {len(items)} failing check(s)</h1>"]
    if not items:
        body.append("<p>Every golden check of the session passed.</p>")
    else:
        body.append("<ul>" + "".join(
            f'<li><a href="#case-{i}">{_e(f.get("case"))}</a> '
            f'<span class="node">{_e(f.get("nodeid"))}</span></li>'
            for i, f in enumerate(items)) + "</ul>")
    for i, f in enumerate(items):
        body.append(f'<h2 id="case-{i}">{_e(f.get("case"))}</h2>'
                    f'<div class="node">{_e(f.get("nodeid"))} &mdash; {_e(f.get("dir"))}</div>')
        body.extend(_problem(f, p) for p in f.get("problems", ()))
    return head + "\n".join(body) + "</body></html>\n"


def write_report(folder: str | Path, failures: Sequence[dict[str, Any]]) -> Path:
    """Write the report page into ``folder`` (created if needed); returns its path."""
    out = Path(folder)
    out.mkdir(parents=True, exist_ok=True)
    path = out / REPORT_NAME
    path.write_text(render(failures), encoding="utf-8")
    return path
