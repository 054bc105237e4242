"""Paraphrase echoes: comment sentences that restate an article sentence in other words (issue 19).

:class:`ParaphraseAnnotator` (registered as ``paraphrase``, opt-in: ``slant analyze --paraphrase``)
adds them to the echo layers after the verbatim echoes; :class:`ParaphraseModel` is its calibrated
probability, :func:`load_model` loads the shipped one, :func:`read_pages` reads the labelled set.
"""

from __future__ import annotations

from slant.paraphrase._annotator import Claim, ParaphraseAnnotator, claim_paraphrases, load_model
from slant.paraphrase._model import ParaphraseModel
from slant.paraphrase._set import ParaphrasePage, read_pages

__all__ = [
    "Claim",
    "ParaphraseAnnotator",
    "ParaphraseModel",
    "ParaphrasePage",
    "claim_paraphrases",
    "load_model",
    "read_pages",
]
