"""Operations on events and the links between them."""

from __future__ import annotations

from collections.abc import Hashable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlmodel import Session

from planner.operations.base import Operation
from planner.services import events
from planner.services.common import id_of
from planner.services.language import marked

# How the Edit menu names a field of an event ("Change first day").
# The Edit menu's name of a change of one field (typing in the Overview).
EVENT_FIELD_LABELS = {
    "title": marked("Change title"),
    "kind": marked("Change kind"),
    "status": marked("Change status"),
    "starts_on": marked("Change first day"),
    "ends_on": marked("Change last day"),
    "timezone": marked("Change time zone"),
    "venue_name": marked("Change venue"),
    "venue_address": marked("Change address"),
    "venue_city": marked("Change city"),
    "venue_country": marked("Change country"),
    "host_id": marked("Change host organisation"),
    "programme": marked("Change programme"),
    "funding": marked("Change funding"),
    "organiser_email": marked("Change organiser e-mail"),
    "summary": marked("Change about the event"),
    "objectives": marked("Change objectives"),
    "minutes_summary": marked("Change summary of the meeting"),
}


@dataclass(frozen=True)
class CreateEvent(Operation[int]):
    """A new event from its fields (title, kind, days, time zone...); its id."""

    fields: Mapping[str, Any]
    label = marked("New event")

    def run(self, session: Session) -> int:
        return id_of(events.create_event(session, **self.fields))


@dataclass(frozen=True)
class ChangeEvent(Operation[None]):
    """Change some fields of an event. Changing one field again and again
    (typing in the Overview) is one undo step."""

    event_id: int
    changes: Mapping[str, Any]

    @property
    def label(self) -> str:
        if len(self.changes) == 1:
            [name] = self.changes
            return EVENT_FIELD_LABELS.get(name, f"Change {name.replace('_', ' ')}")
        return marked("Change event")

    def run(self, session: Session) -> None:
        events.update_event(session, self.event_id, **self.changes)

    def merge_key(self) -> Hashable | None:
        return ("event", self.event_id, tuple(sorted(self.changes)))


@dataclass(frozen=True)
class DeleteEvent(Operation[None]):
    """Delete an event with everything that belongs to it; people and
    organisations stay in the Directory."""

    event_id: int
    label = marked("Delete event")

    def run(self, session: Session) -> None:
        events.delete_event(session, self.event_id)


@dataclass(frozen=True)
class AddEventLink(Operation[int]):
    """Relate an event to another ("held alongside", "outcomes presented
    at"): one of this database, or one known by its title and dates."""

    event_id: int
    fields: Mapping[str, Any]
    label = marked("Add related event")

    def run(self, session: Session) -> int:
        return id_of(events.add_link(session, self.event_id, **self.fields))


@dataclass(frozen=True)
class RemoveEventLink(Operation[None]):
    link_id: int
    label = marked("Remove related event")

    def run(self, session: Session) -> None:
        events.delete_link(session, self.link_id)
