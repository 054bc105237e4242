"""Paraphrase echoes: comment sentences that restate an article sentence in other words (issue 19).

The verbatim and near echoes (:mod:`slant.annotators._echo`) find the article's words in a comment;
this annotator, run after it, finds the article's *claims* in other words ("the Russians pounded the
terrorists all night" for "Russian aircraft carried out dozens of strikes on terrorist positions
overnight"). Every comment sentence of at least :data:`MIN_WORDS` words is compared with every
article sentence by the cosine of their multilingual USE embeddings; a comment sentence's most
similar article sentence is claimed when the calibrated probability (:class:`ParaphraseModel`)
passes the model's threshold, chosen for 0.8 precision on the labelled dev pages.

The claims go into the same layers as the verbatim echoes: a ``paraphrase`` span (its score the
probability) in the comment's ``echoes`` layer pointing at the article sentence
(``attrs.article_start``/``article_end``), and a ``paraphrased`` span over that sentence in the
article's ``echoed`` layer naming the comments. The page's echo figure then counts them.

What it cannot do, measured: a reply that contradicts the article ("the vaccine is dangerous and the
minister knows it") is as similar to it as a paraphrase, and so is claimed about as often as a true
one of the same similarity (hence the probability); the example page's "get on with the job" is not
found (its sentence is closest to another article sentence). Opt-in: it costs far more than the
15 % of the default pipeline's time issue 19 allows (docs/benchmarks.md, "Paraphrase echoes").
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar

import numpy as np
import numpy.typing as npt

from slant import _models
from slant._document import Document, Part, Span
from slant._pipeline import BaseAnnotator
from slant.annotators._echo import echo_summary, words_of
from slant.annotators._sentences import split_sentences
from slant.paraphrase._model import ParaphraseModel

__all__ = [
    "MAX_ARTICLE_SENTENCES",
    "MAX_COMMENT_SENTENCES",
    "MIN_WORDS",
    "Claim",
    "ParaphraseAnnotator",
    "claim_paraphrases",
    "load_model",
    "long_enough",
    "shipped_model_file",
    "similarities",
]

logger = logging.getLogger(__name__)

#: Sentences shorter than this many words are not compared ("First!", "lol", "Sad times.").
MIN_WORDS = 4
#: The article sentences compared, from the top (a 400-sentence article is a long book chapter).
MAX_ARTICLE_SENTENCES = 400
#: The comment sentences compared per page, in page order: the analysis budget. At about 1,500
#: short sentences per CPU second (bench/bench_paraphrase.py), 3,000 sentences cost about 2 s.
MAX_COMMENT_SENTENCES = 3000
#: Characters of a sentence the encoder reads (a run-on "sentence" of a pasted text is cut here).
MAX_SENTENCE_CHARS = 600
#: Characters of a comment split into sentences: a pasted book is read as far as its first pages.
MAX_COMMENT_CHARS = 20_000

Encode = Callable[[Sequence[str]], npt.NDArray[np.float32]]


#: The versioned name of the shipped model (listed by ``slant.loaded_models()``).
MODEL_VERSION = "slant.paraphrase.v1"
_MODEL_FILE = "model.json"


def shipped_model_file() -> Path:
    """The paraphrase model shipped with slant."""
    return Path(__file__).resolve().parent.parent / "data" / "paraphrase" / _MODEL_FILE


def load_model(model_dir: str | Path | None = None) -> ParaphraseModel:
    """The paraphrase model in the folder ``model_dir`` (default: the shipped one), loaded once per process.

    Raises:
        ModelError: the folder holds no paraphrase model, or its file is damaged.
    """
    folder = Path(model_dir) if model_dir is not None else shipped_model_file().parent
    return _models.load(
        "paraphrase", folder, lambda path: ParaphraseModel.load(path / _MODEL_FILE), version=MODEL_VERSION
    )


@dataclass(frozen=True, slots=True)
class Claim:
    """Comment sentence ``comment`` restates article sentence ``article`` (indices into the lists
    given to :func:`claim_paraphrases`) with ``probability``; ``similarity`` is their cosine."""

    comment: int
    article: int
    similarity: float
    probability: float


def _unit(vectors: npt.NDArray[np.float32]) -> npt.NDArray[np.float32]:
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    out: npt.NDArray[np.float32] = vectors / np.maximum(norms, 1e-12)
    return out


def similarities(
    comments: Sequence[str], article: Sequence[str], *, encode: Encode
) -> npt.NDArray[np.float32]:
    """Cosine of every (comment sentence, article sentence) pair, ``(len(comments), len(article))``."""
    a = _unit(np.asarray(encode([t[:MAX_SENTENCE_CHARS] for t in article]), dtype=np.float32))
    c = _unit(np.asarray(encode([t[:MAX_SENTENCE_CHARS] for t in comments]), dtype=np.float32))
    out: npt.NDArray[np.float32] = c @ a.T
    return out


def long_enough(text: str) -> bool:
    """At least :data:`MIN_WORDS` words: worth comparing."""
    return len(words_of(text, limit=MIN_WORDS)) >= MIN_WORDS


def claim_paraphrases(
    comments: Sequence[str], article: Sequence[str], *, encode: Encode, model: ParaphraseModel
) -> list[Claim]:
    """Each comment sentence's most similar article sentence, where the model's probability passes its threshold.

    Args:
        comments: comment sentences.
        article: article sentences.
        encode: texts to embeddings (rows need not be normalised).
        model: the fitted :class:`ParaphraseModel`.
    """
    if not comments or not article:
        return []
    similarity = similarities(comments, article, encode=encode)
    best = similarity.argmax(axis=1)
    cosine = similarity[np.arange(len(best)), best].astype(np.float64)
    probability = model.predict_proba(cosine)
    return [
        Claim(int(i), int(best[i]), float(cosine[i]), float(probability[i]))
        for i in np.flatnonzero(probability >= model.threshold_)
    ]


def _sentences(text: str, *, limit: int) -> list[tuple[int, int]]:
    """Sentence offsets of ``text`` with at least :data:`MIN_WORDS` words, the first ``limit`` of them."""
    found = []
    for start, end in split_sentences(text):
        if long_enough(text[start:end]):
            found.append((start, end))
            if len(found) >= limit:
                break
    return found


def _echoes_sentence(comment: Part, start: int, end: int, article_start: int, article_end: int) -> bool:
    """Whether a verbatim or near echo in the comment's sentence already points into the article sentence."""
    return any(
        s.start < end
        and start < s.end
        and article_start <= int(s.attrs.get("article_start", -1)) < article_end
        for s in comment.spans.get("echoes", ())
    )


def _inside_quotes(comment: Part, start: int, end: int) -> bool:
    return any(
        s.start <= start and end <= s.end
        for s in comment.spans.get("quotes", ())
        if s.label in {"quotation", "mention"}
    )


class ParaphraseAnnotator(BaseAnnotator):
    """Adds paraphrase echoes to the comments' ``echoes`` and the article's ``echoed`` layers, and
    counts them in the page's echo figure (``attrs.echo``). Runs after the ``echo`` annotator.

    Args:
        model_dir: a folder with a paraphrase model (``model.json``); None for the shipped one.
        encoder: texts to embeddings; None for the multilingual USE the toxicity model uses (shared).
    """

    name: ClassVar[str] = "paraphrase"
    requires: ClassVar[tuple[str, ...]] = ("spans.echoes",)
    optional_requires: ClassVar[tuple[str, ...]] = ("spans.quotes",)
    assigns: ClassVar[tuple[str, ...]] = ("spans.echoes", "spans.echoed", "attrs.echo")

    def __init__(self, *, model_dir: str | Path | None = None, encoder: Encode | None = None) -> None:
        self.model_dir = model_dir
        self.encoder = encoder

    @property
    def model(self) -> ParaphraseModel:
        """The paraphrase model (loaded on first use, once per process)."""
        return load_model(self.model_dir)

    def _folder(self) -> Path:
        return Path(self.model_dir) if self.model_dir is not None else shipped_model_file().parent

    def model_info(self) -> _models.ModelInfo:
        """Which model this annotator runs: name, version, format and the digest of its folder's files."""
        return _models.model_info("paraphrase", self._folder(), version=MODEL_VERSION)

    def save(self, path: str | Path) -> None:
        """Write the model (settings and model card) into the folder ``path``."""
        folder = Path(path)
        folder.mkdir(parents=True, exist_ok=True)
        model = self.model
        model.save(folder / _MODEL_FILE, model_card=getattr(model, "model_card_", {}))

    @classmethod
    def load(cls, path: str | Path, *, encoder: Encode | None = None) -> ParaphraseAnnotator:
        """An annotator running the model saved in the folder ``path``, read now (a bad folder fails here).

        Raises:
            ModelError: the folder holds no paraphrase model, or its file is damaged.
        """
        annotator = cls(model_dir=path, encoder=encoder)
        annotator.model  # noqa: B018 - load now
        return annotator

    def _encode(self) -> Encode:
        if self.encoder is not None:
            return self.encoder
        from slant.toxicity._encoder import shared_encoder

        return shared_encoder().encode

    def __call__(self, doc: Document) -> Document:
        article = doc.article
        article_sentences = _sentences(article.text, limit=MAX_ARTICLE_SENTENCES)
        places: list[tuple[Part, int, int]] = []
        for comment in doc.comments:
            budget = MAX_COMMENT_SENTENCES - len(places)
            if budget <= 0:
                logger.info(
                    "paraphrase: compared the first %d comment sentences of the page only",
                    MAX_COMMENT_SENTENCES,
                )
                break
            text = comment.text[:MAX_COMMENT_CHARS]
            places += [(comment, s, e) for s, e in _sentences(text, limit=budget)]
        claims: list[Claim] = []
        if places and article_sentences:
            claims = claim_paraphrases(
                [part.text[s:e] for part, s, e in places],
                [article.text[s:e] for s, e in article_sentences],
                encode=self._encode(),
                model=self.model,
            )
        added: dict[str, list[Span]] = defaultdict(list)
        paraphrased_by: dict[tuple[int, int], list[str]] = defaultdict(list)
        for claim in claims:
            comment, start, end = places[claim.comment]
            article_start, article_end = article_sentences[claim.article]
            if _echoes_sentence(comment, start, end, article_start, article_end):
                continue  # already linked word for word: the verbatim echo says more
            phrase = " ".join(article.text[article_start:article_end].split()).lower()
            added[comment.id].append(
                Span(
                    start,
                    end,
                    "paraphrase",
                    round(claim.probability, 4),
                    self.name,
                    {
                        "article_start": article_start,
                        "article_end": article_end,
                        "phrase": phrase,
                        "quoted": _inside_quotes(comment, start, end),
                        "similarity": round(claim.similarity, 4),
                    },
                )
            )
            paraphrased_by[(article_start, article_end)].append(comment.id)
        for comment in doc.comments:
            if added.get(comment.id):
                spans = sorted(
                    [*comment.spans.get("echoes", ()), *added[comment.id]], key=lambda s: (s.start, s.end)
                )
                comment.spans.set("echoes", spans, overwrite=True)
        article.spans.set(
            "echoed",
            [
                *article.spans.get("echoed", ()),
                *(
                    Span(start, end, "paraphrased", 1.0, self.name, {"comments": list(dict.fromkeys(ids))})
                    for (start, end), ids in sorted(paraphrased_by.items())
                ),
            ],
            overwrite=True,
        )
        article.attrs["echo"] = echo_summary(doc, paraphrase=True)
        return doc
