"""The spaCy components: one class wrapping any registered slant annotator, and a factory per annotator.

A spaCy ``Doc`` becomes one part of a slant :class:`~slant.Document` (the article, or a comment), the
slant annotator runs on it with the annotators it requires (planned from the registry, as ``slant
analyze`` does), and what the annotator assigns is copied back:

- ``spans.<layer>`` -> ``doc.spans["slant_<layer>"]``; character offsets become token spans with
  ``doc.char_span(..., alignment_mode="expand")`` (a span that starts or ends inside a token grows to
  the whole token). A span that covers no token text at all (only whitespace, or empty) cannot be a
  useful spaCy span: it is left out, counted in ``group.attrs["unaligned"]`` and logged at debug level.
- ``attrs.<name>`` and ``scores.<name>`` -> the ``Doc`` extension ``doc._.slant_<name>``.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, SpanGroup

from slant._document import Document, Part
from slant._errors import PipelineError
from slant._pipeline import Pipeline, plan_pipeline, registration

__all__ = [
    "COMPONENTS",
    "SlantComponent",
    "make_language",
    "make_links",
    "make_quotes",
    "make_techniques",
    "make_toxicity",
]

logger = logging.getLogger(__name__)

#: Prefix of everything slant writes on a spaCy Doc (span keys and extensions), so it never meets
#: another component's ``doc.spans["sc"]`` or ``doc._.language``.
PREFIX = "slant_"


def _targets(annotator: str) -> tuple[list[str], list[str]]:
    """The span layers and the attribute/score names the registered ``annotator`` assigns."""
    layers: list[str] = []
    values: list[str] = []
    for item in registration(annotator).assigns:
        kind, _, name = item.partition(".")
        (layers if kind == "spans" else values).append(name)
    return layers, values


class SlantComponent:
    """A spaCy pipeline component running one registered slant annotator over each Doc.

    Args:
        nlp: the spaCy pipeline (unused: slant reads text, not spaCy's tokens).
        name: the component's name in ``nlp``.
        annotator: a registered slant annotator (``"techniques"``, ``"toxicity"``, ``"language"``...).
        part: what the Doc is on a news page: ``"article"`` or ``"comment"`` (slant's toxicity model
            scores comments; its technique model reads articles with more context than comments).
        config: settings for the slant annotator's constructor (``{"model_dir": "..."}``).
    """

    def __init__(
        self,
        nlp: Language,
        name: str,
        *,
        annotator: str,
        part: str = "article",
        config: dict[str, Any] | None = None,
    ) -> None:
        if part not in ("article", "comment"):
            raise PipelineError(f"part must be 'article' or 'comment'; got {part!r}")
        self.name = name
        self.annotator = annotator
        self.part = part
        plan = plan_pipeline(annotator)
        self._pipeline = Pipeline(plan, config={plan[-1]: dict(config or {})})
        self.layers, self.values = _targets(annotator)
        for value in self.values:
            if not Doc.has_extension(PREFIX + value):
                Doc.set_extension(PREFIX + value, default=None)

    def _page(self, doc: Doc) -> Document:
        if self.part == "article":
            return Document(article=Part(doc.text, kind="article", id="article"))
        return Document(
            article=Part("", kind="article", id="article"),
            comments=[Part(doc.text, kind="comment", id="comment")],
        )

    def _text_part(self, page: Document) -> Part:
        return page.article if self.part == "article" else page.comments[0]

    def _write(self, doc: Doc, page: Document) -> Doc:
        part = self._text_part(page)
        for layer in self.layers:
            spans, scores, unaligned = [], [], 0
            for span in part.spans.get(layer, ()):
                aligned = doc.char_span(span.start, span.end, label=span.label, alignment_mode="expand")
                # None when no token is touched; an empty or whitespace-only span when only the space
                # after a token (or a whitespace token) is: neither is something a reader can see.
                if aligned is None or not aligned.text.strip():
                    unaligned += 1
                    continue
                spans.append(aligned)
                scores.append(span.score)
            if unaligned:
                logger.debug(
                    "%s: %d %s span(s) cover no token and were left out", self.name, unaligned, layer
                )
            doc.spans[PREFIX + layer] = SpanGroup(
                doc, name=PREFIX + layer, spans=spans, attrs={"scores": scores, "unaligned": unaligned}
            )
        for value in self.values:
            found = part.scores.get(value, part.attrs.get(value))
            doc._.set(PREFIX + value, dict(found) if isinstance(found, dict) else found)
        return doc

    def __call__(self, doc: Doc) -> Doc:
        """Annotate one Doc."""
        page = self._pipeline(self._page(doc))
        return self._write(doc, page)

    def pipe(self, stream: Iterable[Doc], *, batch_size: int = 64) -> Iterator[Doc]:
        """Annotate Docs in batches (one model call per batch for the trained models), in order."""
        batch: list[Doc] = []
        for doc in stream:
            batch.append(doc)
            if len(batch) >= batch_size:
                yield from self._run(batch, batch_size)
                batch = []
        if batch:
            yield from self._run(batch, batch_size)

    def _run(self, batch: list[Doc], batch_size: int) -> Iterator[Doc]:
        pages = [self._page(doc) for doc in batch]
        annotated = list(self._pipeline.pipe(pages, batch_size=batch_size))
        for doc, page in zip(batch, annotated, strict=True):
            yield self._write(doc, page)


@Language.factory(
    "slant_techniques",
    default_config={"part": "article", "model_dir": None},
    assigns=["doc.spans"],
)
def make_techniques(nlp: Language, name: str, part: str, model_dir: str | None) -> SlantComponent:
    """Propaganda-technique spans into ``doc.spans["slant_techniques"]`` (SemEval-2020 Task 11 labels)."""
    return SlantComponent(nlp, name, annotator="techniques", part=part, config={"model_dir": model_dir})


@Language.factory(
    "slant_toxicity",
    default_config={"part": "comment", "model_dir": None},
    assigns=["doc.spans", "doc._.slant_toxicity"],
)
def make_toxicity(nlp: Language, name: str, part: str, model_dir: str | None) -> SlantComponent:
    """Seven toxicity probabilities into ``doc._.slant_toxicity`` and the words responsible into
    ``doc.spans["slant_toxicity"]``. With ``part="article"`` each sentence is scored and the Doc gets the
    highest scores (slant's ``score_article``)."""
    config: dict[str, Any] = {"model_dir": model_dir}
    if part == "article":
        config["score_article"] = True
    return SlantComponent(nlp, name, annotator="toxicity", part=part, config=config)


@Language.factory(
    "slant_language",
    default_config={"languages": None},
    assigns=["doc._.slant_language", "doc._.slant_language_score"],
)
def make_language(nlp: Language, name: str, languages: list[str] | None) -> SlantComponent:
    """The Doc's language (ISO 639-1 or "und") and its probability into ``doc._.slant_language(_score)``."""
    config = {} if languages is None else {"languages": list(languages)}
    return SlantComponent(nlp, name, annotator="language", config=config)


@Language.factory("slant_quotes", assigns=["doc.spans"])
def make_quotes(nlp: Language, name: str) -> SlantComponent:
    """Quotations and scare quotes into ``doc.spans["slant_quotes"]``."""
    return SlantComponent(nlp, name, annotator="quotes")


@Language.factory("slant_links", assigns=["doc.spans", "doc._.slant_outlets"])
def make_links(nlp: Language, name: str) -> SlantComponent:
    """Links and attributed sources into ``doc.spans["slant_links"]`` and ``["slant_sources"]``, and the
    outlets cited into ``doc._.slant_outlets``."""
    return SlantComponent(nlp, name, annotator="links")


#: spaCy factory name -> the slant annotator it runs (also the ``spacy_factories`` entry points).
COMPONENTS: dict[str, str] = {
    "slant_techniques": "techniques",
    "slant_toxicity": "toxicity",
    "slant_language": "language",
    "slant_quotes": "quotes",
    "slant_links": "links",
}
