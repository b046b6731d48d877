"""The media protocol every type implements.

A media object is built in three pure steps and one write:

1. ``__init__`` validates the input and snapshots what it needs (no encoding, no disk).
2. ``children()`` names the media this one contains (an image's masks, a table's cells); the
   writer stores those first and hands their descriptors back.
3. ``encode(resolved)`` returns an :class:`Encoded`: file bytes, extension, the sub-folder of
   ``media/`` it belongs in, and the descriptor fields. Same input, same bytes.
4. Only :class:`vizlog.store.Store` writes; it adds ``path``, ``sha256`` and ``size``.

``from_descriptor(descriptor, run_dir)`` reads a stored object back. The base class never knows
its subclasses: :mod:`vizlog.media.registry` maps ``_type`` to class in one explicit dict.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, ClassVar

__all__ = ["Encoded", "Media", "Resolved"]

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
    def from_descriptor(cls, descriptor: Mapping[str, Any], run_dir: str | Path) -> Media:
        """Build the object back from a descriptor written into ``run_dir``."""
        raise NotImplementedError

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
                             run_dir: str | Path) -> list[Media]:
        """Read back every item of a list descriptor written by :meth:`list_descriptor`."""
        return [cls.from_descriptor(d, run_dir) for d in descriptor["items"]]
