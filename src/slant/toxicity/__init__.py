"""Offline toxicity scoring of reader comments (issues 3 and 17).

:class:`StackedToxicityModel` (the default) stacks the n-gram :class:`ToxicityModel` with a
multilingual sentence encoder; both give calibrated probabilities for the seven :data:`LABELS` with
numpy alone, and :func:`load_fast_model` loads the n-gram model alone (``slant toxicity --fast``);
:class:`ToxicityAnnotator` puts them on a document's comments (``part.scores["toxicity"]``) with the
responsible words (``part.spans["toxicity"]``); :func:`load_model` loads the model shipped with slant; :func:`score` scores a
pandas column, an Arrow array or a list of comments.
"""

from __future__ import annotations

from slant.toxicity._annotator import ToxicityAnnotator, load_model, shipped_model_dir
from slant.toxicity._columns import score
from slant.toxicity._labels import LABEL_INFO, LABELS, LabelInfo
from slant.toxicity._model import ToxicityModel
from slant.toxicity._normalize import Normalized, Normalizer
from slant.toxicity._score import score_texts
from slant.toxicity._shipped import load_fast_model
from slant.toxicity._stacked import StackedToxicityModel

__all__ = [
    "LABELS",
    "LABEL_INFO",
    "LabelInfo",
    "Normalized",
    "Normalizer",
    "StackedToxicityModel",
    "ToxicityAnnotator",
    "ToxicityModel",
    "load_fast_model",
    "load_model",
    "score",
    "score_texts",
    "shipped_model_dir",
]
