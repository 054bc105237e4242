"""Issue 13: the registry's metadata without imports, declared requirements, and batching with isolation."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, ClassVar

import pytest

from slant import BaseAnnotator, Document, Part, PartAnnotator, Pipeline, PipelineError, Span
from slant._pipeline import create_annotator, import_factory, plan_pipeline, registration
from slant._registrations import ANNOTATORS, DEFAULT_PIPELINE
from slant.corpus import _worker
from slant.corpus._tasks import PageTask

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "news-page-with-comments.txt"


def _doc(text: str) -> Document:
    return Document(
        article=Part(text, kind="article", id="article"),
        comments=[Part("A comment.", kind="comment", id="c1")],
    )


class _Words(PartAnnotator):
    name = "words"
    assigns: ClassVar[tuple[str, ...]] = ("spans.words",)

    def annotate_part(self, part: Part, doc: Document) -> None:
        part.spans.set("words", [Span(0, len(part.text.split()[0]), "word", source=self.name)])


class _BatchModel(BaseAnnotator):
    """Scores whole batches at once, like a trained model: one bad document fails its whole batch."""

    name = "batch_model"
    requires: ClassVar[tuple[str, ...]] = ("spans.words",)
    assigns: ClassVar[tuple[str, ...]] = ("attrs.scored",)

    def __init__(self) -> None:
        self.calls: list[int] = []

    def _score(self, docs: list[Document]) -> None:
        self.calls.append(len(docs))
        if any("BAD" in doc.article.text for doc in docs):
            raise RuntimeError("cannot score BAD")
        for doc in docs:
            doc.article.attrs["scored"] = True

    def __call__(self, doc: Document) -> Document:
        self._score([doc])
        return doc

    def pipe(self, docs: Iterable[Document], *, batch_size: int = 64) -> Iterator[Document]:
        batch = list(docs)
        for start in range(0, len(batch), batch_size):
            chunk = batch[start : start + batch_size]
            self._score(chunk)
            yield from chunk


class _After(PartAnnotator):
    name = "after"
    kinds: ClassVar[tuple[str, ...]] = ("article",)
    requires: ClassVar[tuple[str, ...]] = ("attrs.scored",)
    assigns: ClassVar[tuple[str, ...]] = ("attrs.after",)

    def annotate_part(self, part: Part, doc: Document) -> None:
        part.attrs["after"] = True


@pytest.mark.issue(13)
def test_registry_metadata_is_read_without_importing_any_annotator() -> None:
    script = (
        "import json, sys\n"
        "from slant._pipeline import plan_pipeline, registration\n"
        "entry = registration('spelling')\n"
        "plan = plan_pipeline('spelling')\n"
        "loaded = sorted(m for m in sys.modules if m.startswith(('slant.annotators', 'slant.toxicity', 'slant.techniques')))\n"
        "print(json.dumps({'requires': entry.requires, 'plan': plan, 'loaded': loaded}))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=True
    )
    found = json.loads(done.stdout)
    assert found["requires"] == ["spans.tokens", "attrs.language"]
    assert found["plan"] == ["sentences", "language", "spelling"]
    assert found["loaded"] == []


@pytest.mark.issue(13)
@pytest.mark.parametrize("name", sorted(ANNOTATORS))
def test_each_annotator_declares_what_its_registration_says(name: str) -> None:
    annotator = create_annotator(name)
    entry = registration(name)
    assert tuple(annotator.requires) == entry.requires
    assert tuple(annotator.assigns) == entry.assigns
    assert tuple(getattr(annotator, "optional_requires", ())) == entry.optional_requires


@pytest.mark.issue(13)
def test_an_annotator_that_drifts_from_its_registration_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    from slant.annotators._spelling import SpellingAnnotator

    monkeypatch.setattr(SpellingAnnotator, "requires", ("spans.tokens",))
    with pytest.raises(PipelineError, match=r"slant\.spelling\.v1 declares .* but is registered as"):
        create_annotator("spelling")


@pytest.mark.issue(13)
@pytest.mark.parametrize("name", [n for n in DEFAULT_PIPELINE])
def test_declared_requirements_are_complete(name: str) -> None:
    # Run each annotator behind only what it declares it needs (and reads when present): if it read
    # an undeclared layer, its output would differ from the one it gives in the full pipeline.
    from slant import read

    full = read(EXAMPLE)
    Pipeline(list(DEFAULT_PIPELINE))(full)
    alone = read(EXAMPLE)
    Pipeline(plan_pipeline(name, with_optional=True))(alone)

    def written(doc: Document) -> list[dict[str, Any]]:
        found = []
        for part in doc.parts:
            values: dict[str, Any] = {}
            for key in registration(name).assigns:
                kind, _, layer = key.partition(".")
                if kind == "spans":
                    spans = part.spans.get(layer, None)
                    values[key] = (
                        None if spans is None else [(s.start, s.end, s.label, s.score) for s in spans]
                    )
                else:
                    values[key] = getattr(part, kind).get(layer)
            found.append(values)
        return found

    assert written(alone) == written(full)


@pytest.mark.issue(13)
def test_a_pipeline_whose_annotator_requires_an_undeclared_layer_is_refused_before_it_runs() -> None:
    model = _BatchModel()
    with pytest.raises(
        PipelineError, match=r"'batch_model' requires spans.words, which no earlier annotator assigns"
    ):
        Pipeline([model])
    assert model.calls == []


@pytest.mark.issue(13)
def test_an_optional_layer_assigned_only_later_is_refused() -> None:
    class ReadsWordsWhenPresent(BaseAnnotator):
        name = "reads_words"
        optional_requires: ClassVar[tuple[str, ...]] = ("spans.words",)

        def __call__(self, doc: Document) -> Document:
            return doc

    with pytest.raises(PipelineError, match=r"'reads_words' reads spans\.words when present, but 'words'"):
        Pipeline([ReadsWordsWhenPresent(), _Words()])
    assert Pipeline([_Words(), ReadsWordsWhenPresent()]).names == ["words", "reads_words"]
    assert Pipeline([ReadsWordsWhenPresent()]).names == ["reads_words"]  # absent: read when present


@pytest.mark.issue(13)
def test_pipe_batches_and_isolates_a_failing_document() -> None:
    model = _BatchModel()
    pipeline = Pipeline([_Words(), model, _After()])
    docs = [_doc(f"Page {i} text.") for i in range(5)]
    docs[2] = _doc("BAD page.")
    failed: list[tuple[Document, Exception]] = []
    out = list(
        pipeline.pipe(docs, batch_size=5, error_handler=lambda doc, error: failed.append((doc, error)))
    )
    assert out == [docs[0], docs[1], docs[3], docs[4]]
    assert [doc for doc, _ in failed] == [docs[2]]
    assert str(failed[0][1]) == "cannot score BAD"
    assert all(doc.annotated_by == ["words", "batch_model", "after"] for doc in out)
    assert docs[2].annotated_by == ["words"]
    # One call for the batch, which failed; then each document alone.
    assert model.calls == [5, 1, 1, 1, 1, 1]


@pytest.mark.issue(13)
def test_pipe_without_a_handler_raises_and_checks_the_batch_size() -> None:
    pipeline = Pipeline([_Words(), _BatchModel()])
    with pytest.raises(RuntimeError, match="cannot score BAD"):
        list(pipeline.pipe([_doc("BAD page.")]))
    with pytest.raises(PipelineError, match="batch size must be 1 or more; got 0"):
        list(pipeline.pipe([_doc("Fine.")], batch_size=0))


@pytest.mark.issue(13)
def test_a_corpus_batch_is_annotated_together_and_a_failing_page_is_its_error_row(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    model = _BatchModel()
    monkeypatch.setattr(_worker, "build_pipeline", lambda spec: Pipeline([_Words(), model]))
    body = "The minister said on Tuesday that the talks would go on for a second week, and {} agreed."
    texts = [body.format("the opposition"), body.format("BAD"), body.format("everyone")]
    tasks = tuple(
        PageTask(
            page_id=f"p{i}", source=f"page{i}.txt", data=f"Title {i}\n\n{text}\n".encode(), format="text"
        )
        for i, text in enumerate(texts)
    )
    result = _worker.process_batch(_worker.Batch(7, tasks, ("ignored",)))
    assert (result.pages, result.errors) == (2, 1)
    assert model.calls[0] == 3  # the whole batch in one call: the toxicity model's batching runs
    errors = _worker.table_from_ipc(result.tables["errors"]).to_pylist()
    assert [(e["page_id"], e["stage"], e["error_type"]) for e in errors] == [
        ("p1", "annotate", "RuntimeError")
    ]
    assert errors[0]["reason"] == "internal error while annotating the page: RuntimeError: cannot score BAD"
    pages = _worker.table_from_ipc(result.tables["pages"]).to_pylist()
    assert sorted(p["page_id"] for p in pages) == ["p0", "p2"]


@pytest.mark.issue(13)
def test_technique_annotator_pipe_honours_batch_size(monkeypatch: pytest.MonkeyPatch) -> None:
    from slant.techniques._annotator import TechniqueAnnotator

    sizes: list[int] = []

    def predict(self: TechniqueAnnotator, docs: Iterable[Document]) -> list[list[list[Span]]]:
        batch = list(docs)
        sizes.append(len(batch))
        return [[[] for _ in doc.parts] for doc in batch]

    monkeypatch.setattr(TechniqueAnnotator, "predict", predict)
    docs = [_doc(f"Page {i}.") for i in range(5)]
    assert list(TechniqueAnnotator().pipe(docs, batch_size=2)) == docs
    assert sizes == [2, 2, 1]
    assert all(part.spans["techniques"] == () for doc in docs for part in doc.parts)


@pytest.mark.issue(13)
def test_import_factory_names_what_is_wrong() -> None:
    assert import_factory("slant._pipeline:Pipeline") is Pipeline
    with pytest.raises(PipelineError, match="there is no module no_such_module"):
        import_factory("no_such_module:Thing")
    with pytest.raises(PipelineError, match="has no callable Nothing"):
        import_factory("slant._pipeline:Nothing")
    with pytest.raises(PipelineError, match="neither a registered name nor of the form module:factory"):
        import_factory("no-colon")
