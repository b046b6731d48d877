"""The content-addressed store of one run directory: the only code that writes media files.

File names come from :func:`vizlog.format.media_name`: ``<folder>/<sanitised key>_<step>_
<sha256[:20]>.<ext>``; identical bytes under the same key and step are stored once. Every file is
complete under its final name before :meth:`Store.put` returns (the backend writes a temporary
file and renames it), so a record written after ``put`` never points at a half-written file.

Fixed costs are kept small because one small item (a point cloud, a mesh) is dominated by them:
a file this store already wrote under the same name and size is not written again (no stat of
the disk per put: a name rewritten by another process gets the same bytes, atomically); from
:data:`PARALLEL_HASH_BYTES` on, the bytes are hashed in a helper thread while they are written
to the temporary file (``hashlib`` and ``write`` both release the GIL), and the file is renamed
to its content-addressed name once the digest is known.
"""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Mapping
from typing import Any

from vizlog import _json
from vizlog.errors import VizlogError
from vizlog.format import media_name
from vizlog.protocol import Encoded
from vizlog.store.backend import Backend, open_backend

__all__ = ["PARALLEL_HASH_BYTES", "Store", "StreamedFile"]

#: From this size on, :meth:`Store.put` hashes in a helper thread while writing.
PARALLEL_HASH_BYTES = 1 << 22


class Store:
    """Writes encoded media and whole files into one run directory (a backend's root).

    ``run_dir`` is a backend, a local folder or a URL (see :func:`open_backend`). With
    ``fsync=True`` every file and folder is made durable before the call returns.
    """

    def __init__(self, run_dir: Backend | str | Any, fsync: bool = False) -> None:
        self.backend = open_backend(run_dir, "run_dir")
        self.fsync = fsync
        self._written: dict[str, int] = {}  # names this store wrote -> their size

    @property
    def url(self) -> str:
        return self.backend.url

    def put(self, key: str, step: int | str, encoded: Encoded) -> dict[str, Any]:
        """Store ``encoded`` (if it has a file) and return its complete descriptor."""
        fields = dict(encoded.fields)
        if encoded.data is None:
            return fields
        data = encoded.data
        size = len(data)
        if size >= PARALLEL_HASH_BYTES:
            rel, digest = self._put_hashing_aside(key, step, encoded, data)
        else:
            digest = hashlib.sha256(data).hexdigest()
            rel = media_name(encoded.kind, key, step, digest, encoded.ext)
            if self._written.get(rel) != size:
                self.backend.put(rel, data, durable=self.fsync)
                self._written[rel] = size
        fields.update(path=rel, sha256=digest, size=size)
        return fields

    def _put_hashing_aside(self, key: str, step: int | str, encoded: Encoded,
                           data: bytes) -> tuple[str, str]:
        """Write ``data`` to a temporary file while a helper thread hashes it; then publish it
        under its content-addressed name (or drop it when this store already wrote that name)."""
        digests: list[str] = []
        hasher = threading.Thread(target=lambda: digests.append(hashlib.sha256(data).hexdigest()),
                                  name="vizlog-hash", daemon=True)
        upload = self.backend.open_upload(encoded.kind, durable=self.fsync)
        try:
            hasher.start()
            try:
                upload.write(data)
            finally:
                hasher.join()
            digest = digests[0] if digests else hashlib.sha256(data).hexdigest()
            rel = media_name(encoded.kind, key, step, digest, encoded.ext)
        except BaseException:
            upload.abort()
            raise
        if self._written.get(rel) == len(data):
            upload.abort()
        else:
            upload.commit(rel)
            self._written[rel] = len(data)
        return rel, digest

    def put_file(self, relpath: str, data: bytes) -> None:
        """Atomically replace the whole file ``relpath``."""
        self.backend.put(relpath, data, durable=self.fsync)

    def write_json(self, relpath: str, value: Mapping[str, Any] | list[Any]) -> None:
        """Atomically replace a whole JSON file (strict JSON, sorted keys)."""
        text = _json.dumps(value) + "\n"
        self.backend.put(relpath, text.encode("utf-8"), durable=self.fsync)

    def open_stream(self, kind: str) -> StreamedFile:
        """Start a file written in pieces (too big to hold in memory) in the folder ``kind``;
        :meth:`StreamedFile.commit` names it by its hash like :meth:`put`."""
        return StreamedFile(self, kind)


class StreamedFile:
    """A media file written in pieces (see :meth:`Store.open_stream`).

    ``write`` hashes and appends to an upload in the ``kind`` folder; ``commit`` publishes it under
    the same content-addressed name :meth:`Store.put` would give and returns the descriptor;
    ``abort`` drops it. It is also a writable file object (``write``/``tell``/``flush``).
    """

    def __init__(self, store: Store, kind: str) -> None:
        self._store = store
        self.kind = kind
        self._upload = store.backend.open_upload(kind, durable=store.fsync)
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
        self._upload.write(view)
        self._size += view.nbytes
        return view.nbytes

    def tell(self) -> int:
        return self._size

    def flush(self) -> None:
        """Data is flushed at :meth:`commit`."""

    def close(self) -> None:
        """Kept open until :meth:`commit`/:meth:`abort` (writers may call ``close``)."""

    def commit(self, key: str, step: int | str, ext: str,
               fields: Mapping[str, Any]) -> dict[str, Any]:
        """Publish the file under ``<kind>/<key>_<step>_<sha256[:20]>.<ext>``; its descriptor."""
        if not self._open:
            raise VizlogError("commit() of a streamed file that is closed; this is a bug in the "
                              "caller")
        self._open = False
        digest = self._hash.hexdigest()
        rel = media_name(self.kind, key, step, digest, ext)
        if self._store.backend.size(rel) == self._size:
            self._upload.abort()
        else:
            self._upload.commit(rel)
        out = dict(fields)
        out.update(path=rel, sha256=digest, size=self._size)
        return out

    def abort(self) -> None:
        """Drop the partial file."""
        self._open = False
        self._upload.abort()
