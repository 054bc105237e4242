"""The text reader's mechanisms from text batch 33 (issue 14): a thread that signs each comment under
its text with the author and a relative time set apart by a wide space alone (maybe flagged with a
trailing mark, maybe under the comment's vote counts), and a numbered thread whose replies open with
the number of the comment they answer ("#4 ..."). Pages are built by hand with names and sites that
no stored page has."""

from __future__ import annotations

import pytest
from text_page import read, summary

from slant.readers._text_induced import form_lines, induced_time_headers
from slant.readers._text_lines import Line, LineKind

BODY = (
    "The harbour board will close the old ferry slip for nine months from April to rebuild its ramp.\n\n"
    "Foot passengers will board at the fish quay across the basin until the works are finished.\n\n"
)


def _text_line(text: str, *, gap: int = 0) -> Line:
    return Line(text, 4, gap, LineKind.TEXT, None)


@pytest.mark.issue(14)
def test_a_name_and_a_relative_time_apart_by_a_wide_space_repeated_are_headers() -> None:
    lines = [
        _text_line(BODY.split("\n\n")[0]),
        _text_line("rampa_norte    hace 8 h", gap=1),
        _text_line("kaimauer    hace 3 h *", gap=1),
    ]
    found = form_lines(induced_time_headers(lines))
    assert [(line.kind, line.header and line.header.author) for line in found[1:]] == [
        (LineKind.HEADER, "rampa_norte"),
        (LineKind.HEADER, "kaimauer"),
    ]


@pytest.mark.issue(14)
def test_one_wide_spaced_name_and_time_alone_is_no_header() -> None:
    lines = [_text_line(BODY.split("\n\n")[0]), _text_line("rampa_norte    hace 8 h", gap=1)]
    assert induced_time_headers(lines)[1].kind is LineKind.TEXT


NUMBERED_SIGNED_BELOW = (
    "Ferry slip to close for nine months\n\n" + BODY + "3 comments\n\n"
    "#1\n"
    "Nine months without the slip means the early boat goes from the fish quay all winter.\n"
    "votes: 12, karma: 80\n"
    "    rampa_norte    hace 8 h\n\n"
    "#2\n"
    "#1 The fish quay has no shelter at all, so that will be a cold wait in January.\n"
    "votes: 7, karma: 41\n"
    "    kaimauer    hace 6 h *\n\n"
    "#3\n"
    "#2 They promised a heated cabin on the quay at the last harbour board meeting.\n"
    "votes: 3, karma: 19\n"
    "    rampa_norte    hace 5 h\n"
)


@pytest.mark.issue(14)
def test_an_author_line_under_the_vote_counts_signs_the_text_and_a_number_reference_is_the_parent() -> None:
    assert summary(read(NUMBERED_SIGNED_BELOW)) == [
        (
            "rampa_norte",
            "Nine months without the slip means the early boat goes from the fish quay all winter.",
            None,
        ),
        ("kaimauer", "#1 The fish quay has no shelter at all, so that will be a cold wait in January.", 0),
        ("rampa_norte", "#2 They promised a heated cabin on the quay at the last harbour board meeting.", 1),
    ]


TOPIC_WITH_SUMMARY = (
    "Ferry slip to close for nine months\n\n"
    "harbour_desk\nDec 4\n\n" + BODY + "4\nReply\n\n"
    "created\nDec 4\nlast reply\n1d\n3\nreplies\n210\nviews\n\n"
    "quay_walker\nDec 4\n\n"
    "Nine months without the slip means the early boat goes from the fish quay all winter.\n\n"
    "6\nReply\n\n"
    "net_mender\nDec 5\n\n"
    "The fish quay has no shelter at all, so that will be a cold wait in January for everyone.\n\n"
    "2\nReply\n"
)


@pytest.mark.issue(14)
def test_a_topic_summary_of_labels_over_times_is_no_comment() -> None:
    assert [author for author, _, _ in summary(read(TOPIC_WITH_SUMMARY))] == ["quay_walker", "net_mender"]
