"""Export for annotation tools, then read back: the same spans (issue 16). Documents are built by hand."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from slant import Document, Part, Span
from slant.annotation import Task, export_tasks, read_gold, tasks_from_document

pytestmark = pytest.mark.issue(16)

ARTICLE = "The corrupt regime\nlaunched a brutal crackdown.\n\n“Moderate opposition” 😀 fighters, so-called."
COMMENT = "Traitors 😀😀 want to destroy our great nation!"


def _page() -> Document:
    article = Part(ARTICLE, kind="article", id="article")
    comment = Part(COMMENT, kind="comment", id="c 1/a", author="anna")  # an id unsafe for file names
    empty = Part("   ", kind="comment", id="c2")
    spans = [
        Span(4, 18, "Name_Calling,Labeling", 0.61),  # "corrupt regime": a comma in the label
        Span(12, 36, "Loaded_Language", 0.4),  # "regime\nlaunched a brutal": crosses a line break
        Span(29, 45, "Loaded_Language", 0.72),  # overlaps the one before
        Span(49, 70, "Loaded_Language", 0.5),  # "“Moderate opposition”": curly quotes
        Span(73, 81, "Doubt", 0.3),  # after an emoji (two UTF-16 units)
    ]
    article.spans.set("techniques", spans)
    comment.spans.set(
        "techniques", [Span(0, 8, "Name_Calling,Labeling", 0.9), Span(17, 45, "Flag-Waving", 0.55)]
    )
    return Document(article=article, comments=[comment, empty])


def _essence(tasks: list[Task]) -> dict[str, tuple[str, list[tuple[int, int, str]]]]:
    return {t.id: (t.text, sorted((s.start, s.end, s.label) for s in t.spans)) for t in tasks}


def _as_corrected_label_studio(folder: Path) -> Path:
    """What Label Studio exports after an annotator accepted every prediction."""
    tasks = json.loads((folder / "tasks.json").read_text(encoding="utf-8"))
    for number, task in enumerate(tasks, 1):
        results = task.get("predictions", [{"result": []}])[0]["result"]
        task["id"] = number
        task["annotations"] = [{"id": number, "result": results, "was_cancelled": False}]
    out = folder / "export.json"
    out.write_text(json.dumps(tasks, ensure_ascii=False, indent=2), encoding="utf-8")
    return out


def test_each_part_with_text_is_one_task_with_a_safe_id() -> None:
    tasks = tasks_from_document(_page(), page_id="my page.html")
    assert [t.id for t in tasks] == ["my_page_html-article", "my_page_html-c_1_a"]
    assert tasks[1].meta["author"] == "anna" and tasks[1].meta["part"] == "c 1/a"


@pytest.mark.parametrize("fmt", ["label-studio", "brat", "ptc"])
def test_export_then_import_gives_the_same_spans(tmp_path: Path, fmt: str) -> None:
    tasks = tasks_from_document(_page(), page_id="page")
    export_tasks(tasks, tmp_path, format=fmt, layers=["techniques"])  # type: ignore[arg-type]
    where = _as_corrected_label_studio(tmp_path) if fmt == "label-studio" else tmp_path
    back = read_gold(where)
    assert _essence(back) == _essence(tasks)
    assert all(s.attrs["where"].startswith(str(tmp_path)) for t in back for s in t.spans)


def test_brat_writes_line_breaks_as_fragments_and_commas_as_double_underscores(tmp_path: Path) -> None:
    export_tasks(tasks_from_document(_page(), page_id="page"), tmp_path, format="brat", layers=["techniques"])
    ann = (tmp_path / "page-article.ann").read_text(encoding="utf-8").splitlines()
    assert "T1\tName_Calling__Labeling 4 18\tcorrupt regime" in ann
    assert "T2\tLoaded_Language 12 18;19 36\tregime launched a brutal" in ann
    assert "Name_Calling__Labeling" in (tmp_path / "annotation.conf").read_text(encoding="utf-8")


def test_label_studio_config_has_every_technique_with_its_colour(tmp_path: Path) -> None:
    from slant.techniques import TECHNIQUES

    export_tasks(
        tasks_from_document(_page(), page_id="page"), tmp_path, format="label-studio", layers=["techniques"]
    )
    config = (tmp_path / "labeling-config.xml").read_text(encoding="utf-8")
    assert all(f'value="{name}"' in config for name in TECHNIQUES)
    first = json.loads((tmp_path / "tasks.json").read_text(encoding="utf-8"))[0]
    result = first["predictions"][0]["result"][0]
    assert result["value"]["labels"] == ["Name_Calling,Labeling"] and result["score"] == 0.61


def test_label_studio_offsets_in_utf16_units_are_read_as_characters(tmp_path: Path) -> None:
    text = "😀😀 brutal crackdown"
    file = tmp_path / "export.json"
    region = {
        "start": 5,
        "end": 21,
        "text": "brutal crackdown",
        "labels": ["Loaded_Language"],
    }  # UTF-16 units
    task = {
        "id": 1,
        "data": {"text": text},
        "annotations": [{"result": [{"type": "labels", "value": region}]}],
    }
    file.write_text(json.dumps([task]), encoding="utf-8")
    (span,) = read_gold(file)[0].spans
    assert text[span.start : span.end] == "brutal crackdown"


def test_the_latest_annotation_that_was_not_cancelled_is_the_gold(tmp_path: Path) -> None:
    def result(start: int, end: int) -> list[dict[str, object]]:
        return [{"type": "labels", "value": {"start": start, "end": end, "labels": ["Doubt"]}}]

    task = {
        "data": {"text": "Is he really fit to lead?"},
        "annotations": [
            {"id": 1, "updated_at": "2026-12-01T10:00:00Z", "result": result(0, 5)},
            {"id": 2, "updated_at": "2026-12-02T10:00:00Z", "result": result(0, 24)},
            {"id": 3, "updated_at": "2026-12-03T10:00:00Z", "result": result(0, 2), "was_cancelled": True},
        ],
    }
    file = tmp_path / "export.json"
    file.write_text(json.dumps([task, {"data": {"text": "not done"}, "annotations": []}]), encoding="utf-8")
    (gold,) = read_gold(file)
    assert [(s.start, s.end) for s in gold.spans] == [(0, 24)]
