"""Who takes part in an event: role, status, arrival and departure."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlmodel import Session

from planner.db.enums import ParticipationStatus, Role
from planner.db.models import Participation, Person
from planner.services import values
from planner.services.common import create_row, fetch, update_row
from planner.services.errors import InvalidInput
from planner.services.events import get_event


def _normalise_participation(session: Session, raw: dict[str, Any]) -> dict[str, Any]:
    cleaned = {
        "event_id": raw["event_id"],
        "person_id": raw.get("person_id"),
        "role": values.choice(raw.get("role"), Role, "role", default=Role.PARTICIPANT),
        "status": values.choice(raw.get("status"), ParticipationStatus, "status", default=ParticipationStatus.INVITED),
        "arrives_on": values.day(raw.get("arrives_on"), "arrives_on", required=False),
        "departs_on": values.day(raw.get("departs_on"), "departs_on", required=False),
        "notes": values.text(raw.get("notes"), "notes"),
    }
    person = fetch(session, Person, cleaned["person_id"], "person")
    arrives, departs = cleaned["arrives_on"], cleaned["departs_on"]
    if arrives and departs and departs < arrives:
        raise InvalidInput("departs_on", f"{departs} is before arrives_on {arrives}")
    existing = session.scalars(
        select(Participation).where(
            Participation.event_id == cleaned["event_id"], Participation.person_id == person.id
        )
    ).first()
    if existing is not None and existing.id != raw.get("id"):
        raise InvalidInput("person", f"{person.full_name} already takes part in this event")
    return cleaned


def add_participant(session: Session, event_id: int, person_id: int, **fields: Any) -> Participation:
    get_event(session, event_id)
    return create_row(
        session, Participation, fields | {"event_id": event_id, "person_id": person_id}, _normalise_participation
    )


def update_participation(session: Session, participation_id: int, **changes: Any) -> Participation:
    row = fetch(session, Participation, participation_id, "participation")
    return update_row(session, row, changes, _normalise_participation)


def set_many(session: Session, participation_ids: list[int], **changes: Any) -> None:
    """Change the status or role of several participants at once."""
    for participation_id in participation_ids:
        update_participation(session, participation_id, **changes)


def remove_participant(session: Session, participation_id: int) -> None:
    session.delete(fetch(session, Participation, participation_id, "participation"))
    session.flush()


def participations_of(session: Session, event_id: int) -> list[tuple[Participation, Person]]:
    query = (
        select(Participation, Person)
        .join(Person, Person.id == Participation.person_id)
        .where(Participation.event_id == event_id)
        .order_by(Person.family_name, Person.given_name, Person.id)
    )
    return [(participation, person) for participation, person in session.execute(query)]
