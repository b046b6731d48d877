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
* :func:`open_backend` turns a path, a ``file://`` or ``memory://`` URL, or a backend into one.

Importing this package loads nothing but the standard library and ``vizlog.errors``.
"""

from __future__ import annotations

from vizlog.format import sanitize_key
from vizlog.store.backend import Appender, Backend, Upload, check_key, join_key, open_backend
from vizlog.store.content import Store, StreamedFile
from vizlog.store.local import LocalBackend
from vizlog.store.memory import MemoryBackend

__all__ = [
    "Appender",
    "Backend",
    "LocalBackend",
    "MemoryBackend",
    "Store",
    "StreamedFile",
    "Upload",
    "check_key",
    "join_key",
    "open_backend",
    "sanitize_key",
]
