"""The Run's artifact methods (wandb's names): ``log_artifact``, ``use_artifact``,
``upsert_artifact``, ``finish_artifact``, ``link_artifact``, ``log_model``, ``use_model``,
``link_model``.

:class:`RunArtifacts` is a mixin of :class:`~vizlog.runlog.run.Run`. Artifacts live in the store
of the run's root folder (:mod:`vizlog.artifacts`), shared by every run there; each run records
what it logged and used in its own ``artifacts.json`` (lineage, shown by the viewer), and the
store records the run in the version (``logged_by``) or under ``used/`` (``used_by``).
"""

from __future__ import annotations

import os
import threading
from typing import Any

from vizlog import _json
from vizlog.artifacts import Artifact, ArtifactRoot
from vizlog.artifacts import commit as _commit
from vizlog.artifacts.names import check_model_name, check_name, parse_spec
from vizlog.errors import UsageError, UsageTypeError, bad_argument
from vizlog.store import Backend, Store

__all__ = ["RUN_ARTIFACTS_JSON", "RunArtifacts"]

#: The run's lineage file: ``{"logged": [...], "used": [...]}``.
RUN_ARTIFACTS_JSON = "artifacts.json"


class RunArtifacts:
    """wandb's Run artifact methods (see the module docstring)."""

    id: str
    project: str | None
    group: str | None
    _name: str
    backend: Backend
    store: Store
    _root_backend: Backend
    _lock: threading.RLock

    def _check_running(self, what: str) -> None:
        raise NotImplementedError

    # -- helpers ---------------------------------------------------------------------------------
    def _artifacts(self) -> ArtifactRoot:
        root = getattr(self, "_artifact_root", None)
        if root is None:
            root = self._artifact_root = ArtifactRoot(self._root_backend)
        return root

    def _run_ref(self) -> dict[str, Any]:
        return {"run_id": self.id, "project": self.project, "run_name": self._name}

    def _record(self, kind: str, art: Artifact) -> None:
        """Add ``art`` to the run's ``artifacts.json`` list ``kind`` (logged or used)."""
        item = {"name": art.collection_name, "version": art.version, "type": art.type,
                "digest": art.digest}
        with self._lock:
            current: dict[str, Any] = {"_vizlog": "run-artifacts", "format_version": 1,
                                       "logged": [], "used": []}
            if self.backend.exists(RUN_ARTIFACTS_JSON):
                loaded = _json.loads(self.backend.get(RUN_ARTIFACTS_JSON, max_bytes=1 << 26))
                if isinstance(loaded, dict):
                    current.update(loaded)
            items = [i for i in current.get(kind) or [] if isinstance(i, dict)]
            if item not in items:
                items.append(item)
            current[kind] = items
            self.store.write_json(RUN_ARTIFACTS_JSON, current)

    def _as_artifact(self, artifact_or_path: Any, name: str | None, type: str | None,
                     arg: str = "artifact_or_path") -> Artifact:
        if isinstance(artifact_or_path, Artifact):
            return artifact_or_path
        if not isinstance(artifact_or_path, (str, os.PathLike)):
            raise UsageTypeError(bad_argument(arg, "a vizlog.Artifact or a path", artifact_or_path))
        path = os.fspath(artifact_or_path)
        base = os.path.basename(path.rstrip("/\\")) or "artifact"
        art = Artifact(name or _default_name(self.id, base), type or "unspecified")
        if "://" in path and not path.startswith("file://"):
            art.add_reference(path)
        elif os.path.isdir(path):
            art.add_dir(path)
        elif path.startswith("file://"):
            art.add_reference(path)
        else:
            art.add_file(path)
        return art

    # -- wandb's methods -------------------------------------------------------------------------
    def log_artifact(self, artifact_or_path: Any, name: str | None = None,
                     type: str | None = None, aliases: list[str] | None = None,
                     tags: list[str] | None = None) -> Artifact:
        """Log an artifact (or a file, folder or URI, as one) as the next version of its name,
        or as the version that already has the same content; ``aliases`` move to it."""
        self._check_running("log_artifact")
        art = self._as_artifact(artifact_or_path, name, type)
        _commit.commit(self._artifacts(), art, self._run_ref(), aliases)
        self._record("logged", art)
        return art

    def use_artifact(self, artifact_or_name: Any, type: str | None = None,
                     aliases: list[str] | None = None, use_as: str | None = None) -> Artifact:
        """A logged version (``"name:alias"``, ``"name:vN"``, ``"project/name:alias"`` or an
        Artifact) as an input of this run: recorded in the run and in the store (lineage)."""
        self._check_running("use_artifact")
        root = self._artifacts()
        if isinstance(artifact_or_name, Artifact):
            art = artifact_or_name
            if art.is_draft():
                _commit.commit(root, art, None, None)
        elif isinstance(artifact_or_name, str):
            art = _commit.load(root, parse_spec(artifact_or_name, "artifact_or_name"))
        else:
            raise UsageTypeError(bad_argument("artifact_or_name", "a 'name:alias' string or a "
                                              "vizlog.Artifact", artifact_or_name))
        if type is not None and art.type != type:
            raise UsageError(f"artifact {art.name} has type {art.type!r}, not {type!r}; pass "
                             "the right `type` or leave it out.")
        assert art._version is not None
        root.record_use(art.collection_name, art._version, self._run_ref())
        if aliases:
            art.aliases = [*art.aliases, *aliases]
            art.save()
        self._record("used", art)
        return art

    def _distributed_id(self, distributed_id: str | None) -> str:
        did = distributed_id or self.group
        if not did:
            raise UsageError("`distributed_id` is needed (or a run `group`, as wandb): every "
                             "process adding to one version passes the same id.")
        return check_name(did, "distributed_id")

    def upsert_artifact(self, artifact_or_path: Any, name: str | None = None,
                        type: str | None = None, aliases: list[str] | None = None,
                        distributed_id: str | None = None) -> Artifact:
        """Add this process's files to the distributed version ``distributed_id``; it appears
        when one process calls :meth:`finish_artifact`."""
        self._check_running("upsert_artifact")
        art = self._as_artifact(artifact_or_path, name, type)
        return _commit.upsert(self._artifacts(), art, self._distributed_id(distributed_id))

    def finish_artifact(self, artifact_or_path: Any, name: str | None = None,
                        type: str | None = None, aliases: list[str] | None = None,
                        distributed_id: str | None = None) -> Artifact:
        """Seal the distributed version: every process's files become one version."""
        self._check_running("finish_artifact")
        art = self._as_artifact(artifact_or_path, name, type)
        out = _commit.finish(self._artifacts(), art, self._distributed_id(distributed_id),
                             self._run_ref(), aliases)
        self._record("logged", out)
        return out

    def link_artifact(self, artifact: Artifact, target_path: str,
                      aliases: list[str] | None = None) -> dict[str, Any]:
        """Link a logged version into the registry collection ``target_path``."""
        self._check_running("link_artifact")
        if not isinstance(artifact, Artifact):
            raise UsageTypeError(bad_argument("artifact", "a logged vizlog.Artifact", artifact))
        return _commit.link(self._artifacts(), artifact, target_path, aliases)

    def log_model(self, path: str | os.PathLike[str], name: str | None = None,
                  aliases: list[str] | None = None) -> Artifact:
        """Log a file or folder as an artifact of type ``model``."""
        if name is not None:
            check_model_name(name)
        return self.log_artifact(path, name=name, type="model", aliases=aliases)

    def use_model(self, name: str) -> str:
        """Download a logged model (``name:alias``); the path of its one file, or its folder."""
        art = self.use_artifact(name)
        if "model" not in art.type.lower():
            raise UsageError(f"artifact {art.name} has type {art.type!r}; use_model() needs a "
                             "type containing 'model'. Use use_artifact() for other types.")
        folder = art.download()
        files = os.listdir(folder)
        return os.path.join(folder, files[0]) if len(files) == 1 else folder

    def link_model(self, path: str | os.PathLike[str], registered_model_name: str,
                   name: str | None = None, aliases: list[str] | None = None) -> Artifact:
        """Log ``path`` as a model and link it to the registered model (collection)
        ``model-registry/<registered_model_name>``, with ``aliases`` there."""
        if not isinstance(registered_model_name, str) or "/" in registered_model_name:
            raise UsageError(bad_argument("registered_model_name", "the bare registered model "
                                          "name (no entity or project)", registered_model_name,
                                          "Drop the 'entity/project/' prefix."))
        check_name(registered_model_name, "registered_model_name")
        art = self.log_model(path, name=name)
        self.link_artifact(art, f"model-registry/{registered_model_name}", aliases)
        return art


def _default_name(run_id: str, base: str) -> str:
    clean = "".join(c if c.isalnum() or c in "-_." else "-" for c in base)
    return f"run-{run_id}-{clean}"[:128]
