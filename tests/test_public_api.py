"""The public API is explicit: ``__all__`` is complete and sorted (httpx's check)."""

from __future__ import annotations

import pytest

import slant
import slant.annotation
import slant.frames
import slant.readers
import slant.reports


@pytest.mark.parametrize("module", [slant, slant.annotation, slant.frames, slant.readers, slant.reports])
def test_all_is_sorted_and_complete(module: object) -> None:
    exported = list(module.__all__)  # type: ignore[attr-defined]
    assert exported == sorted(exported)
    public = {name for name in vars(module) if not name.startswith("_")}
    public -= {"annotations", "logging", "functools", "Path"}
    name = module.__name__  # type: ignore[attr-defined]
    # Names defined in this package count; helpers imported from elsewhere (for annotations) do not.
    own = {n for n in public if getattr(getattr(module, n), "__module__", "").startswith(name)}
    missing = {n for n in own if not isinstance(getattr(module, n), type(slant))} - set(exported)
    assert not missing, f"public names missing from __all__: {sorted(missing)}"
    for name in exported:
        assert hasattr(module, name)


def test_errors_form_one_tree_with_builtin_bases() -> None:
    assert issubclass(slant.InputError, ValueError)
    assert issubclass(slant.MissingInputError, FileNotFoundError)
    assert issubclass(slant.FetchError, OSError)
    assert issubclass(slant.NotFittedError, AttributeError)
    for name in slant.__all__:
        obj = getattr(slant, name)
        if isinstance(obj, type) and issubclass(obj, Exception):
            assert issubclass(obj, slant.SlantError)
