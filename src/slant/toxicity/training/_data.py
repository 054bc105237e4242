"""Loading the toxicity data sets of ``../shared/data/toxicity`` and mapping them to the seven labels.

Licence tiers (the data README): the model is trained only on ``toxic_spans`` (CC0), ``davidson2017``
(MIT), ``hatexplain`` (MIT), ``olid`` and ``profanity_lexicons``; ``kaggle_insults`` and
``unhealthy_conversations`` are read for evaluation only (:func:`load_evaluation_sets`).

Every example gets a split from a hash of its data set, its id and a seed, fixed before any tuning:
80 % train, 10 % validation (calibration, thresholds, choices), 10 % test (reported, never tuned on).
The Civil Comments that make up the SemEval-2021 span test set are always in the test split, so
span F1 is measured on comments the model never saw.

Label mapping (NaN = the data set says nothing, and that head skips the example):

==================  ==========================================================================
data set            labels
==================  ==========================================================================
toxic_spans         all toxic (pre-selected by Civil Comments raters); insult if >= 1/2 of the
                    raters marked an Insult span; threat, identity_attack, obscene if >= 1/3 marked
                    one of that type; its sentences that no rater marked and no rule flags are
                    added as civil examples (news-comment text that is not toxic)
davidson2017        hate speech -> toxic + identity attack; offensive -> toxic; neither -> clean
hatexplain          hate speech -> toxic + identity attack; offensive -> toxic; normal -> clean
olid                OFF -> toxic; targeted (TIN) -> insult, untargeted -> not insult; NOT -> clean
every toxic text    threat and dehumanization from the rules of :mod:`._weak` where no gold exists;
                    obscene from the swear-word list; severe_toxicity = threat, dehumanization, or an
                    identity attack / insult together with obscenity
==================  ==========================================================================
"""

from __future__ import annotations

import csv
import hashlib
import html
import json
import logging
import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from slant._errors import InputError, MissingInputError
from slant.toxicity._labels import LABELS
from slant.toxicity._normalize import Normalizer
from slant.toxicity._units import split_units
from slant.toxicity._weak import is_dehumanizing, is_obscene, is_violent_call

__all__ = [
    "TRAIN_SETS",
    "EvalExample",
    "Example",
    "SpanExample",
    "data_digest",
    "load_evaluation_sets",
    "load_lexicon",
    "load_span_split",
    "load_span_test",
    "load_training_sets",
    "split_of",
]

logger = logging.getLogger(__name__)

#: The data sets a shipped model may be trained on (the README's train-and-ship tier).
TRAIN_SETS: tuple[str, ...] = ("toxic_spans", "davidson2017", "hatexplain", "olid")
NAN = math.nan
_I = {label: i for i, label in enumerate(LABELS)}

csv.field_size_limit(10_000_000)


@dataclass(frozen=True, slots=True)
class Example:
    """One labelled text.

    Attributes:
        text: the text as the data set gives it (tweets lightly cleaned of handles and links).
        labels: one target per label of :data:`LABELS`, 0/1 or NaN when unknown.
        dataset: where it comes from (``"toxic_spans_civil"`` for civil sentences of Civil Comments).
        key: its id in that data set.
        split: ``"train"``, ``"val"`` or ``"test"``.
    """

    text: str
    labels: tuple[float, ...]
    dataset: str
    key: str
    split: str


@dataclass(frozen=True, slots=True)
class EvalExample:
    """One text of an evaluate-only set, with that set's own binary judgements."""

    text: str
    judgements: dict[str, int]


@dataclass(frozen=True, slots=True)
class SpanExample:
    """A SemEval-2021 toxic-spans test comment with its gold character offsets."""

    text: str
    gold: frozenset[int]


def split_of(dataset: str, key: str, *, seed: int = 13) -> str:
    """The split of one example, from a hash of ``seed``, ``dataset`` and ``key`` (80/10/10)."""
    digest = hashlib.sha256(f"{seed}:{dataset}:{key}".encode()).digest()
    fraction = int.from_bytes(digest[:8], "big") / 2**64
    return "train" if fraction < 0.8 else "val" if fraction < 0.9 else "test"


def _need(path: Path) -> Path:
    if not path.exists():
        raise MissingInputError(
            f"toxicity data file {path} does not exist; pass --data pointing at the shared toxicity folder"
        )
    return path


_MENTION = re.compile(r"(?:\bRT\s+)?@\w+:?|<user>|<number>|<url>|https?://\S+|\bURL\b|&#\d+;?")


def clean_tweet(text: str) -> str:
    """Drop the artefacts of tweets (handles, links, retweet marks, entities) the model must not learn."""
    text = _MENTION.sub(" ", html.unescape(text))
    return re.sub(r"\s+", " ", text).strip()


def load_lexicon(root: Path) -> list[str]:
    """Canonical swear words and slurs from the profanity lexicons, most severe first, single words only."""
    words: dict[str, float] = {}
    with _need(root / "profanity_lexicons" / "surge_ai" / "profanity_en.csv").open(
        encoding="utf-8"
    ) as handle:
        for row in csv.DictReader(handle):
            severity = float(row.get("severity_rating") or 1)
            for key in ("canonical_form_1", "canonical_form_2", "canonical_form_3", "text"):
                word = (row.get(key) or "").strip().lower()
                if word.isalpha() and len(word) >= 3:
                    words[word] = max(words.get(word, 0.0), severity)
    ldnoobw = root / "profanity_lexicons" / "ldnoobw" / "en"
    if ldnoobw.is_file():
        for line in ldnoobw.read_text(encoding="utf-8").splitlines():
            word = line.strip().lower()
            if word.isalpha() and len(word) >= 3:
                words.setdefault(word, 1.0)
    return sorted(words, key=lambda w: (-words[w], len(w), w))


def _vector(**known: float) -> list[float]:
    out = [NAN] * len(LABELS)
    for label, value in known.items():
        out[_I[label]] = value
    return out


def _complete(labels: list[float], normalizer: Normalizer, text: str) -> tuple[float, ...]:
    """Fill what the data set leaves open with the weak rules of :mod:`._weak` (see the module docstring)."""
    normalized = normalizer(text)
    flat = normalized.text
    obscene = 1.0 if is_obscene(normalized.tokens) else 0.0
    out = list(labels)
    if out[_I["toxicity"]] == 0.0:
        return tuple(0.0 if label != "obscene" else obscene for label in LABELS)
    if math.isnan(out[_I["threat"]]):
        out[_I["threat"]] = 1.0 if is_violent_call(flat) else 0.0
    out[_I["dehumanization"]] = 1.0 if is_dehumanizing(flat) else 0.0
    given_obscene = out[_I["obscene"]]
    out[_I["obscene"]] = max(obscene, 0.0 if math.isnan(given_obscene) else given_obscene)

    def yes(label: str) -> bool:
        return out[_I[label]] == 1.0

    severe = (
        yes("threat")
        or yes("dehumanization")
        or ((yes("identity_attack") or yes("insult")) and yes("obscene"))
    )
    out[_I["severe_toxicity"]] = 1.0 if severe else 0.0
    return tuple(out)


def _toxic_spans(root: Path, normalizer: Normalizer, seed: int) -> Iterator[Example]:
    folder = root / "toxic_spans"
    with _need(folder / "data" / "comments.csv").open(encoding="utf-8") as handle:
        comments = {row["comment_id"]: row["comment_text"] for row in csv.DictReader(handle)}
    raters: Counter[str] = Counter()
    annotation_comment: dict[str, str] = {}
    with _need(folder / "data" / "annotations.csv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            raters[row["comment_id"]] += 1
            annotation_comment[row["annotation"]] = row["comment_id"]
    marked: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    spans: dict[str, list[tuple[int, int]]] = defaultdict(list)
    typed: dict[str, list[tuple[str, str | None, int, int]]] = defaultdict(list)
    with _need(folder / "data" / "spans.csv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            comment = annotation_comment.get(row["annotation"])
            if comment is None:
                continue
            kind = _SPAN_TYPES.get(row["type"][:4])
            if kind is not None:
                marked[comment][kind].add(row["annotation"])
            spans[comment].append((int(row["start"]), int(row["end"])))
            typed[comment].append((row["annotation"], kind, int(row["start"]), int(row["end"])))
    test_texts = {example.text for example in load_span_test(root)}
    for comment_id, text in comments.items():
        split = "test" if text in test_texts else split_of("toxic_spans", comment_id, seed=seed)
        n = max(raters[comment_id], 1)

        def share(kind: str, cid: str = comment_id, n: int = n) -> float:
            return len(marked[cid][kind]) / n

        labels = _vector(
            toxicity=1.0,
            insult=1.0 if share("insult") >= 0.5 else 0.0,
            threat=1.0 if share("threat") >= 1 / 3 else 0.0,
            identity_attack=1.0 if share("identity_attack") >= 1 / 3 else 0.0,
            obscene=1.0 if share("obscene") >= 1 / 3 else 0.0,
        )
        yield Example(text, _complete(labels, normalizer, text), "toxic_spans", comment_id, split)
        for index, sentence in enumerate(_civil_sentences(text, spans[comment_id], normalizer)):
            yield Example(
                sentence,
                _complete(_vector(toxicity=0.0), normalizer, sentence),
                "toxic_spans_civil",
                f"{comment_id}/{index}",
                split,
            )
        for index, (unit, unit_labels) in enumerate(_unit_examples(text, typed[comment_id], n, normalizer)):
            yield Example(unit, unit_labels, "toxic_spans_units", f"{comment_id}/{index}", split)


_SPAN_TYPES = {"Insu": "insult", "Thre": "threat", "Iden": "identity_attack", "Prof": "obscene"}
_SENTENCE = re.compile(r"[^.!?\n]+(?:[.!?]+|$)")


def _unit_examples(
    text: str, marks: list[tuple[str, str | None, int, int]], n_raters: int, normalizer: Normalizer
) -> Iterator[tuple[str, tuple[float, ...]]]:
    """The comment's units (as the model scores them at run time), labelled from the raters' spans.

    A unit is toxic when at least half of the raters marked a span in it, civil when none did and
    no rule flags it; units in between are left out as ambiguous. Subtypes come from the types of
    the spans in the unit, with the same shares as for whole comments.
    """
    for start, end in split_units(text):
        inside = [(a, kind) for a, kind, s, e in marks if s < end and e > start]
        share = len({a for a, _ in inside}) / n_raters
        unit = text[start:end]
        if share >= 0.5:

            def kind_share(kind: str, inside: list[tuple[str, str | None]] = inside) -> float:
                return len({a for a, k in inside if k == kind}) / n_raters

            labels = _vector(
                toxicity=1.0,
                insult=1.0 if kind_share("insult") >= 0.5 else 0.0,
                threat=1.0 if kind_share("threat") >= 1 / 3 else 0.0,
                identity_attack=1.0 if kind_share("identity_attack") >= 1 / 3 else 0.0,
                obscene=1.0 if kind_share("obscene") >= 1 / 3 else 0.0,
            )
            yield unit, _complete(labels, normalizer, unit)
        elif share == 0 and len(unit.split()) >= 4:
            normalized = normalizer(unit)
            if not (
                is_obscene(normalized.tokens)
                or is_violent_call(normalized.text)
                or is_dehumanizing(normalized.text)
            ):
                yield unit, _complete(_vector(toxicity=0.0), normalizer, unit)


def _civil_sentences(text: str, spans: list[tuple[int, int]], normalizer: Normalizer) -> Iterator[str]:
    """Runs of consecutive sentences of a toxic comment that no rater marked and no rule flags.

    Whole runs rather than single sentences, so civil examples are as long as real comments and
    the model cannot learn "long means toxic" from the length of the toxic comments.
    """
    run: list[tuple[int, int]] = []
    for match in _SENTENCE.finditer(text):
        start, end = match.span()
        sentence = match.group().strip()
        normalized = normalizer(sentence)
        clean = not any(s < end and e > start for s, e in spans) and not (
            is_obscene(normalized.tokens)
            or is_violent_call(normalized.text)
            or is_dehumanizing(normalized.text)
        )
        if clean and sentence:
            run.append((start, end))
            continue
        yield from _civil_run(text, run)
        run = []
    yield from _civil_run(text, run)


def _civil_run(text: str, run: list[tuple[int, int]]) -> Iterator[str]:
    if run:
        chunk = text[run[0][0] : run[-1][1]].strip()
        if len(chunk.split()) >= 6:
            yield chunk


def _davidson(root: Path, normalizer: Normalizer, seed: int) -> Iterator[Example]:
    with _need(root / "davidson2017" / "labeled_data.csv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            text = clean_tweet(row["tweet"])
            if not text:
                continue
            kind = row["class"]
            if kind == "0":
                labels = _vector(toxicity=1.0, identity_attack=1.0)
            elif kind == "1":
                labels = _vector(toxicity=1.0, identity_attack=0.0)
            else:
                labels = _vector(toxicity=0.0)
            key = row[""]
            yield Example(
                text,
                _complete(labels, normalizer, text),
                "davidson2017",
                key,
                split_of("davidson2017", key, seed=seed),
            )


def _hatexplain(root: Path, normalizer: Normalizer, seed: int) -> Iterator[Example]:
    with _need(root / "hatexplain" / "092-HateXplain.csv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            text = clean_tweet(row["text"])
            if not text:
                continue
            category = row["category"]
            if category == "1":
                labels = _vector(toxicity=1.0, identity_attack=1.0)
            elif category == "2":
                labels = _vector(toxicity=1.0, identity_attack=0.0)
            elif category == "0":
                labels = _vector(toxicity=0.0)
            else:
                continue
            key = row[""] or row["id"]
            yield Example(
                text,
                _complete(labels, normalizer, text),
                "hatexplain",
                key,
                split_of("hatexplain", key, seed=seed),
            )


def _olid(root: Path, normalizer: Normalizer, seed: int) -> Iterator[Example]:
    with _need(root / "olid" / "olid-training-v1.0.tsv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
            text = clean_tweet(row["tweet"])
            if not text:
                continue
            if row["subtask_a"] == "OFF":
                labels = _vector(toxicity=1.0, insult=1.0 if row["subtask_b"] == "TIN" else 0.0)
            else:
                labels = _vector(toxicity=0.0)
            key = row["id"]
            yield Example(
                text, _complete(labels, normalizer, text), "olid", key, split_of("olid", key, seed=seed)
            )


_LOADERS = {"toxic_spans": _toxic_spans, "davidson2017": _davidson, "hatexplain": _hatexplain, "olid": _olid}


def load_training_sets(
    root: str | Path, *, normalizer: Normalizer, seed: int = 13, datasets: tuple[str, ...] = TRAIN_SETS
) -> list[Example]:
    """Every example of the train-and-ship data sets, labelled and split.

    Args:
        root: the toxicity data folder (``../shared/data/toxicity``).
        normalizer: used by the weak rules (which read de-obfuscated text).
        seed: the split seed.
        datasets: which of :data:`TRAIN_SETS` to load.

    Raises:
        MissingInputError: the folder or one of its files is missing.
        InputError: a data set outside the train-and-ship tier is named.
    """
    folder = Path(root)
    if not folder.is_dir():
        raise MissingInputError(
            f"toxicity data folder {folder} does not exist; pass --data ../shared/data/toxicity"
        )
    examples: list[Example] = []
    for name in datasets:
        if name not in _LOADERS:
            raise InputError(
                f"{name!r} is not in the train-and-ship tier; choose from {', '.join(TRAIN_SETS)}"
            )
        before = len(examples)
        examples.extend(_LOADERS[name](folder, normalizer, seed))
        logger.info("loaded %d examples from %s", len(examples) - before, name)
    return examples


_DATA_FILES = (
    "toxic_spans/data/comments.csv",
    "toxic_spans/data/annotations.csv",
    "toxic_spans/data/spans.csv",
    "toxic_spans/SemEval2021/tsd_test.csv",
    "davidson2017/labeled_data.csv",
    "hatexplain/092-HateXplain.csv",
    "olid/olid-training-v1.0.tsv",
    "profanity_lexicons/surge_ai/profanity_en.csv",
    "profanity_lexicons/ldnoobw/en",
)


def data_digest(root: str | Path) -> str:
    """SHA-256 over the train-and-ship files, so a quality gate knows it measures the same data."""
    digest = hashlib.sha256()
    for name in _DATA_FILES:
        path = Path(root) / name
        digest.update(name.encode())
        digest.update(path.read_bytes() if path.is_file() else b"<absent>")
    return digest.hexdigest()


def load_span_split(root: str | Path, *, split: str, seed: int = 13) -> list[SpanExample]:
    """SemEval-2021 train and trial comments that fall in one split of ours, with their gold offsets.

    Used to tune the span threshold on the validation split: same gold as the SemEval test set,
    on comments the model was not trained on (the test set itself stays untouched).
    """
    folder = Path(root) / "toxic_spans"
    with _need(folder / "data" / "comments.csv").open(encoding="utf-8") as handle:
        ids = {row["comment_text"]: row["comment_id"] for row in csv.DictReader(handle)}
    out: list[SpanExample] = []
    for name in ("tsd_train.csv", "tsd_trial.csv"):
        path = folder / "SemEval2021" / name
        if not path.is_file():
            continue
        with path.open(encoding="utf-8") as handle:
            for row in csv.DictReader(handle):
                comment_id = ids.get(row["text"])
                if comment_id is not None and split_of("toxic_spans", comment_id, seed=seed) == split:
                    out.append(SpanExample(row["text"], frozenset(json.loads(row["spans"]))))
    return out


def load_span_test(root: str | Path) -> list[SpanExample]:
    """The SemEval-2021 toxic spans test comments with gold character offsets (empty if absent)."""
    path = Path(root) / "toxic_spans" / "SemEval2021" / "tsd_test.csv"
    if not path.is_file():
        return []
    with path.open(encoding="utf-8") as handle:
        return [
            SpanExample(row["text"], frozenset(json.loads(row["spans"]))) for row in csv.DictReader(handle)
        ]


_ESCAPE = re.compile(r"\\x([0-9a-fA-F]{2})|\\u([0-9a-fA-F]{4})|\\n|\\r|\\t|\\(['\"\\])")


def _kaggle_unescape(text: str) -> str:
    """Kaggle's insult comments are quoted and backslash-escaped ("\\xa0", "\\n", "\\'")."""
    text = text.strip()
    if len(text) >= 2 and text[0] == text[-1] == '"':
        text = text[1:-1]

    def replace(match: re.Match[str]) -> str:
        if match.group(1):
            return chr(int(match.group(1), 16))
        if match.group(2):
            return chr(int(match.group(2), 16))
        if match.group(3):
            return match.group(3)
        return " "

    return _ESCAPE.sub(replace, text)


def load_evaluation_sets(root: str | Path) -> dict[str, list[EvalExample]]:
    """The evaluate-only sets that are present: ``kaggle_insults`` and ``unhealthy_conversations``.

    Never train on these: their licences (competition terms; CC BY-NC-SA) do not allow shipping a
    model learnt from them.
    """
    folder = Path(root)
    out: dict[str, list[EvalExample]] = {}
    kaggle = folder / "kaggle_insults" / "train.csv"
    if kaggle.is_file():
        with kaggle.open(encoding="utf-8") as handle:
            out["kaggle_insults"] = [
                EvalExample(_kaggle_unescape(row["Comment"]), {"insult": int(row["Insult"])})
                for row in csv.DictReader(handle)
            ]
    unhealthy = folder / "unhealthy_conversations" / "val.csv"
    if unhealthy.is_file():
        with unhealthy.open(encoding="utf-8") as handle:
            out["unhealthy_conversations"] = [
                EvalExample(
                    row["comment"],
                    {
                        "unhealthy": 1 - int(row["healthy"]),
                        "hostile": int(row["hostile"]),
                        "antagonize": int(row["antagonize"]),
                    },
                )
                for row in csv.DictReader(handle)
            ]
    return out
