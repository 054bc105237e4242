"""The annotator protocol, the registry of annotators, and the pipeline that runs them in order.

Every annotator declares what it ``requires`` and ``assigns`` as strings of the form
``"spans.<layer>"``, ``"attrs.<name>"`` or ``"scores.<name>"``, and what it reads only when present
(``optional_requires``). A :class:`Pipeline` checks, before it runs anything, that each requirement is
assigned by an earlier annotator (spaCy's ``analyze_pipes``), and that nothing read when present is
assigned only later (it would silently go unread).

Registered annotators' declarations are also kept in the registry (:class:`Registration`), so a
pipeline can be planned (:func:`plan_pipeline`) without importing any annotator module;
:func:`create_annotator` checks the built annotator declares the same.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import Any, ClassVar, Protocol, runtime_checkable

from slant._document import Document, Part
from slant._errors import DependencyError, PipelineError
from slant._extras import extra_of
from slant._registrations import ANNOTATORS, DEFAULT_PIPELINE, Registration

__all__ = [
    "Annotator",
    "BaseAnnotator",
    "ErrorHandler",
    "PartAnnotator",
    "Pipeline",
    "Registration",
    "annotator_names",
    "create_annotator",
    "import_factory",
    "plan_pipeline",
    "registration",
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

    Annotators that gain from batching (trained models) override ``pipe``. ``optional_requires``
    lists what the annotator reads when an earlier annotator assigned it and does without otherwise
    (not part of :class:`Annotator`: an annotator without it reads nothing optionally).
    """

    name: ClassVar[str] = ""
    requires: ClassVar[tuple[str, ...]] = ()
    optional_requires: ClassVar[tuple[str, ...]] = ()
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


def _registrations() -> Mapping[str, Registration]:
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


def registration(name: str) -> Registration:
    """The registry entry of ``name`` (short or versioned), without importing the annotator.

    Raises:
        PipelineError: no registered annotator has that name.
    """
    return _registrations()[resolve_name(name)]


def import_factory(spec: str) -> Callable[..., Any]:
    """Import ``"module:attribute"`` and return the attribute: the one import-by-string of slant.

    Used for the registry's factories and for annotators outside it (``slant corpus run --pipeline
    mypackage.annotators:Mine``).

    Raises:
        PipelineError: ``spec`` is not ``module:attribute``, or names no module or no attribute.
        DependencyError: the module imports a package that is not installed (the message names the
            extra that installs it, when it is one of slant's).
    """
    module_name, colon, attribute = spec.partition(":")
    if not colon or not module_name or not attribute:
        raise PipelineError(
            f"annotator {spec!r} is neither a registered name nor of the form module:factory",
            hint="give a registered name (slant analyze --help lists them) or module:factory",
        )
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError as error:
        missing = error.name or ""
        if not missing or module_name == missing or module_name.startswith(missing + "."):
            raise PipelineError(
                f"cannot import annotator {spec!r}: there is no module {module_name}",
                hint="give a registered name or an importable module:factory",
            ) from error
        # The module exists but needs a package that is not installed: say which, and which extra.
        extra = extra_of(missing)
        raise DependencyError(
            f"annotator {spec!r} needs {missing}, which is not installed",
            extra=extra,
            hint=None if extra else f"install {missing}",
        ) from error
    factory = getattr(module, attribute, None)
    if not callable(factory):
        raise PipelineError(
            f"cannot import annotator {spec!r}: module {module_name} has no callable {attribute}",
            hint="give a registered name or an importable module:factory",
        )
    return factory  # type: ignore[no-any-return]


def create_annotator(name: str, **config: Any) -> Annotator:
    """Build a registered annotator by name, with ``config`` passed to its constructor.

    Raises:
        PipelineError: unknown name, or the annotator declares other requirements than its registration.
        DependencyError: the annotator's module needs a package that is not installed.
    """
    full = resolve_name(name)
    entry = _registrations()[full]
    annotator = import_factory(entry.factory)(**config)
    if not isinstance(annotator, Annotator):
        raise PipelineError(f"{full} must build an Annotator (name, requires, assigns, __call__, pipe)")
    declared = Registration(
        entry.factory,
        tuple(annotator.requires),
        tuple(annotator.assigns),
        tuple(getattr(annotator, "optional_requires", ())),
    )
    if declared != entry:
        # The registry is what plans pipelines without importing annotators; it must not drift from
        # what the annotator itself says (issue 13).
        raise PipelineError(
            f"{full} declares {declared} but is registered as {entry}",
            hint="make src/slant/_registrations.py and the annotator's class agree",
        )
    return annotator


def plan_pipeline(
    target: str, *, order: Sequence[str] | None = None, with_optional: bool = False
) -> list[str]:
    """The annotators to run for ``target``: those it needs (directly or not), in ``order``, then ``target``.

    Reads the registry only: no annotator is imported.

    Args:
        target: a registered name, short or versioned.
        order: registered names in the order they run; None for slant's default pipeline.
        with_optional: also run what assigns the layers read when present (``optional_requires``),
            so ``target`` sees what it sees in the full pipeline.

    Raises:
        PipelineError: ``target`` or a name of ``order`` is not registered, or nothing in ``order``
            assigns what ``target`` requires.
    """

    full = resolve_name(target)
    entry = _registrations()[full]
    needed = set(entry.requires) | (set(entry.optional_requires) if with_optional else set())
    chosen: list[str] = []
    # Walk the order backwards, taking each annotator that assigns something still needed, so the
    # plan holds ``target`` and only what it depends on, in the given order.
    for name in reversed(DEFAULT_PIPELINE if order is None else order):
        if not needed:
            break
        resolved = resolve_name(name)
        if resolved == full:
            continue
        each = _registrations()[resolved]
        if needed & set(each.assigns):
            chosen.insert(0, name)
            needed -= set(each.assigns)
            needed |= set(each.requires) | (set(each.optional_requires) if with_optional else set())
    # What is left is optional (read when present) or a requirement nobody assigns, which
    # ``Pipeline.check`` reports when the plan is built.
    return [*chosen, target]


#: Called with a document and the exception an annotator raised on it (see :meth:`Pipeline.pipe`).
ErrorHandler = Callable[[Document, Exception], None]


def _checked(annotator: Any, spec: str) -> Annotator:
    if not isinstance(annotator, Annotator):
        raise PipelineError(f"{spec} must build an Annotator (name, requires, assigns, __call__, pipe)")
    return annotator


class Pipeline:
    """Annotators run in order over documents, checked before they run.

    Args:
        annotators: annotator objects, registered names (short or versioned), or
            ``"module:factory"`` strings of annotators outside the registry (the factory, called
            with ``config``'s settings for that string, builds it).
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
            if isinstance(item, str) and ":" in item:
                built.append(_checked(import_factory(item)(**dict(config.get(item, {}))), item))
            elif isinstance(item, str):
                built.append(create_annotator(item, **dict(config.get(item, {}))))
            else:
                built.append(item)
        self.annotators: tuple[Annotator, ...] = tuple(built)
        self._model_infos: dict[int, dict[str, Any]] = {}
        self.check()

    @property
    def names(self) -> list[str]:
        """The annotators' names, in order."""
        return [a.name for a in self.annotators]

    def check(self) -> None:
        """Fail early when an annotator requires what no earlier annotator assigns.

        Also when an annotator reads something when present (``optional_requires``) that only a later
        annotator assigns: it would run without it, and nobody would notice.
        """
        assigned: set[str] = set()
        for index, annotator in enumerate(self.annotators):
            missing = [r for r in annotator.requires if r not in assigned]
            if missing:
                raise PipelineError(
                    f"{annotator.name!r} requires {', '.join(missing)}, which no earlier annotator assigns; "
                    f"add the annotator that assigns it before {annotator.name!r}"
                )
            for wanted in getattr(annotator, "optional_requires", ()):
                later = [a.name for a in self.annotators[index + 1 :] if wanted in a.assigns]
                if wanted not in assigned and later:
                    raise PipelineError(
                        f"{annotator.name!r} reads {wanted} when present, but {later[0]!r}, which assigns it, "
                        f"runs after it; put {later[0]!r} before {annotator.name!r}"
                    )
            assigned.update(annotator.assigns)

    def __call__(self, doc: Document) -> Document:
        """Run every annotator over one document, in order."""
        for annotator in self.annotators:
            annotator(doc)
            self._mark(doc, annotator)
        return doc

    def _mark(self, doc: Document, annotator: Annotator) -> None:
        """Record on ``doc`` that ``annotator`` ran, and which trained model it ran (``doc.models``)."""
        doc.annotated_by.append(annotator.name)
        info = self._model_infos.get(id(annotator))
        if info is None and callable(getattr(annotator, "model_info", None)):
            # What actually ran, not what a name suggests: a custom model folder has its own digest.
            # Hashed once per annotator, not per page.
            info = {k: v for k, v in annotator.model_info().as_dict().items() if k != "path"}  # type: ignore[attr-defined]
            self._model_infos[id(annotator)] = info
        if info is not None:
            doc.models[annotator.name] = info

    def pipe(
        self,
        docs: Iterable[Document],
        *,
        batch_size: int = 64,
        error_handler: ErrorHandler | None = None,
    ) -> Iterator[Document]:
        """Run every annotator over a stream of documents, ``batch_size`` at a time, keeping their order.

        Each annotator gets a whole batch through its own ``pipe``, so batching annotators (the
        trained models) make one call per batch.

        Args:
            docs: the documents.
            batch_size: documents per batch (1 or more).
            error_handler: None lets an annotator's exception end the stream. Otherwise a document
                that makes an annotator raise is handed to ``error_handler(doc, error)`` and left out
                of the output, and the rest of its batch goes on: when an annotator fails on a batch,
                the documents it had not finished are run through it one by one, so only the failing
                ones are dropped (spaCy's ``set_error_handler``; one bad page must not sink a corpus run).

        Raises:
            PipelineError: ``batch_size`` is below 1.
        """
        if batch_size < 1:
            raise PipelineError(f"batch size must be 1 or more; got {batch_size}")
        batch: list[Document] = []
        for doc in docs:
            batch.append(doc)
            if len(batch) == batch_size:
                yield from self._run_batch(batch, error_handler)
                batch = []
        if batch:
            yield from self._run_batch(batch, error_handler)

    def _run_batch(self, batch: list[Document], error_handler: ErrorHandler | None) -> list[Document]:
        """Run every annotator over ``batch``; the documents that came through, in order."""
        for annotator in self.annotators:
            done: list[Document] = []
            try:
                for doc in annotator.pipe(batch, batch_size=len(batch)):
                    self._mark(doc, annotator)
                    done.append(doc)
            except Exception as error:  # isolated below, or re-raised when there is no handler
                if error_handler is None:
                    raise
                logger.debug(
                    "%s failed on a batch (%s); running its documents one by one", annotator.name, error
                )
                # An annotator yields in order, so those it yielded are finished; the others run
                # again alone, and only the ones that fail alone are dropped.
                for doc in batch[len(done) :]:
                    try:
                        annotator(doc)
                    except Exception as doc_error:  # this document's failure, handed to the caller
                        error_handler(doc, doc_error)
                        continue
                    self._mark(doc, annotator)
                    done.append(doc)
            batch = done
        return batch
