"""Media objects inside an artifact: ``Artifact.add(obj, name)`` and ``Artifact.get(name)``.

``add`` encodes the object (its children first) through the same :class:`vizlog.store.Store` a
run uses, into memory, and returns the files as artifact entries: the media files under
``media/...`` (as in a run) and the descriptor as ``<name>.<_type>.json`` (an entry marked
``media``). ``get`` reads the descriptor back and builds the object through the registry of
types, reading every file through :class:`ArtifactFiles`, which checks each file's sha256.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Mapping
from typing import Any, BinaryIO

from vizlog import _json, registry
from vizlog.errors import MediaError, UsageError
from vizlog.media._base import Media
from vizlog.read import load_descriptor
from vizlog.store import MemoryBackend, Store, check_key

__all__ = ["ArtifactFiles", "descriptor_name", "encode_media"]


def descriptor_name(name: str, type_name: str) -> str:
    return f"{name}.{type_name}.json"


def _store(store: Store, key: str, media: Media) -> dict[str, Any]:
    resolved = {n: _store(store, key, child) for n, child in media.children().items()}
    return store.put(key, 0, media.encode(resolved))


def encode_media(obj: Any, name: str) -> tuple[str, dict[str, bytes]]:
    """``(descriptor entry path, {entry path: bytes})`` of a media object (or a value the
    registry converts, like a DataFrame) added under ``name``."""
    media = obj if isinstance(obj, Media) else registry.convert(obj)
    if not isinstance(media, Media):
        raise UsageError(f"`obj` must be a vizlog media object (Image, Table, Audio, ...); got "
                         f"{type(obj).__name__}. Use add_file() for files on disk.")
    backend = MemoryBackend()
    descriptor = _store(Store(backend), name, media)
    files = {key: backend.get(key) for key in backend.list()}
    path = descriptor_name(name, media.type_name)
    files[path] = (_json.dumps(descriptor) + "\n").encode("utf-8")
    return path, files


class ArtifactFiles:
    """The :class:`~vizlog.protocol.RunFiles` of one artifact: entry paths read through
    ``read`` (which checks the sha256 of stored objects)."""

    def __init__(self, read: Callable[[str], bytes]) -> None:
        self._read = read

    def read_bytes(self, relpath: str, max_bytes: int | None = None) -> bytes:
        data = self._read(check_key(relpath))
        if max_bytes is not None and len(data) > max_bytes:
            raise MediaError(f"artifact file {relpath!r} is {len(data)} bytes, over "
                             f"max_bytes={max_bytes}; it is not read.")
        return data

    def open(self, relpath: str) -> BinaryIO:
        return io.BytesIO(self.read_bytes(relpath))

    def local_path(self, relpath: str) -> str | None:
        return None

    def media_class(self, type_name: str) -> type[Any] | None:
        return registry.lookup(type_name)

    def load(self, descriptor: Mapping[str, Any]) -> Any:
        return load_descriptor(descriptor, self, "the artifact")
