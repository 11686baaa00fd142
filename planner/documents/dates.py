"""Dates and times as printed, in the document's language: "Wednesday 3
June 2009", "Freitag, 23. März 2018", "3–4 June 2009", "23 marca – 2
kwietnia 2018".

Formatted with Babel for the language (CLDR's month and weekday names, in
the case a date needs: "23 marca", "23 Μαρτίου"). A long list prints the
same few days over and over: each is formatted once."""

from __future__ import annotations

from datetime import date, datetime, time
from functools import lru_cache

from babel.dates import format_date, format_skeleton, format_time

# A weekday and date in full. English keeps Planner's "Friday 23 March
# 2018"; Greek writes a comma after the weekday, as Greek letters and
# forms do ("Παρασκευή, 23 Μαρτίου 2018"). The others are CLDR's own.
_FULL = {"en": "EEEE d MMMM y", "el": "EEEE, d MMMM y"}
_LONG = {"en": "d MMMM y"}
_SHORT = {"en": "EEE d MMM"}  # "Wed 3 Jun"
# The first day of a span within one month: "3–4 June", "23.–24. März".
_DAY_ONLY = {"de": "d."}


@lru_cache(maxsize=4096)
def long_day(value: date, language: str = "en", *, weekday: bool = True) -> str:
    """ "Friday 23 March 2018" ("23 March 2018" without the weekday)."""
    if weekday:
        return format_date(value, _FULL.get(language, "full"), locale=language)
    return format_date(value, _LONG.get(language, "long"), locale=language)


@lru_cache(maxsize=4096)
def short_day(value: date, language: str = "en") -> str:
    """ "Wed 3 Jun", "Mi., 3. Juni"."""
    if language in _SHORT:
        return format_date(value, _SHORT[language], locale=language)
    return format_skeleton("MMMEd", value, locale=language)


@lru_cache(maxsize=1024)
def day_and_month(value: date, language: str = "en") -> str:
    """ "3 June", "3. Juni", "3 czerwca"."""
    if language == "en":
        return format_date(value, "d MMMM", locale="en")
    return format_skeleton("MMMMd", value, locale=language)


@lru_cache(maxsize=1024)
def day_span(first: date, last: date, language: str = "en") -> str:
    """ "3–4 June 2009", "30 June – 2 July 2009", "3 June 2009"."""
    if first == last:
        return long_day(first, language, weekday=False)
    if (first.year, first.month) == (last.year, last.month):
        start = format_date(first, _DAY_ONLY.get(language, "d"), locale=language)
        return f"{start}–{long_day(last, language, weekday=False)}"
    if first.year == last.year:
        return f"{day_and_month(first, language)} – {long_day(last, language, weekday=False)}"
    return f"{long_day(first, language, weekday=False)} – {long_day(last, language, weekday=False)}"


@lru_cache(maxsize=2048)
def _clock(hour: int, minute: int, language: str) -> str:
    return format_time(time(hour, minute), "HH:mm", locale=language)


def clock(value: datetime | time, language: str = "en") -> str:
    """ "09:00": every partner's country reads the 24-hour clock."""
    return _clock(value.hour, value.minute, language)


@lru_cache(maxsize=1024)
def day_month_year(value: date, language: str = "en") -> str:
    """ "15 Apr 2026", "15. Apr. 2026": a due date in a table."""
    if language == "en":
        return format_date(value, "d MMM y", locale="en")
    return format_skeleton("yMMMd", value, locale=language)
