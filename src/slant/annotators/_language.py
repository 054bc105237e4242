"""The language of each part, from its script and its function words.

Why not langdetect: measured here, loading its profiles takes ~1 s and each text ~5 ms, so the 20 parts
of a page would cost ~100 ms, the whole budget of ``slant analyze``. News text is dominated by function
words ("the", "of", "и", "не"), which identify the major news languages of Europe reliably from a dozen
words on, in microseconds. Shorter or mixed texts get ``"und"`` (undetermined) rather than a guess.
"""

from __future__ import annotations

import re
from typing import ClassVar

from slant._document import Document, Part
from slant._pipeline import PartAnnotator

__all__ = ["LanguageAnnotator", "detect_language"]

# The commonest function words of each language (from frequency lists of news text); words shared by
# several languages are left out where they would blur the vote ("a", "e", "la" appear in several).
_FUNCTION_WORDS: dict[str, frozenset[str]] = {
    "en": frozenset(
        "the of and to in is that for it was on with as are be this by have from not but at they "
        "his her which or an were their has been will would who what there all we you can its "
        "these those must does did than then just about should could my our he she them".split()
    ),
    "fr": frozenset(
        "le les des du et est dans une un pour pas que qui sur au avec il elle ce sont par plus "
        "mais ont été cette aux nous vous leur où aussi comme c'est n'est j'ai qu'il qu'elle d'un d'une "
        "s'il l'on c'était".split()
    ),
    "de": frozenset(
        "der die und das ist nicht mit von den des sich auf für ein eine im dem zu auch es sie "
        "wird sind wurde oder aber bei nach wie noch aus".split()
    ),
    "es": frozenset(
        "el los las del que y en es por para con una un se su al lo como más pero sus fue ha "
        "este esta son también entre cuando muy sin sobre".split()
    ),
    "it": frozenset(
        "il di che è gli della per non sono con una del le da si nel alla anche come più ma "
        "questo delle dei ha lo degli nella stato essere".split()
    ),
    "pt": frozenset(
        "o os da do que não com uma um para em são por mais das dos como mas foi ao ele ela "
        "tem seu sua também pelo pela está isso".split()
    ),
    "nl": frozenset(
        "de het een van en is dat op te zijn met voor niet die aan er ook als bij door maar "
        "om hij nog wordt naar uit werd heeft".split()
    ),
    "pl": frozenset(
        "i w nie na się z że do to jest o jak ale po przez dla tak od czy jego przy są już "
        "także oraz które który była został".split()
    ),
    "ru": frozenset(
        "и в не на что с по как это он она они к из за то от для но так же все его был была "
        "были у о бы только уже или если при также".split()
    ),
    "uk": frozenset(
        "і в не на що з по як це він вона вони до із за та від для але так же все його був "
        "була були у про би тільки вже або якщо також".split()
    ),
}
_UKRAINIAN_LETTERS = frozenset("іїєґІЇЄҐ")
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")

#: Fewer words than this and the language is "und": a few words are too little evidence.
MIN_WORDS = 4
#: The share of function-word hits the best language needs over the runner-up.
MIN_MARGIN = 0.34


# Scripts that (nearly) name their language on their own, as (first, last) code points.
_SCRIPTS: tuple[tuple[str, int, int], ...] = (
    ("el", 0x0370, 0x03FF),
    ("he", 0x0590, 0x05FF),
    ("ar", 0x0600, 0x06FF),
    ("hy", 0x0530, 0x058F),
    ("ka", 0x10A0, 0x10FF),
    ("th", 0x0E00, 0x0E7F),
    ("hi", 0x0900, 0x097F),
    ("ja", 0x3040, 0x30FF),  # kana: Japanese even beside kanji
    ("ko", 0xAC00, 0xD7AF),
    ("zh", 0x4E00, 0x9FFF),
)
_SCRIPT_PATTERNS = tuple((code, re.compile(f"[{chr(first)}-{chr(last)}]")) for code, first, last in _SCRIPTS)
_LETTER = re.compile(r"[^\W\d_]")
_PERSIAN_LETTERS = frozenset("پچژگی")
_URDU_LETTERS = frozenset("ٹڈڑںے")
#: The share of letters a script needs to decide the language on its own.
MIN_SCRIPT_SHARE = 0.6
#: ... and how many letters at least (a name in Arabic script inside an English comment is not Arabic).
MIN_SCRIPT_LETTERS = 6


def _by_script(text: str) -> tuple[str, float] | None:
    """The language a non-Latin, non-Cyrillic script gives away, or None."""
    if text.isascii():
        return None  # the common case, decided in C
    letters = len(_LETTER.findall(text))
    if letters < MIN_SCRIPT_LETTERS:
        return None
    counts = {code: n for code, pattern in _SCRIPT_PATTERNS if (n := len(pattern.findall(text)))}
    if not counts:
        return None
    if counts.get("ja") and counts.get("zh"):
        counts["ja"] += counts.pop("zh")  # kanji beside kana is Japanese
    code, count = max(counts.items(), key=lambda item: item[1])
    share = count / letters
    if share < MIN_SCRIPT_SHARE:
        return None
    if code == "ar":
        if any(ch in _URDU_LETTERS for ch in text):
            code = "ur"
        elif any(ch in _PERSIAN_LETTERS for ch in text):
            code = "fa"
    return code, round(min(0.95, share), 3)


_RUSSIAN_ONLY_LETTERS = frozenset("ыэЫЭ")
# Letters of Bulgarian (frequent ъ) and of Serbian and Macedonian: Cyrillic that is not Russian.
_OTHER_CYRILLIC_LETTERS = frozenset("ъјљњћџѓќѕђЪЈЉЊЋЏЃЌЅЂ")


def _cyrillic_guess(text: str) -> tuple[str, float]:
    """Cyrillic text without Ukrainian letters and without a clear function-word vote.

    Russian is by far the commonest Cyrillic language of news pages and their comments, so it is
    the guess, at a low score, unless letters of another Cyrillic language appear.
    """
    if any(ch in _RUSSIAN_ONLY_LETTERS for ch in text):
        return "ru", 0.6
    if any(ch in _OTHER_CYRILLIC_LETTERS for ch in text):
        return "und", 0.0
    return "ru", 0.5


def detect_language(text: str) -> tuple[str, float]:
    """Return ``(ISO 639-1 code or "und", confidence in [0, 1])`` for ``text``."""
    scripted = _by_script(text)
    if scripted is not None:
        return scripted
    words = [w.lower().replace("’", "'") for w in _WORD.findall(text)]
    if len(words) < MIN_WORDS:
        return "und", 0.0
    cyrillic = sum(1 for w in words if "\u0400" <= w[0] <= "\u04ff")
    if cyrillic > len(words) / 2:
        candidates: tuple[str, ...] = ("uk", "ru")
        if any(ch in _UKRAINIAN_LETTERS for ch in text):
            return "uk", 0.9
        if any(ch in _RUSSIAN_ONLY_LETTERS for ch in text):
            candidates = ("ru",)  # Ukrainian has no ы or э
    else:
        candidates = tuple(code for code in _FUNCTION_WORDS if code not in {"ru", "uk"})
    votes = {code: sum(1 for w in words if w in _FUNCTION_WORDS[code]) for code in candidates}
    ranked = sorted(votes.items(), key=lambda item: item[1], reverse=True)
    best, best_votes = ranked[0]
    runner_up = ranked[1][1] if len(ranked) > 1 else 0
    if best_votes == 1 and runner_up == 0:
        return best, 0.55  # one function word and no rival: a short comment, likely but not sure
    if best_votes < 2 or best_votes - runner_up < MIN_MARGIN * best_votes:
        if cyrillic > len(words) / 2:
            return _cyrillic_guess(text)
        return "und", 0.0
    coverage = min(1.0, best_votes / (0.25 * len(words)))  # news text is ~25-40% function words
    margin = (best_votes - runner_up) / best_votes
    return best, round(0.5 + 0.5 * min(coverage, margin), 3)


class LanguageAnnotator(PartAnnotator):
    """The language of each part: ``attrs.language`` (ISO 639-1 or ``"und"``) and ``attrs.language_score``."""

    name = "language"
    assigns: ClassVar[tuple[str, ...]] = ("attrs.language", "attrs.language_score")

    def annotate_part(self, part: Part, doc: Document) -> None:
        """Set the part's language and the confidence in it."""
        language, score = detect_language(part.text)
        part.attrs["language"] = language
        part.attrs["language_score"] = score
