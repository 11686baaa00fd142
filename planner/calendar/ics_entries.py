"""Reading the VEVENTs of an .ics as the import takes them: each one's
start and end (all-day or timed, in the zone its TZID means, a VTIMEZONE of
the file's own matched to an IANA zone once), its texts, and what was
changed on the way (a zero-length item, an empty title), said as notes."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from datetime import time as day_time
from zoneinfo import ZoneInfo

from icalendar import Calendar, Timezone, vDDDTypes
from icalendar.cal import Component
from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON

from planner.calendar.ics_syntax import IcsImportError
from planner.calendar.ics_zones import WINDOWS_ZONES, zone_by_name
from planner.services import events, times, values
from planner.services.errors import InvalidInput
from planner.services.language import say, say_n

_NAMED = {"DTSTART": "the start (DTSTART)", "DTEND": "the end (DTEND)", "DURATION": "the length (DURATION)"}

# Matching a VTIMEZONE against the IANA zones takes a fifth of a second;
# a calendar defines one or two zones of its own (Outlook), never dozens.
MOST_DEFINED_ZONES = 10


UNTITLED = "(untitled)"


# An item without length (a conference's "doors open") gets one minute:
# an agenda item ends after it starts.
SHORTEST_ITEM = timedelta(minutes=1)


@dataclass
class Moment:
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
class Entry:
    number: int
    where: str
    component: Component
    start: Moment
    end: Moment
    texts: dict[str, str] = field(default_factory=dict)
    untitled: bool = False
    lengthened: bool = False  # it had no length

    def days(self, zone: str) -> tuple[date, date]:
        """First and last day (inclusive) in the event's zone."""
        if self.start.all_day:
            return self.start.value, max(self.start.value, self.end.value - timedelta(days=1))
        first, last = self.start.wall_clock(zone), self.end.wall_clock(zone)
        if last > first and last.time() == day_time():
            last -= timedelta(minutes=1)  # ending at midnight ends the day before
        return first.date(), max(first.date(), last.date())


def prop_text(component: Component, name: str) -> str:
    value = component.get(name)
    if isinstance(value, list):
        value = value[0] if value else None
    return str(value).strip() if value is not None else ""


def x_text(component: Component, name: str) -> str:
    r"""An X- property's text (X-WR-CALNAME, X-PLANNER-VENUE-NAME):
    icalendar keeps an unknown property as written, so its escapes (``\,``,
    ``\;``, ``\\``, ``\n``) are undone here, in one pass as RFC 5545 reads them."""
    raw = prop_text(component, name)
    return re.sub(r"\\([\\;,nN])", lambda match: "\n" if match.group(1) in "nN" else match.group(1), raw).strip()


def where_of(number: int, component: Component) -> str:
    summary = prop_text(component, "SUMMARY")
    return f'VEVENT {number} ("{values.shown(summary)}")' if summary else f"VEVENT {number}"


def read_entry(number: int, component: Component, zones: Zones) -> Entry:
    summary = prop_text(component, "SUMMARY")
    where = where_of(number, component)
    for name, problem in component.errors:
        if name in ("DTSTART", "DTEND", "DURATION"):
            raise IcsImportError(f"{where}: {_NAMED[name]}: {problem}")
    if "DTSTART" not in component:
        raise IcsImportError(say("{where}: the start (DTSTART) is missing", where=where))
    start = zones.moment(component["DTSTART"], f"{where}: the start (DTSTART)")
    end_written = "DTEND"
    if "DTEND" in component:
        end = zones.moment(component["DTEND"], f"{where}: the end (DTEND)")
    elif "DURATION" in component:
        end_written = "DTSTART + DURATION"
        duration = _duration(component["DURATION"], f"{where}: the length (DURATION)")
        if abs(duration) > timedelta(days=events.LONGEST_EVENT_DAYS):
            raise IcsImportError(
                say(
                    "{where}: the length (DURATION): {days:,} days; an event lasts at most {most} days",
                    where=where,
                    days=duration.days,
                    most=events.LONGEST_EVENT_DAYS,
                )
            )
        if isinstance(start.value, datetime) and start.zone not in ("", "UTC"):
            # the exact duration: across a DST change the end's wall clock moves
            instant = times.to_utc(start.value, start.zone) + duration
            end = Moment(instant.astimezone(ZoneInfo(start.zone)).replace(tzinfo=None), start.zone)
        else:
            end = Moment(start.value + duration, start.zone)
    else:  # RFC 5545: a day, or an instant
        end = Moment(start.value + timedelta(days=1) if start.all_day else start.value, start.zone)
    if start.all_day != end.all_day:
        raise IcsImportError(
            say(
                "{where}: the start (DTSTART) and the end ({end_property}) must both be dates or both be dates and times",
                where=where,
                end_property=end_written,
            )
        )
    _check_order(where, start, end, end_written)
    lengthened = False
    if start.all_day and end.value == start.value:  # some clients write a one-day event so
        end = Moment(start.value + timedelta(days=1))
    elif not start.all_day and _instant(end) == _instant(start):
        end, lengthened = Moment(start.value + SHORTEST_ITEM, start.zone), True
    texts = {name: prop_text(component, name) for name in ("SUMMARY", "DESCRIPTION", "LOCATION")}
    texts["SUMMARY"] = summary or UNTITLED
    return Entry(number, where, component, start, end, texts, untitled=not summary, lengthened=lengthened)


def _instant(moment: Moment) -> datetime:
    assert isinstance(moment.value, datetime)
    return times.to_utc(moment.value, moment.zone or "UTC")


def _check_order(where: str, start: Moment, end: Moment, end_written: str) -> None:
    """``start`` and ``end`` are both dates or both dates and times."""
    first, last = start.value, end.value
    if not (isinstance(first, datetime) and isinstance(last, datetime)):  # all day
        if last < first:
            raise IcsImportError(
                say(
                    "{where}: the end ({end_property}) {end} is before the start (DTSTART) {start}",
                    where=where,
                    end_property=end_written,
                    end=last,
                    start=first,
                )
            )
        return
    if _instant(end) < _instant(start):
        same_day = first.date() == last.date()
        shown_end = f"{last:%H:%M}" if same_day else f"{last:%Y-%m-%d %H:%M}"
        shown_start = f"{first:%H:%M}" if same_day else f"{first:%Y-%m-%d %H:%M}"
        raise IcsImportError(
            say(
                "{where}: the end ({end_property}) {end} is before the start (DTSTART) {start}",
                where=where,
                end_property=end_written,
                end=shown_end,
                start=shown_start,
            )
        )


def entry_notes(entries: list[Entry]) -> list[str]:
    """One note for the events without a title, one for those without length."""
    notes = []
    untitled = [entry for entry in entries if entry.untitled]
    if untitled:
        which = ", ".join(str(entry.number) for entry in untitled[:10]) + (", …" if len(untitled) > 10 else "")
        notes.append(
            say("VEVENT {which}: no title (SUMMARY), called “{untitled}”", which=which, untitled=UNTITLED)
            if len(untitled) == 1
            else say_n(
                "{count} events have no title (SUMMARY), each is called “{untitled}” (VEVENT {which})",
                "{count} events have no title (SUMMARY), each is called “{untitled}” (VEVENT {which})",
                len(untitled),
                untitled=UNTITLED,
                which=which,
            )
        )
    short = [entry for entry in entries if entry.lengthened]
    if short:
        notes.append(
            say("{where}: no length (its end is its start), so it lasts 1 minute", where=short[0].where)
            if len(short) == 1
            else say_n(
                "{count} events have no length (their end is their start): each lasts 1 minute",
                "{count} events have no length (their end is their start): each lasts 1 minute",
                len(short),
            )
        )
    return notes


def _single(prop: object, where: str) -> vDDDTypes | None:
    """DTSTART, DTEND or DURATION as icalendar reads it; None for a value of
    another type (VALUE=PERIOD)."""
    if isinstance(prop, list):
        raise IcsImportError(
            say_n("{where} is given {count} times", "{where} is given {count} times", len(prop), where=where)
        )
    return prop if isinstance(prop, vDDDTypes) else None


def _duration(prop: object, where: str) -> timedelta:
    read = _single(prop, where)
    if read is None or not isinstance(read.dt, timedelta):
        raise IcsImportError(say("{where}: not a duration (such as PT1H30M)", where=where))
    return read.dt


class Zones:
    """TZIDs to IANA names, with the calendar's VTIMEZONEs and X-WR-TIMEZONE."""

    def __init__(self, calendar: Calendar):
        self.definitions = {prop_text(tz, "TZID"): tz for tz in calendar.walk("VTIMEZONE") if isinstance(tz, Timezone)}
        self.calendar_zone = ""
        declared = prop_text(calendar, "X-WR-TIMEZONE")
        if declared:
            self.calendar_zone = zone_by_name(declared)
            if not self.calendar_zone:
                raise IcsImportError(
                    say("X-WR-TIMEZONE: '{zone}' is not a time zone this program knows", zone=declared)
                )
        self.first_named = ""
        self.matched: dict[tuple[bytes, int], str] = {}
        self.by_tzid: dict[tuple[str, int], str] = {}

    def moment(self, prop: object, where: str) -> Moment:
        read = _single(prop, where)
        if read is None or not isinstance(read.dt, date):  # a period, a duration, a time without a date
            raise IcsImportError(say("{where}: not a date, nor a date and time", where=where))
        try:  # a year far off (9999) is refused before any arithmetic on it can overflow
            values.within_years(read.dt, "")
        except InvalidInput as problem:
            raise IcsImportError(f"{where}: {problem.message}") from None
        if not isinstance(read.dt, datetime):
            return Moment(read.dt)
        if str(read.params.get("VALUE", "")).upper() == "DATE":  # a day with a TZID: icalendar makes it midnight
            # the TZID still says where the event is
            self.first_named = self.first_named or zone_by_name(str(read.params.get("TZID", "")))
            return Moment(read.dt.date())
        value = read.dt.replace(second=0, microsecond=0)
        tzid = str(read.params.get("TZID", "")).strip()
        if not tzid:
            if value.tzinfo is None:
                return Moment(value, self.calendar_zone)
            return Moment(value.astimezone(UTC).replace(tzinfo=None), "UTC")
        zone = zone_by_name(tzid) or self._by_definition(tzid, value, where)
        if not zone:
            raise IcsImportError(
                say(
                    "{where}: the time zone '{zone}' is unknown and the file has no VTIMEZONE that matches a known one",
                    where=where,
                    zone=tzid,
                )
            )
        self.first_named = self.first_named or zone
        return Moment(value.replace(tzinfo=None), zone)

    def _by_definition(self, tzid: str, value: datetime, where: str) -> str:
        """The IANA zone with the same UTC offsets all year as the file's
        VTIMEZONE (Outlook's "Customized Time Zone"). Each definition is
        matched once per year, however many TZIDs and times use it, and
        each TZID looked up once per year."""
        known = self.by_tzid.get((tzid, value.year))
        if known is not None:
            return known
        definition = self.definitions.get(tzid)
        if definition is None:
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
        self.by_tzid[(tzid, value.year)] = self.matched[key]
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
