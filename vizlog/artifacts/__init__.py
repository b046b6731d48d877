"""Artifacts: versioned, content-addressed files, references and media, shared by the runs of
one root folder (see ``docs/artifacts.md``).

* :class:`Artifact` (``vizlog.Artifact``): build a draft, log it with ``run.log_artifact``.
* :func:`open_artifacts` (``vizlog.open_artifacts``): the store of a root folder
  (:class:`ArtifactRoot`): names, versions, verify, gc.
* :func:`artifact` (``vizlog.artifact``): one logged version, ``artifact(root, "name:alias")``.

This layer sits above :mod:`vizlog.read` (it reads the runs that logged and used a version);
the Run and the viewer use it.
"""

from __future__ import annotations

import os
from typing import Any

from vizlog.artifacts.root import ArtifactRoot, CorruptObjectError
from vizlog.artifacts.versioned import Artifact, ArtifactEntry

__all__ = ["Artifact", "ArtifactEntry", "ArtifactRoot", "CorruptObjectError", "artifact",
           "open_artifacts"]


def open_artifacts(root: str | os.PathLike[str] | Any) -> ArtifactRoot:
    """The artifact store of the folder of runs ``root`` (a path, URL or backend)."""
    return ArtifactRoot(root)


def artifact(root: str | os.PathLike[str] | Any, name: str) -> Artifact:
    """The logged version ``name`` (``"mnist:latest"``, ``"mnist:v3"``, ``"mnist:best"``,
    ``"model-registry/resnet:production"``) of the store of ``root``, as wandb's
    ``Api().artifact(name)``."""
    from vizlog.artifacts.commit import load

    return load(ArtifactRoot(root), name)
