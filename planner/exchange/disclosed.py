"""What an exported file holds of people, for the record of what left the
laptop: a participant list (everyone on it) and an event file (everyone it
names: participants, speakers, travellers, payees, people of the minutes)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from planner.exchange.event_export import people_in_event_file
from planner.exchange.participant_export import exported_people
from planner.services import disclosures
from planner.services.language import marked

if TYPE_CHECKING:
    from sqlmodel import Session

_PARTICIPANT_LISTS = {"csv": marked("Participant list (CSV)"), "xlsx": marked("Participant list (Excel)")}
EVENT_FILE = marked("Event file")


def participant_list_disclosed(session: Session, event_id: int, file_format: str) -> disclosures.Disclosed:
    people = [row.person_id for row in exported_people(session, event_id)]  # not those left off for want of consent
    return disclosures.disclosed(disclosures.EXPORT, event_id, _PARTICIPANT_LISTS[file_format], people)


def event_file_disclosed(session: Session, event_id: int) -> disclosures.Disclosed:
    people = sorted(people_in_event_file(session, event_id))
    return disclosures.disclosed(disclosures.EXPORT, event_id, EVENT_FILE, people)
