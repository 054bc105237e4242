"""The pipeline checks requirements before it runs, keeps order, and records who annotated."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import ClassVar

import pytest

from slant import BaseAnnotator, Document, Part, PartAnnotator, Pipeline, PipelineError, Span
from slant._pipeline import resolve_name


class _Words(PartAnnotator):
    name = "words"
    assigns: ClassVar[tuple[str, ...]] = ("spans.words",)

    def annotate_part(self, part: Part, doc: Document) -> None:
        spans, start = [], 0
        for word in part.text.split():
            start = part.text.index(word, start)
            spans.append(Span(start, start + len(word), "word", source=self.name))
            start += len(word)
        part.spans.set("words", spans)


class _Counter(BaseAnnotator):
    name = "counter"
    requires: ClassVar[tuple[str, ...]] = ("spans.words",)
    assigns: ClassVar[tuple[str, ...]] = ("attrs.n_words",)

    def __init__(self) -> None:
        self.batches: list[int] = []

    def __call__(self, doc: Document) -> Document:
        doc.article.attrs["n_words"] = len(doc.article.spans["words"])
        return doc

    def pipe(self, docs: Iterable[Document], *, batch_size: int = 64) -> Iterator[Document]:
        batch: list[Document] = []
        for doc in docs:
            batch.append(doc)
            if len(batch) == batch_size:
                self.batches.append(len(batch))
                yield from map(self, batch)
                batch = []
        if batch:
            self.batches.append(len(batch))
            yield from map(self, batch)


def _doc(text: str) -> Document:
    return Document(
        article=Part(text, kind="article", id="article"), comments=[Part("a b", kind="comment", id="c1")]
    )


def test_pipeline_runs_in_order_and_records_annotators() -> None:
    doc = Pipeline([_Words(), _Counter()])(_doc("one two three"))
    assert doc.article.attrs["n_words"] == 3
    assert doc.comments[0].spans["words"][1].start == 2
    assert doc.annotated_by == ["words", "counter"]


def test_missing_requirement_fails_before_running() -> None:
    with pytest.raises(
        PipelineError, match=r"'counter' requires spans.words, which no earlier annotator assigns"
    ):
        Pipeline([_Counter(), _Words()])


def test_pipe_keeps_order_and_batches() -> None:
    counter = _Counter()
    texts = [" ".join(["w"] * n) for n in range(1, 8)]
    docs = list(Pipeline([_Words(), counter]).pipe((_doc(t) for t in texts), batch_size=3))
    assert [d.article.attrs["n_words"] for d in docs] == list(range(1, 8))
    assert counter.batches == [3, 3, 1]


def test_unknown_annotator_name_lists_the_known_ones() -> None:
    with pytest.raises(PipelineError, match=r"unknown annotator 'nonsense'; expected one of: .*sentences"):
        resolve_name("nonsense")


def test_short_names_resolve_to_versioned_names() -> None:
    assert resolve_name("sentences") == "slant.sentences.v1"
    assert resolve_name("slant.sentences.v1") == "slant.sentences.v1"
