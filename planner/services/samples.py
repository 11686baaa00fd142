"""Sample events: marked so they can be taken out in one step."""

from __future__ import annotations

from sqlalchemy import select
from sqlmodel import Session, col

from planner.db.models import Event, Organisation, Person
from planner.services import directory
from planner.services.common import id_of
from planner.services.events import delete_event


def sample_events(session: Session) -> list[Event]:
    return list(
        session.scalars(select(Event).where(col(Event.is_sample)).order_by(col(Event.starts_on), col(Event.id)))
    )


def remove_samples(session: Session) -> int:
    """Delete the sample events, then the sample people and organisations
    that nothing else refers to any more. Returns how many events went."""
    removed = sample_events(session)
    for event in removed:
        delete_event(session, id_of(event))
    for person in session.scalars(select(Person).where(col(Person.is_sample))).all():
        if not directory.person_references(session, id_of(person)):
            session.delete(person)
    session.flush()
    for organisation in session.scalars(select(Organisation).where(col(Organisation.is_sample))).all():
        if not directory.organisation_references(session, id_of(organisation)):
            session.delete(organisation)
    session.flush()
    return len(removed)
