"""Actors and places in corpus runs (issue 19, part 4): the ``actors`` view and the dashboard section,
in-process and on the Ray engine."""

from __future__ import annotations

import json
import shutil
import tempfile
from pathlib import Path

import pytest

pytest.importorskip("duckdb", reason="the corpus extra is not installed")
pytest.importorskip("natasha", reason="the actors extra is not installed")

from slant.corpus import InProcessEngine, query, render_dashboard, run_corpus

pytestmark = [pytest.mark.issue(19), pytest.mark.model]

PIPELINE = ("sentences", "language", "quotes", "links", "actors")


def _write_pages(folder: Path) -> None:
    folder.mkdir()
    pages = [
        {
            "title": f"Talks, day {i}",
            "text": f"Sergey Lavrov met John Kerry in Geneva on day {i}, according to local sources.",
            "outlet": ("a.example", "b.example")[i % 2],
            "published": f"2023-0{1 + i % 3}-15",
            "comments": [{"author": f"R{i}", "text": "Lavrov again. Nothing will change in Syria."}],
        }
        for i in range(4)
    ]
    pages.append(
        {"title": "Weather", "text": "It rained all day and then it stopped.", "outlet": "a.example"}
    )
    (folder / "pages.jsonl").write_text("\n".join(json.dumps(p) for p in pages) + "\n", encoding="utf-8")


def test_the_actors_view_and_the_dashboard(tmp_path: Path) -> None:
    _write_pages(tmp_path / "in")
    run = tmp_path / "run"
    run_corpus([tmp_path / "in"], run, engine=InProcessEngine(workers=0), pipeline=PIPELINE)
    rows = query(
        run,
        "select actor, kind, count(distinct page_id), sum(article_mentions), sum(comment_mentions), "
        "any_value(country_code), round(any_value(latitude)), sum(sources) from actors group by 1, 2 order by 1",
    ).rows
    by_actor = {row[0]: row[1:] for row in rows}
    assert by_actor["Sergey Lavrov"][:4] == ("person", 4, 4, 4)
    assert by_actor["Geneva"][0] == "place" and by_actor["Geneva"][4:6] == ("CH", 46.0)
    assert by_actor["Syria"][4] == "SY"
    assert by_actor["Sergey Lavrov"][6] >= 4  # "according to local sources" in the sentence that names him
    # The page that names nobody has no rows, and every page was read.
    assert query(
        run, "select count(*) from pages where json_extract(attrs, '$.actors') is not null"
    ).rows == [(5,)]
    dashboard = render_dashboard(run)
    assert "Who and where are the pages about?" in dashboard
    assert "Most named actors" in dashboard and "Pages naming each actor, by month" in dashboard
    # The most named first: Sergey Lavrov (8 mentions) before Geneva (4) in the chart and the table.
    section = dashboard[dashboard.index("Most named actors") :]
    assert section.index("Sergey Lavrov") < section.index("Geneva")
    assert "<svg" in dashboard and "GeoNames" in dashboard


def test_a_run_without_the_annotator_says_so(tmp_path: Path) -> None:
    _write_pages(tmp_path / "in")
    run = tmp_path / "run"
    run_corpus([tmp_path / "in"], run, engine=InProcessEngine(workers=0), pipeline=("sentences",))
    assert query(run, "select count(*) from actors").rows == [(0,)]
    assert "slant corpus run --with actors" in render_dashboard(run)


@pytest.mark.slow
def test_the_ray_engine_gives_the_same_actors(tmp_path: Path) -> None:
    pytest.importorskip("ray", reason="the ray extra is not installed")
    from slant.corpus import RayEngine

    _write_pages(tmp_path / "in")
    local, on_ray = tmp_path / "local", tmp_path / "ray"
    run_corpus([tmp_path / "in"], local, engine=InProcessEngine(workers=0), pipeline=PIPELINE, batch_size=2)
    # Ray's socket paths must stay under ~100 characters: a short folder, not pytest's tmp_path.
    ray_temp = tempfile.mkdtemp(prefix="slray", dir="/tmp")
    try:
        run_corpus(
            [tmp_path / "in"],
            on_ray,
            engine=RayEngine(workers=1, temp_dir=ray_temp),
            pipeline=PIPELINE,
            batch_size=2,
        )
    finally:
        shutil.rmtree(ray_temp, ignore_errors=True)
    sql = (
        "select page_id, actor, kind, article_mentions, comment_mentions, latitude from actors order by 1, 2"
    )
    assert query(on_ray, sql).rows == query(local, sql).rows
    assert len(query(on_ray, sql).rows) >= 16
