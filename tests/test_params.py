"""SettableParams: scikit-learn's set_params, shared by slant's estimators."""

from __future__ import annotations

import pytest

from slant._params import SettableParams
from slant.techniques._model import LexiconTagger, SpanTagger
from slant.techniques._verifier import SpanVerifier
from slant.toxicity._model import ToxicityModel


@pytest.mark.parametrize("estimator", [LexiconTagger(), SpanTagger(), SpanVerifier(), ToxicityModel()])
def test_set_params_changes_known_settings_and_returns_the_estimator(estimator: SettableParams) -> None:
    name, value = next(iter(estimator.get_params().items()))
    assert estimator.set_params(**{name: value}) is estimator
    with pytest.raises(
        ValueError, match=f"unknown {type(estimator).__name__} parameter 'nope'; expected one of"
    ):
        estimator.set_params(nope=1)


def test_lexicon_settings_change_its_words_without_a_refit() -> None:
    text = "a vile plan, a vile plot, a fair plan"
    lexicon = LexiconTagger(min_count=2, min_ratio=0.6).fit([text], [[(2, 6), (15, 19)]])
    assert set(lexicon.words_) == {"vile"}
    assert lexicon.set_params(min_count=1, min_ratio=0.5).words_ == {"vile": 1.0}
    assert lexicon.set_params(min_count=3).words_ == {}
