"""The artifact store of one root folder (the folder that holds the runs), through a Backend.

Layout under the root (``docs/artifacts.md`` describes it for readers without vizlog)::

    artifacts/objects/sha256/<ab>/<sha256>      every file's bytes, stored once, by content
    artifacts/tmp/                              uploads in progress (temporary names)
    artifacts/names/<name>/v<N>.json            version manifests: complete, immutable
    artifacts/names/<name>/v<N>.deleted         a deleted version (its number is never reused)
    artifacts/names/<name>/aliases.json         user aliases -> version (replaced atomically)
    artifacts/names/<name>/used/v<N>/<run>.json a run that used version N (lineage)
    artifacts/parts/<name>/<distributed_id>/    parts of a distributed version, and sealed.json
    artifacts/registry/<project>/<collection>/  linked versions (v<N>.json) and their aliases

Writing a version: every object is uploaded under a temporary name and renamed to its content
address; then the manifest is created with :meth:`Backend.create` (exclusive, all-or-nothing)
under the next free ``v<N>.json``. A process killed at any moment leaves temporary files and
unreferenced objects (``gc`` removes them), never a manifest naming a missing object. Two
processes logging the same name at once both succeed: with the same content they get one
version (the loser of the race finds the winner's digest), with different content two.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import shutil
import socket
import stat
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any, BinaryIO

from vizlog import _json
from vizlog._version import __version__
from vizlog.artifacts.files import (
    CHUNK,
    changed_message,
    hash_file,
    hash_stream,
    link_or_copy,
    unchanged_since,
)
from vizlog.artifacts.manifest import (
    ARTIFACT_FORMAT_VERSION,
    MAX_MANIFEST_BYTES,
    is_sha256,
    parse_manifest,
)
from vizlog.artifacts.names import Spec, check_name, parse_spec
from vizlog.errors import UnsafePathError, UsageError, VizlogError
from vizlog.format import new_token
from vizlog.read import pid_alive
from vizlog.store import Backend, open_backend

__all__ = ["ArtifactRoot", "CorruptObjectError", "hash_file", "object_key"]

PREFIX = "artifacts"
_DIGEST_HEAD = re.compile(rb'"digest":"([0-9a-f]{64})"')
_VERSION_FILE = re.compile(r"^v(0|[1-9][0-9]{0,9})\.(json|deleted)$")
#: Seconds after which a lock left by a process on another host is taken over.
LOCK_STALE_SECONDS = 60.0


class CorruptObjectError(VizlogError, ValueError):
    """A stored object's bytes no longer match its sha256 (or it is missing)."""


def object_key(sha256: str) -> str:
    """The store key of an object (relative to ``artifacts/``)."""
    return f"objects/sha256/{sha256[:2]}/{sha256}"


class ArtifactRoot:
    """The artifacts of one root folder: objects, versions, aliases, lineage and the registry.

    ``root`` is the folder that holds the runs (a path, ``file://`` or ``memory://`` URL, or a
    backend). Nothing is written until something is logged.
    """

    def __init__(self, root: Backend | str | os.PathLike[str] | Any) -> None:
        self.root = open_backend(root, "root")
        self.backend = self.root.child(PREFIX)
        local = self.backend.local_path()
        #: the real local path of ``artifacts/`` when the root is a local folder (fast paths)
        self.local = os.path.realpath(local) if local is not None else None
        self._made: set[str] = set()

    @property
    def url(self) -> str:
        return self.root.url

    def __repr__(self) -> str:
        return f"<vizlog artifacts of {self.root.url}>"

    # -- objects ---------------------------------------------------------------------------------
    def _object_path(self, sha256: str) -> str:
        """The local path of an object (local roots only): the real ``artifacts/`` folder
        joined with a name made of hex digits, so it cannot leave the store."""
        assert self.local is not None and is_sha256(sha256)
        return os.path.join(self.local, "objects", "sha256", sha256[:2], sha256)

    def _local_object(self, sha256: str) -> os.stat_result | None:
        """The stat of a local object when it is a regular file (a symlink counts as absent)."""
        try:
            st = os.stat(self._object_path(sha256), follow_symlinks=False)
        except (FileNotFoundError, NotADirectoryError):
            return None
        return st if stat.S_ISREG(st.st_mode) else None

    def has_object(self, sha256: str, size: int) -> bool:
        if self.local is not None:
            st = self._local_object(sha256)
            return st is not None and st.st_size == size
        try:
            return self.backend.size(object_key(sha256)) == size
        except UnsafePathError:
            return False

    def _touch(self, sha256: str) -> None:
        """Mark an object reused now (``gc`` spares objects younger than its grace period)."""
        if self.local is not None:
            with contextlib.suppress(OSError):
                os.utime(self._object_path(sha256))

    def put_files(self, items: list[tuple[str, str, int]], workers: int = 8) -> None:
        """:meth:`put_file` for many ``(path, sha256, size)``, on a few threads (file I/O and
        hashing release the GIL); the first error is raised after all have stopped."""
        if len(items) < 2 or workers <= 1:
            for item in items:
                self.put_file(*item)
            return
        def some(part: list[tuple[str, str, int]]) -> None:
            for item in part:
                self.put_file(*item)

        n = min(workers, len(items))
        with ThreadPoolExecutor(n) as pool:
            for fut in [pool.submit(some, items[i::n]) for i in range(n)]:
                fut.result()

    def _put_local(self, path: str, sha256: str, size: int) -> None:
        dest = self._object_path(sha256)
        folder = os.path.dirname(dest)
        if folder not in self._made:
            os.makedirs(folder, exist_ok=True)
            self._made.add(folder)
        tmp = os.path.join(folder, f".tmp-{new_token(8)}")
        h = hashlib.sha256()
        n = 0
        try:
            # a big file hashed when added and unchanged since: a kernel copy, no second hash
            # (a small one is read, hashed and written in one pass: fewer system calls)
            if size > CHUNK and unchanged_since(path, sha256):
                shutil.copyfile(path, tmp)
                if not unchanged_since(path, sha256):  # changed while copied: check the copy
                    got, n = hash_file(tmp)
                    if got != sha256 or n != size:
                        raise UsageError(changed_message(path, sha256, size, got, n))
                os.chmod(tmp, 0o444)
                os.replace(tmp, dest)
                return
            with open(path, "rb") as src, open(tmp, "xb") as out:
                while chunk := src.read(CHUNK):
                    h.update(chunk)
                    out.write(chunk)
                    n += len(chunk)
                os.fchmod(out.fileno(), 0o444)  # downloads may hard-link it: no edits in place
            if h.hexdigest() != sha256 or n != size:
                raise UsageError(changed_message(path, sha256, size, h.hexdigest(), n))
            os.replace(tmp, dest)
        except BaseException:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(tmp)
            raise

    def put_bytes(self, data: bytes) -> tuple[str, int]:
        """Store ``data`` (once); its ``(sha256, size)``."""
        sha = hashlib.sha256(data).hexdigest()
        if self.has_object(sha, len(data)):
            self._touch(sha)
        else:
            self.backend.put(object_key(sha), data)
            if self.local is not None:
                with contextlib.suppress(OSError):
                    os.chmod(self._object_path(sha), 0o444)
        return sha, len(data)

    def put_file(self, path: str, sha256: str, size: int) -> None:
        """Store the local file ``path`` whose content was hashed as ``sha256`` when it was
        added; a file changed since then is refused (nothing is stored)."""
        if self.has_object(sha256, size):
            self._touch(sha256)
            return
        if self.local is not None:
            self._put_local(path, sha256, size)
            return
        upload = self.backend.open_upload("tmp")
        try:
            h = hashlib.sha256()
            n = 0
            with open(path, "rb") as fh:
                while chunk := fh.read(CHUNK):
                    h.update(chunk)
                    upload.write(chunk)
                    n += len(chunk)
            if h.hexdigest() != sha256 or n != size:
                raise UsageError(changed_message(path, sha256, size, h.hexdigest(), n))
        except BaseException:
            upload.abort()
            raise
        upload.commit(object_key(sha256))

    def open_object(self, sha256: str) -> BinaryIO:
        if not is_sha256(sha256):
            raise CorruptObjectError(f"object name {sha256!r} is not a sha256")
        try:
            return self.backend.open_read(object_key(sha256))
        except FileNotFoundError:
            raise CorruptObjectError(f"object {sha256} is missing from {self.url}/{PREFIX}; "
                                     "the store is damaged (run `vizlog artifact verify`).") \
                from None

    def read_object(self, sha256: str, size: int | None = None) -> bytes:
        """The bytes of an object, checked against its sha256 (never served when damaged)."""
        with self.open_object(sha256) as fh:
            data = fh.read()
        if hashlib.sha256(data).hexdigest() != sha256 or (size is not None and
                                                          len(data) != size):
            raise CorruptObjectError(self._corrupt(sha256))
        return data

    def _corrupt(self, sha256: str) -> str:
        return (f"object {sha256} in {self.url}/{PREFIX} is corrupted (its bytes no longer have "
                "that sha256); it is not served. Log the artifact again to restore it, and run "
                "`vizlog artifact verify` to list the versions it affects.")

    def check_object(self, sha256: str, size: int) -> str | None:
        """None when the object is complete and intact, else the problem."""
        try:
            with self.open_object(sha256) as fh:
                got, n = hash_stream(fh)
        except CorruptObjectError as exc:
            return str(exc)
        except (OSError, UnsafePathError) as exc:
            return f"object {sha256} cannot be read: {exc}"
        if got != sha256 or n != size:
            return self._corrupt(sha256)
        return None

    def materialise(self, sha256: str, size: int, dest: str, verify: bool = True) -> str:
        """Write object ``sha256`` to the local path ``dest`` (replacing it): a reflink or hard
        link where the file system allows it, else a copy; the bytes are checked first (with
        ``verify``). Returns ``"reflink"``, ``"link"`` or ``"copy"``."""
        folder = os.path.dirname(dest) or "."
        os.makedirs(folder, exist_ok=True)
        if self.local is not None:
            if not is_sha256(sha256) or self._local_object(sha256) is None:
                raise CorruptObjectError(f"object {sha256} is missing from {self.url}/{PREFIX}; "
                                         "the store is damaged (run `vizlog artifact verify`).")
            local = self._object_path(sha256)
            if verify:
                got, n = hash_file(local)
                if got != sha256 or n != size:
                    raise CorruptObjectError(self._corrupt(sha256))
            return link_or_copy(local, dest)
        tmp = os.path.join(folder, f".tmp-vizlog-{new_token(8)}")
        h = hashlib.sha256()
        try:
            with self.open_object(sha256) as src, open(tmp, "wb") as out:
                while chunk := src.read(CHUNK):
                    h.update(chunk)
                    out.write(chunk)
            if h.hexdigest() != sha256:
                raise CorruptObjectError(self._corrupt(sha256))
            os.replace(tmp, dest)
        finally:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(tmp)
        return "copy"

    # -- versions --------------------------------------------------------------------------------
    @staticmethod
    def _folder(name: str) -> str:
        return f"names/{check_name(name)}"

    def names(self) -> list[str]:
        """Every artifact name with at least one live version, sorted."""
        out = set()
        for key in self.backend.list("names"):
            parts = key.split("/")
            if len(parts) == 3 and parts[2].endswith(".json") and \
                    _VERSION_FILE.match(parts[2]):
                out.add(parts[1])
        return sorted(out)

    def _numbers(self, folder: str) -> tuple[list[int], int]:
        """``(live versions sorted, next free number)`` of a sequence folder."""
        live, taken = [], -1
        for key in self.backend.list(folder):
            rest = key[len(folder) + 1:]
            m = _VERSION_FILE.match(rest)
            if m is None:
                continue
            n = int(m.group(1))
            taken = max(taken, n)
            if m.group(2) == "json":
                live.append(n)
        return sorted(set(live)), taken + 1

    def versions(self, name: str) -> list[int]:
        return self._numbers(self._folder(name))[0]

    def _head_digest(self, key: str) -> str | None:
        with self.backend.open_read(key) as fh:
            head = fh.read(1 << 16)
        m = _DIGEST_HEAD.search(head)
        if m is not None:
            return m.group(1).decode("ascii")
        value = _json.loads(self.backend.get(key, max_bytes=MAX_MANIFEST_BYTES))
        return value.get("digest") if isinstance(value, dict) else None

    def find_digest(self, folder: str, digest: str, live: list[int] | None = None) -> int | None:
        """The live version of ``folder`` whose digest is ``digest``, newest first; or None.
        ``live``: the versions to look at (default: those listed now)."""
        for n in reversed(self._numbers(folder)[0] if live is None else live):
            with contextlib.suppress(FileNotFoundError, ValueError):
                if self._head_digest(f"{folder}/v{n}.json") == digest:
                    return n
        return None

    def claim(self, folder: str, digest: str, make: Callable[[int], bytes]) -> tuple[int, bool]:
        """The version of ``digest`` in ``folder``: an existing one (``(n, False)``), or a new
        one created exclusively with the bytes ``make(n)`` (``(n, True)``)."""
        for _ in range(10_000):
            # one listing for both: a version another process makes after it is looked at in
            # the next round (its number is taken), never skipped by a later, larger number
            live, n = self._numbers(folder)
            found = self.find_digest(folder, digest, live)
            if found is not None:
                return found, False
            if self.backend.create(f"{folder}/v{n}.json", make(n)):
                return n, True
        raise VizlogError(f"could not claim a version in {folder} after 10000 attempts")

    def manifest(self, name: str, version: int) -> dict[str, Any]:
        key = f"{self._folder(name)}/v{version}.json"
        try:
            data = self.backend.get(key, max_bytes=MAX_MANIFEST_BYTES)
        except FileNotFoundError:
            raise UsageError(f"artifact '{name}:v{version}' does not exist in {self.url}; "
                             f"versions: {self._shown(name)}.") from None
        return parse_manifest(data, f"{self.url}/{PREFIX}/{key}")

    def _shown(self, name: str) -> str:
        vs = self.versions(name)
        return ", ".join(f"v{n}" for n in vs[-10:]) or "none"

    def delete_version(self, name: str, version: int) -> None:
        """Delete one version (its number is never reused); its objects go at the next gc."""
        folder = self._folder(name)
        self.backend.put(f"{folder}/v{version}.deleted", b"{}\n")
        self.backend.delete(f"{folder}/v{version}.json")
        with self._locked(folder):
            aliases = self.aliases(folder)
            self._write_aliases(folder, {a: n for a, n in aliases.items() if n != version})

    # -- aliases ---------------------------------------------------------------------------------
    @contextlib.contextmanager
    def _locked(self, folder: str, timeout: float = 30.0) -> Iterator[None]:
        """A lock file ``<folder>/aliases.lock`` (exclusive create); a lock left by a dead
        process on this host, or older than a minute from another host, is taken over."""
        key = f"{folder}/aliases.lock"
        me = _json.dumps({"host": socket.gethostname(), "pid": os.getpid(),
                          "time": time.time()}).encode("utf-8")
        deadline = time.monotonic() + timeout
        while not self.backend.create(key, me):
            if self._lock_stale(key):
                self.backend.delete(key)
                continue
            if time.monotonic() > deadline:
                raise VizlogError(f"{self.url}/{PREFIX}/{key} is held by another process for "
                                  f"over {timeout:.0f} s; if no process is logging artifacts, "
                                  "delete that file.")
            time.sleep(0.005)
        try:
            yield
        finally:
            self.backend.delete(key)

    def _lock_stale(self, key: str) -> bool:
        try:
            holder = _json.loads(self.backend.get(key, max_bytes=1 << 16))
        except FileNotFoundError:
            return False
        except (OSError, ValueError):
            return True
        if not isinstance(holder, dict):
            return True
        if holder.get("host") == socket.gethostname():
            pid = holder.get("pid")
            return not (isinstance(pid, int) and pid_alive(pid))
        age = time.time() - float(holder.get("time") or 0)
        return age > LOCK_STALE_SECONDS

    def aliases(self, folder: str) -> dict[str, int]:
        """User aliases of a sequence folder (``latest`` is not stored: it is the newest)."""
        try:
            value = _json.loads(self.backend.get(f"{folder}/aliases.json", max_bytes=1 << 24))
        except FileNotFoundError:
            return {}
        except ValueError:
            raise VizlogError(f"{self.url}/{PREFIX}/{folder}/aliases.json is damaged; delete "
                              "it (user aliases are lost, versions are not).") from None
        got = value.get("aliases") if isinstance(value, dict) else None
        if not isinstance(got, dict):
            return {}
        return {str(a): n for a, n in got.items() if isinstance(n, int) and
                not isinstance(n, bool) and n >= 0}

    def _write_aliases(self, folder: str, aliases: dict[str, int]) -> None:
        body = {"_vizlog": "artifact-aliases", "format_version": ARTIFACT_FORMAT_VERSION,
                "aliases": dict(sorted(aliases.items()))}
        self.backend.put(f"{folder}/aliases.json", (_json.dumps(body) + "\n").encode("utf-8"))

    def set_aliases(self, folder: str, version: int, add: list[str],
                    remove: list[str] | None = None) -> None:
        """Point each alias of ``add`` at ``version`` (moving it from another version) and drop
        the aliases of ``remove`` that point at it; atomic against other processes."""
        with self._locked(folder):
            aliases = self.aliases(folder)
            for a in remove or []:
                if aliases.get(a) == version:
                    del aliases[a]
            for a in add:
                if a != "latest":
                    aliases[a] = version
            self._write_aliases(folder, aliases)

    def aliases_of(self, folder: str, version: int) -> list[str]:
        live = self._numbers(folder)[0]
        out = sorted(a for a, n in self.aliases(folder).items() if n == version)
        return (["latest"] if live and live[-1] == version else []) + out

    def resolve_in(self, folder: str, spec: Spec, what: str) -> int:
        live = self._numbers(folder)[0]
        if not live:
            raise UsageError(f"{what} '{spec}' does not exist in {self.url} (no versions of "
                             f"'{spec.name}'); log it first.")
        if spec.version is not None:
            if spec.version not in live:
                raise UsageError(f"{what} '{spec}' does not exist in {self.url}; versions: "
                                 f"{', '.join(f'v{n}' for n in live[-10:])}.")
            return spec.version
        if spec.alias == "latest":
            return live[-1]
        found = self.aliases(folder).get(str(spec.alias))
        if found is None or found not in live:
            names = sorted(self.aliases(folder))
            raise UsageError(f"{what} '{spec}' does not exist in {self.url}: no alias "
                             f"{spec.alias!r}; aliases: {', '.join(['latest', *names])}.")
        return found

    def resolve(self, spec: str | Spec) -> tuple[str, int]:
        """``(name, version)`` of ``name:alias`` / ``name:vN`` / ``project/name:alias``."""
        parsed = spec if isinstance(spec, Spec) else parse_spec(spec)
        return parsed.name, self.resolve_in(self._folder(parsed.name), parsed, "artifact")

    # -- lineage ---------------------------------------------------------------------------------
    def record_use(self, name: str, version: int, run: dict[str, Any]) -> None:
        run_id = str(run["run_id"])
        body = {"_vizlog": "artifact-use", "format_version": ARTIFACT_FORMAT_VERSION, **run}
        self.backend.put(f"{self._folder(name)}/used/v{version}/{check_name(run_id, 'run id')}"
                         ".json", (_json.dumps(body) + "\n").encode("utf-8"))

    def used_by(self, name: str, version: int) -> list[dict[str, Any]]:
        out = []
        for key in self.backend.list(f"{self._folder(name)}/used/v{version}"):
            with contextlib.suppress(ValueError, OSError):
                value = _json.loads(self.backend.get(key, max_bytes=1 << 20))
                if isinstance(value, dict):
                    out.append(value)
        return sorted(out, key=lambda v: str(v.get("run_id")))

    # -- verify and gc ---------------------------------------------------------------------------
    def live_manifests(self) -> Iterator[tuple[str, int, dict[str, Any] | None, str]]:
        """``(name, version, manifest or None, problem)`` of every live version."""
        for name in self.names():
            for n in self.versions(name):
                try:
                    yield name, n, self.manifest(name, n), ""
                except (VizlogError, OSError) as exc:
                    yield name, n, None, str(exc)

    def verify(self, name: str | None = None, version: int | None = None) -> list[str]:
        """Every problem found: damaged manifests, missing or corrupted objects (each object is
        hashed once). Empty when everything checks out."""
        problems: list[str] = []
        checked: dict[str, str | None] = {}
        for n_name, n, manifest, problem in self.live_manifests():
            if (name is not None and n_name != name) or (version is not None and n != version):
                continue
            if manifest is None:
                problems.append(f"{n_name}:v{n}: {problem}")
                continue
            for path, entry in sorted(manifest["entries"].items()):
                if "ref" in entry:
                    continue
                sha = entry["sha256"]
                if sha not in checked:
                    checked[sha] = self.check_object(sha, entry["size"])
                if checked[sha] is not None:
                    problems.append(f"{n_name}:v{n}: {path}: {checked[sha]}")
        return problems

    def named_objects(self) -> set[str]:
        """Every object a live version or an unsealed distributed part names."""
        named: set[str] = set()
        for _, _, manifest, _ in self.live_manifests():
            if manifest is not None:
                named.update(e["sha256"] for e in manifest["entries"].values() if "ref" not in e)
        for key in self.backend.list("parts"):
            if key.endswith(".json") and not key.endswith("sealed.json"):
                with contextlib.suppress(ValueError, OSError):
                    part = _json.loads(self.backend.get(key, max_bytes=MAX_MANIFEST_BYTES))
                    for e in (part.get("entries") or {}).values():
                        if isinstance(e, dict) and is_sha256(e.get("sha256")):
                            named.add(e["sha256"])
        return named

    def gc(self, dry_run: bool = False, min_age: float = 3600.0) -> list[str]:
        """Delete objects no live version names (and, on a local root, temporary uploads);
        objects and temporaries younger than ``min_age`` seconds are kept (a run may be logging
        them right now). A root that is not a local folder has no file times: there,
        unreferenced objects are deleted only with ``min_age=0`` (when no process is logging).
        Returns the deleted keys (what would be deleted with ``dry_run``)."""
        named = self.named_objects()
        local = self.backend.local_path()
        now = time.time()
        out = []
        for key in self.backend.list("objects/sha256"):
            sha = key.rsplit("/", 1)[-1]
            if sha in named:
                continue
            if local is not None:
                try:
                    age = now - os.stat(os.path.join(local, *key.split("/"))).st_mtime
                except OSError:
                    continue
                if age < min_age:
                    continue
            elif min_age > 0:
                continue
            out.append(key)
        temps = []
        if self.local is not None:  # uploads a killed process left (the backend lists none)
            for dirpath, _dirs, files in os.walk(self.local):
                for f in files:
                    full = os.path.join(dirpath, f)
                    with contextlib.suppress(OSError):
                        if f.startswith(".tmp-") and \
                                now - os.stat(full, follow_symlinks=False).st_mtime >= min_age:
                            temps.append(full)
                            out.append(os.path.relpath(full, self.local).replace(os.sep, "/"))
        if not dry_run:
            for full in temps:
                with contextlib.suppress(OSError):
                    os.unlink(full)
            for key in out:
                if key.rsplit("/", 1)[-1].startswith(".tmp-"):
                    continue
                self.backend.delete(key)
        return sorted(out)

    # -- the run that logged ---------------------------------------------------------------------
    def open_run(self, run_id: str) -> Any:
        """The run ``run_id`` of this root (``vizlog.read.RunData``), or None when it is gone."""
        from vizlog.read import open_run

        try:
            return open_run(self.root.child(check_name(run_id, "run id")))
        except (VizlogError, OSError):
            return None

    def meta(self) -> dict[str, Any]:
        return {"vizlog_version": __version__, "format_version": ARTIFACT_FORMAT_VERSION}
