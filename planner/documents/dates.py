"""Dates and times as printed: "Wednesday 3 June 2009", "3–4 June 2009"."""

from __future__ import annotations

from datetime import date, datetime


def long_day(value: date, *, weekday: bool = True) -> str:
    text = f"{value.day} {value:%B %Y}"
    return f"{value:%A} {text}" if weekday else text


def short_day(value: date) -> str:
    """ "Wed 3 Jun"."""
    return f"{value:%a} {value.day} {value:%b}"


def day_span(first: date, last: date) -> str:
    """ "3–4 June 2009", "30 June – 2 July 2009", "3 June 2009"."""
    if first == last:
        return long_day(first, weekday=False)
    if (first.year, first.month) == (last.year, last.month):
        return f"{first.day}–{last.day} {last:%B %Y}"
    if first.year == last.year:
        return f"{first.day} {first:%B} – {last.day} {last:%B %Y}"
    return f"{long_day(first, weekday=False)} – {long_day(last, weekday=False)}"


def clock(value: datetime) -> str:
    return f"{value:%H:%M}"
