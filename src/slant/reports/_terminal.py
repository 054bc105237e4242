"""A summary of an analysed page that fits one terminal screen (what ``slant analyze PAGE`` prints).

It answers the first questions a reader has — what page, how long, how many quotes, sources and
misspellings, which techniques, which comments are the most toxic — and points to the HTML report for
the rest. A pure function of the document: the CLI decides where it goes and whether it is coloured.
"""

from __future__ import annotations

import shlex
import textwrap
from collections import Counter
from collections.abc import Iterable, Mapping
from typing import Any

from slant._document import Document, Part, Span
from slant._labels import display_threshold, is_shown, toxic_threshold
from slant.reports._actors import actor_facts
from slant.reports._echo import echo_facts
from slant.reports._json import HIDDEN_LAYERS, comment_toxicity, page_stats, word_count
from slant.reports._legend import explain, layer_title
from slant.reports._notes import page_notes
from slant.reports._story_time import time_facts

__all__ = ["render_summary"]

# Layers summarised on lines of their own; any other layer gets a generic count line.
_KNOWN_LAYERS = (
    "sentences",
    "tokens",
    "quotes",
    "sources",
    "links",
    "misspellings",
    "techniques",
    "toxicity",
    "echoes",
    "echoed",
    "repeats",
    "dates",
    "actors",
)
_TOP_TECHNIQUE_SPANS = 5
_TOP_TOXIC_COMMENTS = 3
_TOP_AUTHORS = 5
_QUOTE_MARKS = frozenset("\"'“”‘’«»„")

_BOLD, _DIM, _RED, _YELLOW, _GREEN, _CYAN, _MAGENTA, _RESET = (
    "\x1b[1m",
    "\x1b[2m",
    "\x1b[31m",
    "\x1b[33m",
    "\x1b[32m",
    "\x1b[36m",
    "\x1b[35m",
    "\x1b[0m",
)


class _Style:
    """ANSI styling that disappears when colour is off, so the plain text is the same either way."""

    def __init__(self, color: bool) -> None:
        self.color = color

    def __call__(self, text: str, *codes: str) -> str:
        return f"{''.join(codes)}{text}{_RESET}" if self.color and codes else text

    def score(self, value: float) -> str:
        code = _RED if value >= 0.8 else _YELLOW if value >= toxic_threshold() else _GREEN
        return self(f"{value:.2f}", code, _BOLD)


def _excerpt(text: str, limit: int) -> str:
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat
    return flat[: max(1, limit - 1)].rstrip() + "…"


def _author_list(authors: Counter[str], width: int) -> str:
    """The most active authors first, as many as fit in ``width``, then how many more."""
    names = [f"{name} ({n})" if n > 1 else name for name, n in authors.most_common()]
    for shown in range(len(names), 0, -1):
        rest = len(names) - shown
        line = ", ".join(names[:shown]) + (f", and {rest} more" if rest else "")
        if len(line) <= width:
            return line
    return _excerpt(names[0], width)


def _excerpt_around(part: Part, limit: int) -> str:
    """An excerpt of a comment that shows its most toxic words, or its beginning if none is marked."""
    spans = part.spans.get("toxicity", ())
    flat = " ".join(part.text.split())
    if not spans or len(flat) + 2 <= limit:
        return _excerpt(_quoted(part.text), limit)
    best = max(spans, key=lambda span: span.score)
    # Offsets are into the raw text; white space collapsing shifts them, so find the words again.
    words = " ".join(part.span_text(best).split())
    at = flat.find(words) if words else -1
    if at <= limit // 3:
        return _excerpt(_quoted(part.text), limit)
    start = max(0, at - limit // 3)
    window = "…" + flat[start : start + limit - 3].strip()
    return window + "…" if start + limit - 3 < len(flat) else window


def _quoted(text: str) -> str:
    """Text in quotation marks, unless it already starts or ends with one."""
    flat = text.strip()
    return flat if flat[:1] in _QUOTE_MARKS or flat[-1:] in _QUOTE_MARKS else f"“{flat}”"


def _plural(count: int, singular: str, plural: str | None = None) -> str:
    return f"{count:,} {singular if count == 1 else (plural or singular + 's')}"


def _spans(parts: Iterable[Part], layer: str) -> list[tuple[Part, Span]]:
    return [(part, span) for part in parts for span in part.spans.get(layer, ())]


def _head(doc: Document, style: _Style, width: int) -> list[str]:
    title = doc.title.text if doc.title is not None and doc.title.text.strip() else "(no title)"
    lines = [style(line, _BOLD) for line in textwrap.wrap(" ".join(title.split()), width)[:2]]
    facts = [doc.outlet or "outlet unknown", doc.published or "date unknown"]
    if doc.author:
        facts.append(f"by {doc.author}")
    language = doc.article.attrs.get("language")
    if isinstance(language, str) and language:
        facts.append(f"language {language}")
    facts.append(_plural(word_count(doc.article), "word"))
    lines.append(style(" · ".join(facts), _DIM))
    if doc.url or doc.source:
        lines.append(style(_excerpt(str(doc.url or doc.source), width), _DIM))
    for note in page_notes(doc):
        lines.extend(style(line, _YELLOW) for line in textwrap.wrap(note, width)[:3])
    return lines


def _count_line(name: str, text: str, style: _Style) -> str:
    return f"  {style(f'{name:<13}', _CYAN)}{text}"


def _layer_lines(doc: Document, stats: Mapping[str, Any], style: _Style) -> list[str]:
    """The article's counts (title and body), from the page's statistics; the examples from its spans."""
    head = [part for part in (doc.title, doc.article) if part is not None]
    lines: list[str] = []
    layers: Mapping[str, Mapping[str, Any]] = stats["layers"]

    def article_labels(layer: str) -> Counter[str]:
        return Counter(layers[layer]["article_labels"])

    if "sentences" in layers:
        lines.append(_count_line("Sentences", _plural(layers["sentences"]["article"], "sentence"), style))
    if "misspellings" in layers:
        pairs = _spans(head, "misspellings")
        rate = stats["misspellings_per_1000_words"] or 0.0
        shown = ", ".join(
            f"{part.span_text(span)}→{span.attrs['suggestion']}"
            if span.attrs.get("suggestion")
            else part.span_text(span)
            for part, span in pairs[:4]
        )
        count = layers["misspellings"]["article"]
        text = f"{count:,} ({rate:.1f} per 1,000 words)" + (f": {shown}" if shown else "")
        lines.append(_count_line("Misspellings", text, style))
    if "quotes" in layers:
        labels = article_labels("quotes")
        text = f"{_plural(labels['quotation'], 'quotation')}, {_plural(labels['scare_quote'], 'scare quote')}"
        scare = [part.span_text(span) for part, span in _spans(head, "quotes") if span.label == "scare_quote"]
        if scare:
            text += ": " + ", ".join(dict.fromkeys(" ".join(s.split()) for s in scare))
        lines.append(_count_line("Quotes", text, style))
    if "sources" in layers:
        pairs = _spans(head, "sources")
        labels = article_labels("sources")
        text = f"{labels['named']:,} named, {labels['unnamed']:,} unnamed, {_plural(labels['outlet'], 'outlet')} cited"
        unnamed = [" ".join(part.span_text(span).split()) for part, span in pairs if span.label == "unnamed"]
        if unnamed:
            text += ": " + ", ".join(dict.fromkeys(unnamed))
        lines.append(_count_line("Sources", text, style))
    if "links" in layers:
        pairs = _spans(head, "links")
        domains = Counter(str(span.attrs.get("domain") or "") for _, span in pairs)
        domains.pop("", None)
        text = _plural(layers["links"]["article"], "link") + (
            " to " + ", ".join(domain for domain, _ in domains.most_common(4)) if domains else ""
        )
        lines.append(_count_line("Links", text, style))
    lines += [_count_line(name, text, style) for name, text in time_facts(doc)]
    lines += [_count_line(name, text, style) for name, text in actor_facts(doc)]
    for layer in sorted(set(layers) - set(_KNOWN_LAYERS) - HIDDEN_LAYERS):
        labels = article_labels(layer)
        text = ", ".join(f"{label} {count}" for label, count in labels.most_common(4))
        lines.append(_count_line(layer_title(layer)[:12], text or "none", style))
    return lines


def _technique_lines(
    doc: Document, stats: Mapping[str, Any], style: _Style, width: int, *, all_spans: bool
) -> list[str]:
    """The whole page's technique spans (title, article and comments), from the page's statistics.

    By default only the spans at or above the display threshold (:func:`slant._labels.is_shown`) are
    counted by label and quoted; ``all_spans`` lists the less certain ones too.
    """
    found = stats["layers"].get("techniques")
    if found is None:
        return []
    limited = "shown" in found and not all_spans and found["total"] > 0
    hidden = found["total"] - found["shown"] if "shown" in found else 0
    if limited:
        heading = (
            f"Propaganda techniques on the whole page: {_plural(found['shown'], 'span')} shown of {found['total']:,} "
            f"({found['shown_article']:,} in the article, {found['shown_comments']:,} in comments)"
        )
    else:
        heading = (
            f"Propaganda techniques on the whole page: {_plural(found['total'], 'span')} "
            f"({found['article']:,} in the article, {found['comments']:,} in comments)"
        )
    lines = [style(heading, _BOLD)]
    if not found["total"]:
        return [*lines, "  none found"]
    pairs = [
        (part, span)
        for part, span in _spans(doc.parts, "techniques")
        if not limited or is_shown("techniques", part.kind, span.score)
    ]
    counts = Counter(found["shown_labels"] if limited else found["labels"])
    if counts:
        lines.append(
            "  "
            + _excerpt(
                ", ".join(f"{explain('techniques', label).title} {n}" for label, n in counts.most_common()),
                width - 2,
            )
        )
    top = sorted(pairs, key=lambda pair: (-pair[1].score, pair[0].kind != "title", pair[1].start))
    for part, span in top[:_TOP_TECHNIQUE_SPANS]:
        where = {"title": "title", "article": "article"}.get(part.kind, f"comment {part.id}")
        name = explain("techniques", span.label).title
        prefix = f"  {span.score:.0%} {name} ({where}): "
        lines.append(
            style(f"  {span.score:.0%} ", _MAGENTA)
            + f"{name} ({where}): "
            + _excerpt(_quoted(part.span_text(span)), max(10, width - len(prefix)))
        )
    if hidden and limited:
        article, comment = (
            display_threshold("techniques", "article"),
            display_threshold("techniques", "comment"),
        )
        lines.append(
            style(
                f"  {_plural(hidden, 'less certain span')} hidden (confidence under {article or 0:.0%} in the "
                f"article, {comment or 0:.0%} in comments); --all-spans lists them",
                _DIM,
            )
        )
    return lines


def _comment_lines(doc: Document, stats: Mapping[str, Any], style: _Style, width: int) -> list[str]:
    comments = doc.comments
    authors = Counter(comment.author for comment in comments if comment.author)
    anonymous = sum(1 for comment in comments if not comment.author)
    replies = sum(1 for comment in comments if comment.parent is not None)
    head = f"Comments: {len(comments):,} by {_plural(len(authors), 'named author')}"
    extras = [f"{anonymous:,} anonymous"] if anonymous else []
    if replies:
        extras.append(_plural(replies, "reply", "replies"))
    lines = [style(head + (f" ({', '.join(extras)})" if extras else ""), _BOLD)]
    if authors:
        lines.append("  " + _author_list(authors, width - 2))
    lines += [_count_line(name, text, style) for name, text in echo_facts(doc)]
    scored = [(comment, comment.scores["toxicity"]) for comment in comments if "toxicity" in comment.scores]
    if not scored:
        return lines
    threshold = stats["toxic_threshold"]
    lines.append(
        style(
            f"Most toxic comments ({stats['toxic_comments']:,} of {stats['scored_comments']:,} "
            f"scored {threshold:.2f} or more)",
            _BOLD,
        )
    )
    ranked = sorted(scored, key=lambda pair: -comment_toxicity(pair[1]))
    shown = [pair for pair in ranked if comment_toxicity(pair[1]) >= threshold][:_TOP_TOXIC_COMMENTS]
    if not shown:
        lines.append("  none")
    for comment, scores in shown:
        overall = comment_toxicity(scores)
        labels = sorted(
            (
                (key, value)
                for key, value in scores.items()
                if key != "toxicity" and value >= toxic_threshold(key)
            ),
            key=lambda item: -item[1],
        )
        detail = ", ".join(f"{key.replace('_', ' ')} {value:.2f}" for key, value in labels[:3])
        author = comment.author or "anonymous"
        lines.append(f"  {style.score(overall)} {style(author, _BOLD)}" + (f"  {detail}" if detail else ""))
        lines.append(style("       " + _excerpt_around(comment, width - 7), _DIM))
    return lines


def render_summary(doc: Document, *, color: bool = False, width: int = 100, all_spans: bool = False) -> str:
    """Return a summary of ``doc`` for a terminal: about 30 lines, never more than 40.

    Args:
        doc: an analysed document.
        color: use ANSI colours (the CLI passes whether standard output is a terminal).
        width: the terminal width to fit; lines are cut to it (not counting colour codes).
        all_spans: count and quote the technique spans under the display threshold too (by default
            only those at or above it; the percentage before each is its confidence).

    Returns:
        The summary text, ending with a newline.
    """
    width = max(40, width)
    style = _Style(color)
    rule = style("─" * min(width, 72), _DIM)
    stats = page_stats(doc)
    lines = _head(doc, style, width)
    layer_lines = _layer_lines(doc, stats, style)
    if layer_lines:
        lines += [rule, style("In the article (title and body)", _BOLD), *layer_lines]
    technique_lines = _technique_lines(doc, stats, style, width, all_spans=all_spans)
    if technique_lines:
        lines += [rule, *technique_lines]
    lines += [rule, *_comment_lines(doc, stats, style, width)]
    hint = f"Full report: {_report_command(doc)}"
    if len(hint) > width:  # a long path or URL: the command's shape matters more than the name
        hint = "Full report: slant analyze PAGE --html report.html"
    lines += [rule, style(hint, _DIM)]
    # Long lists (scare quotes, unnamed sources) are cut to the width; the HTML report has them all.
    fitted = [_fit(line, width, color=color) for line in lines]
    return "\n".join(fitted[:40]) + "\n"


def _report_command(doc: Document) -> str:
    """The command that writes this page's HTML report, with the user's own input where it can be repeated."""
    source = doc.url or doc.source
    if not source or source.startswith("<"):
        source = "PAGE"  # standard input or a string: there is nothing to name
    return f"slant analyze {shlex.quote(source)} --html report.html"


def _fit(line: str, width: int, *, color: bool) -> str:
    if color:
        # Cutting through an escape sequence would leak colour; styled lines are built to fit already,
        # and unstyled tails are cut by their visible length.
        visible = _visible_length(line)
        if visible <= width:
            return line
        return _cut_visible(line, width)
    return line if len(line) <= width else line[: width - 1] + "…"


def _visible_length(line: str) -> int:
    length, inside = 0, False
    for char in line:
        if char == "\x1b":
            inside = True
        elif inside:
            inside = char != "m"
        else:
            length += 1
    return length


def _cut_visible(line: str, width: int) -> str:
    out: list[str] = []
    length, inside = 0, False
    for char in line:
        if char == "\x1b":
            inside = True
            out.append(char)
        elif inside:
            inside = char != "m"
            out.append(char)
        elif length < width - 1:
            out.append(char)
            length += 1
    return "".join(out) + "…" + _RESET
