"""SpanVerifier: candidates, their features, the estimator contract, save/load, and its place in the model."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from slant._errors import NotFittedError
from slant.techniques._annotator import TechniqueModel
from slant.techniques._data import LabelledSpan
from slant.techniques._encoder import SpanEncoder
from slant.techniques._features import whole_words
from slant.techniques._model import LexiconTagger, SpanTagger, TechniqueClassifier, merge_candidates
from slant.techniques._verifier import CANDIDATE_FEATURES, SpanVerifier, candidate_features
from slant.techniques.training._train_verifier import TaggedArticle, cross_validated_si, fold_ids

pytestmark = pytest.mark.model

Corpus = tuple[list[str], list[list[tuple[str, int, int]]]]

TEXT = "Plain words here. The evil regime lied again! Facts follow."
# Tokens of TEXT (start, end) and their sentence numbers.
TOKENS = [(0, 5), (6, 11), (12, 16), (16, 17), (18, 21), (22, 26), (27, 33), (34, 38), (39, 44), (44, 45)]
SENTENCES = [0, 0, 0, 0, 1, 1, 1, 1, 1, 1]
PROBA = np.array([0.05, 0.1, 0.05, 0.0, 0.3, 0.6, 0.7, 0.22, 0.1, 0.0], dtype=np.float32)


def test_candidates_are_loose_runs_plus_lexicon_words_outside_them() -> None:
    verifier = SpanVerifier(high=0.5, low=0.2, max_gap=0)
    lexicon = [(22, 26, 0.9), (6, 11, 0.7)]  # "evil" lies inside the run; "words" does not
    spans, features, vectors = verifier.candidates(TEXT, TOKENS, SENTENCES, PROBA, lexicon)
    assert spans == [(18, 38), (6, 11)]  # "The evil regime lied", then the lexicon's "words"
    assert features.shape == (2, CANDIDATE_FEATURES)
    assert vectors.shape == (2, 0)  # no encoder


def test_candidate_features_describe_how_the_tagger_saw_the_span() -> None:
    row = candidate_features(TEXT, TOKENS, SENTENCES, PROBA, [(4, 7, 0.0)], high=0.5)[0]
    assert row[0] == pytest.approx(np.mean([0.3, 0.6, 0.7, 0.22]))  # mean token probability
    assert row[1] == pytest.approx(0.7) and row[2] == pytest.approx(0.22)  # max, min
    assert row[6] == 4  # tokens
    assert row[9] == 6 and row[10] == pytest.approx(4 / 6)  # sentence length, share covered
    assert row[11] == 1 and row[12] == 0  # starts its sentence, does not end it
    assert row[14] == pytest.approx(0.1)  # the token after it
    assert row[15] == 0  # not from the lexicon
    assert row[24] == pytest.approx(0.5)  # half its tokens reach `high`
    lexicon_row = candidate_features(TEXT, TOKENS, SENTENCES, PROBA, [(1, 1, 0.7)], high=0.5)[0]
    assert lexicon_row[15] == 1 and lexicon_row[16] == pytest.approx(0.7)


def _separable(rng: np.random.Generator, n: int = 200) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    features = rng.normal(size=(n, CANDIDATE_FEATURES))
    overlaps = features[:, 0] + 0.3 * rng.normal(size=n) > 0
    return features, np.zeros((n, 0), dtype=np.float32), overlaps


def test_fit_learns_which_candidates_overlap_and_stores_state_with_underscores() -> None:
    features, vectors, overlaps = _separable(np.random.default_rng(0))
    verifier = SpanVerifier(C=1.0)
    assert not hasattr(verifier, "coef_")
    assert verifier.fit(features, vectors, overlaps) is verifier
    proba = verifier.predict_proba(features, vectors)
    assert ((proba >= 0.5) == overlaps).mean() > 0.9


def test_verify_keeps_the_candidates_at_or_above_the_threshold() -> None:
    rng = np.random.default_rng(1)
    features, vectors, overlaps = _separable(rng)
    verifier = SpanVerifier(high=0.25, low=0.2, max_gap=0, C=1.0).fit(features, vectors, overlaps)
    spans, rows, encoded = verifier.candidates(TEXT, TOKENS, SENTENCES, PROBA, [(6, 11, 0.7)])
    proba = verifier.predict_proba(rows, encoded)
    for threshold in (0.0, float(proba.min()) + 1e-9, 1.01):
        kept = verifier.set_params(threshold=threshold).verify(TEXT, TOKENS, SENTENCES, PROBA, [(6, 11, 0.7)])
        expected = sorted((s, e) for (s, e), p in zip(spans, proba, strict=True) if p >= threshold)
        assert [(s, e) for s, e, _ in kept] == expected


def test_save_and_load_round_trip(tmp_path: Path) -> None:
    features, vectors, overlaps = _separable(np.random.default_rng(2))
    verifier = SpanVerifier(C=0.5, threshold=0.4).fit(features, vectors, overlaps)
    verifier.save(tmp_path)
    assert SpanVerifier.present(tmp_path)
    loaded = SpanVerifier.load(tmp_path)
    assert loaded.get_params() == verifier.get_params()
    np.testing.assert_allclose(
        loaded.predict_proba(features, vectors), verifier.predict_proba(features, vectors)
    )


def test_with_an_encoder_the_candidates_carry_its_vectors_and_it_is_saved(
    encoder: SpanEncoder, tmp_path: Path
) -> None:
    verifier = SpanVerifier(high=0.5, low=0.2, max_gap=0, encoder=encoder)
    spans, features, vectors = verifier.candidates(TEXT, TOKENS, SENTENCES, PROBA, [(6, 11, 0.7)])
    assert vectors.shape == (len(spans), encoder.dims)
    np.testing.assert_allclose(np.linalg.norm(vectors, axis=1), 1.0, rtol=1e-5)
    np.testing.assert_allclose(vectors, encoder.span_vectors(TEXT, spans), atol=1e-6)
    overlaps = np.array([True, False])
    verifier.fit(np.vstack([features] * 5), np.vstack([vectors] * 5), np.tile(overlaps, 5))
    verifier.save(tmp_path)
    loaded = SpanVerifier.load(tmp_path)
    assert loaded.encoder is not None
    np.testing.assert_allclose(
        loaded.predict_proba(features, vectors), verifier.predict_proba(features, vectors), rtol=1e-6
    )


def test_misuse_fails_with_clear_errors() -> None:
    with pytest.raises(NotFittedError):
        SpanVerifier().predict_proba(np.zeros((1, CANDIDATE_FEATURES)), np.zeros((1, 0), np.float32))
    with pytest.raises(ValueError, match="one kind"):
        SpanVerifier().fit(np.zeros((3, CANDIDATE_FEATURES)), np.zeros((3, 0), np.float32), [True] * 3)
    with pytest.raises(ValueError, match="same length"):
        SpanVerifier().fit(
            np.zeros((3, CANDIDATE_FEATURES)), np.zeros((2, 0), np.float32), [True, False, True]
        )
    with pytest.raises(ValueError, match="unknown SpanVerifier parameter"):
        SpanVerifier().set_params(cutoff=0.3)


def test_the_model_uses_the_verifier_only_where_asked(tiny_corpus: Corpus) -> None:
    texts, spans = tiny_corpus
    gold = [[(s, e) for _, s, e in found] for found in spans]
    tagger = SpanTagger(n_bits=14, C=1.0, high=0.5, low=0.5, max_gap=0).fit(texts, gold)
    lexicon = LexiconTagger(min_count=1, min_ratio=0.5).fit(texts, gold)
    rng = np.random.default_rng(3)
    features, vectors, overlaps = _separable(rng)
    verifier = SpanVerifier(high=0.3, low=0.2, C=1.0).fit(features, vectors, overlaps)
    model = TechniqueModel(tagger, TechniqueClassifier(), lexicon, verifier)
    text = texts[0]

    def widened(spans: list[tuple[int, int, float]]) -> list[tuple[int, int, float]]:
        return [(*whole_words(text, s, e), p) for s, e, p in spans]

    plain = widened(merge_candidates(tagger.predict(text), lexicon.predict(text)))
    assert model.find_spans(text, verify=False) == plain
    tokens, sentence_of, proba = tagger.token_proba(text)
    verified = widened(verifier.verify(text, tokens, sentence_of, proba, lexicon.predict(text)))
    assert model.find_spans(text) == verified
    assert TechniqueModel(tagger, TechniqueClassifier(), lexicon).find_spans(text) == plain


def test_cross_fitting_folds_partition_the_articles_the_same_way_each_time() -> None:
    ids = [f"a{n}" for n in range(11)]
    folds = fold_ids(reversed(ids), 5, 0)
    assert sorted(a for fold in folds for a in fold) == sorted(ids)
    assert [len(fold) for fold in folds] == [3, 2, 2, 2, 2]
    assert folds == fold_ids(ids, 5, 0)  # the order the ids come in does not matter
    assert folds != fold_ids(ids, 5, 1)


def test_cross_validated_si_scores_each_fold_under_the_official_rules() -> None:
    articles = {"a1": TEXT, "a2": TEXT}
    tagged = {aid: TaggedArticle(TOKENS, SENTENCES, PROBA, [(6, 11, 0.7)]) for aid in articles}
    gold = [LabelledSpan("a1", "Name_Calling,Labeling", 22, 33)]  # "evil regime", in a1 only
    tagger = SpanTagger(high=0.5, low=0.2, max_gap=0)  # decodes "The evil regime lied" (18-38)
    lexicon = LexiconTagger(min_ratio=0.6)
    result = cross_validated_si(None, tagger, lexicon, articles, gold, tagged, [["a1"], ["a2"]])
    assert result["si"] == result["si_without_verifier"]
    # a1: the run covers gold 11/20, the lexicon's "words" nothing: precision 0.55/2, recall 1.
    a1 = 2 * 0.275 / 1.275
    assert result["si"]["f1_folds"] == pytest.approx([a1, 0.0])
    assert result["si"]["f1_mean"] == pytest.approx(a1 / 2)
    assert result["si"]["f1_sd"] == pytest.approx(a1 / 2**0.5)
    assert result["si"]["pooled"]["precision"] == pytest.approx(0.55 / 4)
    assert result["si"]["pooled"]["recall"] == pytest.approx(1.0)


def test_cross_validated_si_refits_the_verifier_without_the_scored_fold() -> None:
    articles = {"a1": TEXT, "a2": TEXT, "a3": TEXT}
    tagged = {aid: TaggedArticle(TOKENS, SENTENCES, PROBA, []) for aid in articles}
    gold = [LabelledSpan(aid, "Loaded_Language", 22, 26) for aid in ("a1", "a2")]
    tagger = SpanTagger(high=0.5, low=0.2, max_gap=0)
    verifier = SpanVerifier(high=0.5, low=0.2, max_gap=0, threshold=0.6)
    lexicon = LexiconTagger()
    result = cross_validated_si(verifier, tagger, lexicon, articles, gold, tagged, [["a1"], ["a2"], ["a3"]])
    # Every article has the same one candidate, "The evil regime lied". Scoring a1 (or a2), the other
    # folds hold one that overlaps gold and one that does not: the refitted verifier gives 0.5 < 0.6
    # and drops it (fitted on all three folds it would give 2/3 and keep it). Scoring a3, both other
    # folds' candidates overlap: a verifier keeps all, and a3 has no gold span.
    assert result["si"]["f1_folds"] == pytest.approx([0.0, 0.0, 0.0])
    run = 2 * (4 / 20) * 1.0 / (4 / 20 + 1.0)
    assert result["si_without_verifier"]["f1_folds"] == pytest.approx([run, run, 0.0])


def test_cross_validated_si_takes_the_lexicon_words_at_each_path_s_own_share() -> None:
    articles = {"a1": TEXT, "a2": TEXT}
    # "words" is a lexicon word inside spans half the time: below the lexicon's 0.6, above 0.5.
    tagged = {aid: TaggedArticle(TOKENS, SENTENCES, PROBA, [(6, 11, 0.5)]) for aid in articles}
    gold = [LabelledSpan("a1", "Loaded_Language", 6, 11)]
    tagger = SpanTagger(high=0.9, low=0.9, max_gap=0)  # the tagger finds nothing
    folds = [["a1"], ["a2"]]
    strict = cross_validated_si(None, tagger, LexiconTagger(min_ratio=0.6), articles, gold, tagged, folds)
    assert strict["si_without_verifier"]["pooled"]["predicted_spans"] == 0
    loose = cross_validated_si(None, tagger, LexiconTagger(min_ratio=0.5), articles, gold, tagged, folds)
    assert loose["si_without_verifier"]["f1_folds"] == pytest.approx([1.0, 0.0])


def test_the_lexicon_offers_the_verifier_its_own_candidate_words(tmp_path: Path) -> None:
    text = "a vile plan, a vile plot, a dire plan, a dire day"
    lexicon = LexiconTagger(min_count=2, min_ratio=0.6, candidate_min_ratio=0.5)
    lexicon.fit([text], [[(2, 6), (15, 19), (28, 32)]])  # "vile" twice, "dire" once of twice
    assert lexicon.words_ == {"vile": 1.0}
    assert lexicon.candidate_words_ == {"vile": 1.0, "dire": 0.5}
    assert LexiconTagger().fit([text], [[(2, 6), (15, 19)]]).candidate_words_ == {"vile": 1.0}
    lexicon.save(tmp_path)  # keeps the counts of the looser of its two word lists
    loaded = LexiconTagger.load(tmp_path)
    assert (loaded.words_, loaded.candidate_words_) == (lexicon.words_, lexicon.candidate_words_)
