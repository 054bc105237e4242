"""slant's own office-holders table (issue 19, part 2): its shape, its coverage and its best-known dates."""

from __future__ import annotations

import re
from datetime import date

import pytest

from slant.annotators._offices import check_office, office_table

pytestmark = pytest.mark.issue(19)

_DATE = re.compile(r"^\d{4}-\d{2}(-\d{2})?$")
#: The issue's countries and bodies; each must have a head of state, of government and a foreign minister.
_COVERED = ("us", "ru", "ua", "gb", "fr", "de", "cn", "sy", "tr", "ir", "il")


def _first_day(value: str) -> date:
    parts = [int(p) for p in value.split("-")]
    return date(parts[0], parts[1], parts[2] if len(parts) == 3 else 1)


def test_every_row_is_well_formed() -> None:
    table = office_table()
    assert table["licence"].startswith("MIT") and "by hand" in table["compiled"]
    ids = [office["id"] for office in table["offices"]]
    assert len(ids) == len(set(ids))
    for office in table["offices"]:
        assert office["titles"] and office["country_words"] and office["holders"], office["id"]
        starts = [_first_day(h["start"]) for h in office["holders"]]
        assert starts == sorted(starts), office["id"]
        for holder in office["holders"]:
            assert holder["name"] == holder["variants"][0]
            assert _DATE.match(holder["start"]), holder
            assert holder["end"] is None or (
                _DATE.match(holder["end"]) and holder["end"] >= holder["start"]
            ), holder
        # Only the last holder can still be in office.
        assert all(h["end"] is not None for h in office["holders"][:-1]), office["id"]


def test_the_issues_offices_are_covered_from_1990() -> None:
    roles: dict[str, set[str]] = {}
    for office in office_table()["offices"]:
        country = office["id"].split(".")[0]
        roles.setdefault(country, set()).update(r.split(" since")[0] for r in office["roles"])
        assert _first_day(office["holders"][0]["start"]) <= date(2000, 1, 1), office["id"]
    for country in _COVERED:
        assert {"head of state", "head of government", "foreign minister"} <= roles[country], country
    assert "secretary-general" in roles["un"] and "secretary-general" in roles["nato"]


@pytest.mark.parametrize(
    ("title", "country", "person", "start", "end"),
    [
        ("president", "United States", "Barack Obama", "2009-01-20", "2017-01-20"),
        ("foreign minister", "Russian", "Sergei Lavrov", "2004-03-09", None),
        ("chancellor", None, "Angela Merkel", "2005-11-22", "2021-12-08"),
        ("secretary general", "UN", "Ban Ki-moon", "2007-01-01", "2016-12-31"),
        ("president", "Turkish", "Recep Tayyip Erdogan", "2014-08-28", None),
    ],
)
def test_well_known_terms(title: str, country: str | None, person: str, start: str, end: str | None) -> None:
    check = check_office(title, country, person)
    assert check.terms == ({"office": check.terms[0]["office"], "start": start, "end": end},)


def test_several_terms_and_unknowns() -> None:
    putin = check_office("president", "Russia", "Vladimir Putin")
    assert [(t["start"], t["end"]) for t in putin.terms] == [
        ("1999-12-31", "2008-05-07"),
        ("2012-05-07", None),
    ]
    assert (
        check_office("president", "France", "Vladimir Putin").reason
        == "the table holds this name in another office only"
    )
    assert check_office("president", None, "Jonas Quill").reason == "the table does not hold this name"
    assert check_office("mayor", None, "Jonas Quill").reason == "the table does not cover this office"
