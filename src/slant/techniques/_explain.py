"""What each propaganda technique means: the 14 classes of SemEval-2020 Task 11.

Definitions follow the task's guidelines and Da San Martino et al. (2019), "Fine-Grained Analysis of
Propaganda in News Articles" (EMNLP-IJCNLP), shortened to a sentence or two so they fit a tooltip.
The HTML report shows them on hover and ``slant techniques --explain`` prints them.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

__all__ = ["TECHNIQUES", "TECHNIQUE_INFO", "TechniqueInfo"]


@dataclass(frozen=True, slots=True)
class TechniqueInfo:
    """One propaganda technique, as a reader should see it explained.

    Attributes:
        name: the label used in the data and in span layers (``"Loaded_Language"``).
        title: a human-readable name (``"Loaded language"``).
        definition: what the technique is, in one or two sentences.
        example: a short made-up sentence that uses it.
    """

    name: str
    title: str
    definition: str
    example: str


_INFOS: tuple[TechniqueInfo, ...] = (
    TechniqueInfo(
        "Appeal_to_Authority",
        "Appeal to authority",
        "Stating that a claim is true simply because a valid authority or expert on the issue said "
        "it was true, without any other supporting evidence.",
        "The world's leading scientists agree: this policy is the only way forward.",
    ),
    TechniqueInfo(
        "Appeal_to_fear-prejudice",
        "Appeal to fear or prejudice",
        "Seeking to build support for an idea by instilling anxiety or panic in the audience towards "
        "an alternative, possibly based on preconceived judgements.",
        "If we let them in, our streets will never be safe again.",
    ),
    TechniqueInfo(
        "Bandwagon,Reductio_ad_hitlerum",
        "Bandwagon, or reductio ad Hitlerum",
        "Bandwagon: persuading the audience to join in because everyone else is doing it. Reductio ad "
        "Hitlerum: discrediting an idea by linking it to a group or person the audience hates, such as "
        "the Nazis.",
        "Millions have already signed up; why haven't you? / Hitler also banned guns.",
    ),
    TechniqueInfo(
        "Black-and-White_Fallacy",
        "Black-and-white fallacy",
        "Presenting two alternative options as the only possibilities, when in fact more exist; the "
        "extreme form tells the audience exactly what to do (dictatorship).",
        "You are either with us or against us.",
    ),
    TechniqueInfo(
        "Causal_Oversimplification",
        "Causal oversimplification",
        "Assuming a single cause or reason when there are actually many causes behind an issue, "
        "including blaming a scapegoat.",
        "Crime went up the year the new mayor took office, so it is all his fault.",
    ),
    TechniqueInfo(
        "Doubt",
        "Doubt",
        "Questioning the credibility of someone or something, without evidence.",
        "Is he really fit to lead, when nobody knows where he was last week?",
    ),
    TechniqueInfo(
        "Exaggeration,Minimisation",
        "Exaggeration or minimisation",
        "Either representing something in an excessive manner, making it larger, better or worse than "
        "it is, or making something seem less important or smaller than it really is.",
        "This is the greatest betrayal in the history of mankind. / It was just a few rowdy tourists.",
    ),
    TechniqueInfo(
        "Flag-Waving",
        "Flag-waving",
        "Playing on strong national feeling (or on any group: race, gender, political preference) to "
        "justify or promote an action or idea.",
        "Every true patriot will stand up for our nation now.",
    ),
    TechniqueInfo(
        "Loaded_Language",
        "Loaded language",
        "Using words or phrases with strong emotional implications, positive or negative, to influence "
        "an audience.",
        "The regime unleashed a brutal, bloodthirsty crackdown.",
    ),
    TechniqueInfo(
        "Name_Calling,Labeling",
        "Name calling or labelling",
        "Labelling the object of the propaganda campaign as something the audience fears, hates or "
        "finds undesirable, or loves and praises.",
        "The so-called experts and their globalist puppets are lying again.",
    ),
    TechniqueInfo(
        "Repetition",
        "Repetition",
        "Repeating the same message over and over again, so that the audience eventually accepts it.",
        "Finish the job. We must finish the job. Only we can finish the job.",
    ),
    TechniqueInfo(
        "Slogans",
        "Slogans",
        "A brief and striking phrase that may include labelling and stereotyping; slogans tend to act "
        "as emotional appeals.",
        "Make our country great again!",
    ),
    TechniqueInfo(
        "Thought-terminating_Cliches",
        "Thought-terminating cliché",
        "Words or phrases that discourage critical thought and meaningful discussion about a topic; "
        "typically short, generic sentences that offer seemingly simple answers.",
        "It is what it is. / Nothing is permanent except change.",
    ),
    TechniqueInfo(
        "Whataboutism,Straw_Men,Red_Herring",
        "Whataboutism, straw man, or red herring",
        "Whataboutism: discrediting a position by charging the opponent with hypocrisy. Straw man: "
        "refuting an argument the opponent never made. Red herring: bringing in irrelevant material to "
        "divert attention from the point.",
        "They criticise our elections, but what about their own corrupt officials?",
    ),
)

#: The 14 technique names, in the order of ``techniques.txt`` (alphabetical, as the task lists them).
TECHNIQUES: tuple[str, ...] = tuple(info.name for info in _INFOS)

#: Read-only mapping from technique name to its :class:`TechniqueInfo`.
TECHNIQUE_INFO: Mapping[str, TechniqueInfo] = MappingProxyType({info.name: info for info in _INFOS})
