"""The labelled paraphrase set of issue 19: invented pages whose comment sentences paraphrase, or do
not, the article's sentences (``tests/annotators/data/paraphrase_pairs.txt``; its README says how it
was written). Read by the paraphrase model's training and by its quality gate."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from slant._errors import InputError

__all__ = ["ParaphrasePage", "read_pages"]

_PAGE = re.compile(r"^= page (?P<name>\S+) \| (?P<split>dev|test)$")
_LINE = re.compile(r"^(?P<kind>[APNCG])(?P<index>\d*): (?P<text>.+)$")


@dataclass
class ParaphrasePage:
    """One invented page: its article sentences, and comment sentences with the article sentence each
    paraphrases (an index into ``article``, or None), and what kind of line each was (P, N, C, G)."""

    name: str
    split: str
    article: list[str] = field(default_factory=list)
    comments: list[tuple[str, int | None]] = field(default_factory=list)
    kinds: list[str] = field(default_factory=list)


def read_pages(path: str | Path) -> list[ParaphrasePage]:
    """The pages of a paraphrase set file, in order.

    Raises:
        InputError: a line that is neither a page header, a labelled sentence, a comment nor blank.
    """
    pages: list[ParaphrasePage] = []
    for number, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        header = _PAGE.match(line)
        if header:
            pages.append(ParaphrasePage(header["name"], header["split"]))
            continue
        entry = _LINE.match(line)
        if entry is None or not pages:
            raise InputError(
                f"{path}:{number}: not a paraphrase-set line", hint="see README.md beside the file"
            )
        page, kind = pages[-1], entry["kind"]
        if kind == "A":
            page.article.append(entry["text"])
        else:
            target = int(entry["index"]) - 1 if kind == "P" else None
            page.comments.append((entry["text"], target))
            page.kinds.append(kind)
    return pages
