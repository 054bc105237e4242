"""Forum threads: the first post is the article, the rest are its comments (issue 14).

A forum (phpBB, vBulletin, XenForo, Discuz!, Discourse, a subreddit) has no article above its
posts: the thread's opening post is what the others answer. A page is read as a thread when the
first post found comes right after the headline, with no running text of its own between them,
and either the posts are named as posts (``post``, ``message``, ``topic``, ``thread``, ``beitrag``)
or the page names itself a forum posting (schema.org ``DiscussionForumPosting``), or nothing else on
the page would make an article.
"""

from __future__ import annotations

import itertools
import re
from typing import Any

from slant.readers._html_text import class_tokens
from slant.readers._words import word_count

__all__ = ["opens_thread"]

# Running text between the headline and the first post above this many words is an article.
_MAX_WORDS_BEFORE = 25
_MIN_OPENING_WORDS = 8
_MIN_SENTENCE_WORDS = 8
_MAX_PARTS = 40
_CHROME_TAGS = frozenset({"nav", "aside", "header", "footer", "form", "button", "select", "label", "a"})
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_CHROME_OR_HEADINGS = _CHROME_TAGS | _HEADINGS
_POST_NAMES = re.compile(
    r"(?:^|[-_])(?:post|posts|postbit|postbody|message|messages|topic|thread|threads|beitrag|plhin|postmessage"
    r"|t_f|reply|replies|entry|tweet|status)(?:$|[-_]|\d)"
)
_POST_PART_NAMES = re.compile(
    r"(?:^|[-_])(?:post|posts|postbit|postbody|message|topic|beitrag|plhin|postmessage|t_f|tweet|status)(?:$|[-_]|\d)"
)
_BUTTON_NAMES = re.compile(r"button|btn|link|icon")
_FORUM_TYPES = re.compile(r"DiscussionForumPosting|SocialMediaPosting|QAPage|Question", re.IGNORECASE)


def opens_thread(root: Any, first_block: Any, *, jsonld_types: str) -> bool | None:
    """Whether ``first_block`` (the first comment found) is a thread's opening post.

    Returns:
        True when it is (posts named as posts, or a page typed as a forum posting), None when it is
        only if the page holds no article apart from it, False when it is not.

    Args:
        root: the page's tree, comments still in it.
        first_block: the element of the first comment found.
        jsonld_types: the page's JSON-LD and microdata types, joined (for "DiscussionForumPosting").
    """
    if _words_before(root, first_block) > _MAX_WORDS_BEFORE:
        return False
    if word_count(first_block.text_content()) < _MIN_OPENING_WORDS:
        return False
    named = any(
        _POST_NAMES.search(name)
        for element in (first_block, *list(first_block.iterancestors())[:3])
        for name in [*class_tokens(element), str(element.get("id") or "").lower()]
    ) or any(
        # the parts at its head named as a post's ("postbody", "post_wrapper"); a "reply-button"
        # or an "entry" is in any comment
        _POST_PART_NAMES.search(name) and not _BUTTON_NAMES.search(name)
        for element in itertools.islice(first_block.iter(), _MAX_PARTS)
        if isinstance(element.tag, str)
        for name in class_tokens(element)
    )
    return True if named or _FORUM_TYPES.search(jsonld_types) is not None else None


def _words_before(root: Any, first_block: Any) -> int:
    """Running words after the page's headline (or the body's start) and before ``first_block``."""
    headline = next(root.iter("h1"), None)
    started = headline is None
    body = root.find("body")
    if body is not None:
        root = body
    # the elements inside chrome and headings, gathered on the way: every element holding one before
    # the first post comes before it (a walk of the whole page's chrome, the comments' footers and
    # links with it, cost the 500-comment page twice this walk)
    chrome: set[Any] = set()
    holders = set(first_block.iterancestors())
    branch = holders | {first_block}
    words = 0
    for element in root.iter():
        if element is first_block:
            return words
        tag = element.tag
        if not isinstance(tag, str):
            continue
        if tag in _CHROME_OR_HEADINGS and element not in chrome:
            chrome.update(element.iter())
        if element is headline:
            started = True
            continue
        if not started or element in chrome:
            continue
        children = list(element)
        if element in holders:
            # an element round the post: only its words before the post's branch come before it
            # (a list archive's body holds the words between its messages as loose text)
            children = children[: next(n for n, child in enumerate(children) if child in branch)]
        own = " ".join([element.text or "", *((child.tail or "") for child in children)])
        found = word_count(own)
        if found >= _MIN_SENTENCE_WORDS:
            words += found  # running text; labels, titles and breadcrumbs are shorter
    return words
