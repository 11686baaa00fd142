"""Who was present on which day of an event: marks ticked at the door or
entered from a signed sheet. A participant marked on any day has attended
(their participation's status says so); one whose last mark is taken back
is confirmed again."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlmodel import Session, col

from planner.db.enums import ParticipationStatus
from planner.db.models import AttendanceMark, Event, Participation
from planner.services import labels
from planner.services.common import fetch, id_of
from planner.services.errors import InvalidInput
from planner.services.language import say

WHOLE_DAY = "day"
HALVES = ("morning", "afternoon")
SOURCES = ("door", "sheet")


@dataclass(frozen=True)
class Presence:
    """Who was marked present on one day: participation ids by part of the
    day ("day", or "morning" and "afternoon")."""

    day: date
    parts: dict[str, frozenset[int]]

    @property
    def anyone(self) -> frozenset[int]:
        return frozenset().union(*self.parts.values()) if self.parts else frozenset()


def parts_of_day(event: Event) -> tuple[str, ...]:
    return HALVES if event.attendance_halves else (WHOLE_DAY,)


def _checked(session: Session, event_id: int, day: date, part: str) -> Event:
    event = fetch(session, Event, event_id, "event")
    if not event.starts_on <= day <= event.ends_on:
        raise InvalidInput("day", say("{day} is not one of the event's days", day=labels.day(day)))
    if part not in (WHOLE_DAY, *HALVES):
        raise InvalidInput("part", say("'{part}' is not a part of the day (day, morning or afternoon)", part=part))
    return event


def _participation(session: Session, event_id: int, person_id: int) -> Participation:
    found = session.scalars(
        select(Participation).where(col(Participation.event_id) == event_id, col(Participation.person_id) == person_id)
    ).first()
    if found is None:
        raise InvalidInput("participant", say("this person does not take part in the event"))
    return found


def set_present(
    session: Session,
    event_id: int,
    person_id: int,
    day: date,
    part: str = WHOLE_DAY,
    present: bool = True,
    source: str = "door",
) -> bool:
    """Mark the participant present (or not) on ``day``; True if that changed anything."""
    _checked(session, event_id, day, part)
    if source not in SOURCES:
        raise InvalidInput("source", say("'{source}' is not door or sheet", source=source))
    participation = _participation(session, event_id, person_id)
    marks = list(
        session.scalars(select(AttendanceMark).where(col(AttendanceMark.participation_id) == participation.id))
    )
    mark = next((m for m in marks if m.day == day and m.part == part), None)
    if present == (mark is not None):
        return False
    if present:
        session.add(AttendanceMark(participation_id=id_of(participation), day=day, part=part, source=source))
        if participation.status != ParticipationStatus.ATTENDED:
            participation.status = ParticipationStatus.ATTENDED.value
    else:
        session.delete(mark)
        if len(marks) == 1 and participation.status == ParticipationStatus.ATTENDED:
            participation.status = ParticipationStatus.CONFIRMED.value
    session.flush()
    return True


def record_sheet(session: Session, event_id: int, day: date, part: str, person_ids: frozenset[int]) -> int:
    """What a signed sheet says for ``day`` (and part of it): exactly these
    participants were present. Returns how many marks changed."""
    event = _checked(session, event_id, day, part)
    changed = 0
    for participation in session.scalars(select(Participation).where(col(Participation.event_id) == event.id)):
        present = participation.person_id in person_ids
        changed += set_present(session, event_id, participation.person_id, day, part, present, source="sheet")
    return changed


def presence(session: Session, event_id: int) -> dict[date, Presence]:
    """The marks of the event, day by day (days without any are left out)."""
    found: dict[date, dict[str, set[int]]] = defaultdict(lambda: defaultdict(set))
    rows = session.execute(
        select(col(AttendanceMark.day), col(AttendanceMark.part), col(AttendanceMark.participation_id))
        .join(Participation, col(Participation.id) == col(AttendanceMark.participation_id))
        .where(col(Participation.event_id) == event_id)
    )
    for day, part, participation_id in rows:
        found[day][part].add(participation_id)
    return {
        day: Presence(day, {part: frozenset(ids) for part, ids in parts.items()})
        for day, parts in sorted(found.items())
    }


def marks_by_person(session: Session, event_id: int) -> dict[int, list[tuple[date, str, str]]]:
    """Each participant's marks (day, part of the day, source), by person id, in order of day."""
    found: dict[int, list[tuple[date, str, str]]] = defaultdict(list)
    rows = session.execute(
        select(
            col(Participation.person_id), col(AttendanceMark.day), col(AttendanceMark.part), col(AttendanceMark.source)
        )
        .join(Participation, col(Participation.id) == col(AttendanceMark.participation_id))
        .where(col(Participation.event_id) == event_id)
        .order_by(col(AttendanceMark.day), col(AttendanceMark.part))
    )
    for person_id, day, part, source in rows:
        found[person_id].append((day, part, source))
    return dict(found)


def present_people(session: Session, event_id: int, day: date, part: str = WHOLE_DAY) -> frozenset[int]:
    """The person ids marked present on ``day`` (and part)."""
    rows = session.execute(
        select(col(Participation.person_id))
        .join(AttendanceMark, col(Participation.id) == col(AttendanceMark.participation_id))
        .where(
            col(Participation.event_id) == event_id,
            col(AttendanceMark.day) == day,
            col(AttendanceMark.part) == part,
        )
    )
    return frozenset(person_id for (person_id,) in rows)
