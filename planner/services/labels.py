"""Words shown for stored values: "study_visit" is shown as "Study visit"."""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum

_SPECIAL = {"no_show": "No-show", "public_body": "Public body", "site_visit": "Site visit"}


def label(value: str) -> str:
    if not value:
        return ""
    return _SPECIAL.get(value, value.replace("_", " ").capitalize())


def choices(options: type[StrEnum]) -> list[tuple[str, str]]:
    """(stored value, shown label) for every option of an enumeration."""
    return [(option.value, label(option.value)) for option in options]


def day(value: date | None) -> str:
    return f"{value:%a %d %b %Y}" if value else ""


def days(first: date, last: date) -> str:
    if first == last:
        return f"{first:%a %d %b %Y}"
    if (first.year, first.month) == (last.year, last.month):
        return f"{first:%d}–{last:%d %b %Y}"
    if first.year == last.year:
        return f"{first:%d %b} – {last:%d %b %Y}"
    return f"{first:%d %b %Y} – {last:%d %b %Y}"


def clock(value: datetime) -> str:
    return f"{value:%H:%M}"
