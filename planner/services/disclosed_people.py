"""Whose data a file or a document of an event holds, beyond its
participants: the people an agenda names (speakers and moderators: people
too, so an agenda naming them counts), the people of its minutes, the
people its costs were paid for. For the record of what left the laptop."""

from __future__ import annotations

from sqlalchemy import select
from sqlmodel import Session, col

from planner.db.models import AgendaItem, Cost, MinutesItem
from planner.services.agenda import speakers_by_item
from planner.services.budget import same_funder


def agenda_people(session: Session, event_id: int) -> list[int]:
    """Speakers and moderators of the event's agenda, in its order."""
    found: list[int] = []
    for ids in speakers_by_item(session, event_id).values():
        found += ids
    moderators = session.scalars(
        select(col(AgendaItem.moderator_id)).where(
            col(AgendaItem.event_id) == event_id, col(AgendaItem.moderator_id).is_not(None)
        )
    )
    found += [person_id for person_id in moderators if person_id is not None]
    return list(dict.fromkeys(found))


def minutes_people(session: Session, event_id: int, *, owners_only: bool = False) -> list[int]:
    """Who the minutes name: whom an item came from and who owns an
    action (``owners_only``: the owners, as a calendar's tasks name them)."""
    found: list[int] = []
    for by, owner in session.execute(
        select(col(MinutesItem.by_person_id), col(MinutesItem.owner_id))
        .where(col(MinutesItem.event_id) == event_id)
        .order_by(col(MinutesItem.position), col(MinutesItem.id))
    ):
        found += [owner] if owners_only else [by, owner]
    return list(dict.fromkeys(person_id for person_id in found if person_id is not None))


def cost_people(session: Session, event_id: int, funder: str | None = None) -> list[int]:
    """The people the event's costs were for (only ``funder``'s when given)."""
    rows = session.execute(
        select(col(Cost.person_id), col(Cost.funded_by))
        .where(col(Cost.event_id) == event_id, col(Cost.person_id).is_not(None))
        .order_by(col(Cost.id))
    )
    return list(
        dict.fromkeys(
            person_id
            for person_id, funded_by in rows
            if person_id is not None and (funder is None or same_funder(funded_by or "", funder))
        )
    )
