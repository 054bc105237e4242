"""The house drawn from slant's imports reads as layers, with no cycle and no arrow up (issue 13).

Every import counts, at module level or inside a function: a lazy import is still a dependency. The
layers, from the ground up, are below; a module may import its own layer and those under it.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

import slant

SRC = Path(slant.__file__).parent
PACKAGE_ROOT = SRC.parent

#: From the ground up. A module belongs to the layer of the longest prefix that names it.
LAYERS: tuple[tuple[str, ...], ...] = (
    ("slant._version", "slant._errors", "slant._extras", "slant._params", "slant._document", "slant._models"),
    ("slant._registrations", "slant._pipeline"),
    ("slant.readers",),
    ("slant.annotators",),
    ("slant.toxicity", "slant.techniques"),
    ("slant._analyze",),
    ("slant._labels", "slant.reports"),
    ("slant.corpus", "slant.serve"),
    ("slant._cli",),
    ("slant",),
)

pytestmark = pytest.mark.issue(13)


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE_ROOT).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _is_module(name: str) -> bool:
    base = PACKAGE_ROOT / name.replace(".", "/")
    return base.with_suffix(".py").exists() or (base / "__init__.py").exists()


def _imports(path: Path) -> Iterator[str]:
    """The slant modules ``path`` imports; ``from slant import _models`` is an import of slant._models."""
    module = _module_name(path)
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names if alias.name.split(".")[0] == "slant")
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                target = ".".join([*base, *([node.module] if node.module else [])])
            else:
                target = node.module or ""
            if target.split(".")[0] != "slant":
                continue
            submodules = [f"{target}.{a.name}" for a in node.names if _is_module(f"{target}.{a.name}")]
            yield from submodules
            if len(submodules) < len(node.names):
                yield target


def _layer(module: str) -> int:
    matches = [
        (len(prefix), number)
        for number, prefixes in enumerate(LAYERS)
        for prefix in prefixes
        if module == prefix or module.startswith(prefix + ".")
    ]
    return max(matches)[1]


def _graph() -> dict[str, set[str]]:
    graph: dict[str, set[str]] = {}
    for path in sorted(SRC.rglob("*.py")):
        module = _module_name(path)
        graph[module] = {target for target in _imports(path) if target != module}
    return graph


def test_every_module_has_a_layer() -> None:
    assert all(_layer(module) >= 0 for module in _graph())


def test_no_arrow_up() -> None:
    upward = sorted(
        f"{module} -> {target}"
        for module, targets in _graph().items()
        for target in targets
        if _layer(target) > _layer(module)
    )
    assert upward == []


def test_no_import_cycle() -> None:
    graph = _graph()
    state: dict[str, int] = {}  # 1: on the current path, 2: done
    cycles: list[list[str]] = []

    def visit(module: str, path: list[str]) -> None:
        state[module] = 1
        for target in sorted(graph.get(module, ())):
            if state.get(target) == 1:
                cycles.append([*path[path.index(target) :], target] if target in path else [module, target])
            elif target not in state:
                visit(target, [*path, target])
        state[module] = 2

    for module in sorted(graph):
        if module not in state:
            visit(module, [module])
    # A package's __init__ re-exporting its modules, which import their siblings, is not a cycle
    # of meaning: only cycles that do not pass through a package's own __init__ count.
    real = [cycle for cycle in cycles if not any(_is_package(name) for name in cycle)]
    assert real == []


def _is_package(module: str) -> bool:
    return (PACKAGE_ROOT / module.replace(".", "/") / "__init__.py").exists()
