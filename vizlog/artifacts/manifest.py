"""The artifact manifest: what one version holds, its content digest and its on-disk form.

A manifest is one strict-JSON object (sorted keys)::

    {"_vizlog": "artifact", "format_version": 1, "name": "mnist", "version": 0,
     "type": "dataset", "description": null, "metadata": {"rows": 60000},
     "digest": "<sha256 of the entries>", "entries": {"labels.csv": {"sha256": "...",
     "size": 120}, ...}, "logged_by": {"run_id": "k3x9q2ab", "project": "demo"},
     "created_at": 1795700911.93, "distributed_id": null, "vizlog_version": "0.1.0"}

An entry is a stored file (``sha256``, ``size``; plus ``media`` = the descriptor ``_type`` for the
descriptor JSON of an object added with ``Artifact.add``) or a reference (``ref`` = the URI,
``size`` when known, ``sha256`` for ``file://``, ``etag`` for ``https://``/``s3://`` when it
could be read, and ``note`` saying why a checksum is missing). The **digest** is the SHA-256 of
the canonical JSON of ``entries`` alone: the same files give the same digest, and so the same
version, whatever the metadata. :func:`parse_manifest` checks everything read back (every entry
path through :func:`vizlog.store.check_key`, every digest a 64-digit hex string).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping
from typing import Any

from vizlog import _json
from vizlog.errors import VizlogError
from vizlog.store import check_key

__all__ = ["ARTIFACT_FORMAT_VERSION", "ARTIFACT_FORMATS_READ", "content_digest",
           "dump_manifest", "parse_manifest"]

#: The version of the artifact files written today (manifests, aliases, links, parts), and
#: every version this vizlog reads.
ARTIFACT_FORMAT_VERSION = 1
ARTIFACT_FORMATS_READ = (1,)
_HEX64 = re.compile(r"^[0-9a-f]{64}$")
#: The largest manifest read back.
MAX_MANIFEST_BYTES = 1 << 30


def is_sha256(value: object) -> bool:
    return isinstance(value, str) and bool(_HEX64.match(value))


def content_digest(entries: Mapping[str, Mapping[str, Any]]) -> str:
    """The SHA-256 (hex) of the canonical JSON of ``entries``."""
    return hashlib.sha256(_json.dumps(dict(entries)).encode("utf-8")).hexdigest()


def dump_manifest(manifest: Mapping[str, Any]) -> bytes:
    return (_json.dumps(dict(manifest)) + "\n").encode("utf-8")


def _bad(where: str, why: str) -> VizlogError:
    return VizlogError(f"{where} is damaged: {why}. It was not written by vizlog as it is now; "
                       "restore it from a copy or delete that version (`vizlog artifact gc` "
                       "then drops its files).")


def check_entry(path: str, entry: Any, where: str) -> dict[str, Any]:
    """One entry read back, checked (see the module docstring)."""
    check_key(path, "entry path")
    if not isinstance(entry, dict):
        raise _bad(where, f"entry {path!r} is not an object")
    size = entry.get("size")
    if size is not None and (not isinstance(size, int) or isinstance(size, bool) or size < 0):
        raise _bad(where, f"entry {path!r} has size {size!r}")
    if "ref" in entry:
        if not isinstance(entry["ref"], str):
            raise _bad(where, f"entry {path!r} has a ref that is not a string")
        if "sha256" in entry and not is_sha256(entry["sha256"]):
            raise _bad(where, f"entry {path!r} has a bad sha256")
        return entry
    if not is_sha256(entry.get("sha256")) or size is None:
        raise _bad(where, f"entry {path!r} needs a 64-digit sha256 and a size")
    return entry


def parse_manifest(data: bytes, where: str) -> dict[str, Any]:
    """A manifest read back and checked; :class:`VizlogError` naming ``where`` otherwise."""
    try:
        value = _json.loads(data)
    except (ValueError, RecursionError) as exc:
        raise _bad(where, f"not strict JSON ({str(exc)[:120]})") from None
    if not isinstance(value, dict) or value.get("_vizlog") != "artifact":
        raise _bad(where, "not an artifact manifest")
    if value.get("format_version") not in ARTIFACT_FORMATS_READ:
        raise VizlogError(f"{where} has format_version {value.get('format_version')!r}; this "
                          f"vizlog reads {ARTIFACT_FORMATS_READ}. Upgrade vizlog to read it.")
    entries = value.get("entries")
    if not isinstance(entries, dict):
        raise _bad(where, "'entries' is not an object")
    for path, entry in entries.items():
        check_entry(path, entry, where)
    if value.get("digest") != content_digest(entries):
        raise _bad(where, "its digest does not match its entries")
    if not isinstance(value.get("metadata"), dict):
        raise _bad(where, "'metadata' is not an object")
    return value
