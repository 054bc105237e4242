"""The data model: one :class:`Document` per news page, made of :class:`Part` objects.

A page is an optional title, an article body and the comments under it. Each of those is a
:class:`Part` whose text is fixed when it is made. Annotators never change text: they add labelled
:class:`Span` objects (character offsets into the part's text) to named layers in ``part.spans``,
per-part values to ``part.attrs`` (``"language"``), and score maps to ``part.scores``
(``part.scores["toxicity"] = {"insult": 0.7, ...}``), like spaCy's ``doc.spans[key]`` and ``doc.cats``.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any, Literal

from slant._errors import InputError, PipelineError
from slant._html_tables import part_html, span_layers_html

__all__ = ["Document", "Part", "PartKind", "Span", "SpanLayers", "set_notebook_view"]

PartKind = Literal["title", "article", "comment"]
_PART_KINDS: tuple[str, ...] = ("title", "article", "comment")
_EMPTY: Mapping[str, Any] = MappingProxyType({})


@dataclass(frozen=True, slots=True)
class Span:
    """A labelled stretch of one part's text.

    Attributes:
        start: offset of the first character, 0-based.
        end: offset one past the last character (Python slice semantics).
        label: what the span is (``"Loaded_Language"``, ``"insult"``, ``"sentence"``).
        score: the annotator's confidence in [0, 1]; 1.0 for rule-based spans.
        source: the name of the annotator that made it.
        attrs: extra JSON-able details (a spelling suggestion, a link's URL).
    """

    start: int
    end: int
    label: str
    score: float = 1.0
    source: str = ""
    attrs: Mapping[str, Any] = field(default_factory=lambda: _EMPTY, compare=False)

    def text_in(self, text: str) -> str:
        """Return the part of ``text`` this span covers."""
        return text[self.start : self.end]


class SpanLayers(Mapping[str, tuple[Span, ...]]):
    """Named layers of spans over one text. Layers are read-only tuples once set.

    Args:
        text_length: the length of the text the spans lie in.
        text: the text itself, when known, for the notebook table of the spans (their text column).
    """

    __slots__ = ("_layers", "_text", "_text_length")

    def __init__(self, text_length: int, *, text: str | None = None) -> None:
        self._text_length = text_length
        self._text = text
        self._layers: dict[str, tuple[Span, ...]] = {}

    def _repr_html_(self) -> str:
        """Jupyter's view: one table of every span (issue 16)."""
        return span_layers_html(self._text if self._text is not None else "", self._layers)

    def __getitem__(self, key: str) -> tuple[Span, ...]:
        return self._layers[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._layers)

    def __len__(self) -> int:
        return len(self._layers)

    def set(self, layer: str, spans: Iterable[Span], *, overwrite: bool = False) -> None:
        """Store ``spans`` as ``layer``, sorted by position.

        Args:
            layer: the layer's name.
            spans: the spans; each must lie within the text.
            overwrite: replace an existing layer; without it, setting a layer twice is an error,
                because two annotators writing the same layer is almost always a pipeline mistake.

        Raises:
            PipelineError: the layer exists and ``overwrite`` is false.
            ValueError: a span lies outside the text or has a score outside [0, 1].
        """
        if layer in self._layers and not overwrite:
            raise PipelineError(
                f"span layer {layer!r} is already set; pass overwrite=True to replace it, "
                "or give the second annotator another layer name"
            )
        checked = [self._check(span, layer) for span in spans]
        checked.sort(key=lambda s: (s.start, s.end, s.label))
        self._layers[layer] = tuple(checked)

    def _check(self, span: Span, layer: str) -> Span:
        if not 0 <= span.start <= span.end <= self._text_length:
            raise ValueError(
                f"span [{span.start}, {span.end}) in layer {layer!r} must lie within the text "
                f"[0, {self._text_length}); fix the annotator's offsets"
            )
        if not (0.0 <= span.score <= 1.0) or math.isnan(span.score):
            raise ValueError(f"span score must be in [0, 1]; got {span.score!r} in layer {layer!r}")
        return span


class Part:
    """One piece of a page: its title, its article body, or one comment.

    The text is fixed at construction; annotations go into ``spans``, ``attrs`` and ``scores``.
    """

    __slots__ = ("_text", "attrs", "author", "id", "kind", "parent", "published", "scores", "spans")

    def __init__(
        self,
        text: str,
        *,
        kind: PartKind,
        id: str,
        author: str | None = None,
        parent: str | None = None,
        published: str | None = None,
    ) -> None:
        if kind not in _PART_KINDS:
            raise ValueError(f"part kind must be one of {_PART_KINDS}; got {kind!r}")
        self._text = text
        self.kind: PartKind = kind
        self.id = id
        self.author = author
        self.parent = parent
        self.published = published
        self.spans = SpanLayers(len(text), text=text)
        self.attrs: dict[str, Any] = {}
        self.scores: dict[str, dict[str, float]] = {}

    @property
    def text(self) -> str:
        """The part's text, fixed when the part was made."""
        return self._text

    def span_text(self, span: Span) -> str:
        """Return the text ``span`` covers in this part."""
        return self._text[span.start : span.end]

    def _repr_html_(self) -> str:
        """Jupyter's view: the part's facts, its scores and a table of its spans (issue 16)."""
        return part_html(self)

    def __repr__(self) -> str:
        preview = self._text[:40].replace("\n", " ")
        return f"Part(kind={self.kind!r}, id={self.id!r}, author={self.author!r}, text={preview!r}...)"


class Document:
    """One news page: an optional title, the article body, and its comments in page order.

    Args:
        article: the article body.
        title: the headline, if the page has one.
        comments: the comments, in page order; ids must be unique and a ``parent`` must name an
            earlier comment.
        url: where the page came from, if known.
        source: a file path, ``"<stdin>"`` or ``"<text>"``: what the user gave.
        outlet: the publishing site (a domain, or a name).
        reader: which reader made the document (``"text"``, ``"html"``, ``"json"``).
        meta: anything else the reader learned (the HTML reader's site name, say).
    """

    __slots__ = (
        "_comments",
        "annotated_by",
        "article",
        "meta",
        "models",
        "outlet",
        "reader",
        "source",
        "title",
        "url",
    )

    def __init__(
        self,
        *,
        article: Part,
        title: Part | None = None,
        comments: Iterable[Part] = (),
        url: str | None = None,
        source: str | None = None,
        outlet: str | None = None,
        reader: str | None = None,
        meta: Mapping[str, Any] | None = None,
    ) -> None:
        self.article = article
        self.title = title
        self._comments = tuple(comments)
        self.url = url
        self.source = source
        self.outlet = outlet
        self.reader = reader
        self.meta: dict[str, Any] = dict(meta or {})
        self.annotated_by: list[str] = []
        #: The trained models that annotated it, by annotator name: name, version, format, digest.
        self.models: dict[str, dict[str, Any]] = {}
        self._check_parts()

    def _check_parts(self) -> None:
        if self.article.kind != "article":
            raise InputError(
                f"a document's article must be a part of kind 'article'; got {self.article.kind!r}"
            )
        if self.title is not None and self.title.kind != "title":
            raise InputError(f"a document's title must be a part of kind 'title'; got {self.title.kind!r}")
        seen: set[str] = set()
        for comment in self._comments:
            if comment.kind != "comment":
                raise InputError(f"comments must be parts of kind 'comment'; got {comment.kind!r}")
            if comment.id in seen:
                raise InputError(f"comment ids must be unique; {comment.id!r} occurs twice")
            if comment.parent is not None and comment.parent not in seen:
                raise InputError(
                    f"comment {comment.id!r} replies to {comment.parent!r}, which is not an earlier comment"
                )
            seen.add(comment.id)

    @property
    def comments(self) -> tuple[Part, ...]:
        """The comments, in page order."""
        return self._comments

    @property
    def published(self) -> str | None:
        """The article's publication date (ISO 8601), if known."""
        return self.article.published

    @property
    def author(self) -> str | None:
        """The article's author, if known."""
        return self.article.author

    @property
    def parts(self) -> tuple[Part, ...]:
        """Every part in page order: title (if any), article, then comments."""
        head = (self.title, self.article) if self.title is not None else (self.article,)
        return head + self._comments

    def comment(self, comment_id: str) -> Part:
        """Return the comment with id ``comment_id``.

        Raises:
            KeyError: no comment has that id.
        """
        for comment in self._comments:
            if comment.id == comment_id:
                return comment
        raise KeyError(comment_id)

    def _repr_html_(self) -> str | None:
        """Jupyter's view: the page's slant report (issue 16); None (the text repr) before one is set."""
        return _NOTEBOOK_VIEW[0](self) if _NOTEBOOK_VIEW else None

    def __repr__(self) -> str:
        title = self.title.text[:50] if self.title is not None else None
        return f"Document(title={title!r}, words~{len(self.article.text.split())}, comments={len(self._comments)})"


# How a Document draws itself in a notebook. The report renderer lives in slant.reports, layers above
# this data model, which must not import it (tests/test_layers.py); ``import slant`` registers it here
# (slant/_notebook.py), and importing any slant module imports ``slant`` first, so it is always set.
_NOTEBOOK_VIEW: list[Callable[[Document], str]] = []


def set_notebook_view(view: Callable[[Document], str]) -> None:
    """Make ``view(doc)`` the HTML that ``Document._repr_html_`` shows (replacing any earlier one)."""
    _NOTEBOOK_VIEW[:] = [view]
