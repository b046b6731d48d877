"""The media protocol every type implements.

A media object is built in three pure steps and one write:

1. ``__init__`` validates the input and snapshots what it needs (no encoding, no disk).
2. ``children()`` names the media this one contains (an image's masks, a table's cells); the
   writer stores those first and hands their descriptors back.
3. ``encode(resolved)`` returns an :class:`~vizlog.protocol.Encoded`: file bytes, extension, the
   sub-folder it belongs in, and the descriptor fields. Same input, same bytes.
4. Only the store (``vizlog.store``) writes; it adds ``path``, ``sha256`` and ``size``.

``from_descriptor(descriptor, files)`` reads a stored object back through ``files`` (a
:class:`~vizlog.protocol.RunFiles`: run-relative paths resolved safely inside the run, nested
descriptors loaded through the registry). ``from_value(value)`` is the hook ``log()`` uses for
foreign values (a matplotlib figure, a DataFrame). The base class never knows its subclasses:
:mod:`vizlog.registry` lists them in one explicit dict.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, ClassVar

from vizlog.protocol import Encoded, Resolved, RunFiles

__all__ = ["Encoded", "Media", "Resolved", "RunFiles"]


class Media:
    """Base class of every loggable media type (see the module docstring for the protocol)."""

    #: The descriptor ``_type`` this class writes and reads back.
    type_name: ClassVar[str] = ""
    #: The ``_type`` of a list of these logged under one key, and the field naming its items.
    list_type_name: ClassVar[str] = ""

    def children(self) -> dict[str, Media]:
        """Media stored before this one; their descriptors are passed to :meth:`encode`."""
        return {}

    def encode(self, resolved: Resolved | None = None) -> Encoded:
        """Return the file bytes and descriptor fields; pure and deterministic."""
        raise NotImplementedError

    @classmethod
    def from_descriptor(cls, descriptor: Mapping[str, Any], files: RunFiles) -> Media:
        """Build the object back from a descriptor, reading its files through ``files``."""
        raise NotImplementedError

    @classmethod
    def from_value(cls, value: Any) -> Media | None:
        """The object for a foreign value ``log()`` was given (see ``converts`` in the
        registry), or None when this type does not take it."""
        return None

    @classmethod
    def list_descriptor(cls, items: Sequence[dict[str, Any]],
                        objects: Sequence[Media]) -> dict[str, Any]:
        """The descriptor of a list of stored objects of this type under one key.

        The default is ``{"_type": list_type_name, "count": n, "items": [...]}``; types with a
        wandb list form override it.
        """
        return {"_type": cls.list_type_name or f"{cls.type_name}/list",
                "count": len(items), "items": list(items)}

    @classmethod
    def from_list_descriptor(cls, descriptor: Mapping[str, Any],
                             files: RunFiles) -> list[Media]:
        """Read back every item of a list descriptor written by :meth:`list_descriptor`."""
        return [cls.from_descriptor(d, files) for d in descriptor["items"]]
