"""The learned line-role model of the HTML reader (issue 14, docs/bench-readers-html.md "Sixth
reading"): a block's lines, their features, the model's contract, the shipped weights, and what the
reader does with them, on hand-made pages."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import lxml.html
import numpy as np
import pytest
from bridge_page import read, rows

from slant._errors import ModelError, NotFittedError
from slant.readers._html_role_features import FEATURE_NAMES, page_features
from slant.readers._html_role_lines import BlockLine, block_lines
from slant.readers._html_role_model import LABELS, LineRoleModel
from slant.readers._html_role_training import labelled_pages, train_line_roles
from slant.readers._html_roles import _corrected_author, role_model, using_model

pytestmark = pytest.mark.issue(14)

ROOT = Path(__file__).resolve().parents[2]
PAGES = ROOT / "bench" / "pages" / "html-real"
SHIPPED = ROOT / "src" / "slant" / "data" / "readers" / "line_roles.json"
#: The batches the shipped model is trained on (heldout-15 and heldout-16 are the test).
TRAINING_BATCHES = ("dev", *(f"heldout-{number}" for number in range(1, 15)))

BLOCK = (
    "<div class='comment' id='c1'><div class='comment-meta'><a class='author-name' href='/u/ann'>Ann</a>"
    "<time datetime='2025-05-02T10:00'>2 May</time></div>"
    "<p>The bridge is <a href='/x'>finally</a> open.<br>See you there.</p>"
    "<div class='comment' id='c2'><a href='/u/ben'>Ben</a><p>A reply.</p></div>"
    "<div class='comment-footer'><button>Like</button> Reply</div></div>"
)


def _nothing(element: object) -> bool:
    return False


def _block() -> object:
    return lxml.html.fragment_fromstring(BLOCK)


# --- a block's lines -----------------------------------------------------------------------------------


def test_a_blocks_lines_leave_out_nested_replies_and_controls() -> None:
    lines = block_lines(_block(), nested=lambda element: element.get("id") == "c2")
    # inline elements joined as element_text joins them, so that lines match the signs' text
    assert [line.text for line in lines] == [
        "Ann2 May",
        "The bridge is finally open.",
        "See you there.",
        "Reply",
    ]
    meta, opening, broken, footer = lines
    assert meta.tag == "a" and {"author", "name", "comment", "meta"} <= meta.tokens
    assert opening.tag == "p" and opening.link_chars == len("finally") and opening.paragraph
    assert not broken.paragraph  # a <br> line, not a new paragraph
    assert "footer" in footer.tokens


def test_a_time_element_marks_its_line() -> None:
    lines = block_lines(
        lxml.html.fragment_fromstring("<li><time>2 May</time><p>Text here.</p></li>"), nested=_nothing
    )
    assert [line.timed for line in lines] == [True, False]


# --- features ------------------------------------------------------------------------------------------


def test_features_give_one_row_per_line_and_read_repetition_across_blocks() -> None:
    blocks = [
        block_lines(
            lxml.html.fragment_fromstring(f"<div><b>{name}</b><p>{text}</p><span>Reply</span></div>"),
            nested=_nothing,
        )
        for name, text in (("Ann", "Bridges are good."), ("Ben", "I walk to work over it every day now."))
    ]
    features = page_features(blocks, ["Bridges are good.", "I walk to work over it every day now."])
    assert features.shape == (6, len(FEATURE_NAMES))
    same_text = features[:, FEATURE_NAMES.index("same_text")]
    in_hand = features[:, FEATURE_NAMES.index("in_hand")]
    assert list(same_text) == [0, 0, 1, 0, 0, 1]  # "Reply" in both blocks, the rest differs
    assert list(in_hand) == [0, 1, 0, 0, 1, 0]
    assert page_features([], []).shape == (0, len(FEATURE_NAMES))


# --- the model's contract ------------------------------------------------------------------------------


def _toy_data() -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(0)
    x = rng.normal(size=(60, len(FEATURE_NAMES)))
    y = np.argmax(x[:, :3], axis=1)  # each role told by one column
    return x, y


def test_the_model_fits_predicts_probabilities_and_round_trips(tmp_path: Path) -> None:
    x, y = _toy_data()
    model = LineRoleModel(iterations=300).fit(x, y)
    probabilities = model.predict_proba(x)
    assert probabilities.shape == (60, len(LABELS))
    assert np.allclose(probabilities.sum(axis=1), 1.0)
    assert (probabilities.argmax(axis=1) == y).mean() > 0.9
    model.save(tmp_path / "m.json", thresholds={"trim": 0.05, "rescue": 0.9}, model_card={"pages": 0})
    loaded = LineRoleModel.load(tmp_path / "m.json")
    assert np.allclose(loaded.predict_proba(x), probabilities, atol=1e-6)
    assert loaded.thresholds_ == {"trim": 0.05, "rescue": 0.9}


def test_the_model_refuses_to_predict_before_fit_and_checks_its_parameters() -> None:
    with pytest.raises(NotFittedError):
        LineRoleModel().predict_proba(np.zeros((1, len(FEATURE_NAMES))))
    x, y = _toy_data()
    with pytest.raises(ValueError, match=r"l2 must be a number >= 0\. Got -1"):
        LineRoleModel(l2=-1).fit(x, y)
    with pytest.raises(ValueError, match="columns"):
        LineRoleModel().fit(x[:, :5], y)


def test_a_model_file_of_other_features_is_a_one_line_model_error(tmp_path: Path) -> None:
    settings = json.loads(SHIPPED.read_text(encoding="utf-8"))
    settings["features"] = settings["features"][:-1]
    (tmp_path / "m.json").write_text(json.dumps(settings), encoding="utf-8")
    with pytest.raises(ModelError, match="other line features"):
        LineRoleModel.load(tmp_path / "m.json")


# --- training ------------------------------------------------------------------------------------------


def _training_script() -> object:
    spec = importlib.util.spec_from_file_location(
        "train_reader_roles", ROOT / "scripts" / "train_reader_roles.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_training_command_writes_the_same_file_twice_on_a_tiny_fixture(tmp_path: Path) -> None:
    fixture = tmp_path / "dev"
    fixture.mkdir()
    for stem in ("disqus-embed-en", "blogger-threaded-es"):
        for suffix in (".html", ".expected.json"):
            (fixture / (stem + suffix)).write_bytes((PAGES / "dev" / (stem + suffix)).read_bytes())
    script = _training_script()
    for out in ("a.json", "b.json"):
        assert script.main(["--pages", str(fixture), "--out", str(tmp_path / out)]) == 0  # type: ignore[attr-defined]
    assert (tmp_path / "a.json").read_bytes() == (tmp_path / "b.json").read_bytes()
    card = json.loads((tmp_path / "a.json").read_text(encoding="utf-8"))["model_card"]
    assert card["pages"] == 2 and card["lines"]["body"] > 0 and card["lines"]["chrome"] > 0


def test_the_training_command_refuses_the_test_batches(tmp_path: Path) -> None:
    with pytest.raises(SystemExit):
        _training_script().main(["--pages", str(PAGES / "heldout-15"), "--out", str(tmp_path / "m.json")])  # type: ignore[attr-defined]


@pytest.mark.model
@pytest.mark.slow
def test_the_shipped_weights_are_what_training_on_dev_to_heldout_14_gives() -> None:
    model = train_line_roles(labelled_pages(PAGES / batch for batch in TRAINING_BATCHES), use_hand=False)
    shipped = LineRoleModel.load(SHIPPED)
    assert shipped.get_params() == model.get_params()
    assert np.allclose(shipped.coef_, model.coef_, atol=1e-6)
    assert np.allclose(shipped.mean_, model.mean_, atol=1e-6)


# --- what the reader does with it -----------------------------------------------------------------------

NAMES = ("Marta Gil", "Pablo Ruiz", "Lucía Vega")
BODIES = (
    "The new timetable finally fits the school run, thank you for reporting it.",
    "I still wait twenty minutes at the stop near the market every single morning.",
    "Does anyone know whether the night line will stop at the hospital too?",
)


def _discussion(footer: str) -> str:
    items = "".join(
        f"<div class='entry' id='e{i}'><a href='/people/u{i}'>{name}</a> <span class='when'>hace {i + 1} horas"
        f"</span><p>{body}</p><div class='tools'>{footer}</div></div>"
        for i, (name, body) in enumerate(zip(NAMES, BODIES, strict=True))
    )
    return f"<div class='talk'>{items}</div>"


@pytest.mark.model
def test_a_footer_word_the_signs_do_not_know_is_left_out_by_the_learned_roles() -> None:
    discussion = _discussion("Reportar")  # "report" in Spanish: no button word of the signs
    with using_model(None):
        assert all(text.endswith("\nReportar") for _, text, _ in rows(read(discussion)))
    doc = read(discussion)
    assert doc.meta["comment_markup"] == "shape"
    assert rows(doc) == [(name, body, None) for name, body in zip(NAMES, BODIES, strict=True)]


@pytest.mark.model
def test_a_comment_of_one_sentence_keeps_its_text() -> None:
    discussion = _discussion("")
    assert rows(read(discussion)) == [(name, body, None) for name, body in zip(NAMES, BODIES, strict=True)]


@pytest.mark.model
def test_the_shipped_model_loads_with_its_thresholds() -> None:
    model = role_model()
    assert model is not None and not model.use_hand
    assert LABELS[0] == "body"  # readers/_html_roles.py reads the body column by that place
    assert 0 < model.thresholds_["trim"] < 0.5 < model.thresholds_["rescue"] <= 1


def _lines(*texts: str) -> list[BlockLine]:
    return [BlockLine(text, "div", 1, frozenset(), 0, False, False, True) for text in texts]


def test_the_models_author_fills_a_missing_one_or_replaces_a_doubted_line_only_when_sure() -> None:
    lines = _lines("Vermieter fragen", "Mieter2000 · 03.03.2025 11:15", "Vorher unbedingt fragen.")
    sure = np.array([0.02, 0.95, 0.0])
    settings = {"low": 0.05, "take": 0.9}
    # missing: the model's line, tidied as every author is (the date goes)
    assert _corrected_author(lines, None, sure, **settings) == "Mieter2000"
    # the signs took the subject line, which the model doubts: the model's line
    assert _corrected_author(lines, "Vermieter fragen", sure, **settings) == "Mieter2000"
    # the signs' line is the model's own choice, or one it does not doubt: kept
    assert _corrected_author(lines, "Mieter2000", sure, **settings) is None
    assert _corrected_author(lines, "Vermieter fragen", np.array([0.2, 0.95, 0.0]), **settings) is None
    # the model is not sure of any line, or the signs read the name where no line holds it: kept
    assert _corrected_author(lines, None, np.array([0.02, 0.6, 0.0]), **settings) is None
    assert _corrected_author(lines, "Anna (from an attribute)", sure, **settings) is None


@pytest.mark.model
def test_the_shipped_model_leaves_authors_to_the_signs() -> None:
    # leave one batch out over dev..heldout-14: no author threshold made an author right that the
    # signs had wrong, and every one made some wrong (docs/bench-readers-html.md, "Seventh reading")
    model = role_model()
    assert model is not None and "author_take" not in model.thresholds_


# --- the quality gate: leave one batch out, at the line level ------------------------------------------

#: Body lines told right on each left-out batch, all batches together (measured 2026-12-07 with the
#: shipped settings over the 15 batches dev..heldout-14: precision 0.975, recall 0.986 over 2,571
#: lines; over the first 11 batches it was 0.984 / 0.995: batches 11-14 hold systems none of the
#: others resembles; docs/bench-readers-html.md, "Seventh reading").
BODY_PRECISION_FLOOR = 0.96
BODY_RECALL_FLOOR = 0.97


@pytest.mark.quality
@pytest.mark.slow
def test_leave_one_batch_out_body_lines_stay_above_their_floors() -> None:
    data = {batch: labelled_pages([PAGES / batch]) for batch in TRAINING_BATCHES}
    hits = predicted = wanted = 0
    for batch in TRAINING_BATCHES:
        model = train_line_roles(
            [page for other in TRAINING_BATCHES if other != batch for page in data[other]], use_hand=False
        )
        x = np.vstack([page.features for page in data[batch]])
        y = np.concatenate([page.roles for page in data[batch]])
        body = model.predict_proba(x).argmax(axis=1) == LABELS.index("body")
        truth = y == LABELS.index("body")
        hits, predicted, wanted = (
            hits + int((body & truth).sum()),
            predicted + int(body.sum()),
            wanted + int(truth.sum()),
        )
    assert hits / predicted >= BODY_PRECISION_FLOOR
    assert hits / wanted >= BODY_RECALL_FLOOR
