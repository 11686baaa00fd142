"""A calendar imported: new events from a calendar this database does not
know, or the changes of one it does (an updated invitation, a
cancellation, Planner's own calendar edited in a client) to the event it
came from. The window and the command line show the plan first
(``plan_import``); the import itself is one undoable step."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from sqlmodel import Session

from planner.errors import PlannerError
from planner.operations.files import ImportedEvent, _imported
from planner.services import events

if TYPE_CHECKING:
    from planner.calendar.update_plan import CalendarPlan


@dataclass(frozen=True)
class CalendarImported:
    """The events a calendar created, or the one it updated and how."""

    created: list[ImportedEvent] = field(default_factory=list)
    updated: ImportedEvent | None = None
    changes: tuple[str, ...] = ()
    note: str = ""  # why nothing changed, when nothing did
    # What was changed or left aside on the way in ("3 events have no length…").
    notes: tuple[str, ...] = ()

    @property
    def event(self) -> ImportedEvent | None:
        """The event to show: the one updated, else the first created."""
        return self.updated or (self.created[0] if self.created else None)


def plan_import(session: Session, data: bytes, name: str) -> CalendarPlan:
    """What importing ``data`` would do, changing nothing; messages name the
    file as ``name`` (icalendar is loaded when first used)."""
    from planner.calendar.ics_syntax import IcsImportError
    from planner.calendar.ics_updates import plan_calendar

    try:
        return plan_calendar(session, data, file_name=name)
    except IcsImportError as error:
        raise PlannerError(f"{name}: {error}") from None


def import_or_update(session: Session, data: bytes, name: str) -> CalendarImported:
    """The plan carried out in ``session``'s unit of work: a new calendar
    imported (and where its events came from remembered), or the changes
    made to the event it updates."""
    from planner.calendar.ics_import import import_ics
    from planner.calendar.ics_syntax import IcsImportError
    from planner.calendar.ics_updates import remember_imported
    from planner.calendar.update_plan import apply_plan

    plan = plan_import(session, data, name)
    try:
        if plan.is_new:
            created = import_ics(session, data, file_name=name)
            remember_imported(session, data, created)
            return CalendarImported(
                created=[_imported(session, event) for event in created], notes=tuple(created.notes)
            )
        if plan.changes:
            apply_plan(session, plan)
    except IcsImportError as error:
        raise PlannerError(f"{name}: {error}") from None
    assert plan.event_id is not None
    updated = _imported(session, events.get_event(session, plan.event_id))
    return CalendarImported(updated=updated, changes=tuple(plan.changes), note=plan.note)
