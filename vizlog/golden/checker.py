"""The ``golden`` fixture's object and what a session's checks leave behind.

A golden case is the folder ``<root>/<case>/``:

* ``expected/``: the outputs as last accepted (``descriptor.json`` and the files), committed;
* ``actual/``: the outputs of a failing check, for inspection (removed once the case passes);
* ``diff/``: PNG pictures of each visual difference (``<file>.diff.png``, with the decoded
  ``<file>.expected.png`` and ``<file>.actual.png``), removed once the case passes.

:class:`Records` collects, per process, the cases used, what ``--update-golden`` did to each and
every failure; under pytest-xdist each worker sends its records to the controller, which merges
them (:meth:`Records.merge`) before the summary, the prune and the report.
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any

from vizlog.golden.compare import KINDS, Problem, Thresholds, comparator_of, compare

__all__ = ["Golden", "Records", "list_cases"]

_CASE = re.compile(r"^[A-Za-z0-9_.-]+(/[A-Za-z0-9_.-]+)*$")
_MISSING: Any = object()
_FOLDERS = ("expected", "actual", "diff")


def _fail_test(message: str) -> None:
    import pytest

    pytest.fail(message, pytrace=True)


class Records:
    """What golden checks did in one session (see the module docstring)."""

    def __init__(self) -> None:
        self.used: set[str] = set()
        self.updates: dict[str, str] = {}
        self.failures: list[dict[str, Any]] = []
        self.deselected = 0

    def to_dict(self) -> dict[str, Any]:
        return {"used": sorted(self.used), "updates": dict(self.updates),
                "failures": list(self.failures), "deselected": self.deselected}

    def merge(self, other: Mapping[str, Any]) -> None:
        self.used.update(other.get("used", ()))
        for case, what in dict(other.get("updates", {})).items():
            # one case checked by several tests: "changed" or "created" wins over "unchanged"
            if self.updates.get(case) in (None, "unchanged"):
                self.updates[case] = what
        self.failures.extend(other.get("failures", ()))
        self.deselected += int(other.get("deselected", 0))


def list_cases(root: Path) -> list[str]:
    """Every case under ``root``: a folder holding ``expected/`` (its path, ``/``-separated)."""
    out: list[str] = []
    if not root.is_dir():
        return out
    for folder, dirs, _files in os.walk(root):
        if "expected" in dirs:
            out.append(Path(folder).relative_to(root).as_posix())
        dirs[:] = sorted(d for d in dirs if d not in _FOLDERS)
    return sorted(out)


def _write_atomic(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=".part")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _files_in(folder: Path) -> list[str]:
    return sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*")
                  if p.is_file() and not p.name.startswith(".tmp-"))


def _remove(folder: Path) -> None:
    shutil.rmtree(folder, ignore_errors=True)


def _check_case(case: Any) -> str:
    if not isinstance(case, str) or not _CASE.match(case) or any(
            part in (".", "..") or part in _FOLDERS for part in case.split("/")):
        raise ValueError(f"golden.check(case, ...): `case` must be a relative name like "
                         f"'image/uint8_rgb' (letters, digits, '_', '-', '.', '/'; no '..' and no "
                         f"part named {', '.join(_FOLDERS)}); got {case!r}.")
    return case


class Golden:
    """Compares outputs with ``<root>/<case>/expected/``; the ``golden`` fixture returns one.

    ``check(case, obj)`` for a media object, list of media, chart, altair chart or run folder
    (see :mod:`vizlog.golden.outputs`), or ``check(case, descriptor=..., files=...,
    compare=...)`` to give the outputs yourself. Threshold keywords (``psnr=40``,
    ``rtol=1e-4``, ... see :class:`vizlog.golden.compare.Thresholds`) override the ini options
    for one call.
    """

    def __init__(self, root: Path, update: bool, thresholds: Thresholds | None = None,
                 records: Records | None = None, nodeid: str = "") -> None:
        self.root = Path(root)
        self.update = update
        self.thresholds = thresholds or Thresholds()
        self.records = records if records is not None else Records()
        self.nodeid = nodeid

    def check(self, case: str, obj: Any = _MISSING, *,
              descriptor: Mapping[str, Any] | None = None,
              files: Mapping[str, bytes] | None = None,
              compare: Mapping[str, Callable[[bytes, bytes], None] | str] | None = None,
              mask: Iterable[str] = (), **thresholds: Any) -> None:
        """Check one golden case (see the class docstring); fails the test when it differs."""
        _check_case(case)
        th = self.thresholds.replace(**thresholds)
        files_out, kinds, optional, custom = self._outputs(obj, descriptor, files, compare, mask)
        self.records.used.add(case)
        case_dir = self.root / case
        expected_dir = case_dir / "expected"
        problems = self._compare(expected_dir, files_out, kinds, optional, custom, th) \
            if expected_dir.is_dir() else None
        if self.update:
            if problems is None:
                self._write_expected(expected_dir, files_out)
                self.records.updates[case] = "created"
            elif problems:
                self._write_expected(expected_dir, files_out)
                self.records.updates[case] = "changed"
            else:
                self.records.updates.setdefault(case, "unchanged")
            _remove(case_dir / "actual")
            _remove(case_dir / "diff")
            return
        if problems is None:
            message = (f"golden case {case!r} has no expected output in {expected_dir}; run "
                       "`pytest --update-golden` to create it, then read and commit it.")
            self.records.failures.append({"case": case, "nodeid": self.nodeid,
                                          "dir": str(case_dir), "problems": [
                                              {"name": "(files)", "message": message,
                                               "visuals": {}}]})
            _fail_test(message)
        if not problems:
            _remove(case_dir / "actual")
            _remove(case_dir / "diff")
            return
        _fail_test(self._fail(case, case_dir, files_out, problems))

    # -- the outputs ---------------------------------------------------------------------------
    def _outputs(self, obj: Any, descriptor: Any, files: Any, compare_: Any, mask: Iterable[str]
                 ) -> tuple[dict[str, bytes], dict[str, str], set[str], dict[str, Any]]:
        custom: dict[str, Any] = {}
        if obj is not _MISSING:
            if descriptor is not None or files is not None:
                raise TypeError("golden.check(case, obj) takes the outputs from `obj`; pass "
                                "either `obj` or `descriptor=`/`files=`, not both.")
            from vizlog.golden.outputs import collect
            from vizlog.golden.runfolder import collect_run

            out = collect_run(obj, mask) if isinstance(obj, (str, os.PathLike)) else collect(obj)
            files_out, kinds, optional = dict(out.files), dict(out.kinds), set(out.optional)
            desc = out.descriptor
        else:
            files_out = {str(k): bytes(v) for k, v in (files or {}).items()}
            # the explicit form: bytes, except JSON (parsed, floats within rtol/atol)
            kinds = {name: "json" if name.endswith(".json") else "bytes" for name in files_out}
            optional = set()
            desc = descriptor
        for name, fn in (compare_ or {}).items():
            if isinstance(fn, str):
                if fn not in KINDS:
                    raise ValueError(f"golden.check(compare=...): {name!r} names the kind {fn!r};"
                                     f" the kinds are: {', '.join(KINDS)} (or pass a function).")
                kinds[name] = fn
            elif callable(fn):
                custom[name] = comparator_of(fn)
            else:
                raise TypeError(f"golden.check(compare=...): {name!r} must map to a function "
                                f"(expected_bytes, actual_bytes) or a kind name; got {fn!r}.")
        for name in files_out:
            if name == "descriptor.json" or name.startswith("/") or ".." in name.split("/"):
                raise ValueError(f"golden.check(files=...): {name!r} is not a usable file name "
                                 "(relative, no '..', not 'descriptor.json').")
        if desc is not None:
            from vizlog import _json

            files_out["descriptor.json"] = (_json.dumps(desc) + "\n").encode("utf-8")
            kinds["descriptor.json"] = "json"
        return files_out, kinds, optional, custom

    def _compare(self, expected_dir: Path, files: dict[str, bytes], kinds: dict[str, str],
                 optional: set[str], custom: dict[str, Any], th: Thresholds
                 ) -> list[tuple[str, Problem]]:
        problems: list[tuple[str, Problem]] = []
        expected_names = _files_in(expected_dir)
        missing = sorted(set(expected_names) - set(files) - optional)
        extra = sorted(set(files) - set(expected_names) - optional)
        if missing or extra:
            problems.append(("(files)", Problem(
                f"files differ: expected {expected_names}, got {sorted(files)}"
                + (f"; missing {missing}" if missing else "")
                + (f"; not expected {extra}" if extra else ""))))
        for name in sorted(set(files) & set(expected_names)):
            want, got = (expected_dir / name).read_bytes(), files[name]
            try:
                if name in custom:
                    problem = custom[name](want, got)
                else:
                    problem = compare(kinds.get(name, "bytes"), name, want, got, th)
            except AssertionError as exc:
                problem = Problem(str(exc))
            except Exception as exc:  # a file that cannot be decoded is a difference too
                problem = Problem(f"could not be compared as {kinds.get(name, 'bytes')}: "
                                  f"{type(exc).__name__}: {exc}")
            if problem is not None:
                problems.append((name, problem))
        return problems

    # -- writing -------------------------------------------------------------------------------
    def _write_expected(self, expected_dir: Path, files: dict[str, bytes]) -> None:
        for name, data in files.items():
            path = expected_dir / name
            if not path.is_file() or path.read_bytes() != data:
                _write_atomic(path, data)
        for name in set(_files_in(expected_dir)) - set(files):
            (expected_dir / name).unlink(missing_ok=True)
        for folder in sorted((p for p in expected_dir.rglob("*") if p.is_dir()), reverse=True):
            try:
                folder.rmdir()  # only when empty; another worker may be writing into it
            except OSError:
                pass

    def _fail(self, case: str, case_dir: Path, files: dict[str, bytes],
              problems: list[tuple[str, Problem]]) -> str:
        actual_dir, diff_dir = case_dir / "actual", case_dir / "diff"
        for name, data in files.items():
            _write_atomic(actual_dir / name, data)
        for name in set(_files_in(actual_dir)) - set(files):
            (actual_dir / name).unlink(missing_ok=True)
        record: dict[str, Any] = {"case": case, "nodeid": self.nodeid, "dir": str(case_dir),
                                  "problems": []}
        wrote_diff = False
        for name, problem in problems:
            visuals = {}
            for role, png in sorted(problem.visuals.items()):
                path = diff_dir / f"{name}.{role}.png"
                _write_atomic(path, png)
                visuals[role] = str(path)
                wrote_diff = True
            record["problems"].append({"name": name, "message": problem.message,
                                       "visuals": visuals})
        self.records.failures.append(record)
        where = f"actual outputs saved in {actual_dir}"
        if wrote_diff:
            where += f"; difference images in {diff_dir}"
        lines = "\n".join(f"{name}: {p.message}" for name, p in problems)
        return (f"golden case {case!r} differs ({where}):\n{lines}\nIf the change is intended, "
                "run `pytest --update-golden` and review the diff before committing.")
