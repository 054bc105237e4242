"""The HTML report: one self-contained file that highlights every span of a page.

Design choices, and why:
- Everything is inline and a Content-Security-Policy forbids everything else (no scripts at all,
  styles only by hash, no images, fonts or connections), so the file can be mailed, archived or opened
  from an untrusted page's analysis without fetching or running anything.
- All page text passes through :func:`html.escape`; no page text is ever placed in a URL except an
  ``http(s)`` page address, so ``<script>``, ``onerror=`` and ``javascript:`` in a page stay text.
- Overlapping spans: the text is cut at every span boundary; each segment nests one ``<mark>`` per
  label covering it (outer ones with a deeper underline), so overlaps show as blended colours and
  stacked underlines, and the segment's tooltip lists every label.
- Explanations show on hover, keyboard focus and tap (focusable segments with a CSS tooltip, plus a
  ``title``), and in the legend as ``<details>``, which work by keyboard and touch.
"""

from __future__ import annotations

import base64
import hashlib
import itertools
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from html import escape
from typing import Any
from urllib.parse import urlsplit

from slant._document import Document, Part, Span
from slant._labels import display_threshold, is_shown, toxic_threshold
from slant.reports._actors_html import actors_section
from slant.reports._echo import echo_facts
from slant.reports._html_style import BASE_CSS, is_wavy, label_css
from slant.reports._json import comment_toxicity, page_stats
from slant.reports._legend import explain, layer_title, page_measures, score_title
from slant.reports._notes import page_notes
from slant.reports._story_time import time_facts

__all__ = ["HIGHLIGHT_ORDER", "render_html"]

#: Layers highlighted in the text, outermost first; other layers (but sentences and tokens) follow.
HIGHLIGHT_ORDER: tuple[str, ...] = ("techniques", "sources", "quotes", "links", "misspellings", "toxicity")
# Sentences and tokens cover all the text: highlighting them would mark everything and say nothing.
_NOT_HIGHLIGHTED = frozenset({"sentences", "tokens"})
_MAX_DEPTH = 4
# Score bars are drawn from this value up; lower scores are summed up in one line.
_SHOWN_FROM = 0.3


@dataclass
class _Catalogue:
    """Every highlighted (layer, label) of the page, with its class index and its count on the page.

    The class index only names the CSS rules; the colour is the label table's, the same on every page.
    The counts are the page's statistics (:func:`~slant.reports._json.page_stats`), whole page.
    """

    keys: dict[tuple[str, str], int] = field(default_factory=dict)
    counts: Counter[tuple[str, str]] = field(default_factory=Counter)
    # Spans under their layer's display threshold, per label: hidden until the reader reveals them.
    hidden: Counter[tuple[str, str]] = field(default_factory=Counter)

    @classmethod
    def of(cls, doc: Document, stats: Mapping[str, Any]) -> _Catalogue:
        shown = {
            (layer, span.label)
            for part in doc.parts
            for layer, spans in part.spans.items()
            if layer not in _NOT_HIGHLIGHTED
            for span in spans
            if span.end > span.start
        }
        layers = stats["layers"]
        # A layer with a display threshold counts the spans shown by default; the rest are "hidden".
        counts: Counter[tuple[str, str]] = Counter(
            {
                key: layers[key[0]].get("shown_labels", layers[key[0]]["labels"]).get(key[1], 0)
                for key in shown
            }
        )
        hidden: Counter[tuple[str, str]] = Counter(
            {key: layers[key[0]]["labels"].get(key[1], 0) - counts[key] for key in shown}
        )
        order = {layer: i for i, layer in enumerate(HIGHLIGHT_ORDER)}
        ranked = sorted(
            counts,
            key=lambda key: (order.get(key[0], len(order)), key[0], -counts[key], -hidden[key], key[1]),
        )
        return cls(keys={key: i for i, key in enumerate(ranked)}, counts=counts, hidden=+hidden)

    def layers(self) -> list[str]:
        return list(dict.fromkeys(layer for layer, _ in self.keys))

    def css(self) -> str:
        return "".join(
            label_css(
                index,
                explain(layer, label).hue,
                toxic=layer == "toxicity",
                wavy=is_wavy(layer, label),
            )
            for (layer, label), index in self.keys.items()
        )


def _span_note(part: Part, span: Span, layer: str) -> str:
    """One line on one span: what it is, how sure, and its details (suggestion, domain, speaker)."""
    info = explain(layer, span.label)
    note = info.title
    if span.score < 1.0:
        note += f" ({span.score:.0%})"
    attrs = span.attrs
    details = []
    if attrs.get("suggestion"):
        details.append(f"did you mean “{attrs['suggestion']}”?")
    if attrs.get("name") and str(attrs["name"]) != part.span_text(span).strip():
        details.append(f"source: {attrs['name']}")
    if attrs.get("domain"):
        details.append(str(attrs["domain"]))
    if layer == "echoes" and attrs.get("phrase"):
        quoted = " (quoted to discuss it)" if attrs.get("quoted") else ""
        verb = "restates" if span.label == "paraphrase" else "repeats"
        details.append(f"{verb} the article's “{attrs['phrase']}”{quoted}")
    if layer in {"echoed", "repeats"} and attrs.get("comments"):
        count = len(attrs["comments"])
        details.append(f"in {count} comment{'s' if count != 1 else ''}")
    if layer == "actors" and attrs.get("actor") and str(attrs["actor"]) != part.span_text(span).strip():
        details.append(f"one of the mentions of {attrs['actor']}")
    if details:
        note += ": " + "; ".join(details)
    return note


def _segments(part: Part, catalogue: _Catalogue) -> str:
    """The part's text as escaped HTML, cut at every span boundary, each piece marked with its labels."""
    text = part.text
    spans = [
        (layer, span)
        for layer, layer_spans in part.spans.items()
        if layer not in _NOT_HIGHLIGHTED
        for span in layer_spans
        if span.end > span.start
    ]
    if not spans:
        return escape(text)
    bounds = sorted({0, len(text), *(s.start for _, s in spans), *(s.end for _, s in spans)})
    # Spans sorted by start let each segment find its covering spans without scanning them all.
    spans.sort(key=lambda pair: (pair[1].start, -pair[1].end))
    order = {layer: i for i, layer in enumerate(HIGHLIGHT_ORDER)}
    out: list[str] = []
    active: list[tuple[str, Span]] = []
    next_span = 0
    for start, end in itertools.pairwise(bounds):
        while next_span < len(spans) and spans[next_span][1].start <= start:
            active.append(spans[next_span])
            next_span += 1
        active = [pair for pair in active if pair[1].end > start]
        piece = escape(text[start:end])
        covering = [pair for pair in active if pair[1].start <= start and pair[1].end >= end]
        if not covering:
            out.append(piece)
            continue
        covering.sort(key=lambda pair: (order.get(pair[0], len(order)), pair[1].start, -pair[1].end))
        out.append(_marked(part, piece, covering, catalogue))
        out.extend(
            _confidence(part, span) for layer, span in covering if span.end == end and _scored(layer, part)
        )
    return "".join(out)


def _scored(layer: str, part: Part) -> bool:
    """Whether ``layer``'s spans carry a calibrated confidence shown beside them (those with a display threshold)."""
    return display_threshold(layer, part.kind) is not None


def _low(layer: str, part: Part, span: Span) -> bool:
    """Whether the span is under its layer's display threshold: hidden until the reader reveals it."""
    return not is_shown(layer, part.kind, span.score)


def _confidence(part: Part, span: Span) -> str:
    """The span's confidence, printed after it (a technique span's calibrated probability).

    Drawn by CSS from ``data-conf``, not written as text: the page's text stays exactly the page's
    (what a reader copies or a screen reader reads), and the number is still on screen and in print.
    """
    low = " low" if _low("techniques", part, span) else ""
    return f'<span class="conf{low}" data-conf="{span.score:.0%}" title="confidence of this span"></span>'


def _marked(part: Part, piece: str, covering: Sequence[tuple[str, Span]], catalogue: _Catalogue) -> str:
    notes = list(dict.fromkeys(_span_note(part, span, layer) for layer, span in covering))
    # One paragraph per label: the span's note, then what the label means (once per label).
    paragraphs: dict[str, str] = {}
    for layer, span in covering:
        note = _span_note(part, span, layer)
        if note not in paragraphs:
            paragraphs[note] = f"{note}\n{explain(layer, span.label).definition}"
    tip = "\n\n".join(paragraphs.values())
    depth = len(covering)
    opening = "".join(
        f'<mark class="k{catalogue.keys[(layer, span.label)]} p{min(depth - 1 - level, _MAX_DEPTH)}'
        f'{" low" if _low(layer, part, span) else ""}">'
        for level, (layer, span) in enumerate(covering)
    )
    # A piece under less certain spans only says nothing (no tooltip) until they are revealed.
    low_only = " low" if all(_low(layer, part, span) for layer, span in covering) else ""
    return (
        f'<span class="seg{low_only}" tabindex="0" title="{escape(" · ".join(notes))}" data-tip="{escape(tip)}">'
        f"{opening}{piece}{'</mark>' * depth}</span>"
    )


def _lang(part: Part) -> str:
    """A ``lang`` attribute for a part whose language is known, so screen readers pronounce it right."""
    language = part.attrs.get("language")
    if isinstance(language, str) and re.fullmatch(r"[a-z]{2,3}", language) and language != "und":
        return f' lang="{language}"'
    return ""


def _safe_href(url: str | None) -> str | None:
    """An http(s) URL to link to, or None: any other scheme (javascript:, data:) is shown as text only."""
    if not url:
        return None
    try:
        scheme = urlsplit(url.strip()).scheme.lower()
    except ValueError:
        return None
    return url.strip() if scheme in {"http", "https"} else None


def _meta_line(doc: Document) -> str:
    facts = []
    if doc.outlet:
        facts.append(escape(doc.outlet))
    facts.append(escape(doc.published) if doc.published else "date unknown")
    if doc.author:
        facts.append("by " + escape(doc.author))
    href = _safe_href(doc.url)
    if href is not None:
        facts.append(
            f'<a href="{escape(href)}" rel="noopener noreferrer nofollow">{escape(doc.url or "")}</a>'
        )
    elif doc.url or doc.source:
        facts.append(escape(str(doc.url or doc.source)))
    notes = "".join(f'<p class="note">{escape(note)}</p>' for note in page_notes(doc))
    return f'<p class="meta">{" · ".join(facts)}</p>{notes}'


def _figures(doc: Document, stats: Mapping[str, Any]) -> str:
    """The page's figures, all from its statistics; each says whether it counts the article or the page."""
    layers: Mapping[str, Mapping[str, Any]] = stats["layers"]
    in_article, on_page = page_measures()["article"], page_measures()["page"]
    figures: list[tuple[str, str, str]] = [(f"{stats['article_words']:,}", "words", page_measures()["words"])]
    language = doc.article.attrs.get("language")
    if isinstance(language, str) and language:
        figures.append((escape(language), "language", page_measures()["language"]))
    if stats["misspellings_per_1000_words"] is not None:
        found = layers.get("misspellings", {}).get("article", 0)
        figures.append(
            (
                f"{stats['misspellings_per_1000_words']:.1f}",
                f"misspellings per 1,000 words of the article ({found})",
                page_measures()["misspelling_rate"],
            )
        )

    def article_count(layer: str, label: str) -> int:
        return int(layers[layer]["article_labels"].get(label, 0))

    if "quotes" in layers:
        for label, name in (("scare_quote", "scare quotes"), ("quotation", "quotations")):
            figures.append(
                (
                    str(article_count("quotes", label)),
                    f"{name} in the article",
                    f"{in_article} {explain('quotes', label).definition}",
                )
            )
    if "sources" in layers:
        named, unnamed = article_count("sources", "named"), article_count("sources", "unnamed")
        figures.append(
            (
                f"{named} / {unnamed}",
                "sources named / unnamed in the article",
                f"{in_article} {explain('sources', 'unnamed').definition}",
            )
        )
    if "techniques" in layers:
        techniques = layers["techniques"]
        if "shown" in techniques:
            figures.append(
                (
                    f"{techniques['shown']} / {techniques['total']}",
                    "technique spans shown / found on the page",
                    f"Spans where a propaganda technique was found, shown from the confidence at which at "
                    f"least half of them were right on articles the model had not seen ({_thresholds_text()}). "
                    f"{on_page}",
                )
            )
        else:
            figures.append(
                (
                    str(techniques["total"]),
                    "technique spans on the page",
                    f"Spans where a propaganda technique was found. {on_page}",
                )
            )
    figures.append((str(stats["comments"]), "comments", "Comments under the article, in page order."))
    if stats["toxic_comments"] is not None:
        figures.append(
            (
                str(stats["toxic_comments"]),
                f"toxic comments (score ≥ {stats['toxic_threshold']:.2f})",
                page_measures()["scores"],
            )
        )
    items = "".join(
        f'<li title="{escape(tip)}"><b>{value}</b>{escape(name)}</li>' for value, name, tip in figures
    )
    return f'<ul class="figs">{items}</ul>'


def _thresholds_text() -> str:
    """The techniques' display thresholds in words: "from 40% in the title and article, 55% in comments"."""
    article, comment = display_threshold("techniques", "article"), display_threshold("techniques", "comment")
    return f"from {article or 0:.0%} in the title and article, {comment or 0:.0%} in comments"


def _sources(doc: Document) -> str:
    """Who the article's claims rest on: the named and unnamed sources and the outlets it cites."""
    head = [part for part in (doc.title, doc.article) if part is not None]
    if not any("sources" in part.spans for part in head):
        return ""
    found: dict[str, Counter[str]] = {"named": Counter(), "unnamed": Counter(), "outlet": Counter()}
    for part in head:
        for span in part.spans.get("sources", ()):
            if span.label not in found:
                continue
            name = str(span.attrs.get("name") or " ".join(part.span_text(span).split()))
            domain = span.attrs.get("domain")
            found[span.label][f"{name} ({domain})" if domain and domain != name else name] += 1
    rows = []
    for label, heading in (
        ("named", "Named sources"),
        ("unnamed", "Unnamed sources"),
        ("outlet", "Outlets cited"),
    ):
        names = found[label]
        items = ", ".join(escape(name) + (f" ×{n}" if n > 1 else "") for name, n in names.most_common())
        rows.append(f"<dt>{heading} ({sum(names.values())})</dt><dd>{items or 'none'}</dd>")
    return f'<section class="cites" aria-label="Sources"><h2>Who the claims rest on</h2><dl>{"".join(rows)}</dl></section>'


def _echoes(doc: Document) -> str:
    """Echoes of the article and repeated comments: the page's figures, with links to the comments."""
    facts = echo_facts(doc)
    if not facts:
        return ""
    anchors = {comment.id: f"c{i + 1}" for i, comment in enumerate(doc.comments)}
    authors = {comment.id: comment.author or "anonymous" for comment in doc.comments}

    def links(ids: Iterable[Any]) -> str:
        return ", ".join(
            f'<a href="#{anchors[str(cid)]}">{escape(authors[str(cid)])}</a>'
            for cid in ids
            if str(cid) in anchors
        )

    rows = [f"<dt>{escape(name)}</dt><dd>{escape(text)}</dd>" for name, text in facts]
    items: list[str] = []
    for key, noun in (("echo", "echoed by"), ("repeats", "carried by")):
        summary = doc.article.attrs.get(key)
        if not isinstance(summary, Mapping):
            continue
        for entry in [*summary.get("phrases", ()), *summary.get("slogans", ()), *summary.get("groups", ())]:
            what = entry.get("phrase") or entry.get("text") or ""
            items.append(f"<li>“{escape(str(what))}”: {noun} {links(entry.get('comments', ()))}</li>")
        for entry in summary.get("paraphrased", ()):
            what = entry.get("sentence", "")
            items.append(f"<li>“{escape(str(what))}”: restated by {links(entry.get('comments', ()))}</li>")
    listing = f"<ul>{''.join(items)}</ul>" if items else ""
    return (
        '<section class="cites" aria-label="Echoes and repeats"><h2>What the comments repeat</h2>'
        f"<dl>{''.join(rows)}</dl>{listing}</section>"
    )


def _story_time(doc: Document) -> str:
    """The page's date against the story's own time, with the evidence (issue 19)."""
    facts = time_facts(doc)
    if not facts:
        return ""
    rows = "".join(f"<dt>{escape(name)}</dt><dd>{escape(text)}</dd>" for name, text in facts)
    return f'<section class="cites" aria-label="Dates"><h2>When is this story from?</h2><dl>{rows}</dl></section>'


def _legend(catalogue: _Catalogue) -> str:
    if not catalogue.keys:
        return (
            '<aside class="legend card" id="legend"><h2>Legend</h2><p class="note">No spans to highlight: the page was read '
            "but no annotator marked anything in it.</p></aside>"
        )
    groups = []
    for layer in catalogue.layers():
        rows = []
        for (key_layer, label), index in catalogue.keys.items():
            if key_layer != layer:
                continue
            info = explain(layer, label)
            example = f'<p class="ex">Example: {escape(info.example)}</p>' if info.example else ""
            hidden = catalogue.hidden[(layer, label)]
            more = f'<span class="more" title="less certain, hidden">+{hidden}</span>' if hidden else ""
            rows.append(
                f'<li class="row k{index}"><label><input type="checkbox" id="t{index}" checked>'
                f'<span class="sw k{index}"></span><span class="name">{escape(info.title)}</span>'
                f'<span class="n">{catalogue.counts[(layer, label)]}{more}</span></label>'
                f'<details><summary title="what is {escape(info.title.lower())}?">?</summary>'
                f"<p>{escape(info.definition)}</p>{example}</details></li>"
            )
        groups.append(
            f"<fieldset><legend>{escape(layer_title(layer))}</legend>{_reveal(catalogue, layer)}"
            f"<ul>{''.join(rows)}</ul></fieldset>"
        )
    return (
        '<aside class="legend card" id="legend" aria-label="Legend"><details class="lg" open>'
        f"<summary><h2>Legend · {len(catalogue.keys)} labels</h2></summary>"
        f'<p class="note">Counts are of the whole page: the title, the article and the comments.</p>'
        + "".join(groups)
        + '<p class="note">Untick a label to hide its highlights. Hover, tap or tab to a highlighted '
        "passage to see what it is; “?” explains a label.</p></details></aside>"
    )


def _reveal(catalogue: _Catalogue, layer: str) -> str:
    """For a layer with less certain spans hidden: the toggle that reveals them, and what it means."""
    hidden = sum(n for (key_layer, _), n in catalogue.hidden.items() if key_layer == layer)
    if layer != "techniques" or not hidden:
        return ""
    return (
        f'<p class="note">Each span shows its confidence: the calibrated chance that it is this technique. '
        f"Shown {_thresholds_text()}; “+N” counts the less certain ones.</p>"
        f'<label class="reveal"><input type="checkbox" id="lowconf"> Show {hidden} less certain '
        f"span{'s' if hidden != 1 else ''}</label>"
    )


def _score_list(part: Part) -> str:
    blocks = []
    for name, scores in part.scores.items():
        items = []
        ranked = sorted(scores.items(), key=lambda item: -item[1])
        # Low scores say "nothing here"; a bar for each would bury the ones that matter.
        shown = [
            (key, value)
            for i, (key, value) in enumerate(ranked)
            if i == 0 or key == name or value >= _SHOWN_FROM
        ]
        for key, value in shown:
            number = min(1.0, max(0.0, float(value)))
            # A toxicity label is high from the model's threshold for it; other scores from even odds.
            high = ' class="hi"' if number >= (toxic_threshold(key) if name == "toxicity" else 0.5) else ""
            title = score_title(name, key)
            items.append(
                f'<li{high}><span>{escape(title)}</span><meter min="0" max="1" low="0.5" high="0.8" optimum="0" '
                f'value="{number:.3f}" title="{escape(title)} {number:.2f}">{number:.2f}</meter>'
                f'<span class="v">{number:.2f}</span></li>'
            )
        if len(shown) < len(ranked):
            items.append(f'<li class="rest">{len(ranked) - len(shown)} more below {_SHOWN_FROM:.2f}</li>')
        heading = f'<li class="sname">{escape(layer_title(name))} scores</li>' if len(part.scores) > 1 else ""
        blocks.append(f'<ul class="scores" aria-label="{escape(name)} scores">{heading}{"".join(items)}</ul>')
    return "".join(blocks)


def _depths(comments: Iterable[Part]) -> dict[str, int]:
    depth: dict[str, int] = {}
    for comment in comments:
        depth[comment.id] = depth[comment.parent] + 1 if comment.parent in depth else 0
    return depth


def _comments(doc: Document, catalogue: _Catalogue) -> str:
    comments = doc.comments
    if not comments:
        return (
            '<section class="card"><h2>Comments</h2><p class="empty">This page has no comments.</p></section>'
        )
    anchors = {comment.id: f"c{i + 1}" for i, comment in enumerate(comments)}
    depths = _depths(comments)
    authors = {comment.id: comment.author for comment in comments}
    cards = []
    for comment in comments:
        classes = ["comment", "card", f"d{min(depths[comment.id], _MAX_DEPTH)}"]
        scores = comment.scores.get("toxicity")
        if scores and comment_toxicity(scores) >= toxic_threshold():
            classes.append("toxic")
        head = [f'<span class="who">{escape(comment.author) if comment.author else "anonymous"}</span>']
        if comment.published:
            head.append(f"<time>{escape(comment.published)}</time>")
        if comment.parent is not None:
            parent_author = authors.get(comment.parent)
            head.append(
                f'<a href="#{anchors[comment.parent]}">in reply to {escape(parent_author or "anonymous")}</a>'
            )
        language = comment.attrs.get("language")
        if isinstance(language, str) and language not in {"", "und", doc.article.attrs.get("language")}:
            head.append(f"language {escape(language)}")
        body = (
            f'<p class="text">{_segments(comment, catalogue)}</p>'
            if comment.text.strip()
            else '<p class="empty">(no text: an image-only or deleted comment)</p>'
        )
        cards.append(
            f'<article class="{" ".join(classes)}" id="{anchors[comment.id]}"{_lang(comment)}>'
            f'<div class="chead">{"".join(head)}</div>{body}{_score_list(comment)}</article>'
        )
    return (
        f'<section aria-label="Comments"><h2>Comments ({len(comments)})</h2>'
        f'<div class="comments">{"".join(cards)}</div></section>'
    )


def _csp(css: str) -> str:
    digest = base64.b64encode(hashlib.sha256(css.encode("utf-8")).digest()).decode("ascii")
    return (
        f"default-src 'none'; style-src 'sha256-{digest}'; img-src 'none'; font-src 'none'; "
        "connect-src 'none'; script-src 'none'; object-src 'none'; base-uri 'none'; form-action 'none'"
    )


def render_html(doc: Document) -> str:
    """Return a self-contained HTML report of ``doc``: highlighted spans, a legend, comment cards.

    The file needs nothing else: no network, no scripts; it reads on a phone and prints well.
    """
    from slant._version import __version__

    stats = page_stats(doc)
    catalogue = _Catalogue.of(doc, stats)
    css = BASE_CSS + catalogue.css()
    title_text = doc.title.text.strip() if doc.title is not None else ""
    heading = _segments(doc.title, catalogue) if doc.title is not None and title_text else "(no title)"
    title_scores = _score_list(doc.title) if doc.title is not None else ""
    page_title = " ".join(title_text.split())[:120] or "untitled page"
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en"><head><meta charset="utf-8">'
        f'<meta http-equiv="Content-Security-Policy" content="{_csp(css)}">'
        '<meta name="referrer" content="no-referrer">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f'<meta name="generator" content="slant {escape(__version__)}">'
        f"<title>slant report: {escape(page_title)}</title>"
        f"<style>{css}</style></head><body>"
        '<div class="top"><b>slant</b> · how this page tries to persuade<a href="#legend">legend</a></div>'
        '<div class="wrap"><main>'
        f'<article class="article card"{_lang(doc.article)}><h1>{heading}</h1>{title_scores}{_meta_line(doc)}'
        f"{_figures(doc, stats)}"
        f'<p class="text">{_segments(doc.article, catalogue)}</p>{_score_list(doc.article)}{_sources(doc)}{_story_time(doc)}{_echoes(doc)}{actors_section(doc)}</article>'
        f"<br>{_comments(doc, catalogue)}</main>"
        f"{_legend(catalogue)}</div>"
        f"<footer>Made by slant {escape(__version__)} from {escape(str(doc.source or doc.url or 'a page'))}, "
        "offline: nothing in this file loads from the network or runs code. Highlights are an "
        "annotator's judgement, not a verdict; read the passage before you cite it.</footer>"
        "</body></html>\n"
    )
