"""Sample events: marked so they can be taken out in one step."""

from __future__ import annotations

from sqlalchemy import select
from sqlmodel import Session

from planner.db.models import Event, Organisation, Person
from planner.services import directory
from planner.services.events import delete_event


def sample_events(session: Session) -> list[Event]:
    return list(session.scalars(select(Event).where(Event.is_sample).order_by(Event.starts_on, Event.id)))


def remove_samples(session: Session) -> int:
    """Delete the sample events, then the sample people and organisations
    that nothing else refers to any more. Returns how many events went."""
    removed = sample_events(session)
    for event in removed:
        delete_event(session, event.id)
    for person in session.scalars(select(Person).where(Person.is_sample)).all():
        if not directory.person_references(session, person.id):
            session.delete(person)
    session.flush()
    for organisation in session.scalars(select(Organisation).where(Organisation.is_sample)).all():
        if not directory.organisation_references(session, organisation.id):
            session.delete(organisation)
    session.flush()
    return len(removed)
