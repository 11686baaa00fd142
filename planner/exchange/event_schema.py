"""The shape of an event file (see the event file format), as pydantic
models: unknown fields, wrong types and malformed dates are refused here,
with the place named; meaning (keys, time order, zones) is checked on import.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Annotated, Any, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field

from planner.services.language import say

FORMAT = "planner-event"
VERSION = 1

_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_WALL_CLOCK = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}")


def _as_text(value: Any, what: str) -> str:
    if not isinstance(value, str):
        if what == "a date":
            raise ValueError(say("must be a date written as text, not {kind}", kind=json_type(value)))
        raise ValueError(say("must be a local time written as text, not {kind}", kind=json_type(value)))
    return value


def _parse_day(value: Any) -> date | None:
    if value is None or value == "":
        return None
    value = _as_text(value, "a date")
    if not _DAY.fullmatch(value):
        raise ValueError(say("'{value}' is not a date of the form YYYY-MM-DD", value=value))
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise ValueError(say("'{value}' is not a date of the calendar", value=value)) from None


def _required_day(value: Any) -> date:
    parsed = _parse_day(value)
    if parsed is None:
        raise ValueError(say("a date is required (YYYY-MM-DD)"))
    return parsed


def _parse_wall_clock(value: Any) -> datetime:
    value = _as_text(value, "a local time")
    if not _WALL_CLOCK.fullmatch(value):
        raise ValueError(
            say("'{value}' is not a local time of the form YYYY-MM-DDTHH:MM (without an offset)", value=value)
        )
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        raise ValueError(say("'{value}' is not a real date and time", value=value)) from None


def _none_is_empty(value: Any) -> Any:
    return "" if value is None else value


def _decimal_text(value: Any) -> Any:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        example = f"{value:.2f}"
        raise ValueError(say('must be a decimal string such as "{example}", not a number', example=example))
    return value


def json_type(value: Any) -> str:
    """How JSON calls the type of a parsed value, for messages."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, dict):
        return "an object"
    if isinstance(value, list):
        return "a list"
    return "text"


# Optional text: missing, null and "" are the same.
Text = Annotated[str, BeforeValidator(_none_is_empty)]
Day = Annotated[date, BeforeValidator(_required_day)]
OptionalDay = Annotated[date | None, BeforeValidator(_parse_day)]
WallClock = Annotated[datetime, BeforeValidator(_parse_wall_clock)]
Amount = Annotated[str, BeforeValidator(_decimal_text)]


class Part(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)


class Venue(Part):
    name: Text = ""
    address: Text = ""
    city: Text = ""
    country: Text = ""


class Related(Part):
    relation: str
    title: Text = ""
    starts_on: OptionalDay = None
    ends_on: OptionalDay = None
    city: Text = ""


class EventPart(Part):
    title: str
    kind: str
    status: Text = ""
    programme: Text = ""
    funding: Text = ""
    starts_on: Day
    ends_on: Day
    timezone: str
    venue: Venue | None = None
    host: Text = ""
    organiser_email: Text = ""
    summary: Text = ""
    objectives: list[str] = []
    related: list[Related] = []
    # The signature sheets have a morning and an afternoon column (older files: one a day).
    attendance_halves: bool = False
    # Lists given to others hold only those who agreed (older files: everyone).
    consent_needed: bool = False


class OrganisationPart(Part):
    key: str
    name: str
    kind: Text = ""
    region: Text = ""
    country: Text = ""
    website: Text = ""


class PersonPart(Part):
    key: str
    honorific: Text = ""
    given_name: Text = ""
    family_name: Text = ""
    organisation: Text = ""
    position: Text = ""
    region: Text = ""
    country: Text = ""
    email: Text = ""
    phone: Text = ""
    dietary: Text = ""
    accessibility: Text = ""
    language: Text = ""  # preferred language: a code ("de") or a name ("Deutsch"); older files have none
    gender: Text = ""  # woman, man, another or not_stated; older files have none


class PresentPart(Part):
    """A day (or half of it) the participant was marked present: ticked at
    the door, or from a signed sheet."""

    day: Day
    part: Text = "day"  # day, morning or afternoon
    source: Text = "door"  # door or sheet


class ConsentPart(Part):
    """What the participant agreed to (or refused) for one purpose."""

    purpose: str
    given: bool = True
    given_on: OptionalDay = None
    how: Text = ""
    wording: Text = ""
    withdrawn_on: OptionalDay = None


class ParticipantPart(Part):
    person: str
    role: Text = ""
    status: Text = ""
    arrives_on: OptionalDay = None
    departs_on: OptionalDay = None
    notes: Text = ""
    present: list[PresentPart] = []  # older files: none recorded
    consents: list[ConsentPart] = []  # older files: none recorded (never asked)


class AgendaPart(Part):
    starts_at: WallClock
    ends_at: WallClock
    kind: Text = ""
    title: str
    location: Text = ""
    speakers: list[str] = []
    moderator: Text = ""
    description: Text = ""
    topics: list[str] = []


class Endpoint(Part):
    place: str
    at: WallClock
    timezone: str


class Money(Part):
    amount: Amount
    currency: str


class TravelPart(Part):
    person: str
    mode: Text = ""
    carrier: Text = ""
    number: Text = ""
    reference: Text = ""
    departure: Endpoint = Field(alias="from")
    arrival: Endpoint = Field(alias="to")
    cost: Money | None = None


class StayPart(Part):
    person: Text = ""
    name: str
    address: Text = ""
    check_in: Day
    check_out: Day
    reference: Text = ""
    cost: Money | None = None


class CostPart(Part):
    category: str
    description: Text = ""
    amount: Amount
    currency: str
    person: Text = ""
    funded_by: Text = ""
    spent_on: OptionalDay = None
    payee: Text = ""
    evidence: Text = ""


class BudgetPart(Part):
    """What a funder is planned to pay for one category (files before
    budgets have none)."""

    funder: str
    category: str
    amount: Amount
    currency: str
    note: Text = ""


class MinutesItemPart(Part):
    kind: str
    text: str
    by: Text = ""
    organisation: Text = ""
    topic: Text = ""
    owner: Text = ""
    due: OptionalDay = None
    state: Text = ""


class MinutesPart(Part):
    summary: Text = ""
    items: list[MinutesItemPart] = []


class EventFile(Part):
    format: Literal["planner-event"]
    version: Literal[1]
    event: EventPart
    organisations: list[OrganisationPart] = []
    people: list[PersonPart] = []
    participants: list[ParticipantPart] = []
    agenda: list[AgendaPart] = []
    travel: list[TravelPart] = []
    stays: list[StayPart] = []
    costs: list[CostPart] = []
    budget: list[BudgetPart] = []
    minutes: MinutesPart | None = None
