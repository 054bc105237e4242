"""Misspellings, each with a suggestion, and the rate per 1,000 words.

A careless page has typos ("Ingore", "militan-held"); their rate is a signal of editorial care. The
annotator flags an English word only when it is not in an 82,765-word dictionary AND a common word lies
one edit away (a deletion, insertion, substitution or transposition). Proper names are the great source
of false alarms (Aleppo is in the dictionary, Shekih and Sayf are not), so a capitalised word, at a
sentence start or not, is checked only for swapped or doubled letters towards a very common word, the
typos that names rarely resemble ("Ingore" -> "Ignore", "Rusia" -> "Russia"; not "Pompeo" -> "Pompey").
Hashtags, handles, words with digits or symbols, acronyms and words inside a quotation in another
language are never checked. Measured false alarms: docs/bench-annotators.md.
"""

from __future__ import annotations

import bisect
import gzip
import re
import string
from functools import lru_cache
from importlib import resources
from typing import ClassVar

from slant._document import Document, Part, Span
from slant._pipeline import PartAnnotator

__all__ = ["SpellingAnnotator", "load_dictionary", "suggest"]

#: A correction must be at least this common (Google Books counts; "warmonger" has 110,603).
MIN_CORRECTION_COUNT = 50_000
#: For capitalised words, which may be names, the correction must be far more common.
MIN_NAME_CORRECTION_COUNT = 5_000_000
_LETTERS = string.ascii_lowercase
_CHECKABLE = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)*")


@lru_cache(maxsize=1)
def load_dictionary() -> dict[str, int]:
    """The English word list with frequencies, loaded once per process (~50 ms).

    Words of ``extra_en.txt`` (news words the list lacks: "phony", "jihadis") are known with a count of
    1, so they are never flagged but never offered as corrections either.
    """
    folder = resources.files("slant").joinpath("data", "spelling")
    raw = folder.joinpath("words_en.txt.gz").read_bytes()
    words: dict[str, int] = {}
    for line in gzip.decompress(raw).decode("utf-8").splitlines():
        word, _, count = line.partition(" ")
        words[word] = int(count)
    for line in folder.joinpath("extra_en.txt").read_text(encoding="utf-8").splitlines():
        word = line.strip().lower()
        if word and not word.startswith("#"):
            words.setdefault(word, 1)
    return words


# Contractions written without their apostrophe: a typo whose fix is not one letter away.
_CONTRACTIONS = {
    "dont": "don't",
    "doesnt": "doesn't",
    "didnt": "didn't",
    "cant": "can't",
    "couldnt": "couldn't",
    "wouldnt": "wouldn't",
    "shouldnt": "shouldn't",
    "isnt": "isn't",
    "arent": "aren't",
    "wasnt": "wasn't",
    "werent": "weren't",
    "hasnt": "hasn't",
    "havent": "haven't",
    "hadnt": "hadn't",
    "wont": "won't",
    "youre": "you're",
    "theyre": "they're",
    "thats": "that's",
    "im": "I'm",
    "ive": "I've",
}


# American and British spellings of one word: the list mixes them, lacking some forms of each
# ("neighborhood", "analyze", "skeptical", "haemorrhagic"), so each pair is tried both ways.
_VARIANTS = (
    ("or", "our"),
    ("ize", "ise"),
    ("yze", "yse"),
    ("iz", "is"),
    ("yz", "ys"),
    ("led", "lled"),
    ("ling", "lling"),
    ("ler", "ller"),
    ("ter", "tre"),
    ("ense", "ence"),
    ("og", "ogue"),
    ("l", "ll"),
    ("e", "ae"),
    ("e", "oe"),
    ("ber", "bre"),
    ("ow", "ough"),
    ("sk", "sc"),
)


def _is_known_variant(word: str, words: dict[str, int]) -> bool:
    for first, second in _VARIANTS:
        for old, new in ((first, second), (second, first)):
            index = word.find(old)
            while index >= 0:
                if word[:index] + new + word[index + len(old) :] in words:
                    return True
                index = word.find(old, index + 1)
    return False


# Endings whose removal leaves a known word: the list has lemmas and common forms, not every
# inflection of newer words ("tweeted", "feedbacks").
_ENDINGS = ("s", "es", "ed", "d", "ing", "er", "ers", "ly", "ism", "ist", "ists")
# Prefixes that glue onto known words without a hyphen or as their own hyphenated piece.
_PREFIXES = frozenset(
    "anti pro non pre post neo pseudo semi multi geo euro thermo counter ultra mega mini inter".split()
)
#: Both halves of a closed compound ("hardline", "rightwing") must be at least this common.
MIN_COMPOUND_PART_COUNT = 1_000_000
#: ... and at least this long: three-letter halves glue typos into "compounds" ("russin" = rus + sin).
MIN_COMPOUND_PART_LENGTH = 4


def _is_derived(word: str, words: dict[str, int]) -> bool:
    """Whether ``word`` is an inflection, prefixed form or closed compound of known words."""
    if word in _PREFIXES:
        return True
    for ending in _ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            stem = word[: -len(ending)]
            if stem in words or (stem[-1:] == stem[-2:-1] and stem[:-1] in words) or stem + "e" in words:
                return True
    for prefix in _PREFIXES:
        if word.startswith(prefix) and word[len(prefix) :] in words:
            return True
    for i in range(MIN_COMPOUND_PART_LENGTH, len(word) - MIN_COMPOUND_PART_LENGTH + 1):
        left, right = word[:i], word[i:]
        if words.get(left, 0) >= MIN_COMPOUND_PART_COUNT and words.get(right, 0) >= MIN_COMPOUND_PART_COUNT:
            return True
    return False


def _edits(word: str) -> dict[str, str]:
    """Every string one edit from ``word``, mapped to the kind of edit."""
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    edits: dict[str, str] = {}
    for left, right in splits:
        if right:
            edits.setdefault(left + right[1:], "delete")
            for c in _LETTERS:
                edits.setdefault(left + c + right[1:], "replace")
        if len(right) > 1:
            edits[left + right[1] + right[0] + right[2:]] = "transpose"
        for c in _LETTERS:
            edits.setdefault(left + c + right, "insert")
    edits.pop(word, None)
    return edits


def _name_edits(word: str) -> list[str]:
    """The strings one swap, doubling or undoubling from ``word``: the typos a name is checked for."""
    edits = [
        word[:i] + word[i + 1] + word[i] + word[i + 2 :]
        for i in range(len(word) - 1)
        if word[i] != word[i + 1]
    ]
    edits += [word[: i + 1] + word[i:] for i in range(len(word))]
    edits += [word[:i] + word[i + 1 :] for i in range(len(word) - 1) if word[i] == word[i + 1]]
    return edits


# Words repeat across the parts of a page and across pages; the answer depends only on the word.
@lru_cache(maxsize=65_536)
def suggest(word: str, *, name_like: bool = False) -> tuple[str, float] | None:
    """The likeliest correction of a lower-case ``word`` and a confidence, or None if it looks fine.

    Args:
        word: a lower-case word.
        name_like: the word was capitalised, so it may be a name: only typos that names rarely
            resemble count (swapped letters, a doubled or undoubled letter) and only towards very common
            words ("Ingore" -> "Ignore", "Rusia" -> "Russia", but not "Pompeo" -> "Pompey").
    """
    words = load_dictionary()
    if word in _CONTRACTIONS and not name_like:
        return _CONTRACTIONS[word], 0.9
    if len(word) > _longest_word() + 1:
        # No dictionary word is one edit away, and the checks below cost the square of the length
        # (a 12,000-letter "word" once took 7.5 GB): give up before making a single candidate.
        return None
    if word in words or len(word) < 4 or _is_known_variant(word, words) or _is_derived(word, words):
        return None
    floor = MIN_NAME_CORRECTION_COUNT if name_like else MIN_CORRECTION_COUNT
    # A name is checked only for the typos names rarely resemble (see ``_name_edits``).
    edits = set(_name_edits(word)) if name_like else _edits(word).keys()
    candidates = [(words[edit], edit) for edit in edits if words.get(edit, 0) >= floor]
    if not candidates:
        return None
    candidates.sort(reverse=True)
    best_count, best = candidates[0]
    total = sum(count for count, _ in candidates)
    return best, round(0.5 + 0.5 * best_count / total, 3)


@lru_cache(maxsize=1)
def _longest_word() -> int:
    return max(map(len, load_dictionary()))


def _restore_case(original: str, correction: str) -> str:
    if original.isupper():
        return correction.upper()
    if original[:1].isupper():
        return correction[:1].upper() + correction[1:]
    return correction


def _foreign_quotations(text: str) -> list[tuple[int, int]]:
    """Quoted passages in another language (« la guerre est finie »): their words are not English typos."""
    if not any(mark in text for mark in "\"“”«»„‘'"):
        return []
    from slant.annotators._language import detect_language
    from slant.annotators._quotes import find_quotes

    return [
        (start, end)
        for start, end, inner_start, inner_end in find_quotes(text)
        if detect_language(text[inner_start:inner_end])[0] not in {"en", "und"}
    ]


class SpellingAnnotator(PartAnnotator):
    """Misspelled English words (``spans.misspellings``) and ``attrs.misspelling_rate`` per 1,000 words.

    Layers read: ``spans.tokens`` (the words checked) and ``attrs.language`` (only English parts are
    checked), which earlier annotators must assign; ``attrs.word_count`` when present (otherwise the
    words are counted from the tokens). It reads no other layer: to skip quotations in another language
    it calls the quote finder and the language detector on the quoted text itself (a code dependency on
    ``slant.annotators._quotes`` and ``_language``, not a use of the ``quotes`` layer or of the
    quotation's part's ``attrs.language``), so it gives the same result whether or not the quotes
    annotator runs, and before or after it.
    """

    name = "spelling"
    requires: ClassVar[tuple[str, ...]] = ("spans.tokens", "attrs.language")
    optional_requires: ClassVar[tuple[str, ...]] = ("attrs.word_count",)
    assigns: ClassVar[tuple[str, ...]] = ("spans.misspellings", "attrs.misspelling_rate")

    def annotate_part(self, part: Part, doc: Document) -> None:
        """Flag the misspellings of an English part."""
        spans: list[Span] = []
        language = part.attrs.get("language")
        english = language == "en" or (language == "und" and part.text.isascii())
        if english:
            tokens = part.spans["tokens"]
            joined_up_to = -1
            foreign = _foreign_quotations(part.text)
            ends = [end for _, end in foreign]
            for index, token in enumerate(tokens):
                if token.label != "word" or token.start < joined_up_to:
                    continue
                # Quotations do not overlap and come in order: the one that could hold the token is
                # the first ending after it (a bisection, not a scan of every quotation per token).
                quote = bisect.bisect_right(ends, token.start)
                if quote < len(foreign) and foreign[quote][0] <= token.start:
                    continue
                if token.start > 0 and part.text[token.start - 1] in "#@/":
                    continue  # hashtags, handles and paths (#gapol, @ewarren) are names, not words
                text = part.span_text(token)
                split = self._split_word(
                    part.text, token, tokens[index + 1] if index + 1 < len(tokens) else None
                )
                if split is not None:
                    spans.append(split)
                    joined_up_to = split.end
                    continue
                span = self._check(text, token.start)
                if span is not None:
                    spans.append(span)
        part.spans.set("misspellings", spans)
        words = part.attrs.get("word_count") or sum(1 for t in part.spans["tokens"] if t.label == "word")
        part.attrs["misspelling_rate"] = round(1000 * len(spans) / words, 2) if words else 0.0

    def _split_word(self, text: str, token: Span, following: Span | None) -> Span | None:
        """A word broken by a stray space after its first letter ("S yrian" -> "Syrian")."""
        letter = text[token.start : token.end]
        if (
            following is None
            or following.label != "word"
            or len(letter) != 1
            or letter in {"a", "A", "I"}
            or following.start != token.end + 1
            or text[token.end] != " "
        ):
            return None
        rest = text[following.start : following.end]
        words = load_dictionary()
        joined = (letter + rest).lower()
        if not rest.isalpha() or not rest.islower() or rest in words:
            return None
        if words.get(joined, 0) < MIN_CORRECTION_COUNT:
            return None
        return Span(token.start, following.end, "misspelling", 0.9, self.name, {"suggestion": letter + rest})

    def _check(self, token: str, start: int) -> Span | None:
        if not _CHECKABLE.fullmatch(token) or token.isupper():
            return None  # digits, symbols, obfuscation, foreign letters, acronyms (NATO, ISIS)
        corrected, confidence, changed = [], 1.0, False
        for piece in token.split("-"):
            lower = piece.lower()
            result = suggest(lower, name_like=piece[:1].isupper())
            if result is None:
                corrected.append(piece)
                continue
            correction, score = result
            corrected.append(_restore_case(piece, correction))
            confidence, changed = min(confidence, score), True
        if not changed:
            return None
        suggestion = "-".join(corrected)
        return Span(
            start, start + len(token), "misspelling", confidence, self.name, {"suggestion": suggestion}
        )
