"""Operations on an event's agenda, and where a new item goes."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlmodel import Session

from planner.operations.base import Operation
from planner.services import agenda
from planner.services.common import id_of
from planner.services.language import marked

# A new item lasts an hour unless the user says otherwise.
DEFAULT_LENGTH = timedelta(hours=1)


def new_item_values(
    session: Session, event_id: int, day: date, start: datetime | None = None, room: str = ""
) -> dict[str, Any]:
    """What the form for a new item proposes: at ``start``, else in the
    day's first free hour (09:00 on a full day), an hour long but never past
    midnight, a session."""
    if start is None:
        start = agenda.free_slot(session, event_id, day, DEFAULT_LENGTH) or datetime.combine(day, time(9))
    end = min(start + DEFAULT_LENGTH, datetime.combine(start.date() + timedelta(days=1), time()))
    return {"starts_at": start, "ends_at": end, "kind": "session", "location": room}


@dataclass(frozen=True)
class AddAgendaItem(Operation[int]):
    """A new item with its fields (``speakers``: person ids in order); its id."""

    event_id: int
    values: Mapping[str, Any]
    label = marked("Add agenda item")

    def run(self, session: Session) -> int:
        return id_of(agenda.create_item(session, self.event_id, **self.values))


@dataclass(frozen=True)
class ChangeAgendaItem(Operation[int]):
    """Save an item's fields. With ``move_following``, a new end (and the
    same start) moves the items after it on that day by as much."""

    item_id: int
    values: Mapping[str, Any]
    move_following: bool = False
    label = marked("Change agenda item")

    def run(self, session: Session) -> int:
        item = agenda.get_item(session, self.item_id)
        new_end = self.values.get("ends_at", item.ends_at)
        same_start = self.values.get("starts_at", item.starts_at) == item.starts_at
        if self.move_following and same_start and new_end != item.ends_at:
            agenda.update_item(session, self.item_id, **{k: v for k, v in self.values.items() if k != "ends_at"})
            agenda.resize_item(session, self.item_id, new_end, shift_following=True)
        else:
            agenda.update_item(session, self.item_id, **self.values)
        return self.item_id


@dataclass(frozen=True)
class DuplicateAgendaItem(Operation[int]):
    """A copy of an item with its speakers, in the first free slot after it
    on the same day (at the same time when the day is full); the copy's id."""

    item_id: int
    label = marked("Duplicate agenda item")

    def run(self, session: Session) -> int:
        item = agenda.get_item(session, self.item_id)
        start = agenda.free_slot(
            session, item.event_id, item.starts_at.date(), item.ends_at - item.starts_at, after=item.ends_at
        )
        return id_of(agenda.duplicate_item(session, self.item_id, starts_at=start))


@dataclass(frozen=True)
class DeleteAgendaItem(Operation[None]):
    item_id: int
    label = marked("Delete agenda item")

    def run(self, session: Session) -> None:
        agenda.delete_item(session, self.item_id)


@dataclass(frozen=True)
class MoveAgendaItem(Operation[None]):
    """Move an item to start at ``starts_at`` on its own day, keeping its length."""

    item_id: int
    starts_at: datetime
    label = marked("Move agenda item")

    def run(self, session: Session) -> None:
        agenda.move_item(session, self.item_id, self.starts_at)


@dataclass(frozen=True)
class ResizeAgendaItem(Operation[None]):
    """Make an item end at ``ends_at``; with ``move_following`` the items
    after it on that day move by as much."""

    item_id: int
    ends_at: datetime
    move_following: bool = False
    label = marked("Change length of agenda item")

    def run(self, session: Session) -> None:
        agenda.resize_item(session, self.item_id, self.ends_at, shift_following=self.move_following)
