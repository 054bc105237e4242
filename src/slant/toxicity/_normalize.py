"""De-obfuscation of comment text, keeping a map back to the original characters.

Abusers spell around filters: leetspeak and symbols ("f@ck", "b1tch", "sh1t"), masks ("f**k"),
spaced letters ("f u c k", "f.u.c.k"), stretched letters ("fuuuuck"), look-alike letters from other
scripts ("fuсk" with a Cyrillic ``с``, fullwidth "ｆｕｃｋ"), accents ("shït") and invisible
characters ("f\u200buck"). :class:`Normalizer` turns a text into lower-case word tokens with those
tricks undone, and records for every token the ``[start, end)`` character offsets of the original
text it came from, so the spans the model blames point at what the user wrote.

Digits inside words are only read as letters when that yields a word of the lexicon ("sh1t" but not
"mp3" or "covid19"), because numbers in ordinary words are far more common than leetspeak.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

__all__ = ["CORE_LEXICON", "Normalized", "Normalizer"]

#: Words the normaliser knows even without a trained model's lexicon: the commonest swear words
#: and insults, in the order masks are resolved ("f***" becomes the first match: "fuck").
CORE_LEXICON: tuple[str, ...] = (
    "fuck",
    "fucking",
    "fucked",
    "fucker",
    "fuckers",
    "fucks",
    "motherfucker",
    "shit",
    "shitty",
    "bullshit",
    "bitch",
    "bitches",
    "bastard",
    "bastards",
    "ass",
    "asses",
    "asshole",
    "assholes",
    "arse",
    "arsehole",
    "cunt",
    "cunts",
    "dick",
    "dickhead",
    "dicks",
    "cock",
    "cocksucker",
    "pussy",
    "whore",
    "whores",
    "slut",
    "sluts",
    "damn",
    "goddamn",
    "crap",
    "piss",
    "pissed",
    "twat",
    "wanker",
    "prick",
    "pricks",
    "retard",
    "retarded",
    "retards",
    "idiot",
    "idiots",
    "idiotic",
    "moron",
    "morons",
    "moronic",
    "stupid",
    "dumb",
    "dumbass",
    "loser",
    "losers",
    "scum",
    "scumbag",
    "nigger",
    "niggers",
    "nigga",
    "niggas",
    "fag",
    "fags",
    "faggot",
    "faggots",
    "hoe",
    "hoes",
    "jerk",
    "suck",
    "sucks",
    "hell",
    "bollocks",
    "douche",
    "douchebag",
    "kill",
    "die",
    "hang",
    "rape",
    "porn",
    "sex",
    "penis",
    "vagina",
    "tits",
    "boobs",
    "butt",
    "kike",
    "spic",
    "chink",
    "tranny",
)

# Zero-width and formatting characters that render as nothing; removed inside tokens.
_INVISIBLE = dict.fromkeys(
    map(ord, "\u00ad\u180e\u200b\u200c\u200d\u200e\u200f\u2060\u2061\u2062\u2063\ufeff")
)

# Letters of other scripts that look like Latin ones (after case folding).
_HOMOGLYPHS = str.maketrans(
    {
        # Cyrillic
        "а": "a",
        "в": "b",
        "е": "e",
        "ё": "e",
        "к": "k",
        "м": "m",
        "н": "h",
        "о": "o",
        "р": "p",
        "с": "c",
        "т": "t",
        "у": "y",
        "х": "x",
        "ѕ": "s",
        "і": "i",
        "ї": "i",
        "ј": "j",
        "ԁ": "d",
        "һ": "h",
        "ӏ": "l",
        "ԛ": "q",
        "ԝ": "w",
        "ь": "b",
        # Greek
        "α": "a",
        "β": "b",
        "ε": "e",
        "η": "n",
        "ι": "i",
        "κ": "k",
        "ν": "v",
        "ο": "o",
        "ρ": "p",
        "τ": "t",
        "υ": "u",
        "χ": "x",
        "ς": "c",
        # Latin look-alikes and symbols
        "ı": "i",
        "ł": "l",
        "ℓ": "l",
        "ø": "o",
        "ß": "ss",
        "æ": "ae",
        "œ": "oe",
        "ð": "d",
        "¡": "i",
        "€": "e",
        "£": "l",
        "¢": "c",
    }
)
_HOMOGLYPH_CHARS = frozenset(chr(k) for k in _HOMOGLYPHS)

# Leetspeak: symbols and digits used as letters.
_LEET = str.maketrans(
    {
        "@": "a",
        "4": "a",
        "8": "b",
        "3": "e",
        "1": "i",
        "!": "i",
        "|": "i",
        "0": "o",
        "5": "s",
        "$": "s",
        "7": "t",
        "+": "t",
        "9": "g",
        "6": "g",
    }
)
_LEET_SYMBOLS = frozenset("@!|$+")
_MASKS = frozenset("*#_.")

# A raw token: letters, digits and the symbols that obfuscators put inside words.
_TOKEN = re.compile(r"[\w@$*#!|+'’.\u00ad\u180e\u200b-\u200f\u2060-\u2063\ufeff¡€£¢-]+")
# Characters that only wrap a word ("idiot!!!", "'quoted'", "end.").
_WRAPPERS = "!'’.-_#|+"
_RUN3 = re.compile(r"(.)\1{2,}")
_RUN2 = re.compile(r"(.)\1+")
_SPACED_GAP = re.compile(r"[ .\-_*]{1,2}")
# A cheap test for three single characters in a row before the token-by-token spaced-letter pass.
_MAYBE_SPACED = re.compile(r"(?<![^\W_])[^\W_][ .\-_*]{1,2}[^\W_][ .\-_*]{1,2}[^\W_](?![^\W_])")
_CACHE_SIZE = 200_000


@dataclass(frozen=True, slots=True)
class Normalized:
    """A text's de-obfuscated tokens with their offsets in the original text.

    Attributes:
        tokens: lower-case tokens, de-obfuscated.
        starts: for each token, the offset of its first original character.
        ends: for each token, the offset one past its last original character.
    """

    tokens: tuple[str, ...]
    starts: tuple[int, ...]
    ends: tuple[int, ...]

    @property
    def text(self) -> str:
        """The tokens joined by single spaces: what the features are computed from."""
        return " ".join(self.tokens)


class Normalizer:
    """Undo common obfuscations; see the module docstring.

    Args:
        lexicon: canonical swear words and slurs, most common first; leetspeak digits and masks
            are resolved against it. The built-in :data:`CORE_LEXICON` is always included.
    """

    def __init__(self, lexicon: Iterable[str] = ()) -> None:
        ordered = dict.fromkeys([*CORE_LEXICON, *(w.lower() for w in lexicon if w.isalpha())])
        self.lexicon: tuple[str, ...] = tuple(ordered)
        self._known = frozenset(self.lexicon)
        self._by_length: dict[int, tuple[str, ...]] = {}
        for word in self.lexicon:
            self._by_length[len(word)] = (*self._by_length.get(len(word), ()), word)
        # Tokens repeat (Zipf's law), so cleaning each distinct one once pays; bounded by _CACHE_SIZE.
        self._cache: dict[str, str] = {}

    def __call__(self, text: str) -> Normalized:
        """Normalise ``text``; see :class:`Normalized`."""
        tokens: list[str] = []
        starts: list[int] = []
        ends: list[int] = []
        for match in _TOKEN.finditer(text):
            raw = match.group()
            stripped = raw.strip(_WRAPPERS)
            if not stripped:
                continue
            start = match.start() + len(raw) - len(raw.lstrip(_WRAPPERS))
            for piece, offset in _split_dashes(stripped):
                word = self._cache.get(piece)
                if word is None:
                    word = self._clean(piece)
                    if len(self._cache) >= _CACHE_SIZE:
                        self._cache.clear()
                    self._cache[piece] = word
                if word:
                    tokens.append(word)
                    starts.append(start + offset)
                    ends.append(start + offset + len(piece))
        if _MAYBE_SPACED.search(text):
            self._join_spaced(text, tokens, starts, ends)
        return Normalized(tuple(tokens), tuple(starts), tuple(ends))

    def _clean(self, token: str) -> str:
        """De-obfuscate one token."""
        if token.isascii() and token.isalpha():
            word = token.lower()
            return self._squeeze(word) if _RUN2.search(word) else word
        word = token.translate(_INVISIBLE)
        if not word.isascii():
            word = unicodedata.normalize("NFKC", word).casefold()
            word = self._unconfuse(word)
        word = word.lower().replace("'", "").replace("’", "")
        if not word.isalnum():
            word = self._unmask(word)
        elif not word.isalpha() and not word.isdigit():
            leet = word.translate(_LEET)
            if leet.isalpha() and (leet in self._known or self._squeeze(leet) in self._known):
                word = leet
        return self._squeeze(word) if _RUN2.search(word) else word

    def _unconfuse(self, word: str) -> str:
        """Map look-alike letters of other scripts and accented letters to plain Latin ones."""
        foreign = [c for c in word if not c.isascii() and c.isalpha()]
        latin = any(c.isascii() and c.isalpha() for c in word)
        if foreign and (latin or all(c in _HOMOGLYPH_CHARS for c in foreign)):
            word = word.translate(_HOMOGLYPHS)
        if not word.isascii():
            decomposed = unicodedata.normalize("NFKD", word)
            stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
            if latin or stripped.isascii():
                word = stripped
        return word

    def _unmask(self, word: str) -> str:
        """Resolve symbols inside a word: leetspeak symbols and masks such as ``*``."""
        letters = sum(c.isalpha() for c in word)
        if letters == 0:
            return "".join(c for c in word if c.isalnum())
        leet_symbols = any(c in _LEET_SYMBOLS for c in word)
        if leet_symbols:
            mapped = word.translate(_LEET)
            # "@user" mentions and "$100" are not leetspeak: only accept a mapped leading
            # symbol when the result is a known word, but always accept symbols inside letters.
            inner = mapped.strip("*#_.")
            # "f@ck" is not "fack": a symbol between letters may stand for any letter, and the
            # lexicon's order (commonest first) decides which word was meant.
            guess = None
            if _inside_letters(word):
                guess = self._resolve_mask("".join("*" if c in _LEET_SYMBOLS else c for c in word))
            if guess is not None:
                word = guess
            elif inner.isalpha() and (inner in self._known or _inside_letters(word)):
                word = mapped
        if any(c in _MASKS for c in word):
            resolved = self._resolve_mask(word)
            if resolved is not None:
                return resolved
        return "".join(c for c in word if c.isalnum())

    def _resolve_mask(self, word: str) -> str | None:
        """Match a masked word ("f**k", "sh*t") to the first lexicon word that fits it."""
        core = word.strip("_.")
        if sum(c.isalpha() for c in core) < 1 or not any(c in "*#" for c in core):
            return None
        pattern = re.compile("".join("." if c in "*#" else re.escape(c) for c in core))
        for candidate in self._by_length.get(len(core), ()):
            if pattern.fullmatch(candidate):
                return candidate
        return None

    def _squeeze(self, word: str) -> str:
        """Undo stretched letters: "fuuuuck" -> "fuck", "idiooot" -> "idiot", "sooo" -> "soo"."""
        if word in self._known:
            return word
        doubled = _RUN3.sub(r"\1\1", word)
        if doubled in self._known:
            return doubled
        single = _RUN2.sub(r"\1", word)
        if single in self._known:
            return single
        return doubled

    def _join_spaced(self, text: str, tokens: list[str], starts: list[int], ends: list[int]) -> None:
        """Merge runs of three or more single letters ("f u c k", "f.u.c.k") into one word, in place."""
        i = 0
        while i < len(tokens):
            j = i
            while (
                j < len(tokens)
                and len(tokens[j]) == 1
                and (j == i or _SPACED_GAP.fullmatch(text[ends[j - 1] : starts[j]]) is not None)
            ):
                j += 1
            if j - i >= 3:
                merged = "".join(tokens[i:j])
                leet = merged.translate(_LEET)
                merged = leet if leet in self._known else merged
                tokens[i:j] = [self._squeeze(merged) if _RUN2.search(merged) else merged]
                starts[i:j] = [starts[i]]
                ends[i:j] = [ends[j - 1]]
            i += 1


def _inside_letters(word: str) -> bool:
    """True when a leetspeak symbol sits between two letters or digits ("f@ck", "b!tch")."""
    return any(
        c in _LEET_SYMBOLS and word[i - 1].isalnum() and word[i + 1].isalnum()
        for i, c in enumerate(word[1:-1], start=1)
    )


def _split_dashes(token: str) -> list[tuple[str, int]]:
    """Split a token at hyphens and apostrophe-free dots between words ("pro-terrorist", "end.Next").

    Single letters joined by dots or dashes ("f.u.c.k") are kept together for the spaced-letter rule
    by splitting them too: each becomes a one-letter token that :meth:`Normalizer._join_spaced` merges.
    """
    if "-" not in token and "." not in token:
        return [(token, 0)]
    pieces: list[tuple[str, int]] = []
    for match in re.finditer(r"[^.\-]+", token):
        pieces.append((match.group(), match.start()))
    return pieces
