"""``ToxicityAnnotator`` (registered as ``slant.toxicity.v1``): scores comments, and optionally article sentences."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import ClassVar

from slant import _models
from slant._document import Document, Part, Span
from slant._pipeline import BaseAnnotator
from slant.toxicity._labels import LABELS
from slant.toxicity._score import spans_of
from slant.toxicity._shipped import MODEL_VERSION, AnyToxicityModel, load_model, shipped_model_dir
from slant.toxicity._stacked import StackedToxicityModel

__all__ = ["ToxicityAnnotator", "load_model", "shipped_model_dir"]

_SENTENCE = re.compile(r"[^.!?\n]+(?:[.!?]+[\"'”’)]*|$)")


class ToxicityAnnotator(BaseAnnotator):
    """Give each comment seven calibrated toxicity scores and the spans of the words responsible.

    Writes ``part.scores["toxicity"]`` (label -> probability) and the span layer ``"toxicity"``
    (label = the label a word drives, score in [0, 1]) on every comment, and on the article too
    when ``score_article`` is set: each article sentence is scored, the article's scores are the
    highest sentence scores, and toxic words of toxic sentences become spans.

    Layers read: none required. With ``score_article``, the article's ``spans.sentences`` when an
    earlier annotator assigned it (``optional_requires``), else a simple split of its own.

    Args:
        model_dir: a folder written by ``slant train toxicity``; None for the shipped model.
        score_article: also score the article's sentences (off by default: articles are not comments).
        spans: mark the responsible words (costs a little time per toxic comment).
    """

    name: ClassVar[str] = "toxicity"
    requires: ClassVar[tuple[str, ...]] = ()
    optional_requires: ClassVar[tuple[str, ...]] = ("spans.sentences",)
    assigns: ClassVar[tuple[str, ...]] = ("scores.toxicity", "spans.toxicity")

    def __init__(
        self, *, model_dir: str | Path | None = None, score_article: bool = False, spans: bool = True
    ) -> None:
        self.model_dir = model_dir
        self.score_article = score_article
        self.spans = spans

    @property
    def model(self) -> AnyToxicityModel:
        """The model, loaded on first use."""
        return load_model(self.model_dir)

    def _folder(self) -> Path:
        return Path(self.model_dir) if self.model_dir is not None else shipped_model_dir()

    def model_info(self) -> _models.ModelInfo:
        """Which model this annotator runs: name, version, format and the digest of its folder's files.

        Raises:
            ModelError: the model folder does not exist.
        """
        return _models.model_info("toxicity", self._folder(), version=MODEL_VERSION)

    def save(self, path: str | Path) -> None:
        """Write the model (weights, settings, model card and metrics) into the folder ``path``."""
        model = self.model
        metrics_file = self._folder() / "metrics.json"
        metrics = json.loads(metrics_file.read_text(encoding="utf-8")) if metrics_file.is_file() else None
        model.save(path, model_card=model.model_card_, metrics=metrics)

    @classmethod
    def load(cls, path: str | Path, *, score_article: bool = False, spans: bool = True) -> ToxicityAnnotator:
        """An annotator running the model saved in the folder ``path``, read now (a bad folder fails here).

        Raises:
            ModelError: the folder holds no toxicity model, or one of its files is damaged.
        """
        annotator = cls(model_dir=path, score_article=score_article, spans=spans)
        annotator.model  # noqa: B018 - load now
        return annotator

    def __call__(self, doc: Document) -> Document:
        self._annotate([doc])
        return doc

    def pipe(self, docs: Iterable[Document], *, batch_size: int = 64) -> Iterator[Document]:
        """Annotate documents in batches (one model call per batch), keeping their order."""
        batch: list[Document] = []
        for doc in docs:
            batch.append(doc)
            if len(batch) >= batch_size:
                self._annotate(batch)
                yield from batch
                batch = []
        if batch:
            self._annotate(batch)
            yield from batch

    def _annotate(self, docs: list[Document]) -> None:
        if isinstance(self.model, StackedToxicityModel) and len(docs) > 1:
            # The sentence encoder batches the texts it is given, and its float32 sums depend (in the
            # last bits) on what else is in the batch; one document per call keeps pipe() and
            # __call__ giving the very same scores (issue 17).
            for doc in docs:
                self._annotate_together([doc])
            return
        self._annotate_together(docs)

    def _annotate_together(self, docs: list[Document]) -> None:
        """Score every comment (and article sentence) of ``docs`` in one model call."""
        model = self.model
        comments = [c for doc in docs for c in doc.comments]
        pieces: list[tuple[Part, int, int]] = [(c, 0, len(c.text)) for c in comments]
        if self.score_article:
            for doc in docs:
                pieces.extend((doc.article, s, e) for s, e in _sentences(doc.article))
        texts = [part.text[s:e] for part, s, e in pieces]
        probs = model.predict_proba(texts)
        blamed = spans_of(model, texts, probs) if self.spans else {}
        found: dict[int, list[Span]] = {}
        article_scores: dict[int, dict[str, float]] = {}
        for i, (part, start, _) in enumerate(pieces):
            row = probs[i]
            # An empty comment (an image, a deleted text) says nothing, so it is not toxic.
            blank = not texts[i].strip()
            scores = {label: 0.0 if blank else float(row[k]) for k, label in enumerate(LABELS)}
            if part.kind == "comment":
                part.scores["toxicity"] = scores
            else:
                best = article_scores.setdefault(id(part), dict.fromkeys(LABELS, 0.0))
                for label, value in scores.items():
                    best[label] = max(best[label], value)
            found.setdefault(id(part), []).extend(
                Span(start + s.start, start + s.end, s.label, s.score, self.name) for s in blamed.get(i, [])
            )
        for doc in docs:
            for comment in doc.comments:
                comment.spans.set("toxicity", found.get(id(comment), ()), overwrite=True)
            if self.score_article:
                article = doc.article
                article.scores["toxicity"] = article_scores.get(id(article), dict.fromkeys(LABELS, 0.0))
                article.spans.set("toxicity", found.get(id(article), ()), overwrite=True)


def _sentences(part: Part) -> list[tuple[int, int]]:
    """The part's sentences: the ``sentences`` layer when an earlier annotator set it, else a simple split."""
    if "sentences" in part.spans:
        return [(s.start, s.end) for s in part.spans["sentences"]]
    return [(m.start(), m.end()) for m in _SENTENCE.finditer(part.text) if m.group().strip()]
