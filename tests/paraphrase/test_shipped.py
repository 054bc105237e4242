"""The shipped paraphrase model with the real encoder (issue 19): its quality gate on the held-out
pages of the labelled set, pages built by hand, other languages, and the example page."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

import slant
from slant import Document, Part, Pipeline
from slant.paraphrase import load_model, read_pages
from slant.paraphrase._training import claims_of, score_claims
from slant.toxicity._encoder import shared_encoder

pytestmark = [pytest.mark.issue(19), pytest.mark.model]

DATA = Path(__file__).resolve().parent.parent / "annotators" / "data" / "paraphrase_pairs.txt"
#: Floors under the first reading of the held-out pages (precision 0.947, recall 0.563: 36 right of
#: 38 claims, 64 paraphrases; bench/results/paraphrase_heldout_first_reading.json). The reading is
#: deterministic; the margin is for BLAS summation order on another machine, not for a worse model.
PRECISION_FLOOR = 0.90
RECALL_FLOOR = 0.50

ARTICLE = (
    "The city council voted to close the central library at the end of the year. "
    "Officials said the building needs repairs that would cost twelve million euros. "
    "Residents have collected more than ten thousand signatures against the closure."
)


def _page(*comments: str) -> Document:
    return Document(
        article=Part(ARTICLE, kind="article", id="article"),
        comments=[Part(text, kind="comment", id=f"c{i}", author=f"a{i}") for i, text in enumerate(comments)],
    )


def _claims(doc: Document) -> dict[str, tuple[str, float]]:
    """Comment id -> (the article sentence it restates, probability)."""
    Pipeline(["quotes", "echo", "paraphrase"])(doc)
    return {
        c.id: (doc.article.text[s.attrs["article_start"] : s.attrs["article_end"]], s.score)
        for c in doc.comments
        for s in c.spans["echoes"]
        if s.label == "paraphrase"
    }


def test_held_out_pages_keep_the_pinned_precision_and_recall() -> None:
    model = load_model()
    assert model.model_card_["data_sha256"] == hashlib.sha256(DATA.read_bytes()).hexdigest(), (
        "the labelled set changed since the model was fitted: refit (bench/paraphrase_eval.py fit) and re-read"
    )
    held_out = [p for p in read_pages(DATA) if p.split == "test"]
    result = score_claims(model, claims_of(held_out, encode=shared_encoder().encode))
    assert result["paraphrases"] == 64
    assert result["precision"] >= PRECISION_FLOOR, result
    assert result["recall"] >= RECALL_FLOOR, result


def test_restatements_are_found_and_unrelated_comments_are_not() -> None:
    claims = _claims(
        _page(
            "So the councillors decided to shut down the main library by December.",
            "Fixing the building would apparently cost 12 million.",
            "Does anyone know when the next bus to the airport leaves?",
            "My cat likes to sleep on the keyboard all day.",
        )
    )
    assert claims.keys() == {"c0", "c1"}
    assert claims["c0"][0].startswith("The city council voted to close")
    assert claims["c1"][0].startswith("Officials said the building needs repairs")
    assert all(0.5 < p < 0.9 for _, p in claims.values())  # calibrated: likely, never certain


def test_replies_that_contradict_are_mostly_not_claimed() -> None:
    # The measured limit: a denial is about as similar to its sentence as a restatement. Of these
    # three, the first ("never voted") is claimed at 0.52, just over the threshold (0.515).
    claims = _claims(
        _page(
            "The council never voted on anything, the library stays open.",
            "The repairs would cost almost nothing, that figure is invented.",
            "Hardly anyone signed that petition, a few hundred at most.",
        )
    )
    assert len(claims) <= 1
    assert all(p < 0.6 for _, p in claims.values())


def test_other_languages_do_not_crash_and_translations_count() -> None:
    # The encoder is multilingual (16 languages): a comment translating an article sentence restates
    # it. Georgian is not among its languages: nothing is claimed, nothing fails.
    claims = _claims(
        _page(
            "Городской совет решил закрыть центральную библиотеку в конце года.",
            "Der Stadtrat hat beschlossen, die Zentralbibliothek Ende des Jahres zu schließen.",
            "ქალაქის საბჭომ გადაწყვიტა ცენტრალური ბიბლიოთეკის დახურვა წლის ბოლოს.",
        )
    )
    assert claims.keys() == {"c0", "c1"}
    assert all(sentence.startswith("The city council voted") for sentence, _ in claims.values())


def test_the_example_page_gains_no_paraphrase(example_page: Path) -> None:
    # What comes out, not what we would like: c6's "... get on with the job and move the frontline
    # on" is closest to another article sentence (cosine 0.40; 0.34, probability 0.24, to the one
    # with "set to finish the job"), far under the threshold's 0.64; the two comment sentences over
    # it (c14's, 0.76 and 0.57) already quote the article word for word, so add nothing.
    doc = slant.analyze(example_page, pipeline=["quotes", "echo", "paraphrase"])
    echo = doc.article.attrs["echo"]
    assert (echo["comments"], echo["echoes"], echo["paraphrases"]) == (5, 8, 0)
