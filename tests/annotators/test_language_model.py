"""slant's copy of py3langid's model answers as py3langid restricted to the same languages (issue 16)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from slant.annotators._language import DEFAULT_LANGUAGES, shipped_model_dir

pytestmark = [pytest.mark.issue(16), pytest.mark.model]

SHORT_COMMENTS = Path(__file__).parent / "data" / "short_comments_languages.tsv"


def test_the_copy_gives_py3langids_answers() -> None:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    from slant.annotators._language import _identifier

    reference = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    reference.set_languages(list(DEFAULT_LANGUAGES))
    copy = _identifier(tuple(sorted(DEFAULT_LANGUAGES)))
    texts = [
        line.split("\t", 1)[1]
        for line in SHORT_COMMENTS.read_text(encoding="utf-8").splitlines()
        if line and not line.startswith("#")
    ]
    texts += ["", "ok", "Der Krieg ist nicht vorbei. " * 40, "Съдът отхвърли жалбата на министъра вчера."]
    for text in texts:
        expected, got = reference.classify(text), copy.classify(text)
        assert got[0] == expected[0] and got[1] == pytest.approx(expected[1], abs=1e-6), text


def test_the_copy_has_a_card_a_licence_and_the_default_languages() -> None:
    folder = shipped_model_dir()
    config = json.loads((folder / "config.json").read_text(encoding="utf-8"))
    assert config["labels"] == sorted(DEFAULT_LANGUAGES)
    assert config["provenance"]["source"].startswith("py3langid ")
    assert "BSD" in (folder / "LICENSE-py3langid").read_text(encoding="utf-8") or "Redistribution" in (
        folder / "LICENSE-py3langid"
    ).read_text(encoding="utf-8")
    assert (folder / "MODEL_CARD.md").is_file()
