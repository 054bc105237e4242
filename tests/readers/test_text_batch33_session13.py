"""The text reader's mechanisms from text batch 33's second round (issue 14, session 13): an author
block that holds a full name, a title badge and the name of the commenter answered before its time,
and a reply count under a comment ("1 Reply") in a thread that names a reply's target in the author
block elsewhere. Pages are built by hand with names and sites that no stored page has."""

from __future__ import annotations

import pytest
from text_page import read, summary

from slant.readers._text_chrome import is_follow_button
from slant.readers._text_head import is_timed_fields_line
from slant.readers._text_induced import labelled_date_signatures, signed_line_ends
from slant.readers._text_lines import Header, Line, LineKind

HEAD = (
    "Quarry Lane Residents\n\n"
    "Quarry Lane car park to charge from March\n\n"
    "marta_k\n"
    "Marta Kowalczyk\n"
    "Admin\n"
    "Jan 9\n\n"
    "The council will put pay machines in the Quarry Lane car park from the first of March this year.\n\n"
    "Residents with a permit will still park free, and the permits will cost nothing for the first year.\n\n"
    "3\n"
    "Reply\n\n"
)


def _post(block: str, text: str, *, likes: int, counted: str | None = None) -> str:
    rows = [str(likes), *([counted] if counted else []), "Reply"]
    return block + "\n\n" + text + "\n\n" + "\n".join(rows) + "\n\n"


TABBED_THREAD = (
    HEAD
    + _post(
        "ollie.b\nOliver Brandt\nJan 9",
        "Free for a year and then what? Nobody has said what a permit will cost after that.",
        likes=5,
        counted="1 Reply",
    )
    + _post(
        "pen_r\nPenny Rowe\nJan 9",
        "The parish minutes say twenty pounds a year after the first one, which seems fair enough.",
        likes=2,
    )
    + _post(
        "gus_the_walker\nJan 10",
        "Will the machines take cards? The one at the station only takes coins and it is always jammed.",
        likes=4,
    )
    + _post(
        "marta_k\nMarta Kowalczyk\nAdmin\npen_r\nJan 10",
        "Thanks, I have added the parish figure to the first post so everyone can find it.",
        likes=1,
    )
)


@pytest.mark.issue(14)
def test_an_author_block_with_full_name_badge_and_target_keeps_the_username() -> None:
    comments = summary(read(TABBED_THREAD))
    assert comments[3][0] == "marta_k"  # not "Marta Kowalczyk": the block's first name line opens it
    assert comments[3][2] == 1  # the tab "pen_r" over the date names the comment answered


@pytest.mark.issue(14)
def test_a_reply_count_in_a_thread_that_tabs_its_replies_parents_the_next_comment() -> None:
    comments = summary(read(TABBED_THREAD))
    assert [(author, parent) for author, _, parent in comments] == [
        ("ollie.b", None),
        ("pen_r", 0),  # right under "1 Reply": the count is the mark, no tab needed
        ("gus_the_walker", None),
        ("marta_k", 1),
    ]


@pytest.mark.issue(14)
def test_a_reply_count_in_a_thread_without_tabs_stays_uncorroborated() -> None:
    untabbed = TABBED_THREAD.replace("Admin\npen_r\nJan 10", "Admin\nJan 10")
    comments = summary(read(untabbed))
    assert [parent for _, _, parent in comments] == [None, None, None, None]


SUBMITTED_STORY = (
    "Harbour board shuts the old ferry slip for nine months\n"
    "portnews.example\n\n"
    "por ferrolana a portnews.example enviado: hace 5 h. publicado: hace 2 h.\n\n"
    "El consorcio del puerto cerrará la rampa del ferry durante nueve meses para reconstruirla entera. "
    "Los pasajeros embarcarán en el muelle pesquero hasta el final de las obras.\n\n"
    "#1\n"
    "Nueve meses sin rampa en pleno invierno, con el muelle pesquero sin ningún refugio para esperar.\n"
    "votos: 12, karma: 80\n"
    "    rampa_norte    hace 4 h\n\n"
    "#2\n"
    "Lo anunciaron en el pleno del mes pasado y nadie dijo nada entonces, así que ahora toca esperar.\n"
    "votos: 7, karma: 41\n"
    "    kaimauer    hace 3 h\n"
)


@pytest.mark.issue(14)
def test_a_submission_line_of_labelled_times_is_no_article_text() -> None:
    doc = read(SUBMITTED_STORY)
    assert doc.article is not None
    assert doc.article.text.startswith("El consorcio del puerto")
    assert len(summary(doc)) == 2


@pytest.mark.issue(14)
def test_a_timed_fields_line_needs_every_field_a_time() -> None:
    assert is_timed_fields_line("por ferrolana a portnews.example enviado: hace 5 h. publicado: hace 2 h.")
    assert is_timed_fields_line("Published: March 3, 2024")
    assert not is_timed_fields_line("Update: 3 hours ago the fire reached the coast road.")
    assert not is_timed_fields_line("Tags: harbour, ferry")


BADGED_REPLIES = (
    "Harbour board shuts the old ferry slip for nine months\n\n"
    "The harbour board will close the old ferry slip for nine months from April to rebuild its ramp. "
    "Foot passengers will board at the fish quay across the basin until the works are finished.\n\n"
    "3 comments\n\n"
    "Tomasz Wren\n"
    "Nine months without the slip means the early boat goes from the fish quay all winter.\n"
    "Reply\n\n"
    "ines_c\n"
    "Skipper\n"
    " Reply to Tomasz Wren\n"
    "The quay gets a heated shelter in February, the board confirmed it last week.\n"
    "Reply\n\n"
    "Pavel Dunn\n"
    "Will the night boat still run while the slip is shut, or does it stop too?\n"
    "Reply\n"
)


@pytest.mark.issue(14)
def test_a_badge_between_the_author_and_the_reply_mark_is_no_commenter() -> None:
    assert summary(read(BADGED_REPLIES)) == [
        (
            "Tomasz Wren",
            "Nine months without the slip means the early boat goes from the fish quay all winter.",
            None,
        ),
        ("ines_c", "The quay gets a heated shelter in February, the board confirmed it last week.", 0),
        ("Pavel Dunn", "Will the night boat still run while the slip is shut, or does it stop too?", None),
    ]


BOXED_THREAD = (
    "Harbour board shuts the old ferry slip for nine months\n\n"
    "The harbour board will close the old ferry slip for nine months from April to rebuild its ramp. "
    "Foot passengers will board at the fish quay across the basin until the works are finished.\n\n"
    "3 comments\n"
    "Hottest\n"
    "Freshest\n"
    "Be kind and keep it civil\n"
    "Send it\n\n"
    "Tomasz Wren\n"
    "Nine months without the slip means the early boat goes from the fish quay all winter.\n"
    "Reply\n\n"
    "Ines Carvalho\n"
    "The quay gets a heated shelter in February, the board confirmed it last week.\n"
    "Reply\n\n"
    "Pavel Dunn\n"
    "Will the night boat still run while the slip is shut, or does it stop too?\n"
    "Reply\n"
)


@pytest.mark.issue(14)
def test_the_comment_box_under_the_heading_is_no_comment() -> None:
    assert [author for author, _, _ in summary(read(BOXED_THREAD))] == [
        "Tomasz Wren",
        "Ines Carvalho",
        "Pavel Dunn",
    ]


@pytest.mark.issue(14)
def test_a_first_comment_glued_to_the_heading_stays() -> None:
    glued = BOXED_THREAD.replace("Hottest\nFreshest\nBe kind and keep it civil\nSend it\n\n", "")
    assert [author for author, _, _ in summary(read(glued))] == ["Tomasz Wren", "Ines Carvalho", "Pavel Dunn"]


FOOTED_THREAD_WITH_TAIL = BOXED_THREAD + (
    "\nSee every comment on this story\n\n"
    "Further reading\n"
    "Why did the night ferry stop calling at Kelby?\n"
    "The quay cranes that outlived the shipyard\n"
)


@pytest.mark.issue(14)
def test_blocks_without_a_footer_after_a_footed_thread_are_no_comments() -> None:
    assert [author for author, _, _ in summary(read(FOOTED_THREAD_WITH_TAIL))] == [
        "Tomasz Wren",
        "Ines Carvalho",
        "Pavel Dunn",
    ]


@pytest.mark.issue(14)
def test_a_last_comment_with_a_time_after_the_footed_thread_stays() -> None:
    late = (
        BOXED_THREAD + "\nMarta Quill\n2 hours ago\nThe slip was last rebuilt in 1987, so it is about time.\n"
    )
    assert [author for author, _, _ in summary(read(late))][-1] == "Marta Quill"


FOOT_DATED = (
    "Harbour board shuts the old ferry slip for nine months\n\n"
    "The harbour board will close the old ferry slip for nine months from April to rebuild its ramp.\n\n"
    "Foot passengers will board at the fish quay across the basin until the works are finished.\n\n"
    "Published 4 March 2024, 09:30\n"
    "harbour\n"
    "ferries\n"
)


@pytest.mark.issue(14)
def test_a_dated_line_at_the_article_foot_gives_its_date_when_the_head_has_none() -> None:
    doc = read(FOOT_DATED)
    assert doc.article is not None
    assert doc.article.published == "2024-03-04"
    assert doc.article.text.endswith("until the works are finished.")


@pytest.mark.issue(14)
def test_a_date_inside_the_last_paragraph_is_no_foot_date() -> None:
    doc = read(
        FOOT_DATED.replace("Published 4 March 2024, 09:30\n", "The slip was last rebuilt on 4 March 1987.\n")
    )
    assert doc.article is not None
    assert doc.article.published is None


AUTHOR_BOX = (
    "Harbour board shuts the old ferry slip for nine months\n\n"
    "Ines Carvalho\n"
    "Writes about ports and coastal towns\n"
    "Follow\n\n"
    "312 readers liked this\n\n"
    "The harbour board will close the old ferry slip for nine months from April to rebuild its ramp.\n\n"
    "Foot passengers will board at the fish quay across the basin until the works are finished.\n"
)


@pytest.mark.issue(14)
def test_a_name_over_a_tagline_and_a_follow_button_is_the_author_box() -> None:
    doc = read(AUTHOR_BOX)
    assert doc.article is not None
    assert doc.article.author == "Ines Carvalho"
    assert doc.article.text.startswith("The harbour board will close")


@pytest.mark.issue(14)
def test_follow_buttons() -> None:
    assert is_follow_button("Follow") and is_follow_button("+ Follow") and is_follow_button("关注她")
    assert not is_follow_button("Follow the signs to the fish quay")


QA_PAGE = (
    "Harbour Q&A\n\n"
    "How do I count the ferry crossings per day from the harbour log?\n\n"
    "Asked 3 Dec 2024\n\n"
    "The harbour log has one row per departure with a timestamp and the slip it left from, and I need "
    "the number of crossings for each day of the year without the cancelled ones.\n\n"
    "Share\n"
    "Improve this question\n"
    "asked Dec 3, 2024 at 10:12\n"
    "Rosa Lindqvist\n"
    "1 234 ● 2 ● 11\n\n"
    "Which database is the log in? – Tomas Berg Dec 3, 2024 at 10:20\n"
    "@Tomas Berg PostgreSQL 16, I have added it to the question. – Rosa Lindqvist Dec 3, 2024 at 10:31\n"
    "Add a comment\n\n"
    "2 answers\n"
    "Sorted by:\n"
    "Highest score\n\n"
    "5\n\n"
    "Group the departures by their date and count the rows that are not marked as cancelled in the log.\n\n"
    "Share\n"
    "Improve this answer\n"
    "answered Dec 3, 2024 at 11:05\n"
    "Tomas Berg\n"
    "8 450 ● 4 ● 27\n\n"
    "@Tomas Berg Thanks, that runs in a second now. – Rosa Lindqvist Dec 3, 2024 at 12:48\n"
    "Add a comment\n\n"
    "1\n\n"
    "A calendar table with one row per day also gives you the days without any crossing at all.\n\n"
    "Share\n"
    "Improve this answer\n"
    "answered Dec 4, 2024 at 08:40\n"
    "Ida Moen\n"
    "612 ● 1 ● 6\n"
    "Add a comment\n\n"
    "Your Answer\n"
)


@pytest.mark.issue(14)
def test_a_qa_page_signed_after_its_texts_reads_comments_and_answers() -> None:
    doc = read(QA_PAGE)
    assert doc.article is not None
    assert doc.article.text.startswith("The harbour log has one row per departure")
    assert [(author, text[:24], parent) for author, text, parent in summary(doc)] == [
        ("Tomas Berg", "Which database is the lo", None),
        ("Rosa Lindqvist", "@Tomas Berg PostgreSQL 1", 0),
        ("Tomas Berg", "Group the departures by ", None),  # "2 answers" under the form counts no replies
        ("Rosa Lindqvist", "@Tomas Berg Thanks, that", 2),
        ("Ida Moen", "A calendar table with on", None),
    ]


@pytest.mark.issue(14)
def test_one_line_signed_at_its_end_alone_stays_text() -> None:
    lines = [
        Line("The harbour board met on Monday.", 0, 0, LineKind.TEXT, None),
        Line("We asked about the slip – Tomas Berg Dec 3, 2024 at 10:20", 0, 1, LineKind.TEXT, None),
    ]
    assert signed_line_ends(lines) == lines  # one such line is a dash in a sentence, not a thread


@pytest.mark.issue(14)
def test_a_dated_label_over_a_name_repeated_is_a_signature() -> None:
    def line(text: str, kind: LineKind, header: Header | None = None, gap: int = 0) -> Line:
        return Line(text, 0, gap, kind, header)

    def name(text: str) -> Line:
        return line(text, LineKind.HEADER, Header(LineKind.HEADER, author=text))

    lines = [
        line("Share", LineKind.CHROME, gap=1),
        line("Improve this answer", LineKind.TEXT),
        line("answered Dec 3, 2024 at 11:05", LineKind.TEXT),
        name("Tomas Berg"),
        line("answered Dec 4, 2024 at 08:40", LineKind.TEXT, gap=1),
        name("Ida Moen"),
    ]
    found = labelled_date_signatures(list(lines))
    assert [(found_line.kind, found_line.header and found_line.header.author) for found_line in found] == [
        (LineKind.CHROME, None),
        (LineKind.CHROME, None),  # the widget row over the label, in its block
        (LineKind.CHROME, None),
        (LineKind.SIGNATURE, "Tomas Berg"),
        (LineKind.CHROME, None),
        (LineKind.SIGNATURE, "Ida Moen"),
    ]
    assert labelled_date_signatures(list(lines[:4])) == lines[:4]  # one pair alone: no layout
