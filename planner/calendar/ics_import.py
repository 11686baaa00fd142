"""Importing a partner's .ics: an invitation or a conference calendar.

``import_ics(session, data)`` creates events in the caller's unit of work
(``Store.write()``); any problem raises IcsImportError naming its place
("line 12: ...", 'VEVENT 3 ("Coffee"): ...') and, the unit of work rolling
back, nothing is written.

What becomes what:

- One VEVENT (an invitation, METHOD:REQUEST or PUBLISH): one event of kind
  "meeting" on the VEVENT's days (all-day: DTEND exclusive; timed: the
  local dates), SUMMARY the title, DESCRIPTION the summary, LOCATION the
  venue ("BioM, Am Klopferspitz 19a, Martinsried": name, address, city),
  ORGANIZER the organiser's e-mail.
- Several VEVENTs (a conference calendar): one event spanning all their
  days, titled by X-WR-CALNAME (else the first SUMMARY); an all-day VEVENT
  spanning the whole meeting is the event itself (its SUMMARY, DESCRIPTION
  and LOCATION describe it); each timed VEVENT is an agenda item, its
  times converted to the event's zone, CATEGORIES giving its kind where one
  matches (the others become topics). Another all-day VEVENT becomes an
  item from midnight to midnight. Five items or more make a "conference".
- The zone: the DTSTART TZID (an IANA name, an Outlook/Windows name such
  as "W. Europe Standard Time", or any name whose VTIMEZONE matches an IANA
  zone all year); for UTC (Z) or floating times, X-WR-TIMEZONE, else UTC.
- Skipped: VEVENTs with STATUS:CANCELLED. Refused: METHOD:CANCEL (and
  REPLY, COUNTER...), and recurring VEVENTs (RRULE, RDATE, RECURRENCE-ID):
  the message names them; nothing is imported, not even a first occurrence.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from datetime import time as day_time
from functools import lru_cache
from typing import TYPE_CHECKING, ParamSpec, TypeVar
from zoneinfo import ZoneInfo

from babel import Locale
from icalendar import Calendar, Timezone, vDDDTypes
from icalendar.cal import Component
from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON

from planner.calendar.ics_syntax import IcsImportError, parse_calendar
from planner.calendar.ics_zones import WINDOWS_ZONES, zone_by_name
from planner.services import agenda, events, times, values
from planner.services.common import id_of
from planner.services.errors import InvalidInput
from planner.services.vocabulary import AgendaKind, EventKind, EventStatus

if TYPE_CHECKING:
    from sqlmodel import Session

    from planner.db.models import Event

Arguments = ParamSpec("Arguments")
Created = TypeVar("Created")

_ACCEPTED_METHODS = {"", "PUBLISH", "REQUEST", "ADD"}
_CONFERENCE_ITEMS = 5
_LONGEST_MEETING_DAYS = 31
# Matching a VTIMEZONE against the IANA zones takes a fifth of a second;
# a calendar defines one or two zones of its own (Outlook), never dozens.
MOST_DEFINED_ZONES = 10
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
_CATEGORY_KINDS = {word: kind.value for kind, words in _KINDS.items() for word in words}
# Our field names in a service's message, as the .ics names them.
_PROPERTIES = {
    "title": "SUMMARY", "starts_on": "DTSTART", "ends_on": "DTEND", "starts_at": "DTSTART",
    "ends_at": "DTEND", "timezone": "TZID", "location": "LOCATION", "description": "DESCRIPTION",
    "summary": "DESCRIPTION", "venue.name": "LOCATION", "venue.address": "LOCATION", "venue.city": "LOCATION",
    "venue.country": "LOCATION", "organiser_email": "ORGANIZER",
}  # fmt: skip


@dataclass
class _Moment:
    """DTSTART or DTEND as written: a date, or a wall-clock time with its
    zone ("" for a floating time, "UTC" for a Z time)."""

    value: date | datetime
    zone: str = ""

    @property
    def all_day(self) -> bool:
        return not isinstance(self.value, datetime)

    def wall_clock(self, zone: str) -> datetime:
        if not isinstance(self.value, datetime):  # all day
            return datetime.combine(self.value, day_time())
        if not self.zone or self.zone == zone:
            return self.value  # as written: a time the zone skips stays visible to the checks
        return times.convert(self.value, self.zone, zone)


@dataclass
class _Entry:
    number: int
    where: str
    component: Component
    start: _Moment
    end: _Moment
    texts: dict[str, str] = field(default_factory=dict)

    def days(self, zone: str) -> tuple[date, date]:
        """First and last day (inclusive) in the event's zone."""
        if self.start.all_day:
            return self.start.value, max(self.start.value, self.end.value - timedelta(days=1))
        first, last = self.start.wall_clock(zone), self.end.wall_clock(zone)
        if last > first and last.time() == day_time():
            last -= timedelta(minutes=1)  # ending at midnight ends the day before
        return first.date(), max(first.date(), last.date())


def import_ics(session: Session, data: bytes) -> list[Event]:
    """The events created from an .ics file (one, as the file holds one
    meeting); IcsImportError for anything that cannot be imported."""
    calendar = parse_calendar(data)
    method = _text(calendar, "METHOD").upper()
    if method == "CANCEL":
        raise IcsImportError("this is a cancellation (METHOD:CANCEL): there is nothing to create")
    if method not in _ACCEPTED_METHODS:
        raise IcsImportError(f"METHOD:{method} is an answer to an invitation, not an event to create")
    components = calendar.walk("VEVENT")
    if not components:
        raise IcsImportError("the file holds no events (no VEVENT)")
    zones = _Zones(calendar)
    entries = [
        _read_entry(number, component, zones)
        for number, component in enumerate(components, start=1)
        if _text(component, "STATUS").upper() != "CANCELLED"
    ]
    if not entries:
        raise IcsImportError("every event in the file is cancelled (STATUS:CANCELLED): there is nothing to create")
    zone = zones.event_zone(entries)
    if len(entries) == 1:
        return [_create_invitation(session, entries[0], zone)]
    return [_create_meeting(session, calendar, entries, zone)]


# -- reading the file ------------------------------------------------------


def _text(component: Component, name: str) -> str:
    value = component.get(name)
    if isinstance(value, list):
        value = value[0] if value else None
    return str(value).strip() if value is not None else ""


def _read_entry(number: int, component: Component, zones: _Zones) -> _Entry:
    summary = _text(component, "SUMMARY")
    where = f'VEVENT {number} ("{values.shown(summary)}")' if summary else f"VEVENT {number}"
    for name, problem in component.errors:
        if name in ("DTSTART", "DTEND", "DURATION"):
            raise IcsImportError(f"{where}: {name}: {problem}")
    for name in ("RRULE", "RDATE", "RECURRENCE-ID"):
        if name in component:
            uid = _text(component, "UID")
            raise IcsImportError(
                f"{where}{f' (UID {uid})' if uid else ''}: a recurring event ({name}) cannot be imported; "
                "export its occurrences one by one, or create the event by hand"
            )
    if "DTSTART" not in component:
        raise IcsImportError(f"{where}: DTSTART is missing")
    start = zones.moment(component["DTSTART"], f"{where}: DTSTART")
    if "DTEND" in component:
        end = zones.moment(component["DTEND"], f"{where}: DTEND")
    elif "DURATION" in component:
        duration = _duration(component["DURATION"], f"{where}: DURATION")
        if abs(duration) > timedelta(days=events.LONGEST_EVENT_DAYS):
            raise IcsImportError(
                f"{where}: DURATION: {duration.days:,} days; an event lasts at most {events.LONGEST_EVENT_DAYS} days"
            )
        if isinstance(start.value, datetime) and start.zone not in ("", "UTC"):
            # the exact duration: across a DST change the end's wall clock moves
            instant = times.to_utc(start.value, start.zone) + duration
            end = _Moment(instant.astimezone(ZoneInfo(start.zone)).replace(tzinfo=None), start.zone)
        else:
            end = _Moment(start.value + duration, start.zone)
    else:
        end = _Moment(start.value + timedelta(days=1) if start.all_day else start.value, start.zone)
    if start.all_day != end.all_day:
        raise IcsImportError(f"{where}: DTSTART and DTEND must both be dates or both be dates and times")
    _check_order(where, start, end)
    texts = {name: _text(component, name) for name in ("SUMMARY", "DESCRIPTION", "LOCATION")}
    return _Entry(number, where, component, start, end, texts)


def _check_order(where: str, start: _Moment, end: _Moment) -> None:
    """``start`` and ``end`` are both dates or both dates and times."""
    first, last = start.value, end.value
    if not (isinstance(first, datetime) and isinstance(last, datetime)):  # all day
        if last <= first:
            raise IcsImportError(f"{where}: DTEND {last} must be after DTSTART {first} (DTEND is exclusive)")
        return
    instant_start = times.to_utc(first, start.zone or "UTC")
    instant_end = times.to_utc(last, end.zone or "UTC")
    if instant_end < instant_start:
        same_day = first.date() == last.date()
        shown_end = f"{last:%H:%M}" if same_day else f"{last:%Y-%m-%d %H:%M}"
        shown_start = f"{first:%H:%M}" if same_day else f"{first:%Y-%m-%d %H:%M}"
        raise IcsImportError(f"{where}: DTEND {shown_end} is before DTSTART {shown_start}")


def _single(prop: object, where: str) -> vDDDTypes | None:
    """DTSTART, DTEND or DURATION as icalendar reads it; None for a value of
    another type (VALUE=PERIOD)."""
    if isinstance(prop, list):
        raise IcsImportError(f"{where} is given {len(prop)} times")
    return prop if isinstance(prop, vDDDTypes) else None


def _duration(prop: object, where: str) -> timedelta:
    read = _single(prop, where)
    if read is None or not isinstance(read.dt, timedelta):
        raise IcsImportError(f"{where}: not a duration (such as PT1H30M)")
    return read.dt


class _Zones:
    """TZIDs to IANA names, with the calendar's VTIMEZONEs and X-WR-TIMEZONE."""

    def __init__(self, calendar: Calendar):
        self.definitions = {_text(tz, "TZID"): tz for tz in calendar.walk("VTIMEZONE") if isinstance(tz, Timezone)}
        self.calendar_zone = ""
        declared = _text(calendar, "X-WR-TIMEZONE")
        if declared:
            self.calendar_zone = zone_by_name(declared)
            if not self.calendar_zone:
                raise IcsImportError(f"X-WR-TIMEZONE: '{declared}' is not a time zone this program knows")
        self.first_named = ""
        self.matched: dict[tuple[bytes, int], str] = {}

    def moment(self, prop: object, where: str) -> _Moment:
        read = _single(prop, where)
        if read is None or not isinstance(read.dt, date):  # a period, a duration, a time without a date
            raise IcsImportError(f"{where}: not a date, nor a date and time")
        try:  # a year far off (9999) is refused before any arithmetic on it can overflow
            values.within_years(read.dt, "")
        except InvalidInput as problem:
            raise IcsImportError(f"{where}: {problem.message}") from None
        if not isinstance(read.dt, datetime):
            return _Moment(read.dt)
        value = read.dt.replace(second=0, microsecond=0)
        tzid = str(read.params.get("TZID", "")).strip()
        if not tzid:
            if value.tzinfo is None:
                return _Moment(value, self.calendar_zone)
            return _Moment(value.astimezone(UTC).replace(tzinfo=None), "UTC")
        zone = zone_by_name(tzid) or self._by_definition(tzid, value, where)
        if not zone:
            raise IcsImportError(
                f"{where}: the time zone '{tzid}' is unknown and the file has no VTIMEZONE that matches a known one"
            )
        self.first_named = self.first_named or zone
        return _Moment(value.replace(tzinfo=None), zone)

    def _by_definition(self, tzid: str, value: datetime, where: str) -> str:
        """The IANA zone with the same UTC offsets all year as the file's
        VTIMEZONE (Outlook's "Customized Time Zone"). Each definition is
        matched once per year, however many TZIDs and times use it."""
        definition = self.definitions.get(tzid)
        if definition is None or value.tzinfo is None:
            return ""
        rules = b"".join(part.to_ical() for part in definition.subcomponents)
        key = (rules, value.year)
        if key not in self.matched:
            if len(self.matched) >= MOST_DEFINED_ZONES:
                raise IcsImportError(
                    f"{where}: the file defines more than {MOST_DEFINED_ZONES} time zones of its own (VTIMEZONE "
                    f"'{values.shown(tzid)}' and others that are not IANA zones); a calendar of one meeting "
                    "uses one or two: export it again with IANA time zones (such as Europe/Berlin)"
                )
            self.matched[key] = self._match(definition, value)
        return self.matched[key]

    def _match(self, definition: Timezone, value: datetime) -> str:
        try:
            defined = definition.to_tz()
        except Exception:  # noqa: BLE001 - a broken VTIMEZONE is as good as none
            return ""
        year_start = datetime(value.year, 1, 1, 12, tzinfo=UTC)
        samples = [year_start + timedelta(hours=12 * step) for step in range(2 * 366)]
        offsets = [sample.astimezone(defined).utcoffset() for sample in samples]
        candidates = [self.calendar_zone, *WINDOWS_ZONES.values(), *sorted(set(WINDOWS_TO_OLSON.values()))]
        for candidate in candidates:
            if candidate and candidate in values.time_zones():
                zone = ZoneInfo(candidate)
                if all(
                    sample.astimezone(zone).utcoffset() == offset
                    for sample, offset in zip(samples, offsets, strict=False)
                ):
                    return candidate
        return ""

    def event_zone(self, entries: list[_Entry]) -> str:
        return self.first_named or self.calendar_zone or "UTC"


# -- creating events -------------------------------------------------------


@lru_cache(maxsize=1)
def _countries() -> dict[str, str]:
    names = Locale("en").territories
    return {names[code].lower(): code for code in values.country_codes() if code in names}


def _venue(location: str) -> dict[str, str]:
    """ "BioM, Am Klopferspitz 19a, Martinsried": name, address, city; a
    last part naming a country (", Germany") is the country."""
    parts = [part.strip() for part in location.replace("\n", ", ").split(",") if part.strip()]
    venue = {"venue_name": location.strip()}
    if len(parts) > 1 and parts[-1].lower() in _countries():
        venue["venue_country"] = _countries()[parts.pop().lower()]
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
    address = re.sub(r"^mailto:", "", _text(component, "ORGANIZER"), flags=re.IGNORECASE)
    try:
        return values.email(address, "organiser_email")
    except InvalidInput:
        return ""  # an odd ORGANIZER is no reason to refuse the event


def _create(
    where: str, create: Callable[Arguments, Created], *args: Arguments.args, **fields: Arguments.kwargs
) -> Created:
    """Call a service; its InvalidInput names the VEVENT and the property."""
    try:
        return create(*args, **fields)
    except InvalidInput as problem:
        prop = _PROPERTIES.get(problem.field, problem.field)
        raise IcsImportError(f"{where}: {prop}: {problem.message}") from None


def _create_invitation(session: Session, entry: _Entry, zone: str) -> Event:
    first, last = entry.days(zone)
    fields = {
        "title": entry.texts["SUMMARY"],
        "kind": EventKind.MEETING,
        "status": _STATUSES.get(_text(entry.component, "STATUS").upper(), EventStatus.DRAFT),
        "starts_on": first,
        "ends_on": last,
        "timezone": zone,
        "summary": entry.texts["DESCRIPTION"],
        "organiser_email": _organiser(entry.component),
        **_venue(entry.texts["LOCATION"]),
    }
    return _create(entry.where, events.create_event, session, **fields)


def _create_meeting(session: Session, calendar: Calendar, entries: list[_Entry], zone: str) -> Event:
    spans = [entry.days(zone) for entry in entries]
    first, last = min(span[0] for span in spans), max(span[1] for span in spans)
    if (last - first).days >= _LONGEST_MEETING_DAYS:
        raise IcsImportError(
            f"the {len(entries)} events of this file run from {first} to {last}, too long for one meeting; "
            "import a calendar of one meeting at a time"
        )
    whole = next(
        (entry for entry, span in zip(entries, spans, strict=False) if entry.start.all_day and span == (first, last)),
        None,
    )
    items = [entry for entry in entries if entry is not whole]
    locations = {entry.texts["LOCATION"] for entry in items}
    location = whole.texts["LOCATION"] if whole else (locations.pop() if len(locations) == 1 else "")
    title = _text(calendar, "X-WR-CALNAME") or (whole or entries[0]).texts["SUMMARY"]
    fields = {
        "title": title,
        "kind": EventKind.CONFERENCE if len(items) >= _CONFERENCE_ITEMS else EventKind.MEETING,
        "starts_on": first,
        "ends_on": last,
        "timezone": zone,
        "summary": whole.texts["DESCRIPTION"] if whole else _text(calendar, "X-WR-CALDESC"),
        "organiser_email": _organiser((whole or entries[0]).component),
        **_venue(location),
    }
    event = _create(whole.where if whole else "the calendar", events.create_event, session, **fields)
    for entry in items:
        kind, topics = _kind(entry.component)
        _create(
            entry.where,
            agenda.create_item,
            session,
            id_of(event),
            title=entry.texts["SUMMARY"],
            starts_at=entry.start.wall_clock(zone),
            ends_at=entry.end.wall_clock(zone),
            kind=kind,
            location="" if entry.texts["LOCATION"] == location else entry.texts["LOCATION"],
            description=entry.texts["DESCRIPTION"],
            topics=topics,
        )
    return event


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
    """A VEVENT that is not cancelled, read as import_ics reads it."""

    _entry: _Entry

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


def read_entries(calendar: Calendar, *, cancelled: bool = False) -> tuple[list[ReadEntry], str]:
    """The calendar's VEVENTs that are not cancelled (with ``cancelled``,
    those too), numbered as import_ics numbers them, and the zone an event
    made of them takes; IcsImportError as import_ics raises it."""
    zones = _Zones(calendar)
    entries = [
        _read_entry(number, component, zones)
        for number, component in enumerate(calendar.walk("VEVENT"), start=1)
        if cancelled or _text(component, "STATUS").upper() != "CANCELLED"
    ]
    return [ReadEntry(entry) for entry in entries], zones.event_zone(entries) if entries else "UTC"


def text_of(component: Component, name: str) -> str:
    return _text(component, name)


def venue_fields(location: str) -> dict[str, str]:
    """The venue fields a LOCATION gives an event."""
    return _venue(location)


def organiser_of(component: Component) -> str:
    return _organiser(component)


def invitation_status(component: Component) -> str:
    """The status an invitation's STATUS gives its event ("" for none)."""
    status = _STATUSES.get(_text(component, "STATUS").upper())
    return status.value if status else ""


def is_meeting_calendar(entries: list[ReadEntry]) -> bool:
    """Whether import_ics makes a meeting with an agenda of these (more than
    one VEVENT), not an invitation."""
    return len(entries) > 1


def whole_meeting(entries: list[ReadEntry], zone: str) -> ReadEntry | None:
    """The all-day VEVENT spanning a meeting's days: the event itself."""
    spans = [entry.days(zone) for entry in entries]
    first, last = min(span[0] for span in spans), max(span[1] for span in spans)
    return next(
        (entry for entry, span in zip(entries, spans, strict=False) if entry.all_day and span == (first, last)), None
    )


def calendar_title(calendar: Calendar, entries: list[ReadEntry], whole: ReadEntry | None) -> str:
    """The title import_ics gives a meeting made of ``entries``."""
    return _text(calendar, "X-WR-CALNAME") or (whole or entries[0]).text("SUMMARY")


def agenda_kind(component: Component) -> tuple[str, list[str]]:
    """The agenda kind a VEVENT's CATEGORIES name, and the other categories."""
    return _kind(component)
