"""What an encoder returns and what a reader hands back to a type: the media protocol's data.

This module sits at the bottom of the package (it imports nothing of vizlog), so that the store,
the media types and the reader can all speak of :class:`Encoded` and :class:`RunFiles` without
knowing each other.

* :class:`Encoded` is the output of ``Media.encode()``: one file's bytes, its extension, the folder
  it belongs in and the descriptor fields. Only the store turns it into a file.
* :class:`RunFiles` is what ``Media.from_descriptor(descriptor, files)`` reads through: run files
  by their run-relative path (resolved inside the run, never outside) and nested descriptors
  (a table's media cells, an image's masks) through the one registry of types.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, BinaryIO, Protocol

__all__ = ["Encoded", "Resolved", "RunFiles", "notebook_bundle", "set_notebook_renderer"]

#: Descriptors of already-stored children, by the names ``children()`` gave them.
Resolved = Mapping[str, dict[str, Any]]


@dataclass(frozen=True)
class Encoded:
    """The output of ``Media.encode()``: one file plus its descriptor fields.

    ``data`` is ``None`` for inline types (a histogram) that have no file; then the descriptor is
    just ``fields``. ``kind`` is the folder under the run directory (``"media/images"``), ``ext``
    the file extension without the dot (``"png"``, ``"mask.png"``, ``"arrow"``).
    """

    data: bytes | None
    ext: str
    kind: str
    fields: dict[str, Any] = field(default_factory=dict)


class RunFiles(Protocol):
    """Read access to one run's files, as media types need it to read themselves back.

    Every ``relpath`` is a run-relative ``/``-separated path taken from a descriptor; an
    implementation resolves it inside the run and refuses (``UnsafePathError``) anything that
    would leave it (``..``, absolute paths, symlinks out, device files).
    """

    def read_bytes(self, relpath: str, max_bytes: int | None = None) -> bytes:
        """The whole file; ``max_bytes`` refuses a larger one before reading it."""
        ...

    def open(self, relpath: str) -> BinaryIO:
        """The file open for binary reading (the caller closes it)."""
        ...

    def load(self, descriptor: Mapping[str, Any]) -> Any:
        """The object a nested descriptor stands for (through the registry of types); the
        descriptor itself (a dict) for a ``_type`` no registered class reads."""
        ...

    def local_path(self, relpath: str) -> str | None:
        """The file's local path (checked inside the run) for memory-mapping, or None when the
        run is not on a local file system."""
        ...

    def media_class(self, type_name: str) -> type[Any] | None:
        """The registered class of a descriptor ``_type``, or None."""
        ...


# -- the notebook display seam ---------------------------------------------------------------------
# Media types and RunData sit below the module that renders them for Jupyter (vizlog.notebook
# uses the viewer and the registry), so they cannot import it. ``vizlog/__init__`` hands a
# renderer down through this slot instead; it imports vizlog.notebook on the first display.
_NOTEBOOK: list[Callable[[Any], dict[str, Any]]] = []


def set_notebook_renderer(renderer: Callable[[Any], dict[str, Any]]) -> None:
    """Install the function :func:`notebook_bundle` calls (``vizlog/__init__`` does)."""
    _NOTEBOOK[:] = [renderer]


def notebook_bundle(obj: Any) -> dict[str, Any]:
    """``obj``'s Jupyter MIME bundle from the installed renderer; plain text without one."""
    if _NOTEBOOK:
        return _NOTEBOOK[0](obj)
    return {"text/plain": repr(obj)}
