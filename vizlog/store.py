"""The content-addressed, atomic file store of a run directory: the only code that writes media.

File names are ``<folder>/<sanitised key>_<step>_<sha256[:20]>.<ext>``:

* the key's ``/`` separators become sub-folders; every segment keeps ``[A-Za-z0-9._-]`` and any
  other character becomes ``_``; the segments ``.`` and ``..``, a leading dot, Windows device names
  (``CON``, ``NUL``, ...) and segments over 96 characters are rewritten too;
* whenever a segment was changed, ``~`` plus 8 hex digits of the SHA-256 of the *original* key is
  appended, and ``~`` itself is never kept, so two different keys never map to the same name;
* identical bytes under the same key and step are stored once (the name is their hash);
* every file is written under a temporary name in its final folder, then ``os.replace``d, so a
  reader never sees a half-written file under its final name;
* every resolved path is checked to lie inside the run directory.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import tempfile
from collections.abc import Mapping
from pathlib import Path
from typing import Any, BinaryIO

from vizlog import _json
from vizlog.errors import VizlogError
from vizlog.media._base import Encoded

__all__ = ["LocalFS", "Store", "StreamedFile", "sanitize_key"]

_SAFE = re.compile(r"[^A-Za-z0-9._-]")
_DEVICES = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(10)),
            *(f"LPT{i}" for i in range(10))}
_MAX_SEGMENT = 96


def _clean_segment(seg: str) -> str:
    out = _SAFE.sub("_", seg)
    if out in ("", ".", ".."):
        out = "_" * max(1, len(out))
    if out.startswith("."):
        out = "_" + out[1:]
    if out.split(".")[0].upper() in _DEVICES:
        out = "_" + out
    return out[:_MAX_SEGMENT]


def sanitize_key(key: str) -> str:
    """Map a log key to a safe relative path (``/``-separated); injective over distinct keys."""
    segments = [s for s in key.replace("\\", "/").split("/")] or [""]
    cleaned = [_clean_segment(s) for s in segments]
    changed = cleaned != segments or "\\" in key
    if len(cleaned) > 16:  # bound folder depth: keep the first 15, fold the rest into one
        cleaned = [*cleaned[:15], _clean_segment("_".join(cleaned[15:]))]
        changed = True
    if changed:
        digest = hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()[:8]
        cleaned[-1] = f"{cleaned[-1]}~{digest}"
    return "/".join(cleaned)


def fsync_dir(folder: Path) -> None:
    """Make a rename or a new file in ``folder`` durable (POSIX; a no-op where unsupported)."""
    try:
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


class LocalFS:
    """The local-filesystem backend. Object stores can implement the same methods."""

    def write_atomic(self, path: Path, data: bytes, *, fsync: bool = False) -> None:
        """Write ``data`` to ``path`` through a temporary file in the same folder + replace."""
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".tmp-", dir=path.parent)
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
                if fsync:
                    fh.flush()
                    os.fsync(fh.fileno())
            os.replace(tmp, path)
            if fsync:
                fsync_dir(path.parent)
        except BaseException:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(tmp)
            raise

    def has(self, path: Path, size: int) -> bool:
        """True when ``path`` exists as a regular file of exactly ``size`` bytes."""
        try:
            st = path.stat()
        except FileNotFoundError:
            return False
        return st.st_size == size

    def read_bytes(self, path: Path) -> bytes:
        return path.read_bytes()

    def open_temp(self, folder: Path) -> tuple[BinaryIO, Path]:
        """A new temporary file in ``folder``, open for binary writing (for streamed puts)."""
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".tmp-", dir=folder)
        return os.fdopen(fd, "wb"), Path(tmp)

    def publish(self, tmp: Path, path: Path) -> None:
        """Move a complete temporary file to its final ``path`` (replacing it atomically)."""
        path.parent.mkdir(parents=True, exist_ok=True)
        os.replace(tmp, path)

    def discard(self, tmp: Path) -> None:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass


class Store:
    """Writes encoded media and whole JSON files into one run directory."""

    def __init__(self, run_dir: str | os.PathLike[str], fs: LocalFS | None = None,
                 fsync: bool = False) -> None:
        self.root = Path(run_dir).resolve()
        self.fs = fs or LocalFS()
        self.fsync = fsync

    def resolve(self, relpath: str) -> Path:
        """The absolute path of ``relpath``; refuses anything that leaves the run directory."""
        path = (self.root / relpath).resolve()
        if path != self.root and self.root not in path.parents:
            raise VizlogError(f"path {relpath!r} resolves to {str(path)!r}, outside the run "
                              f"directory {str(self.root)!r}; this is a bug in the caller")
        return path

    def media_path(self, key: str, step: int | str, encoded: Encoded, digest: str) -> str:
        """The run-relative path a file with this key, step and digest is stored under."""
        name = f"{sanitize_key(key)}_{step}_{digest[:20]}.{encoded.ext}"
        return f"{encoded.kind}/{name}"

    def put(self, key: str, step: int | str, encoded: Encoded) -> dict[str, Any]:
        """Store ``encoded`` (if it has a file) and return its complete descriptor."""
        fields = dict(encoded.fields)
        if encoded.data is None:
            return fields
        data = encoded.data
        digest = hashlib.sha256(data).hexdigest()
        rel = self.media_path(key, step, encoded, digest)
        path = self.resolve(rel)
        if not self.fs.has(path, len(data)):
            self.fs.write_atomic(path, data, fsync=self.fsync)
        fields.update(path=rel, sha256=digest, size=len(data))
        return fields

    def open_stream(self, kind: str) -> StreamedFile:
        """Start a file written in pieces (too big to hold in memory) in the folder ``kind``;
        :meth:`StreamedFile.commit` names it by its hash like :meth:`put`."""
        return StreamedFile(self, kind)

    def write_json(self, relpath: str, value: Mapping[str, Any] | list[Any]) -> None:
        """Atomically replace a whole JSON file (strict JSON, sorted keys)."""
        text = _json.dumps(value) + "\n"
        self.fs.write_atomic(self.resolve(relpath), text.encode("utf-8"), fsync=self.fsync)


class StreamedFile:
    """A media file written in pieces (see :meth:`Store.open_stream`).

    ``write`` hashes and appends to a temporary file in the ``kind`` folder; ``commit`` publishes it
    under the same content-addressed name :meth:`Store.put` would give and returns the descriptor;
    ``abort`` removes it. It is also a writable file object (``write``/``tell``/``flush``).
    """

    def __init__(self, store: Store, kind: str) -> None:
        self._store = store
        self.kind = kind
        self._fh, self._tmp = store.fs.open_temp(store.resolve(kind))
        self._hash = hashlib.sha256()
        self._size = 0
        self._open = True

    @property
    def closed(self) -> bool:
        return not self._open

    def write(self, data: bytes | bytearray | memoryview) -> int:
        if not self._open:
            raise VizlogError("write to a streamed file after commit() or abort(); this is a "
                              "bug in the caller")
        view = memoryview(data)
        self._hash.update(view)
        self._fh.write(view)
        self._size += view.nbytes
        return view.nbytes

    def tell(self) -> int:
        return self._size

    def flush(self) -> None:
        self._fh.flush()

    def close(self) -> None:
        """Kept open until :meth:`commit`/:meth:`abort` (writers may call ``close``)."""

    def commit(self, key: str, step: int | str, ext: str,
               fields: Mapping[str, Any]) -> dict[str, Any]:
        """Publish the file under ``<kind>/<key>_<step>_<sha256[:20]>.<ext>``; its descriptor."""
        self._fh.flush()
        if self._store.fsync:
            os.fsync(self._fh.fileno())
        self._fh.close()
        self._open = False
        digest = self._hash.hexdigest()
        rel = self._store.media_path(key, step, Encoded(None, ext, self.kind), digest)
        path = self._store.resolve(rel)
        try:
            if self._store.fs.has(path, self._size):
                self._store.fs.discard(self._tmp)
            else:
                self._store.fs.publish(self._tmp, path)
        except BaseException:
            self._store.fs.discard(self._tmp)
            raise
        out = dict(fields)
        out.update(path=rel, sha256=digest, size=self._size)
        return out

    def abort(self) -> None:
        """Drop the partial file."""
        if self._open:
            self._fh.close()
            self._open = False
        self._store.fs.discard(self._tmp)
