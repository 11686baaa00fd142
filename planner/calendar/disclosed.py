"""What a calendar file holds of people, for the record of what left the
laptop: an event's calendar names the speakers and moderators of its
agenda and, with the actions, their owners (as ATTENDEEs); a personal
calendar is one participant's own, with the same agenda."""

from __future__ import annotations

from typing import TYPE_CHECKING

from planner.services import disclosed_people, disclosures, events, participants
from planner.services.language import marked

if TYPE_CHECKING:
    from sqlmodel import Session

EVENT_CALENDAR = marked("Calendar of the event (.ics)")
PERSONAL_CALENDAR = marked("Personal calendar (.ics)")


def event_calendar_disclosed(session: Session, event_id: int, *, actions: bool) -> disclosures.Disclosed:
    people = disclosed_people.agenda_people(session, event_id)
    if actions:
        people += disclosed_people.minutes_people(session, event_id, owners_only=True)
    return disclosures.disclosed(disclosures.EXPORT, event_id, EVENT_CALENDAR, people)


def personal_calendar_disclosed(
    session: Session, event_id: int, *, email: str | None = None, person_id: int | None = None
) -> disclosures.Disclosed:
    """One participant's calendar, chosen by ``email`` (the command line)
    or by ``person_id`` (the window)."""
    if email is not None:
        person_id = participants.participant_by_email(session, events.get_event(session, event_id), email).id
    people = [person_id, *disclosed_people.agenda_people(session, event_id)]
    return disclosures.disclosed(disclosures.EXPORT, event_id, PERSONAL_CALENDAR, people)
