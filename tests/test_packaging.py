"""The project's promises to a new user: README commands, CI, extras, import hygiene."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

if sys.version_info >= (3, 11):
    import tomllib
else:  # Python 3.10: the same parser, from the test extra (`tomli; python_version<'3.11'`)
    import tomli as tomllib

ROOT = Path(__file__).resolve().parent.parent


def test_readme_opens_with_the_two_commands() -> None:
    lines = (ROOT / "README.md").read_text().splitlines()
    assert lines[3] == 'pip install -e ".[all]" && vizlog demo'
    assert lines[4] == 'pip install -e ".[test]" && pytest'


def test_ci_runs_the_readme_test_command_with_lint_and_types() -> None:
    ci = (ROOT / ".ci" / "run").read_text()
    assert "sed -n '5p' README.md" in ci
    assert 'eval "$readme_test_cmd"' in ci
    assert "ruff check vizlog" in ci and "mypy vizlog" in ci
    # and the suite on the oldest and newest Python the package declares, each in its own venv
    assert "for ver in 3.10 3.13; do" in ci and '-m pytest -q' in ci
    ignored = (ROOT / ".gitignore").read_text().splitlines()
    assert ".venv-3.10/" in ignored and ".venv-3.13/" in ignored


def test_extras_and_entry_points() -> None:
    meta = tomllib.loads((ROOT / "pyproject.toml").read_text())
    project = meta["project"]
    assert project["requires-python"] == ">=3.10"
    deps = {d.split(">")[0].split("=")[0] for d in project["dependencies"]}
    assert deps == {"numpy", "pillow", "pyarrow"}
    extras = set(project["optional-dependencies"])
    assert {"video", "3d", "charts", "test", "bench", "all", "s3", "gcs"} <= extras
    optional = project["optional-dependencies"]
    assert [d.split(">")[0] for d in optional["s3"]] == ["fsspec", "s3fs"]
    assert "s3" in optional["all"][0] and "moto[server]>=5.2" in optional["test"]
    assert project["scripts"]["vizlog"] == "vizlog.cli:main"
    assert project["entry-points"]["pytest11"]["vizlog"] == "vizlog.testing"


def test_import_has_no_side_effects(tmp_path: Path) -> None:
    code = (
        "import sys, os, builtins\n"
        "opened = []\n"
        "sys.addaudithook(lambda e, a: opened.append(a[0]) if e == 'open' and "
        "isinstance(a[0], str) and not a[0].endswith(('.py', '.pyc', '.so', '.pth')) "
        "and '__pycache__' not in a[0] and 'site-packages' not in a[0] "
        "and '/lib/python' not in a[0] else None)\n"
        "env_before = dict(os.environ)\n"
        "import vizlog\n"
        "heavy = [m for m in ('matplotlib', 'pandas', 'polars', 'torch', 'trimesh', 'altair', "
        "'vl_convert', 'av', 'imageio', 'imageio_ffmpeg', 'sklearn', 'fsspec', 's3fs') "
        "if m in sys.modules]\n"
        "assert heavy == [], heavy\n"
        "assert dict(os.environ) == env_before\n"
        "files = [p for p in opened if not p.startswith('/dev/')]\n"
        "assert files == [], files\n"
        "print('ok')\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         cwd=tmp_path)
    assert out.stdout.strip() == "ok", out.stderr
    assert list(tmp_path.iterdir()) == []


def test_no_pickle_anywhere() -> None:
    bad = []
    for path in (ROOT / "vizlog").rglob("*.py"):
        text = path.read_text()
        for needle in ("import pickle", "pickle.load", "allow_pickle=True", "cloudpickle"):
            if needle in text:
                bad.append(f"{path.relative_to(ROOT)}: {needle}")
    assert bad == []


def test_test_data_is_in_the_repository() -> None:
    # a fresh clone runs every test: nothing is read from outside the repository
    corpus = ROOT / "tests" / "data" / "corpus"
    assert sorted(p.name for p in (corpus / "3d").iterdir()) == [
        "BoxTextured.glb", "Mesh_PrimitiveMode_04.bin", "Mesh_PrimitiveMode_04.gltf", "box.mtl",
        "box.obj", "cubevc.glb", "points_bin.ply", "unit_cube.STL"]
    notice = (corpus / "NOTICE").read_text()
    assert "The MIT License (MIT)" in notice and "a513c0e2" in notice and "Khronos" in notice
    needles = ("../" + "sha" + "red", "parent.parent" + ".parent")
    outside = [str(p.relative_to(ROOT)) for p in (ROOT / "tests").rglob("*.py")
               if any(n in p.read_text() for n in needles)]
    assert outside == []


def test_no_unresolved_merge_in_any_text_file() -> None:
    """A merge left half done (``<<<<<<<``/``>>>>>>>`` lines) fails here, even inside a docstring
    or a Markdown page where nothing else would notice it. (A bare ``=======`` line is not
    looked for: it is also a Markdown heading underline; a conflict always has the other two.)"""
    markers = ("<" * 7 + " ", ">" * 7 + " ")
    texts = ("", ".py", ".md", ".json", ".toml", ".html", ".cfg", ".txt", ".yml", ".yaml")
    paths = [p for p in ROOT.iterdir() if p.is_file()]
    for folder in ("vizlog", "tests", "benchmarks", "docs", ".ci"):
        paths += sorted((ROOT / folder).rglob("*"))
    bad = []
    for path in paths:
        if not path.is_file() or path.suffix not in texts or "static" in path.parts \
                or path.stat().st_size > 2_000_000:
            continue
        for n, line in enumerate(path.read_text(errors="replace").splitlines(), 1):
            if line.startswith(markers):
                bad.append(f"{path.relative_to(ROOT)}:{n}")
    assert bad == []
