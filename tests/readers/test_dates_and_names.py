"""One date parser and one author normaliser for every reader (issue 13)."""

from __future__ import annotations

import pytest

from slant.readers._dates import parse_date, to_iso
from slant.readers._names import normalise_author
from slant.readers._text import read_text_page


@pytest.mark.issue(13)
@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("12. März 2024", "2024-03-12"),
        ("3 mars 2024 à 14h05", "2024-03-03T14:05:00"),
        ("5th June 2023", "2023-06-05"),
        ("June 5th, 2023 at 10:14 p.m.", "2023-06-05T22:14:00"),
        ("12 мая 2024 г., 10:15", "2024-05-12T10:15:00"),
        ("3 hours ago", None),
        ("JUNE 2023", None),
    ],
)
def test_the_html_and_json_readers_parse_dates_as_the_text_reader_does(
    value: str, expected: str | None
) -> None:
    assert to_iso(value) == expected
    assert parse_date(value, with_time=True) == expected


@pytest.mark.issue(13)
@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Posted on June 5, 2023 | 10:14", "2023-06-05T10:14:00"),
        ("2023-06-05 10:14:33", "2023-06-05T10:14:33"),  # ISO 8601 keeps its seconds
        ("2023-06-05T10:14:33+02:00", "2023-06-05T10:14:33+02:00"),  # and its zone
        (None, None),
        ("   ", None),
    ],
)
def test_to_iso_also_takes_machine_values_and_words_around_a_date(
    value: str | None, expected: str | None
) -> None:
    assert to_iso(value) == expected


@pytest.mark.issue(13)
@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Jane says:", "Jane"),
        ("Jane Says:", "Jane"),
        ("Анна пишет:", "Анна"),
        ("John wrote", "John"),
        ("Edward Said", "Edward Said"),  # a surname, not a speech verb
        ("northerntruthseeker .", "northerntruthseeker"),
        ("@northerntruthseeker", "northerntruthseeker"),
        ("· jkrauss ·", "jkrauss"),
        ("Jane…", "Jane"),
        ("Shelly K.", "Shelly K."),
        ("  ", None),
        (None, None),
    ],
)
def test_one_author_normaliser(name: str | None, expected: str | None) -> None:
    assert normalise_author(name) == expected


def test_a_says_header_in_a_text_dump_gives_the_name_alone() -> None:
    page = (
        "Ferry fares to rise in March\n\n"
        "Ferry fares between the mainland and the islands will rise by eight percent in March, the "
        "operator said on Friday. The operator blamed fuel costs and said islanders would keep their "
        "discount cards.\n\n"
        "2 comments\n\n"
        "Jane Whitfield says:\n"
        "March 3, 2024 at 10:14 am\n"
        "Eight percent is a lot for people who have no other way to the mainland.\n\n"
        "Tom Hale says:\n"
        "March 3, 2024 at 11:02 am\n"
        "The discount cards help, but only if you live there all year.\n"
    )
    doc = read_text_page(page, source="<text>", url=None)
    assert [(c.author, c.published) for c in doc.comments] == [
        ("Jane Whitfield", "2024-03-03T10:14:00"),
        ("Tom Hale", "2024-03-03T11:02:00"),
    ]


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Publié le 05/12/2024 à 17h45", "2024-12-05T17:45:00"),  # French words and an "h" time: day first
        ("el 05/12/2024 a las 9:30", "2024-12-05T09:30:00"),
        ("05/12/2024 в 10:12", "2024-12-05T10:12:00"),
        ("05/12/2024 at 5:45 pm", "2024-05-12T17:45:00"),  # an English line: month first
        ("Posted 05/12/2024", "2024-05-12"),
        ("12/25/2024 um 10:00", "2024-12-25T10:00:00"),  # no month 25: month first whatever the words
    ],
)
def test_an_ambiguous_numeric_date_is_read_day_first_beside_the_words_of_a_day_first_language(
    text: str, iso: str
) -> None:
    from slant.readers._dates import find_date

    found = find_date(text, with_time=True)
    assert found is not None and found[0] == iso
