"""Every way a page comes in reads it the same: ``slant.read``, a corpus run, the web service's
upload and a JSON report read back give the same title, article, comments, authors and parents for
each page of tests/pages and the example page, also saved under an ``.html`` name (issue 13).
"""

from __future__ import annotations

import functools
import mimetypes
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from anyio.from_thread import start_blocking_portal

import slant
from slant.corpus import InProcessEngine, query, run_corpus
from slant.reports import to_json
from slant.serve import ServeSettings, create_app

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "news-page-with-comments.txt"
# The cheapest annotator: the reading is compared here, not the analysis.
PIPELINE = ("sentences",)

# (title, article text, [(comment text, author, parent), ...]): what every path must agree on.
Reading = tuple[str | None, str, list[tuple[str, str | None, str | None]]]


def _pages() -> list[tuple[str, Path]]:
    """(name in the corpus folder, file) of every test page, the example, and the example as page.html."""
    pages = [
        (f"{path.parent.name}/{path.name}", path)
        for path in sorted((ROOT / "tests" / "pages").glob("*/*"))
        if not path.name.endswith(".expected.json")
    ]
    return [*pages, ("example/news-page-with-comments.txt", EXAMPLE), ("example/page.html", EXAMPLE)]


PAGES = _pages()


def _reading(doc: slant.Document) -> Reading:
    comments = [(c.text, c.author, c.parent) for c in doc.comments]
    return (doc.title.text if doc.title is not None else None, doc.article.text, comments)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The pages copied under their names into one folder, and the folder for a run over it."""
    folder = tmp_path_factory.mktemp("pages")
    for name, path in PAGES:
        (folder / name).parent.mkdir(exist_ok=True)
        shutil.copyfile(path, folder / name)
    return folder


@pytest.fixture(scope="module")
def corpus_readings(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Reading]:
    """What a corpus run stored of each page, by its name in the folder."""
    run = tmp_path_factory.mktemp("run") / "run"
    summary = run_corpus(
        [corpus], run, engine=InProcessEngine(workers=0), pipeline=PIPELINE, count_total=False
    )
    assert summary.pages == len(PAGES), summary
    pages = query(run, "SELECT page_id, source, title, text FROM pages").rows
    comments: dict[str, list[tuple[str, str | None, str | None]]] = {}
    for page_id, text, author, parent in query(
        run, "SELECT page_id, text, author, parent FROM comments ORDER BY page_id, position"
    ).rows:
        comments.setdefault(str(page_id), []).append((str(text), _opt(author), _opt(parent)))
    return {
        Path(str(source)).relative_to(corpus).as_posix(): (
            _opt(title),
            str(text),
            comments.get(str(page_id), []),
        )
        for page_id, source, title, text in pages
    }


def _opt(value: object) -> str | None:
    return None if value is None else str(value)


Post = Callable[..., httpx.Response]


@pytest.fixture(scope="module")
def api() -> Iterator[Post]:
    """POST to the web service in-process (httpx's ASGI transport, as tests/serve do): no sockets."""
    app = create_app(ServeSettings(pipeline=PIPELINE, analysis_processes=False), preload=False)
    transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
    with start_blocking_portal() as portal:
        client = httpx.AsyncClient(transport=transport, base_url="http://testserver")
        yield lambda url, **kwargs: portal.call(functools.partial(client.post, url, **kwargs))
        portal.call(client.aclose)


def _uploaded(api: Post, name: str, path: Path) -> Reading:
    # As a browser sends a file: its base name and the content type its suffix suggests.
    base = Path(name).name
    content_type = mimetypes.guess_type(base)[0] or "application/octet-stream"
    response = api("/v1/analyze/file", files={"file": (base, path.read_bytes(), content_type)})
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    comments = [(c["text"], c["author"], c["parent"]) for c in body["comments"]]
    return (body["article"]["title"], body["article"]["text"], comments)


@pytest.mark.issue(13)
@pytest.mark.parametrize(("name", "path"), PAGES, ids=[name for name, _ in PAGES])
def test_every_reader_path_reads_a_page_the_same(
    name: str, path: Path, corpus: Path, corpus_readings: dict[str, Reading], api: Post
) -> None:
    read = slant.read(corpus / name)  # under its name: page.html is the example saved as .html
    expected = _reading(read)
    assert corpus_readings[name] == expected, "slant corpus run"
    assert _uploaded(api, name, path) == expected, "POST /v1/analyze/file"
    assert _reading(slant.read(to_json(read), format="json")) == expected, "JSON round trip"


@pytest.mark.issue(13)
def test_the_example_saved_as_html_reads_as_the_text_dump_it_is(corpus_readings: dict[str, Reading]) -> None:
    title, _, comments = corpus_readings["example/page.html"]
    assert title is not None
    assert len(comments) == 17
    assert corpus_readings["example/page.html"] == corpus_readings["example/news-page-with-comments.txt"]
