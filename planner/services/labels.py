"""Words shown for stored values: "study_visit" is shown as "Study visit"
(in German "Studienreise"), and the days and times shown beside them.

The one place these words come from, for the window and for everything
Planner prints or sends: the English word is the msgid of the
``vocabulary`` catalogue, so every language says the same thing wherever
a value is shown. Without a language, the window's own is used."""

from __future__ import annotations

from datetime import date, datetime, time
from enum import StrEnum
from functools import lru_cache

from babel.dates import format_date, format_interval, format_skeleton, format_time

from planner.db.enums import (
    ActionState,
    AgendaKind,
    ConsentPurpose,
    ConsentWay,
    CostCategory,
    DisclosureKind,
    EventKind,
    EventStatus,
    Gender,
    MinutesKind,
    OrganisationKind,
    ParticipationStatus,
    PurgeKind,
    Relation,
    Role,
    TravelMode,
)
from planner.services.language import interface_language, language_code, wording

VOCABULARY = "vocabulary"

# Every enumeration whose values are shown.
ENUMERATIONS: tuple[type[StrEnum], ...] = (
    EventKind,
    EventStatus,
    OrganisationKind,
    Role,
    ParticipationStatus,
    AgendaKind,
    TravelMode,
    CostCategory,
    MinutesKind,
    ActionState,
    Relation,
    Gender,
    ConsentPurpose,
    ConsentWay,
    PurgeKind,
    DisclosureKind,
)

# The English word of each stored value: the msgid of its translations.
# A value shared by two enumerations ("other", "confirmed", "travel") has
# one word, so that it reads the same in every list.
WORDS: dict[str, str] = {
    # Event kinds
    "workshop": "Workshop",
    "meeting": "Meeting",
    "study_visit": "Study visit",
    "conference": "Conference",
    "training": "Training",
    "other": "Other",
    # Event statuses
    "draft": "Draft",
    "planned": "Planned",
    "confirmed": "Confirmed",
    "held": "Held",
    "cancelled": "Cancelled",
    # Organisation kinds
    "cluster": "Cluster",
    "company": "Company",
    "university": "University",
    "research": "Research",
    "hospital": "Hospital",
    "public_body": "Public body",
    "association": "Association",
    # Roles
    "organiser": "Organiser",
    "host": "Host",
    "speaker": "Speaker",
    "moderator": "Moderator",
    "participant": "Participant",
    "observer": "Observer",
    # Participation statuses
    "invited": "Invited",
    "registered": "Registered",
    "declined": "Declined",
    "attended": "Attended",
    "no_show": "No-show",
    # Agenda kinds
    "session": "Session",
    "presentation": "Presentation",
    "discussion": "Discussion",
    "break": "Break",
    "meal": "Meal",
    "site_visit": "Site visit",
    "networking": "Networking",
    "travel": "Travel",
    # Travel modes
    "flight": "Flight",
    "train": "Train",
    "bus": "Bus",
    "car": "Car",
    "taxi": "Taxi",
    "ferry": "Ferry",
    # Cost categories
    "accommodation": "Accommodation",
    "subsistence": "Subsistence",
    "venue": "Venue",
    "catering": "Catering",
    "fees": "Fees",
    # Minutes kinds
    "conclusion": "Conclusion",
    "proposal": "Proposal",
    "decision": "Decision",
    "action": "Action",
    "best_practice": "Best practice",
    "discussion_point": "Discussion point",
    # Action states
    "open": "Open",
    "done": "Done",
    "dropped": "Dropped",
    # Relations between events
    "held_alongside": "Held alongside",
    "outcomes_presented_at": "Outcomes presented at",
    "follow_up_of": "Follow-up of",
    "part_of": "Part of",
    # Genders
    "woman": "Woman",
    "man": "Man",
    "another": "Another",
    "not_stated": "Not stated",
    # What a consent is for, and how it was given
    "shared_list": "Shared participant list",
    "photos": "Photos",
    "needs": "Dietary and access needs",
    "contact_after": "Contact after the event",
    "form": "Registration form",
    "email": "E-mail",
    "paper": "On paper",
    "oral": "Orally",
    # Purges of personal data, and what left the laptop
    "event": "Event",
    "person": "Person",
    "export": "Export",
    "document": "Document",
    "message": "E-mail",  # an e-mail sent, or written as .eml
    "list": "List given out",
}


def _language(language: str | None) -> str:
    return interface_language() if language is None else language_code(language)


def label(value: str, language: str | None = None) -> str:
    """The word for a stored value in ``language`` (the window's if None);
    a value Planner does not know is shown readably as it is."""
    if not value:
        return ""
    english = WORDS.get(value)
    if english is None:
        return value.replace("_", " ").capitalize()
    return wording(_language(language), VOCABULARY).gettext(english)


def choices(options: type[StrEnum], language: str | None = None) -> list[tuple[str, str]]:
    """(stored value, shown label) for every option of an enumeration."""
    return [(option.value, label(option.value, language)) for option in options]


# -- days and times, as the window and lists show them ------------------------------


@lru_cache(maxsize=4096)
def _day(value: date, language: str) -> str:
    if language == "en":  # "Fri 23 Mar 2018"
        return format_date(value, "EEE dd MMM y", locale="en")
    return format_skeleton("yMMMEd", value, locale=language)


def day(value: date | None, language: str | None = None) -> str:
    """ "Fri 23 Mar 2018", "Fr., 23. März 2018"."""
    return _day(value, _language(language)) if value else ""


@lru_cache(maxsize=1024)
def _days(first: date, last: date, language: str) -> str:
    if first == last:
        return _day(first, language)
    if language != "en":  # "23.–24. März 2018", "23 mars – 2 avr. 2018"
        return format_interval(first, last, "yMMMd", locale=language)
    if (first.year, first.month) == (last.year, last.month):
        return f"{first:%d}–{format_date(last, 'dd MMM y', locale='en')}"
    if first.year == last.year:
        return f"{format_date(first, 'dd MMM', locale='en')} – {format_date(last, 'dd MMM y', locale='en')}"
    return f"{format_date(first, 'dd MMM y', locale='en')} – {format_date(last, 'dd MMM y', locale='en')}"


def days(first: date, last: date, language: str | None = None) -> str:
    """ "03–04 Jun 2009", "30 Jun – 02 Jul 2009" (as the language writes it)."""
    return _days(first, last, _language(language))


def clock(value: datetime, language: str | None = None) -> str:
    """ "09:00": the 24-hour clock the partners' countries use."""
    return _clock(value.hour, value.minute, _language(language))


@lru_cache(maxsize=4096)
def _clock(hour: int, minute: int, language: str) -> str:
    return format_time(time(hour, minute), "HH:mm", locale=language)
