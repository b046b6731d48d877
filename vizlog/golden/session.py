"""Session-level housekeeping: the ``--update-golden`` summary and ``--golden-prune``.

``--golden-prune`` lists the cases under the golden root that no check of the session used;
``--golden-prune=delete`` removes them, but only after a session that ran the whole suite:
it refuses (and says why) when ``-k``/``-m``/``--deselect``/``--lf`` or node ids and paths
narrowed the selection, when tests were deselected, skipped, failed or errored, or when the
session stopped early (``-x``, ``--maxfail``). A skipped test may be the only user of a case.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from vizlog.golden.checker import list_cases

__all__ = ["narrowed", "prune", "update_lines"]


def update_lines(updates: Mapping[str, str]) -> list[str]:
    """One line per case ``--update-golden`` touched, then the counts."""
    order = {"created": 0, "changed": 1, "unchanged": 2}
    lines = [f"{what:<9} {case}" for case, what in
             sorted(updates.items(), key=lambda kv: (order.get(kv[1], 3), kv[0]))]
    counts = {w: sum(1 for v in updates.values() if v == w) for w in order}
    lines.append(f"{counts['created']} created, {counts['changed']} changed, "
                 f"{counts['unchanged']} left alone (unchanged)")
    return lines


def _covers(arg: Path, target: Path) -> bool:
    return target == arg or arg in target.parents


def narrowed(config: Any, deselected: int, counts: Mapping[str, int], stopped: bool
             ) -> list[str]:
    """Why this session did not run the whole suite (empty when it did)."""
    why: list[str] = []
    opt = config.option
    for flag, name in (("keyword", "-k"), ("markexpr", "-m")):
        if getattr(opt, flag, ""):
            why.append(f"{name} {getattr(opt, flag)!r} selected tests")
    if getattr(opt, "deselect", None):
        why.append("--deselect removed tests")
    if getattr(opt, "lf", False) or getattr(opt, "last_failed", False):
        why.append("--lf ran only the last failures")
    if deselected:
        why.append(f"{deselected} test(s) were deselected")
    args = [str(a) for a in getattr(config, "args", [])]
    if any("::" in a for a in args):
        why.append("node ids selected single tests")
    else:
        testpaths = [str(p) for p in (config.getini("testpaths") or [])]
        base = Path(str(config.invocation_params.dir))
        root = Path(str(config.rootpath))
        defaults = [(root / p).resolve() for p in testpaths] or [base.resolve()]
        given = [(base / a).resolve() for a in args]
        uncovered = [d for d in defaults if not any(_covers(g, d) for g in given)]
        if given and uncovered:
            why.append(f"the paths given ({', '.join(args)}) do not cover "
                       f"{', '.join(str(u) for u in uncovered)}")
    for what in ("skipped", "failed", "error"):
        if counts.get(what):
            why.append(f"{counts[what]} test(s) {what if what != 'error' else 'errored'}")
    if stopped:
        why.append("the session stopped early")
    return why


def prune(root: Path, used: Iterable[str], delete: bool) -> list[str]:
    """The cases under ``root`` not in ``used``; removed when ``delete``."""
    used = set(used)
    unused = [c for c in list_cases(root) if c not in used]
    if delete:
        for case in unused:
            folder = root / case
            shutil.rmtree(folder, ignore_errors=True)
            parent = folder.parent
            while parent != root and parent.is_dir() and not any(parent.iterdir()):
                parent.rmdir()
                parent = parent.parent
    return unused


def prune_lines(root: Path, used: Iterable[str], mode: str, why: list[str]) -> list[str]:
    """Run the prune and describe it (see the module docstring)."""
    delete = mode == "delete" and not why
    unused = prune(root, used, delete)
    lines = [f"{'removed' if delete else 'unused':<9} {case}" for case in unused]
    if not unused:
        lines.append(f"every golden case under {root} was used by this session")
    elif delete:
        lines.append(f"{len(unused)} unused golden case(s) removed from {root}")
    else:
        lines.append(f"{len(unused)} golden case(s) under {root} were not used by this session")
    if why:
        lines.append("this session did not run the whole suite, so the list may name cases "
                     "that other tests use: " + "; ".join(why) + ".")
        if mode == "delete":
            lines.append("--golden-prune=delete refused: nothing was removed. Run the whole "
                         "suite (no -k/-m/node ids, no skips or failures) to delete.")
    elif unused and not delete:
        lines.append("run `pytest --golden-prune=delete` to remove them.")
    return lines
