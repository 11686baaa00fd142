"""Travel legs, hotel stays and costs of an event."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlmodel import Session

from planner.db.enums import CostCategory, TravelMode
from planner.db.models import Cost, Organisation, Participation, Person, Stay, TravelLeg
from planner.services import times, values
from planner.services.common import create_row, fetch, update_row
from planner.services.errors import InvalidInput
from planner.services.events import day_bounds, get_event


def _optional_money(raw: dict[str, Any], amount_key: str, currency_key: str, field: str) -> tuple[int | None, str]:
    """An optional amount: both amount and currency, or neither."""
    amount, code = raw.get(amount_key), values.line(raw.get(currency_key), f"{field}.currency")
    if amount in (None, "") and not code:
        return None, ""
    code = values.currency(code, f"{field}.currency")
    if amount in (None, ""):
        raise InvalidInput(f"{field}.amount", "an amount is required with a currency")
    if isinstance(amount, int) and not isinstance(amount, bool):
        return amount, code  # already in minor units
    return values.minor_units(amount, code, f"{field}.amount"), code


def _person(session: Session, person_id: int | None, field: str, *, required: bool) -> int | None:
    if person_id is None:
        if required:
            raise InvalidInput(field, "a person is required")
        return None
    if session.get(Person, person_id) is None:
        raise InvalidInput(field, f"there is no person {person_id}")
    return person_id


# -- travel ----------------------------------------------------------------


def _normalise_leg(session: Session, raw: dict[str, Any]) -> dict[str, Any]:
    cost_minor, cost_currency = _optional_money(raw, "cost_minor", "cost_currency", "cost")
    cleaned = {
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
            f"arrives {times.format_wall_clock(cleaned['to_at'])} {cleaned['to_timezone']}, "
            f"not after it departs {times.format_wall_clock(cleaned['from_at'])} {cleaned['from_timezone']}",
        )
    return cleaned


def add_leg(session: Session, event_id: int, **fields: Any) -> TravelLeg:
    get_event(session, event_id)
    return create_row(session, TravelLeg, fields | {"event_id": event_id}, _normalise_leg)


def update_leg(session: Session, leg_id: int, **changes: Any) -> TravelLeg:
    return update_row(session, fetch(session, TravelLeg, leg_id, "travel leg"), changes, _normalise_leg)


def delete_leg(session: Session, leg_id: int) -> None:
    session.delete(fetch(session, TravelLeg, leg_id, "travel leg"))
    session.flush()


def legs_of(session: Session, event_id: int) -> list[TravelLeg]:
    legs = session.scalars(select(TravelLeg).where(TravelLeg.event_id == event_id))
    return sorted(legs, key=lambda leg: (times.to_utc(leg.from_at, leg.from_timezone), leg.id))


def leg_duration(leg: TravelLeg):
    return times.duration(leg.from_at, leg.from_timezone, leg.to_at, leg.to_timezone)


# -- stays -----------------------------------------------------------------


def _normalise_stay(session: Session, raw: dict[str, Any]) -> dict[str, Any]:
    cost_minor, cost_currency = _optional_money(raw, "cost_minor", "cost_currency", "cost")
    cleaned = {
        "event_id": raw["event_id"],
        "person_id": _person(session, raw.get("person_id"), "person", required=False),
        "name": values.required_line(raw.get("name"), "name"),
        "address": values.text(raw.get("address"), "address"),
        "check_in": values.day(raw.get("check_in"), "check_in"),
        "check_out": values.day(raw.get("check_out"), "check_out"),
        "reference": values.line(raw.get("reference"), "reference"),
        "cost_minor": cost_minor,
        "cost_currency": cost_currency,
    }
    if cleaned["check_out"] <= cleaned["check_in"]:
        relation = "the same day as" if cleaned["check_out"] == cleaned["check_in"] else "before"
        raise InvalidInput("check_out", f"{cleaned['check_out']} is {relation} check_in {cleaned['check_in']}")
    return cleaned


def add_stay(session: Session, event_id: int, **fields: Any) -> Stay:
    get_event(session, event_id)
    return create_row(session, Stay, fields | {"event_id": event_id}, _normalise_stay)


def update_stay(session: Session, stay_id: int, **changes: Any) -> Stay:
    return update_row(session, fetch(session, Stay, stay_id, "stay"), changes, _normalise_stay)


def delete_stay(session: Session, stay_id: int) -> None:
    session.delete(fetch(session, Stay, stay_id, "stay"))
    session.flush()


def stays_of(session: Session, event_id: int) -> list[Stay]:
    query = select(Stay).where(Stay.event_id == event_id).order_by(Stay.check_in, Stay.id)
    return list(session.scalars(query))


# -- costs -----------------------------------------------------------------


def _normalise_cost(session: Session, raw: dict[str, Any]) -> dict[str, Any]:
    code = values.currency(raw.get("currency"), "currency")
    amount = raw.get("amount_minor")
    if isinstance(amount, bool) or not isinstance(amount, int):
        amount = values.minor_units(amount, code, "amount")
    return {
        "event_id": raw["event_id"],
        "category": values.choice(raw.get("category"), CostCategory, "category"),
        "description": values.text(raw.get("description"), "description"),
        "amount_minor": amount,
        "currency": code,
        "person_id": _person(session, raw.get("person_id"), "person", required=False),
        "funded_by": values.line(raw.get("funded_by"), "funded_by"),
    }


def add_cost(session: Session, event_id: int, **fields: Any) -> Cost:
    """``amount_minor`` may be given as a decimal string ("0.10")."""
    get_event(session, event_id)
    return create_row(session, Cost, fields | {"event_id": event_id}, _normalise_cost)


def update_cost(session: Session, cost_id: int, **changes: Any) -> Cost:
    return update_row(session, fetch(session, Cost, cost_id, "cost"), changes, _normalise_cost)


def delete_cost(session: Session, cost_id: int) -> None:
    session.delete(fetch(session, Cost, cost_id, "cost"))
    session.flush()


def costs_of(session: Session, event_id: int) -> list[Cost]:
    return list(session.scalars(select(Cost).where(Cost.event_id == event_id).order_by(Cost.id)))


# -- read models for the app -------------------------------------------------


def zone_abbreviation(wall_clock: datetime, zone_name: str) -> str:
    """EET, CEST: the zone's name at that moment; "UTC+03" where it has none."""
    moment = wall_clock.replace(tzinfo=ZoneInfo(zone_name), fold=0)
    name = moment.tzname() or ""
    if name and name[0] in "+-":
        offset = moment.utcoffset() or timedelta(0)
        sign, minutes = ("+" if offset >= timedelta(0) else "-"), abs(int(offset.total_seconds())) // 60
        return f"UTC{sign}{minutes // 60:02d}" + (f":{minutes % 60:02d}" if minutes % 60 else "")
    return name


@dataclass(frozen=True)
class Traveller:
    """A participant, or someone with travel or a stay at the event."""

    person_id: int
    name: str
    organisation: str
    legs: int
    stays: int
    sort_key: str = ""  # family name first, as the list is sorted


def travellers(session: Session, event_id: int) -> list[Traveller]:
    """Everyone whose logistics an organiser handles, with how many legs and
    stays each has; sorted by family name."""
    leg_counts = dict(
        session.execute(
            select(TravelLeg.person_id, func.count()).where(TravelLeg.event_id == event_id).group_by(TravelLeg.person_id)
        ).all()
    )
    stay_counts = dict(
        session.execute(
            select(Stay.person_id, func.count())
            .where(Stay.event_id == event_id, Stay.person_id.is_not(None))
            .group_by(Stay.person_id)
        ).all()
    )
    participants = select(Participation.person_id).where(Participation.event_id == event_id)
    wanted = participants.union(
        select(TravelLeg.person_id).where(TravelLeg.event_id == event_id),
        select(Stay.person_id).where(Stay.event_id == event_id, Stay.person_id.is_not(None)),
    )
    query = (
        select(Person, Organisation.name)
        .outerjoin(Organisation, Organisation.id == Person.organisation_id)
        .where(Person.id.in_(wanted))
        .order_by(Person.family_name, Person.given_name, Person.id)
    )
    return [
        Traveller(
            person.id, person.full_name, organisation or "", leg_counts.get(person.id, 0),
            stay_counts.get(person.id, 0), f"{person.family_name} {person.given_name}".casefold(),
        )
        for person, organisation in session.execute(query)
    ]


# -- costs, with those booked on travel legs and stays

COST, TRAVEL_LEG, STAY = "cost", "travel_leg", "stay"


@dataclass(frozen=True)
class CostLine:
    """One amount: a cost of the event, or the price booked on a travel leg
    or a stay (``source``)."""

    source: str
    source_id: int
    category: str
    description: str
    person_id: int | None
    person_name: str
    funded_by: str
    amount_minor: int
    currency: str


def _leg_description(leg: TravelLeg) -> str:
    service = " ".join(part for part in (leg.carrier, leg.number) if part)
    route = f"{leg.from_place} → {leg.to_place}, {leg.from_at:%a %d %b}"
    return f"{service}, {route}" if service else route


def cost_lines(session: Session, event_id: int) -> list[CostLine]:
    """The event's costs, then the prices of its travel legs and stays."""
    lines = [
        CostLine(COST, cost.id, cost.category, cost.description, cost.person_id,
                 person.full_name if person else "", cost.funded_by, cost.amount_minor, cost.currency)
        for cost, person in session.execute(
            select(Cost, Person).outerjoin(Person, Person.id == Cost.person_id)
            .where(Cost.event_id == event_id).order_by(Cost.id)
        )
    ]
    legs = session.execute(
        select(TravelLeg, Person).join(Person, Person.id == TravelLeg.person_id)
        .where(TravelLeg.event_id == event_id, TravelLeg.cost_minor.is_not(None))
        .order_by(TravelLeg.from_at, TravelLeg.id)
    )
    lines += [
        CostLine(TRAVEL_LEG, leg.id, CostCategory.TRAVEL.value, _leg_description(leg), leg.person_id,
                 person.full_name, "", leg.cost_minor, leg.cost_currency)
        for leg, person in legs
    ]
    stays = session.execute(
        select(Stay, Person).outerjoin(Person, Person.id == Stay.person_id)
        .where(Stay.event_id == event_id, Stay.cost_minor.is_not(None))
        .order_by(Stay.check_in, Stay.id)
    )
    for stay, person in stays:
        nights = (stay.check_out - stay.check_in).days
        description = f"{stay.name}, {nights} night{'s' if nights != 1 else ''} from {stay.check_in:%a %d %b}"
        lines.append(CostLine(STAY, stay.id, CostCategory.ACCOMMODATION.value, description, stay.person_id,
                              person.full_name if person else "", "", stay.cost_minor, stay.cost_currency))
    return lines


def _add(table: dict[str, dict[str, int]], key: str, currency: str, amount: int) -> None:
    table.setdefault(key, {})
    table[key][currency] = table[key].get(currency, 0) + amount


@dataclass
class CostTotals:
    """Sums in minor units, always per currency: EUR and PLN are never added.

    The event's costs make the totals. Prices booked on travel legs and
    stays are summed apart (``booked``): organisers usually also enter the
    invoice or claim for them as a cost, and adding both would count twice."""

    by_category: dict[str, dict[str, int]] = field(default_factory=dict)
    by_funder: dict[str, dict[str, int]] = field(default_factory=dict)  # "" = no funder given
    by_currency: dict[str, int] = field(default_factory=dict)
    booked: dict[str, dict[str, int]] = field(default_factory=dict)  # by category

    def currencies(self) -> list[str]:
        return sorted(set(self.by_currency).union(*self.booked.values()))


def cost_totals(lines: list[CostLine]) -> CostTotals:
    totals = CostTotals()
    for line in lines:
        if line.source != COST:
            _add(totals.booked, line.category, line.currency, line.amount_minor)
            continue
        _add(totals.by_category, line.category, line.currency, line.amount_minor)
        _add(totals.by_funder, line.funded_by, line.currency, line.amount_minor)
        totals.by_currency[line.currency] = totals.by_currency.get(line.currency, 0) + line.amount_minor
    return totals


# -- arrivals and departures, for pick-ups

ARRIVAL, DEPARTURE = "arrival", "departure"


@dataclass(frozen=True)
class Movement:
    """Someone arriving for the event or leaving it: ``at`` is the time in
    the event's zone, ``place`` where it happens, ``other_place`` where
    they come from or go to."""

    kind: str
    leg: TravelLeg
    person_id: int
    person_name: str
    organisation: str
    at: datetime
    place: str
    other_place: str
    local_at: datetime  # at the place, in its own zone
    local_zone: str


def _stay_gap(legs: list[TravelLeg], start: datetime, end: datetime) -> int:
    """The gap between legs that is the stay at the event: the one that
    overlaps the event's days most. Gap g lies between legs[g-1] and legs[g];
    0 is before the first leg, len(legs) after the last."""
    best, best_overlap = 0, timedelta(-1)
    for gap in range(len(legs) + 1):
        since = times.to_utc(legs[gap - 1].to_at, legs[gap - 1].to_timezone) if gap else start
        until = times.to_utc(legs[gap].from_at, legs[gap].from_timezone) if gap < len(legs) else end
        overlap = min(until, end) - max(since, start)
        if overlap > best_overlap:
            best, best_overlap = gap, overlap
    return best


def arrivals_and_departures(session: Session, event_id: int) -> list[Movement]:
    """Each traveller's last leg before their stay at the event (arrival)
    and first leg after it (departure), by time in the event's zone. The
    stay is the gap between legs that overlaps the event's days most, so a
    connecting flight or a stop-over elsewhere is not taken for it."""
    event = get_event(session, event_id)
    first, after_last = day_bounds(event.starts_on, event.ends_on)
    start, end = times.to_utc(first, event.timezone), times.to_utc(after_last, event.timezone)
    query = (
        select(TravelLeg, Person, Organisation.name)
        .join(Person, Person.id == TravelLeg.person_id)
        .outerjoin(Organisation, Organisation.id == Person.organisation_id)
        .where(TravelLeg.event_id == event_id)
    )
    by_person: dict[int, list[tuple[TravelLeg, Person, str | None]]] = defaultdict(list)
    for leg, person, organisation in session.execute(query):
        by_person[person.id].append((leg, person, organisation))
    found: list[Movement] = []
    for entries in by_person.values():
        entries.sort(key=lambda entry: (times.to_utc(entry[0].from_at, entry[0].from_timezone), entry[0].id))
        legs = [leg for leg, _person, _organisation in entries]
        _leg, person, organisation = entries[0]
        gap = _stay_gap(legs, start, end)
        if gap > 0:
            leg = legs[gap - 1]
            found.append(Movement(ARRIVAL, leg, person.id, person.full_name, organisation or "",
                                  times.convert(leg.to_at, leg.to_timezone, event.timezone),
                                  leg.to_place, leg.from_place, leg.to_at, leg.to_timezone))
        if gap < len(legs):
            leg = legs[gap]
            found.append(Movement(DEPARTURE, leg, person.id, person.full_name, organisation or "",
                                  times.convert(leg.from_at, leg.from_timezone, event.timezone),
                                  leg.from_place, leg.to_place, leg.from_at, leg.from_timezone))
    return sorted(found, key=lambda movement: (movement.at, movement.person_name, movement.leg.id))


def movements_by_day(movements: list[Movement], kind: str) -> list[tuple[date, list[Movement]]]:
    """Arrivals (or departures) grouped by day in the event's zone."""
    days: dict[date, list[Movement]] = {}
    for movement in movements:
        if movement.kind == kind:
            days.setdefault(movement.at.date(), []).append(movement)
    return sorted(days.items())
