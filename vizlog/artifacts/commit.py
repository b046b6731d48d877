"""Logging artifacts into a root's store: one process (:func:`commit`), several processes
(:func:`upsert`, :func:`finish`), and the registry (:func:`link`).

Order of writes (what makes a crash harmless): every object first (each complete under its
content address before the next step), then the version manifest, created exclusively and
all-or-nothing, then the aliases. A version is never visible before all its objects are.

Distributed versions: each process calls :func:`upsert` with the same ``distributed_id``; it
stores its files and writes a *part* (``parts/<name>/<id>/<token>.json``). :func:`finish` merges
every part into one version and writes ``sealed.json`` (exclusively): later upserts of that id
are refused, and a second ``finish`` returns the same version.
"""

from __future__ import annotations

import hashlib
import time
from typing import Any

from vizlog import _json
from vizlog._version import __version__
from vizlog.artifacts.manifest import (
    ARTIFACT_FORMAT_VERSION,
    MAX_MANIFEST_BYTES,
    content_digest,
    dump_manifest,
)
from vizlog.artifacts.names import Spec, check_aliases, check_name, parse_spec
from vizlog.artifacts.root import ArtifactRoot
from vizlog.artifacts.versioned import Artifact
from vizlog.errors import UsageError, VizlogError
from vizlog.format import new_token

__all__ = ["commit", "finish", "link", "load", "upsert"]


def _store_objects(root: ArtifactRoot, art: Artifact) -> None:
    files = []
    for path, (kind, src) in sorted(art._sources.items()):
        entry = art._entries[path]
        if kind == "bytes":
            root.put_bytes(src)
        else:
            files.append((src, entry["sha256"], entry["size"]))
    root.put_files(files)


def _manifest(art: Artifact, entries: dict[str, dict[str, Any]], version: int,
              logged_by: dict[str, Any] | None, distributed_id: str | None) -> dict[str, Any]:
    return {"_vizlog": "artifact", "format_version": ARTIFACT_FORMAT_VERSION,
            "name": art.collection_name, "version": version, "type": art.type,
            "description": art.description, "metadata": dict(art.metadata),
            "digest": content_digest(entries), "entries": entries, "logged_by": logged_by,
            "created_at": time.time(), "distributed_id": distributed_id,
            "vizlog_version": __version__}


def _seal(root: ArtifactRoot, art: Artifact, entries: dict[str, dict[str, Any]],
          logged_by: dict[str, Any] | None, aliases: list[str] | None,
          distributed_id: str | None) -> Artifact:
    folder = f"names/{art.collection_name}"
    digest = content_digest(entries)
    made: dict[int, dict[str, Any]] = {}

    def make(v: int) -> bytes:
        made[v] = _manifest(art, entries, v, logged_by, distributed_id)
        return dump_manifest(made[v])

    n, created = root.claim(folder, digest, make)
    wanted = check_aliases(aliases)
    if wanted:
        root.set_aliases(folder, n, wanted)
    # the manifest this process created is the one on disk; another one is read (and checked)
    manifest = made[n] if created else root.manifest(art.collection_name, n)
    return art._bind(root, n, manifest)


def commit(root: ArtifactRoot, art: Artifact, logged_by: dict[str, Any] | None,
           aliases: list[str] | None = None) -> Artifact:
    """Log a draft into ``root``: a new version when its digest is new, else the version that
    has it; ``aliases`` move to that version. Returns ``art``, now logged."""
    if not art.is_draft():
        raise UsageError(f"artifact {art.name} is logged already; use it with use_artifact(), "
                         "or make a new vizlog.Artifact for a new version.")
    if not art._entries:
        raise UsageError(f"artifact {art.collection_name} is empty; add files with add_file(), "
                         "add_dir(), add_reference() or add() before logging it.")
    _store_objects(root, art)
    return _seal(root, art, dict(art._entries), logged_by, aliases, None)


def _parts_folder(art: Artifact, distributed_id: str) -> str:
    return f"parts/{art.collection_name}/{check_name(distributed_id, 'distributed_id')}"


def _sealed(root: ArtifactRoot, folder: str) -> int | None:
    try:
        value = _json.loads(root.backend.get(f"{folder}/sealed.json", max_bytes=1 << 16))
    except FileNotFoundError:
        return None
    version = value.get("version") if isinstance(value, dict) else None
    if not isinstance(version, int):
        raise VizlogError(f"{root.url}/artifacts/{folder}/sealed.json is damaged.")
    return version


def upsert(root: ArtifactRoot, art: Artifact, distributed_id: str) -> Artifact:
    """Add this process's files to the distributed version ``distributed_id`` (not sealed)."""
    folder = _parts_folder(art, distributed_id)
    if _sealed(root, folder) is not None:
        raise UsageError(f"distributed artifact {art.collection_name} ({distributed_id!r}) was "
                         "finished already; use a new `distributed_id` for a new version.")
    _store_objects(root, art)
    key = f"{folder}/{new_token(12)}.json"
    part = {"_vizlog": "artifact-part", "format_version": ARTIFACT_FORMAT_VERSION,
            "entries": dict(art._entries), "type": art.type}
    root.backend.put(key, (_json.dumps(part) + "\n").encode("utf-8"))
    if _sealed(root, folder) is not None:  # finished while this part was written: not in it
        root.backend.delete(key)
        raise UsageError(f"distributed artifact {art.collection_name} ({distributed_id!r}) was "
                         "finished while this process added files; they are not in it.")
    art.distributed_id = distributed_id
    return art


def finish(root: ArtifactRoot, art: Artifact, distributed_id: str,
           logged_by: dict[str, Any] | None, aliases: list[str] | None) -> Artifact:
    """Seal the distributed version: this process's files (if any) plus every part. Two parts
    with different content under one path are refused."""
    folder = _parts_folder(art, distributed_id)
    done = _sealed(root, folder)
    if done is None:
        if art._entries:
            upsert(root, art, distributed_id)
        merged: dict[str, dict[str, Any]] = {}
        for key in root.backend.list(folder):
            if key.endswith("/sealed.json"):
                continue
            part = _json.loads(root.backend.get(key, max_bytes=MAX_MANIFEST_BYTES))
            for path, entry in (part.get("entries") or {}).items():
                if path in merged and merged[path] != entry:
                    raise UsageError(f"distributed artifact {art.collection_name}: two "
                                     f"processes added different files as {path!r}; give them "
                                     "distinct names.")
                merged[path] = entry
        if not merged:
            raise UsageError(f"distributed artifact {art.collection_name} ({distributed_id!r}) "
                             "has no files; call upsert_artifact() with files first.")
        art._entries, art._sources = merged, {}
        out = _seal(root, art, merged, logged_by, aliases, distributed_id)
        body = _json.dumps({"version": out._version, "digest": content_digest(merged)})
        root.backend.create(f"{folder}/sealed.json", body.encode("utf-8"))
        done = _sealed(root, folder)
        assert done is not None
    return load(root, Spec("", art.collection_name, None, done))


def load(root: ArtifactRoot, spec: str | Spec) -> Artifact:
    """The logged artifact ``name:alias`` / ``name:vN`` of ``root``; a registry collection
    (``project/collection:alias``, see :func:`link`) gives the version it points at."""
    parsed = spec if isinstance(spec, Spec) else parse_spec(spec)
    if parsed.prefix:
        folder = f"registry/{parsed.prefix.rsplit('/', 1)[-1]}/{parsed.name}"
        if root._numbers(folder)[0]:
            n = root.resolve_in(folder, parsed, "registry collection")
            target = _json.loads(root.backend.get(f"{folder}/v{n}.json", max_bytes=1 << 20))
            source = target.get("source") if isinstance(target, dict) else None
            if not isinstance(source, dict):
                raise VizlogError(f"{root.url}/artifacts/{folder}/v{n}.json is damaged.")
            return load(root, Spec("", str(source["name"]), None, int(source["version"])))
    name, n = root.resolve(parsed)
    art = Artifact(name, "unknown")
    return art._bind(root, n, root.manifest(name, n))


def link(root: ArtifactRoot, art: Artifact, target_path: str,
         aliases: list[str] | None = None) -> dict[str, Any]:
    """Link a logged version into the registry collection ``target_path``
    (``[entity/]project/collection`` or ``collection``, project ``model-registry`` then):
    the collection gets its own versions and aliases. Returns ``{"collection", "version"}``."""
    if art.is_draft() or art._version is None:
        raise UsageError("`artifact` must be logged before it is linked; log it with "
                         "run.log_artifact() first.")
    parts = str(target_path).split("/")
    if not target_path or len(parts) > 3 or any(not p for p in parts):
        raise UsageError(f"`target_path` must be 'collection', 'project/collection' or "
                         f"'entity/project/collection'; got {target_path!r}.")
    project = parts[-2] if len(parts) > 1 else "model-registry"
    collection = check_name(parts[-1], "target_path")
    check_name(project, "target_path")
    folder = f"registry/{project}/{collection}"
    source = {"name": art.collection_name, "version": art._version}
    digest = hashlib.sha256(_json.dumps(source).encode("utf-8")).hexdigest()
    body = {"_vizlog": "artifact-link", "format_version": ARTIFACT_FORMAT_VERSION,
            "digest": digest, "source": source, "created_at": time.time()}
    n, _ = root.claim(folder, digest, lambda v: (_json.dumps({**body, "version": v}) + "\n")
                      .encode("utf-8"))
    wanted = check_aliases(aliases)
    if wanted:
        root.set_aliases(folder, n, wanted)
    return {"collection": f"{project}/{collection}", "version": n,
            "aliases": root.aliases_of(folder, n)}
