"""Comments that echo the article: the article's phrases a comment repeats, word for word or nearly (issue 19).

Framing that passes from an article to its readers is what propaganda is for. The example page's
article says the army is "set to finish the job"; one comment says "Finish the job, some civilians
will unfortunately die", another "finish their job in Syria". Both are echoes: the first verbatim,
the second near (a determiner changed).

How: both texts are cut into words, each with a key (lower case, a determiner or possessive read as
"the", a plural or tense ending stripped). Every run of at least :data:`MIN_WORDS` keys that a comment
shares with the article is a candidate, grown to its longest. A candidate counts only when it carries
at least :data:`MIN_CONTENT_WORDS` words that are not function words, one of them written in lower
case in the article: "of the city" is common English, and "the United States" a name, not framing.
An echo is ``verbatim`` when the words are the same (case aside), ``near`` when only keys agree.

Each echo is a span in the comment's ``echoes`` layer pointing at the article's words
(``attrs.article_start``/``article_end``), and the article's words carry an ``echoed`` span naming the
comments that echo them, so a report can link the two. An echo inside quotation marks in the comment
(a reader quoting the article to argue with it) is kept and marked ``quoted``. The page's figure
(share of comments echoing, phrases echoed most) is :func:`echo_summary`, in ``article.attrs["echo"]``.

Paraphrase (the article's claim in other words) is the opt-in ``paraphrase`` annotator's
(:mod:`slant.paraphrase`), which runs after this one and adds ``paraphrase`` spans to the same layers;
:func:`echo_summary` counts them.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, ClassVar

from slant._document import Document, Part, Span
from slant._pipeline import BaseAnnotator

__all__ = ["Echo", "EchoAnnotator", "Word", "article_index", "echo_summary", "find_echoes", "words_of"]

#: The shortest echoed phrase, in words: two-word overlaps ("military operations") are everyday English.
MIN_WORDS = 3
#: Words of an echo that must not be function words ("finish the job": finish, job).
MIN_CONTENT_WORDS = 2
#: Phrases listed in the page's figure.
TOP_PHRASES = 5
#: Comments longer than this many words are read only this far: the echo of a phrase is found in
#: the first 2,000 words of a comment as well as in all of them, and a pasted book costs no more.
MAX_COMMENT_WORDS = 2000

_WORD = re.compile(r"\w+(?:['’]\w+)*")
# Read as "the": a determiner swapped for another keeps the phrase ("finish their job").
_DETERMINERS = frozenset("the a an this that these those their his her its our your my some any".split())
# English function words: an echo needs content words besides them.
_FUNCTION_WORDS = _DETERMINERS | frozenset(
    (
        "and or but nor so yet for of to in on at by with from into onto over under about as than then "
        "is are was were be been being am do does did have has had will would shall should can could "
        "may might must not no it he she they we you i me him them us who whom whose which what when "
        "where why how there here all each every both either neither more most much many such very "
        "just also only even up out off down if because while after before again once"
    ).split()
)
_SUFFIXES = ("’s", "'s", "ies", "ing", "ed", "es", "s")


@dataclass(frozen=True, slots=True)
class Word:
    """One word of a text: where it is, how it reads in lower case, and the key echoes are matched on."""

    start: int
    end: int
    lower: str
    key: str

    @property
    def is_content(self) -> bool:
        """Not a function word."""
        return self.lower not in _FUNCTION_WORDS


def _key(lower: str) -> str:
    if lower in _DETERMINERS:
        return "the"
    for suffix in _SUFFIXES:
        # Short words keep their endings: "is", "has", "bus" are not plurals.
        if lower.endswith(suffix) and len(lower) - len(suffix) >= 3:
            return lower[: -len(suffix)]
    return lower


def words_of(text: str, *, limit: int | None = None) -> list[Word]:
    """The words of ``text`` with their offsets and keys (at most ``limit`` of them)."""
    found = []
    for match in _WORD.finditer(text):
        lower = match.group().lower()
        found.append(Word(match.start(), match.end(), lower, _key(lower)))
        if limit is not None and len(found) >= limit:
            break
    return found


@dataclass(frozen=True, slots=True)
class Echo:
    """One echo: comment words ``[first, last]`` repeat article words from ``article_first`` on."""

    first: int
    last: int
    article_first: int
    verbatim: bool


def article_index(words: Sequence[Word]) -> dict[tuple[str, ...], list[int]]:
    """Where each run of :data:`MIN_WORDS` keys starts in the article."""
    index: dict[tuple[str, ...], list[int]] = defaultdict(list)
    keys = [w.key for w in words]
    for i in range(len(keys) - MIN_WORDS + 1):
        index[tuple(keys[i : i + MIN_WORDS])].append(i)
    return index


def find_echoes(
    article_text: str,
    article: Sequence[Word],
    comment: Sequence[Word],
    *,
    index: Mapping[tuple[str, ...], list[int]] | None = None,
) -> list[Echo]:
    """The longest runs of shared keys between a comment and the article, left to right, not overlapping.

    Args:
        article_text: the article's text (to tell a lower-case word from a name).
        article: the article's words (:func:`words_of`).
        comment: the comment's words.
        index: the article's index (:func:`article_index`), made once per page; built if not given.
    """
    if index is None:
        index = article_index(article)
    echoes: list[Echo] = []
    i = 0
    while i <= len(comment) - MIN_WORDS:
        starts = index.get(tuple(w.key for w in comment[i : i + MIN_WORDS]))
        if not starts:
            i += 1
            continue
        best_start, best_length = starts[0], 0
        for start in starts:
            length = MIN_WORDS
            while (
                i + length < len(comment)
                and start + length < len(article)
                and comment[i + length].key == article[start + length].key
            ):
                length += 1
            if length > best_length:
                best_start, best_length = start, length
        echo = _trimmed(comment, article, i, best_start, best_length)
        if echo is not None and _carries_content(article_text, article, comment, echo):
            echoes.append(echo)
            i = echo.last + 1
        else:
            i += 1
    return echoes


def _trimmed(
    comment: Sequence[Word], article: Sequence[Word], first: int, article_first: int, length: int
) -> Echo | None:
    """The match without function words at its ends ("that military operations" is "military
    operations", two words: no echo); None when fewer than :data:`MIN_WORDS` words remain."""
    last = first + length - 1
    while first <= last and not comment[first].is_content:
        first += 1
        article_first += 1
    while last >= first and not comment[last].is_content:
        last -= 1
    if last - first + 1 < MIN_WORDS:
        return None
    return Echo(
        first=first,
        last=last,
        article_first=article_first,
        verbatim=all(
            comment[first + k].lower == article[article_first + k].lower for k in range(last - first + 1)
        ),
    )


def _carries_content(article_text: str, article: Sequence[Word], comment: Sequence[Word], echo: Echo) -> bool:
    """At least :data:`MIN_CONTENT_WORDS` content words, one of them written in lower case in the article."""
    length = echo.last - echo.first + 1
    content = [article[echo.article_first + k] for k in range(length) if comment[echo.first + k].is_content]
    return len(content) >= MIN_CONTENT_WORDS and any(
        article_text[w.start : w.end] == w.lower for w in content
    )


def _inside(spans: Sequence[Span], start: int, end: int) -> bool:
    return any(
        s.start <= start and end <= s.end for s in spans if s.label == "quotation" or s.label == "mention"
    )


class EchoAnnotator(BaseAnnotator):
    """Marks what each comment repeats of the article (``spans.echoes``), the article words echoed
    (``spans.echoed``) and the page's echo figure (``attrs.echo`` of the article)."""

    name: ClassVar[str] = "echo"
    requires: ClassVar[tuple[str, ...]] = ()
    optional_requires: ClassVar[tuple[str, ...]] = ("spans.quotes",)
    assigns: ClassVar[tuple[str, ...]] = ("spans.echoes", "spans.echoed", "attrs.echo")

    def __call__(self, doc: Document) -> Document:
        article = doc.article
        article_words = words_of(article.text)
        index = article_index(article_words)
        echoed_by: dict[tuple[int, int], list[str]] = defaultdict(list)
        for comment in doc.comments:
            comment_words = words_of(comment.text, limit=MAX_COMMENT_WORDS)
            spans = []
            quotes = comment.spans.get("quotes", ())
            for echo in find_echoes(article.text, article_words, comment_words, index=index):
                start, end = comment_words[echo.first].start, comment_words[echo.last].end
                length = echo.last - echo.first
                article_start = article_words[echo.article_first].start
                article_end = article_words[echo.article_first + length].end
                # The article's own words (lower case, spacing collapsed): the key phrases travel under.
                phrase = " ".join(article.text[article_start:article_end].split()).lower()
                spans.append(
                    Span(
                        start,
                        end,
                        "verbatim" if echo.verbatim else "near",
                        1.0,
                        self.name,
                        {
                            "article_start": article_start,
                            "article_end": article_end,
                            "phrase": phrase,
                            "quoted": _inside(quotes, start, end),
                        },
                    )
                )
                echoed_by[(article_start, article_end)].append(comment.id)
            comment.spans.set("echoes", spans, overwrite=True)
        article.spans.set(
            "echoed",
            [
                Span(start, end, "echoed", 1.0, self.name, {"comments": list(dict.fromkeys(ids))})
                for (start, end), ids in echoed_by.items()
            ],
            overwrite=True,
        )
        article.attrs["echo"] = echo_summary(doc)
        return doc


def _ranked(by_phrase: Mapping[str, list[str]], key: str) -> list[dict[str, Any]]:
    """The phrases (or sentences) taken up by most comments, most first, at most :data:`TOP_PHRASES`."""
    ranked = Counter({phrase: len(set(ids)) for phrase, ids in by_phrase.items()})
    return [
        {key: phrase, "comments": list(dict.fromkeys(by_phrase[phrase]))}
        for phrase, _ in sorted(ranked.items(), key=lambda item: (-item[1], item[0]))[:TOP_PHRASES]
    ]


def echo_summary(doc: Document, *, paraphrase: bool = False) -> dict[str, Any]:
    """The page's echo figure, from the comments' ``echoes`` spans.

    Args:
        doc: the document.
        paraphrase: whether the paraphrase annotator ran (its two fields are given only then).

    Returns:
        ``comments`` (how many comments echo the article, paraphrases included), ``share`` (of all
        comments; None without comments), ``echoes`` (spans), ``quoted`` (of them inside quotation
        marks), and ``phrases``: the article phrases echoed verbatim or nearly by most comments, each
        with the ``comments`` that echo it, most first. With ``paraphrase``: ``paraphrases`` (the
        paraphrase spans) and ``paraphrased``: the article sentences restated by most comments, as
        ``{"sentence", "comments"}``.
    """
    by_phrase: dict[str, list[str]] = defaultdict(list)
    by_sentence: dict[str, list[str]] = defaultdict(list)
    echoing = 0
    spans = quoted = 0
    for comment in doc.comments:
        found = comment.spans.get("echoes", ())
        echoing += bool(found)
        spans += len(found)
        for span in found:
            quoted += bool(span.attrs.get("quoted"))
            into = by_sentence if span.label == "paraphrase" else by_phrase
            into[str(span.attrs.get("phrase", ""))].append(comment.id)
    summary: dict[str, Any] = {
        "comments": echoing,
        "share": round(echoing / len(doc.comments), 4) if doc.comments else None,
        "echoes": spans,
        "quoted": quoted,
        "phrases": _ranked(by_phrase, "phrase"),
    }
    if paraphrase:
        summary["paraphrases"] = sum(len(ids) for ids in by_sentence.values())
        summary["paraphrased"] = _ranked(by_sentence, "sentence")
    return summary


def summary_of(part: Part) -> Mapping[str, Any] | None:
    """The echo figure stored on ``part`` (the article), if the echo annotator ran."""
    value = part.attrs.get("echo")
    return value if isinstance(value, Mapping) else None
