"""The checks an organiser needs before printing an agenda: people in two
places at once, rooms booked twice, speakers not yet arrived or already
gone, hotel stays that overlap."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from babel.dates import format_datetime
from sqlalchemy import select
from sqlmodel import Session, col

from planner.db.models import AgendaItem, Participation, Person, Stay, TravelLeg
from planner.services import times
from planner.services.agenda import items_of, speakers_by_item
from planner.services.common import id_of
from planner.services.events import get_event
from planner.services.language import PLANNER_DOMAIN, interface_language, say, wording


@dataclass(frozen=True)
class Conflict:
    """A problem, with what it is about so the app can take the user there."""

    kind: str  # person_double_booked, room_double_booked, not_yet_arrived, already_left, stays_overlap
    message: str
    target: str  # "agenda_item", "stay"
    target_id: int
    person_id: int | None = None


def _moment(value: datetime) -> str:
    """ "Fri 23 Mar 10:30", in the window's language."""
    return format_datetime(value, "EEE dd MMM HH:mm", locale=wording(interface_language(), PLANNER_DOMAIN).locale)


def _when(item: AgendaItem) -> str:
    return f"{_moment(item.starts_at)}–{item.ends_at:%H:%M}"


def find_conflicts(session: Session, event_id: int) -> list[Conflict]:
    event = get_event(session, event_id)
    items = items_of(session, event_id)
    speakers = speakers_by_item(session, event_id)
    involved: dict[int, set[int]] = {
        id_of(item): set(speakers.get(id_of(item), [])) | ({item.moderator_id} if item.moderator_id else set())
        for item in items
    }
    # Only the speakers and moderators are checked: an event of 5,000
    # participants has a few dozen of them.
    everyone_involved: set[int] = set().union(*involved.values()) if involved else set()
    names: dict[int, str] = {}

    def name(person_id: int) -> str:
        if person_id not in names:
            person = session.get(Person, person_id)
            names[person_id] = person.full_name if person else say("person {id}", id=person_id)
        return names[person_id]

    conflicts: list[Conflict] = []
    for index, first in enumerate(items):
        for second in items[index + 1 :]:
            if second.starts_at >= first.ends_at:
                break  # items are in start order: nothing later overlaps `first`
            for person_id in sorted(involved[id_of(first)] & involved[id_of(second)]):
                conflicts.append(
                    Conflict(
                        "person_double_booked",
                        say(
                            "{name} is in '{first}' and '{second}' at once ({when})",
                            name=name(person_id),
                            first=first.title,
                            second=second.title,
                            when=_when(second),
                        ),
                        "agenda_item",
                        id_of(second),
                        person_id,
                    )
                )
            if first.location and first.location.casefold() == second.location.casefold():
                conflicts.append(
                    Conflict(
                        "room_double_booked",
                        say(
                            "{room} holds '{first}' and '{second}' at once ({when})",
                            room=first.location,
                            first=first.title,
                            second=second.title,
                            when=_when(second),
                        ),
                        "agenda_item",
                        id_of(second),
                    )
                )
    conflicts += _presence_conflicts(session, event_id, event.timezone, items, involved, everyone_involved, name)
    conflicts += _stay_conflicts(session, event_id, name)
    return conflicts


def _presence_conflicts(
    session: Session,
    event_id: int,
    zone: str,
    items: list[AgendaItem],
    involved: dict[int, set[int]],
    everyone_involved: set[int],
    name: Callable[[int], str],
) -> list[Conflict]:
    """Speakers and moderators must be there: after their arrival (day, and
    the landing time of a travel leg that day), before their departure."""
    if not everyone_involved:
        return []
    participations = {
        row.person_id: row
        for row in session.scalars(
            select(Participation).where(
                col(Participation.event_id) == event_id, col(Participation.person_id).in_(everyone_involved)
            )
        )
    }
    legs_by_person: dict[int, list[TravelLeg]] = {}
    legs = select(TravelLeg).where(col(TravelLeg.event_id) == event_id, col(TravelLeg.person_id).in_(everyone_involved))
    for leg in session.scalars(legs):
        legs_by_person.setdefault(leg.person_id, []).append(leg)

    conflicts = []
    for item in items:
        for person_id in sorted(involved[id_of(item)]):
            arrival, departure = _presence(participations.get(person_id), legs_by_person.get(person_id, []), zone)
            if arrival and item.starts_at < arrival:
                conflicts.append(
                    Conflict(
                        "not_yet_arrived",
                        say(
                            "{name} arrives {arrival}, after '{item}' starts ({when})",
                            name=name(person_id),
                            arrival=_moment(arrival),
                            item=item.title,
                            when=_when(item),
                        ),
                        "agenda_item",
                        id_of(item),
                        person_id,
                    )
                )
            if departure and item.ends_at > departure:
                conflicts.append(
                    Conflict(
                        "already_left",
                        say(
                            "{name} leaves {departure}, before '{item}' ends ({when})",
                            name=name(person_id),
                            departure=_moment(departure),
                            item=item.title,
                            when=_when(item),
                        ),
                        "agenda_item",
                        id_of(item),
                        person_id,
                    )
                )
    return conflicts


def _presence(
    participation: Participation | None, legs: list[TravelLeg], zone: str
) -> tuple[datetime | None, datetime | None]:
    """When a person is there, in the event's wall-clock time: from the
    arrival day (or the landing of the last leg arriving that day) to the
    departure day's end (or the first leg leaving that day after arrival)."""
    landings = sorted(times.convert(leg.to_at, leg.to_timezone, zone) for leg in legs)
    takeoffs = sorted(times.convert(leg.from_at, leg.from_timezone, zone) for leg in legs)
    arrives_on = participation.arrives_on if participation else None
    departs_on = participation.departs_on if participation else None

    arrival = None
    if arrives_on is None and landings:
        arrives_on = landings[0].date()
    if arrives_on is not None:
        same_day = [moment for moment in landings if moment.date() == arrives_on]
        arrival = same_day[-1] if same_day else datetime.combine(arrives_on, datetime.min.time())

    # The legs that brought the person here are not their way home.
    leaving = [moment for moment in takeoffs if arrival is None or moment > arrival]
    departure = None
    if departs_on is None and leaving:
        departs_on = leaving[-1].date()
    if departs_on is not None:
        same_day = [moment for moment in leaving if moment.date() == departs_on]
        departure = same_day[0] if same_day else datetime.combine(departs_on, datetime.max.time())
    return arrival, departure


def _stay_conflicts(session: Session, event_id: int, name: Callable[[int], str]) -> list[Conflict]:
    stays = list(
        session.scalars(
            select(Stay)
            .where(col(Stay.event_id) == event_id, col(Stay.person_id).is_not(None))
            .order_by(col(Stay.check_in), col(Stay.id))
        )
    )
    conflicts = []
    for index, first in enumerate(stays):
        person_id = first.person_id
        if person_id is None:  # left out by the query already
            continue
        for second in stays[index + 1 :]:
            if second.person_id == person_id and second.check_in < first.check_out:
                conflicts.append(
                    Conflict(
                        "stays_overlap",
                        say(
                            "{name} has two hotel stays on the same nights: "
                            "{first} ({first_in} to {first_out}) and {second} ({second_in} to {second_out})",
                            name=name(person_id),
                            first=first.name,
                            first_in=first.check_in,
                            first_out=first.check_out,
                            second=second.name,
                            second_in=second.check_in,
                            second_out=second.check_out,
                        ),
                        "stay",
                        id_of(second),
                        person_id,
                    )
                )
    return conflicts
