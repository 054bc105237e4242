"""One contract test over every registered annotator (scikit-learn's parametrize_with_checks, in small).

For each registered name: it builds with defaults; ``pipe`` and ``__call__`` agree; ``pipe`` keeps the
order; it writes what it declares in ``assigns``; an empty part does not crash it; its spans lie inside
the text with scores in [0, 1]; and, if it can be saved, save -> load gives the same annotations.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import slant
from slant import Document, Part, Pipeline
from slant._registrations import DEFAULT_PIPELINE

TEXTS = [
    "Govt forces renewed the operation, according to local sources. The so-called “moderate opposition” left.",
    "",
    "Teach these warmonger beheaders a lesson the HARD WAY. Finish the job! http://tass.com/defense/1",
]


def _doc(text: str) -> Document:
    return Document(
        title=Part("Militants Again Ingore Terms of Ceasefire", kind="title", id="title"),
        article=Part(text, kind="article", id="article"),
        comments=[
            Part("You f@ck1ng idiots, wipe them out.", kind="comment", id="c1"),
            Part("", kind="comment", id="c2", author="John"),
            Part("What does “ingore” mean?", kind="comment", id="c3", parent="c1"),
        ],
    )


def _prerequisites(name: str) -> list[str]:
    """The default pipeline's annotators before ``name`` (what it may require), or none."""
    short = name.split(".")[1]
    if short in DEFAULT_PIPELINE:
        return list(DEFAULT_PIPELINE[: DEFAULT_PIPELINE.index(short)])
    return list(DEFAULT_PIPELINE)


def _snapshot(doc: Document) -> list[Any]:
    return [
        (
            part.id,
            {k: [(s.start, s.end, s.label, round(s.score, 6)) for s in v] for k, v in part.spans.items()},
            {k: v for k, v in part.attrs.items()},
            part.scores,
        )
        for part in doc.parts
    ]


@pytest.fixture(params=slant.annotator_names())
def name(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def test_builds_with_defaults(name: str) -> None:
    annotator = slant.create_annotator(name)
    assert annotator.name == name.split(".")[1]
    assert all(
        r.split(".")[0] in {"spans", "attrs", "scores"} for r in (*annotator.requires, *annotator.assigns)
    )


def test_pipe_and_call_agree_and_keep_order(name: str) -> None:
    pipeline = Pipeline([*_prerequisites(name), name])
    one_by_one = [_snapshot(pipeline(_doc(t))) for t in TEXTS]
    piped = [_snapshot(d) for d in pipeline.pipe((_doc(t) for t in TEXTS), batch_size=2)]
    assert piped == one_by_one


def test_assigns_are_written_and_spans_are_valid(name: str) -> None:
    annotator = slant.create_annotator(name)
    doc = Pipeline([*_prerequisites(name), annotator])(_doc(TEXTS[0]))
    for declared in annotator.assigns:
        kind, _, key = declared.partition(".")
        holders = [p for p in doc.parts if key in getattr(p, kind)]
        assert holders, f"{name} declares {declared} but no part has it"
    for part in doc.parts:
        for layer in part.spans.values():
            for span in layer:
                assert 0 <= span.start <= span.end <= len(part.text)
                assert 0.0 <= span.score <= 1.0
        for scores in part.scores.values():
            assert all(0.0 <= v <= 1.0 for v in scores.values())


def test_empty_document_does_not_crash(name: str) -> None:
    doc = Document(article=Part("", kind="article", id="article"))
    Pipeline([*_prerequisites(name), name])(doc)


#: The registered annotators that run a trained model; every other one is rule-based.
TRAINED = {"slant.paraphrase.v1", "slant.techniques.v1", "slant.toxicity.v1"}


@pytest.mark.issue(13)
def test_trained_annotators_are_the_ones_that_save() -> None:
    savable = {n for n in slant.annotator_names() if hasattr(slant.create_annotator(n), "save")}
    assert savable == TRAINED


def test_save_and_load_round_trip(name: str, tmp_path: Path) -> None:
    annotator = slant.create_annotator(name)
    if name not in TRAINED:
        pytest.skip(f"{name} is rule-based: it has no trained state to save")
    annotator.save(tmp_path)  # type: ignore[attr-defined]
    reloaded = type(annotator).load(tmp_path)  # type: ignore[attr-defined]
    assert reloaded.model_info().path == str(tmp_path.resolve())
    assert reloaded.model is not annotator.model  # read back from the saved files, not the cache
    before = _snapshot(Pipeline([*_prerequisites(name), annotator])(_doc(TEXTS[2])))
    after = _snapshot(Pipeline([*_prerequisites(name), reloaded])(_doc(TEXTS[2])))
    assert any(part[1] for part in before)  # the round trip compares real annotations
    assert before == after
