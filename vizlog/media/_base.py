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

    def _repr_mimebundle_(self, include: Any = None, exclude: Any = None) -> dict[str, Any]:
        """Jupyter display: self-contained, script-free HTML (see :mod:`vizlog.notebook`)."""
        from vizlog.protocol import notebook_bundle

        return notebook_bundle(self)

    # -- wandb's descriptor API, for code that builds descriptors itself ---------------------------
    def bind_to_run(self, run: Any, key: str | int, step: str | int, id_: Any = None,
                    ignore_copy_err: bool | None = None) -> None:
        """Remember the run, key and step :meth:`to_json` stores this object under (as wandb's
        ``Media.bind_to_run``). ``run`` is any object with ``store_media(key, step, media)``
        (a :class:`vizlog.Run`); nothing is written until :meth:`to_json`."""
        if not callable(getattr(run, "store_media", None)):
            from vizlog.errors import UsageTypeError, bad_argument

            raise UsageTypeError(bad_argument("run", "a vizlog Run (with store_media)", run))
        self._binding = (run, str(key), step)

    def to_json(self, run_or_artifact: Any = None) -> dict[str, Any]:
        """This object's descriptor, with its file stored in the run (as wandb's
        ``Media.to_json``): under the key and step of :meth:`bind_to_run`, or under the key
        ``media`` at the run's current step when it was not bound. Without a run, the descriptor
        fields alone (no ``path``; nothing is written)."""
        binding = getattr(self, "_binding", None)
        run = run_or_artifact if run_or_artifact is not None else (
            binding[0] if binding else None)
        if run is None:
            return dict(self.encode({name: child.to_json() for name, child in
                                     self.children().items()}).fields)
        if binding is not None and binding[0] is run:
            key, step = binding[1], binding[2]
        else:
            key, step = "media", getattr(run, "step", 0)
        store = getattr(run, "store_media", None)
        if not callable(store):
            from vizlog.errors import UsageTypeError, bad_argument

            raise UsageTypeError(bad_argument("run_or_artifact", "a vizlog Run", run))
        descriptor: dict[str, Any] = store(key, step, self)
        return descriptor

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
