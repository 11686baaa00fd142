"""One participant's calendar of an event, for their phone: the whole
programme with the items they speak in or moderate marked, their travel
legs (each end in its own zone) and their hotel stays (all-day)."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from icalendar import Event as VEvent
from icalendar.prop import vCategory

from planner.calendar.builder import CalendarBuilder, all_day
from planner.calendar.event_calendar import add_actions, add_agenda, add_event, label
from planner.services import agenda, events, logistics, participants, times
from planner.services.common import id_of

if TYPE_CHECKING:
    from sqlmodel import Session

    from planner.db.models import Event, Person, TravelLeg


def _mark_own_items(added: dict[int, tuple[agenda.AgendaEntry, VEvent]], person_id: int) -> None:
    """Say in the items this person speaks in or moderates what they do
    there. Added after the content hash: the same item has one SEQUENCE
    whoever's calendar it is in."""
    for entry, component in added.values():
        speaks = any(speaker.id == person_id for speaker in entry.speakers)
        moderates = bool(entry.moderator and entry.moderator.id == person_id)
        if not (speaks or moderates):
            continue
        note = {
            (True, False): "You speak in this item.",
            (False, True): "You moderate this item.",
            (True, True): "You speak in and moderate this item.",
        }[speaks, moderates]
        existing = str(component.get("DESCRIPTION", ""))
        component.pop("DESCRIPTION", None)
        component.add("DESCRIPTION", f"{note}\n\n{existing}" if existing else note)
        categories = component["CATEGORIES"]
        assert isinstance(categories, vCategory)  # added once, as a list, by add_agenda
        # Set anew, not appended to: the calendar writes a value as it was
        # when the item was added unless it is another value.
        component["CATEGORIES"] = vCategory([*categories.cats, "Your part"])  # a filter in most calendar apps


def _leg_summary(leg: TravelLeg) -> str:
    what = " ".join(part for part in (leg.carrier, leg.number) if part) or label(leg.mode)
    return f"{label(leg.mode)} {leg.from_place} → {leg.to_place}" + (f" ({what})" if what != label(leg.mode) else "")


def add_legs(builder: CalendarBuilder, event: Event, person_id: int) -> None:
    for leg in logistics.legs_of(builder.session, id_of(event)):
        if leg.person_id != person_id:
            continue
        component = VEvent()
        component.add("SUMMARY", _leg_summary(leg))
        # Each end in its own zone: departure and arrival show local times.
        component.add("DTSTART", builder.at(leg.from_at, leg.from_timezone))
        component.add("DTEND", builder.at(leg.to_at, leg.to_timezone))
        component.add("LOCATION", leg.from_place)
        lines = [
            (
                f"Departs {leg.from_place} {leg.from_at:%a %d %b %H:%M} "
                f"{times.zone_abbreviation(leg.from_at, leg.from_timezone)}"
            ),
            f"Arrives {leg.to_place} {leg.to_at:%a %d %b %H:%M} {times.zone_abbreviation(leg.to_at, leg.to_timezone)}",
            f"Duration {times.format_duration(logistics.leg_duration(leg))}",
        ]
        if leg.reference:
            lines.append(f"Booking reference: {leg.reference}")
        component.add("DESCRIPTION", "\n".join(lines))
        component.add("CATEGORIES", ["Travel"])
        component.add("RELATED-TO", builder.uid("event", id_of(event)), parameters={"RELTYPE": "PARENT"})
        builder.add(component, builder.uid("travel-leg", id_of(leg)))


def add_stays(builder: CalendarBuilder, event: Event, person_id: int) -> None:
    for stay in logistics.stays_of(builder.session, id_of(event)):
        if stay.person_id != person_id:
            continue
        component = VEvent()
        component.add("SUMMARY", f"Hotel: {stay.name}")
        # All-day from the check-in day to the check-out day, both shown.
        all_day(component, stay.check_in, stay.check_out)
        component.add("LOCATION", ", ".join(part for part in (stay.name, stay.address) if part))
        lines = [f"Check-in {stay.check_in:%a %d %b %Y}, check-out {stay.check_out:%a %d %b %Y}"]
        if stay.reference:
            lines.append(f"Booking reference: {stay.reference}")
        component.add("DESCRIPTION", "\n".join(lines))
        component.add("CATEGORIES", ["Accommodation"])
        component.add("TRANSP", "TRANSPARENT")
        component.add("RELATED-TO", builder.uid("event", id_of(event)), parameters={"RELTYPE": "PARENT"})
        builder.add(component, builder.uid("stay", id_of(stay)))


def personal_calendar(
    session: Session, event_id: int, email: str, *, actions: bool = False, now: datetime | None = None
) -> bytes:
    """What the participant with ``email`` needs of the event; with
    ``actions`` also the open actions they own. Records what was sent."""
    event = events.get_event(session, event_id)
    events.require_in_years(session, event)
    person = participants.participant_by_email(session, event, email)
    return _calendar_of(session, event, person, actions=actions, now=now)


def participant_calendar(
    session: Session, event_id: int, person_id: int, *, actions: bool = False, now: datetime | None = None
) -> bytes:
    """The same for a participant chosen by who they are (in the window),
    who need not have an e-mail address."""
    event = events.get_event(session, event_id)
    events.require_in_years(session, event)
    person = participants.participant_by_id(session, event, person_id)
    return _calendar_of(session, event, person, actions=actions, now=now)


def _calendar_of(session: Session, event: Event, person: Person, *, actions: bool, now: datetime | None) -> bytes:
    builder = CalendarBuilder(session, f"{event.title} – {person.full_name}", now=now)
    event_uid = add_event(builder, event)
    person_id = id_of(person)
    _mark_own_items(add_agenda(builder, event, event_uid), person_id)
    add_legs(builder, event, person_id)
    add_stays(builder, event, person_id)
    if actions:
        add_actions(builder, event, owner_id=person_id)
    return builder.to_ical()
