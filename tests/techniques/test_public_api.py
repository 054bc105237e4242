"""slant.techniques exports its public names explicitly (ruff's RUF022 keeps ``__all__`` sorted)."""

from __future__ import annotations

import slant.techniques


def test_all_is_complete() -> None:
    module = slant.techniques
    public = {name for name in vars(module) if not name.startswith("_") and name != "annotations"}
    own = {n for n in public if getattr(getattr(module, n), "__module__", "").startswith("slant.techniques")}
    modules = {n for n in own if type(getattr(module, n)) is type(slant)}
    assert own - modules <= set(module.__all__)
    for name in module.__all__:
        assert hasattr(module, name)
    assert len(set(module.__all__)) == len(module.__all__)
