"""The layer contract of the package, checked over the import graph (imports inside functions
and under ``TYPE_CHECKING`` included), plus the cost of ``import vizlog``.

Layers, bottom first (docs/design.md): a module may import its own layer and the ones below;
runlog and viewer sit side by side and never import each other.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "vizlog"

#: (layer, module prefixes); the longest matching prefix decides.
LAYERS: list[tuple[int, tuple[str, ...]]] = [
    (0, ("vizlog.errors", "vizlog._json", "vizlog._version", "vizlog.format",
         "vizlog.protocol", "vizlog._digest")),
    (1, ("vizlog.store",)),
    (2, ("vizlog.media",)),
    (3, ("vizlog.charts",)),
    (4, ("vizlog.registry",)),
    (5, ("vizlog.read", "vizlog.columnar")),
    (6, ("vizlog.artifacts",)),
    (7, ("vizlog.runlog", "vizlog.viewer")),
    (8, ("vizlog", "vizlog.cli", "vizlog.demo", "vizlog.testing", "vizlog.golden",
         "vizlog.datasets", "vizlog.dataset_copies",
         "vizlog.plot", "vizlog.data_types", "vizlog.__main__", "vizlog.notebook")),
]
#: Same-layer groups that must not import each other.
SIBLINGS = [("vizlog.runlog", "vizlog.viewer")]


def _module_name(path: Path) -> str:
    rel = path.relative_to(PACKAGE.parent).with_suffix("")
    parts = list(rel.parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


MODULES = {_module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def _layer(module: str) -> tuple[int, str]:
    best: tuple[int, str] | None = None
    for layer, prefixes in LAYERS:
        for prefix in prefixes:
            if (module == prefix or module.startswith(prefix + ".")) and (
                    best is None or len(prefix) > len(best[1])):
                best = (layer, prefix)
    if best is None:
        raise AssertionError(f"{module} has no layer: add it to LAYERS in tests/test_layers.py "
                             "and docs/design.md")
    return best


def _resolve(node: ast.ImportFrom, module: str) -> list[str]:
    if node.level:
        base = module.split(".")
        if MODULES[module].name != "__init__.py":
            base = base[:-1]
        base = base[: len(base) - (node.level - 1)]
        target = ".".join(base + ([node.module] if node.module else []))
    else:
        target = node.module or ""
    out = []
    for alias in node.names:
        sub = f"{target}.{alias.name}"
        out.append(sub if sub in MODULES else target)
    return out


def imports(module: str, top_level_only: bool = False) -> set[str]:
    """The vizlog modules ``module`` imports (anywhere in it, or only at module level)."""
    tree = ast.parse(MODULES[module].read_text(encoding="utf-8"))
    nodes = tree.body if top_level_only else list(ast.walk(tree))
    found: set[str] = set()
    for node in nodes:
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            found.update(_resolve(node, module))
    return {m for m in found if m == "vizlog" or m.startswith("vizlog.")}


@pytest.mark.parametrize("module", sorted(MODULES))
def test_module_imports_only_its_layer_and_below(module: str) -> None:
    layer, group = _layer(module)
    bad = []
    for target in sorted(imports(module)):
        if target == "vizlog" and layer < 8:
            bad.append(f"{target} (the public face, layer 8)")
            continue
        t_layer, t_group = _layer(target)
        if t_layer > layer:
            bad.append(f"{target} (layer {t_layer} > {layer})")
        for a, b in SIBLINGS:
            if {group, t_group} == {a, b}:
                bad.append(f"{target} ({a} and {b} never import each other)")
    assert bad == [], f"{module} (layer {layer}) imports upward: {bad}"


def test_no_import_cycles_at_module_level() -> None:
    graph = {m: imports(m, top_level_only=True) - {"vizlog"} for m in MODULES}
    state: dict[str, int] = {}
    cycles: list[list[str]] = []

    def visit(m: str, stack: list[str]) -> None:
        state[m] = 1
        for t in sorted(graph.get(m, ())):
            if t not in MODULES:
                continue
            if state.get(t) == 1:
                cycles.append([*stack[stack.index(t):], t] if t in stack else [m, t])
            elif t not in state:
                visit(t, [*stack, t])
        state[m] = 2

    for m in sorted(MODULES):
        if m not in state:
            visit(m, [m])
    assert cycles == []


def test_the_checker_sees_imports_inside_functions() -> None:
    assert "vizlog.registry" in imports("vizlog.runlog.values")
    assert "vizlog.viewer.render3d" in imports("vizlog.viewer.previews")


def _loaded_after(code: str) -> set[str]:
    out = subprocess.run([sys.executable, "-c", code + "\nimport sys\nprint('\\n'.join(sorted("
                          "sys.modules)))"], capture_output=True, text=True, check=True,
                         cwd=PACKAGE.parent)
    return set(out.stdout.split())


def test_import_vizlog_and_the_pytest_plugin_load_nothing_heavy() -> None:
    loaded = _loaded_after("import vizlog, vizlog.testing")
    heavy = {"numpy", "pyarrow", "PIL", "trimesh", "av", "altair", "vl_convert", "pandas"}
    assert loaded & heavy == set()
    assert not [m for m in loaded if m.startswith(("vizlog.media", "vizlog.runlog",
                                                     "vizlog.charts", "vizlog.read"))]


def test_import_vizlog_store_loads_only_the_store_and_the_bottom() -> None:
    loaded = {m for m in _loaded_after("import vizlog.store") if m.startswith("vizlog")}
    assert loaded == {"vizlog", "vizlog._json", "vizlog._version",
                      "vizlog.errors",
                      "vizlog.format", "vizlog.protocol", "vizlog.store",
                      "vizlog.store.backend", "vizlog.store.content", "vizlog.store.local",
                      "vizlog.store.memory"}


def test_public_names_load_on_first_use() -> None:
    loaded = _loaded_after("import vizlog\nvizlog.Image")
    assert "vizlog.media.image" in loaded and "vizlog.runlog.run" not in loaded
