"""Documents built by hand for the report tests: every layer the default pipeline and the model
annotators write (quotes, sources, links, misspellings, techniques, toxicity), with overlaps, replies,
anonymous and empty comments, and a score map per comment."""

from __future__ import annotations

from typing import Any

import pytest

from slant import Document, Part, Span

TITLE = "Militants Again Ingore Terms of Ceasefire"
ARTICLE = (
    "Government forces renewed the operation near Aleppo, according to the Russian Defense Ministry.\n\n"
    "The so-called “moderate opposition” again violated the ceasefire, according to local sources. "
    "“We will finish the job,” a commander said. The militan-held districts are burning.\n\n"
    "From TASS http://tass.com/politics/1 and Reuters."
)
COMMENTS = [
    # id, author, parent, published, text
    ("c1", "Пламень За Свободу", None, "2023-06-02", "Good. Teach these vermin a lesson, kill them all."),
    ("c2", "northerntruthseeker", "c1", None, "You are a f@cking idiot."),
    ("c3", None, None, None, ""),
    ("c4", None, "c2", "3 hours ago", "What does “ingore” mean?"),
]


def find(
    text: str, phrase: str, label: str, *, score: float = 1.0, source: str = "test", **attrs: Any
) -> Span:
    """The span of the first occurrence of ``phrase`` in ``text``."""
    start = text.index(phrase)
    return Span(start, start + len(phrase), label, score, source, attrs)


def make_document(*, with_models: bool = True) -> Document:
    """A small annotated page; ``with_models`` adds the techniques and toxicity layers and score maps."""
    title = Part(TITLE, kind="title", id="title")
    article = Part(ARTICLE, kind="article", id="article", author="Staff", published="2023-06-01")
    comments = [
        Part(text, kind="comment", id=cid, author=author, parent=parent, published=published)
        for cid, author, parent, published, text in COMMENTS
    ]
    doc = Document(
        article=article,
        title=title,
        comments=comments,
        url="https://southfront.example/aleppo",
        source="page.html",
        outlet="southfront.example",
        reader="html",
    )
    title.spans.set("misspellings", [find(TITLE, "Ingore", "misspelling", score=0.9, suggestion="Ignore")])
    article.spans.set(
        "sentences",
        [Span(0, ARTICLE.index("\n"), "sentence"), Span(ARTICLE.index("The so"), len(ARTICLE), "sentence")],
    )
    article.spans.set(
        "quotes",
        [
            find(ARTICLE, "so-called “moderate opposition”", "scare_quote"),
            find(ARTICLE, "“We will finish the job,”", "quotation"),
        ],
    )
    article.spans.set(
        "sources",
        [
            find(
                ARTICLE, "according to the Russian Defense Ministry", "named", name="Russian Defense Ministry"
            ),
            find(ARTICLE, "according to local sources", "unnamed"),
            find(ARTICLE, "TASS", "outlet", name="TASS", domain="tass.com"),
        ],
    )
    article.spans.set(
        "links",
        [
            find(
                ARTICLE,
                "http://tass.com/politics/1",
                "url",
                url="http://tass.com/politics/1",
                domain="tass.com",
            )
        ],
    )
    article.spans.set(
        "misspellings", [find(ARTICLE, "militan-held", "misspelling", score=0.8, suggestion="militant-held")]
    )
    article.attrs.update(
        language="en", word_count=len(ARTICLE.split()), misspelling_rate=24.4, outlets=["tass.com"]
    )
    comments[0].attrs["language"] = "en"
    if with_models:
        title.spans.set("techniques", [find(TITLE, "Militants", "Loaded_Language", score=0.62)])
        article.spans.set(
            "techniques",
            [
                # overlaps the scare quote and crosses its end: segment splitting must hold both
                find(ARTICLE, "“moderate opposition” again violated", "Name_Calling,Labeling", score=0.81),
                find(ARTICLE, "finish the job", "Slogans", score=0.7),
                find(ARTICLE, "are burning", "Appeal_to_fear-prejudice", score=0.55),
            ],
        )
        comments[0].spans.set(
            "toxicity",
            [
                find(COMMENTS[0][4], "vermin", "dehumanization", score=0.88),
                find(COMMENTS[0][4], "kill them all", "threat", score=0.93),
            ],
        )
        comments[1].spans.set(
            "toxicity",
            [
                find(COMMENTS[1][4], "f@cking", "obscene", score=0.95),
                find(COMMENTS[1][4], "idiot", "insult", score=0.9),
            ],
        )
        labels = (
            "toxicity",
            "severe_toxicity",
            "insult",
            "threat",
            "identity_attack",
            "obscene",
            "dehumanization",
        )
        values = {
            "c1": (0.91, 0.41, 0.3, 0.93, 0.12, 0.05, 0.88),
            "c2": (0.97, 0.52, 0.9, 0.02, 0.03, 0.95, 0.01),
            "c3": (0.01, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0),
            "c4": (0.04, 0.0, 0.01, 0.0, 0.0, 0.0, 0.0),
        }
        for comment in comments:
            comment.scores["toxicity"] = dict(zip(labels, values[comment.id], strict=True))
        doc.annotated_by.extend(["sentences", "quotes", "sources", "techniques", "toxicity"])
    return doc


@pytest.fixture
def document() -> Document:
    return make_document()


@pytest.fixture
def plain_document() -> Document:
    return make_document(with_models=False)
