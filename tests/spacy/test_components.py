"""slant's annotators as spaCy components (issue 16): entry points, spans, scores, alignment, batching."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

spacy = pytest.importorskip("spacy", reason="the spacy extra is not installed")

from slant import Document, Part, Span  # noqa: E402
from slant.spacy import COMPONENTS, SlantComponent  # noqa: E402

pytestmark = pytest.mark.issue(16)


def test_every_component_is_an_entry_point_spacy_finds_without_importing_slant() -> None:
    code = (
        "import json, sys, spacy\n"
        "nlp = spacy.blank('en')\n"
        "for name in sys.argv[1:]:\n"
        "    nlp.add_pipe(name)\n"
        "print(json.dumps(nlp.pipe_names))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, *COMPONENTS], capture_output=True, text=True, check=True
    )
    assert json.loads(done.stdout) == list(COMPONENTS)


def test_language_goes_into_doc_extensions() -> None:
    nlp = spacy.blank("xx")
    nlp.add_pipe("slant_language")
    doc = nlp("Полностью согласен с автором.")
    assert doc._.slant_language == "ru"
    assert 0.5 < doc._.slant_language_score <= 1.0


def test_quotes_become_a_span_group_with_labels_and_scores() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("slant_quotes")
    doc = nlp("They call it the “moderate opposition”, which it is not.")
    group = doc.spans["slant_quotes"]
    assert [span.text for span in group] == ["“moderate opposition”"]
    assert group[0].label_ in {"quotation", "scare_quote"}
    assert len(group.attrs["scores"]) == len(group) and all(0 <= s <= 1 for s in group.attrs["scores"])
    assert group.attrs["unaligned"] == 0


def _page_with(text: str, spans: list[Span]) -> Document:
    page = Document(article=Part(text, kind="article", id="article"))
    page.article.spans.set("quotes", spans)
    return page


def test_offsets_inside_tokens_expand_and_spans_without_tokens_are_left_out_and_counted() -> None:
    nlp = spacy.blank("en")
    component = SlantComponent(nlp, "q", annotator="quotes")
    text = "Loaded words  here."
    doc = nlp.make_doc(text)
    inside = Span(1, 4, "quotation", 0.8)  # "oad" inside "Loaded": grows to the token
    whitespace = Span(12, 14, "quotation", 0.7)  # the two spaces: no word at all
    whole = Span(14, 18, "scare_quote", 0.6)  # "here"
    component._write(doc, _page_with(text, [inside, whitespace, whole]))
    group = doc.spans["slant_quotes"]
    assert [(s.text, s.label_) for s in group] == [("Loaded", "quotation"), ("here", "scare_quote")]
    assert group.attrs["scores"] == [0.8, 0.6]
    assert group.attrs["unaligned"] == 1


def test_pipe_keeps_order_and_agrees_with_call() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("slant_language")
    texts = [
        "Das ist reine Propaganda.",
        "ok",
        "This is pure propaganda, nothing else.",
        "Це чиста пропаганда.",
    ]
    piped = [doc._.slant_language for doc in nlp.pipe(texts, batch_size=3)]
    assert piped == [nlp(text)._.slant_language for text in texts] == ["de", "und", "en", "uk"]


def test_part_must_be_article_or_comment() -> None:
    from slant import PipelineError

    with pytest.raises(PipelineError, match="part must be"):
        SlantComponent(spacy.blank("en"), "x", annotator="quotes", part="title")


def test_a_pipeline_with_slant_components_saves_and_loads(tmp_path: Path) -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("slant_language", config={"languages": ["en", "de", "bg"]})
    nlp.to_disk(tmp_path / "pipeline")
    loaded = spacy.load(tmp_path / "pipeline")
    assert loaded.pipe_names == ["slant_language"]
    assert loaded("Съдът отхвърли жалбата на министъра вчера.")._.slant_language == "bg"


@pytest.mark.model
def test_toxicity_and_techniques_on_a_blank_pipeline() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("slant_toxicity")
    nlp.add_pipe("slant_techniques")
    doc = nlp("You are an idiot and a traitor to this great nation.")
    scores = doc._.slant_toxicity
    assert set(scores) >= {"toxicity", "insult"} and scores["insult"] > 0.5
    assert "idiot" in [span.text for span in doc.spans["slant_toxicity"]]
    techniques = doc.spans["slant_techniques"]
    assert len(techniques) >= 1 and len(techniques.attrs["scores"]) == len(techniques)


def test_without_spacy_the_import_is_one_line_naming_the_extra() -> None:
    code = "import sys\nsys.modules['spacy'] = None\nimport slant.spacy\n"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode != 0
    last = done.stderr.strip().splitlines()[-1]
    assert "pip install 'slant[spacy]'" in last


def test_the_entry_points_in_pyproject_are_the_components() -> None:
    import tomllib

    pyproject = Path(__file__).resolve().parents[2] / "pyproject.toml"
    declared = tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]["entry-points"][
        "spacy_factories"
    ]
    assert declared == {
        name: f"slant.spacy._components:make_{annotator}" for name, annotator in COMPONENTS.items()
    }
