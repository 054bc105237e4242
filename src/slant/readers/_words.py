"""How many words a text has, in every reader: white-space separated words, and in Chinese, Japanese
and Korean script, which put no spaces between words, about one for every one and a half characters."""

from __future__ import annotations

import re

__all__ = ["word_count"]

_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]")
_WORDS = re.compile(r"[^\W_]+")
# A word of Chinese or Japanese is about one and a half characters.
_CJK_CHARACTERS_PER_WORD = 1.5


def word_count(text: str) -> int:
    """Words in ``text``, counting unspaced Chinese, Japanese and Korean script by its characters."""
    if text.isascii():
        return len(text.split())
    cjk = len(_CJK.findall(text))
    if not cjk:
        return len(text.split())
    spaced = len(_WORDS.findall(_CJK.sub(" ", text)))
    return spaced + round(cjk / _CJK_CHARACTERS_PER_WORD)
