"""The annotator protocol, the registry of annotators, and the pipeline that runs them in order.

Every annotator declares what it ``requires`` and ``assigns`` as strings of the form
``"spans.<layer>"``, ``"attrs.<name>"`` or ``"scores.<name>"``. A :class:`Pipeline` checks, before it
runs anything, that each requirement is assigned by an earlier annotator (spaCy's ``analyze_pipes``).
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any, ClassVar, Protocol, runtime_checkable

from slant._document import Document, Part
from slant._errors import PipelineError

__all__ = [
    "Annotator",
    "BaseAnnotator",
    "PartAnnotator",
    "Pipeline",
    "annotator_names",
    "create_annotator",
    "resolve_name",
]

logger = logging.getLogger(__name__)


@runtime_checkable
class Annotator(Protocol):
    """What every annotator provides."""

    name: str
    requires: tuple[str, ...]
    assigns: tuple[str, ...]

    def __call__(self, doc: Document) -> Document:
        """Annotate one document in place and return it."""
        ...

    def pipe(self, docs: Iterable[Document], *, batch_size: int = 64) -> Iterator[Document]:
        """Annotate documents lazily, yielding them in the order they came."""
        ...


class BaseAnnotator:
    """A convenient base: subclasses implement ``__call__``; ``pipe`` maps it over the stream.

    Annotators that gain from batching (trained models) override ``pipe``.
    """

    name: ClassVar[str] = ""
    requires: ClassVar[tuple[str, ...]] = ()
    assigns: ClassVar[tuple[str, ...]] = ()

    def __call__(self, doc: Document) -> Document:
        raise NotImplementedError

    def pipe(self, docs: Iterable[Document], *, batch_size: int = 64) -> Iterator[Document]:
        """Annotate each document in turn, keeping their order."""
        for doc in docs:
            yield self(doc)


class PartAnnotator(BaseAnnotator):
    """An annotator that looks at one part at a time; ``kinds`` says which parts it annotates."""

    kinds: ClassVar[tuple[str, ...]] = ("title", "article", "comment")

    def annotate_part(self, part: Part, doc: Document) -> None:
        """Annotate ``part`` of ``doc`` in place."""
        raise NotImplementedError

    def __call__(self, doc: Document) -> Document:
        for part in doc.parts:
            if part.kind in self.kinds:
                self.annotate_part(part, doc)
        return doc


def _registrations() -> Mapping[str, str]:
    from slant._registrations import ANNOTATORS

    return ANNOTATORS


def annotator_names() -> list[str]:
    """Every registered, versioned annotator name (``"slant.sentences.v1"``), sorted."""
    return sorted(_registrations())


def resolve_name(name: str) -> str:
    """Turn a short name (``"sentences"``) into the newest versioned one (``"slant.sentences.v1"``).

    Raises:
        PipelineError: no registered annotator has that name.
    """
    registered = _registrations()
    if name in registered:
        return name
    prefix = f"slant.{name}.v"
    versions = [n for n in registered if n.startswith(prefix) and n[len(prefix) :].isdigit()]
    if not versions:
        short = sorted({n.split(".")[1] for n in registered})
        raise PipelineError(f"unknown annotator {name!r}; expected one of: {', '.join(short)}")
    return max(versions, key=lambda n: int(n[len(prefix) :]))


def create_annotator(name: str, **config: Any) -> Annotator:
    """Build a registered annotator by name, with ``config`` passed to its constructor."""
    full = resolve_name(name)
    module_name, _, attr = _registrations()[full].partition(":")
    factory = getattr(importlib.import_module(module_name), attr)
    annotator = factory(**config)
    if not isinstance(annotator, Annotator):
        raise PipelineError(f"{full} must build an Annotator (name, requires, assigns, __call__, pipe)")
    return annotator


class Pipeline:
    """Annotators run in order over documents, checked before they run.

    Args:
        annotators: annotator objects, or registered names (short or versioned).
        config: per-name constructor settings for annotators given by name.

    Raises:
        PipelineError: an annotator requires something no earlier one assigns.
    """

    def __init__(
        self,
        annotators: Sequence[Annotator | str],
        *,
        config: Mapping[str, Mapping[str, Any]] | None = None,
    ) -> None:
        config = config or {}
        built: list[Annotator] = []
        for item in annotators:
            if isinstance(item, str):
                built.append(create_annotator(item, **dict(config.get(item, {}))))
            else:
                built.append(item)
        self.annotators: tuple[Annotator, ...] = tuple(built)
        self.check()

    @property
    def names(self) -> list[str]:
        """The annotators' names, in order."""
        return [a.name for a in self.annotators]

    def check(self) -> None:
        """Fail early when an annotator requires what no earlier annotator assigns."""
        assigned: set[str] = set()
        for annotator in self.annotators:
            missing = [r for r in annotator.requires if r not in assigned]
            if missing:
                raise PipelineError(
                    f"{annotator.name!r} requires {', '.join(missing)}, which no earlier annotator assigns; "
                    f"add the annotator that assigns it before {annotator.name!r}"
                )
            assigned.update(annotator.assigns)

    def __call__(self, doc: Document) -> Document:
        """Run every annotator over one document, in order."""
        for annotator in self.annotators:
            annotator(doc)
            doc.annotated_by.append(annotator.name)
        return doc

    def pipe(self, docs: Iterable[Document], *, batch_size: int = 64) -> Iterator[Document]:
        """Run every annotator over a stream of documents, keeping their order."""
        stream: Iterable[Document] = docs
        for annotator in self.annotators:
            stream = _mark(annotator.pipe(stream, batch_size=batch_size), annotator.name)
        yield from stream


def _mark(docs: Iterable[Document], name: str) -> Iterator[Document]:
    for doc in docs:
        doc.annotated_by.append(name)
        yield doc
