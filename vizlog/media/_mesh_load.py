"""Safe reading of 3D files and the files they reference; trimesh only through our resolver.

The rule: a model may read **only** the file it was given and files in that file's own folder,
named by a plain relative name (``box.mtl``, ``textures/wood.png``). Refused, with a
:class:`~vizlog.errors.MediaError` naming the reference:

* absolute paths (``/etc/passwd``, ``\\\\server\\share``, ``C:\\x``) and ``~/...``;
* any ``..`` segment, before or after percent-decoding (glTF URIs are URI references);
* anything with a scheme or a colon: ``file:``, ``http:``, ``https:``, ... (nothing is ever
  fetched from a network). glTF base64 ``data:`` URIs are decoded in memory by
  :mod:`vizlog.media._gltf`: they are part of the file, not an external read;
* a name whose real path (symlinks resolved) leaves the folder, or that is not a regular file;
* files over ``max_bytes``; and any reference at all when the model came from a file object
  without a name (there is no folder to read from).

:class:`FolderReader` enforces the rule and is the only code that opens referenced files.
trimesh is given a :class:`~trimesh.resolvers.Resolver` backed by it. trimesh swallows resolver
errors while it reads materials and textures (it logs and carries on), so every refusal is also
recorded and re-raised after trimesh returns: a model with a bad reference never loads.
Because vizlog re-raises them, trimesh's own log records of those refusals (a warning with the
full traceback) are dropped by a filter on trimesh's logger, installed on first use: the user
sees one clear error, not the same one twice, and no traceback is formatted while a model loads.
(Formatting one is not harmless: on Python 3.13 the traceback module re-parses each frame's
source segment, and a failed parse makes CPython try to open a file named ``<unknown>`` in the
working directory.)
"""

from __future__ import annotations

import io
import logging
import os
import re
import stat
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from vizlog.errors import MediaError, UnsupportedInputError

__all__ = ["FolderReader", "check_reference", "load_scene", "require_trimesh", "scene_from_glb",
           "scene_to_glb"]

_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*:")
_RULE = ("vizlog reads only files in the model's own folder named by a plain relative name; "
         "copy the file next to the model and reference it by that name")


def require_trimesh() -> Any:
    """Import trimesh or say which extra installs it."""
    try:
        import trimesh
    except ImportError:
        raise UnsupportedInputError("reading OBJ, STL and PLY files, trimesh objects and "
                                    "`to_trimesh()` need trimesh: pip install \"vizlog[3d]\"."
                                    ) from None
    return trimesh


def check_reference(name: Any, source: str, arg: str, uri: bool = False) -> tuple[str, ...]:
    """The path segments of a safe relative reference, or a MediaError saying why not.

    ``uri=True`` (glTF) percent-decodes first and checks both forms.
    """
    if not isinstance(name, str):
        raise MediaError(f"`{arg}` ({source}) has a file reference that is not a string: "
                         f"{name!r}.")
    raw = name.strip()
    forms = [raw, unquote(raw)] if uri else [raw]
    for text in forms:
        why = None
        if not text:
            why = "it is empty"
        elif any(ord(c) < 32 or ord(c) == 127 for c in text):
            why = "it contains control characters"
        elif text[:5].lower() == "file:":
            why = "file: URLs are refused"
        elif _SCHEME.match(text) and len(text.split(":", 1)[0]) > 1:
            why = f"it is a URL ({text.split(':', 1)[0]}:) and nothing is fetched from a network"
        elif ":" in text:
            why = "drive letters and ':' are refused"
        elif text.startswith(("/", "\\", "~/", "~\\")) or text == "~":
            why = "absolute paths are refused"
        elif ".." in re.split(r"[/\\]", text):
            why = "'..' (leaving the folder) is refused"
        if why is not None:
            raise MediaError(f"`{arg}` ({source}) references {name!r}: {why}. {_RULE}.")
    parts = tuple(p for p in re.split(r"[/\\]", forms[-1]) if p not in ("", "."))
    if not parts:
        raise MediaError(f"`{arg}` ({source}) references {name!r}, which names no file. {_RULE}.")
    return parts


class FolderReader:
    """Reads referenced files from one folder under the rules in the module docstring.

    ``folder`` is None for file objects without a name: then every reference is refused.
    ``served`` maps each name read to its bytes; ``problems`` keeps every refusal, so callers
    can re-raise them after a library that swallows exceptions returns.
    """

    def __init__(self, folder: Path | None, source: str, arg: str, max_bytes: int) -> None:
        self._given = folder
        self._resolved: Path | None = None
        self.source = source
        self.arg = arg
        self.max_bytes = max_bytes
        self.served: dict[str, bytes] = {}
        self.problems: list[MediaError] = []

    @property
    def folder(self) -> Path | None:
        """The folder, resolved at the first reference (a file that references nothing never
        pays for resolving its folder)."""
        if self._resolved is None and self._given is not None:
            self._resolved = self._given.resolve()
        return self._resolved

    def read(self, name: Any, uri: bool = False) -> bytes:
        try:
            return self._read(name, uri)
        except MediaError as exc:
            exc.vizlog_reraised = True  # type: ignore[attr-defined]
            self.problems.append(exc)
            raise

    def _read(self, name: Any, uri: bool) -> bytes:
        parts = check_reference(name, self.source, self.arg, uri=uri)
        rel = "/".join(parts)
        if rel in self.served:
            return self.served[rel]
        if self.folder is None:
            raise MediaError(f"`{self.arg}` ({self.source}) references {name!r}, but it came "
                             "from a file object without a name, so there is no folder to "
                             "read it from. Pass the file's path instead"
                             f"{'' if uri else ', or `skip_materials=True` for OBJ or PLY'}.")
        path = self.folder.joinpath(*parts)
        real = path.resolve()
        if not real.is_relative_to(self.folder):
            raise MediaError(f"`{self.arg}` ({self.source}) references {name!r}, which resolves "
                             f"to {str(real)!r} outside {str(self.folder)!r} (a symlink?). "
                             f"{_RULE}.")
        flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)
        try:
            st = os.stat(real)
            if not stat.S_ISREG(st.st_mode):
                raise MediaError(f"`{self.arg}` ({self.source}) references {name!r}, which is "
                                 "not a regular file.")
            if st.st_size > self.max_bytes:
                raise MediaError(f"`{self.arg}` ({self.source}) references {name!r} of "
                                 f"{st.st_size} bytes, over `max_bytes`={self.max_bytes}; "
                                 "raise `max_bytes` if the file is trusted.")
            fd = os.open(real, flags)
        except FileNotFoundError:
            raise MediaError(f"`{self.arg}` ({self.source}) references {name!r}, which is not "
                             f"in {str(self.folder)!r}. Put the file there"
                             f"{'' if uri else ', or pass `skip_materials=True` for OBJ or PLY'}."
                             ) from None
        except OSError as exc:
            raise MediaError(f"`{self.arg}` ({self.source}) references {name!r}, which cannot "
                             f"be read ({exc.strerror}).") from None
        with os.fdopen(fd, "rb") as fh:
            data = fh.read(self.max_bytes + 1)
        if len(data) > self.max_bytes:
            raise MediaError(f"`{self.arg}` ({self.source}) references {name!r} of more than "
                             f"`max_bytes`={self.max_bytes} bytes.")
        self.served[rel] = data
        return data


_RESOLVER_CLS: Any = None


class _DropReraisedRefusals(logging.Filter):
    """Drops log records whose exception is a refusal :class:`FolderReader` re-raises."""

    def filter(self, record: logging.LogRecord) -> bool:
        exc = record.exc_info[1] if record.exc_info else None
        return not (isinstance(exc, MediaError) and getattr(exc, "vizlog_reraised", False))


def _resolver(reader: FolderReader | None) -> Any:
    """A trimesh Resolver that reads only through ``reader`` (None: refuses everything)."""
    global _RESOLVER_CLS
    if _RESOLVER_CLS is None:
        from trimesh.resolvers import Resolver
        from trimesh.util import log as trimesh_log

        trimesh_log.addFilter(_DropReraisedRefusals())

        class SafeResolver(Resolver):
            def __init__(self, reader: FolderReader | None) -> None:
                self.reader = reader

            def get(self, name: str) -> bytes:
                if self.reader is None:
                    raise MediaError(f"a stored GLB references {name!r}; stored GLBs are "
                                     "self-contained, so it is not read.")
                return self.reader.read(name)

            def write(self, name: str, data: Any) -> None:
                raise MediaError("vizlog's resolver is read-only")

            def namespaced(self, namespace: str) -> Any:
                raise MediaError("vizlog's resolver does not open sub-folders by namespace")

            def keys(self) -> list[str]:
                return sorted(self.reader.served) if self.reader is not None else []

        _RESOLVER_CLS = SafeResolver
    return _RESOLVER_CLS(reader)


def load_scene(data: bytes, file_type: str, reader: FolderReader, arg: str,
               skip_materials: bool = False) -> Any:
    """Parse OBJ / STL / PLY bytes with trimesh (``process=False``: geometry as in the file)."""
    trimesh = require_trimesh()
    kwargs: dict[str, Any] = {"process": False}
    if file_type in ("obj", "ply"):
        kwargs["skip_materials"] = skip_materials
    try:
        scene = trimesh.load_scene(io.BytesIO(data), file_type=file_type,
                                   resolver=_resolver(reader), **kwargs)
    except MediaError:
        raise
    except Exception as exc:
        if reader.problems:
            raise reader.problems[0] from None
        raise UnsupportedInputError(f"`{arg}` ({reader.source}) could not be read as "
                                    f"{file_type.upper()} ({type(exc).__name__}: "
                                    f"{str(exc)[:200]}).") from None
    if reader.problems:
        raise reader.problems[0]
    return scene


def scene_to_glb(scene: Any) -> bytes:
    """trimesh's GLB export (deterministic: no timestamps; textures embedded as PNG)."""
    return bytes(scene.export(file_type="glb"))


def scene_from_glb(data: bytes, file_type: str = "glb") -> Any:
    """Load a stored, self-contained file into a trimesh Scene; it may not reference files."""
    trimesh = require_trimesh()
    return trimesh.load_scene(io.BytesIO(data), file_type=file_type, resolver=_resolver(None),
                              process=False)
