"""The labelled set of informal comments (issue 15) is sound: offsets, labels, shape and splits.

What the model does on it is measured by bench/techniques_comments.py and gated in
test_comment_set_gate.py; here only the set and its loader are checked, without a model.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from slant._errors import InputError
from slant.techniques import TECHNIQUE_INFO
from slant.techniques.training._comment_set import (
    CommentThread,
    GoldComment,
    comment_set_path,
    parse_markup,
    read_comment_set,
)

pytestmark = pytest.mark.issue(15)

TECHNIQUES = frozenset(TECHNIQUE_INFO)
HARMLESS = {"cooking", "sports", "gardening"}
_COMMENT_LINE = re.compile(r"^(\w+)(?: > \w+)?: (.+)$")


@pytest.fixture(scope="module")
def threads() -> list[CommentThread]:
    return read_comment_set(techniques=TECHNIQUES)


def _remarked(comment: GoldComment) -> str:
    """The comment written back in the set's markup from its text and spans (inner marks closed first)."""
    labels: dict[tuple[int, int], list[str]] = {}
    for technique, start, end in comment.spans:
        labels.setdefault((start, end), []).append(technique)
    out = []
    for at in range(len(comment.text) + 1):
        closing = sorted((s for s in labels if s[1] == at and s[0] < at), key=lambda s: -s[0])
        out += ["]]"] * len(closing)
        opening = sorted((s for s in labels if s[0] == at), key=lambda s: -s[1])
        out += ["[[" + "+".join(labels[s]) + "|" for s in opening]
        if at < len(comment.text):
            out.append(comment.text[at])
    return "".join(out)


def test_offsets_give_back_every_marked_line(threads: list[CommentThread]) -> None:
    marked = {}
    for line in comment_set_path().read_text(encoding="utf-8").splitlines():
        found = _COMMENT_LINE.match(line)
        if found and not line.startswith("A: "):
            marked.setdefault(found[1], []).append(found[2])
    for thread in threads:
        for comment in thread.comments:
            assert _remarked(comment) in marked[comment.id]
            for _, start, end in comment.spans:
                words = comment.text[start:end]
                assert words and words == words.strip() and "[[" not in words and "]]" not in words


def test_parse_markup_offsets_by_hand() -> None:
    text, spans = parse_markup(
        "ok [[Thought-terminating_Cliches|wake up [[Name_Calling,Labeling|sheeple]]]] and [[Slogans+Repetition|Go!]]"
    )
    assert text == "ok wake up sheeple and Go!"
    assert sorted(spans) == sorted(
        [
            ("Name_Calling,Labeling", 11, 18),
            ("Thought-terminating_Cliches", 3, 18),
            ("Slogans", 23, 26),
            ("Repetition", 23, 26),
        ]
    )


@pytest.mark.parametrize(
    "marked",
    ["an [[Loaded_Language|open mark", "a close]] alone", "[[no bar here]]", "[[Made_Up|words]]"],
)
def test_bad_markup_is_an_input_error(marked: str) -> None:
    with pytest.raises(InputError):
        parse_markup(marked, techniques=TECHNIQUES)


def test_a_reply_to_a_later_comment_is_refused(tmp_path: Path) -> None:
    bad = tmp_path / "set.txt"
    bad.write_text("= thread t | war | dev\na > b: hi\nb: there\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"set\.txt:2"):
        read_comment_set(bad)


def test_a_missing_set_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="does not exist"):
        read_comment_set(tmp_path / "nowhere.txt")


def test_the_set_has_the_shape_the_issue_asks(threads: list[CommentThread]) -> None:
    news = [c for t in threads if t.topic not in HARMLESS for c in t.comments]
    harmless = [c for t in threads if t.topic in HARMLESS for c in t.comments]
    assert len(news) >= 150
    assert len(harmless) >= 20 and not any(c.spans for c in harmless)
    plain = sum(not c.spans for c in news) / len(news)
    assert 0.25 <= plain <= 0.35
    assert {t.topic for t in threads} - HARMLESS == {
        "war",
        "elections",
        "vaccines",
        "migration",
        "climate",
        "local",
    }
    used = Counter(technique for c in news for technique, _, _ in c.spans)
    assert set(used) == TECHNIQUES


def test_dev_is_a_third_of_each_topic(threads: list[CommentThread]) -> None:
    by_topic: dict[str, Counter[str]] = {}
    for thread in threads:
        topic = "harmless" if thread.topic in HARMLESS else thread.topic
        by_topic.setdefault(topic, Counter())[thread.split] += 1
    assert all(splits == Counter({"dev": 1, "held-out": 2}) for splits in by_topic.values())
