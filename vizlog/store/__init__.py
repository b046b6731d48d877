"""Storage: bytes under string keys, behind one interface. Knows bytes and names, never media.

* :class:`~vizlog.store.backend.Backend` is the interface every backend implements: put a whole
  file atomically, stream an upload, get, open, size/exists, list, append (where the backend
  allows it) and ``child`` for a sub-folder. Keys are run-relative ``/``-separated strings; every
  key is checked by :func:`~vizlog.store.backend.check_key` (one function) before use.
* :class:`~vizlog.store.local.LocalBackend` (the default) writes files with the process umask
  through a temporary name + ``os.replace``; :class:`~vizlog.store.memory.MemoryBackend` keeps
  bytes in memory (tests, and ``memory://`` URLs).
* :class:`~vizlog.store.content.Store` is the content-addressed store of one run directory: the
  only code that writes media files.
* :class:`~vizlog.store.remote.FsspecBackend` holds a run in object storage (``s3://``,
  ``gs://``, any fsspec URL); loaded on first use (fsspec is an optional dependency).
* :func:`open_backend` turns a path, a ``file://``, ``memory://`` or object-storage URL, or a
  backend into one.

Importing this package loads nothing but the standard library and ``vizlog.errors``.
"""

from __future__ import annotations

from vizlog.format import sanitize_key
from vizlog.store.backend import (
    Appender,
    Backend,
    Upload,
    check_key,
    copy_files,
    join_key,
    open_backend,
)
from vizlog.store.content import Store, StreamedFile
from vizlog.store.local import LocalBackend
from vizlog.store.memory import MemoryBackend

__all__ = [
    "Appender",
    "Backend",
    "FsspecBackend",
    "LocalBackend",
    "MemoryBackend",
    "Store",
    "StreamedFile",
    "Upload",
    "check_key",
    "copy_files",
    "join_key",
    "open_backend",
    "sanitize_key",
]


def __getattr__(name: str) -> object:
    if name == "FsspecBackend":  # lazy: only object storage needs it (and fsspec)
        from vizlog.store.remote import FsspecBackend

        return FsspecBackend
    raise AttributeError(f"module 'vizlog.store' has no attribute {name!r}")
