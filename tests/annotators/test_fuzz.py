"""Any text: the five rule-based annotators never crash and every span lies inside its part's text."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from slant import Document, Part, Pipeline

# Pieces that exercise the annotators' rules, glued in any order with any characters between.
_PIECES = [
    "From TASS ",
    "http://tass.com/a/1",
    "www.rt.com",
    " via the BBC",
    "according to local sources",
    " said ",
    "Lavrov",
    "so-called ",
    "“",
    "”",
    "‘",
    "’",
    '"',
    "'",
    "«",
    "»",
    "„",
    ". ",
    "…",
    "!!",
    "\n",
    "U.S.",
    "Sec.",
    "No. 5",
    "ingore",
    "militan-held",
    "S yrian",
    "f@ck",
    "it’s",
    "8,461",
    "me@example.org",
    "Пламень",
    "حلب",
]
_TEXT = st.lists(st.one_of(st.sampled_from(_PIECES), st.text(max_size=5)), max_size=30).map("".join)
_PIPELINE = Pipeline(["sentences", "language", "spelling", "links", "quotes"])


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_TEXT)
def test_any_text_gives_valid_spans(text: str) -> None:
    doc = _PIPELINE(Document(article=Part(text, kind="article", id="article")))
    part = doc.article
    for layer in ("tokens", "sentences", "misspellings", "links", "sources", "quotes"):
        for span in part.spans[layer]:
            assert 0 <= span.start < span.end <= len(text), (layer, span)
            assert 0.0 <= span.score <= 1.0
    for token in part.spans["tokens"]:
        assert part.span_text(token).strip() == part.span_text(token)
    assert isinstance(part.attrs["language"], str)
    assert part.attrs["misspelling_rate"] >= 0
