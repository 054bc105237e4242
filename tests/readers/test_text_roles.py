"""The learned line-role model of the text reader (issue 14, docs/bench-readers.md "Session 12: a
learned line-role model for text"): labels from expectations, features, the model's contract, the
switch, the shipped weights, and what the reader does with the model, on pages built by hand."""

from __future__ import annotations

import importlib.util
import json
from collections.abc import Mapping
from pathlib import Path

import numpy as np
import pytest

import slant
from slant._errors import ModelError, NotFittedError
from slant.readers import _text_roles
from slant.readers._text_prepare import split_lines
from slant.readers._text_role_features import FEATURE_NAMES, page_features
from slant.readers._text_role_labels import ROLES, line_roles
from slant.readers._text_role_model import TextLineRoleModel
from slant.readers._text_role_training import labelled_page, labelled_pages, train_text_roles
from slant.readers._text_roles import ENV_SWITCH, recording, role_model, using_model

pytestmark = pytest.mark.issue(14)

ROOT = Path(__file__).resolve().parents[2]
PAGES = ROOT / "tests" / "pages" / "text"
SHIPPED = ROOT / "src" / "slant" / "data" / "readers" / "text_line_roles.json"

BODY = (
    "The city council approved the new budget on Monday after a long debate about school funding.\n\n"
    "Opposition members said the plan cut too deeply into services, and promised to fight it in court."
)
PAGE = (
    "Home | News\n\nCouncil Approves Budget After Long Debate\n\n" + BODY + "\n\nComments\n\n"
    "Ann Lee\n3 hours ago\nstar member\nThe bridge should have opened years ago, and the council knows it.\n"
    "kudos 14\n\n"
    "Ben Hart\n2 hours ago\nIt was worth the wait for me.\nkudos 3\n\n"
    "Cleo Park\n1 hour ago\nwell done\n"
)
EXPECTED = {
    "title": "Council Approves Budget After Long Debate",
    "article_starts_with": "The city council approved",
    "article_ends_with": "to fight it in court.",
    "comments": [
        {"author": "Ann Lee", "starts_with": "The bridge", "ends_with": "knows it.", "parent": None},
        {"author": "Ben Hart", "starts_with": "It was worth", "ends_with": "for me.", "parent": None},
        {"author": "Cleo Park", "starts_with": "well done", "ends_with": "well done", "parent": None},
    ],
}


def _roles(text: str, expected: Mapping[str, object]) -> list[str] | None:
    found = line_roles(split_lines(text), expected)
    return None if found is None else [ROLES[role] for role in found]


# --- labels from expectations -------------------------------------------------------------------------


def test_every_line_gets_its_role_from_the_expectations_alone() -> None:
    assert _roles(PAGE, EXPECTED) == [
        "head", "head",  # the menu, the title
        "article", "article",
        "chrome",  # "Comments"
        "author", "author", "author",  # name, time, and the badge between them and the text
        "body",
        "footer",  # "kudos 14"
        "author", "author", "body", "footer",
        "author", "author", "body",
    ]  # fmt: skip


def test_a_signature_under_the_text_is_the_author_line_and_an_empty_comment_its_name() -> None:
    text = (
        "Budget Passed\n\n" + BODY + "\n\nYour views\n\n"
        "Another rise while the bins are collected every three weeks.\nPete, Hull\n\n"
        "Sam K\n[image]\n0 2 40\n"
    )
    expected = {
        "title": "Budget Passed",
        "article_starts_with": "The city council",
        "article_ends_with": "in court.",
        "comments": [
            {"author": "Pete", "starts_with": "Another rise", "ends_with": "three weeks.", "parent": None},
            {"author": "Sam K", "starts_with": "", "ends_with": "", "parent": None},
        ],
    }
    assert _roles(text, expected) == [
        "head", "article", "article", "chrome", "body", "author", "author",
        "chrome", "chrome",  # after the last comment: as many footer lines as the others have (none)
    ]  # fmt: skip


def test_a_page_whose_expected_words_are_not_all_found_is_not_labelled() -> None:
    wrong = {
        **EXPECTED,
        "comments": [{"author": "X", "starts_with": "Nowhere on the page", "ends_with": "."}],
    }
    assert _roles(PAGE, wrong) is None
    assert _roles(PAGE, {**EXPECTED, "article_ends_with": "not the article's end"}) is None


def test_a_page_of_mail_messages_is_left_out_with_the_reason() -> None:
    page = labelled_page(PAGES / "mailman-digest.expected.json")
    assert not len(page.roles) and page.lines > 0
    assert "mail" in page.why_not


# --- features ------------------------------------------------------------------------------------------


def test_features_have_one_row_per_line_and_see_a_field_that_recurs_like_every_comments() -> None:
    with using_model(None), recording() as records:
        slant.read(PAGE, format="text")
    lines, thread_start = records[0].lines, records[0].thread_start
    rows = page_features(lines, thread_start)
    assert rows.shape == (len(lines), len(FEATURE_NAMES)) and len(set(FEATURE_NAMES)) == len(FEATURE_NAMES)
    column = FEATURE_NAMES.index
    times = [index for index, line in enumerate(lines) if line.text.endswith("ago")]
    assert all(rows[index, column("regular_shape")] == 1.0 for index in times)  # every 4-5 lines
    assert (
        rows[times[0], column("kind_timestamp")] == 1.0 and rows[times[0], column("above_kind_header")] == 1.0
    )
    assert rows[0, column("in_thread")] == 0.0 and rows[times[0], column("in_thread")] == 1.0
    assert page_features([], 0).shape == (0, len(FEATURE_NAMES))
    # the reader's cheaper call gives the thread's rows the same numbers
    thread_only = page_features(lines, thread_start, thread_only=True)
    assert np.array_equal(thread_only[thread_start:], rows[thread_start:])


# --- the model's contract -----------------------------------------------------------------------------


def _toy_data() -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(0)
    x = rng.normal(size=(90, len(FEATURE_NAMES)))
    x[:, FEATURE_NAMES.index("bias")] = 1.0
    y = np.argmax(x[:, 1 : 1 + len(ROLES)], axis=1)  # each role told by one column
    return x, y


def test_the_model_fits_predicts_probabilities_and_round_trips(tmp_path: Path) -> None:
    x, y = _toy_data()
    model = TextLineRoleModel(iterations=300).fit(x, y)
    probabilities = model.predict_proba(x)
    assert probabilities.shape == (90, len(ROLES)) and np.allclose(probabilities.sum(axis=1), 1.0)
    assert (probabilities.argmax(axis=1) == y).mean() > 0.9
    model.save(tmp_path / "m.json", thresholds={"footer": 0.7}, model_card={"pages": 0})
    loaded = TextLineRoleModel.load(tmp_path / "m.json")
    assert np.allclose(loaded.predict_proba(x), probabilities, atol=1e-6)
    assert loaded.thresholds_ == {"footer": 0.7}
    with pytest.raises(NotFittedError):
        TextLineRoleModel().predict_proba(x)


def test_a_model_file_of_other_features_or_of_the_html_reader_is_a_one_line_model_error(
    tmp_path: Path,
) -> None:
    settings = json.loads(SHIPPED.read_text(encoding="utf-8"))
    settings["features"] = settings["features"][:-1]
    (tmp_path / "m.json").write_text(json.dumps(settings), encoding="utf-8")
    with pytest.raises(ModelError, match=r"train_text_roles\.py"):
        TextLineRoleModel.load(tmp_path / "m.json")
    with pytest.raises(ModelError):
        TextLineRoleModel.load(SHIPPED.with_name("line_roles.json"))


# --- what the reader does with it ----------------------------------------------------------------------


class _Told(TextLineRoleModel):
    """A model that gives the lines whose text it is told a footer probability, every other line body."""

    def __init__(self, footers: Mapping[str, float] | None = None, texts: tuple[str, ...] = ()) -> None:
        super().__init__()
        self.footers = dict(footers or {})
        self.texts = texts
        self.thresholds_ = {"footer": 0.7}

    def predict_proba(self, features: np.ndarray) -> np.ndarray:
        out = np.zeros((len(self.texts), len(ROLES)))
        for index, text in enumerate(self.texts):
            footer = self.footers.get(text, 0.0)
            out[index, ROLES.index("footer")] = footer
            out[index, ROLES.index("body")] = 1.0 - footer
        return out


def _read_with(text: str, footers: Mapping[str, float]) -> list[tuple[str | None, str]]:
    with using_model(None), recording() as records:
        slant.read(text, format="text")
    model = _Told(footers, tuple(line.text for line in records[0].lines))
    with using_model(model):
        doc = slant.read(text, format="text")
    return [(comment.author, comment.text) for comment in doc.comments]


def test_lines_the_model_reads_as_footer_are_trimmed_and_a_comments_only_line_stays() -> None:
    footers = {"star member": 0.9, "kudos 14": 0.9, "kudos 3": 0.75, "well done": 0.95}
    assert _read_with(PAGE, {}) == [
        (
            "Ann Lee",
            "star member\nThe bridge should have opened years ago, and the council knows it.\nkudos 14",
        ),
        ("Ben Hart", "It was worth the wait for me.\nkudos 3"),
        ("Cleo Park", "well done"),
    ]
    assert _read_with(PAGE, footers) == [
        ("Ann Lee", "The bridge should have opened years ago, and the council knows it."),
        ("Ben Hart", "It was worth the wait for me."),
        ("Cleo Park", "well done"),  # its only text: kept, however sure the model is
    ]
    assert _read_with(PAGE, {"kudos 14": 0.6}) == _read_with(PAGE, {})  # under the threshold


def test_a_wrapped_lines_end_and_a_signature_are_not_trimmed() -> None:
    wrapped = (
        "Budget Passed\n\n" + BODY + "\n\nComments\n\n"
        "Ann Lee\n3 hours ago\nThe bridge should have opened years ago, and the\ncouncil knows it\n\n"
        "Ben Hart\n2 hours ago\nIt was worth the wait for me.\n"
    )
    assert _read_with(wrapped, {"council knows it": 0.9}) == _read_with(wrapped, {})
    assert _read_with(wrapped, {})[0] == (
        "Ann Lee",
        "The bridge should have opened years ago, and the\ncouncil knows it",
    )
    signed = (
        "Budget Passed\n\n" + BODY + "\n\nYour views\n\n"
        "Another rise while the bins are collected every three weeks.\nPete, Hull\n\n"
        "Social care has to be paid for somehow, and I would rather pay more.\nJulie, Beverley\n"
    )
    told = {"Pete, Hull": 0.9, "Julie, Beverley": 0.9}
    assert (
        _read_with(signed, told)
        == _read_with(signed, {})
        == [
            ("Pete", "Another rise while the bins are collected every three weeks."),
            ("Julie", "Social care has to be paid for somehow, and I would rather pay more."),
        ]
    )


def test_the_switch_turns_the_shipped_model_off_and_using_model_wins(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(ENV_SWITCH, raising=False)
    assert isinstance(role_model(), TextLineRoleModel)  # on by default
    monkeypatch.setenv(ENV_SWITCH, "0")
    assert role_model() is None
    told = _Told()
    with using_model(told):
        assert role_model() is told
    monkeypatch.setenv(ENV_SWITCH, "1")
    with using_model(None):
        assert role_model() is None


# --- training ------------------------------------------------------------------------------------------


def _training_script() -> object:
    spec = importlib.util.spec_from_file_location(
        "train_text_roles", ROOT / "scripts" / "train_text_roles.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_training_command_writes_the_same_file_twice_on_a_tiny_fixture(tmp_path: Path) -> None:
    fixture = tmp_path / "text"
    fixture.mkdir()
    for stem in ("bbc-comments", "substack-discussion", "mailman-digest"):
        for suffix in (".txt", ".expected.json"):
            (fixture / (stem + suffix)).write_bytes((PAGES / (stem + suffix)).read_bytes())
    script = _training_script()
    for out in ("a.json", "b.json"):
        assert script.main(["--pages", str(fixture), "--out", str(tmp_path / out)]) == 0  # type: ignore[attr-defined]
    assert (tmp_path / "a.json").read_bytes() == (tmp_path / "b.json").read_bytes()
    card = json.loads((tmp_path / "a.json").read_text(encoding="utf-8"))["model_card"]
    assert card["pages"] == 2 and list(card["left_out"]) == ["mailman-digest"]
    assert card["lines"]["body"] > 0 and card["lines"]["footer"] > 0


@pytest.mark.model
@pytest.mark.slow
def test_the_shipped_weights_are_what_training_on_the_text_pages_gives() -> None:
    model = train_text_roles(labelled_pages(PAGES))
    shipped = TextLineRoleModel.load(SHIPPED)
    assert shipped.get_params() == model.get_params()
    assert np.allclose(shipped.coef_, model.coef_, atol=1e-6)
    assert np.allclose(shipped.mean_, model.mean_, atol=1e-6)


@pytest.mark.parametrize(
    ("text", "addresses"),
    [
        ("Hallo Heike,", True),
        ("Gruß, Klaus", True),
        ("Danke, Tobias,", True),
        ("Reply, Share", False),  # no commenter's name
        ("Hallo Heike, ich habe gestern beim Amt angerufen.", False),  # a sentence, not a greeting
        ("Heike", False),  # no comma: a name line, which the signs read
    ],
)
def test_a_greeting_or_closing_naming_a_commenter_is_never_trimmed(text: str, addresses: bool) -> None:
    first_names = frozenset({"heike", "klaus", "tobias"})
    assert _text_roles._addresses_commenter(text, first_names) is addresses


def test_a_closing_line_over_a_commenters_first_name_is_never_trimmed() -> None:
    lines = split_lines("Aled Price\nThe sauna closes too.\n\nBest wishes\nAled\n\nNora Blythe\nThanks.")
    first_names = frozenset({"aled", "nora"})
    closing = next(index for index, line in enumerate(lines) if line.text == "Best wishes")
    assert _text_roles._closes_over_name(lines, closing, first_names)
    assert not _text_roles._closes_over_name(lines, closing + 1, first_names)  # "Aled" over a blank


@pytest.mark.parametrize(
    ("text", "own"),
    [
        ("> cuts libraries by a third", True),  # a quotation: the rules read its parent from it
        ("Where does the money go?", True),
        ("Care has to be paid for.", True),
        ("Load more comments", False),
        ("Reply · Share", False),
        ("Ready for more?", False),  # three words: a prompt, maybe furniture
    ],
)
def test_a_quotation_or_a_sentence_is_never_trimmed(text: str, own: bool) -> None:
    assert _text_roles._own_words(text) is own
