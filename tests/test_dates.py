"""Event dates: explicit dates, year filling and rollover, weekdays, relative words, months."""

from __future__ import annotations

import datetime as dt

import pytest

from geodata.dates import find_event_date, month_number
from geodata.model import DatePrecision
from geodata.sentences import SpanError

FRIDAY = dt.date(2022, 10, 14)  # a Friday
JAN_3 = dt.date(2023, 1, 3)  # a Tuesday, early in the year
DAY, MONTH, YEAR = DatePrecision.DAY, DatePrecision.MONTH, DatePrecision.YEAR
WEEK = DatePrecision.WEEK

CASES: list[tuple[str, dt.date | None, dt.date, DatePrecision, str]] = [
    # explicit dates
    ("Drones struck the depot on Oct. 9.", FRIDAY, dt.date(2022, 10, 9), DAY, "Oct. 9"),
    ("The attack on 9 October 2021 killed two.", FRIDAY, dt.date(2021, 10, 9), DAY,
     "9 October 2021"),
    ("The attack on October 9 killed two.", FRIDAY, dt.date(2022, 10, 9), DAY, "October 9"),
    ("Photographed on September 2, 2022 near the border.", None, dt.date(2022, 9, 2), DAY,
     "September 2, 2022"),
    ("Logged as 2022-10-03 in the report.", None, dt.date(2022, 10, 3), DAY, "2022-10-03"),
    ("Recorded on 03.10.2022 by the camera.", None, dt.date(2022, 10, 3), DAY, "03.10.2022"),
    ("It started on the 5th of Sept. this year.", FRIDAY, dt.date(2022, 9, 5), DAY,
     "5th of Sept."),
    # year rollover: a day after publication belongs to the previous year
    ("Strikes resumed on Dec. 29.", JAN_3, dt.date(2022, 12, 29), DAY, "Dec. 29"),
    ("Strikes resumed on Jan. 2.", JAN_3, dt.date(2023, 1, 2), DAY, "Jan. 2"),
    # weekdays against a Friday publication
    ("Drones hit the port early on Thursday.", FRIDAY, dt.date(2022, 10, 13), DAY,
     "early on Thursday"),
    ("The city was attacked on Friday.", FRIDAY, dt.date(2022, 10, 14), DAY, "on Friday"),
    ("Explosions were heard overnight on Tuesday.", FRIDAY, dt.date(2022, 10, 11), DAY,
     "overnight on Tuesday"),
    ("The strike on Saturday cut power.", FRIDAY, dt.date(2022, 10, 8), DAY, "on Saturday"),
    ("Drones flew in last Friday.", FRIDAY, dt.date(2022, 10, 7), DAY, "last Friday"),
    ("Ministers meet ahead of Monday's summit.", FRIDAY, dt.date(2022, 10, 17), DAY,
     "ahead of Monday"),
    # relative words
    ("The plant was hit yesterday.", FRIDAY, dt.date(2022, 10, 13), DAY, "yesterday"),
    ("Sirens sounded today across the city.", FRIDAY, FRIDAY, DAY, "today"),
    ("Explosions shook the city last night.", FRIDAY, dt.date(2022, 10, 13), DAY, "last night"),
    # month and year precision
    ("The launches began in October.", FRIDAY, dt.date(2022, 10, 1), MONTH, "in October"),
    ("The launches began in November.", FRIDAY, dt.date(2021, 11, 1), MONTH, "in November"),
    ("The deal was signed in August 2022.", None, dt.date(2022, 8, 1), MONTH, "August 2022"),
    ("The first shipments came last month.", FRIDAY, dt.date(2022, 9, 1), MONTH, "last month"),
    ("The peninsula was seized in 2014.", FRIDAY, dt.date(2014, 1, 1), YEAR, "in 2014"),
    # week precision: the Monday of the week
    ("Drones hit the port last week.", FRIDAY, dt.date(2022, 10, 3), WEEK, "last week"),
    ("Earlier this week the port was hit.", FRIDAY, dt.date(2022, 10, 10), WEEK, "this week"),
    ("Дрони атакували порт минулого тижня.", FRIDAY, dt.date(2022, 10, 3), WEEK,
     "минулого тижня"),
    ("Дроны атаковали порт на прошлой неделе.", FRIDAY, dt.date(2022, 10, 3), WEEK,
     "на прошлой неделе"),
    ("На этой неделе дроны атаковали порт.", FRIDAY, dt.date(2022, 10, 10), WEEK,
     "На этой неделе"),
    # a week beats a month, a day beats a week
    ("In October, and again last week, drones came.", FRIDAY, dt.date(2022, 10, 3), WEEK,
     "last week"),
    ("Last week, on Oct. 5, drones came.", FRIDAY, dt.date(2022, 10, 5), DAY, "Oct. 5"),
    # a day beats a month, whatever the order
    ("In October, drones hit the port on Oct. 3.", FRIDAY, dt.date(2022, 10, 3), DAY,
     "Oct. 3"),
]


@pytest.mark.parametrize(("text", "published", "date", "precision", "words"), CASES,
                         ids=[c[0][:45] for c in CASES])
def test_date_table(text: str, published: dt.date | None, date: dt.date,
                    precision: DatePrecision, words: str) -> None:
    got = find_event_date(text, (0, len(text)), published)
    assert got is not None
    assert (got.date, got.precision) == (date, precision)
    assert got.text == words


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("It may be true that drones were used.", FRIDAY),  # "may" is not May
        ("Output was at June 4 percent.", FRIDAY),  # not a date
        ("No date is given here.", FRIDAY),
        ("Drones hit the port early on Thursday.", None),  # relative, nothing to resolve from
        ("Drones struck the depot on Oct. 9.", None),  # no year and no publication date
        ("It happened on Feb. 30.", FRIDAY),  # no such day
    ],
)
def test_no_date(text: str, published: dt.date | None) -> None:
    assert find_event_date(text, (0, len(text)), published) is None


def test_the_sentence_span_limits_the_search() -> None:
    text = "On Oct. 2 the depot burned. Drones hit the port on Oct. 9."
    second = (28, len(text))
    got = find_event_date(text, second, FRIDAY)
    assert got is not None and got.date == dt.date(2022, 10, 9)


def test_bad_sentence_span_is_an_error() -> None:
    with pytest.raises(SpanError, match="outside the text"):
        find_event_date("short", (0, 99), FRIDAY)


@pytest.mark.parametrize(("name", "number"), [("Sept.", 9), ("september", 9), ("Oct", 10),
                                              ("Smarch", None)])
def test_month_number(name: str, number: int | None) -> None:
    assert month_number(name) == number
