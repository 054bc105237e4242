"""The one table of span labels every view reads: name, group, explanation, colour and threshold.

The terminal summary, the HTML report, the web page of ``slant serve`` (through ``GET /v1/labels``)
and the corpus dashboard all take a label's display name, its colour and, for toxicity, the score at
which a comment counts as toxic from here, so one label looks and counts the same everywhere.

- Colours are fixed per label, never assigned by position on a page: built-in labels have hand-picked
  hues; the propaganda techniques get, in their fixed order, the hue farthest from every hue already
  taken, so no two labels of the table share one.
- Thresholds are the toxicity model's own tuned per-label thresholds, read from the ``metrics.json``
  shipped beside the model (the file the training run writes); where it is absent, 0.5.
- Display thresholds (issue 15): the calibrated score from which every view shows a technique span
  by default, one for titles and articles and one for comments, read from the ``calibration.json``
  shipped beside the techniques model (chosen on held-in data by its calibration step); the less
  certain spans stay in the JSON and a reader can reveal them. Where it is absent, every span shows.
- Explanations of techniques and toxicity labels come from the modules that make them
  (``slant.techniques._explain`` and ``slant.toxicity._labels``), imported lazily so a view still
  renders, with bare label names, where those modules are missing.
"""

from __future__ import annotations

import colorsys
import functools
import importlib
import importlib.util
import json
import logging
import zlib
from collections.abc import Mapping
from dataclasses import asdict, dataclass
from importlib import resources
from typing import Any

__all__ = [
    "LAYER_TITLES",
    "LabelSpec",
    "display_threshold",
    "display_thresholds",
    "is_shown",
    "label_spec",
    "label_table",
    "layer_title",
    "pretty",
    "toxic_threshold",
]

logger = logging.getLogger(__name__)

#: Human names of the span layers slant's own annotators write; a label's ``group`` is its layer's name.
LAYER_TITLES: Mapping[str, str] = {
    "techniques": "Propaganda techniques",
    "toxicity": "Toxic words",
    "quotes": "Quotations",
    "sources": "Sources",
    "links": "Links",
    "misspellings": "Misspellings",
    "echoes": "Echoes of the article",
    "echoed": "Echoed in comments",
    "repeats": "Repeated comments and slogans",
    "dates": "Dates in the story",
    "actors": "Actors and places",
    "sentences": "Sentences",
    "tokens": "Tokens",
}

# When the shipped model has no metrics.json, a probability of 0.5 is the calibrated model's even odds.
_DEFAULT_THRESHOLD = 0.5


@dataclass(frozen=True, slots=True)
class LabelSpec:
    """One label of one span layer, as every view shows it.

    Attributes:
        layer: the span layer (``"quotes"``).
        label: the label in that layer (``"scare_quote"``).
        title: a short human name (``"Scare quote"``).
        group: the layer's human name, under which views list the label (``"Quotations"``).
        definition: one paragraph on what it is and why it matters for persuasion.
        example: a short example, or an empty string.
        hue: the label's hue (0-359), fixed for the label.
        colour: the label's solid colour as ``#rrggbb``, from ``hue``.
        threshold: for toxicity labels, the score at or above which a comment has the label (the
            model's tuned threshold); None for layers whose spans are already the decision.
    """

    layer: str
    label: str
    title: str
    group: str
    definition: str
    example: str
    hue: int
    colour: str
    threshold: float | None

    def as_json(self) -> dict[str, Any]:
        """The spec as plain JSON (what ``GET /v1/labels`` sends)."""
        return asdict(self)


# (title, definition, example) of the labels slant's rule-based annotators write.
_BUILT_IN: Mapping[tuple[str, str], tuple[str, str, str]] = {
    ("quotes", "quotation"): (
        "Quotation",
        "Words put in quotation marks: someone else's words reported as they were said or written. "
        "Check who is quoted and whether the quote is attributed at all; a quote without a speaker "
        "borrows authority it has not earned.",
        "“We will not retreat,” the commander said.",
    ),
    ("quotes", "scare_quote"): (
        "Scare quote",
        "A short phrase put in quotation marks not to report anyone's words but to distance the writer "
        "from them and to signal doubt or irony, often after “so-called”. It tells the reader what to "
        "think of a group or an idea without arguing the point.",
        "the so-called “moderate opposition”",
    ),
    ("quotes", "mention"): (
        "Mention",
        "A word or phrase in quotation marks because it is being talked about, not used: a reader "
        "asking what a word means, or a term being discussed. Neither a quotation nor a scare quote.",
        "What does “ingore” mean?",
    ),
    ("sources", "named"): (
        "Named source",
        "A claim attributed to a source the reader can identify and check: a person, an institution, a "
        "ministry (“according to the Defense Ministry”, “Lavrov said”). Named sources can still be "
        "partisan; ask whose interest they serve.",
        "according to the Russian Defense Ministry",
    ),
    ("sources", "unnamed"): (
        "Unnamed source",
        "A claim attributed to someone the reader cannot identify or check: “local sources”, “experts "
        "say”, “reportedly”. Sometimes needed to protect a source, often a way to present rumour or the "
        "writer's own view as fact.",
        "according to local sources",
    ),
    ("sources", "outlet"): (
        "Cited outlet",
        "A news outlet or agency the page cites or copies from (TASS, Reuters, RT...). Knowing whose "
        "reporting a page relays tells you whose framing it inherits.",
        "From TASS http://tass.com/...",
    ),
    ("links", "url"): (
        "Link",
        "A web address in the text. Links show where a page gets its material; the report shows them "
        "as text and never fetches them.",
        "http://tass.com/politics/123",
    ),
    ("misspellings", "misspelling"): (
        "Misspelling",
        "A word that is probably misspelt, with the likely intended word. A high misspelling rate "
        "(misspellings per 1,000 words) suggests a hastily written, machine-translated or unedited page; "
        "professional news copy has close to none.",
        "“Ingore” for “Ignore”",
    ),
    ("sentences", "sentence"): ("Sentence", "One sentence of the text, as slant split it.", ""),
    ("echoes", "verbatim"): (
        "Verbatim echo",
        "Words a comment repeats from the article, word for word (case aside). Framing that passes "
        "from an article to its readers is what propaganda is for; a reader quoting the article to "
        "argue with it is marked as quoted.",
        "Article: “set to finish the job”; comment: “Finish the job, some civilians will …”",
    ),
    ("echoes", "near"): (
        "Near echo",
        "Words a comment repeats from the article nearly word for word: a determiner swapped, a "
        "plural or a tense changed. The article's framing, in the reader's mouth.",
        "Article: “finish the job”; comment: “must finish their job in Syria”",
    ),
    ("echoes", "paraphrase"): (
        "Paraphrase echo",
        "A comment sentence that restates an article sentence in other words (opt-in: slant analyze "
        "--paraphrase). The score is the calibrated probability that it is a true paraphrase; a reply "
        "that contradicts the sentence can look alike, so read both before quoting it.",
        "Article: “Russian aircraft carried out dozens of strikes on terrorist positions overnight”; "
        "comment: “The Russians pounded the terrorists all night long”",
    ),
    ("echoed", "paraphrased"): (
        "Restated by comments",
        "An article sentence that one or more comments restate in other words: the article's claim "
        "taken up by its readers.",
        "“Thousands of residents fled through humanitarian corridors”, restated by two comments",
    ),
    ("echoed", "echoed"): (
        "Echoed by comments",
        "Article words that one or more comments repeat, word for word or nearly: the phrases of "
        "the article its readers took up.",
        "“finish the job”, repeated by three comments",
    ),
    ("repeats", "repeated_comment"): (
        "Repeated comment",
        "A comment whose words are those of another comment on the same page (case and punctuation "
        "aside). The same comment posted several times, by one name or several, is a sign of "
        "coordination or of copied talking points.",
        "the same 20 words posted by three accounts",
    ),
    ("dates", "date"): (
        "Date in the story",
        "An explicit date the title or article gives. The latest one bounds the story's time from "
        "below: a page dated years later may be an old story under a new date.",
        "13 December 2016",
    ),
    ("dates", "relative"): (
        "Relative time",
        "A time the story gives relative to its writing (“yesterday”, “last night”): it dates the "
        "story only when the page's own date is known to the day.",
        "Last night, the minister announced…",
    ),
    ("dates", "office"): (
        "Person described in office",
        "A person named with an office (“president of the United States Barack Obama”): the story "
        "is from that person's term, checked against slant's office-holders table (names it does not "
        "hold stay unchecked).",
        "still president of the United States Barack Obama",
    ),
    ("actors", "PERSON"): (
        "Person",
        "A person the page names (found by a named-entity model, so a name can be missed or mislabelled). "
        "Who a page is about, and what is said near their name, is how it frames them.",
        "Sergey Lavrov",
    ),
    ("actors", "ORG"): (
        "Organisation",
        "An organisation the page names: a government body, an army, a party, a company, an armed group "
        "(found by a named-entity model).",
        "Russian Foreign Ministry",
    ),
    ("actors", "PLACE"): (
        "Place",
        "A country, city or region the page names; where slant's offline gazetteer knows it, it is "
        "shown on the map (found by a named-entity model).",
        "Aleppo",
    ),
    ("repeats", "slogan"): (
        "Slogan",
        "A phrase of three or more words that at least three different comments carry: a talking "
        "point or a chant passing through the comments.",
        "“finish the job” in three comments",
    ),
}

# Hand-picked hues of the built-in and toxicity labels: quotes blue-violet, sources green-orange,
# toxicity reds. The techniques take the hues farthest from these (see _technique_hues).
_FIXED_HUES: Mapping[tuple[str, str], int] = {
    ("quotes", "quotation"): 210,
    ("quotes", "scare_quote"): 280,
    ("quotes", "mention"): 240,
    ("sources", "named"): 135,
    ("sources", "unnamed"): 28,
    ("sources", "outlet"): 175,
    ("links", "url"): 195,
    ("misspellings", "misspelling"): 8,
    ("sentences", "sentence"): 220,
    ("echoes", "verbatim"): 265,
    ("echoes", "near"): 250,
    ("echoed", "echoed"): 258,
    ("echoes", "paraphrase"): 272,
    ("echoed", "paraphrased"): 287,
    ("repeats", "repeated_comment"): 45,
    ("repeats", "slogan"): 60,
    ("dates", "date"): 95,
    ("dates", "relative"): 110,
    ("dates", "office"): 80,
    ("toxicity", "toxicity"): 0,
    ("toxicity", "severe_toxicity"): 348,
    ("toxicity", "insult"): 14,
    ("toxicity", "threat"): 325,
    ("toxicity", "identity_attack"): 305,
    ("toxicity", "obscene"): 22,
    ("toxicity", "dehumanization"): 356,
}


def pretty(name: str) -> str:
    """``"Appeal_to_fear-prejudice"`` -> ``"Appeal to fear-prejudice"``."""
    words = name.replace("_", " ").strip()
    return words[:1].upper() + words[1:] if words else name


def layer_title(layer: str) -> str:
    """A human name for a span layer (``"sources"`` -> ``"Sources"``)."""
    return LAYER_TITLES.get(layer, pretty(layer))


@functools.cache
def _external(module_name: str, attribute: str) -> Mapping[str, Any]:
    """A mapping of label -> info object from another slant module, or an empty one.

    Looked up with find_spec first: the module is optional for the views, and a missing one is not
    an error; a broken one is logged, and the views fall back to bare label names.
    """
    try:
        if importlib.util.find_spec(module_name) is None:
            return {}
        table = getattr(importlib.import_module(module_name), attribute, None)
    except Exception as error:  # an optional explanation table must never break a view
        logger.warning("label explanations from %s are unavailable: %s", module_name, error)
        return {}
    return table if isinstance(table, Mapping) else {}


def _techniques() -> Mapping[str, Any]:
    return _external("slant.techniques._explain", "TECHNIQUE_INFO")


def _toxicity_labels() -> Mapping[str, Any]:
    return _external("slant.toxicity._labels", "LABEL_INFO")


@functools.cache
def _thresholds() -> Mapping[str, float]:
    """The toxicity model's tuned per-label thresholds, from the metrics.json shipped with it."""
    try:
        text = (
            resources.files("slant").joinpath("data", "toxicity", "metrics.json").read_text(encoding="utf-8")
        )
        found = json.loads(text).get("thresholds", {})
        return {str(label): float(value) for label, value in found.items()}
    except (OSError, ValueError, AttributeError, TypeError) as error:
        logger.warning("toxicity thresholds unavailable (%s); %.1f is used", error, _DEFAULT_THRESHOLD)
        return {}


def toxic_threshold(label: str = "toxicity") -> float:
    """The score at or above which a comment has the toxicity ``label``: the model's tuned threshold."""
    return _thresholds().get(label, _DEFAULT_THRESHOLD)


def display_thresholds() -> Mapping[str, Mapping[str, float]]:
    """Layer -> part kind (``"article"``, ``"comment"``) -> the score from which views show its spans by default.

    Only the techniques layer has one: the techniques model's calibration step chose it on held-in
    data (the lowest calibrated score at which at least half the spans shown are right; see
    docs/models/techniques.md). Other layers' spans are decisions already, and all show.
    """
    return _shipped_display_thresholds()


@functools.cache
def _shipped_display_thresholds() -> Mapping[str, Mapping[str, float]]:
    """The display thresholds in the calibration.json shipped with the techniques model (read once)."""
    try:
        text = (
            resources.files("slant")
            .joinpath("data", "techniques", "calibration.json")
            .read_text(encoding="utf-8")
        )
        found = json.loads(text)["display_thresholds"]
        kinds = {str(kind): float(value) for kind, value in found.items()}
    except (OSError, ValueError, KeyError, AttributeError, TypeError) as error:
        logger.warning("technique display thresholds unavailable (%s); every technique span is shown", error)
        return {}
    return {"techniques": kinds}


def display_threshold(layer: str, part_kind: str) -> float | None:
    """The score from which views show a span of ``layer`` in a part of ``part_kind`` by default; None: all show.

    Titles count as the article (they are read the same way); any part that is not a comment does.
    """
    kinds = display_thresholds().get(layer)
    if kinds is None:
        return None
    return kinds.get("comment" if part_kind == "comment" else "article")


def is_shown(layer: str, part_kind: str, score: float) -> bool:
    """Whether a span of ``layer`` with ``score`` in a part of ``part_kind`` shows by default (see :func:`display_threshold`)."""
    threshold = display_threshold(layer, part_kind)
    return threshold is None or score >= threshold


def _hue_distance(a: int, b: int) -> int:
    return min(abs(a - b), 360 - abs(a - b))


@functools.cache
def _technique_hues() -> Mapping[str, int]:
    """Each technique's hue: in the techniques' fixed order, the hue farthest from all hues taken."""
    taken = list(_FIXED_HUES.values())
    hues: dict[str, int] = {}
    for name in _techniques():
        hue = max(range(360), key=lambda h: (min(_hue_distance(h, t) for t in taken), -h))
        hues[str(name)] = hue
        taken.append(hue)
    return hues


# Hues of labels added after the techniques took theirs: chosen in gaps between the hues already taken and
# kept out of _FIXED_HUES, so adding them moved no technique's colour (issue 19, actors).
_LATER_HUES: Mapping[tuple[str, str], int] = {
    ("actors", "PERSON"): 202,
    ("actors", "ORG"): 272,
    ("actors", "PLACE"): 128,
}


def _hue(layer: str, label: str) -> int:
    fixed = _FIXED_HUES.get((layer, label), _LATER_HUES.get((layer, label)))
    if fixed is not None:
        return fixed
    if layer == "techniques" and label in _technique_hues():
        return _technique_hues()[label]
    # A label no slant annotator writes still gets a colour of its own, the same on every page.
    return zlib.crc32(f"{layer}/{label}".encode()) % 360


def _colour(hue: int) -> str:
    red, green, blue = colorsys.hls_to_rgb(hue / 360, 0.45, 0.75)
    return f"#{round(red * 255):02x}{round(green * 255):02x}{round(blue * 255):02x}"


def _texts(layer: str, label: str) -> tuple[str, str, str]:
    info: Any = None
    if layer == "techniques":
        info = _techniques().get(label)
        fallback = f"Spans where the propaganda technique {pretty(label)} was found."
    elif layer == "toxicity":
        info = _toxicity_labels().get(label)
        fallback = f"Words that make a comment score high for {pretty(label).lower()}."
    else:
        built_in = _BUILT_IN.get((layer, label))
        if built_in is not None:
            return built_in
        fallback = (
            f"Spans labelled {label!r} in the layer {layer!r}, added by an annotator slant does not "
            "describe; see that annotator's documentation."
        )
    if info is None:
        return pretty(label), fallback, ""
    return (
        str(getattr(info, "title", "") or pretty(label)),
        str(getattr(info, "definition", "") or ""),
        str(getattr(info, "example", "") or ""),
    )


@functools.cache
def label_spec(layer: str, label: str) -> LabelSpec:
    """The spec of ``label`` in ``layer``; never fails, whatever the layer (unknown ones get generic words)."""
    title, definition, example = _texts(layer, label)
    hue = _hue(layer, label)
    return LabelSpec(
        layer=layer,
        label=label,
        title=title,
        group=layer_title(layer),
        definition=definition,
        example=example,
        hue=hue,
        colour=_colour(hue),
        threshold=toxic_threshold(label) if layer == "toxicity" else None,
    )


@functools.cache
def label_table() -> tuple[LabelSpec, ...]:
    """Every label slant's own annotators write, built-in layers first, then techniques and toxicity."""
    keys = [*_BUILT_IN]
    keys += [("techniques", str(name)) for name in _techniques()]
    keys += [("toxicity", str(name)) for name in _toxicity_labels()]
    return tuple(label_spec(layer, label) for layer, label in keys)
