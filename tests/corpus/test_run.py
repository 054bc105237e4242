"""run_corpus: every page stored once, bad pages in `errors`, resume, worker crashes survived."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from slant import InputError, PipelineError
from slant.corpus import InProcessEngine, Progress, query, run_corpus
from slant.corpus._store import RunStore

# The helper modules sit next to this file; worker processes import them by name too, so they
# must be on sys.path (pytest's importlib mode does not put them there).
if str(Path(__file__).resolve().parent) not in sys.path:
    sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus_annotators import PIPELINE
from corpus_pages import page_text, write_pages


def _rows(run: Path, sql: str) -> list[tuple[object, ...]]:
    return query(run, sql).rows


def test_run_stores_pages_spans_and_comments(tmp_path: Path) -> None:
    write_pages(tmp_path / "in", 7)
    run = tmp_path / "run"
    summary = run_corpus(
        [tmp_path / "in"], run, engine=InProcessEngine(workers=0), pipeline=PIPELINE, batch_size=3
    )
    assert (summary.pages, summary.errors, summary.skipped, summary.batches) == (7, 0, 0, 3)
    assert _rows(run, "select count(*), count(distinct page_id) from pages") == [(7, 7)]
    (row,) = _rows(
        run,
        "select title, word_count, comment_count, technique_spans, technique_counts, sources_named, "
        "sources_unnamed, toxic_comments, toxicity_max from pages where title like 'Report number 3 %'",
    )
    # Page 3: "heroic" in the article and "regime": two loaded words; "You are idiots." is toxic.
    assert row[0] == "Report number 3 from the front"
    assert row[2:] == (2, 2, {"Loaded_Language": 2}, 1, 1, 1, 0.9)
    assert _rows(run, "select count(*) from comments") == [(14,)]
    assert _rows(
        run, "select label, count(*) from spans where layer = 'techniques' group by 1 order by 1"
    ) == [
        ("Loaded_Language", 10),  # "regime" on 7 pages, "heroic" on the 3 odd ones
        ("Name_Calling,Labeling", 4),
    ]
    assert _rows(run, "select count(*) from errors") == [(0,)]


def test_second_run_skips_everything_done(tmp_path: Path) -> None:
    write_pages(tmp_path / "in", 5)
    run = tmp_path / "run"
    engine = InProcessEngine(workers=0)
    run_corpus([tmp_path / "in"], run, engine=engine, pipeline=PIPELINE, batch_size=2)
    write_pages(tmp_path / "in", 2, start=5)
    again = run_corpus([tmp_path / "in"], run, engine=engine, pipeline=PIPELINE, batch_size=2)
    assert (again.pages, again.skipped) == (2, 5)
    assert _rows(run, "select count(*), count(distinct page_id) from pages") == [(7, 7)]
    manifest = json.loads((run / "manifest.json").read_text())
    assert len(manifest["invocations"]) == 2
    assert manifest["invocations"][1]["pages"] == 2


def test_bad_pages_land_in_errors_and_the_run_goes_on(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    write_pages(folder, 4)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200))
    (folder / "explodes.txt").write_text(page_text(99).replace("Day 99", "EXPLODE"), encoding="utf-8")
    run = tmp_path / "run"
    summary = run_corpus(
        [folder],
        run,
        engine=InProcessEngine(workers=0),
        pipeline=(*PIPELINE, "corpus_annotators:Explodes"),
        batch_size=10,
    )
    assert (summary.pages, summary.errors) == (4, 3)
    errors = {
        Path(source).name: (stage, kind, reason)
        for source, stage, kind, reason in _rows(run, "select source, stage, error_type, reason from errors")
    }
    assert errors["empty.txt"][:2] == ("read", "EmptyInputError")
    assert errors["image.txt"][:2] == ("read", "BinaryInputError")
    assert errors["explodes.txt"][:2] == ("annotate", "RuntimeError")
    assert "boom" in errors["explodes.txt"][2]
    assert _rows(run, "select count(*) from pages") == [(4,)]
    # Failed pages are done too: a second run does not try them again.
    again = run_corpus(
        [folder], run, engine=InProcessEngine(workers=0), pipeline=(*PIPELINE, "corpus_annotators:Explodes")
    )
    assert (again.pages, again.errors, again.skipped) == (0, 0, 7)


@pytest.mark.slow
def test_a_page_that_kills_its_worker_costs_only_itself(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    write_pages(folder, 5)
    (folder / "part0" / "page00002.txt").write_text(
        page_text(2).replace("Day 2", "KILL-WORKER"), encoding="utf-8"
    )
    run = tmp_path / "run"
    summary = run_corpus(
        [folder],
        run,
        engine=InProcessEngine(workers=1),
        pipeline=(*PIPELINE, "corpus_annotators:KillsWorker"),
        batch_size=5,
    )
    assert summary.retried_batches == 1
    assert (summary.pages, summary.errors) == (4, 1)
    ((source, stage),) = _rows(run, "select source, stage from errors")
    assert source.endswith("page00002.txt") and stage == "worker"
    assert _rows(run, "select count(distinct page_id), count(*) from pages") == [(4, 4)]


def test_half_written_batch_is_removed_and_redone(tmp_path: Path) -> None:
    write_pages(tmp_path / "in", 4)
    run = tmp_path / "run"
    run_corpus([tmp_path / "in"], run, engine=InProcessEngine(workers=0), pipeline=PIPELINE, batch_size=2)
    # As if killed between the part files' renames and the ledger entry of batch 2.
    (run / "ledger" / "batch-000002.json").unlink()
    (run / "spans" / "batch-000002.parquet.tmp").write_bytes(b"partial")
    state = RunStore(run).open()
    assert state.batches == 1 and state.removed_orphans == 4  # pages, spans, comments parts + the tmp
    assert not (run / "pages" / "batch-000002.parquet").exists()
    again = run_corpus(
        [tmp_path / "in"], run, engine=InProcessEngine(workers=0), pipeline=PIPELINE, batch_size=2
    )
    assert (again.pages, again.skipped) == (2, 2)
    assert _rows(run, "select count(*), count(distinct page_id) from pages") == [(4, 4)]
    assert _rows(run, "select count(*) from comments") == [(8,)]


def test_resume_with_another_pipeline_is_refused(tmp_path: Path) -> None:
    write_pages(tmp_path / "in", 1)
    run = tmp_path / "run"
    run_corpus([tmp_path / "in"], run, engine=InProcessEngine(workers=0), pipeline=PIPELINE)
    with pytest.raises(InputError, match="same --pipeline"):
        run_corpus([tmp_path / "in"], run, engine=InProcessEngine(workers=0), pipeline=PIPELINE[:1])


def test_manifest_records_version_annotators_and_settings(tmp_path: Path) -> None:
    write_pages(tmp_path / "in", 1)
    run = tmp_path / "run"
    run_corpus([tmp_path / "in"], run, engine=InProcessEngine(workers=0), pipeline=PIPELINE, batch_size=7)
    manifest = json.loads((run / "manifest.json").read_text())
    assert manifest["slant_version"]
    assert manifest["pipeline"] == list(PIPELINE)
    assert [a["name"] for a in manifest["annotators"]] == ["test_techniques", "test_toxicity", "test_sources"]
    assert manifest["invocations"][0]["settings"] == {"engine": "inprocess", "workers": 0, "batch_size": 7}


def test_unknown_annotator_fails_before_anything_runs(tmp_path: Path) -> None:
    write_pages(tmp_path / "in", 1)
    with pytest.raises(PipelineError):
        run_corpus(
            [tmp_path / "in"], tmp_path / "run", engine=InProcessEngine(workers=0), pipeline=("nope:Nothing",)
        )
    assert not (tmp_path / "run").exists()


def test_out_folder_that_is_not_a_run_is_refused(tmp_path: Path) -> None:
    write_pages(tmp_path / "in", 1)
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "elsewhere" / "thesis.docx").write_bytes(b"x")
    with pytest.raises(InputError, match="not a slant corpus run"):
        run_corpus(
            [tmp_path / "in"], tmp_path / "elsewhere", engine=InProcessEngine(workers=0), pipeline=PIPELINE
        )


def test_jsonl_pages_keep_their_outlet_date_and_thread(tmp_path: Path) -> None:
    pytest.importorskip("slant.readers._json", reason="the JSON page reader is not in this checkout yet")
    records = [
        {
            "title": "Heroic defenders hold the line",
            "text": "The regime lies, according to local sources.",
            "url": "https://www.daily.example/a",
            "published": "2022-03-01",
            "comments": [
                {"id": "x1", "author": "Ann", "text": "You idiots."},
                {"id": "x2", "author": "Bob", "text": "Calm down.", "parent": "x1"},
            ],
        },
        {
            "text": "A quiet report from the regime.",
            "url": "https://news.example/b",
            "outlet": "Example News",
        },
    ]
    path = tmp_path / "crawl.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n{not json\n", encoding="utf-8")
    run = tmp_path / "run"
    summary = run_corpus([path], run, engine=InProcessEngine(workers=0), pipeline=PIPELINE)
    assert (summary.pages, summary.errors) == (2, 1)
    assert _rows(
        run, "select source, outlet, published_date::varchar, comment_count from pages order by source"
    ) == [
        (f"{path}:1", "daily.example", "2022-03-01", 2),
        (f"{path}:2", "Example News", None, 0),
    ]
    assert _rows(run, "select comment_id, author, parent, toxicity from comments order by position") == [
        ("x1", "Ann", None, 0.9),
        ("x2", "Bob", "x1", 0.1),
    ]
    ((source, stage),) = _rows(run, "select source, stage from errors")
    assert (source, stage) == (f"{path}:3", "read")


def test_warc_responses_are_analysed_with_their_url(tmp_path: Path) -> None:
    import io

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    path = tmp_path / "news.warc.gz"
    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=True)
        for number in range(3):
            body = page_text(number).encode()
            headers = StatusAndHeaders(
                "200 OK", [("Content-Type", "text/plain; charset=utf-8")], protocol="HTTP/1.1"
            )
            record = writer.create_warc_record(
                f"https://www.herald.example/{number}",
                "response",
                payload=io.BytesIO(body),
                length=len(body),
                http_headers=headers,
            )
            writer.write_record(record)
    run = tmp_path / "run"
    summary = run_corpus([path], run, engine=InProcessEngine(workers=0), pipeline=PIPELINE)
    assert summary.pages == 3
    assert _rows(run, "select url, outlet, comment_count from pages order by url") == [
        (f"https://www.herald.example/{n}", "herald.example", 2) for n in range(3)
    ]


def test_progress_reports_counts_rate_and_eta(tmp_path: Path) -> None:
    write_pages(tmp_path / "in", 6)
    seen: list[Progress] = []
    run_corpus(
        [tmp_path / "in"],
        tmp_path / "run",
        engine=InProcessEngine(workers=0),
        pipeline=PIPELINE,
        batch_size=2,
        progress=seen.append,
    )
    assert [p.done for p in seen] == [2, 4, 6]
    last = seen[-1]
    assert last.rate > 0 and last.errors == 0 and last.skipped == 0
    if last.total is not None:  # the background count may not have finished on a busy machine
        assert last.total == 6 and last.eta == 0.0


@pytest.mark.model
def test_the_shipped_toxicity_model_fills_the_comment_columns(tmp_path: Path) -> None:
    pytest.importorskip("slant.toxicity._annotator", reason="the toxicity model is not in this checkout")
    write_pages(tmp_path / "in", 2)
    run = tmp_path / "run"
    summary = run_corpus([tmp_path / "in"], run, engine=InProcessEngine(workers=0), pipeline=("toxicity",))
    assert (summary.pages, summary.errors) == (2, 0)
    rows = _rows(
        run,
        "select count(*), count(toxicity), count(severe_toxicity), count(insult), count(threat), "
        "count(identity_attack), count(obscene), count(dehumanization) from comments",
    )
    assert rows == [(4, 4, 4, 4, 4, 4, 4, 4)]
    ((insulting, polite),) = _rows(
        run,
        "select max(insult) filter (where text = 'You are idiots.'), max(insult) filter (where text <> 'You are idiots.') "
        "from comments",
    )
    assert insulting > 0.5 > polite


@pytest.mark.model
@pytest.mark.slow
def test_default_pipeline_on_the_bundled_example(tmp_path: Path, example_page: Path) -> None:
    from slant.corpus._worker import build_pipeline

    try:
        build_pipeline(())
    except ImportError as error:  # annotators of the default pipeline not in this checkout
        pytest.skip(f"the default pipeline cannot be built here: {error}")
    run = tmp_path / "run"
    summary = run_corpus([example_page], run, engine=InProcessEngine(workers=0))
    assert (summary.pages, summary.errors) == (1, 0)
    ((comments, words),) = _rows(run, "select comment_count, word_count from pages")
    assert comments >= 10 and words > 200  # 17 comments under a ~240-word article when this was written
    assert _rows(run, "select count(*) from comments where toxicity is not null") == [(comments,)]
    assert _rows(run, "select count(*) > 0 from spans where layer = 'sentences'") == [(True,)]


def test_a_run_folder_inside_the_input_folder_is_not_read_as_pages(tmp_path: Path) -> None:
    write_pages(tmp_path, 3)
    engine = InProcessEngine(workers=0)
    run_corpus([tmp_path], tmp_path / "runs" / "one", engine=engine, pipeline=PIPELINE)
    again = run_corpus([tmp_path], tmp_path / "runs" / "one", engine=engine, pipeline=PIPELINE)
    assert (again.pages, again.errors, again.skipped) == (0, 0, 3)


@pytest.mark.issue(13)
def test_the_workers_pipeline_is_in_the_one_cache_reset_caches_clears() -> None:
    import slant
    from slant.corpus._worker import build_pipeline

    first = build_pipeline(("sentences",))
    assert build_pipeline(("sentences",)) is first
    slant.reset_caches()
    assert build_pipeline(("sentences",)) is not first
