"""Paraphrase echoes read the same in the JSON, the terminal summary, the HTML report and a corpus run,
and the CLI's --paraphrase reaches them (issue 19)."""

from __future__ import annotations

import json
from html import unescape
from pathlib import Path

import jsonschema
import numpy as np
import pytest

import slant
from slant import Document, Part, Pipeline, UsageError
from slant._analyze import pipeline_names
from slant._cli import main
from slant.paraphrase import ParaphraseAnnotator
from slant.reports import document_schema, render_html, render_summary, to_dict
from slant.reports._echo import echo_facts

pytestmark = pytest.mark.issue(19)

ARTICLE = (
    "The council voted to close the central library. Officials said the repairs would cost twelve million."
)


def _same_meaning(texts: list[str]) -> np.ndarray:
    """Every text about closing or shutting means one thing; everything else another."""
    return np.array(
        [[1.0, 0.0] if ("close" in t or "shut" in t) else [0.0, 1.0] for t in texts], dtype=np.float32
    )


def _doc() -> Document:
    doc = Document(
        article=Part(ARTICLE, kind="article", id="article"),
        comments=[
            Part("They are going to shut our main library down.", kind="comment", id="c1", author="Ann"),
            Part("Nice weather.", kind="comment", id="c2", author="Bob"),
        ],
    )
    return Pipeline(["quotes", "echo", ParaphraseAnnotator(encoder=_same_meaning)])(doc)


def test_every_view_says_the_same_sentence_and_the_json_validates() -> None:
    doc = _doc()
    facts = echo_facts(doc)
    assert facts == [
        ("Echoes", "1 of 2 comments (50%) echo the article"),
        (
            "Paraphrases",
            "1 comment sentence by 1 comment restates the article in other words: "
            "“the council voted to close the central library.” (1 comment)",
        ),
    ]
    summary = render_summary(doc, width=1000)
    report = unescape(render_html(doc))
    for name, text in facts:
        assert name in summary and text in summary and text in report
    assert "restated by" in report and "restates the article's “the council voted" in report
    data = to_dict(doc)
    jsonschema.validate(data, document_schema())
    (span,) = data["comments"][0]["spans"]["echoes"]
    assert span["label"] == "paraphrase" and 0 < span["score"] < 1
    assert data["article"]["attributes"]["echo"]["paraphrased"][0]["comments"] == ["c1"]


def test_pipeline_names_put_paraphrase_after_echo() -> None:
    assert pipeline_names(["quotes", "echo", "toxicity"], paraphrase=True) == (
        "quotes",
        "echo",
        "paraphrase",
        "toxicity",
    )
    assert pipeline_names(["echo", "paraphrase"], paraphrase=True) == ("echo", "paraphrase")
    assert pipeline_names() is None  # the default pipeline, unchanged
    with_paraphrase = pipeline_names(paraphrase=True)
    assert with_paraphrase is not None
    assert with_paraphrase.index("paraphrase") == with_paraphrase.index("echo") + 1
    # one rule for every opt-in annotator: after the last one whose output it reads
    both = pipeline_names(opt_in=["actors"], paraphrase=True)
    assert both is not None and both[-1] == "actors" and both.index("paraphrase") == both.index("echo") + 1
    with pytest.raises(UsageError, match="needs annotator names"):
        slant.analyze("x", pipeline=Pipeline(["echo"]), paraphrase=True)


@pytest.mark.model
def test_cli_paraphrase_flag_adds_the_annotator(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = tmp_path / "page.txt"
    page.write_text(
        "Library to close\n\nThe city council voted to close the central library at the end of the year.\n\n"
        "Comments\n\nAnn\nSo the councillors decided to shut down the main library by December.\n",
        encoding="utf-8",
    )
    assert main(["analyze", str(page), "--pipeline", "quotes,echo", "--paraphrase", "--json"]) == 0
    echo = json.loads(capsys.readouterr().out)["article"]["attributes"]["echo"]
    assert echo["paraphrases"] == 1
    assert main(["analyze", str(page), "--pipeline", "quotes,echo", "--json"]) == 0
    assert "paraphrases" not in json.loads(capsys.readouterr().out)["article"]["attributes"]["echo"]


@pytest.mark.model
def test_a_corpus_run_with_paraphrase_fills_its_view_and_dashboard(tmp_path: Path) -> None:
    pytest.importorskip("duckdb", reason="the corpus extra is not installed")
    from slant.corpus import InProcessEngine, query, render_dashboard, run_corpus

    folder = tmp_path / "in"
    folder.mkdir()
    for number, outlet in enumerate(["a", "b"]):
        (folder / f"p{number}.txt").write_text(
            f"Library to close {outlet}\n\nThe city council voted to close the central library at the end of the year.\n\n"
            f"Comments\n\nAnn\nSo the councillors decided to shut down the main library by December.\n",
            encoding="utf-8",
        )
    run = tmp_path / "run"
    pipeline = list(pipeline_names(["quotes", "echo"], paraphrase=True))
    run_corpus([folder], run, engine=InProcessEngine(workers=0), pipeline=pipeline)
    rows = query(run, "select sentence, count(*), sum(comments) from paraphrase_sentences group by 1").rows
    assert rows == [("the city council voted to close the central library at the end of the year.", 2, 2)]
    assert query(run, "select count(*) from echo_phrases").rows == [(0,)]
    assert "Article sentences that comments restate in other words" in render_dashboard(run)
