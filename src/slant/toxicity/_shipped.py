"""The toxicity model shipped inside slant, loaded once per process.

Its own module so that the annotator and the scoring functions both use it without importing each
other.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from slant import _models
from slant.toxicity._model import ToxicityModel

__all__ = ["MODEL_VERSION", "load_model", "shipped_model_dir"]

#: The versioned name of the toxicity model (its registered name and its model card's title).
MODEL_VERSION = "slant.toxicity.v1"


def shipped_model_dir() -> Path:
    """Where the model shipped inside slant lives (``slant/data/toxicity``)."""
    return Path(str(resources.files("slant") / "data" / "toxicity"))


def load_model(folder: str | Path | None = None) -> ToxicityModel:
    """Load (once per process, in the model layer's cache) the toxicity model in ``folder``, by default the shipped one.

    Raises:
        ModelError: the folder holds no toxicity model, or one of its files is damaged.
    """
    path = Path(folder) if folder is not None else shipped_model_dir()
    return _models.load("toxicity", path, ToxicityModel.load, version=MODEL_VERSION)
