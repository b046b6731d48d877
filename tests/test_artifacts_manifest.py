"""The manifest's on-disk form: digests, and every check of what is read back."""

from __future__ import annotations

import hashlib

import pytest

from vizlog.artifacts.manifest import content_digest, dump_manifest, parse_manifest
from vizlog.errors import UnsafePathError, VizlogError

SHA = "ab" * 32


def _manifest(entries: dict, **extra: object) -> dict:
    return {"_vizlog": "artifact", "format_version": 1, "name": "ds", "version": 0,
            "type": "dataset", "metadata": {}, "entries": entries,
            "digest": content_digest(entries), **extra}


def test_digest_depends_on_entries_only_and_is_stable() -> None:
    e = {"b": {"sha256": SHA, "size": 1}, "a": {"ref": "https://x/y", "etag": "e"}}
    assert content_digest(e) == content_digest(dict(reversed(list(e.items()))))
    canonical = ('{"a":{"etag":"e","ref":"https://x/y"},"b":{"sha256":"' + SHA +
                 '","size":1}}').encode()
    assert content_digest(e) == hashlib.sha256(canonical).hexdigest()
    m = _manifest(e)
    assert parse_manifest(dump_manifest(m), "m") == m


@pytest.mark.parametrize(("entries", "why"), [
    ({"a": {"sha256": "xyz", "size": 1}}, "needs a 64-digit sha256"),
    ({"a": {"sha256": SHA, "size": -1}}, "has size -1"),
    ({"a": 3}, "is not an object"),
    ({"a": {"ref": 3}}, "has a ref that is not a string"),
])
def test_damaged_entries_are_reported(entries: dict, why: str) -> None:
    with pytest.raises(VizlogError, match=f"m is damaged: entry 'a' {why}"):
        parse_manifest(dump_manifest(_manifest(entries)), "m")


def test_forged_paths_digests_and_versions_are_refused() -> None:
    with pytest.raises(UnsafePathError, match=r"'\.\./etc/passwd' is refused"):
        parse_manifest(dump_manifest(_manifest({"../etc/passwd": {"sha256": SHA,
                                                                  "size": 1}})), "m")
    bad = _manifest({"a": {"sha256": SHA, "size": 1}})
    bad["digest"] = "00" * 32
    with pytest.raises(VizlogError, match="its digest does not match its entries"):
        parse_manifest(dump_manifest(bad), "m")
    with pytest.raises(VizlogError, match=r"format_version 9; this vizlog reads \(1,\)"):
        parse_manifest(dump_manifest(_manifest({}, format_version=9)), "m")
    with pytest.raises(VizlogError, match="not strict JSON"):
        parse_manifest(b"{", "m")
    with pytest.raises(VizlogError, match="not an artifact manifest"):
        parse_manifest(b"[]", "m")
