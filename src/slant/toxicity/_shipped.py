"""The toxicity model shipped inside slant, loaded once per process.

Its own module so that the annotator and the scoring functions both use it without importing each
other.
"""

from __future__ import annotations

import functools
from importlib import resources
from pathlib import Path

from slant.toxicity._model import ToxicityModel

__all__ = ["load_model", "shipped_model_dir"]


def shipped_model_dir() -> Path:
    """Where the model shipped inside slant lives (``slant/data/toxicity``)."""
    return Path(str(resources.files("slant") / "data" / "toxicity"))


@functools.lru_cache(maxsize=4)
def _load(folder: str) -> ToxicityModel:
    return ToxicityModel.load(folder)


def load_model(folder: str | Path | None = None) -> ToxicityModel:
    """Load (once per process) the toxicity model in ``folder``, by default the shipped one.

    Raises:
        ModelError: the folder holds no toxicity model.
    """
    return _load(str(Path(folder) if folder is not None else shipped_model_dir()))
