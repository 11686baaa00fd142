"""Outcome minutes: the summary, then conclusions, proposals, decisions,
actions, best practices and discussion points, in the order the user set."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select
from sqlmodel import Session

from planner.db.enums import ActionState, MinutesKind
from planner.db.models import MinutesItem, Organisation, Person
from planner.services import values
from planner.services.common import create_row, fetch, update_row
from planner.services.errors import InvalidInput
from planner.services.events import get_event, update_event


def _normalise_minutes_item(session: Session, raw: dict[str, Any]) -> dict[str, Any]:
    kind = values.choice(raw.get("kind"), MinutesKind, "kind")
    cleaned = {
        "event_id": raw["event_id"],
        "position": raw.get("position") or 0,
        "kind": kind,
        "text": values.text(raw.get("text"), "text"),
        "by_person_id": raw.get("by_person_id"),
        "by_organisation_id": raw.get("by_organisation_id"),
        "topic": values.line(raw.get("topic"), "topic"),
        "owner_id": raw.get("owner_id"),
        "due": values.day(raw.get("due"), "due", required=False),
        "state": values.optional_choice(raw.get("state"), ActionState, "state"),
    }
    if not cleaned["text"].strip():
        raise InvalidInput("text", "must not be empty")
    if kind == MinutesKind.ACTION:
        cleaned["state"] = cleaned["state"] or ActionState.OPEN.value
    elif cleaned["state"]:
        raise InvalidInput("state", f"only actions have a state, not a {kind.replace('_', ' ')}")
    for field, model, label in (
        ("by_person_id", Person, "person"),
        ("owner_id", Person, "person"),
        ("by_organisation_id", Organisation, "organisation"),
    ):
        if cleaned[field] is not None and session.get(model, cleaned[field]) is None:
            raise InvalidInput(field, f"there is no {label} {cleaned[field]}")
    return cleaned


def add_item(session: Session, event_id: int, **fields: Any) -> MinutesItem:
    """Add an outcome at the end of the event's minutes."""
    get_event(session, event_id)
    last = session.scalar(select(func.max(MinutesItem.position)).where(MinutesItem.event_id == event_id))
    position = 0 if last is None else last + 1
    return create_row(session, MinutesItem, fields | {"event_id": event_id, "position": position}, _normalise_minutes_item)


def update_item(session: Session, item_id: int, **changes: Any) -> MinutesItem:
    return update_row(session, get_item(session, item_id), changes, _normalise_minutes_item)


def get_item(session: Session, item_id: int) -> MinutesItem:
    return fetch(session, MinutesItem, item_id, "minutes item")


def delete_item(session: Session, item_id: int) -> None:
    item = get_item(session, item_id)
    event_id = item.event_id
    session.delete(item)
    session.flush()
    _renumber(items_of(session, event_id))


def items_of(session: Session, event_id: int) -> list[MinutesItem]:
    query = select(MinutesItem).where(MinutesItem.event_id == event_id)
    return list(session.scalars(query.order_by(MinutesItem.position, MinutesItem.id)))


def move_item(session: Session, item_id: int, new_index: int) -> None:
    """Put an outcome at another place in the minutes (0 is the first)."""
    item = get_item(session, item_id)
    ordered = [other for other in items_of(session, item.event_id) if other.id != item_id]
    ordered.insert(max(0, min(new_index, len(ordered))), item)
    _renumber(ordered)


def _renumber(ordered: list[MinutesItem]) -> None:
    for position, row in enumerate(ordered):
        if row.position != position:
            row.position = position


def set_state(session: Session, item_id: int, state: str) -> MinutesItem:
    """Mark an action done, dropped or open again."""
    return update_item(session, item_id, state=state)


def set_summary(session: Session, event_id: int, summary: str) -> None:
    update_event(session, event_id, minutes_summary=summary)
