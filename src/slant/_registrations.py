"""Every annotator slant registers, in one place: a newcomer's map of the pipeline.

Names are versioned (``slant.<name>.v<N>``) so saved configs and trained models stay reproducible
when an implementation changes; a short name (``"sentences"``) means the newest version. Each entry
holds the ``"module:factory"`` string, imported only when the annotator is built (so ``slant --help``
stays fast), and what the annotator requires, assigns and reads when present: a pipeline is planned
and checked from this table without importing any annotator, and ``create_annotator`` refuses an
annotator whose class declares otherwise. A test snapshots this table: adding or renaming an annotator,
or changing what one declares, is a visible change.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from slant._pipeline import Registration

__all__ = ["ANNOTATORS", "DEFAULT_PIPELINE"]

ANNOTATORS: Mapping[str, Registration] = MappingProxyType(
    {
        "slant.sentences.v1": Registration(
            "slant.annotators._sentences:SentenceAnnotator",
            assigns=("spans.sentences", "spans.tokens", "attrs.word_count"),
        ),
        "slant.language.v1": Registration(
            "slant.annotators._language:LanguageAnnotator",
            assigns=("attrs.language", "attrs.language_score"),
        ),
        "slant.spelling.v1": Registration(
            "slant.annotators._spelling:SpellingAnnotator",
            requires=("spans.tokens", "attrs.language"),
            assigns=("spans.misspellings", "attrs.misspelling_rate"),
            optional_requires=("attrs.word_count",),
        ),
        "slant.links.v1": Registration(
            "slant.annotators._links:LinkAnnotator",
            assigns=("spans.links", "spans.sources", "attrs.outlets"),
        ),
        "slant.quotes.v1": Registration(
            "slant.annotators._quotes:QuoteAnnotator",
            assigns=("spans.quotes",),
        ),
        "slant.toxicity.v1": Registration(
            "slant.toxicity._annotator:ToxicityAnnotator",
            assigns=("scores.toxicity", "spans.toxicity"),
            optional_requires=("spans.sentences",),
        ),
        "slant.techniques.v1": Registration(
            "slant.techniques._annotator:TechniqueAnnotator",
            assigns=("spans.techniques",),
        ),
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
