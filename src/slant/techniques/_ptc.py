"""SemEval-2020 Task 11 submissions and scoring: the library side of ``slant techniques`` and ``slant eval ptc``."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Literal

from slant._errors import InputError
from slant.techniques._annotator import Quality, TechniqueModel
from slant.techniques._cascade import CascadeClassifier
from slant.techniques._data import LabelledSpan, read_articles, read_tc_labels
from slant.techniques._explain import TECHNIQUES
from slant.techniques._model import TechniqueClassifier
from slant.techniques._scoring import score_si, score_tc

__all__ = ["evaluate_ptc", "predict_si", "predict_tc", "read_gold"]


def predict_si(
    model: TechniqueModel, articles: Mapping[str, str], *, quality: Quality = "fast"
) -> list[tuple[str, int, int]]:
    """``(article_id, start, end)`` for every propaganda span the model finds, article by article.

    ``quality="best"`` finds them with the fine-tuned tagger (:data:`~slant.techniques._annotator.QUALITIES`).
    """
    return [
        (aid, s, e) for aid, text in articles.items() for s, e, _ in model.find_spans(text, quality=quality)
    ]


def predict_tc(
    classifier: TechniqueClassifier | CascadeClassifier,
    articles: Mapping[str, str],
    template: Sequence[LabelledSpan],
) -> list[tuple[str, str, int, int]]:
    """One technique per template line, in the template's order.

    When the template has the same span on several lines (a span with several gold techniques), the
    lines get the model's best, second-best, ... techniques, since the scorer matches them in the best
    order and repeating one label could score only once.

    Raises:
        InputError: a template line names an article that is not in ``articles``, or lies outside it.
    """
    for line in template:
        if line.article_id not in articles:
            raise InputError(
                f"the template names article {line.article_id}, but article{line.article_id}.txt is not in the folder"
            )
        if line.end > len(articles[line.article_id]):
            raise InputError(
                f"template span [{line.start}, {line.end}) lies outside article{line.article_id}.txt "
                f"({len(articles[line.article_id])} characters)"
            )
    items = [(articles[t.article_id], t.start, t.end) for t in template]
    proba = classifier.decision_function(items, contexts=[articles[t.article_id] for t in template])
    classes = classifier.classes_
    seen: dict[tuple[str, int, int], int] = {}
    out = []
    for row, line in enumerate(template):
        key = (line.article_id, line.start, line.end)
        rank = seen.get(key, 0)
        seen[key] = rank + 1
        order = proba[row].argsort()[::-1]
        out.append((line.article_id, classes[order[min(rank, len(order) - 1)]], line.start, line.end))
    return out


def read_gold(file: str | Path) -> list[LabelledSpan]:
    """Read gold labels: a TC file (4 columns) or an SI file (3 columns, techniques ``"?"``)."""
    path = Path(file)
    first = ""
    if path.is_file():
        with path.open(encoding="utf-8") as handle:
            first = next((line for line in handle if line.strip()), "")
    if first.count("\t") == 2:
        from slant.techniques._data import read_si_labels

        return read_si_labels(path)
    return read_tc_labels(path)


def evaluate_ptc(
    model: TechniqueModel,
    articles_dir: str | Path,
    gold_file: str | Path,
    *,
    task: Literal["si", "tc"],
    quality: Quality = "fast",
) -> dict[str, object]:
    """Score ``model`` on a folder of PTC articles against gold labels, under the official rules.

    ``quality`` chooses how SI finds spans (TC names gold spans, the same in both qualities).
    """
    articles = read_articles(articles_dir)
    gold = read_gold(gold_file)
    if task == "si":
        wanted = {g.article_id for g in gold} | set(articles)
        predicted = [p for p in predict_si(model, articles, quality=quality) if p[0] in wanted]
        result: dict[str, object] = {
            "task": "si",
            **score_si(predicted, [(g.article_id, g.start, g.end) for g in gold]),
        }
    else:
        if any(g.technique == "?" for g in gold):
            raise InputError(
                "TC scoring needs gold techniques; give a TC labels file (ID, technique, start, end)"
            )
        predicted_tc = predict_tc(model.classifier, articles, gold)
        scores = score_tc(
            predicted_tc, [(g.article_id, g.technique, g.start, g.end) for g in gold], techniques=TECHNIQUES
        )
        result = {"task": "tc", **scores}
    result["articles"] = len(articles)
    if task == "si":
        result["quality"] = quality
    return result
