"""Dates, times and the words of stored values in the language of the
person a message or calendar is written for.

English keeps the forms Planner has always written ("Fri 23 Mar 2018"):
an invitation's text is part of what says whether it changed, so a
recipient whose language is not known is not sent the same invitation
again. Every other language has its own long form from Babel ("piątek,
23 marca 2018", "Freitag, 23. März 2018")."""

from __future__ import annotations

from datetime import date, datetime

from babel.dates import format_date, format_skeleton, format_time

from planner.services.labels import label
from planner.services.language import SOURCE_LANGUAGE, Wording, wording

# Planner's English forms, as Babel patterns.
_ENGLISH_DAY = "EEE d MMM y"  # Fri 23 Mar 2018
_ENGLISH_PADDED_DAY = "EEE dd MMM y"  # Fri 09 Mar 2018
_ENGLISH_SHORT_DAY = "EEE dd MMM"  # Fri 09 Mar
_ENGLISH_DATE = "dd MMM y"  # 09 Mar 2018


def reader_wording(language: str | None, domain: str) -> Wording:
    """The wording for a reader whose preferred language is ``language``
    ("" or None: not known, so English)."""
    return wording(language or SOURCE_LANGUAGE, domain)


def _english(words: Wording) -> bool:
    return words.language == SOURCE_LANGUAGE


def long_day(value: date, words: Wording, *, padded: bool = False) -> str:
    """A day with its weekday and year: "Fri 23 Mar 2018", "piątek, 23
    marca 2018"."""
    if _english(words):
        return format_date(value, _ENGLISH_PADDED_DAY if padded else _ENGLISH_DAY, locale=words.locale)
    return format_date(value, "full", locale=words.locale)


def days(first: date, last: date, words: Wording) -> str:
    """One day, or the first and the last: "Fri 23 Mar 2018 – Sat 24 Mar 2018"."""
    if first == last:
        return long_day(first, words)
    return f"{long_day(first, words)} – {long_day(last, words)}"


def day_month_year(value: date, words: Wording) -> str:
    """A date without its weekday: "23 Mar 2018", "23. März 2018"."""
    if _english(words):
        return format_date(value, _ENGLISH_DATE, locale=words.locale)
    return format_date(value, "long", locale=words.locale)


def short_day(value: date, words: Wording) -> str:
    """A day without its year, beside a time: "Fri 09 Mar", "Fr., 9. März"."""
    if _english(words):
        return format_date(value, _ENGLISH_SHORT_DAY, locale=words.locale)
    return format_skeleton("MMMEd", value, locale=words.locale)


def clock(value: datetime) -> str:
    """A time of day on the 24-hour clock, as every partner country writes it."""
    return format_time(value, "HH:mm", locale=SOURCE_LANGUAGE)


def value_word(value: str, language: str | None) -> str:
    """The word of a stored value ("moderator", "flight") in the reader's
    language, from the vocabulary catalogue (English when it has none)."""
    return label(value, reader_wording(language, "vocabulary").language) if value else ""
