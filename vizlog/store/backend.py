"""The storage interface: what every backend implements, and the one check every key passes.

A backend holds bytes under string keys relative to its root (``media/images/a_0_ff.png``,
``history/host-12-x.rec``). It does not know media, runs or descriptors.

Guarantees a backend gives:

* :meth:`Backend.put` is atomic: a reader sees the old content or the new, never a part.
* :meth:`Backend.open_upload` streams a large file; :meth:`Upload.commit` publishes it atomically
  under its final key (known only at the end, e.g. a content hash).
* :meth:`Backend.open_append` appends whole records with one write each (local files); a backend
  that cannot append raises ``io.UnsupportedOperation``, and its users write immutable chunks.
* Reads (:meth:`Backend.get`, :meth:`Backend.open_read`, :meth:`Backend.size`) resolve the key
  inside the root and refuse what leaves it (symlinks out) or is not a regular file (devices,
  FIFOs) with :class:`~vizlog.errors.UnsafePathError`.
"""

from __future__ import annotations

import os
from typing import BinaryIO, Protocol, runtime_checkable

from vizlog.errors import UnsafePathError, UsageError, bad_argument

__all__ = ["Appender", "Backend", "Upload", "check_key", "copy_files", "join_key", "open_backend"]


def check_key(key: object, arg: str = "path") -> str:
    """The one check of a run-relative path read from a record or descriptor (or made by vizlog).

    Accepted: a non-empty ``/``-separated relative path whose segments are not empty, ``.`` or
    ``..``, with no backslash, NUL, drive letter or leading ``/`` or ``~``. Anything else raises
    :class:`~vizlog.errors.UnsafePathError` naming the path.
    """
    if not isinstance(key, str) or not key:
        raise UnsafePathError(bad_argument(arg, "a non-empty run-relative path", key,
                                           "The run folder may be damaged or forged."))
    why = None
    if "\x00" in key or "\\" in key:
        why = "it contains a NUL or backslash"
    elif key.startswith(("/", "~")) or (len(key) > 1 and key[1] == ":"):
        why = "it is absolute"
    elif any(seg in ("", ".", "..") for seg in key.split("/")):
        why = "it has an empty, '.' or '..' segment"
    if why is not None:
        raise UnsafePathError(f"`{arg}` {key[:200]!r} is refused: {why}, and every path read from "
                              "a run must stay inside it. The run folder may be damaged or "
                              "forged; nothing outside it is opened.")
    return key


def join_key(*parts: str) -> str:
    """Join key segments with ``/`` (empty parts dropped)."""
    return "/".join(p.strip("/") for p in parts if p and p.strip("/"))


class Upload(Protocol):
    """A file written in pieces; published atomically by :meth:`commit`."""

    def write(self, data: bytes | bytearray | memoryview) -> int: ...

    def commit(self, key: str) -> None:
        """Publish under ``key`` (replacing what is there)."""
        ...

    def abort(self) -> None:
        """Drop what was written."""
        ...


class Appender(Protocol):
    """An append-only file: every :meth:`write` lands whole, after what is there."""

    def write(self, data: bytes) -> None: ...

    def sync(self) -> None:
        """Make what was written durable (fsync where the backend has it)."""
        ...

    def close(self) -> None: ...


@runtime_checkable
class Backend(Protocol):
    """Bytes under string keys (see the module docstring for the guarantees)."""

    #: Where this backend points, for messages and for ``open_backend`` round trips.
    url: str

    def put(self, key: str, data: bytes, *, durable: bool = False) -> None: ...

    def get(self, key: str, max_bytes: int | None = None) -> bytes: ...

    def open_read(self, key: str) -> BinaryIO: ...

    def size(self, key: str) -> int | None:
        """The size of the regular file at ``key``, or None when there is none."""
        ...

    def exists(self, key: str) -> bool: ...

    def list(self, prefix: str = "") -> list[str]:
        """Every key under ``prefix`` (recursive), sorted; temporary files excluded."""
        ...

    def open_upload(self, folder: str, *, durable: bool = False) -> Upload: ...

    def open_append(self, key: str, *, durable: bool = False) -> Appender: ...

    def delete(self, key: str) -> None: ...

    def create(self, key: str, data: bytes) -> bool:
        """Write ``key`` only if nothing is there (atomically, across processes); False when
        it already exists. Used for the run's writer lock."""
        ...

    def child(self, prefix: str) -> Backend:
        """A backend rooted at ``prefix`` below this one."""
        ...

    def local_path(self, key: str = "") -> str | None:
        """The file system path of ``key`` (checked inside the root), or None when the backend
        is not a local folder."""
        ...


def open_backend(target: object, arg: str = "dir") -> Backend:
    """A backend for ``target``: a :class:`Backend`, a local path, ``file://PATH``,
    ``memory://NAME`` (an in-process store shared by every ``memory://NAME`` of the process), or
    any other URL fsspec knows (``s3://bucket/prefix``, ``gs://...``): an object-storage
    :class:`~vizlog.store.remote.FsspecBackend` (fsspec is imported only then)."""
    if isinstance(target, Backend):
        return target
    if isinstance(target, os.PathLike):
        target = os.fspath(target)
    if not isinstance(target, str) or not target:
        raise UsageError(bad_argument(arg, "a folder path, a 'file://', 'memory://' or 's3://' "
                                      "(fsspec) URL, or a vizlog.store backend", target))
    if "://" in target:
        scheme, _, rest = target.partition("://")
        if scheme == "file":
            from vizlog.store.local import LocalBackend

            return LocalBackend(rest)
        if scheme == "memory":
            from vizlog.store.memory import MemoryBackend

            return MemoryBackend.named(rest)
        if not scheme or not scheme.replace("+", "").replace("-", "").isalnum() or not rest:
            raise UsageError(bad_argument(arg, "a folder path or a URL such as 's3://bucket/runs'",
                                          target))
        from vizlog.store.remote import FsspecBackend

        return FsspecBackend(target)
    from vizlog.store.local import LocalBackend

    return LocalBackend(target)


def copy_files(src: Backend, dst: Backend, prefix: str = "",
               skip: tuple[str, ...] = ()) -> list[str]:
    """Copy every file under ``prefix`` of ``src`` to the same key in ``dst`` (e.g. a run in a
    bucket to a local folder), streaming 8 MiB at a time; each file is published whole. Keys
    starting with one of ``skip`` are left out. Returns the keys copied, sorted."""
    copied = []
    for key in src.list(prefix):
        if skip and key.startswith(skip):
            continue
        upload = dst.open_upload("/".join(key.split("/")[:-1]))
        try:
            with src.open_read(key) as fh:
                while piece := fh.read(8 << 20):
                    upload.write(piece)
        except BaseException:
            upload.abort()
            raise
        upload.commit(key)
        copied.append(key)
    return copied
