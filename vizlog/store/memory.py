"""An in-memory backend: the same interface as the local one, bytes kept in a dict.

Used by the tests of the layers above the store, and by ``memory://NAME`` URLs (every
``MemoryBackend.named(NAME)`` of a process shares one dict, so a run logged to ``memory://x``
can be opened again from ``memory://x/<id>``). Thread-safe; nothing is ever written to disk.
"""

from __future__ import annotations

import io
import threading
from typing import BinaryIO, ClassVar

from vizlog.errors import UnsafePathError, too_large
from vizlog.store.backend import check_key, join_key

__all__ = ["MemoryBackend"]


class _Files:
    def __init__(self) -> None:
        self.data: dict[str, bytes] = {}
        self.lock = threading.Lock()


class _MemoryUpload:
    def __init__(self, backend: MemoryBackend) -> None:
        self._backend = backend
        self._buf = io.BytesIO()
        self._open = True

    def write(self, data: bytes | bytearray | memoryview) -> int:
        return self._buf.write(data)

    def commit(self, key: str) -> None:
        self._backend.put(key, self._buf.getvalue())
        self._open = False

    def abort(self) -> None:
        self._open = False
        self._buf = io.BytesIO()


class _MemoryAppender:
    def __init__(self, backend: MemoryBackend, key: str) -> None:
        self._backend, self._key = backend, backend._key(key)

    def write(self, data: bytes) -> None:
        files = self._backend._files
        with files.lock:
            files.data[self._key] = files.data.get(self._key, b"") + bytes(data)

    def sync(self) -> None:
        pass

    def close(self) -> None:
        pass


class MemoryBackend:
    """Bytes in memory under string keys (see the module docstring)."""

    _NAMED: ClassVar[dict[str, _Files]] = {}
    _NAMED_LOCK: ClassVar[threading.Lock] = threading.Lock()

    def __init__(self, prefix: str = "", _files: _Files | None = None,
                 name: str = "") -> None:
        self._files = _files or _Files()
        self._prefix = join_key(prefix)
        self._name = name
        self.url = "memory://" + join_key(name, self._prefix)

    @classmethod
    def named(cls, path: str) -> MemoryBackend:
        """The process-wide store ``memory://NAME[/prefix]``."""
        name, _, prefix = path.strip("/").partition("/")
        with cls._NAMED_LOCK:
            files = cls._NAMED.setdefault(name, _Files())
        return cls(prefix, files, name)

    def __repr__(self) -> str:
        return f"MemoryBackend({self.url!r})"

    def _key(self, key: str) -> str:
        return join_key(self._prefix, check_key(key))

    def put(self, key: str, data: bytes, *, durable: bool = False) -> None:
        full = self._key(key)
        with self._files.lock:
            self._files.data[full] = bytes(data)

    def get(self, key: str, max_bytes: int | None = None) -> bytes:
        full = self._key(key)
        with self._files.lock:
            data = self._files.data.get(full)
        if data is None:
            raise FileNotFoundError(f"no file {key!r} in {self.url}")
        if max_bytes is not None and len(data) > max_bytes:
            raise UnsafePathError(too_large(f"file {key!r}", len(data), max_bytes,
                                            fix="it is not read."))
        return data

    def open_read(self, key: str) -> BinaryIO:
        return io.BytesIO(self.get(key))

    def size(self, key: str) -> int | None:
        with self._files.lock:
            data = self._files.data.get(self._key(key))
        return None if data is None else len(data)

    def exists(self, key: str) -> bool:
        return self.size(key) is not None

    def list(self, prefix: str = "") -> list[str]:
        base = join_key(self._prefix, prefix)
        cut = len(self._prefix) + 1 if self._prefix else 0
        with self._files.lock:
            keys = [k for k in self._files.data if not base or k == base or
                    k.startswith(base + "/")]
        return sorted(k[cut:] for k in keys)

    def open_upload(self, folder: str, *, durable: bool = False) -> _MemoryUpload:
        return _MemoryUpload(self)

    def open_append(self, key: str, *, durable: bool = False) -> _MemoryAppender:
        return _MemoryAppender(self, key)

    def create(self, key: str, data: bytes) -> bool:
        full = self._key(key)
        with self._files.lock:
            if full in self._files.data:
                return False
            self._files.data[full] = bytes(data)
        return True

    def delete(self, key: str) -> None:
        with self._files.lock:
            self._files.data.pop(self._key(key), None)

    def child(self, prefix: str) -> MemoryBackend:
        return MemoryBackend(join_key(self._prefix, check_key(join_key(prefix))), self._files,
                             self._name)

    def local_path(self, key: str = "") -> str | None:
        return None
