"""One participant's calendar of an event, for their phone: the whole
programme with the items they speak in or moderate marked, their travel
legs (each end in its own zone) and their hotel stays (all-day). Its fixed
words, weekdays and months are in the participant's preferred language
(English when not known); titles, names and places stay as typed."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from icalendar import Event as VEvent
from icalendar.prop import vCategory

from planner.calendar.builder import CalendarBuilder, all_day
from planner.calendar.event_calendar import ENGLISH, add_actions, add_agenda, add_event
from planner.services import agenda, events, logistics, participants, times
from planner.services.common import id_of
from planner.services.reader_words import clock, long_day, reader_wording, short_day, value_word

if TYPE_CHECKING:
    from sqlmodel import Session

    from planner.db.models import Event, Person, TravelLeg
    from planner.services.language import Wording


def _mark_own_items(added: dict[int, tuple[agenda.AgendaEntry, VEvent]], person_id: int, words: Wording) -> None:
    """Say in the items this person speaks in or moderates what they do
    there. Added after the content hash: the same item has one SEQUENCE
    whoever's calendar it is in."""
    for entry, component in added.values():
        speaks = any(speaker.id == person_id for speaker in entry.speakers)
        moderates = bool(entry.moderator and entry.moderator.id == person_id)
        if not (speaks or moderates):
            continue
        note = {
            (True, False): words.gettext("You speak in this item."),
            (False, True): words.gettext("You moderate this item."),
            (True, True): words.gettext("You speak in and moderate this item."),
        }[speaks, moderates]
        existing = str(component.get("DESCRIPTION", ""))
        component.pop("DESCRIPTION", None)
        component.add("DESCRIPTION", f"{note}\n\n{existing}" if existing else note)
        categories = component["CATEGORIES"]
        assert isinstance(categories, vCategory)  # added once, as a list, by add_agenda
        # Set anew, not appended to: the calendar writes a value as it was
        # when the item was added unless it is another value.
        # A filter in most calendar apps.
        component["CATEGORIES"] = vCategory([*categories.cats, words.gettext("Your part")])


def _leg_summary(leg: TravelLeg, words: Wording) -> str:
    mode = value_word(leg.mode, words.language)
    what = " ".join(part for part in (leg.carrier, leg.number) if part) or mode
    return f"{mode} {leg.from_place} → {leg.to_place}" + (f" ({what})" if what != mode else "")


def _moment(moment: datetime, zone: str, words: Wording) -> str:
    """ "Wed 21 Mar 08:20 EET", "Mi., 21. März 08:20 MEZ"-like: a day, a time and its zone."""
    return f"{short_day(moment, words)} {clock(moment)} {times.zone_abbreviation(moment, zone)}"


def _duration(value: timedelta, words: Wording) -> str:
    """ "2 h 05 min", "45 min": hours and minutes as the reader abbreviates them."""
    minutes = int(value.total_seconds() // 60)
    hours, minutes = divmod(minutes, 60)
    if hours:
        return words.gettext("{hours} h {minutes} min").format(hours=hours, minutes=f"{minutes:02d}")
    return words.gettext("{minutes} min").format(minutes=minutes)


def add_legs(builder: CalendarBuilder, event: Event, person_id: int, words: Wording = ENGLISH) -> None:
    for leg in logistics.legs_of(builder.session, id_of(event)):
        if leg.person_id != person_id:
            continue
        component = VEvent()
        component.add("SUMMARY", _leg_summary(leg, words))
        # Each end in its own zone: departure and arrival show local times.
        component.add("DTSTART", builder.at(leg.from_at, leg.from_timezone))
        component.add("DTEND", builder.at(leg.to_at, leg.to_timezone))
        component.add("LOCATION", leg.from_place)
        lines = [
            words.gettext("Departs {place} {moment}").format(
                place=leg.from_place, moment=_moment(leg.from_at, leg.from_timezone, words)
            ),
            words.gettext("Arrives {place} {moment}").format(
                place=leg.to_place, moment=_moment(leg.to_at, leg.to_timezone, words)
            ),
            words.gettext("Duration {duration}").format(duration=_duration(logistics.leg_duration(leg), words)),
        ]
        if leg.reference:
            lines.append(words.gettext("Booking reference: {reference}").format(reference=leg.reference))
        component.add("DESCRIPTION", "\n".join(lines))
        component.add("CATEGORIES", [words.gettext("Travel")])
        component.add("RELATED-TO", builder.uid("event", id_of(event)), parameters={"RELTYPE": "PARENT"})
        builder.add(component, builder.uid("travel-leg", id_of(leg)))


def add_stays(builder: CalendarBuilder, event: Event, person_id: int, words: Wording = ENGLISH) -> None:
    for stay in logistics.stays_of(builder.session, id_of(event)):
        if stay.person_id != person_id:
            continue
        component = VEvent()
        component.add("SUMMARY", words.gettext("Hotel: {name}").format(name=stay.name))
        # All-day from the check-in day to the check-out day, both shown.
        all_day(component, stay.check_in, stay.check_out)
        component.add("LOCATION", ", ".join(part for part in (stay.name, stay.address) if part))
        lines = [
            words.gettext("Check-in {check_in}, check-out {check_out}").format(
                check_in=long_day(stay.check_in, words, padded=True),
                check_out=long_day(stay.check_out, words, padded=True),
            )
        ]
        if stay.reference:
            lines.append(words.gettext("Booking reference: {reference}").format(reference=stay.reference))
        component.add("DESCRIPTION", "\n".join(lines))
        component.add("CATEGORIES", [words.gettext("Accommodation")])
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
    words = reader_wording(person.language, "calendars")
    builder = CalendarBuilder(session, f"{event.title} – {person.full_name}", now=now)
    event_uid = add_event(builder, event, words)
    person_id = id_of(person)
    _mark_own_items(add_agenda(builder, event, event_uid, words), person_id, words)
    add_legs(builder, event, person_id, words)
    add_stays(builder, event, person_id, words)
    if actions:
        add_actions(builder, event, owner_id=person_id, words=words)
    return builder.to_ical()
