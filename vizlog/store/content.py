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
to its content-addressed name once the digest is known. A media type that started the digest of
its bytes earlier (``Encoded.digest``, see :mod:`vizlog._digest`) has it taken from there: the
file is written while that digest is finished.
"""

from __future__ import annotations

import hashlib
import queue
import threading
from collections.abc import Callable, Mapping
from typing import Any

from vizlog import _json
from vizlog.errors import VizlogError
from vizlog.format import media_name
from vizlog.protocol import Encoded
from vizlog.store.backend import Backend, open_backend

__all__ = ["HASH_ASIDE_MIN", "PARALLEL_HASH_BYTES", "Store", "StreamedFile"]

#: From this size on, :meth:`Store.put` hashes in a helper thread while writing.
PARALLEL_HASH_BYTES = 1 << 22
#: Pieces of a writer callback's stream from this size on are hashed aside without a copy.
HASH_ASIDE_MIN = 1 << 16


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
        """Store ``encoded`` (if it has a file) and return its complete descriptor.

        Bytes and buffers (``data``/``parts``) are hashed and written piece by piece without
        being joined; a ``writer`` callback writes into a :class:`StreamedFile` that hashes while
        it writes. Either way the file is complete under its content-addressed name before this
        returns, or (on any error) nothing is left behind."""
        fields = dict(encoded.fields)
        if not encoded.has_file:
            return fields
        views = encoded.buffers()
        if views is None:  # a writer callback
            stream = StreamedFile(self, encoded.kind, hash_aside=True)
            try:
                assert encoded.writer is not None  # has_file, and no buffers
                encoded.writer(stream)
            except BaseException:
                stream.abort()
                raise
            return stream.commit(key, step, encoded.ext, fields)
        size = sum(v.nbytes for v in views)
        ahead = encoded.digest
        if ahead is not None and ahead.size == size:
            rel, digest = self._put_overlapped(key, step, encoded, views, size, ahead.hexdigest)
        elif size >= PARALLEL_HASH_BYTES:
            hasher = _Hasher()
            for v in views:
                hasher.add(v)
            hasher.start()
            rel, digest = self._put_overlapped(key, step, encoded, views, size, hasher.digest)
        else:
            h = hashlib.sha256()
            for v in views:
                h.update(v)
            digest = h.hexdigest()
            rel = media_name(encoded.kind, key, step, digest, encoded.ext)
            if self._written.get(rel) != size:
                data = encoded.data if encoded.parts is None else None
                if data is not None:
                    self.backend.put(rel, data, durable=self.fsync)
                else:
                    upload = self.backend.open_upload(encoded.kind, durable=self.fsync)
                    try:
                        for v in views:
                            upload.write(v)
                    except BaseException:
                        upload.abort()
                        raise
                    upload.commit(rel)
                self._written[rel] = size
        fields.update(path=rel, sha256=digest, size=size)
        return fields

    def _put_overlapped(self, key: str, step: int | str, encoded: Encoded,
                        views: tuple[memoryview, ...], size: int,
                        digest: Callable[[], str]) -> tuple[str, str]:
        """Write ``views`` to a temporary file while their sha256 is computed elsewhere (the
        media type's digest from :mod:`vizlog._digest`, or this store's :class:`_Hasher`);
        ``digest()`` waits for it and is always called, so no hashing outlives this call. Then
        publish the file under its content-addressed name (or drop it when this store already
        wrote that name)."""
        upload = None
        try:
            try:
                upload = self.backend.open_upload(encoded.kind, durable=self.fsync)
                for v in views:
                    upload.write(v)
            finally:
                hexdigest = digest()
            rel = media_name(encoded.kind, key, step, hexdigest, encoded.ext)
        except BaseException:
            if upload is not None:
                upload.abort()
            raise
        if self._written.get(rel) == size:
            upload.abort()
        else:
            upload.commit(rel)
            self._written[rel] = size
        return rel, hexdigest

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


class _Hasher:
    """sha256 of a sequence of buffers in a helper thread (``hashlib`` releases the GIL), fed
    while the caller writes the same buffers; the buffers must not change until
    :meth:`digest` returns."""

    def __init__(self) -> None:
        self._queue: queue.SimpleQueue[Any] = queue.SimpleQueue()
        self._hash = hashlib.sha256()
        self._thread: threading.Thread | None = None
        self._error: BaseException | None = None

    def add(self, data: Any) -> None:
        self._queue.put(data)

    def start(self) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._work, name="vizlog-hash", daemon=True)
            self._thread.start()

    def _work(self) -> None:
        try:
            while (item := self._queue.get()) is not None:
                self._hash.update(item)
        except BaseException as exc:  # pragma: no cover - sha256 of a buffer does not fail
            self._error = exc

    def digest(self) -> str:
        """The hex digest of everything added (waits for the thread)."""
        self._queue.put(None)
        if self._thread is None:
            self._work()
        else:
            self._thread.join()
        if self._error is not None:  # pragma: no cover - see _work
            raise self._error
        return self._hash.hexdigest()


class StreamedFile:
    """A media file written in pieces (see :meth:`Store.open_stream`).

    ``write`` hashes and appends to an upload in the ``kind`` folder; ``commit`` publishes it under
    the same content-addressed name :meth:`Store.put` would give and returns the descriptor;
    ``abort`` drops it. It is also a writable file object (``write``/``tell``/``flush``).

    With ``hash_aside=True`` (:meth:`Store.put` of a writer callback) pieces of
    :data:`HASH_ASIDE_MIN` bytes and more are hashed by a helper thread while the caller goes on
    (the caller must not change a piece after writing it: ``bytes`` and Arrow buffers never
    change); smaller pieces are copied for that thread.
    """

    def __init__(self, store: Store, kind: str, hash_aside: bool = False) -> None:
        self._store = store
        self.kind = kind
        self._upload = store.backend.open_upload(kind, durable=store.fsync)
        self._hash = hashlib.sha256()
        self._aside: _Hasher | None = _Hasher() if hash_aside else None
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
        n = view.nbytes
        aside = self._aside
        if aside is None:
            self._hash.update(view)
        elif n >= HASH_ASIDE_MIN:
            aside.add(view)
            aside.start()
        else:  # small pieces (headers, padding): hashed with the next big one
            aside.add(data if type(data) is bytes else bytes(view))
        self._upload.write(view)
        self._size += n
        return n

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
        try:
            digest = self._aside.digest() if self._aside is not None else self._hash.hexdigest()
        except BaseException:  # pragma: no cover - see _Hasher._work
            self._upload.abort()
            raise
        rel = media_name(self.kind, key, step, digest, ext)
        written = self._store._written
        if written.get(rel) == self._size or (rel not in written and
                                              self._store.backend.size(rel) == self._size):
            self._upload.abort()
        else:
            self._upload.commit(rel)
        written[rel] = self._size
        out = dict(fields)
        out.update(path=rel, sha256=digest, size=self._size)
        return out

    def abort(self) -> None:
        """Drop the partial file."""
        self._open = False
        if self._aside is not None:
            self._aside.digest()  # stop the helper thread
        self._upload.abort()
