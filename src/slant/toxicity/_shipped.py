"""The toxicity models shipped inside slant, loaded once per process.

Its own module so that the annotator and the scoring functions both use it without importing each
other. The shipped folder holds the default model (the n-gram model stacked with a sentence
encoder, :class:`StackedToxicityModel`) and, in its ``ngram/`` subfolder, the n-gram model alone,
which ``slant toxicity --fast`` runs.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from slant import _models
from slant.toxicity._model import ToxicityModel
from slant.toxicity._stacked import NGRAM_FOLDER, StackedToxicityModel

__all__ = [
    "FAST_MODEL_VERSION",
    "MODEL_VERSION",
    "AnyToxicityModel",
    "load_fast_model",
    "load_model",
    "shipped_model_dir",
]

#: The versioned name of the default toxicity model (its model card's title).
MODEL_VERSION = "slant.toxicity.v2"
#: The versioned name of the n-gram model alone (the model of slant 0.1; ``--fast``).
FAST_MODEL_VERSION = "slant.toxicity.v1"

#: Either kind of toxicity model: both give ``predict_proba``, ``thresholds_`` and ``explain_many``.
AnyToxicityModel = ToxicityModel | StackedToxicityModel


def shipped_model_dir() -> Path:
    """Where the model shipped inside slant lives (``slant/data/toxicity``)."""
    return Path(str(resources.files("slant") / "data" / "toxicity"))


def _load_any(path: Path) -> AnyToxicityModel:
    """A stacked model when the folder holds one, else an n-gram model (a folder from slant 0.1)."""
    if (path / "stack.safetensors").is_file():
        return StackedToxicityModel.load(path)
    return ToxicityModel.load(path)


def load_model(folder: str | Path | None = None) -> AnyToxicityModel:
    """Load (once per process, in the model layer's cache) the toxicity model in ``folder``, by default the shipped one.

    Raises:
        ModelError: the folder holds no toxicity model, or one of its files is damaged.
    """
    path = Path(folder) if folder is not None else shipped_model_dir()
    version = MODEL_VERSION if (path / "stack.safetensors").is_file() else FAST_MODEL_VERSION
    return _models.load("toxicity", path, _load_any, version=version)


def load_fast_model(folder: str | Path | None = None) -> ToxicityModel:
    """The n-gram model alone: ``folder/ngram`` for a stacked model's folder, else ``folder`` itself.

    Raises:
        ModelError: the folder holds no n-gram toxicity model, or one of its files is damaged.
    """
    path = Path(folder) if folder is not None else shipped_model_dir()
    if (path / NGRAM_FOLDER / "config.json").is_file():
        path = path / NGRAM_FOLDER
    return _models.load(
        "toxicity_fast", path, ToxicityModel.load, kind="toxicity", version=FAST_MODEL_VERSION
    )
