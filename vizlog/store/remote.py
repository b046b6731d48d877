"""Object storage (S3, GCS, any fsspec file system) as a backend of the storage interface.

``FsspecBackend("s3://bucket/runs")`` (or ``gs://``, ``gcs://``, ``az://``, any URL fsspec knows)
holds a run's bytes as objects under a key prefix. It is what :func:`vizlog.store.open_backend`
returns for such a URL; fsspec (and s3fs for S3, gcsfs for GCS) are imported only then, and
their absence is a clear error naming the extra to install (``pip install 'vizlog[s3]'``).

Guarantees, against the ones of :mod:`vizlog.store.backend`:

* Keys pass :func:`~vizlog.store.backend.check_key`; every object read or written is
  ``<prefix>/<key>``, so nothing outside the prefix is ever addressed (an object store has no
  symlinks or devices; a listed name that is not a valid key is left out).
* :meth:`FsspecBackend.put` is one complete object (one PUT): a reader sees the old object or the
  new one, never a part.
* :meth:`FsspecBackend.open_upload` buffers the pieces (in memory, then in a local temporary file
  past 16 MiB) and writes the object only at :meth:`commit` (one PUT, or a multipart upload that
  becomes visible when it completes); ``abort`` leaves nothing.
* :meth:`FsspecBackend.open_append` raises ``io.UnsupportedOperation``: objects cannot be appended
  to. The history is then written as numbered, immutable chunk objects
  (:class:`vizlog.runlog.history.HistoryWriter`).
* :meth:`FsspecBackend.create` is a conditional put (``If-None-Match: *``) where the file system
  supports it (s3fs on AWS S3 and on servers that implement it, such as moto and MinIO): exclusive
  across processes and hosts. On a file system without it, ``create`` checks, writes and reads the
  object back: two writers starting within one round trip of each other may both believe they hold
  the run's writer lock (the weaker guarantee is documented in ``docs/object-storage.md``).
* :meth:`FsspecBackend.list` is recursive and sorted. Listings are never cached (every call asks
  the store), so a reader sees the objects written since its last call.
"""

from __future__ import annotations

import contextlib
import io
import os
import shutil
import tempfile
from typing import Any, BinaryIO, cast

from vizlog.errors import UnsafePathError, UsageError, too_large
from vizlog.store.backend import check_key, join_key

__all__ = ["FsspecBackend", "filesystem"]

#: Pieces of an upload stay in memory up to this size, then spill into a local temporary file.
SPOOL_BYTES = 16 << 20
#: Uploads up to this size are one PUT; larger ones stream through the file system's writer.
SINGLE_PUT_BYTES = 64 << 20
_EXTRA_FOR = {"s3": "s3", "s3a": "s3", "gs": "gcs", "gcs": "gcs"}


def _missing(scheme: str, exc: Exception) -> UsageError:
    extra = _EXTRA_FOR.get(scheme)
    fix = (f"install it with `pip install 'vizlog[{extra}]'`" if extra else
           f"install fsspec (`pip install fsspec`) and the package fsspec names for {scheme!r}")
    return UsageError(f"a {scheme}:// run folder needs fsspec and its {scheme} driver, which are "
                      f"not installed ({str(exc)[:200]}); {fix}.")


def filesystem(url: str, **storage_options: Any) -> tuple[Any, str]:
    """``(fsspec file system, path without the scheme)`` for ``url``; a missing package or an
    unknown scheme is a :class:`~vizlog.errors.UsageError` saying what to install."""
    scheme = url.partition("://")[0]
    try:
        import fsspec
    except ImportError as exc:
        raise _missing(scheme, exc) from None
    options = {"use_listings_cache": False, **storage_options}
    try:
        fs, path = fsspec.core.url_to_fs(url, **options)
    except ImportError as exc:
        raise _missing(scheme, exc) from None
    except ValueError as exc:
        raise UsageError(f"`dir` {url!r}: fsspec has no file system for the scheme {scheme!r} "
                         f"({str(exc)[:200]}); pass a local folder or an s3://, gs:// or other "
                         "fsspec URL.") from None
    return fs, str(path).rstrip("/")


class _ObjectUpload:
    """Pieces buffered locally; one object written at :meth:`commit`."""

    def __init__(self, backend: FsspecBackend) -> None:
        self._backend = backend
        self._buf: Any = tempfile.SpooledTemporaryFile(max_size=SPOOL_BYTES)  # noqa: SIM115
        self._size = 0

    def write(self, data: bytes | bytearray | memoryview) -> int:
        n = int(self._buf.write(data))
        self._size += n
        return n

    def commit(self, key: str) -> None:
        try:
            self._buf.seek(0)
            if self._size <= SINGLE_PUT_BYTES:
                self._backend.put(key, self._buf.read())
            else:
                self._backend._stream_put(key, self._buf)
        finally:
            self._buf.close()

    def abort(self) -> None:
        self._buf.close()


class FsspecBackend:
    """Objects under one prefix of an fsspec file system (see the module docstring).

    ``url`` is ``scheme://bucket[/prefix]``; ``storage_options`` go to the file system (for
    S3: ``endpoint_url=``, ``key=``/``secret=``, ``client_kwargs=``, ...; by default the
    usual environment variables and credential files are used).
    """

    def __init__(self, url: str, **storage_options: Any) -> None:
        if not isinstance(url, str) or "://" not in url:
            raise UsageError(f"`url` must be a URL such as 's3://bucket/runs'; got {url!r}.")
        self._scheme = url.partition("://")[0]
        fs, root = filesystem(url, **storage_options)
        if not root.strip("/"):
            raise UsageError(f"`url` {url!r} names no bucket; pass 's3://BUCKET/prefix'.")
        self._init(fs, self._scheme, root)

    def _init(self, fs: Any, scheme: str, root: str) -> None:
        self._fs = fs
        self._pid = os.getpid()
        self._scheme = scheme
        self.root = root
        self.url = f"{scheme}://{root}"

    @property
    def fs(self) -> Any:
        """The fsspec file system; a forked child makes its own (fsspec's async file systems
        are not fork-safe), with the same storage options."""
        if self._pid != os.getpid():
            self._fs = type(self._fs)(**self._fs.storage_options)
            self._pid = os.getpid()
        return self._fs

    @classmethod
    def _on(cls, fs: Any, scheme: str, root: str) -> FsspecBackend:
        out = cls.__new__(cls)
        out._init(fs, scheme, root)
        return out

    def __repr__(self) -> str:
        return f"FsspecBackend({self.url!r})"

    def _path(self, key: str) -> str:
        return f"{self.root}/{check_key(key)}"

    # -- writing ---------------------------------------------------------------------------------
    def put(self, key: str, data: bytes, *, durable: bool = False) -> None:
        """One complete object (an object store's PUT is durable when it returns)."""
        self.fs.pipe_file(self._path(key), bytes(data))

    def _stream_put(self, key: str, src: BinaryIO) -> None:
        out = self.fs.open(self._path(key), "wb")
        try:
            shutil.copyfileobj(src, out, 8 << 20)
        except BaseException:
            discard = getattr(out, "discard", None)  # s3fs/gcsfs: abort the multipart upload
            with contextlib.suppress(Exception):
                if callable(discard):
                    discard()
                out.closed = True  # dropped: nothing is written when it is collected
            raise
        out.close()

    def open_upload(self, folder: str, *, durable: bool = False) -> _ObjectUpload:
        if folder:
            check_key(folder, "folder")
        return _ObjectUpload(self)

    def open_append(self, key: str, *, durable: bool = False) -> Any:
        raise io.UnsupportedOperation(
            f"{self.url} is object storage: objects cannot be appended to; write immutable "
            "chunks instead.")

    def create(self, key: str, data: bytes) -> bool:
        path = self._path(key)
        try:
            self.fs.pipe_file(path, bytes(data), mode="create")
        except FileExistsError:
            return False
        except (TypeError, NotImplementedError):  # no conditional put: the weaker guarantee
            if self.exists(key):
                return False
            self.fs.pipe_file(path, bytes(data))
        try:  # a store that ignores If-None-Match: the last writer wins; see who did
            return bool(self.fs.cat_file(path) == bytes(data))
        except FileNotFoundError:
            return False

    def delete(self, key: str) -> None:
        with contextlib.suppress(FileNotFoundError):
            self.fs.rm_file(self._path(key))

    # -- reading ---------------------------------------------------------------------------------
    def open_read(self, key: str) -> BinaryIO:
        path = self._path(key)
        if self.size(key) is None:
            raise FileNotFoundError(f"no object {key!r} in {self.url}")
        return cast(BinaryIO, self.fs.open(path, "rb"))

    def get(self, key: str, max_bytes: int | None = None) -> bytes:
        path = self._path(key)
        try:
            if max_bytes is None:
                data = self.fs.cat_file(path)
            else:
                data = self.fs.cat_file(path, start=0, end=max_bytes + 1)
        except IsADirectoryError:
            raise FileNotFoundError(f"no object {key!r} in {self.url} (a folder)") from None
        if max_bytes is not None and len(data) > max_bytes:
            size = self.size(key) or len(data)
            raise UnsafePathError(too_large(f"file {key!r}", size, max_bytes,
                                            fix="it is not read."))
        return bytes(data)

    def size(self, key: str) -> int | None:
        try:
            info = self.fs.info(self._path(key))
        except (FileNotFoundError, NotADirectoryError):
            return None
        if info.get("type") != "file":
            return None
        return int(info.get("size") or 0)

    def exists(self, key: str) -> bool:
        try:
            return self.size(key) is not None
        except UnsafePathError:
            return False

    def list(self, prefix: str = "") -> list[str]:
        base = self._path(prefix) if prefix else self.root
        try:
            found = self.fs.find(base, detail=False)
        except FileNotFoundError:
            return []
        cut = len(self.root) + 1
        out = []
        for name in found:
            name = str(name)
            if not name.startswith(self.root + "/") or name.endswith("/"):
                continue
            key = name[cut:]
            if prefix and not (key == prefix or key.startswith(prefix.rstrip("/") + "/")):
                continue
            try:
                out.append(check_key(key))
            except UnsafePathError:
                continue  # not addressable as a key (written by something else)
        return sorted(out)

    def child(self, prefix: str) -> FsspecBackend:
        return FsspecBackend._on(self.fs, self._scheme,
                                 f"{self.root}/{check_key(join_key(prefix))}")

    def local_path(self, key: str = "") -> str | None:
        return None
