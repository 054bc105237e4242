"""The text of the pages in bench/pages/html-real: written for slant, in the page's language.

Each Page names the comment system whose markup make_pages.py puts it in (``render``), its batch,
and the public source of that markup. Comments are listed in the order a reader sees them on the
page; ``parent`` is the index of the comment replied to (None for a top-level comment or a forum
post). ``when`` is the comment's time as ISO 8601 (empty when the page shows none), ``shown`` what
the page prints. ``extra``/``extra2`` carry what one system needs (a badge, a subject, a like line). ``announced`` is
the comment count a page shows when its comments are loaded by script and so are not on the page.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class C:
    author: str
    when: str
    shown: str
    text: str
    parent: int | None = None
    extra: str = ""
    extra2: str = ""


@dataclass
class Page:
    name: str
    batch: str
    render: str
    system: str
    source: str
    lang: str
    site: str
    title: str
    byline: str
    date: str
    date_shown: str
    article: str
    comments: list[C]
    related: list[str] = field(default_factory=list)
    recent: list[tuple[str, str]] = field(default_factory=list)
    time: str = "08:00"
    # Comments the page announces ("87 comments") but does not contain (loaded by script).
    announced: int = 0

    @property
    def when(self) -> str:
        return f"{self.date}T{self.time}:00"


PAGES: list[Page] = []
