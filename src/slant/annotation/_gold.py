"""A team's corrected technique spans as evaluation gold and as extra training data (issue 16)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Literal

from slant._errors import InputError
from slant.annotation._tasks import Task
from slant.techniques._annotator import TechniqueModel
from slant.techniques._data import LabelledSpan, PtcSplit
from slant.techniques._explain import TECHNIQUES
from slant.techniques._ptc import predict_si, predict_tc
from slant.techniques._scoring import score_si, score_tc

__all__ = ["evaluate_gold", "gold_split"]


def _check_techniques(tasks: Sequence[Task]) -> None:
    for task in tasks:
        for span in task.spans:
            if span.label not in TECHNIQUES:
                where = span.attrs.get("where", task.id)
                raise InputError(
                    f"{where}: label {span.label!r} is not one of the 14 techniques",
                    hint=f"the techniques are: {', '.join(TECHNIQUES)}",
                )


def gold_split(tasks: Sequence[Task], *, prefix: str = "") -> PtcSplit:
    """The tasks as a PTC split: texts by id (``prefix`` + task id) and their technique spans.

    Raises:
        InputError: a span's label is not a technique (the message names where it was read).
    """
    _check_techniques(tasks)
    articles = {prefix + task.id: task.text for task in tasks}
    if len(articles) != len(tasks):
        raise InputError("two corrected texts have the same id; the gold cannot tell them apart")
    spans = tuple(LabelledSpan(prefix + t.id, s.label, s.start, s.end) for t in tasks for s in t.spans)
    return PtcSplit(articles=articles, spans=spans)


def evaluate_gold(
    model: TechniqueModel, tasks: Sequence[Task], *, task: Literal["si", "tc", "both"] = "both"
) -> dict[str, Any]:
    """Score ``model`` on corrected technique spans, under SemEval-2020 Task 11's rules.

    SI: the model finds spans in every text (texts without gold spans count: what it finds there is
    wrong); TC: the model names the technique of each gold span.

    Raises:
        InputError: a span's label is not a technique.
    """
    split = gold_split(tasks)
    result: dict[str, Any] = {"texts": len(split.articles), "gold_spans": len(split.spans)}
    if task in ("si", "both"):
        result["si"] = score_si(
            predict_si(model, split.articles), [(g.article_id, g.start, g.end) for g in split.spans]
        )
    if task in ("tc", "both") and split.spans:
        predicted = predict_tc(model.classifier, split.articles, split.spans)
        result["tc"] = score_tc(
            predicted,
            [(g.article_id, g.technique, g.start, g.end) for g in split.spans],
            techniques=TECHNIQUES,
        )
    return result
