"""``vizlog.Artifact``: a versioned set of files, references and media objects (wandb's API).

A new artifact is a *draft*: ``add_file``, ``add_dir``, ``add_reference``, ``add`` and
``new_file`` hash what they are given (files are read when added, and copied into the store only
when the artifact is logged; a file changed in between is refused). Logging it
(``run.log_artifact(art)``, or ``art.save(root)`` without a run) makes it a *logged* version
``name:vN`` of the root's store (:mod:`vizlog.artifacts.root`), read back with ``download``,
``get``, ``get_entry``, ``files``, ``verify``. Entry names are ``/``-separated relative paths
(checked by :func:`vizlog.store.check_key`).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import stat
import tempfile
import warnings
from collections.abc import Callable, Iterator, Mapping
from concurrent.futures import ThreadPoolExecutor
from typing import IO, Any, TypeVar

from vizlog import _json
from vizlog.artifacts.files import hash_file_cached
from vizlog.artifacts.manifest import content_digest
from vizlog.artifacts.media import ArtifactFiles, encode_media
from vizlog.artifacts.names import check_aliases, check_name, check_type
from vizlog.artifacts.refs import reference_entries
from vizlog.artifacts.root import ArtifactRoot, CorruptObjectError, hash_file
from vizlog.errors import UnsafePathError, UsageError, UsageTypeError, bad_argument
from vizlog.store import check_key

__all__ = ["Artifact", "ArtifactEntry"]

_T = TypeVar("_T")


class ArtifactEntry:
    """One entry of an artifact: ``path``, ``digest`` (sha256 hex), ``size``, ``ref`` (the URI
    of a reference, else None)."""

    def __init__(self, artifact: Artifact, path: str, entry: Mapping[str, Any]) -> None:
        self._artifact = artifact
        self.path = path
        self.digest: str | None = entry.get("sha256")
        self.size: int | None = entry.get("size")
        self.ref: str | None = entry.get("ref")
        self.extra = {k: v for k, v in entry.items() if k not in ("sha256", "size", "ref")}

    @property
    def name(self) -> str:
        return self.path

    def ref_url(self) -> str:
        """The URI of a reference; for a stored file, its object address in the store."""
        return self.ref or f"vizlog-artifact://{self._artifact.name}/{self.path}"

    def download(self, root: str | os.PathLike[str] | None = None) -> str:
        """Write this one file under ``root`` (default: the artifact's download folder)."""
        folder = self._artifact._download_root(root)
        return self._artifact._materialise(self.path, folder, verify=True)[0]

    def __repr__(self) -> str:
        return f"<ArtifactEntry {self.path} {self.size} bytes>"


class Artifact:
    """A versioned artifact (see the module docstring)."""

    def __init__(self, name: str, type: str, description: str | None = None,
                 metadata: Mapping[str, Any] | None = None, incremental: bool = False,
                 use_as: str | None = None) -> None:
        self._name = check_name(name)
        self.type = check_type(type)
        if description is not None and not isinstance(description, str):
            raise UsageTypeError(bad_argument("description", "a str or None", description))
        self.description = description
        self.metadata = _check_metadata(metadata)
        self._entries: dict[str, dict[str, Any]] = {}
        self._folders: set[str] = set()
        self._sources: dict[str, tuple[str, Any]] = {}
        self._root: ArtifactRoot | None = None
        self._version: int | None = None
        self._manifest: dict[str, Any] | None = None
        self._aliases: list[str] = []
        self._tmpdir: str | None = None
        self.distributed_id: str | None = None

    # -- identity --------------------------------------------------------------------------------
    @property
    def name(self) -> str:
        """``name`` for a draft; ``name:vN`` once logged (as wandb)."""
        return self._name if self._version is None else f"{self._name}:v{self._version}"

    @property
    def collection_name(self) -> str:
        return self._name

    source_name = collection_name

    @property
    def version(self) -> str | None:
        """``"vN"`` once logged; None for a draft."""
        return None if self._version is None else f"v{self._version}"

    @property
    def qualified_name(self) -> str:
        return self.name

    @property
    def id(self) -> str | None:
        return self.digest if self._version is not None else None

    def is_draft(self) -> bool:
        return self._version is None

    @property
    def state(self) -> str:
        return "PENDING" if self._version is None else "COMMITTED"

    @property
    def aliases(self) -> list[str]:
        """The version's aliases (``latest`` when it is the newest); assign a list and
        ``save()`` to move them."""
        return list(self._aliases)

    @aliases.setter
    def aliases(self, value: list[str]) -> None:
        self._aliases = sorted(set(check_aliases([a for a in value if a != "latest"]))) + \
            (["latest"] if "latest" in value else [])

    @property
    def manifest(self) -> dict[str, Any]:
        """The manifest (logged), or the entries so far (draft)."""
        if self._manifest is not None:
            return dict(self._manifest)
        return {"entries": {p: dict(e) for p, e in sorted(self._entries.items())},
                "digest": self.digest}

    @property
    def digest(self) -> str:
        """The SHA-256 of the entries (same files, same digest)."""
        return content_digest(self._entries)

    @property
    def size(self) -> int:
        return sum(int(e.get("size") or 0) for e in self._entries.values())

    @property
    def file_count(self) -> int:
        return len(self._entries)

    def __repr__(self) -> str:
        return f"<vizlog.Artifact {self.name} ({self.type}, {len(self._entries)} files)>"

    # -- adding (drafts) -------------------------------------------------------------------------
    def _check_draft(self, what: str) -> None:
        if self._version is not None:
            raise UsageError(f"artifact {self.name} is logged and cannot change; `{what}()` "
                             "works on a new vizlog.Artifact (log it as a new version).")

    def _put(self, path: str, entry: dict[str, Any], source: tuple[str, Any] | None,
             overwrite: bool) -> ArtifactEntry:
        check_key(path, "name")
        old = self._entries.get(path)
        if old is not None and old != entry and not overwrite:
            raise UsageError(f"`name` {path!r} is already in artifact {self._name} with "
                             "other content; pass `overwrite=True` to replace it, or another "
                             "name.")
        parents = _parents(path)
        if path in self._folders or any(p in self._entries for p in parents):
            raise UsageError(f"`name` {path!r} clashes with a file or folder of the same name "
                             f"in artifact {self._name}.")
        self._entries[path] = entry
        self._folders.update(parents)
        if source is not None:
            self._sources[path] = source
        else:
            self._sources.pop(path, None)
        return ArtifactEntry(self, path, entry)

    def add_file(self, local_path: str | os.PathLike[str], name: str | None = None,
                 is_tmp: bool | None = False, skip_cache: bool | None = False,
                 policy: str | None = "mutable", overwrite: bool = False) -> ArtifactEntry:
        """Add one regular file (hashed now, copied when logged) as ``name`` (default: its
        file name)."""
        self._check_draft("add_file")
        path = os.fspath(local_path)
        if not os.path.exists(path):
            raise UsageError(bad_argument("local_path", "an existing file", path,
                                          "Check the path (relative paths start in the "
                                          "working folder)."))
        if not os.path.isfile(path):
            raise UsageError(bad_argument("local_path", "a regular file (use add_dir() for a "
                                          "folder)", path))
        sha, size = hash_file_cached(path)
        return self._put(name if name is not None else os.path.basename(path),
                         {"sha256": sha, "size": size}, ("file", os.path.abspath(path)),
                         overwrite)

    def add_dir(self, local_path: str | os.PathLike[str], name: str | None = None,
                skip_cache: bool | None = False, policy: str | None = "mutable",
                merge: bool = False) -> None:
        """Add every regular file under a folder, as ``name/<relative path>`` (default: at the
        top). A symlink is followed only when its target stays inside the folder; one that
        leads outside is refused, as are FIFOs and devices."""
        self._check_draft("add_dir")
        base = os.fspath(local_path)
        if not os.path.isdir(base):
            raise UsageError(bad_argument("local_path", "an existing folder", base))
        real_base = os.path.realpath(base)
        prefix = check_key(name.strip("/"), "name") + "/" if name and name.strip("/") else ""
        found: list[tuple[str, str]] = []
        for dirpath, dirnames, filenames in os.walk(base, followlinks=False):
            dirnames.sort()
            for d in list(dirnames):
                full = os.path.join(dirpath, d)
                if os.path.islink(full):
                    _inside(full, real_base)
            for fname in sorted(filenames):
                full = os.path.join(dirpath, fname)
                if os.path.islink(full):
                    _inside(full, real_base)
                mode = os.stat(full).st_mode
                if not stat.S_ISREG(mode):
                    raise UsageError(f"`local_path` {base!r} holds {full!r}, which is not a "
                                     "regular file (a FIFO, socket or device); move it out or "
                                     "add the files one by one.")
                rel = os.path.relpath(full, base).replace(os.sep, "/")
                found.append((prefix + rel, full))
        hashes = _parallel(hash_file_cached, [f for _, f in found])
        for (rel, full), (sha, size) in zip(found, hashes, strict=True):
            self._put(rel, {"sha256": sha, "size": size}, ("file", os.path.abspath(full)),
                      merge)

    def add_reference(self, uri: str, name: str | None = None, checksum: bool = True,
                      max_objects: int | None = None) -> list[ArtifactEntry]:
        """Record a ``file://``, ``https://`` or ``s3://`` URI with its checksum where it can be
        read (see :mod:`vizlog.artifacts.refs`); nothing is copied."""
        self._check_draft("add_reference")
        if name is not None:
            check_key(name, "name")
        entries = reference_entries(uri, name, checksum, max_objects)
        return [self._put(p, e, None, False) for p, e in entries.items()]

    def add(self, obj: Any, name: str, overwrite: bool = False) -> ArtifactEntry:
        """Add a media object (Image, Table, Audio, ...) under ``name``; ``get(name)`` gives it
        back as the same type."""
        self._check_draft("add")
        check_key(name, "name")
        desc_path, files = encode_media(obj, name)
        out = None
        for path, data in sorted(files.items()):
            import hashlib

            entry: dict[str, Any] = {"sha256": hashlib.sha256(data).hexdigest(),
                                     "size": len(data)}
            if path == desc_path:
                entry["media"] = path.rsplit(".", 2)[-2]
            got = self._put(path, entry, ("bytes", data), overwrite)
            if path == desc_path:
                out = got
        assert out is not None  # the descriptor is always one of the files
        return out

    @contextlib.contextmanager
    def new_file(self, name: str, mode: str = "x", encoding: str | None = None
                 ) -> Iterator[IO[Any]]:
        """A new file opened for writing (``mode`` ``"x"``/``"w"``, ``"b"`` for binary),
        added as ``name`` when the block ends."""
        self._check_draft("new_file")
        check_key(name, "name")
        if mode.replace("b", "") not in ("x", "w"):
            raise UsageError(bad_argument("mode", "'x', 'w', 'xb' or 'wb'", mode))
        if name in self._entries and "x" in mode:
            raise UsageError(f"`name` {name!r} is already in artifact {self._name}; pass "
                             "mode='w' to replace it.")
        if self._tmpdir is None:
            self._tmpdir = tempfile.mkdtemp(prefix="vizlog-artifact-")
        path = os.path.join(self._tmpdir, *name.split("/"))
        os.makedirs(os.path.dirname(path), exist_ok=True)
        fh: IO[Any]
        if "b" in mode:
            fh = open(path, "wb")  # noqa: SIM115 - closed below
        else:
            fh = open(path, "w", encoding=encoding or "utf-8")  # noqa: SIM115 - closed below
        with fh:
            yield fh
        self.add_file(path, name, overwrite=True)

    def remove(self, item: str | ArtifactEntry) -> None:
        """Remove an entry (or every entry under a folder name) from a draft."""
        self._check_draft("remove")
        path = item.path if isinstance(item, ArtifactEntry) else str(item)
        gone = [p for p in self._entries if p == path or p.startswith(path.rstrip("/") + "/")]
        if not gone:
            raise UsageError(f"`item` {path!r} is not in artifact {self._name}.")
        for p in gone:
            self._entries.pop(p)
            self._sources.pop(p, None)
        self._folders = {f for p in self._entries for f in _parents(p)}

    # -- reading ---------------------------------------------------------------------------------
    def files(self, names: list[str] | None = None) -> list[ArtifactEntry]:
        return [ArtifactEntry(self, p, e) for p, e in sorted(self._entries.items())
                if names is None or p in names]

    def get_entry(self, name: str) -> ArtifactEntry:
        entry = self._entries.get(name)
        if entry is None:
            shown = ", ".join(sorted(self._entries)[:10])
            raise KeyError(f"{name!r} is not in artifact {self.name}; it holds: {shown}")
        return ArtifactEntry(self, name, entry)

    get_path = get_entry

    def _read(self, path: str) -> bytes:
        entry = self._entries.get(path)
        if entry is None:
            raise FileNotFoundError(f"{path!r} is not in artifact {self.name}")
        source = self._sources.get(path)
        if source is not None and source[0] == "bytes":
            data: bytes = source[1]
            return data
        if "ref" in entry:
            raise UsageError(f"{path!r} is a reference ({entry['ref']}); it is not stored.")
        if source is not None:
            with open(source[1], "rb") as fh:
                return fh.read()
        assert self._root is not None
        return self._root.read_object(entry["sha256"], entry["size"])

    def get(self, name: str) -> Any:
        """The media object added with ``add(obj, name)``, as the same type."""
        from vizlog.artifacts.media import descriptor_name

        matches = [p for p, e in self._entries.items() if "media" in e and
                   p == descriptor_name(name, e["media"])]
        if not matches:
            raise KeyError(f"{name!r} is not a media object of artifact {self.name} (add one "
                           "with art.add(obj, name)); files are read with get_entry()/"
                           "download().")
        descriptor = _json.loads(self._read(matches[0]))
        return ArtifactFiles(self._read).load(descriptor)

    def _download_root(self, root: str | os.PathLike[str] | None) -> str:
        if root is not None:
            return os.fspath(root)
        sep = "-" if os.name == "nt" else ":"
        return os.path.join("artifacts", f"{self._name}{sep}{self.version or 'draft'}")

    def _materialise(self, path: str, folder: str, verify: bool) -> tuple[str, str]:
        entry = self._entries[path]
        dest = os.path.join(folder, *check_key(path).split("/"))
        source = self._sources.get(path)
        if "ref" in entry:
            ref = str(entry["ref"])
            if not ref.startswith("file://"):
                return "", "skipped"
            from urllib.parse import unquote, urlparse

            src = unquote(urlparse(ref).path)
            sha, _size = hash_file(src)
            if sha != entry.get("sha256"):
                raise CorruptObjectError(f"reference {ref} changed since it was added (sha256 "
                                         f"{str(entry.get('sha256'))[:12]}..., now "
                                         f"{sha[:12]}...); it is not served.")
            os.makedirs(os.path.dirname(dest), exist_ok=True)
            shutil.copyfile(src, dest)
            return dest, "copy"
        if source is not None:
            os.makedirs(os.path.dirname(dest), exist_ok=True)
            if source[0] == "bytes":
                with open(dest, "wb") as fh:
                    fh.write(source[1])
            else:
                shutil.copyfile(source[1], dest)
            return dest, "copy"
        assert self._root is not None
        return dest, self._root.materialise(entry["sha256"], entry["size"], dest, verify)

    def download(self, root: str | os.PathLike[str] | None = None,
                 allow_missing_references: bool = False, skip_cache: bool | None = None,
                 path_prefix: str | None = None, verify: bool = True) -> str:
        """Write every file under ``root`` (default ``./artifacts/<name>:vN``): hard links or
        reflinks from the store where possible, else copies, each checked against its sha256
        first (a damaged object raises :class:`CorruptObjectError`). ``file://`` references are
        copied from their source (checked); ``https://``/``s3://`` ones are not fetched (a
        warning lists them). Returns the folder."""
        folder = self._download_root(root)
        os.makedirs(folder, exist_ok=True)
        paths = [p for p in sorted(self._entries)
                 if path_prefix is None or p.startswith(path_prefix)]
        done = _parallel(lambda p: self._materialise(p, folder, verify)[1], paths)
        skipped = [str(self._entries[p]["ref"]) for p, how in zip(paths, done, strict=True)
                   if how == "skipped"]
        if skipped and not allow_missing_references:
            warnings.warn(f"vizlog: {len(skipped)} reference(s) of {self.name} were not "
                          f"fetched (offline): {', '.join(skipped[:5])}", stacklevel=2)
        return os.path.abspath(folder)

    def checkout(self, root: str | os.PathLike[str] | None = None) -> str:
        """``download`` into ``root``, then delete every file there the artifact does not
        hold."""
        folder = self.download(root)
        keep = {os.path.join(folder, *p.split("/")) for p in self._entries}
        for dirpath, _dirs, filenames in os.walk(folder):
            for f in filenames:
                full = os.path.join(dirpath, f)
                if full not in keep:
                    os.unlink(full)
        return folder

    def verify(self, root: str | os.PathLike[str] | None = None) -> list[str]:
        """Problems found, or ``[]``: with ``root``, the files there against the manifest
        (missing, changed, extra); without, every stored object of this version."""
        problems = []
        if root is not None:
            folder = os.fspath(root)
            seen = set()
            for dirpath, _dirs, filenames in os.walk(folder):
                for f in filenames:
                    seen.add(os.path.relpath(os.path.join(dirpath, f), folder)
                             .replace(os.sep, "/"))
            for path, entry in sorted(self._entries.items()):
                if "ref" in entry and "sha256" not in entry:
                    continue
                full = os.path.join(folder, *path.split("/"))
                if path not in seen:
                    problems.append(f"{path}: missing from {folder}")
                elif hash_file(full)[0] != entry.get("sha256"):
                    problems.append(f"{path}: its content differs from the artifact")
            problems.extend(f"{p}: not in the artifact" for p in sorted(seen - set(self._entries)))
            return problems
        if self._root is None:
            return [f"{p}: changed since it was added" for p, s in sorted(self._sources.items())
                    if s[0] == "file" and hash_file(s[1])[0] != self._entries[p]["sha256"]]
        assert self._version is not None
        return self._root.verify(self._name, self._version)

    # -- logged state ----------------------------------------------------------------------------
    def _bind(self, root: ArtifactRoot, version: int, manifest: dict[str, Any]) -> Artifact:
        self._root, self._version, self._manifest = root, version, manifest
        self._entries = dict(manifest["entries"])
        self._folders = {f for p in self._entries for f in _parents(p)}
        self._sources = {}
        self.type = str(manifest["type"])
        self.description = manifest.get("description")
        self.metadata = dict(manifest.get("metadata") or {})
        self.distributed_id = manifest.get("distributed_id")
        self._aliases = root.aliases_of(f"names/{self._name}", version)
        if self._tmpdir is not None:
            shutil.rmtree(self._tmpdir, ignore_errors=True)
            self._tmpdir = None
        return self

    def save(self, root: Any = None, aliases: list[str] | None = None) -> Artifact:
        """A draft: log it into the store of ``root`` (a folder of runs) without a run. A
        logged artifact: store its ``aliases`` as they are now."""
        if self._version is None:
            if root is None:
                raise UsageError("`root` is needed to save a draft artifact without a run: pass "
                                 "the folder of runs, or use run.log_artifact(artifact).")
            from vizlog.artifacts.commit import commit

            return commit(ArtifactRoot(root), self, None, aliases)
        assert self._root is not None
        folder = f"names/{self._name}"
        now = self._root.aliases_of(folder, self._version)
        want = [a for a in self._aliases if a != "latest"]
        self._root.set_aliases(folder, self._version, want, [a for a in now if a not in want])
        self._aliases = self._root.aliases_of(folder, self._version)
        return self

    def link(self, target_path: str, aliases: list[str] | None = None) -> dict[str, Any]:
        """Link this logged version into the registry collection ``target_path`` (see
        ``Run.link_artifact``)."""
        if self._root is None:
            raise UsageError("`link()` needs a logged artifact; log it with run.log_artifact() "
                             "first.")
        from vizlog.artifacts.commit import link

        return link(self._root, self, target_path, aliases)

    def wait(self, timeout: float | None = None) -> Artifact:
        """Logging is synchronous: the artifact is complete when ``log_artifact`` returns."""
        return self

    def logged_by(self) -> Any:
        """The run that logged this version (``vizlog.read.RunData``), or None."""
        if self._root is None or self._manifest is None:
            return None
        by = self._manifest.get("logged_by") or {}
        return self._root.open_run(str(by["run_id"])) if by.get("run_id") else None

    def used_by(self) -> list[Any]:
        """The runs that used this version (``use_artifact``), that still exist."""
        if self._root is None or self._version is None:
            return []
        runs = [self._root.open_run(str(u["run_id"]))
                for u in self._root.used_by(self._name, self._version)]
        return [r for r in runs if r is not None]

    def delete(self, delete_aliases: bool = False) -> None:
        """Delete this version (its files go at the next ``vizlog artifact gc``); one with user
        aliases needs ``delete_aliases=True``."""
        if self._root is None or self._version is None:
            raise UsageError("`delete()` works on a logged artifact; this one is a draft.")
        user = [a for a in self._aliases if a != "latest"]
        if user and not delete_aliases:
            raise UsageError(f"artifact {self.name} has aliases {user}; pass "
                             "`delete_aliases=True` to delete it with them.")
        self._root.delete_version(self._name, self._version)


def _parallel(fn: Callable[[str], _T], items: list[str], workers: int = 8) -> list[_T]:
    """``[fn(x) for x in items]`` on a few threads (file I/O and hashing release the GIL)."""
    if len(items) < 16:
        return [fn(x) for x in items]
    n = min(workers, len(items))
    with ThreadPoolExecutor(n) as pool:
        parts = list(pool.map(lambda part: [fn(x) for x in part], [items[i::n] for i in range(n)]))
    out: list[_T] = [None] * len(items)  # type: ignore[list-item]
    for i, part in enumerate(parts):
        out[i::n] = part
    return out


def _parents(path: str) -> list[str]:
    """``a``, ``a/b`` for ``a/b/c``: the folders an entry path sits in."""
    parts = path.split("/")
    return ["/".join(parts[:i]) for i in range(1, len(parts))]


def _inside(path: str, real_base: str) -> None:
    real = os.path.realpath(path)
    if real != real_base and not real.startswith(real_base.rstrip(os.sep) + os.sep):
        raise UnsafePathError(f"`local_path` holds the symlink {path!r}, which leads outside the "
                              f"folder (to {real}); it is refused. Copy the file in, or add it "
                              "with add_file().")


def _check_metadata(metadata: Mapping[str, Any] | None) -> dict[str, Any]:
    if metadata is None:
        return {}
    if not isinstance(metadata, Mapping):
        raise UsageTypeError(bad_argument("metadata", "a dict or None", metadata))
    try:
        value = _json.to_jsonable(dict(metadata))
    except TypeError as exc:
        raise UsageTypeError(bad_argument("metadata", "a dict of JSON values", metadata,
                                          str(exc))) from None
    _json.check_texts(value, "`metadata`")
    return dict(value)
