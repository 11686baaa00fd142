"""Agenda items: times in the event's zone, rooms, speakers, moderator."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlmodel import Session

from planner.db.enums import AgendaKind
from planner.db.models import AgendaItem, AgendaSpeaker, Person
from planner.services import times, values
from planner.services.common import create_row, fetch, update_row
from planner.services.errors import InvalidInput
from planner.services.events import day_bounds, get_event


def _normalise_item(session: Session, raw: dict[str, Any]) -> dict[str, Any]:
    event = get_event(session, raw["event_id"])
    cleaned = {
        "event_id": event.id,
        "starts_at": times.wall_clock(raw.get("starts_at"), "starts_at"),
        "ends_at": times.wall_clock(raw.get("ends_at"), "ends_at"),
        "kind": values.choice(raw.get("kind"), AgendaKind, "kind", default=AgendaKind.SESSION),
        "title": values.required_line(raw.get("title"), "title"),
        "location": values.line(raw.get("location"), "location"),
        "moderator_id": raw.get("moderator_id"),
        "description": values.text(raw.get("description"), "description"),
        "topics": values.string_list(raw.get("topics"), "topics"),
    }
    starts_at, ends_at = cleaned["starts_at"], cleaned["ends_at"]
    first, after_last = day_bounds(event.starts_on, event.ends_on)
    days = f"{event.starts_on} to {event.ends_on}" if event.ends_on != event.starts_on else f"{event.starts_on}"
    if not first <= starts_at < after_last:
        raise InvalidInput("starts_at", f"{times.format_wall_clock(starts_at)} is outside the event's days ({days})")
    if ends_at <= starts_at:
        relation = "the same as" if ends_at == starts_at else "before"
        raise InvalidInput(
            "ends_at", f"{ends_at:%H:%M} is {relation} starts_at {starts_at:%H:%M}" + _date_note(starts_at, ends_at)
        )
    if ends_at > after_last:
        raise InvalidInput("ends_at", f"{times.format_wall_clock(ends_at)} is outside the event's days ({days})")
    times.require_existing(starts_at, event.timezone, "starts_at")
    times.require_existing(ends_at, event.timezone, "ends_at")
    if cleaned["moderator_id"] is not None:
        fetch(session, Person, cleaned["moderator_id"], "person")
    return cleaned


def _date_note(starts_at: datetime, ends_at: datetime) -> str:
    return "" if starts_at.date() == ends_at.date() else f" (on {ends_at:%Y-%m-%d})"


def create_item(session: Session, event_id: int, *, speakers: Sequence[int] = (), **fields: Any) -> AgendaItem:
    item = create_row(session, AgendaItem, fields | {"event_id": event_id}, _normalise_item)
    set_speakers(session, item.id, speakers)
    return item


def update_item(session: Session, item_id: int, **changes: Any) -> AgendaItem:
    speakers = changes.pop("speakers", None)
    item = update_row(session, get_item(session, item_id), changes, _normalise_item)
    if speakers is not None:
        set_speakers(session, item_id, speakers)
    return item


def get_item(session: Session, item_id: int) -> AgendaItem:
    return fetch(session, AgendaItem, item_id, "agenda item")


def delete_item(session: Session, item_id: int) -> None:
    item = get_item(session, item_id)
    for speaker in session.scalars(select(AgendaSpeaker).where(AgendaSpeaker.item_id == item_id)):
        session.delete(speaker)
    session.flush()
    session.delete(item)
    session.flush()


def set_speakers(session: Session, item_id: int, person_ids: Sequence[int]) -> None:
    """Replace an item's speakers by these people, in this order."""
    if len(set(person_ids)) != len(person_ids):
        raise InvalidInput("speakers", "the same person is listed twice")
    for index, person_id in enumerate(person_ids):
        if session.get(Person, person_id) is None:
            raise InvalidInput(f"speakers[{index}]", f"there is no person {person_id}")
    current = {row.person_id: row for row in session.scalars(select(AgendaSpeaker).where(AgendaSpeaker.item_id == item_id))}
    for person_id, row in current.items():
        if person_id not in person_ids:
            session.delete(row)
    for position, person_id in enumerate(person_ids):
        if person_id in current:
            current[person_id].position = position
        else:
            session.add(AgendaSpeaker(item_id=item_id, person_id=person_id, position=position))
    session.flush()


def items_of(session: Session, event_id: int) -> list[AgendaItem]:
    """The event's agenda in time order; parallel items in the order added."""
    query = select(AgendaItem).where(AgendaItem.event_id == event_id)
    return list(session.scalars(query.order_by(AgendaItem.starts_at, AgendaItem.ends_at, AgendaItem.id)))


def speakers_by_item(session: Session, event_id: int) -> dict[int, list[int]]:
    """Speaker person ids of every item of an event, in one query."""
    query = (
        select(AgendaSpeaker.item_id, AgendaSpeaker.person_id)
        .join(AgendaItem, AgendaItem.id == AgendaSpeaker.item_id)
        .where(AgendaItem.event_id == event_id)
        .order_by(AgendaSpeaker.item_id, AgendaSpeaker.position)
    )
    result: dict[int, list[int]] = {}
    for item_id, person_id in session.execute(query):
        result.setdefault(item_id, []).append(person_id)
    return result


def duplicate_item(session: Session, item_id: int) -> AgendaItem:
    """A copy of an item at the same time, with the same speakers."""
    item = get_item(session, item_id)
    fields = {name: getattr(item, name) for name in type(item).model_fields if name not in ("id", "event_id")}
    speakers = speakers_by_item(session, item.event_id).get(item_id, [])
    return create_item(session, item.event_id, speakers=speakers, **fields)


def resize_item(session: Session, item_id: int, new_end: datetime, *, shift_following: bool = False) -> None:
    """Change where an item ends; with ``shift_following`` the items that
    start at or after its old end on the same day move by the same amount."""
    item = get_item(session, item_id)
    delta = new_end - item.ends_at
    followers: list[AgendaItem] = []
    if shift_following and delta:
        followers = [
            other
            for other in items_of(session, item.event_id)
            if other.id != item.id and other.starts_at >= item.ends_at and other.starts_at.date() == item.starts_at.date()
        ]
    update_item(session, item_id, ends_at=new_end)
    # Move the latest first when stretching so checks never see a half-moved day.
    for other in sorted(followers, key=lambda row: row.starts_at, reverse=delta > timedelta(0)):
        update_item(session, other.id, starts_at=other.starts_at + delta, ends_at=other.ends_at + delta)
