"""Every field the readers return for every page slant is measured on, as one JSON file, so that a
change meant to make reading faster can be shown to change nothing (issue 14's speed work).

Pages: tests/pages (HTML, JSON, text), every batch under bench/pages/html-real, the example page, and
the synthetic pages of bench/bench_readers.py and bench/bench_hostile_html.py (500 comments;
10,000 nested elements and comments; 20,000 comments in unknown and in WordPress markup). Each is read
with ``slant.read`` (the analysis budget applied, as every user gets it) and dumped field by field:
title, article (text, author, date), every comment (id, text, author, parent, date), url, source,
outlet, reader, meta; or the error's class and message.

    .venv/bin/python bench/reader_dump.py --out /tmp/mine.json
    PYTHONPATH=/tmp/base/src .venv/bin/python bench/reader_dump.py --out /tmp/base.json
    cmp /tmp/base.json /tmp/mine.json

(``git archive <commit> src | tar -x -C /tmp/base`` gives the base tree.)
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))

from bench_hostile_html import (
    addressed_comments,
    flat_unnamed_comments,
    nested_comments,
    nested_elements,
    wordpress_comments,
)
from bench_readers import synthetic_wordpress_page

import slant
from slant import SlantError
from slant.readers import read_bytes

ROOT = Path(__file__).resolve().parents[1]
PAGE_SUFFIXES = (".txt", ".html", ".htm", ".json")


def page_files() -> Iterator[Path]:
    """Every stored page: tests/pages, the html-real batches, the example page."""
    folders = [ROOT / "tests" / "pages", ROOT / "bench" / "pages" / "html-real"]
    for folder in folders:
        for path in sorted(folder.rglob("*")):
            if path.suffix in PAGE_SUFFIXES and not path.name.endswith(".expected.json"):
                yield path
    yield ROOT / "examples" / "news-page-with-comments.txt"


SYNTHETIC: dict[str, Callable[[], str]] = {
    "wordpress-500": lambda: synthetic_wordpress_page(500),
    "wordpress-2000": lambda: synthetic_wordpress_page(2000),
    "nested-elements-10000": nested_elements,
    "nested-comments-10000": nested_comments,
    "unknown-markup-20000": flat_unnamed_comments,
    "wordpress-20000": wordpress_comments,
    "wordpress-20000-addressed": addressed_comments,
}


# Small pages for the announcement searches (readers/_announced.py), each in several spellings.
_ARTICLE = (
    "<h1>Night buses reach the suburbs</h1>" + "<p>The council voted to extend the night bus network.</p>" * 3
)
_ANNOUNCING = (
    "<a href='#c'>74 Comments</a>",
    "<h2>COMMENTS (12)</h2>",
    "<span>12 Kommentare</span><button>Kommentare laden</button>",
    "<div><b>КОММЕНТАРИИ</b> <i>(31)</i></div><a>Показать все комментарии</a>",
    "<p>评论（74）</p><button>查看评论</button>",
    "<span>5 thoughts on “Night buses”</span>",
    "<button>Show <b>all</b> comments</button>",
    "<a>Load comments <!-- later --></a>",
    "<span class='Comments-Count'>41</span>",
    "<span class='comment-number'>Comments: 9</span>",
    "<div data-comments-count='17'></div>",
    "<div data-commentcount='3'></div><aside><span data-comments-total='5'></span></aside>",
    "<div itemscope itemtype='https://schema.org/Article'><meta itemprop='commentCount' content='8'></div>",
    "<div class='most-read'><span>5 comments</span><span>9 comments</span></div>",
    "<nav><span>5 comments</span></nav>",
    "<p>The bill drew 74 comments from the public in a month of hearings.</p>",
    "<div id='disqus_thread'></div>",
    "<div class='fb-comments'></div>",
    "<script src='https://cdn.viafoura.net/entry/index.js'></script>",
    "<div class='comments-area'><span>2 Reacties</span><span>7 yorum</span><p>留言 3</p></div>",
)


def announcing_pages() -> Iterator[tuple[str, str]]:
    for number, after in enumerate(_ANNOUNCING):
        yield f"announcing-{number}", f"<html><body><article>{_ARTICLE}</article>{after}</body></html>"


def fields(doc: slant.Document) -> dict[str, Any]:
    """Every field of ``doc`` that a reader sets."""

    def part(p: Any) -> dict[str, Any]:
        return {"id": p.id, "text": p.text, "author": p.author, "parent": p.parent, "published": p.published}

    return {
        "title": part(doc.title) if doc.title is not None else None,
        "article": part(doc.article),
        "comments": [part(c) for c in doc.comments],
        "url": doc.url,
        "source": doc.source,
        "outlet": doc.outlet,
        "reader": doc.reader,
        "meta": doc.meta,
    }


def read_one(read: Callable[..., slant.Document], *args: Any, **kwargs: Any) -> dict[str, Any]:
    try:
        return fields(read(*args, **kwargs))
    except SlantError as error:
        return {"error": f"{type(error).__name__}: {error}"}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--no-synthetic", action="store_true", help="leave out the large synthetic pages")
    args = parser.parse_args()
    dump: dict[str, Any] = {}
    for path in page_files():
        dump[str(path.relative_to(ROOT))] = read_one(slant.read, path)
    for name, page in announcing_pages():
        dump[f"announcing/{name}"] = read_one(read_bytes, page.encode(), format="html", source=name)
    if not args.no_synthetic:
        for name, make in SYNTHETIC.items():
            html = make().encode()
            dump[f"synthetic/{name}"] = read_one(read_bytes, html, format="html", source=name)
    args.out.write_text(json.dumps(dump, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")
    print(f"{len(dump)} pages read by {slant.__file__} into {args.out}")


if __name__ == "__main__":
    main()
