"""The calendar of an event: the event as an all-day item over its days,
every agenda item in the event's zone, and (on request) the open actions
of its minutes as tasks."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from icalendar import Event as VEvent
from icalendar import Todo, vCalAddress, vText
from icalendar.prop import vCategory

from planner.calendar import planner_properties
from planner.calendar.builder import CalendarBuilder, all_day
from planner.calendar.mail_headers import UnusableAddress, mail_address
from planner.calendar.text import one_line
from planner.services import agenda, calendar_state, directory, events, minutes
from planner.services.common import id_of
from planner.services.labels import label
from planner.services.reader_words import day_month_year, reader_wording, value_word
from planner.services.vocabulary import ActionState, AgendaKind, EventStatus

if TYPE_CHECKING:
    from sqlmodel import Session

    from planner.db.models import Event
    from planner.services.language import Wording

# The words every calendar's content is hashed in (see ``_in_reader_words``).
ENGLISH = reader_wording(None, "calendars")
# Items held away from the venue: their location stands alone.
AWAY_KINDS = frozenset({AgendaKind.MEAL.value, AgendaKind.SITE_VISIT.value, AgendaKind.TRAVEL.value})


def _status(event: Event) -> str:
    if event.status == EventStatus.CANCELLED.value:
        return "CANCELLED"
    if event.status in (EventStatus.CONFIRMED.value, EventStatus.HELD.value):
        return "CONFIRMED"
    return "TENTATIVE"


def _venue(event: Event) -> list[str]:
    return [part for part in (event.venue_name, event.venue_address, event.venue_city) if part]


def organiser_name(session: Session, event: Event) -> str:
    """Who the organiser is, by name: the person with the organiser's
    address, else the host, else the event's title."""
    person = directory.find_person_by_email(session, event.organiser_email)
    if person is not None and one_line(person.full_name):
        return one_line(person.full_name)
    return one_line(events.host_name(session, event)) or one_line(event.title) or f"Event {event.id}"


def organiser(session: Session, event: Event) -> vCalAddress | None:
    """The ORGANIZER of the event (with CN), or None without a usable
    organiser address: a calendar without one is better than a wrong one."""
    try:
        address = mail_address(event.organiser_email)
    except UnusableAddress:
        return None
    calendar_address = vCalAddress(f"mailto:{address}")
    calendar_address.params["CN"] = organiser_name(session, event)
    return calendar_address


def _event_description(session: Session, event: Event, words: Wording) -> str:
    lines = [event.summary] if event.summary else []
    if event.objectives:
        lines.append(
            words.gettext("Objectives:") + "\n" + "\n".join(f"- {objective}" for objective in event.objectives)
        )
    host = events.host_name(session, event)
    if host:
        lines.append(words.gettext("Host: {host}").format(host=host))
    if event.programme:
        lines.append(words.gettext("Programme: {programme}").format(programme=event.programme))
    return "\n\n".join(lines)


def _in_reader_words(component: VEvent, description: str, category: str) -> None:
    """Put a reader's words in an item already added: set anew after its
    hash, so that the item has one SEQUENCE whatever language a calendar
    holding it is written in."""
    component.pop("DESCRIPTION", None)
    if description:
        component.add("DESCRIPTION", description)
    component["CATEGORIES"] = vCategory([category])


def add_event(builder: CalendarBuilder, event: Event, words: Wording | None = None) -> str:
    """The event itself, its fixed words in ``words`` (English when not
    given); returns its UID."""
    session = builder.session
    component = VEvent()
    component.add("SUMMARY", event.title)
    all_day(component, event.starts_on, event.ends_on)
    if _venue(event):
        component.add("LOCATION", ", ".join(_venue(event)))
    description = _event_description(session, event, ENGLISH)
    if description:
        component.add("DESCRIPTION", description)
    component.add("CATEGORIES", [label(event.kind)])
    component.add("STATUS", _status(event))
    # Read back by Planner's import; other clients ignore X- properties.
    component.add(planner_properties.KIND, vText(event.kind))
    component.add(planner_properties.STATUS, vText(event.status))
    for name, prop in planner_properties.VENUE.items():
        if getattr(event, name):
            component.add(prop, vText(getattr(event, name)))
    component.add("TRANSP", "TRANSPARENT")  # the whole days: not busy, the items are
    if (organizer := organiser(session, event)) is not None:
        component.add("ORGANIZER", organizer)
    for link in events.links_of(session, id_of(event)):
        # Only events of this database have a UID a client may know.
        if link.target_event_id is not None:
            component.add("RELATED-TO", builder.uid("event", link.target_event_id), parameters={"RELTYPE": "SIBLING"})
    uid = builder.uid("event", id_of(event))
    builder.add(component, uid)
    if words is not None and words.language != ENGLISH.language:
        _in_reader_words(component, _event_description(session, event, words), value_word(event.kind, words.language))
    return uid


def add_agenda(
    builder: CalendarBuilder, event: Event, event_uid: str, words: Wording | None = None
) -> dict[int, tuple[agenda.AgendaEntry, VEvent]]:
    """Every agenda item, its fixed words in ``words`` (English when not
    given); returns them by id for a personal calendar to annotate."""
    added: dict[int, tuple[agenda.AgendaEntry, VEvent]] = {}
    venue = _venue(event)
    status = "CANCELLED" if _status(event) == "CANCELLED" else "CONFIRMED"
    for entry in agenda.agenda_entries(builder.session, id_of(event)):
        # Texts as vText already, as icalendar would make them: hundreds of
        # items need not have each property's type looked up.
        component = VEvent()
        component.add("SUMMARY", vText(entry.title))
        component.add("DTSTART", builder.at(entry.starts_at, event.timezone))
        component.add("DTEND", builder.at(entry.ends_at, event.timezone))
        place = [entry.location] if entry.location else []
        if not (entry.location and entry.kind in AWAY_KINDS):
            place += [part for part in venue if part not in place]
        if place:
            component.add("LOCATION", vText(", ".join(place)))
        if description := _item_description(entry, ENGLISH):
            component.add("DESCRIPTION", vText(description))
        component.add("CATEGORIES", [label(entry.kind)])
        component.add("STATUS", vText(status))
        component.add("RELATED-TO", vText(event_uid), parameters={"RELTYPE": "PARENT"})
        added[entry.id] = (entry, builder.add(component, builder.uid("agenda-item", entry.id)))
        if words is not None and words.language != ENGLISH.language:
            _in_reader_words(component, _item_description(entry, words), value_word(entry.kind, words.language))
    return added


def _item_description(entry: agenda.AgendaEntry, words: Wording) -> str:
    lines = []
    if entry.speakers:
        names = "; ".join(s.label for s in entry.speakers)
        lines.append(words.ngettext("Speaker: {names}", "Speakers: {names}", len(entry.speakers)).format(names=names))
    if entry.moderator:
        lines.append(words.gettext("Moderator: {name}").format(name=entry.moderator.label))
    if entry.topics and not all(topic in entry.description for topic in entry.topics):
        lines.append(words.gettext("Topics: {topics}").format(topics="; ".join(entry.topics)))
    if entry.description:
        lines.append(("\n" if lines else "") + entry.description)
    return "\n".join(lines)


def add_actions(
    builder: CalendarBuilder, event: Event, *, owner_id: int | None = None, words: Wording | None = None
) -> int:
    """The minutes' open actions as VTODOs (only ``owner_id``'s when given).
    An action sent before as open and since done or dropped is sent once
    more as COMPLETED or CANCELLED, so the task does not linger on a phone.
    Returns how many were added."""
    session = builder.session
    count = 0
    for item, owner in minutes.actions_with_owners(session, id_of(event), owner_id):
        uid = builder.uid("action", id_of(item))
        if item.state != ActionState.OPEN.value and not calendar_state.was_sent(session, uid):
            continue
        task = Todo()
        task.add("SUMMARY", _action_summary(item.text, ENGLISH))
        task.add("DESCRIPTION", _action_description(item.text, owner.full_name if owner else "", event, ENGLISH))
        if item.due:
            task.add("DUE", item.due)
        if owner and owner.email:
            attendee = vCalAddress(f"mailto:{owner.email}")
            attendee.params["CN"] = owner.full_name
            attendee.params["ROLE"] = "REQ-PARTICIPANT"
            task.add("ATTENDEE", attendee)
        task.add("STATUS", {"open": "NEEDS-ACTION", "done": "COMPLETED"}.get(item.state, "CANCELLED"))
        task.add("RELATED-TO", builder.uid("event", id_of(event)), parameters={"RELTYPE": "PARENT"})
        builder.add(task, uid)
        if words is not None and words.language != ENGLISH.language:
            # After the hash, as for the items: one SEQUENCE whatever the language.
            task["SUMMARY"] = vText(_action_summary(item.text, words))
            task["DESCRIPTION"] = vText(_action_description(item.text, owner.full_name if owner else "", event, words))
        count += 1
    return count


def _action_summary(text: str, words: Wording) -> str:
    return text.splitlines()[0] if text else words.gettext("Action")


def _action_description(text: str, owner: str, event: Event, words: Wording) -> str:
    lines = [text]
    if owner:
        lines.append(words.gettext("Owner: {name}").format(name=owner))
    lines.append(
        words.gettext("From the minutes of {title} ({day})").format(
            title=event.title, day=day_month_year(event.starts_on, words)
        )
    )
    return "\n".join(lines)


def event_calendar(session: Session, event_id: int, *, actions: bool = False, now: datetime | None = None) -> bytes:
    """The .ics of an event for everyone: the event, its agenda, and with
    ``actions`` its minutes' open actions. Records what was sent (SEQUENCE),
    so call it in a writing session."""
    event = events.get_event(session, event_id)
    events.require_in_years(session, event)
    builder = CalendarBuilder(session, event.title, now=now)
    event_uid = add_event(builder, event)
    add_agenda(builder, event, event_uid)
    if actions:
        add_actions(builder, event)
    return builder.to_ical()
