"""Names of artifacts, types, aliases and entries, and the ``name:alias`` form, checked here.

* An artifact name (wandb's rule): 1..128 characters from ``[A-Za-z0-9_.-]``; anything else (a
  space, ``/``, ``:``) is refused with the rule and the fix.
* A model name (``log_model``): the same without ``.`` (wandb: letters, digits, ``_`` and ``-``).
* A type: 1..128 printable characters without ``/`` or ``:``.
* An alias: 1..128 characters from ``[A-Za-z0-9_.-]`` and not of the form ``v<N>`` (those name
  versions); ``latest`` is kept by the store itself (it always names the newest version).
* A reference ``name:alias``, ``name:vN``, ``project/name:alias`` or
  ``entity/project/name:alias`` (the prefix is accepted and ignored: a root folder holds one
  namespace of artifacts); a missing ``:alias`` means ``:latest``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from vizlog.errors import UsageError, UsageTypeError, bad_argument

__all__ = ["Spec", "check_alias", "check_model_name", "check_name", "check_type", "parse_spec"]

_NAME = re.compile(r"^[A-Za-z0-9_.\-]{1,128}$")
_MODEL = re.compile(r"^[A-Za-z0-9_\-]{1,128}$")
_VERSION = re.compile(r"^v(0|[1-9][0-9]{0,9})$")
MAX_NAME = 128


def _text(value: object, arg: str) -> str:
    if not isinstance(value, str):
        raise UsageTypeError(bad_argument(arg, "a str", value))
    return value


def check_name(name: object, arg: str = "name") -> str:
    """An artifact name as wandb accepts it, or a :class:`UsageError` naming the rule."""
    text = _text(name, arg)
    if not _NAME.match(text) or text in (".", ".."):
        raise UsageError(bad_argument(arg, "an artifact name of 1..128 letters, digits, '_', "
                                      "'-' or '.' (as wandb)", text,
                                      "Replace spaces and '/' with '-' or '_'."))
    return text


def check_model_name(name: object, arg: str = "name") -> str:
    """A model name (``log_model``): letters, digits, ``_`` and ``-`` only (no ``/``)."""
    text = _text(name, arg)
    if not _MODEL.match(text):
        raise UsageError(bad_argument(arg, "a model name of 1..128 letters, digits, '_' or '-' "
                                      "(no '/', '.' or spaces, as wandb)", text,
                                      "Pass the bare model name, without a project or "
                                      "entity prefix."))
    return text


def check_type(type_: object, arg: str = "type") -> str:
    text = _text(type_, arg)
    if not text or len(text) > MAX_NAME or any(c in "/:" or not c.isprintable() for c in text):
        raise UsageError(bad_argument(arg, "an artifact type of 1..128 printable characters "
                                      "without '/' or ':' (e.g. 'dataset', 'model')", text))
    return text


def is_version(text: str) -> bool:
    """True for ``v0``, ``v1``, ... (a version, not an alias)."""
    return bool(_VERSION.match(text))


def check_alias(alias: object, arg: str = "aliases") -> str:
    text = _text(alias, arg)
    if not _NAME.match(text) or is_version(text):
        raise UsageError(bad_argument(arg, "aliases of 1..128 letters, digits, '_', '-' or '.', "
                                      "not of the form 'v<N>' (which names a version)", text))
    return text


def check_aliases(aliases: object, arg: str = "aliases") -> list[str]:
    """A list of distinct checked aliases (``None`` is ``[]``; a single str is one alias)."""
    if aliases is None:
        return []
    if isinstance(aliases, str):
        aliases = [aliases]
    if not isinstance(aliases, (list, tuple, set, frozenset)):
        raise UsageTypeError(bad_argument(arg, "a list of str", aliases))
    return sorted({check_alias(a, arg) for a in aliases})


@dataclass(frozen=True)
class Spec:
    """A parsed ``[prefix/]name[:alias|:vN]``: ``prefix`` ("" when none), ``name``, and either
    ``version`` (an int) or ``alias``."""

    prefix: str
    name: str
    alias: str | None
    version: int | None

    def __str__(self) -> str:
        tail = f"v{self.version}" if self.version is not None else self.alias
        return f"{self.name}:{tail}"


def parse_spec(spec: object, arg: str = "name") -> Spec:
    """Parse ``name:alias``, ``name:vN`` or ``project/name:alias`` (see the module docstring)."""
    text = _text(spec, arg)
    base, sep, tail = text.rpartition(":")
    if not sep:
        base, tail = text, "latest"
    parts = base.split("/")
    if len(parts) > 3 or any(not p for p in parts):
        raise UsageError(bad_argument(arg, "'name', 'name:alias', 'name:vN' or "
                                      "'project/name:alias'", text))
    prefix, name = "/".join(parts[:-1]), parts[-1]
    check_name(name, arg)
    if is_version(tail):
        return Spec(prefix, name, None, int(tail[1:]))
    if tail != "latest":
        check_alias(tail, arg)
    return Spec(prefix, name, tail, None)
