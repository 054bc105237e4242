"""The PTC label format (SemEval-2020 Task 11), as ``slant techniques --format ptc-tc`` writes it (issue 16).

Export writes each task's text to ``article<ID>.txt`` and every span to ``gold.labels`` as
``ID<TAB>label<TAB>start<TAB>end`` (the TC format, which ``slant eval ptc --gold`` reads too; it has
no column for a score). Import reads a folder with ``article<ID>.txt`` files and one ``*.labels`` file
in that format (or the 3-column SI format, whose spans get the label ``"?"``).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from slant._document import Span
from slant._errors import InputError, MissingInputError
from slant.annotation._lines import read_text
from slant.annotation._tasks import Task
from slant.techniques._data import read_articles

__all__ = ["LABELS_FILE", "read_ptc", "write_ptc"]

LABELS_FILE = "gold.labels"


def write_ptc(tasks: Sequence[Task], folder: Path) -> list[Path]:
    """Write ``article<ID>.txt`` per task and ``gold.labels`` into ``folder``; the files written."""
    written, lines = [], []
    for task in tasks:
        article = folder / f"article{task.id}.txt"
        with article.open("w", encoding="utf-8", newline="") as handle:
            handle.write(task.text)
        written.append(article)
        lines += [f"{task.id}\t{span.label}\t{span.start}\t{span.end}\n" for span in task.spans]
    labels = folder / LABELS_FILE
    labels.write_text("".join(lines), encoding="utf-8")
    return [*written, labels]


def _labels_file(folder: Path) -> Path:
    found = sorted(folder.glob("*.labels"))
    if len(found) != 1:
        listed = ", ".join(p.name for p in found) or "none"
        raise InputError(f"expected one *.labels file beside the articles in {str(folder)!r}; found {listed}")
    return found[0]


def read_ptc(folder: Path) -> list[Task]:
    """The tasks of a PTC-style folder (``article<ID>.txt`` and one ``*.labels`` file), sorted by id.

    Raises:
        MissingInputError: the folder does not exist.
        InputError: no articles, not one labels file, or a malformed line or a span outside its article
            (the message names the file and line).
    """
    if not folder.is_dir():
        raise MissingInputError(
            f"expected a folder of article<ID>.txt files; {str(folder)!r} is not a folder"
        )
    articles = read_articles(folder)
    labels = _labels_file(folder)
    spans: dict[str, list[Span]] = {}
    for number, line in enumerate(read_text(labels).splitlines(), 1):
        if not line.strip():
            continue
        where = f"{labels}:{number}"
        fields = line.split("\t")
        if len(fields) not in (3, 4):
            raise InputError(
                f"{where}: expected ID<TAB>technique<TAB>start<TAB>end (or ID<TAB>start<TAB>end); got {len(fields)} fields"
            )
        try:
            start, end = int(fields[-2]), int(fields[-1])
        except ValueError as error:
            raise InputError(f"{where}: expected integer offsets; got {fields[-2:]!r}") from error
        article_id, label = fields[0], fields[1] if len(fields) == 4 else "?"
        if article_id not in articles:
            raise InputError(
                f"{where}: names article {article_id}, but article{article_id}.txt is not in the folder"
            )
        if not 0 <= start <= end <= len(articles[article_id]):
            raise InputError(
                f"{where}: span [{start}, {end}) lies outside article{article_id}.txt ({len(articles[article_id])} characters)"
            )
        spans.setdefault(article_id, []).append(Span(start, end, label, 1.0, "ptc", {"where": where}))
    return [Task(article_id, text, tuple(spans.get(article_id, ()))) for article_id, text in articles.items()]
