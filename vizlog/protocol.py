"""What an encoder returns and what a reader hands back to a type: the media protocol's data.

This module sits at the bottom of the package (it imports nothing of vizlog but, for types, its
bottom neighbour ``_digest``), so that the store,
the media types and the reader can all speak of :class:`Encoded` and :class:`RunFiles` without
knowing each other.

* :class:`Encoded` is the output of ``Media.encode()``: one file (as bytes, as buffers, or as a
  callback that writes it into a sink), its extension, the folder it belongs in and the
  descriptor fields. Only the store turns it into a file.
* :class:`RunFiles` is what ``Media.from_descriptor(descriptor, files)`` reads through: run files
  by their run-relative path (resolved inside the run, never outside) and nested descriptors
  (a table's media cells, an image's masks) through the one registry of types.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, BinaryIO, Protocol

if TYPE_CHECKING:
    from vizlog._digest import Sha256Ahead

__all__ = ["Encoded", "Resolved", "RunFiles", "Sink", "notebook_bundle", "set_notebook_renderer"]

#: Descriptors of already-stored children, by the names ``children()`` gave them.
Resolved = Mapping[str, dict[str, Any]]


class Sink(Protocol):
    """Where an :class:`Encoded` writer callback puts its bytes: a writable binary file object
    (``write`` returns the number of bytes taken; ``tell`` is the count written so far)."""

    def write(self, data: Any, /) -> int: ...

    def tell(self) -> int: ...


class Encoded:
    """The output of ``Media.encode()``: one file plus its descriptor fields.

    The file comes in one of three forms (give at most one):

    * ``data``: the whole file as ``bytes``;
    * ``parts``: a sequence of buffer-protocol objects (``bytes``, ``memoryview``, a contiguous
      NumPy array) whose concatenation is the file: the store hashes and writes them one after
      another, never joining them into one copy (a PLY header plus the vertex array);
    * ``writer``: a callable ``writer(sink)`` that writes the whole file into ``sink`` (a
      :class:`Sink`) and returns; the store passes a sink that hashes while it writes to a
      temporary file (an Arrow IPC file goes to disk batch by batch). The writer must write the
      same bytes every time it is called, and never change an object after passing it to
      ``sink.write`` (the store may hash it later, in another thread).

    The media type never opens a file: only the store writes, and it publishes the file
    atomically under its content hash. With no file at all (an inline type such as a histogram)
    the descriptor is just ``fields``.

    ``kind`` is the folder under the run directory (``"media/images"``), ``ext`` the file
    extension without the dot (``"png"``, ``"mask.png"``, ``"arrow"``). ``data`` always reads as
    the file's bytes (joined from ``parts`` or written by ``writer`` into memory on first access),
    so callers that want bytes (a notebook, the golden files) need not know the form.
    ``digest`` optionally carries the sha256 of the same bytes, already being computed (a
    :class:`vizlog._digest.Sha256Ahead` the media type started when the bytes became final):
    the store takes the digest from it instead of hashing the file again.
    Instances are immutable.
    """

    __slots__ = ("_data", "digest", "ext", "fields", "kind", "parts", "writer")

    _data: bytes | None
    ext: str
    kind: str
    fields: dict[str, Any]
    #: the file as buffers (see the class docstring), or None
    parts: tuple[Any, ...] | None
    #: the file as a writer callback (see the class docstring), or None
    writer: Callable[[Sink], None] | None
    #: the sha256 of the file's bytes being computed ahead (see the class docstring), or None
    digest: Sha256Ahead | None

    def __init__(self, data: bytes | None, ext: str, kind: str,
                 fields: dict[str, Any] | None = None, *, parts: Sequence[Any] | None = None,
                 writer: Callable[[Sink], None] | None = None,
                 digest: Sha256Ahead | None = None) -> None:
        if sum(x is not None for x in (data, parts, writer)) > 1:
            raise TypeError("Encoded takes the file as one of `data`, `parts` or `writer`, not "
                            "several; this is a bug in the media type")
        setter = object.__setattr__
        setter(self, "_data", data)
        setter(self, "ext", ext)
        setter(self, "kind", kind)
        setter(self, "fields", {} if fields is None else fields)
        setter(self, "parts", None if parts is None else tuple(parts))
        setter(self, "writer", writer)
        setter(self, "digest", digest)

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError(f"Encoded is immutable (cannot set {name!r})")

    def __eq__(self, other: object) -> bool:
        """Equal when the extension, folder, fields and file bytes are (whatever the forms)."""
        if not isinstance(other, Encoded):
            return NotImplemented
        return (self.ext, self.kind, self.fields, self.has_file) == \
            (other.ext, other.kind, other.fields, other.has_file) and self.data == other.data

    __hash__ = None  # type: ignore[assignment]  # fields is a dict

    def __repr__(self) -> str:
        form = "writer" if self.writer is not None else "parts" if self.parts is not None else \
            "data" if self._data is not None else "no file"
        return f"Encoded({form}, ext={self.ext!r}, kind={self.kind!r}, fields={self.fields!r})"

    @property
    def has_file(self) -> bool:
        """True when there is a file to store (in any of the three forms)."""
        return self._data is not None or self.parts is not None or self.writer is not None

    @property
    def data(self) -> bytes | None:
        """The whole file as bytes (None without a file); made once from ``parts`` or
        ``writer`` on first access."""
        if self._data is None and self.has_file:
            if self.parts is not None:
                data = b"".join(self.parts)
            else:
                sink = io.BytesIO()
                assert self.writer is not None  # has_file and neither data nor parts
                self.writer(sink)
                data = sink.getvalue()
            object.__setattr__(self, "_data", data)
        return self._data

    def buffers(self) -> tuple[memoryview, ...] | None:
        """The file as flat byte views, without copying (``data`` or ``parts``); None for a
        ``writer`` file or no file."""
        if self.parts is not None:
            return tuple(_byte_view(p) for p in self.parts)
        if self._data is not None and self.writer is None:
            return (memoryview(self._data),)
        return None


def _byte_view(obj: Any) -> memoryview:
    """``obj`` as a flat, C-contiguous view of unsigned bytes (no copy)."""
    view = memoryview(obj)
    if not view.c_contiguous:
        raise TypeError("Encoded parts must be C-contiguous buffers; this is a bug in the "
                        "media type")
    return view.cast("B") if view.format != "B" or view.ndim != 1 else view


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
