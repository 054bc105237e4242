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
from dataclasses import dataclass
from types import MappingProxyType

__all__ = ["ANNOTATORS", "DEFAULT_PIPELINE", "Registration"]


@dataclass(frozen=True, slots=True)
class Registration:
    """One registered annotator: where its factory is, and what it declares, readable without importing it.

    Attributes:
        factory: ``"module:attribute"`` of the class (or function) that builds it.
        requires: what an earlier annotator must assign (``"spans.tokens"``).
        assigns: what it writes.
        optional_requires: what it reads when an earlier annotator assigned it, and does without otherwise.
    """

    factory: str
    requires: tuple[str, ...] = ()
    assigns: tuple[str, ...] = ()
    optional_requires: tuple[str, ...] = ()


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
        "slant.echo.v1": Registration(
            "slant.annotators._echo:EchoAnnotator",
            assigns=("spans.echoes", "spans.echoed", "attrs.echo"),
            optional_requires=("spans.quotes",),
        ),
        # Opt-in (not in DEFAULT_PIPELINE): it encodes every comment sentence, far beyond issue 19's
        # 15 % time budget (docs/benchmarks.md, "Paraphrase echoes").
        "slant.paraphrase.v1": Registration(
            "slant.paraphrase._annotator:ParaphraseAnnotator",
            requires=("spans.echoes",),
            assigns=("spans.echoes", "spans.echoed", "attrs.echo"),
            optional_requires=("spans.quotes",),
        ),
        "slant.repeats.v1": Registration(
            "slant.annotators._repeats:RepeatsAnnotator",
            assigns=("spans.repeats", "attrs.repeats"),
        ),
        "slant.story_time.v1": Registration(
            "slant.annotators._story_time:StoryTimeAnnotator",
            assigns=("spans.dates", "attrs.story_time"),
        ),
        "slant.toxicity.v1": Registration(
            "slant.toxicity._annotator:ToxicityAnnotator",
            assigns=("scores.toxicity", "spans.toxicity"),
            optional_requires=("spans.sentences",),
        ),
        # Opt-in (not in DEFAULT_PIPELINE): named entities cost more than the default pipeline (issue 19).
        "slant.actors.v1": Registration(
            "slant.actors._annotator:ActorsAnnotator",
            assigns=("spans.actors", "attrs.actors"),
            optional_requires=(
                "attrs.language",
                "spans.sentences",
                "spans.sources",
                "spans.quotes",
                "spans.techniques",
                "spans.toxicity",
                "scores.toxicity",
            ),
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
    "echo",
    "repeats",
    "story_time",
    "techniques",
    "toxicity",
)
