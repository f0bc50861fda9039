"""When the event a sentence reports happened, resolved against the report's publication date.

Explicit dates ("Oct. 17", "17 October 2022", "October 17", "2022-10-17", "17.10.2022") give
day precision; without a year they take the publication year, or the year before when that
would put them after publication. Weekdays ("early on Thursday", "overnight on Tuesday",
"Saturday's strike") resolve to the most recent such day on or before publication (the
publication day itself when the weekday matches); "last Friday" is strictly before it, and
"next Friday", "ahead of Friday's", "until Friday" look forward. "yesterday", "today", "this
morning", "tonight", "last night" and a bare "overnight" count from publication. Month names
without a day ("in October", "October 2022", "last month") give month precision, and "in 2014"
year precision. "last week", "earlier this week", "минулого тижня", "на прошлой неделе" give week
precision, dated to the Monday of that week.

The first day-precise expression in the sentence wins, else the first week-precise, else the
first month-precise, else the first year. Relative expressions need the publication date;
without it they are skipped.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

from dateutil.relativedelta import FR, MO, SA, SU, TH, TU, WE, relativedelta

from geodata.model import DatePrecision, EventDate
from geodata.sentences import check_span

__all__ = ["find_event_date", "month_number"]

_MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4,
    "april": 4, "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8,
    "sep": 9, "sept": 9, "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11,
    "dec": 12, "december": 12,
}
_WEEKDAYS = (MO, TU, WE, TH, FR, SA, SU)
_DAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

# Month names are matched capitalised only: "may" the verb is not May the month.
_MONTH = (
    r"(?P<month>(?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December)\b|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\b\.?)"
)
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_WEEKDAY = r"(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"

_ISO = re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<month>[01]\d)-(?P<day>[0-3]\d)\b")
_NUMERIC = re.compile(r"\b(?P<day>[0-3]?\d)[./](?P<month>[01]?\d)[./](?P<year>(?:19|20)\d\d)\b")
_MONTH_DAY = re.compile(rf"\b{_MONTH}\s+{_DAY}\b(?!\s*(?:%|percent|per\s+cent))(?:,?\s+{_YEAR})?")
_DAY_MONTH = re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH}(?:,?\s+{_YEAR})?")
_MONTH_YEAR = re.compile(rf"\b{_MONTH}\s*,?\s+{_YEAR}\b")
_MONTH_ONLY = re.compile(
    rf"\b(?i:in|since|during|until|through|throughout|early|late|mid-?|by|last|this)\s+"
    rf"(?:(?i:early|late|mid-?)\s*)?{_MONTH}"
)
_YEAR_ONLY = re.compile(rf"\b(?i:in|since|during|by)\s+{_YEAR}\b")
_WEEKDAY_RE = re.compile(
    rf"(?P<lead>\b(?i:last|next|this|coming|ahead\s+of|until|by|before)\s+)?{_WEEKDAY}"
    rf"(?P<poss>['’]s)?"
)
_RELATIVE = re.compile(
    r"\b(?P<word>(?i:yesterday|today|tonight|this\s+morning|this\s+afternoon|this\s+evening|"
    r"last\s+night|overnight|earlier\s+today|last\s+month|this\s+month|last\s+week|"
    r"this\s+week|previous\s+week))\b"
)
_WEEKDAY_AFTER = re.compile(rf"\s+(?:(?i:on|into|to)\s+)?{_WEEKDAY}")


@dataclass(frozen=True, slots=True)
class _Found:
    start: int
    date: dt.date
    precision: DatePrecision
    text: str


def month_number(name: str) -> int | None:
    """The month number of an English month name or abbreviation ("Sept." -> 9)."""
    return _MONTHS.get(name.lower().rstrip("."))


def find_event_date(
    body: str, sentence: tuple[int, int], published: dt.date | None
) -> EventDate | None:
    """The date of the event told in the sentence ``body[sentence]``, or None if it gives none.

    >>> find_event_date("Drones hit the port early on Thursday.", (0, 38), dt.date(2022, 10, 14))
    EventDate(date=datetime.date(2022, 10, 13), precision=<DatePrecision.DAY: 'day'>, \
text='early on Thursday')
    """
    check_span(body, sentence, "sentence")
    text = body[sentence[0] : sentence[1]]
    found: list[_Found] = []
    for finder in _FINDERS:
        found.extend(finder(text, published))
    if not found:
        return None
    rank = {DatePrecision.DAY: 0, DatePrecision.WEEK: 1, DatePrecision.MONTH: 2,
            DatePrecision.YEAR: 3}
    best = min(found, key=lambda f: (rank[f.precision], f.start))
    return EventDate(best.date, best.precision, best.text)


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _fill_year(month: int, day: int, published: dt.date | None) -> dt.date | None:
    """A day without a year: the publication year, or the one before if it would be later."""
    if published is None:
        return None
    got = _safe_date(published.year, month, day)
    if got is not None and got > published:
        got = _safe_date(published.year - 1, month, day)
    return got


def _explicit(text: str, published: dt.date | None) -> list[_Found]:
    out: list[_Found] = []
    taken: list[tuple[int, int]] = []

    def add(m: re.Match[str], month: int | None, day: int, year: str | None) -> None:
        if month is None or any(a < m.end() and m.start() < b for a, b in taken):
            return
        got = _safe_date(int(year), month, day) if year else _fill_year(month, day, published)
        if got is not None:
            taken.append(m.span())
            out.append(_Found(m.start(), got, DatePrecision.DAY, m.group(0)))

    for m in _ISO.finditer(text):
        add(m, int(m.group("month")), int(m.group("day")), m.group("year"))
    for m in _NUMERIC.finditer(text):
        add(m, int(m.group("month")), int(m.group("day")), m.group("year"))
    for pattern in (_MONTH_DAY, _DAY_MONTH):
        for m in pattern.finditer(text):
            add(m, month_number(m.group("month")), int(m.group("day")), m.group("year"))
    for m in _MONTH_YEAR.finditer(text):
        month = month_number(m.group("month"))
        if month and not any(a < m.end() and m.start() < b for a, b in taken):
            taken.append(m.span())
            out.append(_Found(m.start(), dt.date(int(m.group("year")), month, 1),
                              DatePrecision.MONTH, m.group(0)))
    for m in _MONTH_ONLY.finditer(text):
        month = month_number(m.group("month"))
        if month is None or published is None:
            continue
        if any(a < m.end() and m.start() < b for a, b in taken):
            continue
        year = published.year - (1 if month > published.month else 0)
        if m.group(0).lower().startswith("last") and month == published.month:
            year -= 1
        out.append(_Found(m.start(), dt.date(year, month, 1), DatePrecision.MONTH, m.group(0)))
    for m in _YEAR_ONLY.finditer(text):
        if not any(a < m.end() and m.start() < b for a, b in taken):
            out.append(_Found(m.start(), dt.date(int(m.group("year")), 1, 1),
                              DatePrecision.YEAR, m.group(0)))
    return out


def _weekdays(text: str, published: dt.date | None) -> list[_Found]:
    if published is None:
        return []
    out: list[_Found] = []
    for m in _WEEKDAY_RE.finditer(text):
        wd = _WEEKDAYS[_DAY_NAMES.index(m.group("weekday").lower())]
        lead = " ".join((m.group("lead") or "").lower().split())
        if lead == "last":
            got = published + relativedelta(days=-1, weekday=wd(-1))
        elif lead in {"next", "coming", "ahead of", "until", "by"}:
            got = published + relativedelta(days=+1, weekday=wd(+1))
        else:
            got = published + relativedelta(weekday=wd(-1))
        start, shown = _widen(text, m.start(), m.end("weekday"))
        out.append(_Found(start, got, DatePrecision.DAY, shown))
    return out


def _widen(text: str, start: int, end: int) -> tuple[int, str]:
    """Include "early on", "overnight on", "late" before a weekday in the quoted text."""
    lead = re.search(r"(?i:(?:early|late|overnight|on|in\s+the\s+early\s+hours\s+of)\s+)+$",
                     text[:start])
    if lead:
        start = lead.start()
    return start, text[start:end].strip()


def _week_start(published: dt.date, previous: bool) -> dt.date:
    """The Monday of the publication week, or of the week before it."""
    monday = published - dt.timedelta(days=published.weekday())
    return monday - dt.timedelta(days=7) if previous else monday


def _relative(text: str, published: dt.date | None) -> list[_Found]:
    if published is None:
        return []
    out: list[_Found] = []
    for m in _RELATIVE.finditer(text):
        word = " ".join(m.group("word").lower().split())
        if word in {"last week", "previous week", "this week"}:
            out.append(_Found(m.start(), _week_start(published, word != "this week"),
                              DatePrecision.WEEK, m.group(0)))
            continue
        if word in {"last month", "this month"}:
            base = published + relativedelta(months=-1) if word == "last month" else published
            out.append(_Found(m.start(), base.replace(day=1), DatePrecision.MONTH, m.group(0)))
            continue
        if word == "overnight" and _WEEKDAY_AFTER.match(text, m.end()):
            continue  # "overnight on Tuesday": the weekday decides
        back = 1 if word in {"yesterday", "last night", "overnight"} else 0
        out.append(_Found(m.start(), published - dt.timedelta(days=back), DatePrecision.DAY,
                          m.group(0)))
    return out


# --- Ukrainian and Russian ----------------------------------------------------------------
#: Month stems (genitive "12 березня", "12 марта", and nominative forms share them).
_CYR_MONTHS = {
    "січ": 1, "лют": 2, "берез": 3, "квіт": 4, "трав": 5, "черв": 6, "лип": 7, "серп": 8,
    "верес": 9, "жовт": 10, "листопад": 11, "груд": 12,
    "январ": 1, "феврал": 2, "март": 3, "апрел": 4, "ма": 5, "июн": 6, "июл": 7, "август": 8,
    "сентябр": 9, "октябр": 10, "ноябр": 11, "декабр": 12,
}
#: Weekday forms in Ukrainian and Russian, Monday first (whole words: "серед" alone also
#: means "among", so stems would not do).
_CYR_WEEKDAYS = (
    ("понеділок", "понеділка", "понедельник", "понедельника"),
    ("вівторок", "вівторка", "вторник", "вторника"),
    ("середу", "середа", "середи", "среду", "среда", "среды"),
    ("четвер", "четверга", "четверг"),
    ("п'ятницю", "п'ятниця", "п'ятниці", "п’ятницю", "п’ятниця", "п’ятниці", "пятницу",
     "пятница", "пятницы"),
    ("суботу", "субота", "суботи", "субботу", "суббота", "субботы"),
    ("неділю", "неділя", "неділі", "воскресенье", "воскресенья"),
)
_CYR_MONTH_RE = "|".join(sorted(_CYR_MONTHS, key=len, reverse=True))
_CYR_DAY_MONTH = re.compile(
    rf"(?<!\d)(?P<day>[0-3]?\d)\s+(?P<month>(?i:{_CYR_MONTH_RE})[а-яіїєґ]*)(?![\w])"
    rf"(?:\s+(?P<year>(?:19|20)\d\d))?"
)
_CYR_WEEKDAY_RE = re.compile(
    r"(?P<lead>(?i:(?:у|в|во)\s+(?:ніч|ночь)\s+(?:на|з|с)\s+|(?:у|в|во)\s+|"
    r"минул\w*\s+|прошл\w*\s+))(?P<weekday>(?i:"
    + "|".join(sorted((x for g in _CYR_WEEKDAYS for x in g), key=len, reverse=True))
    + r"))(?![\w'’])"
)
_CYR_RELATIVE = re.compile(
    r"(?<![\w])(?P<word>(?i:вчора|вчера|сьогодні|сегодня|минулої\s+ночі|минулої\s+доби|"
    r"прошлой\s+ночью|этой\s+ночью|цієї\s+ночі|вночі|ночью))(?![\w])"
)
#: "минулого тижня", "на минулому тижні", "цього тижня", "на прошлой неделе", "на этой неделе"
_CYR_WEEK = re.compile(
    r"(?<![\w])(?P<word>(?i:(?:на\s+)?(?:минул\w*|прошл\w*|попередн\w*|цього|цьому|этой)\s+"
    r"(?:тиж\w*|недел\w*)))(?![\w])"
)


def _cyr_month(word: str) -> int | None:
    low = word.lower()
    for stem in sorted(_CYR_MONTHS, key=len, reverse=True):
        if low.startswith(stem):
            # "ма" (May) is short: accept only the month's own forms
            if stem == "ма" and low not in {"мая", "май", "мае"}:
                return None
            return _CYR_MONTHS[stem]
    return None


def _cyrillic(text: str, published: dt.date | None) -> list[_Found]:
    """Ukrainian and Russian dates: "12 березня", "в ночь на 12 марта", "у ніч на вівторок",
    "минулої п'ятниці", "вчора". Weekdays resolve like English ones: "у ніч на вівторок" is
    the night into the most recent Tuesday on or before publication, "минулого"/"прошлый" is
    strictly before it.
    """
    out: list[_Found] = []
    for m in _CYR_DAY_MONTH.finditer(text):
        month = _cyr_month(m.group("month"))
        if month is None:
            continue
        day = int(m.group("day"))
        year = m.group("year")
        got = _safe_date(int(year), month, day) if year else _fill_year(month, day, published)
        if got is not None:
            start = m.start()
            lead = re.search(r"(?i:(?:у|в|во)\s+(?:ніч|ночь)\s+(?:на|з|с)\s+)$", text[:start])
            if lead:
                start = lead.start()
            out.append(_Found(start, got, DatePrecision.DAY, text[start : m.end()]))
    if published is None:
        return out
    for m in _CYR_WEEKDAY_RE.finditer(text):
        word = m.group("weekday").lower()
        index = next(i for i, group in enumerate(_CYR_WEEKDAYS) if word in group)
        wd = _WEEKDAYS[index]
        if m.group("lead").lower().startswith(("минул", "прошл")):
            got = published + relativedelta(days=-1, weekday=wd(-1))
        else:
            got = published + relativedelta(weekday=wd(-1))
        out.append(_Found(m.start(), got, DatePrecision.DAY, m.group(0)))
    for m in _CYR_WEEK.finditer(text):
        this = m.group("word").lower().split()[-2].startswith(("цього", "цьому", "этой"))
        out.append(_Found(m.start(), _week_start(published, not this), DatePrecision.WEEK,
                          m.group(0)))
    for m in _CYR_RELATIVE.finditer(text):
        word = " ".join(m.group("word").lower().split())
        back = 0 if word in {"сьогодні", "сегодня"} else 1
        out.append(_Found(m.start(), published - dt.timedelta(days=back), DatePrecision.DAY,
                          m.group(0)))
    return out


_FINDERS: tuple[Callable[[str, dt.date | None], list[_Found]], ...] = (
    _explicit, _weekdays, _relative, _cyrillic,
)
