"""Dates as the documents print them, in each language (Babel's CLDR
names, in the case the date needs)."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from planner.documents.dates import clock, day_month_year, day_span, long_day, short_day

FRIDAY = date(2018, 3, 23)


@pytest.mark.parametrize(
    ("language", "full", "without_weekday"),
    [
        ("en", "Friday 23 March 2018", "23 March 2018"),
        ("es", "viernes, 23 de marzo de 2018", "23 de marzo de 2018"),
        ("de", "Freitag, 23. März 2018", "23. März 2018"),
        ("fr", "vendredi 23 mars 2018", "23 mars 2018"),
        ("it", "venerdì 23 marzo 2018", "23 marzo 2018"),
        ("pl", "piątek, 23 marca 2018", "23 marca 2018"),
        ("el", "Παρασκευή, 23 Μαρτίου 2018", "23 Μαρτίου 2018"),
    ],
)
def test_a_day_in_full(language, full, without_weekday):
    assert long_day(FRIDAY, language) == full
    assert long_day(FRIDAY, language, weekday=False) == without_weekday


@pytest.mark.parametrize(
    ("language", "same_month", "two_months", "two_years"),
    [
        ("en", "3–4 June 2009", "30 June – 2 July 2009", "30 December 2009 – 2 January 2010"),
        ("de", "3.–4. Juni 2009", "30. Juni – 2. Juli 2009", "30. Dezember 2009 – 2. Januar 2010"),
        (
            "es",
            "3–4 de junio de 2009",
            "30 de junio – 2 de julio de 2009",
            "30 de diciembre de 2009 – 2 de enero de 2010",
        ),
        ("pl", "3–4 czerwca 2009", "30 czerwca – 2 lipca 2009", "30 grudnia 2009 – 2 stycznia 2010"),
        ("el", "3–4 Ιουνίου 2009", "30 Ιουνίου – 2 Ιουλίου 2009", "30 Δεκεμβρίου 2009 – 2 Ιανουαρίου 2010"),
    ],
)
def test_spans_of_days(language, same_month, two_months, two_years):
    assert day_span(date(2009, 6, 3), date(2009, 6, 4), language) == same_month
    assert day_span(date(2009, 6, 30), date(2009, 7, 2), language) == two_months
    assert day_span(date(2009, 12, 30), date(2010, 1, 2), language) == two_years
    assert day_span(date(2009, 6, 3), date(2009, 6, 3), language) == long_day(date(2009, 6, 3), language, weekday=False)


def test_short_days_due_dates_and_clocks():
    assert short_day(date(2009, 6, 3), "en") == "Wed 3 Jun"
    assert short_day(date(2009, 6, 3), "de") == "Mi., 3. Juni"
    assert short_day(date(2009, 6, 3), "fr") == "mer. 3 juin"
    assert day_month_year(date(2026, 4, 15), "en") == "15 Apr 2026"
    assert day_month_year(date(2026, 4, 15), "it") == "15 apr 2026"
    assert clock(datetime(2018, 3, 23, 9, 5), "es") == "09:05"
    assert clock(datetime(2018, 3, 23, 23, 59), "el") == "23:59"
