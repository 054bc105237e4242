"""Every annotator slant registers, in one place: a newcomer's map of the pipeline.

Names are versioned (``slant.<name>.v<N>``) so saved configs and trained models stay reproducible
when an implementation changes; a short name (``"sentences"``) means the newest version. Values are
``"module:factory"`` strings, imported only when the annotator is built, so ``slant --help`` stays fast.
A test snapshots this table: adding or renaming an annotator is a visible change.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

__all__ = ["ANNOTATORS", "DEFAULT_PIPELINE"]

ANNOTATORS: Mapping[str, str] = MappingProxyType(
    {
        "slant.sentences.v1": "slant.annotators._sentences:SentenceAnnotator",
        "slant.language.v1": "slant.annotators._language:LanguageAnnotator",
        "slant.spelling.v1": "slant.annotators._spelling:SpellingAnnotator",
        "slant.links.v1": "slant.annotators._links:LinkAnnotator",
        "slant.quotes.v1": "slant.annotators._quotes:QuoteAnnotator",
        "slant.toxicity.v1": "slant.toxicity._annotator:ToxicityAnnotator",
        "slant.techniques.v1": "slant.techniques._annotator:TechniqueAnnotator",
    }
)

#: What ``slant analyze`` runs when no pipeline is named, in this order.
DEFAULT_PIPELINE: tuple[str, ...] = (
    "sentences",
    "language",
    "spelling",
    "links",
    "quotes",
    "techniques",
    "toxicity",
)
