"""Issue 12: the rule-based annotators cost linear time and bounded memory on hostile text.

Each input here was measured on the code before the fix; the bounds leave a wide margin for a slow,
busy machine while staying far below what the old code took.
"""

from __future__ import annotations

import time
import tracemalloc
from collections.abc import Callable

import pytest

from slant.annotators._quotes import find_quotes
from slant.annotators._sentences import split_sentences, tokenize
from slant.annotators._spelling import suggest

pytestmark = pytest.mark.issue(12)


def _seconds(work: Callable[[], object]) -> float:
    start = time.process_time()
    work()
    return time.process_time() - start


@pytest.mark.parametrize("char", ["-", "+", "."])
def test_tokenizer_is_linear_on_punctuation_runs(char: str) -> None:
    # Before: the e-mail pattern rescanned the run from every position (40,000 dashes: 2.3 s;
    # this 100,000-character run about 14 s); after: about 0.05 s.
    line = char * 100_000
    assert _seconds(lambda: tokenize(line)) < 3


def test_sentence_boundaries_are_linear_on_runs_of_marks() -> None:
    # Before: each "." of a run re-matched the whole run (a 250,000-dot line did not finish in 100 s).
    assert _seconds(lambda: split_sentences("." * 100_000)) < 3


def test_sentence_boundaries_do_not_copy_the_rest_of_the_line_per_candidate() -> None:
    # Before: every candidate boundary copied the rest of its line (quadratic in the line's length:
    # this 1 MB line copied about 75 GB).
    line = "It is. " * 150_000
    assert _seconds(lambda: split_sentences(line)) < 4
    assert len(split_sentences(line)) == 150_000


def test_email_still_found_after_the_fix() -> None:
    text = "write to jane.doe+news@example.co.uk today"
    kinds = {text[s:e]: kind for s, e, kind in tokenize(text)}
    assert kinds["jane.doe+news@example.co.uk"] == "email"


@pytest.mark.parametrize("word", ["x" * 12_000, "X" + "y" * 200_000])
def test_spelling_of_a_huge_word_costs_no_memory(word: str) -> None:
    # Before: edit candidates of about 54 strings of the word's length, per word: 12,000 letters took
    # 7.5 GB and 8 s; a 200,000-letter capitalised token was killed by the kernel.
    suggest.cache_clear()
    tracemalloc.start()
    try:
        start = time.process_time()
        result = suggest(word.lower(), name_like=word[0].isupper())
        elapsed = time.process_time() - start
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert result is None
    assert peak < 20_000_000
    assert elapsed < 1


def test_spelling_still_corrects_ordinary_typos() -> None:
    assert suggest("ingore", name_like=True) == suggest("ingore", name_like=True)
    result = suggest("militan")
    assert result is not None and result[0] == "militant"


def test_unclosed_quotation_marks_cost_linear_time() -> None:
    # Before: every unclosed mark scanned up to 1,500 characters in Python (250,000 "«" marks: 18 s in
    # the quotes annotator and as much again in spelling, which looks for foreign quotations).
    text = "« " * 100_000
    assert _seconds(lambda: find_quotes(text)) < 2
    assert find_quotes(text) == []
