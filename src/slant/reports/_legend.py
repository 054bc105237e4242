"""What each span layer and label means, in words a reader of a report can use.

The HTML report shows these on hover and in its legend; the terminal summary uses the short titles.
Built-in layers are explained here. Propaganda techniques and toxicity labels are explained by the
modules that make them (``slant.techniques._explain.TECHNIQUE_INFO`` and
``slant.toxicity._labels.LABEL_INFO``), imported lazily so a report still renders, with the bare label
name, where those modules are not installed. Unknown layers from third-party annotators get a generic
explanation built from their names.
"""

from __future__ import annotations

import functools
import importlib
import importlib.util
import logging
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

__all__ = ["LAYER_TITLES", "Explanation", "explain", "layer_title", "page_measures", "score_title"]

logger = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Explanation:
    """One label of one layer, explained.

    Attributes:
        title: a short human name ("Scare quote").
        definition: one paragraph on what it is and why it matters for persuasion.
        example: a short example, or an empty string.
    """

    title: str
    definition: str
    example: str = ""


#: Human names of the span layers slant's own annotators write.
LAYER_TITLES: Mapping[str, str] = {
    "techniques": "Propaganda techniques",
    "toxicity": "Toxic words",
    "quotes": "Quotations",
    "sources": "Sources",
    "links": "Links",
    "misspellings": "Misspellings",
    "sentences": "Sentences",
    "tokens": "Tokens",
}

_BUILT_IN: Mapping[tuple[str, str], Explanation] = {
    ("quotes", "quotation"): Explanation(
        "Quotation",
        "Words put in quotation marks: someone else's words reported as they were said or written. "
        "Check who is quoted and whether the quote is attributed at all; a quote without a speaker "
        "borrows authority it has not earned.",
        "“We will not retreat,” the commander said.",
    ),
    ("quotes", "scare_quote"): Explanation(
        "Scare quote",
        "A short phrase put in quotation marks not to report anyone's words but to distance the writer "
        "from them and to signal doubt or irony, often after “so-called”. It tells the reader what to "
        "think of a group or an idea without arguing the point.",
        "the so-called “moderate opposition”",
    ),
    ("quotes", "mention"): Explanation(
        "Mention",
        "A word or phrase in quotation marks because it is being talked about, not used: a reader "
        "asking what a word means, or a term being discussed. Neither a quotation nor a scare quote.",
        "What does “ingore” mean?",
    ),
    ("sources", "named"): Explanation(
        "Named source",
        "A claim attributed to a source the reader can identify and check: a person, an institution, a "
        "ministry (“according to the Defense Ministry”, “Lavrov said”). Named sources can still be "
        "partisan; ask whose interest they serve.",
        "according to the Russian Defense Ministry",
    ),
    ("sources", "unnamed"): Explanation(
        "Unnamed source",
        "A claim attributed to someone the reader cannot identify or check: “local sources”, “experts "
        "say”, “reportedly”. Sometimes needed to protect a source, often a way to present rumour or the "
        "writer's own view as fact.",
        "according to local sources",
    ),
    ("sources", "outlet"): Explanation(
        "Cited outlet",
        "A news outlet or agency the page cites or copies from (TASS, Reuters, RT...). Knowing whose "
        "reporting a page relays tells you whose framing it inherits.",
        "From TASS http://tass.com/...",
    ),
    ("links", "url"): Explanation(
        "Link",
        "A web address in the text. Links show where a page gets its material; the report shows them "
        "as text and never fetches them.",
        "http://tass.com/politics/123",
    ),
    ("misspellings", "misspelling"): Explanation(
        "Misspelling",
        "A word that is probably misspelt, with the likely intended word. A high misspelling rate "
        "(misspellings per 1,000 words) suggests a hastily written, machine-translated or unedited page; "
        "professional news copy has close to none.",
        "“Ingore” for “Ignore”",
    ),
    ("sentences", "sentence"): Explanation("Sentence", "One sentence of the text, as slant split it."),
}

_GENERIC_LAYER = (
    "Spans labelled {label!r} in the layer {layer!r}, added by an annotator slant does not describe; "
    "see that annotator's documentation."
)


def _pretty(name: str) -> str:
    """``"Appeal_to_fear-prejudice"`` -> ``"Appeal to fear-prejudice"``."""
    words = name.replace("_", " ").strip()
    return words[:1].upper() + words[1:] if words else name


@functools.cache
def _external(module_name: str, attribute: str) -> Mapping[str, Any]:
    """Load a mapping of label -> info object from another slant module, or an empty one.

    Looked up with find_spec first: the module is optional for the report, and a missing one is
    not an error; a broken one is logged, and the report falls back to bare label names.
    """
    try:
        if importlib.util.find_spec(module_name) is None:
            return {}
        table = getattr(importlib.import_module(module_name), attribute, None)
    except Exception as error:  # an optional explanation table must never break a report
        logger.warning("label explanations from %s are unavailable: %s", module_name, error)
        return {}
    return table if isinstance(table, Mapping) else {}


def _from_info(info: Any, label: str) -> Explanation:
    return Explanation(
        title=str(getattr(info, "title", "") or _pretty(label)),
        definition=str(getattr(info, "definition", "") or ""),
        example=str(getattr(info, "example", "") or ""),
    )


def explain(layer: str, label: str) -> Explanation:
    """Return the explanation of ``label`` in ``layer``; never fails, whatever the layer.

    Args:
        layer: a span layer's name (``"techniques"``, ``"quotes"``...).
        label: a span label in that layer (``"Loaded_Language"``, ``"scare_quote"``...).
    """
    if layer == "techniques":
        info = _external("slant.techniques._explain", "TECHNIQUE_INFO").get(label)
        if info is not None:
            return _from_info(info, label)
        return Explanation(
            _pretty(label), f"Spans where the propaganda technique {_pretty(label)} was found."
        )
    if layer == "toxicity":
        info = _external("slant.toxicity._labels", "LABEL_INFO").get(label)
        if info is not None:
            return _from_info(info, label)
        return Explanation(
            _pretty(label), f"Words that make a comment score high for {_pretty(label).lower()}."
        )
    built_in = _BUILT_IN.get((layer, label))
    if built_in is not None:
        return built_in
    return Explanation(_pretty(label), _GENERIC_LAYER.format(label=label, layer=layer))


def layer_title(layer: str) -> str:
    """A human name for a span layer (``"sources"`` -> ``"Sources"``)."""
    return LAYER_TITLES.get(layer, _pretty(layer))


def score_title(name: str, key: str) -> str:
    """A human name for one entry of a score map (``("toxicity", "identity_attack")`` -> ``"Identity attack"``)."""
    if name == "toxicity":
        info = _external("slant.toxicity._labels", "LABEL_INFO").get(key)
        if info is not None:
            return str(getattr(info, "title", "") or _pretty(key))
    if name == "techniques":
        info = _external("slant.techniques._explain", "TECHNIQUE_INFO").get(key)
        if info is not None:
            return str(getattr(info, "title", "") or _pretty(key))
    return _pretty(key)


def page_measures() -> Mapping[str, str]:
    """Explanations of the page-level figures a report shows (words, language, misspelling rate)."""
    return {
        "language": "The language of the text as slant detected it (ISO 639-1 code); “und” means too "
        "short or too mixed to tell.",
        "misspelling_rate": "Misspellings per 1,000 words. Edited news copy is near 0; machine-translated, "
        "hastily written or deliberately obfuscated text scores higher. Only English is spell-checked.",
        "words": "Words of the article body, without the title and the comments.",
        "scores": "Scores are model probabilities between 0 and 1 (bars); 0.5 and above means the model "
        "leans towards the label. Models err: read the words marked before you judge a comment.",
    }
