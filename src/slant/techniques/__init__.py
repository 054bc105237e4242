"""Propaganda-technique span detection (issue 4): the 14 classes of SemEval-2020 Task 11.

:class:`TechniqueAnnotator` marks technique spans on a page (layer ``"techniques"``);
:func:`load_model` loads the model shipped with slant (span tagger, lexicon, technique classifier);
:func:`score_si` and :func:`score_tc` are the task's official scorers; :data:`TECHNIQUE_INFO`
explains each technique (definition and example).
"""

from __future__ import annotations

from slant.techniques._annotator import TechniqueAnnotator, TechniqueModel, load_model, shipped_model_dir
from slant.techniques._explain import TECHNIQUE_INFO, TECHNIQUES, TechniqueInfo
from slant.techniques._model import LexiconTagger, SpanTagger, TechniqueClassifier
from slant.techniques._scoring import score_si, score_tc
from slant.techniques._vectors import WordVectors

__all__ = [
    "TECHNIQUES",
    "TECHNIQUE_INFO",
    "LexiconTagger",
    "SpanTagger",
    "TechniqueAnnotator",
    "TechniqueClassifier",
    "TechniqueInfo",
    "TechniqueModel",
    "WordVectors",
    "load_model",
    "score_si",
    "score_tc",
    "shipped_model_dir",
]
