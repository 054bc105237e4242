"""The seven toxicity labels slant scores, with the words the HTML report shows on hover."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

__all__ = ["LABELS", "LABEL_INFO", "LabelInfo"]


@dataclass(frozen=True, slots=True)
class LabelInfo:
    """What one toxicity label means.

    Attributes:
        title: a short human name (``"Identity attack"``).
        definition: one or two sentences a reader can apply.
        example: a short made-up comment that carries the label.
    """

    title: str
    definition: str
    example: str


#: The labels, in the order of the model's heads and of every JSON output.
LABELS: tuple[str, ...] = (
    "toxicity",
    "severe_toxicity",
    "insult",
    "threat",
    "identity_attack",
    "obscene",
    "dehumanization",
)

LABEL_INFO: Mapping[str, LabelInfo] = MappingProxyType(
    {
        "toxicity": LabelInfo(
            title="Toxic",
            definition="Rude, disrespectful or unreasonable: a comment likely to make people leave a discussion.",
            example="Nobody cares about your stupid opinion, go away.",
        ),
        "severe_toxicity": LabelInfo(
            title="Severely toxic",
            definition="Very hateful, aggressive or disrespectful: several kinds of abuse at once, "
            "calls for violence, or hate against a group.",
            example="These f***ing animals should all be shot.",
        ),
        "insult": LabelInfo(
            title="Insult",
            definition="Demeaning, inflammatory or negative words aimed at a person or a group of people.",
            example="You are a pathetic idiot.",
        ),
        "threat": LabelInfo(
            title="Threat",
            definition="Wishes or calls for violence or harm against a person or group, including calls "
            "to wipe out, crush or kill them.",
            example="Someone should hang them all.",
        ),
        "identity_attack": LabelInfo(
            title="Identity attack",
            definition="Negative or hateful words aimed at people because of who they are: religion, "
            "ethnicity, nationality, gender, sexual orientation, disability.",
            example="People of that religion are all liars.",
        ),
        "obscene": LabelInfo(
            title="Obscene",
            definition="Swear words, cursing, or sexually explicit language, however spelt (f@ck, sh1t).",
            example="What a load of sh1t.",
        ),
        "dehumanization": LabelInfo(
            title="Dehumanization",
            definition="People likened to vermin, disease, animals, filth or monsters, which denies them "
            "a shared humanity and often precedes calls for violence.",
            example="They are rats spreading like a plague.",
        ),
    }
)
