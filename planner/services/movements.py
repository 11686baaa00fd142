"""Who travels for an event, and when they arrive and leave: the
travellers of the Logistics tab and the arrivals and departures for pick-ups."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import func, select
from sqlmodel import Session, col

from planner.db.models import Organisation, Participation, Person, Stay, TravelLeg
from planner.services import times
from planner.services.events import day_bounds, get_event
from planner.services.logistics import TravelLegRow, leg_row
from planner.services.name_order import name_key

# -- travellers


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
    leg_counts: dict[int, int] = dict(
        session.execute(
            select(col(TravelLeg.person_id), func.count())
            .where(col(TravelLeg.event_id) == event_id)
            .group_by(col(TravelLeg.person_id))
        ).all()
    )
    stay_counts: dict[int, int] = {
        person_id: count
        for person_id, count in session.execute(
            select(col(Stay.person_id), func.count())
            .where(col(Stay.event_id) == event_id, col(Stay.person_id).is_not(None))
            .group_by(col(Stay.person_id))
        )
        if person_id is not None
    }
    participants = select(col(Participation.person_id)).where(col(Participation.event_id) == event_id)
    wanted = participants.union(
        select(col(TravelLeg.person_id)).where(col(TravelLeg.event_id) == event_id),
        select(col(Stay.person_id)).where(col(Stay.event_id) == event_id, col(Stay.person_id).is_not(None)),
    )
    # Columns, not Person objects: thousands of people are read at once.
    query = (
        select(col(Person.id), col(Person.given_name), col(Person.family_name), col(Organisation.name))
        .outerjoin(Organisation, col(Organisation.id) == col(Person.organisation_id))
        .where(col(Person.id).in_(wanted))
    )
    # Sorted by the name's key (accents and case aside), then as written,
    # then by id; in Python, where the key is made once a row (SQLite's own
    # ORDER BY took as long as the reading).
    keyed = sorted(
        (name_key(family, given), family, given, person_id, organisation or "")
        for person_id, given, family, organisation in session.execute(query)
    )
    return [
        Traveller(
            person_id,
            f"{given} {family}" if given and family else given or family,
            organisation,
            leg_counts.get(person_id, 0),
            stay_counts.get(person_id, 0),
            key,
        )
        for key, family, given, person_id, organisation in keyed
    ]


# -- arrivals and departures, for pick-ups

ARRIVAL, DEPARTURE = "arrival", "departure"


@dataclass(frozen=True)
class Movement:
    """Someone arriving for the event or leaving it: ``at`` is the time in
    the event's zone, ``place`` where it happens, ``other_place`` where
    they come from or go to."""

    kind: str
    leg: TravelLegRow
    person_id: int
    person_name: str
    organisation: str
    at: datetime
    place: str
    other_place: str
    local_at: datetime  # at the place, in its own zone
    local_zone: str


def _stay_gap(legs: list[TravelLegRow], start: datetime, end: datetime) -> int:
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
        select(TravelLeg, Person, col(Organisation.name))
        .join(Person, col(Person.id) == col(TravelLeg.person_id))
        .outerjoin(Organisation, col(Organisation.id) == col(Person.organisation_id))
        .where(col(TravelLeg.event_id) == event_id)
    )
    by_person: dict[int, list[TravelLegRow]] = defaultdict(list)
    names: dict[int, tuple[str, str]] = {}
    for leg, person, organisation in session.execute(query):
        by_person[leg.person_id].append(leg_row(leg))
        names[leg.person_id] = (person.full_name, organisation or "")
    found: list[Movement] = []
    for person_id, legs in by_person.items():
        legs.sort(key=lambda leg: (times.to_utc(leg.from_at, leg.from_timezone), leg.id))
        name, organisation = names[person_id]
        gap = _stay_gap(legs, start, end)
        if gap > 0:
            leg = legs[gap - 1]
            found.append(
                Movement(
                    ARRIVAL,
                    leg,
                    person_id,
                    name,
                    organisation,
                    times.convert(leg.to_at, leg.to_timezone, event.timezone),
                    leg.to_place,
                    leg.from_place,
                    leg.to_at,
                    leg.to_timezone,
                )
            )
        if gap < len(legs):
            leg = legs[gap]
            found.append(
                Movement(
                    DEPARTURE,
                    leg,
                    person_id,
                    name,
                    organisation,
                    times.convert(leg.from_at, leg.from_timezone, event.timezone),
                    leg.from_place,
                    leg.to_place,
                    leg.from_at,
                    leg.from_timezone,
                )
            )
    return sorted(found, key=lambda movement: (movement.at, movement.person_name, movement.leg.id))


def movements_by_day(movements: list[Movement], kind: str) -> list[tuple[date, list[Movement]]]:
    """Arrivals (or departures) grouped by day in the event's zone."""
    days: dict[date, list[Movement]] = {}
    for movement in movements:
        if movement.kind == kind:
            days.setdefault(movement.at.date(), []).append(movement)
    return sorted(days.items())
