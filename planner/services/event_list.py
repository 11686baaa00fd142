"""The events as the window lists them on the left: a few fields of each,
read in one query, as plain rows."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlmodel import Session, col

from planner.db.models import Event


@dataclass(frozen=True)
class EventEntry:
    id: int
    title: str
    kind: str
    starts_on: date
    ends_on: date
    venue_city: str
    programme: str
    status: str = ""


def event_entries(session: Session) -> list[EventEntry]:
    """Every event, by first day."""
    query = select(
        col(Event.id),
        col(Event.title),
        col(Event.kind),
        col(Event.starts_on),
        col(Event.ends_on),
        col(Event.venue_city),
        col(Event.programme),
        col(Event.status),
    ).order_by(col(Event.starts_on), col(Event.id))
    return [EventEntry(*row) for row in session.execute(query)]
