"""``TechniqueAnnotator`` (registered as ``slant.techniques.v1``): propaganda-technique spans on a page.

The span tagger finds where a part (title, article, comment) uses propaganda; the technique
classifier names each span's technique, with the whole page as context, so a phrase repeated
anywhere on the page counts as repeated. A second technique is added to a span when the classifier
finds it nearly as likely (the gold data has such overlapping spans). Phrases of the article's
propaganda spans that comments echo word for word are marked ``Repetition`` in those comments.
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import ClassVar, Literal

from slant import _models
from slant._document import Document, Part, Span
from slant._errors import ModelError, UsageError
from slant._pipeline import BaseAnnotator
from slant.techniques._calibration import SpanCalibration
from slant.techniques._cascade import CascadeClassifier
from slant.techniques._contextual import ContextualTagger
from slant.techniques._features import whole_words
from slant.techniques._model import (
    FloatArray,
    LexiconTagger,
    SpanTagger,
    TechniqueClassifier,
    merge_candidates,
)
from slant.techniques._verifier import SpanVerifier

__all__ = [
    "MODEL_VERSION",
    "QUALITIES",
    "Quality",
    "TechniqueAnnotator",
    "TechniqueModel",
    "find_spans",
    "load_model",
    "shipped_model_dir",
]

#: The versioned name of the techniques model (its registered name and its model card's title).
MODEL_VERSION = "slant.techniques.v1"

#: How spans are found: ``"fast"``, the linear tagger, lexicon and verifier (numpy alone, about 15
#: PTC articles a second on one core); ``"best"``, the fine-tuned transformer tagger (issue 15; the
#: ``best`` extra's onnxruntime, a few articles a second). Both name techniques with the same classifier.
Quality = Literal["fast", "best"]
QUALITIES: tuple[Quality, ...] = ("fast", "best")

#: A second technique is kept when its probability is at least this share of the first's; chosen so
#: that roughly the gold data's rate of double-labelled spans (~10% on train) comes out.
SECOND_TECHNIQUE_RATIO = 0.6
#: Shortest echo (in words) of an article span in a comment that counts as Repetition.
MIN_ECHO_WORDS = 2

_WORD = re.compile(r"\w+")
# "so-called" (or "so called", as comments often write it) and the label it casts doubt on: a quoted
# phrase, or up to three words before punctuation. Unhyphenated, "so called" is also the verb
# ("and so called on the UN", "so called him back"), so a preposition or pronoun after it is no label.
_SCARE_QUOTE = re.compile(
    r"\bso(?:-|\s)called\s+(?!(?:on|upon|out|for|off|up|in|back|him|her|them|me|us|it|you)\b)"
    r"(?:[\"“‘'][^\"”’'\n]{1,60}[\"”’']|[\w-]+(?:\s+[\w-]+){0,2}(?=[\s,.;:!?)]|$))",
    re.IGNORECASE,
)
#: The labels a scare-quoted phrase gets: whichever of these the classifier finds more likely.
SCARE_QUOTE_TECHNIQUES = ("Name_Calling,Labeling", "Loaded_Language")


def scare_quote_spans(text: str) -> list[tuple[int, int]]:
    """Spans of "so-called X" / so called “X” in ``text``: labelling by scare quotes.

    The PTC annotators marked such phrases only now and then (4 of 27 in train), so the tagger
    does not learn them; readers of a page expect them, so a rule finds them and the technique
    classifier scores them.
    """
    return [(m.start(), m.end()) for m in _SCARE_QUOTE.finditer(text)]


def shipped_model_dir() -> Path:
    """Where the model shipped inside slant lives (``slant/data/techniques``)."""
    return Path(str(resources.files("slant") / "data" / "techniques"))


def find_spans(
    text: str,
    tagger: SpanTagger,
    *,
    lexicon: LexiconTagger | None = None,
    verifier: SpanVerifier | None = None,
    contextual: ContextualTagger | None = None,
) -> list[tuple[int, int, float]]:
    """Propaganda spans of ``text`` as ``(start, end, probability)``, widened to whole words.

    With a fine-tuned tagger (``contextual``): its spans, plus the lexicon's words outside them when
    the tagger was combined with the lexicon on held-in articles. Else, with a verifier: the
    tagger's loosely decoded candidates and the lexicon's candidate words, kept by the verifier.
    Without: the tagger's spans plus the lexicon's words outside them.
    """
    if contextual is not None:
        words = lexicon.predict(text) if lexicon is not None and contextual.with_lexicon else []
        found = merge_candidates(contextual.predict(text), words)
    elif verifier is None:
        found = merge_candidates(tagger.predict(text), lexicon.predict(text) if lexicon else [])
    else:
        extra = lexicon.predict(text, words=lexicon.candidate_words_) if lexicon else []
        tokens, sentence_of, proba = tagger.token_proba(text)
        found = verifier.verify(text, tokens, sentence_of, proba, extra)
    return [(*whole_words(text, start, end), score) for start, end, score in found]


@dataclass(frozen=True, slots=True)
class TechniqueModel:
    """The trained parts of technique detection, loaded together from one folder."""

    tagger: SpanTagger
    classifier: TechniqueClassifier | CascadeClassifier
    lexicon: LexiconTagger | None = None
    verifier: SpanVerifier | None = None
    calibration: SpanCalibration | None = None
    contextual: ContextualTagger | None = None

    def find_spans(
        self, text: str, *, verify: bool = True, quality: Quality = "fast"
    ) -> list[tuple[int, int, float]]:
        """Propaganda spans of ``text`` as ``(start, end, probability)``.

        With ``quality="best"``: the fine-tuned tagger's spans (and the lexicon's words, if chosen so).
        Else, with a verifier (and ``verify``): the tagger's loosely decoded candidates and the
        lexicon's words, kept by the verifier. Otherwise: the tagger's spans plus lexicon words
        outside them. Spans are widened to whole words (see :func:`whole_words`).

        Raises:
            ModelError: ``quality="best"`` and the model has no fine-tuned tagger.
        """
        if quality == "best":
            return find_spans(text, self.tagger, lexicon=self.lexicon, contextual=self.best_tagger())
        return find_spans(text, self.tagger, lexicon=self.lexicon, verifier=self.verifier if verify else None)

    def best_tagger(self) -> ContextualTagger:
        """The fine-tuned tagger of ``quality="best"``.

        Raises:
            ModelError: the model folder has none (``contextual_tagger.onnx``).
        """
        if self.contextual is None:
            raise ModelError(
                "quality 'best' needs a techniques model with a fine-tuned tagger (contextual_tagger.onnx); "
                "this one has none: use quality 'fast', or train one with 'slant train techniques-tagger'"
            )
        return self.contextual

    def spans(
        self,
        texts: Sequence[str],
        *,
        context: str | None = None,
        contextual: Sequence[bool] | None = None,
        quality: Quality = "fast",
    ) -> list[list[tuple[int, int, str, float]]]:
        """Technique spans ``(start, end, technique, score)`` for each of ``texts`` (the parts of one page).

        The score is the calibrated probability that the span is a propaganda span of that technique
        when the model has a calibration (``calibration.json``), else the raw score of
        :meth:`raw_spans`. Arguments as for :meth:`raw_spans`.
        """
        calibration = self.calibration
        return [
            [
                (start, end, technique, score if calibration is None else calibration.calibrate(score, route))
                for start, end, technique, score, route in part
            ]
            for part in self.raw_spans(texts, context=context, contextual=contextual, quality=quality)
        ]

    def raw_spans(
        self,
        texts: Sequence[str],
        *,
        context: str | None = None,
        contextual: Sequence[bool] | None = None,
        quality: Quality = "fast",
    ) -> list[list[tuple[int, int, str, float, str]]]:
        """Uncalibrated technique spans ``(start, end, technique, raw score, route)`` for each of ``texts``.

        The raw score is P(span) x P(technique); the route (:data:`~slant.techniques._calibration.ROUTES`)
        says where the span came from: ``"verified"`` (kept by the verifier), ``"tagged"`` (tagger and
        lexicon alone), ``"contextual"`` (the fine-tuned tagger, ``quality="best"``) or ``"scare_quote"``
        (the so-called rule; P(technique) alone).

        Args:
            texts: the parts' texts.
            context: the whole page's text, for Repetition; default: the texts joined.
            contextual: per text, whether the span encoder may be used on it: the verifier checks
                its candidate spans and a cascade may send its uncertain spans to the contextual
                classifier (default: every text). The annotator keeps comments on the fast path.
            quality: ``"fast"`` or ``"best"`` (the fine-tuned tagger finds the spans of every text;
                route ``"contextual"``).
        """
        page = context if context is not None else "\n".join(texts)
        allowed = list(contextual) if contextual is not None else [True] * len(texts)
        found = [
            self.find_spans(text, verify=flag, quality=quality)
            for text, flag in zip(texts, allowed, strict=True)
        ]
        items = [(text, s, e) for text, spans in zip(texts, found, strict=True) for s, e, _ in spans]
        routable = [flag for flag, spans in zip(allowed, found, strict=True) for _ in spans]
        proba = self._proba(items, page, routable)
        classes = self.classifier.classes_
        out: list[list[tuple[int, int, str, float, str]]] = []
        row = 0
        for text, spans, flag in zip(texts, found, allowed, strict=True):
            labelled = self._scare_quotes(text, page, routable=flag)
            if quality == "best":
                route = "contextual"
            else:
                route = "verified" if flag and self.verifier is not None else "tagged"
            for start, end, score in spans:
                order = proba[row].argsort()[::-1]
                first, second = float(proba[row][order[0]]), float(proba[row][order[1]])
                labelled.append((start, end, classes[order[0]], score * first, route))
                if second >= SECOND_TECHNIQUE_RATIO * first:
                    labelled.append((start, end, classes[order[1]], score * second, route))
                row += 1
            out.append(labelled)
        return out

    def save(self, path: str | Path) -> None:
        """Write every part (tagger, classifier or cascade, lexicon, verifier, vectors, encoder) into ``path``."""
        folder = Path(path)
        self.tagger.save(folder)
        self.classifier.save(folder)
        if self.lexicon is not None:
            self.lexicon.save(folder)
        if self.verifier is not None:
            self.verifier.save(folder)
        if self.calibration is not None:
            self.calibration.save(folder)
        if self.contextual is not None:
            self.contextual.save(folder)

    def _proba(
        self, items: Sequence[tuple[str, int, int]], page: str, routable: Sequence[bool]
    ) -> FloatArray:
        contexts = [page] * len(items)
        if isinstance(self.classifier, CascadeClassifier):
            return self.classifier.predict_proba(items, contexts=contexts, routable=routable)
        return self.classifier.predict_proba(items, contexts=contexts)

    def _scare_quotes(
        self, text: str, page: str, *, routable: bool
    ) -> list[tuple[int, int, str, float, str]]:
        spans = scare_quote_spans(text)
        if not spans:
            return []
        proba = self._proba([(text, s, e) for s, e in spans], page, [routable] * len(spans))
        columns = [self.classifier.classes_.index(t) for t in SCARE_QUOTE_TECHNIQUES]
        labelled = []
        for (start, end), row in zip(spans, proba, strict=True):
            best = max(columns, key=lambda c: float(row[c]))
            labelled.append((start, end, self.classifier.classes_[best], float(row[best]), "scare_quote"))
        return labelled


def _read(folder: Path) -> TechniqueModel:
    lexicon = LexiconTagger.load(folder) if (folder / "lexicon.json").is_file() else None
    classifier = (
        CascadeClassifier.load(folder)
        if CascadeClassifier.present(folder)
        else TechniqueClassifier.load(folder)
    )
    verifier = SpanVerifier.load(folder) if SpanVerifier.present(folder) else None
    calibration = SpanCalibration.load(folder) if SpanCalibration.present(folder) else None
    contextual = ContextualTagger.load(folder) if ContextualTagger.present(folder) else None
    return TechniqueModel(SpanTagger.load(folder), classifier, lexicon, verifier, calibration, contextual)


def load_model(folder: str | Path | None = None) -> TechniqueModel:
    """Load (once per process, in the model layer's cache) the technique model in ``folder``, by default the shipped one.

    Raises:
        ModelError: the folder holds no technique model, or one of its files is damaged.
    """
    path = Path(folder) if folder is not None else shipped_model_dir()
    return _models.load("techniques", path, _read, version=MODEL_VERSION)


class TechniqueAnnotator(BaseAnnotator):
    """Mark propaganda-technique spans in the title, the article and each comment.

    Writes the span layer ``"techniques"`` on every part: label = a technique name from
    SemEval-2020 Task 11 (see :data:`slant.techniques.TECHNIQUE_INFO`), score = the calibrated
    probability that the span is a propaganda span of that technique (the model's
    ``calibration.json``; without one, P(span) x P(technique)). Every span is written; which ones
    views show by default is :func:`slant._labels.display_threshold`'s decision. The title's and the
    article's spans are checked by the model's span verifier (if it has one) and named by its full
    classifier (with a cascade: the contextual one where the fast one is unsure); the comments' come
    from the tagger and the lexicon alone and are named by the fast classifier, for speed.

    Args:
        model_dir: a folder written by ``slant train techniques``; None for the shipped model.
        quality: ``"fast"`` (default) or ``"best"``: the fine-tuned tagger finds the spans of every
            part (the ``best`` extra; a few pages a second instead of about fifteen).
    """

    name: ClassVar[str] = "techniques"
    requires: ClassVar[tuple[str, ...]] = ()
    assigns: ClassVar[tuple[str, ...]] = ("spans.techniques",)

    def __init__(self, *, model_dir: str | Path | None = None, quality: Quality = "fast") -> None:
        self.model_dir = model_dir
        self.quality = quality

    @property
    def model(self) -> TechniqueModel:
        """The model, loaded on first use."""
        return load_model(self.model_dir)

    def _quality(self) -> Quality:
        if self.quality not in QUALITIES:
            raise UsageError(f"quality must be one of {', '.join(QUALITIES)}. Got {self.quality!r} instead.")
        return self.quality

    def _folder(self) -> Path:
        return Path(self.model_dir) if self.model_dir is not None else shipped_model_dir()

    def model_info(self) -> _models.ModelInfo:
        """Which model this annotator runs: name, version, format and the digest of its folder's files.

        Raises:
            ModelError: the model folder does not exist.
        """
        return _models.model_info("techniques", self._folder(), version=MODEL_VERSION)

    def save(self, path: str | Path) -> None:
        """Write the model's parts, its model card and its metrics into the folder ``path``."""
        self.model.save(path)
        for extra in ("MODEL_CARD.md", "metrics.json"):
            source = self._folder() / extra
            if source.is_file() and source.resolve() != (Path(path) / extra).resolve():
                shutil.copyfile(source, Path(path) / extra)

    @classmethod
    def load(cls, path: str | Path) -> TechniqueAnnotator:
        """An annotator running the model saved in the folder ``path``, read now (a bad folder fails here).

        Raises:
            ModelError: the folder holds no technique model, or one of its files is damaged.
        """
        annotator = cls(model_dir=path)
        annotator.model  # noqa: B018 - load now
        return annotator

    def predict(self, docs: Iterable[Document]) -> list[list[list[Span]]]:
        """The spans each part of each document would get, without changing the documents."""
        model = self.model
        predictions = []
        for doc in docs:
            parts = doc.parts
            texts = [part.text for part in parts]
            # The contextual classifier's gain was measured on news articles; comment threads, where
            # most of a page's spans are, keep the fast classifier (docs/models/techniques.md).
            found = model.spans(
                texts, contextual=[part.kind != "comment" for part in parts], quality=self._quality()
            )
            spans = [[Span(s, e, label, score, self.name) for s, e, label, score in part] for part in found]
            _add_echoes(parts, spans, source=self.name)
            predictions.append(spans)
        return predictions

    def set_annotations(self, docs: Iterable[Document], predictions: Sequence[list[list[Span]]]) -> None:
        """Write ``predictions`` (from :meth:`predict`) into the documents' ``techniques`` layers."""
        for doc, spans in zip(docs, predictions, strict=True):
            for part, part_spans in zip(doc.parts, spans, strict=True):
                part.spans.set("techniques", part_spans, overwrite=True)

    def __call__(self, doc: Document) -> Document:
        self.set_annotations([doc], self.predict([doc]))
        return doc

    def pipe(self, docs: Iterable[Document], *, batch_size: int = 64) -> Iterator[Document]:
        """Annotate documents ``batch_size`` at a time (``predict``, then ``set_annotations``), in order.

        No document of a batch is written before the whole batch is predicted, so a batch that
        raises leaves its documents as they were (``Pipeline.pipe`` then runs them one by one).
        """
        batch: list[Document] = []
        for doc in docs:
            batch.append(doc)
            if len(batch) >= batch_size:
                self.set_annotations(batch, self.predict(batch))
                yield from batch
                batch = []
        if batch:
            self.set_annotations(batch, self.predict(batch))
            yield from batch


def _add_echoes(parts: Sequence[Part], spans: list[list[Span]], *, source: str) -> None:
    """Mark, in comments, word-for-word echoes of the article's propaganda spans as Repetition."""
    phrases: dict[tuple[str, ...], float] = {}
    for part, part_spans in zip(parts, spans, strict=True):
        if part.kind == "comment":
            continue
        for span in part_spans:
            words = tuple(w.lower() for w in _WORD.findall(part.span_text(span)))
            if len(words) >= MIN_ECHO_WORDS:
                phrases[words] = max(phrases.get(words, 0.0), span.score)
    if not phrases:
        return
    for part, part_spans in zip(parts, spans, strict=True):
        if part.kind != "comment":
            continue
        matches = list(_WORD.finditer(part.text))
        lower = [m.group().lower() for m in matches]
        taken = {(s.start, s.end) for s in part_spans if s.label == "Repetition"}
        for words, score in phrases.items():
            n = len(words)
            for i in range(len(lower) - n + 1):
                if tuple(lower[i : i + n]) == words:
                    start, end = matches[i].start(), matches[i + n - 1].end()
                    if (start, end) not in taken:
                        taken.add((start, end))
                        part_spans.append(Span(start, end, "Repetition", score, source))
