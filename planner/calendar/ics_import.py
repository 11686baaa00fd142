"""Importing a partner's .ics: an invitation or a conference calendar.

``import_ics(session, data, file_name=...)`` creates events in the caller's
unit of work (``Store.write()``) and returns them with notes on what was
changed or left aside on the way; any problem raises IcsImportError naming
its place ("line 12: ...", 'VEVENT 3 ("Coffee"): the end (DTEND) ...') and,
the unit of work rolling back, nothing is written.

What becomes what:

- One VEVENT (an invitation, METHOD:REQUEST or PUBLISH): one event of kind
  "meeting" on the VEVENT's days (all-day: DTEND exclusive; timed: the
  local dates), SUMMARY the title, DESCRIPTION the summary, LOCATION the
  venue ("BioM, Am Klopferspitz 19a, Martinsried": name, address, city),
  ORGANIZER the organiser's e-mail. A timed invitation keeps its hours as
  the event's one agenda item.
- Several VEVENTs (a conference calendar): one event spanning all their
  days, titled by X-WR-CALNAME (else after the file, else the first
  SUMMARY); an all-day VEVENT spanning the whole meeting is the event
  itself (its SUMMARY, DESCRIPTION and LOCATION describe it); each timed
  VEVENT is an agenda item, its times converted to the event's zone,
  CATEGORIES giving its kind where one matches (the others become topics).
  Another all-day VEVENT becomes an item from midnight to midnight. Five
  items or more make a "conference".
- The zone: the DTSTART TZID (an IANA name, an Outlook/Windows name such
  as "W. Europe Standard Time", or any name whose VTIMEZONE matches an IANA
  zone all year); for UTC (Z) or floating times, X-WR-TIMEZONE, else the
  zone of the venue's city or country (``venue_zones``), else UTC.
- Planner's own calendars come back as they went: the kind, status and
  venue it writes as X-PLANNER-* properties, a cancelled event included.
- Lenient where real clients differ and nothing is lost, with a note:
  an event without a title is "(untitled)", one without length lasts a
  minute, an all-day event whose DTEND is its DTSTART lasts its day,
  recurring VEVENTs among single ones and what follows END:VCALENDAR are
  left aside. Skipped silently: VEVENTs with STATUS:CANCELLED. Refused:
  METHOD:CANCEL (and REPLY, COUNTER...), and a file of recurring events only.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import PurePath
from typing import TYPE_CHECKING, Any, ParamSpec, TypeVar

from icalendar import Calendar
from icalendar.cal import Component

from planner.calendar import planner_properties
from planner.calendar.builder import PRODID
from planner.calendar.ics_entries import (
    Entry,
    Zones,
    entry_notes,
    prop_text,
    read_entry,
    x_text,
)
from planner.calendar.ics_syntax import IcsImportError, parse_calendar
from planner.calendar.venue_zones import venue_zone
from planner.services import agenda, events, values
from planner.services.common import id_of
from planner.services.countries import country_code
from planner.services.errors import InvalidInput
from planner.services.labels import label
from planner.services.language import say
from planner.services.vocabulary import AgendaKind, EventKind, EventStatus

if TYPE_CHECKING:
    from sqlmodel import Session

    from planner.db.models import Event

Arguments = ParamSpec("Arguments")
Created = TypeVar("Created")

_ACCEPTED_METHODS = {"", "PUBLISH", "REQUEST", "ADD"}
_CONFERENCE_ITEMS = 5
_LONGEST_MEETING_DAYS = 31
_RECURRENCE = ("RRULE", "RDATE", "RECURRENCE-ID")
_STATUSES = {"CONFIRMED": EventStatus.CONFIRMED, "TENTATIVE": EventStatus.PLANNED}
_KINDS = {
    AgendaKind.BREAK: ("break", "coffee", "coffee break", "pause"),
    AgendaKind.MEAL: ("meal", "lunch", "dinner", "breakfast"),
    AgendaKind.SESSION: ("session", "plenary", "workshop"),
    AgendaKind.PRESENTATION: ("presentation", "talk", "keynote", "lecture"),
    AgendaKind.DISCUSSION: ("discussion", "panel", "round table", "roundtable"),
    AgendaKind.SITE_VISIT: ("site visit", "site_visit", "visit", "tour"),
    AgendaKind.NETWORKING: ("networking", "reception"),
    AgendaKind.TRAVEL: ("travel", "transfer"),
}
# The words above, and every kind as Planner's own calendar labels it.
_CATEGORY_KINDS = {label(kind.value).lower(): kind.value for kind in AgendaKind} | {
    word: kind.value for kind, words in _KINDS.items() for word in words
}
_EVENT_KINDS = {label(kind.value).lower(): kind.value for kind in EventKind}
# Our field names in a service's message, in the user's words with the
# property of the .ics that gave the value.
_PROPERTIES = {
    "title": "the title (SUMMARY)", "starts_on": "the start (DTSTART)", "ends_on": "the end (DTEND)",
    "starts_at": "the start (DTSTART)", "ends_at": "the end (DTEND)", "timezone": "the time zone (TZID)",
    "location": "the place (LOCATION)", "description": "the description (DESCRIPTION)",
    "summary": "the description (DESCRIPTION)", "venue.name": "the place (LOCATION)",
    "venue.address": "the place (LOCATION)", "venue.city": "the place (LOCATION)",
    "venue.country": "the place (LOCATION)", "venue_name": "the place (LOCATION)",
    "venue_address": "the place (LOCATION)", "venue_city": "the place (LOCATION)",
    "venue_country": "the place (LOCATION)", "organiser_email": "the organiser (ORGANIZER)",
    "topics": "the categories (CATEGORIES)", "kind": "the kind (CATEGORIES)", "status": "the status (STATUS)",
}  # fmt: skip


class IcsImport(list["Event"]):
    """The events an import created (a list, as before), and ``notes``:
    what was changed or left aside on the way, one sentence each, for the
    user to read."""

    def __init__(self, created: list[Event], notes: list[str]):
        super().__init__(created)
        self.notes = notes


def import_ics(session: Session, data: bytes, *, file_name: str = "") -> IcsImport:
    """The events created from an .ics file (one, as the file holds one
    meeting) and the notes on what was changed or left aside; IcsImportError
    for anything that cannot be imported. ``file_name`` names a calendar
    that does not name itself (X-WR-CALNAME)."""
    notes: list[str] = []
    calendar = parse_calendar(data, notes)
    method = prop_text(calendar, "METHOD").upper()
    if method == "CANCEL":
        raise IcsImportError(say("this is a cancellation (METHOD:CANCEL): there is nothing to create"))
    if method not in _ACCEPTED_METHODS:
        raise IcsImportError(
            say("METHOD:{method} is an answer to an invitation, not an event to create", method=method)
        )
    components = list(enumerate(calendar.walk("VEVENT"), start=1))
    if not components:
        raise IcsImportError(say("the file holds no events (no VEVENT)"))
    singles = _without_recurring(components, notes)
    live = [
        (number, component) for number, component in singles if prop_text(component, "STATUS").upper() != "CANCELLED"
    ]
    cancelled = not live and _is_planners(calendar)
    if cancelled:  # Planner's calendar of a cancelled event: the event, cancelled
        live = singles
        notes.append(say("the event is cancelled (STATUS:CANCELLED): it is imported as cancelled"))
    if not live:
        raise IcsImportError(say("every event in the file is cancelled (STATUS:CANCELLED): there is nothing to create"))
    zones = Zones(calendar)
    entries = [read_entry(number, component, zones) for number, component in live]
    notes += entry_notes(entries)
    layout = _layout(zones, entries, notes)
    fields = _event_fields(calendar, layout, file_name, cancelled=cancelled)
    event = _create(layout.where, events.create_event, session, **fields)
    for entry in layout.items:
        _create(
            entry.where, agenda.create_item, session, id_of(event), **_item_fields(entry, layout, fields["summary"])
        )
    return IcsImport([event], notes)


# -- reading the file ------------------------------------------------------


def _is_planners(calendar: Calendar) -> bool:
    return prop_text(calendar, "PRODID") == PRODID


def _without_recurring(components: list[tuple[int, Component]], notes: list[str]) -> list[tuple[int, Component]]:
    """The single events; the recurring ones are left aside with one note
    for each series (its UID: the rule and its changed occurrences), or
    refused when there is nothing else."""
    singles = []
    series: dict[str, list[tuple[int, Component, str]]] = {}
    for number, component in components:
        rule = next((name for name in _RECURRENCE if name in component), "")
        if rule:
            series.setdefault(prop_text(component, "UID") or f"#{number}", []).append((number, component, rule))
        else:
            singles.append((number, component))
    described = [_series(members) for members in series.values()]
    if not singles:
        raise IcsImportError(
            say(
                "{series} cannot be imported; export its occurrences one by one, or create the event by hand",
                series=described[0],
            )
        )
    notes += [say("{series} was left aside; create it by hand if it belongs here", series=where) for where in described]
    return singles


def _series(members: list[tuple[int, Component, str]]) -> str:
    """'VEVENT 3, 4 ("Weekly call") (UID ...): a recurring event (RRULE, RECURRENCE-ID)'."""
    numbers = ", ".join(str(number) for number, _component, _rule in members)
    summary = next((prop_text(component, "SUMMARY") for _number, component, _rule in members), "")
    uid = prop_text(members[0][1], "UID")
    rules = ", ".join(dict.fromkeys(rule for _number, _component, rule in members))
    return (
        f"VEVENT {numbers}"
        + (f' ("{values.shown(summary)}")' if summary else "")
        + (f" (UID {uid})" if uid else "")
        + f": a recurring event ({rules})"
    )


def _event_zone(zones: Zones, entries: list[Entry], venue: dict[str, str], location: str, notes: list[str]) -> str:
    """The zone the file names; for times in UTC or without a zone, the
    venue's, else UTC: either said in a note, as the hours shown depend on it."""
    named = zones.first_named or zones.calendar_zone
    if named:
        return named
    zone = venue_zone(venue.get("venue_city", ""), venue.get("venue_country", ""), location)
    timed = [entry for entry in entries if not entry.start.all_day]
    if timed:
        in_utc = timed[0].start.zone == "UTC"
        if zone and in_utc:
            note = say(
                "the times are written in UTC: they are taken in {zone}, the time zone of {place}",
                zone=zone,
                place=location,
            )
        elif zone:
            note = say(
                "the times are written without a time zone: they are taken in {zone}, the time zone of {place}",
                zone=zone,
                place=location,
            )
        elif in_utc:
            note = say(
                "the times are written in UTC and no place names a city or country: they are taken in UTC; "
                "set the event's time zone if it is elsewhere"
            )
        else:
            note = say(
                "the times are written without a time zone and no place names a city or country: they are taken "
                "in UTC; set the event's time zone if it is elsewhere"
            )
        notes.append(note)
    return zone or "UTC"


# -- creating events -------------------------------------------------------


def _venue(location: str) -> dict[str, str]:
    """ "BioM, Am Klopferspitz 19a, Martinsried": name, address, city; a
    last part naming a country (", Germany") is the country."""
    parts = [part.strip() for part in location.replace("\n", ", ").split(",") if part.strip()]
    venue = {"venue_name": location.strip()}
    country = country_code(parts[-1]) if len(parts) > 1 else None
    if country:  # in any language Planner knows: ", Deutschland"
        venue["venue_country"] = country
        parts.pop()
        venue["venue_name"] = ", ".join(parts)
    if len(parts) > 1:
        city = re.sub(r"^[A-Z]{0,2}-?\d[\d -]*\s+", "", parts[-1])  # "D-82152 Martinsried"
        if city and not any(character.isdigit() for character in city):
            venue |= {
                "venue_name": parts[0],
                "venue_address": ", ".join(parts[1:-1]),
                "venue_city": city,
            }
    return venue


def _organiser(component: Component) -> str:
    address = re.sub(r"^mailto:", "", prop_text(component, "ORGANIZER"), flags=re.IGNORECASE)
    try:
        return values.email(address, "organiser_email")
    except InvalidInput:
        return ""  # an odd ORGANIZER is no reason to refuse the event


def _own_venue(component: Component) -> dict[str, str]:
    """The venue in its parts, as Planner's own calendar writes it; {} for
    another calendar."""
    parts = {name: x_text(component, prop) for name, prop in planner_properties.VENUE.items()}
    return {name: part for name, part in parts.items() if part}


def _kind_and_status(component: Component, *, cancelled: bool) -> dict[str, str]:
    """The event's kind and status where the VEVENT says them: Planner's
    own (X-PLANNER-*), else the kind a CATEGORY names ("Workshop") and the
    STATUS. A value Planner does not know (a later version's) is passed
    over, not refused."""
    fields = {}
    kind = x_text(component, planner_properties.KIND)
    if kind in set(EventKind):
        fields["kind"] = kind
    else:
        raw = component.get("CATEGORIES")
        lists = raw if isinstance(raw, list) else [raw] if raw is not None else []
        named = [_EVENT_KINDS.get(str(each).strip().lower(), "") for entry in lists for each in entry.cats]
        if any(named):
            fields["kind"] = next(each for each in named if each)
    status = x_text(component, planner_properties.STATUS)
    if cancelled:
        fields["status"] = EventStatus.CANCELLED.value
    elif status in set(EventStatus):
        fields["status"] = status
    elif prop_text(component, "STATUS").upper() in _STATUSES:
        fields["status"] = _STATUSES[prop_text(component, "STATUS").upper()].value
    return fields


def _create(
    where: str, create: Callable[Arguments, Created], *args: Arguments.args, **fields: Arguments.kwargs
) -> Created:
    """Call a service; its InvalidInput names the VEVENT and the property
    in the user's words."""
    try:
        return create(*args, **fields)
    except InvalidInput as problem:
        prop = _PROPERTIES.get(problem.field, "a value")
        message = re.sub(
            r"\b(starts_at|ends_at|starts_on|ends_on)\b", lambda match: _PROPERTIES[match.group(1)], problem.message
        )
        raise IcsImportError(f"{where}: {prop}: {message}") from None


def _item_location(written: str, venue: str) -> str:
    """An item's LOCATION without the event's venue: "" at the venue, "Hall
    A" for "Hall A, BioM, Martinsried" (as Planner writes a room)."""
    if written == venue:
        return ""
    return written.removesuffix(f", {venue}") if venue else written


@dataclass
class _Layout:
    """What import_ics makes of a calendar's VEVENTs: the one that is the
    event itself (None: the calendar is), those that become its agenda
    items (an invitation's hours: the same VEVENT), the place they share
    and the event's zone."""

    entries: list[Entry]
    whole: Entry | None
    items: list[Entry]
    location: str
    venue: dict[str, str]
    zone: str

    @property
    def where(self) -> str:
        return self.whole.where if self.whole else "the calendar"

    @property
    def invitation(self) -> bool:
        return len(self.entries) == 1


def _layout(zones: Zones, entries: list[Entry], notes: list[str]) -> _Layout:
    if len(entries) == 1:  # an invitation: the event, and its hours as its one item
        entry = entries[0]
        venue = _own_venue(entry.component) or _venue(entry.texts["LOCATION"])
        zone = _event_zone(zones, entries, venue, entry.texts["LOCATION"], notes)
        items = [] if entry.start.all_day else [entry]
        return _Layout(entries, entry, items, entry.texts["LOCATION"], venue, zone)
    # The whole meeting: an all-day VEVENT over the days of all the others
    # (Planner writes the event so), else the calendar itself.
    provisional = zones.first_named or zones.calendar_zone or "UTC"
    spans = [entry.days(provisional) for entry in entries]
    outer = (min(span[0] for span in spans), max(span[1] for span in spans))
    whole = next(
        (entry for entry, span in zip(entries, spans, strict=False) if entry.start.all_day and span == outer),
        None,
    )
    items = [entry for entry in entries if entry is not whole]
    locations = {entry.texts["LOCATION"] for entry in items}
    location = whole.texts["LOCATION"] if whole else (locations.pop() if len(locations) == 1 else "")
    venue = (_own_venue(whole.component) if whole else {}) or _venue(location)
    zone = _event_zone(zones, entries, venue, location, notes)
    return _Layout(entries, whole, items, location, venue, zone)


def _title(calendar: Calendar, layout: _Layout, file_name: str) -> str:
    """An invitation's SUMMARY; a meeting's X-WR-CALNAME, else the file's
    name, else the SUMMARY of the whole meeting or its first item."""
    source = layout.whole or layout.entries[0]
    if layout.invitation:
        return source.texts["SUMMARY"]
    named = x_text(calendar, "X-WR-CALNAME") or (PurePath(file_name).stem if file_name else "")
    return named or source.texts["SUMMARY"]


def _event_fields(calendar: Calendar, layout: _Layout, file_name: str, *, cancelled: bool) -> dict[str, Any]:
    """The event's fields as the service takes them; IcsImportError for a
    calendar too long to be one meeting."""
    spans = [entry.days(layout.zone) for entry in layout.entries]
    first, last = min(span[0] for span in spans), max(span[1] for span in spans)
    # One event alone is checked by the services' own bounds, which name it.
    if len(layout.entries) > 1 and (last - first).days >= _LONGEST_MEETING_DAYS:
        raise IcsImportError(
            f"the {len(layout.entries)} events of this file run from {first} to {last}, too long for one meeting; "
            "import a calendar of one meeting at a time"
        )
    whole = layout.whole
    source = whole or layout.entries[0]
    many = len(layout.items) >= _CONFERENCE_ITEMS and not layout.invitation
    fields: dict[str, Any] = {
        "title": _title(calendar, layout, file_name),
        "kind": EventKind.CONFERENCE.value if many else EventKind.MEETING.value,
        "starts_on": first,
        "ends_on": last,
        "timezone": layout.zone,
        "summary": _summary(calendar, layout),
        "organiser_email": _organiser(source.component),
        **layout.venue,
    }
    if whole:
        fields |= {"status": EventStatus.DRAFT.value} | _kind_and_status(whole.component, cancelled=cancelled)
    elif cancelled:
        fields["status"] = EventStatus.CANCELLED.value
    return fields


def _summary(calendar: Calendar, layout: _Layout) -> str:
    """The event's description: its own VEVENT's, else the calendar's."""
    return layout.whole.texts["DESCRIPTION"] if layout.whole else x_text(calendar, "X-WR-CALDESC")


def _item_fields(entry: Entry, layout: _Layout, summary: str) -> dict[str, Any]:
    """An agenda item's fields as the service takes them: its hours in the
    event's zone, its room without the shared place, a description that
    is not the event's own."""
    kind, topics = _kind(entry.component)
    return {
        "title": entry.texts["SUMMARY"],
        "starts_at": entry.start.wall_clock(layout.zone),
        "ends_at": entry.end.wall_clock(layout.zone),
        "kind": kind,
        "location": _item_location(entry.texts["LOCATION"], layout.location),
        "description": entry.texts["DESCRIPTION"] if entry.texts["DESCRIPTION"] != summary else "",
        "topics": topics,
    }


def _kind(component: Component) -> tuple[str, list[str]]:
    """The agenda kind the CATEGORIES name, and the other categories."""
    raw = component.get("CATEGORIES")
    lists = raw if isinstance(raw, list) else [raw] if raw is not None else []
    categories = [str(category).strip() for entry in lists for category in entry.cats if str(category).strip()]
    kind = ""
    topics = []
    for category in categories:
        match = _CATEGORY_KINDS.get(category.lower())
        if match and not kind:
            kind = match
        elif not match:
            topics.append(category)
    return kind or AgendaKind.SESSION.value, topics


# -- the same reading, for a calendar imported again (ics_updates) ----------


@dataclass(frozen=True)
class ReadEntry:
    """A VEVENT read as import_ics reads it."""

    _entry: Entry

    @property
    def where(self) -> str:
        return self._entry.where

    @property
    def component(self) -> Component:
        return self._entry.component

    @property
    def all_day(self) -> bool:
        return self._entry.start.all_day

    def text(self, name: str) -> str:
        """SUMMARY, DESCRIPTION or LOCATION as the import takes them."""
        return self._entry.texts[name]

    def times(self, zone: str) -> tuple[datetime, datetime]:
        """Its start and end as wall-clock times in ``zone``."""
        return self._entry.start.wall_clock(zone), self._entry.end.wall_clock(zone)

    def days(self, zone: str) -> tuple[date, date]:
        return self._entry.days(zone)

    def kind(self) -> tuple[str, list[str]]:
        """The agenda kind its CATEGORIES name, and the other categories."""
        return _kind(self._entry.component)


@dataclass(frozen=True)
class Reading:
    """A calendar read as import_ics reads it: the VEVENTs taken, the one
    that is the event itself, those that become agenda items (an
    invitation's hours: the event's own VEVENT), the event's zone, and the
    fields import_ics would give the event and each item."""

    calendar: Calendar
    entries: list[ReadEntry]
    whole: ReadEntry | None
    items: list[ReadEntry]
    _layout: _Layout | None
    cancelled: bool  # Planner's calendar of a cancelled event

    @property
    def zone(self) -> str:
        return self._layout.zone if self._layout else "UTC"

    @property
    def invitation(self) -> bool:
        return len(self.entries) == 1

    @property
    def names_itself(self) -> bool:
        """Whether the title comes from the calendar, not from its file's name."""
        return self.invitation or bool(x_text(self.calendar, "X-WR-CALNAME"))

    def event_fields(self, file_name: str = "") -> dict[str, Any]:
        """The event's fields; IcsImportError as import_ics raises it."""
        assert self._layout is not None
        return _event_fields(self.calendar, self._layout, file_name, cancelled=self.cancelled)

    def said(self) -> dict[str, str]:
        """The kind and status the event's own VEVENT says, if any."""
        whole = self.whole
        return _kind_and_status(whole.component, cancelled=self.cancelled) if whole else {}

    def item_fields(self, entry: ReadEntry) -> dict[str, Any]:
        assert self._layout is not None
        return _item_fields(entry._entry, self._layout, _summary(self.calendar, self._layout))


def read_calendar(calendar: Calendar, *, cancelled: bool = False) -> Reading:
    """``calendar`` as import_ics reads it (the recurring VEVENTs and, but
    with ``cancelled``, the cancelled ones left aside); IcsImportError as
    import_ics raises it. No VEVENT left: a reading without entries."""
    components = list(enumerate(calendar.walk("VEVENT"), start=1))
    singles = [(number, component) for number, component in components if not any(r in component for r in _RECURRENCE)]
    live = [
        (number, component) for number, component in singles if prop_text(component, "STATUS").upper() != "CANCELLED"
    ]
    event_cancelled = not live and bool(singles) and _is_planners(calendar)
    if cancelled or event_cancelled:
        live = singles
    zones = Zones(calendar)
    entries = [read_entry(number, component, zones) for number, component in live]
    if not entries:
        return Reading(calendar, [], None, [], None, cancelled=False)
    layout = _layout(zones, entries, [])
    read = {id(entry): ReadEntry(entry) for entry in entries}
    return Reading(
        calendar,
        [read[id(entry)] for entry in entries],
        read[id(layout.whole)] if layout.whole else None,
        [read[id(entry)] for entry in layout.items],
        layout,
        cancelled=event_cancelled,
    )


def text_of(component: Component, name: str) -> str:
    return prop_text(component, name)


def venue_fields(location: str) -> dict[str, str]:
    """The venue fields a LOCATION gives an event."""
    return _venue(location)


def agenda_kind(component: Component) -> tuple[str, list[str]]:
    """The agenda kind a VEVENT's CATEGORIES name, and the other categories."""
    return _kind(component)
