"""Modules that must not import each other, lazily or not, and the one place of slant's version (issue 13)."""

from __future__ import annotations

import ast
import tomllib
from pathlib import Path

import pytest

import slant
from slant import _version

SRC = Path(slant.__file__).parent
ROOT = SRC.parents[1]


def _imported_modules(module: str) -> set[str]:
    """Every module that ``module`` imports anywhere in its code, in functions too."""
    path = SRC.parent / (module.replace(".", "/") + ".py")
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module is not None and node.level == 0:
            found.add(node.module)
    return found


@pytest.mark.issue(13)
def test_the_toxicity_annotator_and_scoring_do_not_import_each_other() -> None:
    annotator, score = "slant.toxicity._annotator", "slant.toxicity._score"
    assert not (score in _imported_modules(annotator) and annotator in _imported_modules(score))
    assert annotator not in _imported_modules(score)


@pytest.mark.issue(13)
def test_the_fetcher_takes_the_version_without_importing_the_package_root() -> None:
    imported = _imported_modules("slant.readers._fetch")
    assert "slant" not in imported
    assert "slant._version" in imported


@pytest.mark.issue(13)
def test_the_version_lives_in_a_module_without_imports() -> None:
    assert _imported_modules("slant._version") == set()
    assert slant.__version__ == _version.__version__
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert pyproject["project"].get("version", _version.__version__) == _version.__version__
