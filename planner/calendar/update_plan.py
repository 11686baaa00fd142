"""The plan of a calendar imported again: the event it updates and the
changes, in the user's words and as the fields to write; ``apply_plan``
writes them (``ics_updates`` makes the plan)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from babel.dates import format_date

from planner.calendar.ics_syntax import IcsImportError
from planner.services import agenda, calendar_origins, events
from planner.services.common import id_of
from planner.services.errors import InvalidInput
from planner.services.language import PLANNER_DOMAIN, interface_language, say, wording

if TYPE_CHECKING:
    from sqlmodel import Session


@dataclass
class CalendarPlan:
    """What importing a calendar will do. ``event_id`` None: the calendar is
    new to this database and is imported as new events."""

    event_id: int | None
    title: str = ""  # the event's title as it is now
    changes: list[str] = field(default_factory=list)
    note: str = ""  # why nothing changes, when nothing does
    event_fields: dict[str, Any] = field(default_factory=dict)
    item_fields: dict[int, tuple[str, dict[str, Any]]] = field(default_factory=dict)  # id: (where, fields)
    new_items: list[tuple[str, str, int, dict[str, Any]]] = field(default_factory=list)  # where, UID, SEQUENCE
    removed: list[int] = field(default_factory=list)
    remembered: list[tuple[str, int | None, int]] = field(default_factory=list)  # UID, item, SEQUENCE

    @property
    def is_new(self) -> bool:
        return self.event_id is None

    @property
    def changes_nothing(self) -> bool:
        return not self.is_new and not self.changes


# -- in the user's words -----------------------------------------------------


def when(moment: datetime) -> str:
    """ "Fri 9:30", the weekday in the window's language."""
    weekday = format_date(moment, "EEE", locale=wording(interface_language(), PLANNER_DOMAIN).locale)
    return f"{weekday} {moment.hour}:{moment:%M}"


def span(start: datetime, end: datetime) -> str:
    if start.date() == end.date():
        return f"{when(start)}–{end.hour}:{end:%M}"
    return f"{when(start)} – {when(end)}"


def quoted(text: str, limit: int = 50) -> str:
    text = " ".join(text.split())
    return f"'{text if len(text) <= limit else text[: limit - 1] + '…'}'"


def moved(title: str, old: tuple[datetime, datetime], new: tuple[datetime, datetime]) -> str:
    if new[1] - new[0] == old[1] - old[0]:
        return say("{title} moves from {old} to {new}", title=title, old=when(old[0]), new=when(new[0]))
    return say("{title} now runs {new} (was {old})", title=title, new=span(*new), old=span(*old))


# -- applying ----------------------------------------------------------------


def _guarded(where: str, change: Callable[..., Any], *args: Any, **fields: Any) -> Any:
    try:
        return change(*args, **fields)
    except InvalidInput as problem:
        raise IcsImportError(f"{where}: {problem.message}") from None


def apply_plan(session: Session, plan: CalendarPlan) -> None:
    """Make the changes ``plan`` lists, in the caller's unit of work."""
    if plan.event_id is None:
        raise ValueError("a new calendar is imported, not applied")
    event_id = plan.event_id
    event = events.get_event(session, event_id)
    for item_id in plan.removed:
        agenda.delete_item(session, item_id)
    fields = dict(plan.event_fields)
    new_days: tuple[date, date] | None = None
    if "starts_on" in fields:
        new_days = (fields.pop("starts_on"), fields.pop("ends_on"))
        # Both the old and the new days while items move from one to the other.
        widest = (min(event.starts_on, new_days[0]), max(event.ends_on, new_days[1]))
        _guarded("the event", events.update_event, session, event_id, starts_on=widest[0], ends_on=widest[1])
    if fields:
        _guarded("the event", events.update_event, session, event_id, **fields)
    for item_id, (where, changes) in plan.item_fields.items():
        _guarded(where, agenda.update_item, session, item_id, **changes)
    for where, uid, sequence, item_fields in plan.new_items:
        item = _guarded(where, agenda.create_item, session, event_id, **item_fields)
        if uid:
            calendar_origins.remember(session, uid, event_id, id_of(item), sequence)
    if new_days is not None:
        _guarded("the event", events.update_event, session, event_id, starts_on=new_days[0], ends_on=new_days[1])
    for uid, remembered_item, sequence in plan.remembered:
        if remembered_item is None or remembered_item not in plan.removed:
            calendar_origins.remember(session, uid, event_id, remembered_item, sequence)
