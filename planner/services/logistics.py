"""Travel legs, hotel stays and costs of an event: adding, changing and
deleting them, and the rows the app shows of them (``TravelLegRow``,
``StayRow``). Cost lines and totals are read in ``costs``; travellers,
arrivals and departures in ``movements``."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import partial
from typing import Any, NamedTuple, Protocol

from sqlalchemy import select
from sqlmodel import Session, col

from planner.db.enums import CostCategory, TravelMode
from planner.db.models import Cost, Person, Stay, TravelLeg
from planner.db.quick_reads import all_rows
from planner.services import times, values
from planner.services.common import create_row, fetch, update_row
from planner.services.errors import InvalidInput
from planner.services.events import get_event
from planner.services.labels import choices
from planner.services.language import say


def _blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _optional_money(raw: dict[str, Any], amount_key: str, currency_key: str, field: str) -> tuple[int | None, str]:
    """An optional price: an amount with its currency, or nothing. A currency
    alone is no price: a form that proposes EUR must not make anyone give an
    amount they never meant to give."""
    amount = raw.get(amount_key)
    if _blank(amount):
        return None, ""
    code = values.currency(raw.get(currency_key), f"{field}.currency")
    if isinstance(amount, int) and not isinstance(amount, bool):
        return amount, code  # already in minor units
    return values.minor_units(amount, code, f"{field}.amount"), code


def _person(session: Session, person_id: int | None, field: str, *, required: bool) -> int | None:
    if person_id is None:
        if required:
            raise InvalidInput(field, say("a person is required"))
        return None
    if session.get(Person, person_id) is None:
        raise InvalidInput(field, say("there is no person {id}", id=person_id))
    return person_id


def _saved_id(ident: int | None) -> int:
    """The id of a row read from the database (which always has one)."""
    if ident is None:
        raise ValueError("a row not saved yet has no id")
    return ident


def _price(minor: int | None, currency: str) -> str:
    """A price as a form shows it ("246.00"), or "" for none."""
    return "" if minor is None else values.format_minor_units(minor, currency)


def travel_modes() -> list[tuple[str, str]]:
    """(stored value, label) of every way to travel, as forms list them."""
    return choices(TravelMode)


def cost_categories() -> list[tuple[str, str]]:
    return choices(CostCategory)


# -- the event as the logistics see it -------------------------------------


@dataclass(frozen=True)
class LogisticsEvent:
    """What the logistics of an event depend on: its days and where it is."""

    id: int
    starts_on: date
    ends_on: date
    timezone: str
    venue_city: str


def logistics_event(session: Session, event_id: int) -> LogisticsEvent:
    """The event's days and place; NotFound if it is gone."""
    event = get_event(session, event_id)
    return LogisticsEvent(event_id, event.starts_on, event.ends_on, event.timezone, event.venue_city)


# -- travel ----------------------------------------------------------------


def normalise_leg(session: Session, raw: dict[str, Any]) -> dict[str, Any]:
    cost_minor, cost_currency = _optional_money(raw, "cost_minor", "cost_currency", "cost")
    cleaned: dict[str, Any] = {
        "event_id": raw["event_id"],
        "person_id": _person(session, raw.get("person_id"), "person", required=True),
        "mode": values.choice(raw.get("mode"), TravelMode, "mode", default=TravelMode.OTHER),
        "carrier": values.line(raw.get("carrier"), "carrier"),
        "number": values.line(raw.get("number"), "number"),
        "reference": values.line(raw.get("reference"), "reference"),
        "from_place": values.required_line(raw.get("from_place"), "from.place"),
        "from_at": times.wall_clock(raw.get("from_at"), "from.at"),
        "from_timezone": values.time_zone(raw.get("from_timezone"), "from.timezone"),
        "to_place": values.required_line(raw.get("to_place"), "to.place"),
        "to_at": times.wall_clock(raw.get("to_at"), "to.at"),
        "to_timezone": values.time_zone(raw.get("to_timezone"), "to.timezone"),
        "cost_minor": cost_minor,
        "cost_currency": cost_currency,
    }
    times.require_existing(cleaned["from_at"], cleaned["from_timezone"], "from.at")
    times.require_existing(cleaned["to_at"], cleaned["to_timezone"], "to.at")
    took = times.duration(cleaned["from_at"], cleaned["from_timezone"], cleaned["to_at"], cleaned["to_timezone"])
    if took.total_seconds() <= 0:
        raise InvalidInput(
            "to.at",
            say(
                "arrives {arrival} {arrival_zone}, not after it departs {departure} {departure_zone}",
                arrival=times.format_wall_clock(cleaned["to_at"]),
                arrival_zone=cleaned["to_timezone"],
                departure=times.format_wall_clock(cleaned["from_at"]),
                departure_zone=cleaned["from_timezone"],
            ),
        )
    return cleaned


def add_leg(session: Session, event_id: int, **fields: Any) -> TravelLeg:
    """``cost_minor`` may be given as a decimal string ("246.00"); an empty
    amount is no cost, whatever the currency says."""
    get_event(session, event_id)
    return create_row(session, TravelLeg, fields | {"event_id": event_id}, normalise_leg)


def update_leg(session: Session, leg_id: int, **changes: Any) -> TravelLeg:
    return update_row(session, fetch(session, TravelLeg, leg_id, "travel leg"), changes, normalise_leg)


def delete_leg(session: Session, leg_id: int) -> None:
    session.delete(fetch(session, TravelLeg, leg_id, "travel leg"))
    session.flush()


def legs_of(session: Session, event_id: int) -> list[TravelLeg]:
    legs = session.scalars(select(TravelLeg).where(col(TravelLeg.event_id) == event_id))
    return sorted(legs, key=lambda leg: (times.to_utc(leg.from_at, leg.from_timezone), leg.id or 0))


class Timed(Protocol):
    """Anything that departs and arrives: a stored leg or a row of one."""

    @property
    def from_at(self) -> datetime: ...
    @property
    def from_timezone(self) -> str: ...
    @property
    def to_at(self) -> datetime: ...
    @property
    def to_timezone(self) -> str: ...


def leg_duration(leg: Timed) -> timedelta:
    """How long the leg really takes, across time zones and DST."""
    return times.duration(leg.from_at, leg.from_timezone, leg.to_at, leg.to_timezone)


class TravelLegRow(NamedTuple):
    """A travel leg as the app shows it: wall-clock times, each with the
    zone of its place; the price in minor units (None: none given). A named
    tuple: an event's thousands of legs are made at once, each in one step."""

    id: int
    event_id: int
    person_id: int
    mode: str
    carrier: str
    number: str
    reference: str
    from_place: str
    from_at: datetime
    from_timezone: str
    to_place: str
    to_at: datetime
    to_timezone: str
    cost_minor: int | None
    cost_currency: str

    @property
    def service(self) -> str:
        """ "Aegean Airlines A3 820"."""
        return " ".join(part for part in (self.carrier, self.number) if part)

    @property
    def duration(self) -> timedelta:
        return leg_duration(self)

    def values(self) -> dict[str, Any]:
        """The leg's fields as ``add_leg``/``update_leg`` take them, the price
        as a decimal string as it is typed."""
        return {
            "person_id": self.person_id,
            "mode": self.mode,
            "carrier": self.carrier,
            "number": self.number,
            "reference": self.reference,
            "from_place": self.from_place,
            "from_at": self.from_at,
            "from_timezone": self.from_timezone,
            "to_place": self.to_place,
            "to_at": self.to_at,
            "to_timezone": self.to_timezone,
            "cost_minor": _price(self.cost_minor, self.cost_currency),
            "cost_currency": self.cost_currency,
        }


def leg_row(leg: TravelLeg) -> TravelLegRow:
    """The row shown of a stored leg."""
    return TravelLegRow(
        id=_saved_id(leg.id),
        event_id=leg.event_id,
        person_id=leg.person_id,
        mode=leg.mode,
        carrier=leg.carrier,
        number=leg.number,
        reference=leg.reference,
        from_place=leg.from_place,
        from_at=leg.from_at,
        from_timezone=leg.from_timezone,
        to_place=leg.to_place,
        to_at=leg.to_at,
        to_timezone=leg.to_timezone,
        cost_minor=leg.cost_minor,
        cost_currency=leg.cost_currency,
    )


# The stored columns a row shows, in the row's order.
_LEG_COLUMNS = [col(getattr(TravelLeg, name)) for name in TravelLegRow._fields]


def leg_rows(session: Session, event_id: int) -> list[TravelLegRow]:
    """The event's legs by departure (the true instant, across zones).
    Read as columns, not as stored objects: an event of 5,000 participants
    has thousands of legs, and the Logistics tab reads them all."""
    # Through the connection: plain rows (times made by the columns' types), in one fetch.
    query = select(*_LEG_COLUMNS).where(col(TravelLeg.event_id) == event_id)
    make = partial(tuple.__new__, TravelLegRow)  # each row in one step: the query gives every field
    rows = [make(row) for row in all_rows(session.connection(), query)]
    rows.sort(key=lambda leg: (times.to_utc(leg.from_at, leg.from_timezone), leg.id))
    return rows


def place_zones(legs: Iterable[TravelLegRow]) -> dict[str, str]:
    """The time zone of every place the legs go from or to, by its name in
    lower case: a place typed again gets the zone it had."""
    return {
        place.casefold(): zone
        for leg in legs
        for place, zone in ((leg.from_place, leg.from_timezone), (leg.to_place, leg.to_timezone))
    }


# -- stays -----------------------------------------------------------------


def normalise_stay(session: Session, raw: dict[str, Any]) -> dict[str, Any]:
    cost_minor, cost_currency = _optional_money(raw, "cost_minor", "cost_currency", "cost")
    cleaned: dict[str, Any] = {
        "event_id": raw["event_id"],
        "person_id": _person(session, raw.get("person_id"), "person", required=False),
        "name": values.required_line(raw.get("name"), "name"),
        "address": values.text(raw.get("address"), "address", values.NOTE),
        "check_in": values.day(raw.get("check_in"), "check_in"),
        "check_out": values.day(raw.get("check_out"), "check_out"),
        "reference": values.line(raw.get("reference"), "reference"),
        "cost_minor": cost_minor,
        "cost_currency": cost_currency,
    }
    if cleaned["check_out"] <= cleaned["check_in"]:
        if cleaned["check_out"] == cleaned["check_in"]:
            refusal = say("{check_out} is the same day as check_in {check_in}", **cleaned)
        else:
            refusal = say("{check_out} is before check_in {check_in}", **cleaned)
        raise InvalidInput("check_out", refusal)
    return cleaned


def add_stay(session: Session, event_id: int, **fields: Any) -> Stay:
    get_event(session, event_id)
    return create_row(session, Stay, fields | {"event_id": event_id}, normalise_stay)


def update_stay(session: Session, stay_id: int, **changes: Any) -> Stay:
    return update_row(session, fetch(session, Stay, stay_id, "stay"), changes, normalise_stay)


def delete_stay(session: Session, stay_id: int) -> None:
    session.delete(fetch(session, Stay, stay_id, "stay"))
    session.flush()


def stays_of(session: Session, event_id: int) -> list[Stay]:
    query = select(Stay).where(col(Stay.event_id) == event_id).order_by(col(Stay.check_in), col(Stay.id))
    return list(session.scalars(query))


@dataclass(frozen=True)
class StayRow:
    """A hotel stay as the app shows it (``person_id`` None: booked for no
    one in particular, a driver say)."""

    id: int
    event_id: int
    person_id: int | None
    name: str
    address: str
    check_in: date
    check_out: date
    reference: str
    cost_minor: int | None
    cost_currency: str

    @property
    def nights(self) -> int:
        return (self.check_out - self.check_in).days

    def values(self) -> dict[str, Any]:
        """The stay's fields as ``add_stay``/``update_stay`` take them."""
        return {
            "person_id": self.person_id,
            "name": self.name,
            "address": self.address,
            "check_in": self.check_in,
            "check_out": self.check_out,
            "reference": self.reference,
            "cost_minor": _price(self.cost_minor, self.cost_currency),
            "cost_currency": self.cost_currency,
        }


def stay_rows(session: Session, event_id: int) -> list[StayRow]:
    """The event's stays by check-in."""
    return [
        StayRow(
            id=_saved_id(stay.id),
            event_id=stay.event_id,
            person_id=stay.person_id,
            name=stay.name,
            address=stay.address,
            check_in=stay.check_in,
            check_out=stay.check_out,
            reference=stay.reference,
            cost_minor=stay.cost_minor,
            cost_currency=stay.cost_currency,
        )
        for stay in stays_of(session, event_id)
    ]


# -- costs -----------------------------------------------------------------


def normalise_cost(session: Session, raw: dict[str, Any]) -> dict[str, Any]:
    code = values.currency(raw.get("currency"), "currency")
    amount = raw.get("amount_minor")
    if isinstance(amount, bool) or not isinstance(amount, int):
        amount = values.minor_units(amount, code, "amount")
    return {
        "event_id": raw["event_id"],
        "category": values.choice(raw.get("category"), CostCategory, "category"),
        "description": values.text(raw.get("description"), "description", values.NOTE),
        "amount_minor": amount,
        "currency": code,
        "person_id": _person(session, raw.get("person_id"), "person", required=False),
        "funded_by": values.line(raw.get("funded_by"), "funded_by"),
        "spent_on": values.day(raw.get("spent_on"), "spent_on", required=False),
        "payee": values.line(raw.get("payee"), "payee"),
        "evidence": values.line(raw.get("evidence"), "evidence"),
    }


def add_cost(session: Session, event_id: int, **fields: Any) -> Cost:
    """``amount_minor`` may be given as a decimal string ("0.10")."""
    get_event(session, event_id)
    return create_row(session, Cost, fields | {"event_id": event_id}, normalise_cost)


def update_cost(session: Session, cost_id: int, **changes: Any) -> Cost:
    return update_row(session, fetch(session, Cost, cost_id, "cost"), changes, normalise_cost)


def delete_cost(session: Session, cost_id: int) -> None:
    session.delete(fetch(session, Cost, cost_id, "cost"))
    session.flush()


def costs_of(session: Session, event_id: int) -> list[Cost]:
    return list(session.scalars(select(Cost).where(col(Cost.event_id) == event_id).order_by(col(Cost.id))))
