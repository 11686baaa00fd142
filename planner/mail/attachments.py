"""What can go with a message made from a template: the participant's own
itinerary and calendar, or a document of the event the same for everyone."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from planner.calendar.invitations import file_name
from planner.calendar.personal_calendar import participant_calendar
from planner.documents.catalogue import render
from planner.documents.disclosed import people_in
from planner.documents.options import DocumentOptions
from planner.services.errors import InvalidInput

if TYPE_CHECKING:
    from sqlmodel import Session

# By the name the command line takes, what each is as the window shows it.
ATTACHMENTS = {
    "itinerary": "their own itinerary (PDF)",
    "calendar": "their own calendar (.ics)",
    "agenda": "the agenda (PDF)",
    "minutes": "the conclusions report (PDF)",
}
_PER_PERSON = frozenset({"itinerary", "calendar"})
_EVENT_FILES = {"agenda": "Agenda.pdf", "minutes": "Conclusions-report.pdf"}


@dataclass(frozen=True)
class Attachment:
    filename: str
    maintype: str
    subtype: str
    data: bytes


def check_kinds(kinds: tuple[str, ...]) -> tuple[str, ...]:
    """The kinds asked for, each once (InvalidInput for one not known)."""
    for kind in kinds:
        if kind not in ATTACHMENTS:
            raise InvalidInput(
                "attachment", f"'{kind}' is not something Planner attaches; choose {', '.join(ATTACHMENTS)}"
            )
    return tuple(dict.fromkeys(kinds))


class Attacher:
    """Makes the attachments of a batch: the event's documents once, each
    participant's own for them."""

    def __init__(self, session: Session, event_id: int, kinds: tuple[str, ...]):
        self.session, self.event_id, self.kinds = session, event_id, check_kinds(kinds)
        self._shared = {
            kind: Attachment(_EVENT_FILES[kind], "application", "pdf", render(session, kind, event_id))
            for kind in self.kinds
            if kind not in _PER_PERSON
        }

    def people_named(self) -> tuple[int, ...]:
        """Whose data the attachments hold beside the recipient's own: the
        people of the event's documents, the speakers of the agenda an
        itinerary or a calendar shows."""
        found: list[int] = []
        for kind in self.kinds:
            shown = "agenda" if kind in _PER_PERSON else kind
            found += people_in(self.session, shown, self.event_id, DocumentOptions())
        return tuple(dict.fromkeys(found))

    def for_person(self, person_id: int, name: str, email: str) -> list[Attachment]:
        found = []
        for kind in self.kinds:
            if kind == "itinerary":
                data = render(self.session, "itinerary", self.event_id, DocumentOptions(person_email=email))
                found.append(
                    Attachment(file_name(f"Itinerary {name}", set(), extension=".pdf"), "application", "pdf", data)
                )
            elif kind == "calendar":
                data = participant_calendar(self.session, self.event_id, person_id)
                found.append(
                    Attachment(file_name(f"Calendar {name}", set(), extension=".ics"), "text", "calendar", data)
                )
            else:
                found.append(self._shared[kind])
        return found
