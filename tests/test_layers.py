"""The house drawn from slant's imports reads as layers, with no cycle and no arrow up (issue 13).

Every import counts, at module level or inside a function: a lazy import is still a dependency. The
layers, from the ground up, are below; a module may import its own layer and those under it.
"""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

import slant

SRC = Path(slant.__file__).parent
PACKAGE_ROOT = SRC.parent

#: From the ground up. A module belongs to the layer of the longest prefix that names it.
LAYERS: tuple[tuple[str, ...], ...] = (
    (
        "slant._version",
        "slant._errors",
        "slant._extras",
        "slant._params",
        "slant._html_tables",
        "slant._document",
        "slant._models",
        "slant._geo",
    ),
    ("slant._registrations", "slant._pipeline"),
    ("slant.readers",),
    ("slant.annotators",),
    ("slant.toxicity", "slant.techniques", "slant.paraphrase"),
    ("slant._analyze",),
    # slant.actors reads the label table (display and toxicity thresholds) to count framing (issue 19).
    ("slant._labels", "slant.reports", "slant.actors"),
    ("slant.corpus", "slant.serve", "slant.spacy", "slant.annotation"),
    ("slant.frames",),
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


def _package(path: Path) -> str:
    module = _module_name(path)
    return module if path.name == "__init__.py" else module.rpartition(".")[0]


def _node_imports(node: ast.AST, package: str) -> Iterator[str]:
    """The slant modules one import statement imports; ``from slant import _models`` imports slant._models."""
    if isinstance(node, ast.Import):
        yield from (alias.name for alias in node.names if alias.name.split(".")[0] == "slant")
    elif isinstance(node, ast.ImportFrom):
        if node.level:
            base = package.split(".")[: len(package.split(".")) - node.level + 1]
            target = ".".join([*base, *([node.module] if node.module else [])])
        else:
            target = node.module or ""
        if target.split(".")[0] != "slant":
            return
        submodules = [f"{target}.{a.name}" for a in node.names if _is_module(f"{target}.{a.name}")]
        yield from submodules
        if len(submodules) < len(node.names):
            yield target


def _imports(path: Path) -> Iterator[str]:
    """The slant modules ``path`` imports, at module level or inside a function."""
    package = _package(path)
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        yield from _node_imports(node, package)


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


def _is_training(module: str) -> bool:
    return ".training." in module + "."


#: The only places outside a ``training`` package that may import one: the CLI functions behind
#: ``slant train toxicity``, ``slant eval toxicity`` (measured on the training data's held-in split)
#: and ``slant train techniques``, each importing lazily so that the rest of the CLI does not load it.
TRAINING_IMPORTERS = {
    ("slant._cli._toxicity", "run_train"),
    ("slant._cli._toxicity", "run_eval"),
    ("slant._cli._techniques", "run_train"),
    ("slant._cli._techniques_calibration", "run_train"),
    ("slant._cli._techniques_tagger", "run_train"),
    ("slant._cli._techniques_classifier", "run_train"),
}


def _training_imports() -> set[tuple[str, str | None, str]]:
    """(module, top-level function or None, training module) for every import of a training module."""
    found: set[tuple[str, str | None, str]] = set()
    for path in sorted(SRC.rglob("*.py")):
        module, package = _module_name(path), _package(path)
        if _is_training(module):
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        scopes: list[tuple[str | None, ast.AST]] = [
            (node.name if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) else None, node)
            for node in tree.body
        ]
        for function, scope in scopes:
            for node in ast.walk(scope):
                found.update((module, function, t) for t in _node_imports(node, package) if _is_training(t))
    return found


def test_training_modules_sit_in_training_packages() -> None:
    assert {name for name in _graph() if _is_training(name)} >= {
        "slant.toxicity.training._train",
        "slant.techniques.training._train",
    }


def test_only_the_train_commands_import_training_code() -> None:
    found = _training_imports()
    assert {(module, function) for module, function, _ in found} == TRAINING_IMPORTERS, sorted(
        (module, function or "<module level>", target) for module, function, target in found
    )


def test_analysing_a_page_loads_no_training_code() -> None:
    """In a fresh interpreter, so that what other tests imported does not count."""
    page = PACKAGE_ROOT.parent / "examples" / "news-page-with-comments.txt"
    code = (
        "import json, sys, slant\n"
        f"slant.analyze({str(page)!r})\n"
        "print(json.dumps(sorted(m for m in sys.modules if m.startswith('slant.'))))\n"
    )
    loaded = json.loads(
        subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True).stdout
    )
    assert {"slant.toxicity._model", "slant.techniques._model"} <= set(loaded)  # both models ran
    assert [m for m in loaded if ".training" in m] == []
