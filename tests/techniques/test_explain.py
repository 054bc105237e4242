"""TECHNIQUE_INFO: one explanation per technique of techniques.txt, read-only."""

from __future__ import annotations

import dataclasses

import pytest

from slant.techniques import TECHNIQUE_INFO, TECHNIQUES, TechniqueInfo

# The 14 classes of SemEval-2020 Task 11, as in ptc/techniques.txt.
PTC_TECHNIQUES = [
    "Appeal_to_Authority",
    "Appeal_to_fear-prejudice",
    "Bandwagon,Reductio_ad_hitlerum",
    "Black-and-White_Fallacy",
    "Causal_Oversimplification",
    "Doubt",
    "Exaggeration,Minimisation",
    "Flag-Waving",
    "Loaded_Language",
    "Name_Calling,Labeling",
    "Repetition",
    "Slogans",
    "Thought-terminating_Cliches",
    "Whataboutism,Straw_Men,Red_Herring",
]


def test_every_technique_is_explained_in_order() -> None:
    assert list(TECHNIQUES) == PTC_TECHNIQUES
    assert list(TECHNIQUE_INFO) == PTC_TECHNIQUES


def test_explanations_are_complete() -> None:
    for name, info in TECHNIQUE_INFO.items():
        assert info.name == name
        assert info.title and info.definition.endswith(".") and info.example


def test_info_is_read_only() -> None:
    with pytest.raises(TypeError):
        TECHNIQUE_INFO["Doubt"] = TECHNIQUE_INFO["Slogans"]  # type: ignore[index]
    with pytest.raises(dataclasses.FrozenInstanceError):
        TECHNIQUE_INFO["Doubt"].title = "x"  # type: ignore[misc]
    assert isinstance(TECHNIQUE_INFO["Doubt"], TechniqueInfo)
