"""The default toxicity model: the n-gram model stacked with a sentence encoder that reads meaning (issue 17).

A bag of n-grams learns which strings go with abuse, so it flags "Roma are not animals" and a
comment quoting an insult to condemn it. A sentence encoder (multilingual USE v3, see
:mod:`slant.toxicity._encoder`) places a comment by what it says, and does so in 16 languages.
The two are combined per label:

1. **Level one**, trained on the training split: the n-gram model (:class:`ToxicityModel`, kept for
   obfuscation, profanity and the spans that explain a score) and one head per label over the
   encoder's embedding: a logistic regression, or (``hidden`` > 0, issue 17's fourth round) a
   network with one hidden layer of ``hidden`` rectified units; with ``n_seeds`` > 1, the mean
   logit of that many such networks, each fitted from its own seed (issue 17's fifth round: one
   network's figures hang on its seed, see :meth:`StackedToxicityModel.head_seeds`). Stance (counter-speech, negated
   or quoted abuse against the same abuse said in earnest) is in the embedding: a linear probe
   fitted on the stance training templates alone separates it on other sentences. A logistic head
   fitted on all the training texts (1 % of them stance templates) has one direction, and spends
   it on what the bulk of the data rewards, the abusive words; a hidden layer has room for both
   (docs/bench-toxicity.md, issue 17, fourth round).
2. **Level two**, fitted on the held-in validation split (data neither level-one model was trained
   on): per label, a logistic regression over the two level-one logits. It is both the stacker
   and the calibration, so the score is a probability; each label's threshold is chosen on the
   same split (best F1).
3. **Cascade.** The encoder costs about 2 ms CPU a comment, the n-gram model 0.13 ms. A comment whose
   n-gram toxicity probability is under ``unsure_below`` keeps its n-gram probabilities (calibrated
   on the same validation split) and is not encoded. ``unsure_below`` is chosen by training on
   validation, among the cuts cheap enough for issue 17's speed floor, for the least ROC-AUC lost
   (``slant.toxicity.training._train.pick_cascade_cut``); outside that domain the loss is larger
   (docs/bench-toxicity.md), the price of speed.
4. **Other languages.** The n-gram model was trained on English only. A text mostly in another
   script than Latin (Cyrillic: Russian, Ukrainian, Bulgarian...) or with more function words of
   another European language than of English (:func:`reads_ngrams`) is scored by the encoder's
   heads alone, with their own calibration on the (English) validation split, and never skipped.
"""

from __future__ import annotations

import logging
import re
import unicodedata
import warnings
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from slant import _models
from slant._errors import DependencyError, ModelError
from slant._params import Estimator
from slant.toxicity._encoder import (
    ENCODER_DIM,
    ENCODER_DISTRIBUTION,
    ENCODER_VERSION,
    SentenceEncoder,
    shared_encoder,
)
from slant.toxicity._folder import CONFIG_FILE, read_card, read_config, write_texts
from slant.toxicity._labels import LABELS
from slant.toxicity._model import TokenContributions, ToxicityModel, best_f1_threshold
from slant.toxicity._normalize import Normalizer
from slant.toxicity._units import split_units

__all__ = [
    "HALF_PRECISION_TENSORS",
    "NGRAM_FOLDER",
    "STACKED_CLASS_TAG",
    "StackedToxicityModel",
    "as_stored",
    "reads_ngrams",
    "repaired",
]

logger = logging.getLogger(__name__)

#: Written into config.json; :meth:`StackedToxicityModel.load` refuses other kinds of model.
STACKED_CLASS_TAG = "slant.toxicity.StackedToxicityModel"
#: The n-gram model lives in this subfolder of a stacked model's folder (``slant toxicity --fast`` runs it alone).
NGRAM_FOLDER = "ngram"
_WEIGHTS_FILE = "stack.safetensors"
_TOXICITY = LABELS.index("toxicity")
#: Units whose hidden layers are computed at once: bounds the layer's memory (1,024 units of seven
#: 640-unit heads: 18 MB of float32) whatever the number of texts scored together.
_HEAD_BLOCK = 1024

#: The heads' weight matrices, stored as float16 (issue 17, session 13): they are 99.8 % of the file,
#: which halves (9.2 to 4.6 MB). The vectors (biases, stacking, calibration, thresholds) stay float32:
#: they are a few kilobytes, and the calibration and the thresholds are what decisions hang on.
#: Computing stays float32 (float16 products are slow on CPUs and lose more); the loader upcasts
#: once, and reads float32 files written before this as they are. The rounding also makes the heads
#: faster: Adam's decay left 21,459 float32 weights of the five-seed heads subnormal, and each product
#: with one costs the CPU a microcode assist (the heads' product took 20 times as long); float16 has
#: no float32-subnormal values, so what it keeps is a normal float32 or zero.
HALF_PRECISION_TENSORS = ("embedding_hidden", "embedding_coef")

Floats = npt.NDArray[np.float64]


def as_stored(weights: npt.ArrayLike) -> npt.NDArray[np.float32]:
    """``weights`` rounded to the float16 values the weight file keeps, as float32 for computing.

    Raises:
        ValueError: a weight is beyond float16's range (65,504), where it would be stored as infinity.
    """
    with np.errstate(over="ignore"):  # an overflow is reported below, as this function's error
        half = np.asarray(weights, dtype=np.float32).astype(np.float16)
    if not np.isfinite(half).all():
        raise ValueError("a head weight is beyond float16's range (65,504); it cannot be stored")
    return half.astype(np.float32)


def _sigmoid(z: Floats) -> Floats:
    out: Floats = 1.0 / (1.0 + np.exp(-np.clip(z, -35.0, 35.0)))
    return out


# Function words that tell English from the other Latin-script languages the encoder reads (de, fr,
# es, it, pt, nl, pl). Words shared by English and one of them ("a", "in", "i", "die", "on", "um",
# "non") are left out. slant.annotators.detect_language is not used here: it is built to name a
# page's language, and it counts the English "I" as the Polish "i", calling short English comments
# Polish, which would cost them the n-gram model (issue 17).
_ENGLISH_WORDS = frozenset(
    "the and is are was were be been of to that this it you your he she they we not with for have has "
    "had will would should can could what which who there their them his her our my but or if just "
    "about from by at as an do does did so no yes very all some any more".split()
)
_OTHER_WORDS = frozenset(
    # German
    "und der das ist nicht ich sie wir ein eine zu mit auf für den dem des sich auch wie aber oder "
    "wenn nur noch schon bist du sind war "
    # French
    "le la les et est une des du pas je tu il elle nous vous ils qui que ce cette sont avec pour dans "
    "sur mais ou très tout "
    # Spanish, Italian, Portuguese
    "el los las y es una del por con para pero muy eres il di che sono della per ma sei uma "
    "não são você "
    # Dutch, Polish
    "het een niet ik je zijn voor maar jest nie się jak ale czy jesteś".split()
)
_WORD = re.compile(r"[^\W\d_]+")


def reads_ngrams(text: str) -> bool:
    """Whether the n-gram model (trained on English) can read ``text``: the text looks English.

    At least half its letters must be Latin (digits, punctuation and emoji do not count), and it must
    not hold more function words of German, French, Spanish, Italian, Portuguese, Dutch or Polish
    than of English. A text without letters or function words counts as English.
    """
    latin = other = 0
    for char in text:
        if char.isalpha():
            if char.isascii() or "\u00c0" <= char <= "\u024f":
                latin += 1
            else:
                other += 1
    if latin < other:
        return False
    words = _WORD.findall(text.lower())
    english = sum(word in _ENGLISH_WORDS for word in words)
    foreign = sum(word in _OTHER_WORDS for word in words)
    return english >= foreign


def _folded(word: str) -> str:
    """``word`` lower-cased, without accents, apostrophes or hyphens: changes the normaliser makes that are no repair."""
    decomposed = unicodedata.normalize("NFKD", word.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c) and c not in "'’-")


def repaired(normalizer: Normalizer, text: str) -> str:
    """``text`` with its obfuscated words spelt out ("f@ck" -> "fuck", "m0ron" -> "moron"), for the encoder.

    Only words the normaliser changed beyond letter case are replaced; the rest of the text
    (case, punctuation, spacing) stays as written, since the encoder was trained on natural text.
    Texts the n-gram model cannot read are returned unchanged: the normaliser's look-alike mapping
    would turn Cyrillic words into Latin gibberish.
    """
    if not reads_ngrams(text):
        return text
    found = normalizer(text)
    pieces: list[str] = []
    last = 0
    for token, start, end in zip(found.tokens, found.starts, found.ends, strict=True):
        if _folded(text[start:end]) != token:
            pieces.append(text[last:start])
            pieces.append(token)
            last = end
    if not pieces:
        return text
    pieces.append(text[last:])
    return "".join(pieces)


class StackedToxicityModel(Estimator):
    """Seven calibrated toxicity probabilities from an n-gram model stacked with sentence embeddings.

    Args:
        C: inverse L2 regularisation strength of each logistic embedding head (``hidden`` = 0).
        unsure_below: n-gram toxicity probability under which a Latin-script comment is not
            encoded (0 encodes every comment).
        random_state: seed for the solvers (and, with ``n_seeds`` > 1, the first of the heads' seeds).
        hidden: rectified units in the hidden layer of each embedding head; 0 makes each head a
            logistic regression (the first three rounds' model).
        alpha: L2 penalty of the hidden-layer heads.
        epochs: passes over the training texts of the hidden-layer heads (Adam, batches of 256).
        n_seeds: hidden-layer networks per label, each fitted from its own seed; the head's logit
            is their mean. Stored as one layer of ``hidden * n_seeds`` units (a mean of logits is
            one weighted sum over all the networks' units), so prediction is unchanged. 1 is the
            fourth round's model.
    """

    base_: ToxicityModel
    #: ``(7, hidden * n_seeds, 512)`` and ``(7, hidden * n_seeds)``: each head's hidden layer, the
    #: networks of all its seeds side by side (empty when ``hidden`` = 0).
    embedding_hidden_: npt.NDArray[np.float32]
    embedding_hidden_bias_: npt.NDArray[np.float32]
    #: ``(7, 512)`` for logistic heads, ``(7, hidden * n_seeds)`` for hidden-layer heads (each
    #: network's output weights divided by ``n_seeds``: the mean of their logits).
    embedding_coef_: npt.NDArray[np.float32]
    embedding_intercept_: npt.NDArray[np.float32]
    stack_: npt.NDArray[np.float32]
    embedding_calibration_: npt.NDArray[np.float32]
    thresholds_: npt.NDArray[np.float32]
    model_card_: str

    def __init__(
        self,
        *,
        C: float = 1.0,
        unsure_below: float = 0.25,
        random_state: int | None = 0,
        hidden: int = 0,
        alpha: float = 1e-3,
        epochs: int = 12,
        n_seeds: int = 1,
    ) -> None:
        self.C = C
        self.unsure_below = unsure_below
        self.random_state = random_state
        self.hidden = hidden
        self.alpha = alpha
        self.epochs = epochs
        self.n_seeds = n_seeds

    def _check_params(self) -> None:
        if not (isinstance(self.C, int | float) and self.C > 0):
            raise ValueError(f"C must be a positive number. Got {self.C!r} instead.")
        if not (isinstance(self.hidden, int) and self.hidden >= 0):
            raise ValueError(f"hidden must be a whole number >= 0. Got {self.hidden!r} instead.")
        if not (isinstance(self.alpha, int | float) and self.alpha >= 0):
            raise ValueError(f"alpha must be a number >= 0. Got {self.alpha!r} instead.")
        if not (isinstance(self.epochs, int) and self.epochs > 0):
            raise ValueError(f"epochs must be a positive whole number. Got {self.epochs!r} instead.")
        if not (isinstance(self.n_seeds, int) and self.n_seeds >= 1):
            raise ValueError(f"n_seeds must be a positive whole number. Got {self.n_seeds!r} instead.")
        if self.n_seeds > 1 and not self.hidden:
            # A logistic head's fit does not depend on its seed; several of them would be one head stored K times.
            raise ValueError(
                f"n_seeds > 1 needs hidden-layer heads (hidden > 0). Got n_seeds={self.n_seeds!r}."
            )
        if not (isinstance(self.unsure_below, int | float) and 0.0 <= self.unsure_below < 1.0):
            raise ValueError(f"unsure_below must be a number in [0, 1). Got {self.unsure_below!r} instead.")

    def head_seeds(self) -> list[int | None]:
        """The seed of each hidden-layer network of a head: ``random_state``, ``random_state + 1``, ...

        The first is ``random_state`` itself, so ``n_seeds`` = 1 fits the fourth round's head; with
        ``random_state`` None every network draws its own.
        """
        if self.random_state is None:
            return [None] * self.n_seeds
        return [self.random_state + i for i in range(self.n_seeds)]

    @property
    def _width(self) -> int:
        """Units of a head's stored hidden layer (all its networks side by side)."""
        return self.hidden * self.n_seeds

    @property
    def encoder_(self) -> SentenceEncoder:
        """The sentence encoder (checked and loaded on first use)."""
        cached: SentenceEncoder | None = getattr(self, "_encoder", None)
        if cached is None:
            cached = shared_encoder()
            self._encoder = cached
        return cached

    # The n-gram model's view, which the spans and the training reports use.
    @property
    def normalizer_(self) -> Normalizer:
        """The n-gram model's de-obfuscating normaliser."""
        return self.base_.normalizer_

    @property
    def span_threshold_(self) -> float:
        """The n-gram model's tuned span threshold (spans come from its token contributions)."""
        return float(getattr(self.base_, "span_threshold_", 0.25))

    def explain(self, text: str) -> TokenContributions:
        """The n-gram model's per-token contributions (what the spans are made from)."""
        return self.base_.explain(text)

    def explain_many(self, texts: Sequence[str]) -> list[TokenContributions]:
        """The n-gram model's per-token contributions of each text."""
        return self.base_.explain_many(texts)

    # -- learning ----------------------------------------------------------------------------

    def fit(
        self,
        texts: Sequence[str],
        Y: npt.ArrayLike,
        *,
        base: ToxicityModel,
        eval_set: tuple[Sequence[str], npt.ArrayLike],
        embeddings: npt.ArrayLike | None = None,
    ) -> StackedToxicityModel:
        """Learn the embedding heads on ``texts``, then stack, calibrate and pick thresholds on ``eval_set``.

        Args:
            texts: training texts (the ones ``base`` was trained on).
            Y: ``(n_texts, 7)`` targets in :data:`LABELS` order, NaN where unknown.
            base: the fitted n-gram model.
            eval_set: held-in ``(texts, Y)`` that neither ``base`` nor the heads were trained on.
            embeddings: the encoder's embeddings of ``texts`` (whole texts, :meth:`encode`), if
                already computed. The heads learn from whole texts; at prediction they read units.

        Returns:
            self.
        """
        self._check_params()
        base._check_fitted()
        targets = np.asarray(Y, dtype=np.float64)
        if targets.shape != (len(texts), len(LABELS)):
            raise ValueError(
                f"Y must have shape (n_texts, {len(LABELS)}) = ({len(texts)}, {len(LABELS)}). "
                f"Got {targets.shape} instead."
            )
        try:
            from sklearn.exceptions import ConvergenceWarning
            from sklearn.linear_model import LogisticRegression
            from sklearn.neural_network import MLPClassifier
        except ImportError as error:
            raise DependencyError(
                "training the toxicity model needs scikit-learn; install it with: pip install 'slant[train]'"
            ) from error
        self.base_ = base
        X = self._embeddings(texts, embeddings)
        n, width = len(LABELS), self._width or ENCODER_DIM
        hidden = np.zeros((n, self._width, ENCODER_DIM), dtype=np.float32)
        hidden_bias = np.zeros((n, self._width), dtype=np.float32)
        coef = np.zeros((n, width), dtype=np.float32)
        intercept = np.zeros(n, dtype=np.float32)
        for k, label in enumerate(LABELS):
            known = ~np.isnan(targets[:, k])
            y = (targets[known, k] >= 0.5).astype(np.int64)
            for j, seed in enumerate(self.head_seeds() if self.hidden else []):
                # Adam stops after a fixed number of passes (chosen on held-in data), converged or not.
                net = MLPClassifier(
                    hidden_layer_sizes=(self.hidden,),
                    alpha=self.alpha,
                    batch_size=256,
                    learning_rate_init=1e-3,
                    max_iter=self.epochs,
                    random_state=seed,
                )
                with warnings.catch_warnings():
                    warnings.simplefilter("ignore", category=ConvergenceWarning)
                    net.fit(X[known], y)
                units = slice(j * self.hidden, (j + 1) * self.hidden)
                hidden[k, units], hidden_bias[k, units] = net.coefs_[0].T, net.intercepts_[0]
                coef[k, units] = net.coefs_[1][:, 0] / self.n_seeds
                intercept[k] += net.intercepts_[1][0] / self.n_seeds
            if not self.hidden:
                head = LogisticRegression(C=self.C, max_iter=500, random_state=self.random_state)
                head.fit(X[known], y)
                coef[k], intercept[k] = head.coef_[0], head.intercept_[0]
            logger.info(
                "embedding head %-16s trained on %d texts (%d positive)",
                label,
                int(known.sum()),
                int(y.sum()),
            )
        # Rounded now to what the file will hold, so that the stacking, calibration and thresholds
        # are fitted on, and every figure of the training run measures, the heads that are shipped.
        self.embedding_hidden_, self.embedding_hidden_bias_ = as_stored(hidden), hidden_bias
        self.embedding_coef_, self.embedding_intercept_ = as_stored(coef), intercept
        self._stack(eval_set)
        return self

    def _embeddings(self, texts: Sequence[str], given: npt.ArrayLike | None) -> npt.NDArray[np.float32]:
        if given is None:
            return self.encode(texts)
        out = np.asarray(given, dtype=np.float32)
        if out.shape != (len(texts), ENCODER_DIM):
            raise ValueError(
                f"embeddings must have shape ({len(texts)}, {ENCODER_DIM}). Got {out.shape} instead."
            )
        return out

    def _stack(self, eval_set: tuple[Sequence[str], npt.ArrayLike]) -> None:
        """Fit the level-two logistic regressions and pick thresholds on held-in data."""
        from sklearn.linear_model import LogisticRegression

        texts, targets = eval_set[0], np.asarray(eval_set[1], dtype=np.float64)
        ngram = self.base_.decision_function(texts)
        meaning = self.meaning_logits(texts)
        stack = np.zeros((len(LABELS), 3), dtype=np.float32)
        alone = np.zeros((len(LABELS), 2), dtype=np.float32)
        for k, label in enumerate(LABELS):
            known = ~np.isnan(targets[:, k])
            y = (targets[known, k] >= 0.5).astype(np.int64)
            if len(np.unique(y)) < 2:
                raise ValueError(f"label {label!r}: the evaluation set has one class only; cannot calibrate")
            both = np.c_[ngram[known, k], meaning[known, k]]
            level_two = LogisticRegression(C=1e4, random_state=self.random_state).fit(both, y)
            stack[k] = (*level_two.coef_[0], level_two.intercept_[0])
            platt = LogisticRegression(C=1e4, random_state=self.random_state).fit(
                meaning[known, k : k + 1], y
            )
            alone[k] = (platt.coef_[0, 0], platt.intercept_[0])
            logger.info(
                "stacked %-16s n-gram weight %.2f, meaning weight %.2f", label, stack[k, 0], stack[k, 1]
            )
        self.stack_, self.embedding_calibration_ = stack, alone
        self.thresholds_ = np.full(len(LABELS), 0.5, dtype=np.float32)
        probs = self._combine(texts, ngram, meaning)
        for k in range(len(LABELS)):
            known = ~np.isnan(targets[:, k])
            self.thresholds_[k] = best_f1_threshold(
                probs[known, k], (targets[known, k] >= 0.5).astype(np.int64)
            )

    # -- prediction --------------------------------------------------------------------------

    def encode(self, texts: Sequence[str]) -> npt.NDArray[np.float32]:
        """The encoder's embeddings of ``texts``, with obfuscated words spelt out first (:func:`repaired`)."""
        normalizer = self.normalizer_
        return self.encoder_.encode([repaired(normalizer, text) for text in texts])

    def _head_logits(self, embeddings: npt.NDArray[np.float32]) -> Floats:
        if not self.hidden:
            linear: Floats = embeddings.astype(np.float64) @ self.embedding_coef_.T.astype(np.float64)
            return linear + self.embedding_intercept_
        # Every label's hidden layer as one float32 product (issue 17, session 12): five seeds make
        # each head 640 units wide, and seven float64 products cost about twice as much CPU.
        n, width = len(LABELS), self._width
        hidden = self.embedding_hidden_.reshape(n * width, ENCODER_DIM).T
        bias = self.embedding_hidden_bias_.reshape(n * width)
        units = embeddings.astype(np.float32)
        out: Floats = np.empty((len(units), n))
        for start in range(0, len(units), _HEAD_BLOCK):
            layer = units[start : start + _HEAD_BLOCK] @ hidden + bias
            np.maximum(layer, 0.0, out=layer)
            out[start : start + _HEAD_BLOCK] = np.einsum(
                "mkw,kw->mk", layer.reshape(len(layer), n, width), self.embedding_coef_
            )
        out += self.embedding_intercept_
        return out

    def meaning_logits(self, texts: Sequence[str]) -> Floats:
        """The embedding heads' logits, ``(n_texts, 7)``: per label, the highest over the text's units.

        Like the n-gram model, each sentence-like unit is read on its own, so one insult inside a
        long political comment is not averaged away; the encoder's cost grows with the number of
        tokens, not of units, so this costs about as much as encoding the whole text.
        """
        pieces: list[str] = []
        owners: list[int] = []
        for i, text in enumerate(texts):
            units = split_units(text) or [(0, len(text))]
            pieces.extend(text[s:e] for s, e in units)
            owners.extend([i] * len(units))
        unit_logits = self._head_logits(self.encode(pieces))
        out: Floats = np.full((len(texts), len(LABELS)), -np.inf)
        np.maximum.at(out, np.asarray(owners, dtype=np.int64), unit_logits)
        return out

    def _combine(self, texts: Sequence[str], ngram: Floats, meaning: Floats) -> Floats:
        """Stacked probabilities; rows of texts the n-gram model cannot read use the meaning heads alone."""
        stacked = _sigmoid(ngram * self.stack_[:, 0] + meaning * self.stack_[:, 1] + self.stack_[:, 2])
        alone = _sigmoid(meaning * self.embedding_calibration_[:, 0] + self.embedding_calibration_[:, 1])
        foreign = np.array([not reads_ngrams(t) for t in texts], dtype=bool)
        return np.where(foreign[:, None], alone, stacked)

    def predict_proba(self, texts: Sequence[str]) -> Floats:
        """Calibrated probabilities, ``(n_texts, 7)`` in :data:`LABELS` order.

        Latin-script texts the n-gram model is sure are clean keep its calibrated probabilities and
        are not encoded (the cascade); every other text is encoded and stacked.
        """
        self._check_fitted("stack_")
        if len(texts) == 0:
            return np.zeros((0, len(LABELS)))
        ngram = self.base_.decision_function(texts)
        out = self.base_.calibrate(ngram)
        unsure = [
            i
            for i, text in enumerate(texts)
            if out[i, _TOXICITY] >= self.unsure_below or not reads_ngrams(text)
        ]
        if unsure:
            chosen = [texts[i] for i in unsure]
            meaning = self.meaning_logits(chosen)
            out[unsure] = self._combine(chosen, ngram[unsure], meaning)
        return out

    def predict(self, texts: Sequence[str]) -> npt.NDArray[np.bool_]:
        """Whether each label's probability reaches its chosen threshold, ``(n_texts, 7)``."""
        return self.predict_proba(texts) >= self.thresholds_

    def encoded_share(self, texts: Sequence[str]) -> float:
        """The share of ``texts`` the cascade sends to the encoder (for benchmarks and the model card)."""
        if not texts:
            return 0.0
        probs = self.base_.predict_proba(texts)[:, _TOXICITY]
        return float(
            np.mean(
                [p >= self.unsure_below or not reads_ngrams(t) for p, t in zip(probs, texts, strict=True)]
            )
        )

    # -- persistence -------------------------------------------------------------------------

    def save(
        self, folder: str | Path, *, model_card: str = "", metrics: dict[str, Any] | None = None
    ) -> None:
        """Write ``stack.safetensors``, ``config.json``, ``MODEL_CARD.md``, ``metrics.json`` and the n-gram model in ``ngram/``.

        The heads' weight matrices are written as float16 (:data:`HALF_PRECISION_TENSORS`).

        Raises:
            ValueError: a head weight is beyond float16's range.
        """
        self._check_fitted("stack_")
        from safetensors.numpy import save_file

        path = Path(folder)
        path.mkdir(parents=True, exist_ok=True)
        if not (path / NGRAM_FOLDER / "config.json").is_file():
            self.base_.save(
                path / NGRAM_FOLDER,
                model_card=self.base_.model_card_ if hasattr(self.base_, "model_card_") else "",
            )
        layers: dict[str, npt.NDArray[Any]] = (
            {
                "embedding_hidden": as_stored(self.embedding_hidden_).astype(np.float16),
                "embedding_hidden_bias": self.embedding_hidden_bias_.astype(np.float32),
            }
            if self.hidden
            else {}
        )
        save_file(
            {
                **layers,
                "embedding_coef": as_stored(self.embedding_coef_).astype(np.float16),
                "embedding_intercept": self.embedding_intercept_.astype(np.float32),
                "stack": self.stack_.astype(np.float32),
                "embedding_calibration": self.embedding_calibration_.astype(np.float32),
                "thresholds": self.thresholds_.astype(np.float32),
            },
            str(path / _WEIGHTS_FILE),
        )
        thresholds = {label: float(t) for label, t in zip(LABELS, self.thresholds_, strict=True)}
        thresholds["span"] = self.span_threshold_
        provenance: dict[str, Any] = {
            k: metrics[k] for k in ("seed", "data_digest") if metrics and k in metrics
        }
        provenance["encoder"] = f"{ENCODER_DISTRIBUTION}=={ENCODER_VERSION}"
        config = {
            **_models.header(STACKED_CLASS_TAG, labels=LABELS, thresholds=thresholds, provenance=provenance),
            "params": self.get_params(deep=False),
        }
        write_texts(path, config, model_card=model_card, metrics=metrics)

    @classmethod
    def load(cls, folder: str | Path) -> StackedToxicityModel:
        """Load a model written by :meth:`save` (the encoder itself is checked and loaded on first use).

        The weights are float32 in memory whether the file holds the heads' matrices as float16 or
        (files written before session 13) as float32.

        Raises:
            ModelError: the folder lacks the files, or they hold another kind of model.
        """
        path = Path(folder)
        config = read_config(
            path, weights_file=_WEIGHTS_FILE, cls=STACKED_CLASS_TAG, what="stacked toxicity model"
        )
        config_path, weights_path = path / CONFIG_FILE, path / _WEIGHTS_FILE
        with _models.reading(config_path, kind="toxicity"):
            model = cls(**dict(config["params"]))
            model._check_params()
        tensors = _models.read_tensors(weights_path, kind="toxicity")
        n, hidden = len(LABELS), model._width
        layers = (
            {"embedding_hidden": (n, hidden, ENCODER_DIM), "embedding_hidden_bias": (n, hidden)}
            if hidden
            else {}
        )
        expected = {
            **layers,
            "embedding_coef": (n, hidden or ENCODER_DIM),
            "embedding_intercept": (n,),
            "stack": (n, 3),
            "embedding_calibration": (n, 2),
            "thresholds": (n,),
        }
        found = {key: tensors[key].shape if key in tensors else None for key in expected}
        if found != expected:
            raise ModelError(
                f"{weights_path} holds tensors of shapes {found}, expected {expected}; retrain the model"
            )
        empty = np.zeros((n, 0, ENCODER_DIM), dtype=np.float32), np.zeros((n, 0), dtype=np.float32)
        model.embedding_hidden_ = tensors["embedding_hidden"].astype(np.float32) if hidden else empty[0]
        model.embedding_hidden_bias_ = (
            tensors["embedding_hidden_bias"].astype(np.float32) if hidden else empty[1]
        )
        model.embedding_coef_ = tensors["embedding_coef"].astype(np.float32)
        model.embedding_intercept_ = tensors["embedding_intercept"].astype(np.float32)
        model.stack_ = tensors["stack"].astype(np.float32)
        model.embedding_calibration_ = tensors["embedding_calibration"].astype(np.float32)
        model.thresholds_ = tensors["thresholds"].astype(np.float32)
        model.base_ = ToxicityModel.load(path / NGRAM_FOLDER)
        model.model_card_ = read_card(path)
        return model
