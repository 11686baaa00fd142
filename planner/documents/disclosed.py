"""What a printed document holds of people, for the record of what left
the laptop: the people it names and what to call it ("Participant list
(PDF)"). Saved as a file, printed, or given as a person's copy of their
data: whoever writes it records this.

The statistics name nobody (counts by country, gender and organisation):
they are not recorded. An agenda names its speakers and moderators: it is
recorded when it names anyone, and not when it is only times and titles."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from planner.documents.options import DocumentOptions
from planner.documents.people import listed_people, shared_people, took_part
from planner.services import disclosed_people, disclosures, events, participants
from planner.services.language import marked

if TYPE_CHECKING:
    from sqlmodel import Session

    from planner.db.store import Store

# What each document is called in the record: saved as PDF, and printed.
_SAVED = {
    "agenda": marked("Agenda (PDF)"),
    "participants": marked("Participant list (PDF)"),
    "attendance": marked("Signature sheets (PDF)"),
    "itinerary": marked("Itinerary (PDF)"),
    "badges": marked("Name badges (PDF)"),
    "minutes": marked("Conclusions report (PDF)"),
    "statistics": marked("Statistics (PDF)"),
    "costs": marked("Cost report (PDF)"),
    "catering": marked("Catering needs (PDF)"),
}
_PRINTED = {
    "agenda": marked("Agenda (printed)"),
    "participants": marked("Participant list (printed)"),
    "attendance": marked("Signature sheets (printed)"),
    "itinerary": marked("Itinerary (printed)"),
    "badges": marked("Name badges (printed)"),
    "minutes": marked("Conclusions report (printed)"),
    "statistics": marked("Statistics (printed)"),
    "costs": marked("Cost report (printed)"),
    "catering": marked("Catering needs (printed)"),
}
WORD_REPORT = marked("Conclusions report (Word)")
COST_WORKBOOK = marked("Cost report (Excel)")
PERSON_ARCHIVE = marked("A person's data (ZIP)")


def people_in(session: Session, kind: str, event_id: int, options: DocumentOptions) -> list[int]:
    """The people the document names, as it would be rendered with ``options``."""
    if kind == "statistics":
        return []
    if kind == "catering":  # counts name nobody; with names, whose needs are listed
        if not options.catering_names:
            return []
        rows = listed_people(session, event_id, options)
        return [row.person_id for row in rows if row.dietary.strip() or row.accessibility.strip()]
    if kind == "agenda":
        return disclosed_people.agenda_people(session, event_id)
    if kind == "costs":
        return disclosed_people.cost_people(session, event_id, options.funder)
    if kind == "minutes":
        counted = [row.person_id for row in took_part(participants.participant_rows(session, event_id))]
        return list(dict.fromkeys(counted + disclosed_people.minutes_people(session, event_id)))
    if kind == "itinerary":
        if options.person_email:
            event = events.get_event(session, event_id)
            travellers = [participants.participant_by_email(session, event, options.person_email).id]
        else:
            travellers = [row.person_id for row in listed_people(session, event_id, options)]
        # Each visit shows who speaks there.
        return [
            person
            for person in dict.fromkeys([*travellers, *disclosed_people.agenda_people(session, event_id)])
            if person is not None
        ]
    if kind == "participants":  # a list given to others: not those left off for want of consent
        return [row.person_id for row in shared_people(session, event_id, options)[0]]
    return [row.person_id for row in listed_people(session, event_id, options)]


def document_disclosed(
    session: Session,
    kind: str,
    event_id: int,
    options: DocumentOptions | None = None,
    *,
    printed: bool = False,
    word: bool = False,
) -> disclosures.Disclosed:
    """The document as the record holds it; it names nobody (and is not
    recorded) when nobody is in it."""
    options = options or DocumentOptions()
    what = WORD_REPORT if word else (_PRINTED if printed else _SAVED)[kind]
    return disclosures.disclosed(disclosures.DOCUMENT, event_id, what, people_in(session, kind, event_id, options))


def person_archive_disclosed(person_id: int) -> disclosures.Disclosed:
    """A person's copy of everything held about them (their request under
    the GDPR): their own data, to whoever the file is given."""
    return disclosures.disclosed(disclosures.EXPORT, None, PERSON_ARCHIVE, [person_id])


def cost_workbook_disclosed(session: Session, event_id: int, funder: str) -> disclosures.Disclosed:
    """One funder's cost report as a workbook: the people its costs were for."""
    people = disclosed_people.cost_people(session, event_id, funder)
    return disclosures.disclosed(disclosures.DOCUMENT, event_id, COST_WORKBOOK, people)


def write_document(
    store: Store, path: Path, data: bytes, kind: str, event_id: int, options: DocumentOptions, *, word: bool = False
) -> None:
    """Write a rendered document to ``path`` and record whom it named; a
    file that could not be written records nothing."""
    with store.read() as session:
        what = document_disclosed(session, kind, event_id, options, word=word)
    disclosures.write_and_record(store, path, data, what)


def record_printed(store: Store, printer: str, kind: str, event_id: int, options: DocumentOptions) -> None:
    """A document sent to ``printer`` (its name, or the file it printed to)."""
    with store.read() as session:
        what = document_disclosed(session, kind, event_id, options, printed=True)
    disclosures.record_in(store, what, printer)
