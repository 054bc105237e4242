"""What each span layer and label means, in words a reader of a report can use.

The words, colours and thresholds live in one table, :mod:`slant._labels`, which the web page and the
corpus dashboard read too; this module gives the reports their view of it.
"""

from __future__ import annotations

from collections.abc import Mapping

from slant._labels import LAYER_TITLES, LabelSpec, label_spec, layer_title, pretty, toxic_threshold

__all__ = ["LAYER_TITLES", "explain", "layer_title", "page_measures", "score_title"]


def explain(layer: str, label: str) -> LabelSpec:
    """Return the table's entry for ``label`` in ``layer`` (title, definition, example...); never fails."""
    return label_spec(layer, label)


def score_title(name: str, key: str) -> str:
    """A human name for one entry of a score map (``("toxicity", "identity_attack")`` -> ``"Identity attack"``)."""
    if name in {"toxicity", "techniques"}:
        return label_spec(name, key).title
    return pretty(key)


def page_measures() -> Mapping[str, str]:
    """Explanations of the page-level figures a report shows (words, language, misspelling rate)."""
    return {
        "language": "The language of the text as slant detected it (ISO 639-1 code); “und” means too "
        "short or too mixed to tell.",
        "misspelling_rate": "Misspellings per 1,000 words of the title and article. Edited news copy is near "
        "0; machine-translated, hastily written or deliberately obfuscated text scores higher. Only English "
        "is spell-checked.",
        "words": "Words of the article body, without the title and the comments.",
        "article": "Counted in the article (its title and body), not in the comments.",
        "page": "Counted on the whole page: the title, the article and the comments.",
        "scores": "Scores are model probabilities between 0 and 1 (bars). A comment counts as toxic when its "
        f"toxicity score reaches the model's tuned threshold ({toxic_threshold():.2f}); each label has its "
        "own. Models err: read the words marked before you judge a comment.",
    }
