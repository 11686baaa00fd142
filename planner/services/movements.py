"""Who travels for an event, and when they arrive and leave: the
travellers of the Logistics tab and the arrivals and departures for pick-ups."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import partial
from typing import NamedTuple

from sqlalchemy import select, text
from sqlmodel import Session, col

from planner.db.models import Organisation, Person, TravelLeg
from planner.db.quick_reads import all_rows
from planner.services import times
from planner.services.events import day_bounds, get_event
from planner.services.logistics import TravelLegRow, leg_row
from planner.services.name_order import name_key

# -- travellers


class Traveller(NamedTuple):
    """A participant, or someone with travel or a stay at the event (a
    named tuple: thousands are made at once, each in one step)."""

    person_id: int
    name: str
    organisation: str
    legs: int
    stays: int
    sort_key: str = ""  # family name first, as the list is sorted


_LEG_COUNTS = text("SELECT person_id, count(*) FROM travel_leg WHERE event_id = :event_id GROUP BY person_id")
_STAY_COUNTS = text(
    "SELECT person_id, count(*) FROM stay WHERE event_id = :event_id AND person_id IS NOT NULL GROUP BY person_id"
)
# Everyone taking part, travelling or staying, with their organisation.
_TRAVELLERS = text(
    """
    SELECT person.id, person.given_name, person.family_name, organisation.name
    FROM person LEFT OUTER JOIN organisation ON organisation.id = person.organisation_id
    WHERE person.id IN (
        SELECT person_id FROM participation WHERE event_id = :event_id
        UNION SELECT person_id FROM travel_leg WHERE event_id = :event_id
        UNION SELECT person_id FROM stay WHERE event_id = :event_id AND person_id IS NOT NULL
    )
    """
)


def travellers(session: Session, event_id: int) -> list[Traveller]:
    """Everyone whose logistics an organiser handles, with how many legs and
    stays each has; sorted by family name."""
    # Through the connection: plain rows, read in one fetch each.
    connection = session.connection()
    leg_counts: dict[int, int] = dict(all_rows(connection, _LEG_COUNTS.bindparams(event_id=event_id)))
    stay_counts: dict[int, int] = dict(all_rows(connection, _STAY_COUNTS.bindparams(event_id=event_id)))
    # Sorted by the name's key (accents and case aside), then as written,
    # then by id; in Python, where the key is made once a row (SQLite's own
    # ORDER BY took as long as the reading).
    keyed = sorted(
        (name_key(family, given), family, given, person_id, organisation or "")
        for person_id, given, family, organisation in all_rows(connection, _TRAVELLERS.bindparams(event_id=event_id))
    )
    make = partial(tuple.__new__, Traveller)  # each row in one step: every field is given
    legs_of, stays_of = leg_counts.get, stay_counts.get
    return [
        make(
            (
                person_id,
                f"{given} {family}" if given and family else given or family,
                organisation,
                legs_of(person_id, 0),
                stays_of(person_id, 0),
                key,
            )
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
