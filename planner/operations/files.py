"""Operations that bring whole events in: event files, calendars, the
sample events. Each is all or nothing, and one undo step in the window."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from sqlmodel import Session

from planner.errors import PlannerError
from planner.fileio import read_bytes
from planner.operations.base import Operation
from planner.services import agenda, bulk, samples
from planner.services.common import id_of
from planner.services.language import marked

if TYPE_CHECKING:
    from planner.calendar.update_plan import CalendarPlan
    from planner.db.models import Event
    from planner.exchange.event_file import EventFile
    from planner.operations.calendar_import import CalendarImported


@dataclass(frozen=True)
class ImportedEvent:
    """An event an import created."""

    id: int
    title: str
    starts_on: date
    ends_on: date
    agenda_items: int = 0


def _imported(session: Session, event: Event) -> ImportedEvent:
    event_id = id_of(event)
    return ImportedEvent(
        event_id,
        event.title,
        event.starts_on,
        event.ends_on,
        len(agenda.items_of(session, event_id)),
    )


@dataclass(frozen=True)
class ImportEventFile(Operation[ImportedEvent]):
    """An event file, imported whole; people and organisations already in
    the database are reused. Messages name the file as ``source`` (else by
    its name)."""

    path: Path
    source: str = ""
    label = marked("Import event file")

    @property
    def name(self) -> str:
        return self.source or self.path.name

    @cached_property
    def document(self) -> EventFile:
        """The file, parsed and checked (the event file's schema is loaded
        when first used)."""
        from planner.exchange.event_file import EventFileError, parse

        data = read_bytes(self.path)
        try:
            return parse(data)
        except EventFileError as error:
            raise PlannerError(f"{self.name}: {error}") from None

    def expected_rows(self) -> int:
        from planner.exchange.event_file import rows_in

        return rows_in(self.document)

    def run(self, session: Session) -> ImportedEvent:
        from planner.exchange.event_file import EventFileError
        from planner.exchange.event_import import import_event

        try:
            with bulk.collector_paused():
                return _imported(session, import_event(session, self.document))
        except EventFileError as error:
            raise PlannerError(f"{self.name}: {error}") from None


@dataclass(frozen=True)
class ImportCalendar(Operation["CalendarImported"]):
    """Events from an .ics file: a partner's invitation or a conference's
    calendar; one imported before (or Planner's own) updates the event it
    came from instead (see ``calendar_import``)."""

    path: Path
    source: str = ""
    label = marked("Import calendar")

    @property
    def name(self) -> str:
        return self.source or self.path.name

    def plan(self, session: Session) -> CalendarPlan:
        """What ``run`` will do, without doing it."""
        from planner.operations.calendar_import import plan_import

        return plan_import(session, read_bytes(self.path), self.name)

    def run(self, session: Session) -> CalendarImported:
        from planner.operations.calendar_import import import_or_update

        return import_or_update(session, read_bytes(self.path), self.name)


@dataclass(frozen=True)
class SamplesAdded:
    added: list[ImportedEvent]
    skipped: list[str]  # titles of the samples already there


@dataclass(frozen=True)
class AddSampleEvents(Operation[SamplesAdded]):
    """The sample events that are not in the database yet."""

    label = marked("Add the sample events")

    def run(self, session: Session) -> SamplesAdded:
        from planner.exchange.samples import add_samples

        added, skipped = add_samples(session)
        return SamplesAdded([_imported(session, event) for event in added], skipped)


@dataclass(frozen=True)
class RemoveSampleEvents(Operation[int]):
    """The sample events, and the sample people and organisations nothing
    else refers to; how many events went."""

    label = marked("Remove the sample events")

    def run(self, session: Session) -> int:
        return samples.remove_samples(session)
