"""HTML pages: the article through trafilatura, the comments from their markup.

The page is parsed once with lxml. JSON-LD is read first (it may describe comments), then scripts,
styles and embedded documents are dropped, the comment extractors
(:mod:`slant.readers._html_comments`) find the comments, and their elements are cut out of the tree
so that trafilatura, run offline on what is left, returns the article alone. trafilatura is imported
here, on first use, because importing it costs a few hundred milliseconds that ``slant --help``
should not pay.
"""

from __future__ import annotations

import copy
import dataclasses
import json
import logging
import re
from typing import Any

from slant._document import Document, Part
from slant._errors import NotAPageError
from slant.readers._announced import announced_in_html, comments_note
from slant.readers._budget import COMMENTS_LEFT_UNREAD
from slant.readers._dates import find_date, to_iso
from slant.readers._embedded import read_embedded
from slant.readers._html_captions import drop_captions
from slant.readers._html_comments import CommentExtraction, CommentRecord, extract_comments, read_jsonld
from slant.readers._html_components import custom_elements_as_divisions
from slant.readers._html_dateline import dateline_after_headline, standfirst_above_dateline
from slant.readers._html_edges import article_edges, has_running_text
from slant.readers._html_expanders import open_expanders
from slant.readers._html_fields import joined_dates
from slant.readers._html_forum import opens_thread
from slant.readers._html_layout import unwrap_layout_tables
from slant.readers._html_lead import without_lead_lines, without_tail_byline
from slant.readers._html_marks import PageMarks
from slant.readers._html_noscript import is_shell, noscript_words, without_noscript_tags
from slant.readers._html_owner_replies import blog_owner, headline_owner
from slant.readers._html_signup import drop_signup_boxes
from slant.readers._html_text import element_text, remove_unsafe, xml_safe
from slant.readers._html_title import page_headline
from slant.readers._names import normalise_author
from slant.readers._urls import host_of, usable_url
from slant.readers._words import word_count

__all__ = ["read_html_page"]

logger = logging.getLogger(__name__)

_XML_DECLARATION = re.compile(r"\A\s*<\?xml[^>]*\?>", re.IGNORECASE)
# trafilatura falls back to other extractors below this many characters (250 by default), which
# turns short articles into nothing; slant's own check is _MIN_ARTICLE_WORDS below.
_MIN_EXTRACTED_SIZE = "40"
_trafilatura_config: Any = None
# Fewer words than this is a menu item or a caption that trafilatura fell back on, not an article;
# the shortest wire items ("Police closed the A3 after a crash near Guildford.") have more.
_MIN_ARTICLE_WORDS = 8
# The words a comment section holds besides its comments: a heading, a notice, a form's labels.
_MAX_SECTION_EXTRA_WORDS = 60
_COMMENT_AREA = re.compile(r"comment|disqus|respond")
_COMMENT_AREA_SHARE = 0.2
_COMMENT_FRAME = re.compile(r"disqus|post-list|comment", re.IGNORECASE)
_HTML_CLASSES: Any = None  # see _parser


def read_html_page(html: str, *, url: str | None, source: str, max_comments: int | None = None) -> Document:
    """Read an HTML page into a :class:`Document`.

    Args:
        html: the page's markup, decoded.
        url: where the page came from, if known (gives the outlet and resolves metadata).
        source: what the user gave (a path, a URL, ``"<stdin>"``), for messages.
        max_comments: read only the first this many comments (the analysis budget's, which would
            leave the others out anyway), recording how many blocks were left unread in ``meta``
            (:data:`~slant.readers._budget.COMMENTS_LEFT_UNREAD`): a page of 20,000 comments costs
            the reading of 10,000. None reads them all.

    Returns:
        A document with the title (if any), the article (author and date when the page says), and
        one part per comment: author, time, text and the comment it replies to.

    Raises:
        NotAPageError: the markup holds no article text.
    """
    import lxml.etree
    import lxml.html

    markup = xml_safe(_XML_DECLARATION.sub("", html, count=1))
    try:
        root = lxml.html.document_fromstring(markup, parser=_parser())
    except (lxml.etree.ParserError, ValueError) as error:
        raise NotAPageError(f"{source} is not readable HTML ({error}); give a saved web page") from error
    _inline_comment_frames(root)
    # lxml makes a Python object for an element each time one is reached and none is alive: the
    # reader reaches every comment's elements many times over. Keeping one object per element alive
    # for the read makes each of those reaches a lookup (a fifth of a long page's reading time went
    # to remaking them).
    elements = list(root.iter())
    jsonld = read_jsonld(root)
    page_meta = _page_meta(root)
    # read before the tree is cut and trafilatura alters it
    dateline = dateline_after_headline(root)
    standfirst = standfirst_above_dateline(root)
    # before the scripts go: a comment system's loader script is its mark
    marks = PageMarks.of(root)
    announcement = announced_in_html(root, jsonld=jsonld, marks=marks)
    # comments kept as data in scripts (issue 18)
    embedded = read_embedded(root, url=url, attributes=marks.attributes)
    in_noscript = noscript_words(root)  # before <noscript> goes: a script shell's content may be there
    remove_unsafe(root)
    unwrap_layout_tables(root)  # a page laid out in table cells is read as blocks, not rows
    found = extract_comments(root, jsonld=jsonld, marks=marks, max_comments=max_comments)
    if not found.comments and embedded.comments:
        found = CommentExtraction("embedded", embedded.comments, [])
    thread = _thread_opening(root, found, jsonld=jsonld, marks=marks)
    cut_section = None
    if found.elements:
        _drop_after(found.elements[-1])
        section = _discussion_section(found.elements)
        if section is not None and not thread:
            section.drop_tree()  # its heading, notices and form go with the comments
            cut_section = section  # kept (its comments cut below) in case it held the article
    for element in found.elements:
        if element.getparent() is not None:
            element.drop_tree()
    # the page's class values (gathered once, above) spare a walk of every element to pages with no
    # "expand" class, even where the word is in the text (the 500-comment page: 2 ms)
    if any("xpand" in names for names in marks.classes):
        open_expanders(elements)  # a "read more" box's text is text (see _html_expanders)
    drop_signup_boxes(root)  # a newsletter's pitch under the post is no paragraph of it
    drop_captions(root)  # a caption drawn without <figcaption> is the picture's, not the article's
    custom_elements_as_divisions(root)  # trafilatura loses a line of text in an element it does not know
    # trafilatura may alter the tree it is given, and the chrome cut below may cut an article
    # wrapper named "has-comments": keep a copy for the second try
    spare = copy.deepcopy(root)
    _drop_comment_chrome(root)
    extracted = _extract_article(root, url=url)
    text, title_text = _article_text(extracted, page_meta, standfirst=standfirst)
    if word_count(text) < _MIN_ARTICLE_WORDS:
        # trafilatura drops whatever is named "comment" when comments are excluded; the real
        # comments are gone by now, so what is left with such a name may be the article itself
        # (an opinion column in <div class="comment-piece">). Rename it and try once more.
        logger.debug("%s: no article on the first pass; trying again with comment names neutralised", source)
        _rename_comment_areas(spare)
        extracted = _extract_article(spare, url=url)
        text, title_text = _article_text(extracted, page_meta, standfirst=standfirst)
    if is_shell(word_count(text), in_noscript):
        # once only: the page read again has no <noscript> left
        return read_html_page(without_noscript_tags(html), url=url, source=source, max_comments=max_comments)
    opening: CommentRecord | None = None
    if cut_section is not None and not has_running_text(text, title=title_text):
        beside = _section_article(cut_section, url=url, title=title_text)
        if beside is not None:
            text = beside[0]
            extracted["date"] = extracted.get("date") or beside[1].get("date")
    if thread is None and not has_running_text(text, title=title_text):
        # menus and counters alone are no article: the page is a thread whose first post is it
        thread = True
    if thread or (thread is None and word_count(text) < _MIN_ARTICLE_WORDS):
        # a forum thread: its first post is the article, the others its comments
        opening, found.comments = found.comments[0], _without_first(found.comments)
        text = opening.text
    if word_count(text) < _MIN_ARTICLE_WORDS:
        what = f"only {text!r}" if text else "nothing"
        raise NotAPageError(
            f"{source} has no article text that slant can find ({what} outside menus and comments); "
            "give the page of one news article"
        )
    structured = _jsonld_article(jsonld)
    found_date = to_iso(extracted.get("date"))
    if (
        found_date is not None
        and not structured.get("published")
        and found_date[:10] in joined_dates(root.text_content())
    ):
        # the first date in the text may be the date a poster joined, in the profile box beside the
        # first post ("注册日期 2019-04-12"): never the article's
        found_date = None
    published = (
        to_iso(structured.get("published")) or found_date or to_iso(page_meta.get("published")) or dateline
    )
    if published is not None:
        published = published[:10]  # the article's date; its time of day is rarely right
    article = Part(
        text,
        kind="article",
        id="article",
        # A JSON-LD author is a name field; trafilatura's may be a byline with the date in it.
        author=opening.author
        if opening is not None
        else normalise_author(structured.get("author") or extracted.get("author")),
        published=(opening.published or "")[:10] or published if opening is not None else published,
    )
    title = Part(title_text, kind="title", id="title") if title_text else None
    # whom a blogger's answer inside a comment is by: the article's author, or the blog's owner
    owner = article.author or (
        blog_owner(root.findtext("head/title")) or headline_owner(root, root.findtext("head/title"))
        if any(r.by_post_author for r in found.comments)
        else None
    )
    comments = [
        Part(
            record.text,
            kind="comment",
            id=f"c{position}",
            author=record.author or (owner if record.by_post_author else None),
            parent=f"c{record.parent + 1}" if record.parent is not None else None,
            published=record.published,
        )
        for position, record in enumerate(found.comments, start=1)
    ]
    sitename = _clean(extracted.get("sitename")) or page_meta.get("site_name")
    meta: dict[str, Any] = {"comment_markup": found.family}
    if sitename:
        meta["site_name"] = sitename
    description = _clean(extracted.get("description"))
    if description:
        meta["description"] = description
    canonical = page_meta.get("canonical_url")
    if canonical:
        meta["canonical_url"] = canonical
    if page_meta.get("lang"):
        meta["lang"] = page_meta["lang"]
    if found.unread:
        meta[COMMENTS_LEFT_UNREAD] = found.unread
    note = comments_note(announcement, found=len(comments) + found.unread)
    del elements  # kept until here on purpose (see above)
    if note is not None:
        meta["comments_note"] = note
    return Document(
        article=article,
        title=title,
        comments=comments,
        # a saved page names its own address; it is where the page came from when no URL was given
        url=url or usable_url(canonical, source=source),
        source=source,
        outlet=host_of(url) or sitename or host_of(canonical),
        reader="html",
        meta=meta,
    )


def _parser() -> Any:
    """libxml2's HTML parser without its default nesting limit of 256 elements (a new one per call:
    an lxml parser must not be shared between threads, and the web service reads in threads).

    Past that limit libxml2 silently drops the rest of the document: a page whose article sits
    under 300 nested elements (or behind a hostile stack of them) read as empty. ``huge_tree`` lifts
    the limit to 2,048 (and the text-node size limit, which the size limit on input bounds anyway).
    """
    import lxml.etree
    import lxml.html

    parser = lxml.html.HTMLParser(huge_tree=True)
    # lxml.html picks each element's class in Python (a call every time lxml makes an element's
    # object: 8,000 calls, 6 ms, on the 500-comment page); this picks it in C. Only forms and their
    # fields lose their own classes (FormElement, InputElement...), whose extras slant never uses.
    global _HTML_CLASSES
    if _HTML_CLASSES is None:  # two threads making it at once make two equal ones: no harm
        _HTML_CLASSES = lxml.etree.ElementDefaultClassLookup(
            element=lxml.html.HtmlElement,
            comment=lxml.html.HtmlComment,
            pi=lxml.html.HtmlProcessingInstruction,
            entity=lxml.html.HtmlEntity,
        )
    parser.set_element_class_lookup(_HTML_CLASSES)
    return parser


def _drop_after(last_comment: Any) -> None:
    """Drop what follows the page's last comment: an article comes before its discussion, and what
    comes after both is page chrome (pagers, feed links, footers) that must not end the article."""
    element = last_comment
    while element is not None and element.tag not in {"body", "html"}:
        for following in list(element.itersiblings()):
            if isinstance(following.tag, str):
                element.getparent().remove(following)
        element = element.getparent()


def _discussion_section(elements: list[Any]) -> Any | None:
    """The section around the comments: the highest element holding all of them whose other text is
    only a heading, a notice or a form ("Leserkommentare (7)", "Comments are moderated"), and no
    headline or paragraphs of its own. None when the comments share no such element."""
    chain = list(elements[0].iterancestors())
    depth_of = {id(ancestor): depth for depth, ancestor in enumerate(chain)}
    lowest = 0
    for element in elements[1:]:
        # the first of the first comment's ancestors that holds this one too
        for ancestor in element.iterancestors():
            if id(ancestor) in depth_of:
                lowest = max(lowest, depth_of[id(ancestor)])
                break
        else:
            return None
    inside = sum(word_count(element.text_content()) for element in elements)
    # paragraphs inside comments, counted once: the comments found are never nested in each other
    # and all lie under every candidate (a walk up from every paragraph at each level was a tenth
    # of a long page's reading time)
    inside_paragraphs = sum(1 for element in elements for _ in element.iterdescendants("p"))
    section = None
    for common in chain[lowest:]:
        if common.tag in {"body", "html"}:
            break
        # its headlines and paragraphs in one walk by tag (an XPath for the one, a walk for the
        # other took twice as long)
        headline, paragraphs = False, 0
        for element in common.iterdescendants("h1", "p"):
            if element.tag == "h1":
                headline = True
                break
            paragraphs += 1
        if headline or word_count(common.text_content()) - inside > _MAX_SECTION_EXTRA_WORDS:
            break
        if paragraphs + (common.tag == "p") - inside_paragraphs > 3:
            break
        section = common
    return section


def _thread_opening(
    root: Any, found: CommentExtraction, *, jsonld: list[Any], marks: PageMarks
) -> bool | None:
    """Whether the first comment found is a forum thread's opening post (see :mod:`._html_forum`)."""
    if len(found.comments) < 1 or not found.blocks or found.blocks[0] is None:
        return False
    if found.comments[0].parent is not None:
        return False
    # the page's attribute names (gathered before, from a tree that held all these elements) spare
    # a page with no itemtype libxml2's walk of every node for one (2 ms on the 500-comment page)
    itemtypes = root.xpath("//@itemtype")[:50] if "itemtype" in marks.attributes else []
    types = " ".join([json.dumps(jsonld)[:20_000], *(str(t) for t in itemtypes)])
    return opens_thread(root, found.blocks[0], jsonld_types=types)


def _without_first(comments: list[CommentRecord]) -> list[CommentRecord]:
    """The comments after a thread's opening post, their parents renumbered (answers to it are top-level)."""
    return [
        dataclasses.replace(record, parent=None if record.parent in (None, 0) else record.parent - 1)
        for record in comments[1:]
    ]


def _inline_comment_frames(root: Any) -> None:
    """Put comment threads that a saved page keeps in ``<iframe srcdoc>`` into the page itself.

    Disqus and other comment widgets live in iframes; tools that save a page as one file
    (SingleFile, for one) keep each frame's document in its ``srcdoc``. Their markup is parsed as
    a fragment (never run) and takes the frame's place, so the comment extractors see it.
    """
    import lxml.etree
    import lxml.html

    # lxml's walk by tag for "//iframe[@srcdoc]" (libxml2's "//" took 40 ms on a 5 MB page)
    for frame in [frame for frame in root.iter("iframe") if frame.get("srcdoc") is not None]:
        document = frame.get("srcdoc") or ""
        if not _COMMENT_FRAME.search(document) or frame.getparent() is None:
            continue
        try:
            inner = lxml.html.document_fromstring(xml_safe(document), parser=_parser())
        except (lxml.etree.ParserError, ValueError):
            continue
        body = inner.find("body")
        holder = lxml.html.Element("div", {"class": "slant-inlined-frame"})
        holder.extend(list(body if body is not None else inner))
        holder.tail = frame.tail
        frame.getparent().replace(frame, holder)


def _article_text(
    extracted: dict[str, Any], page_meta: dict[str, str], *, standfirst: str | None = None
) -> tuple[str, str | None]:
    text = _paragraphs(extracted.get("text") or "")
    title_text = page_headline(_clean(extracted.get("title")), page_meta)
    if title_text and text.startswith(title_text) and not _opens_a_paragraph(title_text, text):
        text = text[len(title_text) :].lstrip()
    uncut = without_lead_lines(text)
    text = without_tail_byline(uncut)
    if not extracted.get("date") and uncut.startswith(text):
        # the entry's facts line closing it ("Добавил: Редакция (02.06.2025) | Просмотров: 512")
        # is where such a page says when it was published
        found = find_date(uncut[len(text) :])
        if found is not None:
            extracted["date"] = found[0]
    if title_text and text.startswith(title_text + "\n"):
        # a dateline or breadcrumbs above the headline ("Sonntag, 9. März 2025", "Главная / Новости"),
        # and the dateline under it
        text = without_lead_lines(text[len(title_text) :].lstrip())
    text, edges = article_edges(text, title=title_text)
    if not extracted.get("date") and edges:
        # a dated byline above the first sentence ("Publicado el 6 de mayo de 2025 por Julián"), the
        # entry's date under the last
        found = find_date(" ".join(edges))
        if found is not None:
            extracted["date"] = found[0]
    if standfirst is not None:
        # the standfirst above the dateline (see _html_dateline), not the article's text; a list's
        # items each a paragraph, marked as the extractor marks list items ("- ")
        count = standfirst.count("\n\n") + 1
        paragraphs = text.split("\n\n", count)
        lead = [_LIST_MARK.sub("", paragraph, count=1) for paragraph in paragraphs[:count]]
        rest = paragraphs[count] if len(paragraphs) > count else ""
        if "\n\n".join(lead) == standfirst and has_running_text(rest, title=title_text):
            text = rest
    return text, title_text


# The mark the extractor puts before a list item's text
_LIST_MARK = re.compile(r"^[-•*]\s+")
# A sentence's end closing a headline: "Why does ice float on water?"
_SENTENCE_END = re.compile(r"[.!?。！？]$")


def _opens_a_paragraph(title: str, text: str) -> bool:
    """Whether the headline at the start of ``text`` is the first sentence of a paragraph that goes
    on after it on the same line (a question page's headline is the question's first sentence), not
    a line of the page's (the headline alone, or with a "(self.cycling)" after it)."""
    rest = text[len(title) : len(title) + 2]
    return _SENTENCE_END.search(title) is not None and rest[:1] == " " and rest[1:].isupper()


def _section_article(
    section: Any, *, url: str | None, title: str | None
) -> tuple[str, dict[str, Any]] | None:
    """The running text of a cut discussion section, its comments gone, and what trafilatura found
    in it; None when it has no running text (see :mod:`._html_edges`).

    A short note above its comments (a Xiaohongshu note, a Quora question, a Tianya first post) may
    share one element with the discussion, an element holding little text besides the comments:
    :func:`_discussion_section` takes it for the discussion's and it is cut with them. When what is
    left of the page then holds no running text, this is where the article was.
    """
    import lxml.html

    page = lxml.html.Element("html")
    body = lxml.html.Element("body")
    page.append(body)
    body.append(section)
    _drop_comment_chrome(page)
    extracted = _extract_article(page, url=url)
    text, _ = _article_text(extracted, {"title": title} if title else {})
    return (text, extracted) if has_running_text(text, title=title) else None


def _rename_comment_areas(root: Any) -> None:
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        for attribute in ("class", "id"):
            value = element.get(attribute)
            if value and _COMMENT_AREA.search(value.lower()):
                element.set(attribute, _COMMENT_AREA.sub("piece", value.lower()))


def _drop_comment_chrome(root: Any) -> None:
    """Cut what is left of the comment area ("Comments are closed", counts, forms) out of the tree.

    An element goes when its class or id names comments, it holds under a fifth of the page's
    text, and it has no headline, ``<article>`` or run of paragraphs: an article wrapper called
    "post has-comments" stays.
    """
    body = root.find("body")
    if body is None:
        return
    # One pass from the leaves up for each element's text size, paragraphs and headline (a walk per
    # element was quadratic on deeply nested pages), then one pass down that stops at what it cuts.
    elements = [element for element in body.iter() if isinstance(element.tag, str)]
    size: dict[Any, int] = {}
    paragraphs: dict[Any, int] = {}
    headline: dict[Any, bool] = {}
    for element in reversed(elements):
        own_size, own_paragraphs, own_headline = len(element.text or ""), 0, False
        for child in element:
            if not isinstance(child.tag, str):
                own_size += len(child.tail or "")
                continue
            own_size += size[child] + len(child.tail or "")
            own_paragraphs += paragraphs[child] + (child.tag == "p")
            own_headline = own_headline or headline[child] or child.tag in {"h1", "article"}
        size[element], paragraphs[element], headline[element] = own_size, own_paragraphs, own_headline
    total = size[body]
    stack = [child for child in reversed(body) if isinstance(child.tag, str)]
    while stack:
        element = stack.pop()
        names = f"{element.get('class') or ''} {element.get('id') or ''}".lower()
        cut = (
            _COMMENT_AREA.search(names) is not None
            # a wrapper of the article ("post comments-open") stays, whatever its share
            and not headline[element]
            and paragraphs[element] < 2
            and size[element] < _COMMENT_AREA_SHARE * total
        )
        if cut:
            element.drop_tree()
        else:
            stack.extend(child for child in reversed(element) if isinstance(child.tag, str))


def _extract_article(root: Any, *, url: str | None) -> dict[str, Any]:
    import trafilatura

    result = trafilatura.bare_extraction(
        root,
        url=url,
        include_comments=False,
        include_tables=True,
        with_metadata=True,
        deduplicate=False,
        date_extraction_params={"extensive_search": False, "original_date": True, "outputformat": "%Y-%m-%d"},
        config=_config(),
    )
    if result is None:
        return {}
    if isinstance(result, dict):
        return result
    as_dict: dict[str, Any] = result.as_dict()
    return as_dict


def _config() -> Any:
    global _trafilatura_config
    if _trafilatura_config is None:
        from trafilatura.settings import use_config

        # trafilatura logs a WARNING for every page it finds no article in ("discarding data:
        # None"); slant says that itself, in one line. Quieten it unless the user set its level.
        trafilatura_logger = logging.getLogger("trafilatura")
        if trafilatura_logger.level == logging.NOTSET:
            trafilatura_logger.setLevel(logging.ERROR)
        config = use_config()
        config.set("DEFAULT", "MIN_EXTRACTED_SIZE", _MIN_EXTRACTED_SIZE)
        config.set("DEFAULT", "MIN_OUTPUT_SIZE", "1")
        _trafilatura_config = config
    return _trafilatura_config


_ARTICLE_TYPES = frozenset(
    {
        "Article",
        "NewsArticle",
        "ReportageNews",
        "AnalysisNewsArticle",
        "OpinionNewsArticle",
        "BlogPosting",
        "LiveBlogPosting",
        "Report",
        "ScholarlyArticle",
    }
)


def _jsonld_article(objects: list[Any]) -> dict[str, str]:
    """Author and publication date of the first JSON-LD article object."""
    stack: list[Any] = list(objects)
    while stack:
        node = stack.pop(0)
        if isinstance(node, list):
            stack[:0] = node
            continue
        if not isinstance(node, dict):
            continue
        kinds = node.get("@type")
        kinds = kinds if isinstance(kinds, list) else [kinds]
        if any(isinstance(kind, str) and kind in _ARTICLE_TYPES for kind in kinds):
            found: dict[str, str] = {}
            author = node.get("author")
            if isinstance(author, list):
                author = author[0] if author else None
            if isinstance(author, dict):
                author = author.get("name")
            if isinstance(author, str) and author.strip():
                found["author"] = author
            published = node.get("datePublished") or node.get("dateCreated")
            if isinstance(published, str):
                found["published"] = published
            return found
        graph = node.get("@graph")
        if isinstance(graph, list):
            stack[:0] = graph
    return {}


def _page_meta(root: Any) -> dict[str, str]:
    """Title, site name and date from ``<meta>`` and the markup, for when trafilatura finds none."""
    # lxml's walks by tag for "//meta[@content]", "//link[@rel='canonical']/@href", "//title" and
    # "//h1" (libxml2's "//" steps took 0.17 s on a 5 MB page)
    meta: dict[str, str] = {}
    for element in root.iter("meta"):
        if element.get("content") is None:
            continue
        key = (element.get("property") or element.get("name") or element.get("itemprop") or "").lower()
        value = " ".join(element.get("content", "").split())
        if not value:
            continue
        if key in {"og:title", "twitter:title"}:
            meta.setdefault("title", value)
        elif key == "og:site_name":
            meta.setdefault("site_name", value)
        elif key == "og:url":
            meta.setdefault("og_url", value)
        elif key in {"article:published_time", "datepublished", "pubdate", "date"}:
            meta.setdefault("published", value)
    canonical = [
        link.get("href")
        for link in root.iter("link")
        if link.get("rel") == "canonical" and link.get("href") is not None
    ]
    for href in [*canonical, meta.pop("og_url", "")]:
        href = str(href).strip()
        if href.lower().startswith(("http://", "https://")) and " " not in href:
            meta["canonical_url"] = href
            break
    lang = str(root.get("lang") or "").strip()
    if lang:
        meta["lang"] = lang
    head_title_element = next(root.iter("title"), None)  # "//head/title | //title": the first title
    if head_title_element is not None:
        head_title = " ".join(head_title_element.text_content().split())
        if head_title:
            meta["head_title"] = head_title
    if "title" not in meta:
        first_h1 = next(root.iter("h1"), None)
        headline = element_text(first_h1).replace("\n", " ") if first_h1 is not None else ""
        if headline:
            meta["title"] = headline
    return meta


def _paragraphs(text: str) -> str:
    """trafilatura's lines, one per paragraph, as paragraphs separated by a blank line."""
    lines = [" ".join(line.split()) for line in text.splitlines()]
    return "\n\n".join(line for line in lines if line)


def _clean(value: Any) -> str | None:
    if not isinstance(value, str):
        return None
    cleaned = " ".join(value.split())
    return cleaned or None
