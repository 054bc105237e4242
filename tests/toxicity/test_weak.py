"""The weak-label rules fire on calls for violence and dehumanization, not on idioms they exclude."""

from __future__ import annotations

import pytest

from slant.toxicity._weak import is_dehumanizing, is_obscene, is_violent_call


@pytest.mark.parametrize(
    "text",
    [
        "crush the terrorist once and for all",
        "wiping out these pricks",
        "they should be shot",
        "kill them all",
        "teach them a lesson the hard way",
        "i will kill you",
    ],
)
def test_violent_calls(text: str) -> None:
    assert is_violent_call(text)


@pytest.mark.parametrize(
    "text", ["kill the bill", "take out the trash", "i can find them for you", "the bomb squad came"]
)
def test_not_violent_calls(text: str) -> None:
    assert not is_violent_call(text)


@pytest.mark.parametrize(
    "text", ["they are vermin", "these people are animals", "they breed like rats", "immigrants are a plague"]
)
def test_dehumanizing(text: str) -> None:
    assert is_dehumanizing(text)


@pytest.mark.parametrize("text", ["i love animals", "the rats in the subway", "cancer research is important"])
def test_not_dehumanizing(text: str) -> None:
    assert not is_dehumanizing(text)


def test_obscene_reads_tokens() -> None:
    assert is_obscene(("what", "the", "fuck"))
    assert not is_obscene(("what", "the", "heck"))
