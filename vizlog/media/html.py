"""``vizlog.Html``: an HTML document stored as a UTF-8 ``.html`` file.

Inputs (``data_or_path_or_file``):

* a ``str``: the path of an existing ``.html``/``.htm`` file is read; any other string is the
  HTML itself (``data_is_not_path=True`` forces that reading);
* a ``pathlib.Path`` / ``os.PathLike``: the file is read (it must exist);
* a text file object (its ``read()`` returns str) or a binary one (bytes, decoded as UTF-8);
* ``bytes``: UTF-8 HTML;
* another ``vizlog.Html`` (its stored text is copied, not injected again).

Text must be valid UTF-8 and at most ``max_bytes`` (64 MiB by default).

``inject=True`` (the default, as wandb) adds, right after ``<head>`` (or in a new ``<head>`` after
``<html>``, else after a leading ``<!DOCTYPE>``, else at the very start), only local things:
``<base target="_blank">`` (links open outside the frame) and a small inline ``<style>`` with
default margins and font. Nothing remote is ever added (wandb adds a stylesheet link to its CDN).
The text is stored as given otherwise, so scripts in it are kept: viewers must show it only in a
sandboxed iframe. Descriptor ``_type: "html-file"`` plus ``inject`` (whether the tags were
added); a list logs as wandb's ``{"_type": "html", "count": n, "html": [...]}``.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping, Sequence
from typing import Any

from vizlog.errors import MediaError, UnsupportedInputError, describe
from vizlog.media._base import Encoded, Media, Resolved, RunFiles
from vizlog.media._util import read_source

__all__ = ["INJECTED", "Html"]

DEFAULT_MAX_BYTES = 64 << 20
INJECTED = ('<base target="_blank"><style>body{margin:8px;'
            'font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}</style>')
_HEAD = re.compile(r"<head(?:\s[^>]*)?>", re.IGNORECASE)
_HTML = re.compile(r"<html(?:\s[^>]*)?>", re.IGNORECASE)
_DOCTYPE = re.compile(r"\A\s*<!doctype[^>]*>", re.IGNORECASE)


def inject_head(html: str) -> str:
    """Insert :data:`INJECTED` where the module docstring says."""
    for pattern, wrap in ((_HEAD, False), (_HTML, True), (_DOCTYPE, True)):
        m = pattern.search(html)
        if m:
            tags = f"<head>{INJECTED}</head>" if wrap else INJECTED
            return html[:m.end()] + tags + html[m.end():]
    return INJECTED + html


def _decode(data: bytes, arg: str) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise UnsupportedInputError(f"`{arg}` is not valid UTF-8 (byte {exc.start}); save the "
                                    "HTML as UTF-8 or pass it as a str.") from None


class Html(Media):
    """An HTML document; see the module docstring for inputs and injection."""

    type_name = "html-file"
    list_type_name = "html"
    html: str
    inject: bool

    def __init__(self, data_or_path_or_file: Any, inject: bool = True,
                 data_is_not_path: bool = False, max_bytes: int = DEFAULT_MAX_BYTES) -> None:
        if not isinstance(inject, bool):
            raise MediaError(f"`inject` must be True or False; got {inject!r}.")
        value, arg = data_or_path_or_file, "data_or_path_or_file"
        if isinstance(value, Html):
            self.html, self.inject = value.html, value.inject
            return
        if isinstance(value, str) and (data_is_not_path or not _is_html_path(value)):
            text = value
            if len(text) > max_bytes:
                raise MediaError(f"`{arg}` is {len(text)} characters, over `max_bytes`="
                                 f"{max_bytes}; raise the limit if this HTML is trusted.")
        elif isinstance(value, (str, os.PathLike, bytes, bytearray)) or \
                callable(getattr(value, "read", None)):
            text = self._read(value, arg, max_bytes)
        else:
            raise UnsupportedInputError(f"`{arg}` must be an HTML str, a path, bytes or a file "
                                        f"object; got {describe(value)}.")
        self.inject = inject
        self.html = inject_head(text) if inject else text

    @staticmethod
    def _read(value: Any, arg: str, max_bytes: int) -> str:
        if callable(getattr(value, "read", None)):
            data = value.read(max_bytes + 1)
            if isinstance(data, str):
                if len(data) > max_bytes:
                    raise MediaError(f"`{arg}` holds more than {max_bytes} characters; raise "
                                     "`max_bytes` if this HTML is trusted.")
                return data
            if not isinstance(data, (bytes, bytearray)):
                raise UnsupportedInputError(f"`{arg}`.read() returned {type(data).__name__}; "
                                            "pass a text or binary file object.")
            if len(data) > max_bytes:
                raise MediaError(f"`{arg}` holds more than {max_bytes} bytes; raise "
                                 "`max_bytes` if this HTML is trusted.")
            return _decode(bytes(data), arg)
        raw, _ = read_source(value, arg, max_bytes=max_bytes)
        return _decode(raw, arg)

    def encode(self, resolved: Resolved | None = None) -> Encoded:
        return Encoded(self.html.encode("utf-8"), "html", "media/html",
                       {"_type": self.type_name, "inject": self.inject})

    @classmethod
    def from_descriptor(cls, descriptor: Mapping[str, Any], files: RunFiles) -> Html:
        obj = cls.__new__(cls)
        obj.html = _decode(files.read_bytes(descriptor["path"]), "path")
        obj.inject = bool(descriptor.get("inject", False))
        return obj

    @classmethod
    def list_descriptor(cls, items: Sequence[dict[str, Any]],
                        objects: Sequence[Media]) -> dict[str, Any]:
        return {"_type": cls.list_type_name, "count": len(items), "html": list(items),
                "items": list(items)}

    def _repr_html_(self) -> str:
        """A sandboxed iframe (scripts in the document cannot reach the notebook)."""
        import html as _html

        return (f'<iframe sandbox="allow-scripts" style="width:100%;height:400px;border:0" '
                f'srcdoc="{_html.escape(self.html, quote=True)}"></iframe>')

    def __repr__(self) -> str:
        return f"<vizlog.Html {len(self.html)} characters>"


def _is_html_path(value: str) -> bool:
    if len(value) > 4096 or "\n" in value or "<" in value:
        return False
    return value.lower().endswith((".html", ".htm")) and os.path.isfile(value)
