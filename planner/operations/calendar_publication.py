"""Where an event's calendar is published on a CalDAV server."""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import Session

from planner.operations.base import Operation
from planner.services import calendar_publications
from planner.services.calendar_publications import Publication
from planner.services.language import marked


@dataclass(frozen=True)
class PublishToCalendarServer(Operation[Publication]):
    """Publish the event's calendar to the CalDAV calendar at ``url``, as
    ``user_name`` (its password is kept in the system keyring, not here);
    with ``personal_base_url`` each participant's personal calendar to a
    collection of its own under it ("": not; None: as set before)."""

    event_id: int
    url: str
    user_name: str = ""
    personal_base_url: str | None = None
    label = marked("Set calendar server")

    def run(self, session: Session) -> Publication:
        return calendar_publications.save(session, self.event_id, self.url, self.user_name, self.personal_base_url)


@dataclass(frozen=True)
class StopPublishingToCalendarServer(Operation[bool]):
    """Stop publishing the event (the calendar on the server stays as it is)."""

    event_id: int
    label = marked("Stop publishing to calendar server")

    def run(self, session: Session) -> bool:
        return calendar_publications.forget(session, self.event_id)
