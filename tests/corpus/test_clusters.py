"""Near-duplicate comments across a corpus run, and the phrases that travel into comments (issue 19)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

pytest.importorskip("datasketch", reason="the corpus extra is not installed")

from slant.corpus import InProcessEngine, query, render_dashboard, run_corpus
from slant.corpus._clusters import cluster_signatures, comment_signature

if str(Path(__file__).resolve().parent) not in sys.path:
    sys.path.insert(0, str(Path(__file__).resolve().parent))

pytestmark = pytest.mark.issue(19)

PIPELINE = ("sentences", "quotes", "echo", "repeats")
CAMPAIGN = "The army must finish the job now and nobody should stop them, share this with everyone {}"


def _page(number: int, comment: str, author: str) -> str:
    return (
        f"Report {number} about the war\n\n"
        f"The army is set to finish the job in the town, officials said on day {number}.\n\n"
        f"Comments\n\n{author}\n{comment}\n\nOther Reader\nWrong, day {number}.\n"
    )


def test_near_duplicates_are_one_cluster_and_distinct_comments_none() -> None:
    texts = [
        CAMPAIGN.format("today"),
        CAMPAIGN.format("now"),  # one word changed
        CAMPAIGN.format("today").upper(),  # case aside, the same
        "A completely different comment about the weather in the mountains this week",
        "Short one.",  # too short to sign
    ]
    signatures = [comment_signature(text) for text in texts]
    assert signatures[4] is None
    ids = cluster_signatures([s for s in signatures if s is not None]).tolist()
    assert ids[0] == ids[1] == ids[2] == 0
    assert ids[3] == -1


def test_no_signatures_no_clusters() -> None:
    assert cluster_signatures([]).tolist() == []
    import random

    rng = random.Random(0)
    words = [f"word{i}" for i in range(400)]
    # Fifty comments of 12 words drawn from 400: unrelated texts, none a near-duplicate of another.
    distinct = [comment_signature(" ".join(rng.sample(words, 12))) for _ in range(50)]
    assert set(cluster_signatures([s for s in distinct if s]).tolist()) == {-1}


def test_a_run_writes_comment_clusters_and_echo_phrases(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for number in range(4):
        (folder / f"p{number}.txt").write_text(
            _page(number, CAMPAIGN.format("today" if number else "now"), f"Bot{number % 2}"), encoding="utf-8"
        )
    (folder / "quiet.txt").write_text(
        _page(9, "Thanks for the report, well written.", "Reader"), encoding="utf-8"
    )
    run = tmp_path / "run"
    summary = run_corpus([folder], run, engine=InProcessEngine(workers=0), pipeline=PIPELINE)
    assert (summary.pages, summary.errors) == (5, 0)
    rows = query(
        run, "select cluster_id, size, pages, authors, author from comment_clusters order by author"
    ).rows
    assert [row[:4] for row in rows] == [(0, 4, 4, 2)] * 4
    assert sorted({row[4] for row in rows}) == ["Bot0", "Bot1"]
    phrases = query(run, "select phrase, count(*), sum(comments) from echo_phrases group by 1").rows
    assert phrases == [("finish the job", 4, 4)]
    dashboard = render_dashboard(run)
    assert "Which comments were posted again and again?" in dashboard
    assert "“finish the job”" in dashboard


def test_a_run_without_duplicates_has_an_empty_table(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(
        _page(1, "Nothing to see here, move along please now.", "A"), encoding="utf-8"
    )
    (folder / "b.txt").write_text("Just an article without comments.\n", encoding="utf-8")
    run = tmp_path / "run"
    run_corpus([folder], run, engine=InProcessEngine(workers=0), pipeline=PIPELINE)
    assert query(run, "select count(*) from comment_clusters").rows == [(0,)]
    assert "No comment in this run has a near-duplicate" in render_dashboard(run)


@pytest.mark.slow
def test_the_ray_engine_gives_the_same_clusters(tmp_path: Path) -> None:
    pytest.importorskip("ray", reason="the ray extra is not installed")
    import shutil
    import tempfile

    from slant.corpus import RayEngine

    folder = tmp_path / "in"
    folder.mkdir()
    for number in range(4):
        (folder / f"p{number}.txt").write_text(
            _page(number, CAMPAIGN.format("today" if number else "now"), f"Bot{number % 2}"), encoding="utf-8"
        )
    local, on_ray = tmp_path / "local", tmp_path / "ray"
    run_corpus([folder], local, engine=InProcessEngine(workers=0), pipeline=PIPELINE, batch_size=2)
    # Ray's socket paths must stay under ~100 characters: a short folder, not pytest's tmp_path.
    ray_temp = tempfile.mkdtemp(prefix="slray", dir="/tmp")
    try:
        run_corpus(
            [folder], on_ray, engine=RayEngine(workers=2, temp_dir=ray_temp), pipeline=PIPELINE, batch_size=2
        )
    finally:
        shutil.rmtree(ray_temp, ignore_errors=True)
    sql = (
        "select cluster_id, size, pages, authors, page_id, comment_id from comment_clusters order by page_id"
    )
    assert query(on_ray, sql).rows == query(local, sql).rows
    assert len(query(on_ray, sql).rows) == 4


def test_phrases_travel_across_outlets_and_months(tmp_path: Path) -> None:
    import json

    folder = tmp_path / "in"
    folder.mkdir()
    pages = [
        {
            "title": f"Report {i}",
            "text": f"The army is set to finish the job in the town, officials said on day {i}.",
            "outlet": ("a.example", "b.example")[i % 2],
            "published": f"2023-0{1 + i % 3}-15",
            "comments": [{"author": f"R{i}", "text": f"They must finish their job, day {i}."}],
        }
        for i in range(6)
    ]
    (folder / "pages.jsonl").write_text("\n".join(json.dumps(p) for p in pages) + "\n", encoding="utf-8")
    run = tmp_path / "run"
    run_corpus([folder], run, engine=InProcessEngine(workers=0), pipeline=PIPELINE)
    rows = query(
        run,
        "select phrase, count(distinct outlet), count(distinct published_date), bool_or(verbatim) from echo_phrases group by 1",
    ).rows
    assert rows == [("finish the job", 2, 3, False)]  # near echoes: "finish their job"
    dashboard = render_dashboard(run)
    assert "Pages echoing each phrase, by month" in dashboard


def test_old_stories_under_new_dates_on_the_dashboard(tmp_path: Path) -> None:
    import json

    folder = tmp_path / "in"
    folder.mkdir()
    pages = [
        {
            "title": "Old news",
            "text": "On 13 December 2016 the army entered the city.",
            "outlet": "a.example",
            "published": "2023-06-01",
        },
        {
            "title": "Fresh news",
            "text": "On 30 May 2023 talks resumed.",
            "outlet": "b.example",
            "published": "2023-06-01",
        },
        {"title": "Undated", "text": "Talks resumed last night.", "outlet": "b.example"},
    ]
    (folder / "pages.jsonl").write_text("\n".join(json.dumps(p) for p in pages) + "\n", encoding="utf-8")
    run = tmp_path / "run"
    run_corpus([folder], run, engine=InProcessEngine(workers=0), pipeline=("story_time",))
    flagged = query(
        run, "select title from pages where json_extract_string(attrs, '$.story_time.flag') is not null"
    ).rows
    assert flagged == [("Old news",)]
    dashboard = render_dashboard(run)
    assert "Of 3 pages, 2 carry a date of their own and <b>1</b> are flagged" in dashboard
    assert "the latest date the text gives is 2016-12-13" in dashboard


def test_a_run_without_datasketch_says_which_extra(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Checked before any page is read: otherwise every page would fail when its comments are signed.
    from slant import DependencyError

    monkeypatch.setitem(sys.modules, "datasketch", None)
    with pytest.raises(DependencyError) as raised:
        run_corpus([tmp_path], tmp_path / "run")
    assert str(raised.value) == (
        "a corpus run needs datasketch, which is not installed; install the corpus extra: pip install 'slant[corpus]'"
    )
