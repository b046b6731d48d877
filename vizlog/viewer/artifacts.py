"""The artifacts a run logged and used, for its page (``DATA.artifacts``), and every version of a
root folder with its lineage, for the project page.

Read from the run's ``artifacts.json`` (written by ``log_artifact``/``use_artifact``) and, for a
local run, from the store of its root folder (aliases, size, the runs that used or logged each
version). Every string reaches the page as text. A damaged file gives no section, never an error.
"""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import Any

from vizlog import _json
from vizlog.artifacts import ArtifactRoot
from vizlog.errors import VizlogError
from vizlog.read import RunData

__all__ = ["RUN_ARTIFACTS_JSON", "project_artifacts", "run_artifacts"]

RUN_ARTIFACTS_JSON = "artifacts.json"
#: Items shown per list.
MAX_ITEMS = 500


def _version(value: Any) -> int | None:
    if isinstance(value, str) and value[:1] == "v" and value[1:].isdigit():
        return int(value[1:])
    return None


def _row(item: dict[str, Any], root: ArtifactRoot | None, kind: str) -> dict[str, Any]:
    name, version = str(item.get("name")), _version(item.get("version"))
    row: dict[str, Any] = {"name": name, "version": str(item.get("version")),
                           "type": str(item.get("type")), "aliases": [], "files": None,
                           "bytes": None, "runs": []}
    if root is None or version is None:
        return row
    with contextlib.suppress(VizlogError, OSError, ValueError):
        manifest = root.manifest(name, version)
        entries = manifest["entries"]
        row["files"] = len(entries)
        row["bytes"] = sum(int(e.get("size") or 0) for e in entries.values())
        row["aliases"] = root.aliases_of(f"names/{name}", version)
        if kind == "logged":
            row["runs"] = sorted(str(u.get("run_id")) for u in root.used_by(name, version))
        else:
            by = manifest.get("logged_by") or {}
            row["runs"] = [str(by["run_id"])] if isinstance(by, dict) and by.get("run_id") \
                else []
    return row


def run_artifacts(data: RunData) -> dict[str, list[dict[str, Any]]] | None:
    """``{"logged": [...], "used": [...]}`` rows (name, version, type, aliases, files, bytes,
    runs: who used a logged version / who logged a used one), or None when the run has none."""
    try:
        if not data.backend.exists(RUN_ARTIFACTS_JSON):
            return None
        lineage = _json.loads(data.backend.get(RUN_ARTIFACTS_JSON, max_bytes=16 << 20))
    except (VizlogError, OSError, ValueError):
        return None
    if not isinstance(lineage, dict):
        return None
    root = ArtifactRoot(Path(data.dir).parent) if isinstance(data.dir, Path) else None
    out: dict[str, list[dict[str, Any]]] = {}
    for kind in ("logged", "used"):
        items = lineage.get(kind)
        items = [i for i in items if isinstance(i, dict)] if isinstance(items, list) else []
        out[kind] = [_row(i, root, kind) for i in items[:MAX_ITEMS]]
    return out if out["logged"] or out["used"] else None


def project_artifacts(root: str | Path) -> list[dict[str, Any]] | None:
    """Every live artifact version of the root folder with its lineage (``logged_by``: the run
    id, ``used_by``: run ids), newest version of each name first; None when there are none."""
    store = ArtifactRoot(Path(root))
    out: list[dict[str, Any]] = []
    try:
        names = store.names()
    except (VizlogError, OSError):
        return None
    for name in names:
        for n in reversed(store.versions(name)):
            if len(out) >= MAX_ITEMS:
                break
            row = _row({"name": name, "version": f"v{n}"}, store, "logged")
            with contextlib.suppress(VizlogError, OSError, ValueError):
                by = store.manifest(name, n).get("logged_by") or {}
                row["type"] = str(store.manifest(name, n).get("type"))
                row["logged_by"] = str(by.get("run_id")) if isinstance(by, dict) and \
                    by.get("run_id") else None
            row["used_by"] = row.pop("runs")
            out.append(row)
    return out or None
