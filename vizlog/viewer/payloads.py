"""What the run page shows of user HTML, and the files it loads on demand (written once per
content hash into ``<run>/viewer/``).

User HTML is shown in ``<iframe sandbox="allow-scripts" srcdoc=...>``: a srcdoc document inherits
the page's Content-Security-Policy (no network, no inline script), and :func:`framed_html` puts
vizlog's own policy in front of the user's markup as well. (A frame loaded with ``src=`` from a
``file://`` folder does not inherit the policy, and Chromium let such a frame reach the network.)

* ``model-<sha>.js``: a 3D file (GLB or PLY) as base64, loaded as a script (``file://`` pages cannot
  fetch) and parsed by three.js in the page;
* ``rows-<sha>.js``: every row of a table (up to ``MAX_TABLE_ROWS``) for the paged table widget.

Each function takes the source file's path (already resolved inside the run by the caller), the
output folder and the descriptor's sha256, and returns the written file's name relative to the run.
"""

from __future__ import annotations

import base64
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from vizlog.viewer.assets import write_file
from vizlog.viewer.data import js_payload

__all__ = ["FRAME_CSP", "MAX_FRAMED_BYTES", "MAX_MODEL_BYTES", "MAX_TABLE_ROWS", "framed_html",
           "model_script", "table_rows_script"]

#: The policy every framed user HTML document starts with: inline scripts and styles run, and
#: nothing is loaded from anywhere (images only from data: URLs).
FRAME_CSP = ("default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; "
             "img-src data:; media-src data:; font-src data:; connect-src 'none'; "
             "form-action 'none'; base-uri 'none'")
#: User HTML files larger than this are linked, not shown.
MAX_FRAMED_BYTES = 4 * 1024 * 1024
#: 3D files larger than this keep only the static preview.
MAX_MODEL_BYTES = 64 * 1024 * 1024
#: Rows written for the table widget.
MAX_TABLE_ROWS = 200_000
_DOCTYPE = re.compile(rb"^(\xef\xbb\xbf)?\s*<!doctype[^>]*>", re.IGNORECASE)


def _name(kind: str, digest: str, ext: str) -> str:
    if not re.fullmatch(r"[0-9a-f]{8,64}", digest):
        raise ValueError(f"`digest` must be hex; got {digest!r}")
    return f"{kind}-{digest[:20]}.{ext}"


def framed_html(src: Path, limit: int = MAX_FRAMED_BYTES) -> str | None:
    """The user's HTML with vizlog's CSP meta in front of it, for an ``<iframe srcdoc>`` (which
    also inherits the page's own policy); None when the file is larger than ``limit``."""
    if src.stat().st_size > limit:
        return None
    return framed_text(src.read_bytes())


def framed_text(body: bytes) -> str:
    """User HTML bytes with vizlog's CSP meta in front (see :func:`framed_html`)."""
    meta = (f'<meta http-equiv="Content-Security-Policy" content="{FRAME_CSP}">'
            '<meta name="referrer" content="no-referrer">').encode()
    m = _DOCTYPE.match(body)
    body = body[:m.end()] + meta + body[m.end():] if m else meta + body
    return body.decode("utf-8", errors="replace")


def model_script(src: Path, out_dir: Path, digest: str, fmt: str) -> str | None:
    """``viewer/model-<sha>.js`` calling ``vizlogModel(id, format, base64)``; None when the file
    is too large or not GLB/PLY."""
    if fmt not in ("glb", "ply") or src.stat().st_size > MAX_MODEL_BYTES:
        return None
    name = _name("model", digest, "js")
    target = out_dir / name
    if not target.is_file():
        b64 = base64.b64encode(src.read_bytes()).decode("ascii")
        write_file(target, js_payload("vizlogModel", digest[:20], fmt, b64))
    return f"{out_dir.name}/{name}"


def table_rows_script(src: Path, out_dir: Path, digest: str,
                      cell: Callable[[Any, str], Any]) -> str:
    """``viewer/rows-<sha>.js`` calling ``vizlogTable(id, {"rows": [...], "truncated": bool})``.

    ``cell(value, encoding)`` turns one Arrow value into what the page shows (``encoding`` is the
    column's ``vizlog.encoding`` metadata, or ``""``)."""
    import pyarrow.ipc as ipc

    name = _name("rows", digest, "js")
    target = out_dir / name
    if not target.is_file():
        with ipc.open_file(str(src)) as reader:
            table = reader.read_all()
        truncated = table.num_rows > MAX_TABLE_ROWS
        table = table.slice(0, MAX_TABLE_ROWS)
        cols = []
        for j, field in enumerate(table.schema):
            meta = {k.decode(): v.decode() for k, v in (field.metadata or {}).items()}
            enc = meta.get("vizlog.encoding", "")
            cols.append([cell(v, enc) for v in table.column(j).to_pylist()])
        rows = [list(r) for r in zip(*cols, strict=True)] if cols else []
        write_file(target, js_payload("vizlogTable", digest[:20],
                                      {"rows": rows, "truncated": truncated}))
    return f"{out_dir.name}/{name}"
