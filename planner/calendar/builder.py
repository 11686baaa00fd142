"""A calendar being built: the common frame of every .ics Planner writes.

It gives each component its stable UID, DTSTAMP in UTC and SEQUENCE (from
``services.calendar_state``: the hash of what the component says is
compared with the last export), notes every zone and year used, and adds
one rule-based VTIMEZONE per TZID at the end. Invitations (METHOD:REQUEST,
CANCEL) build on the same frame with another ``method``.

Every text it writes is cleaned on the way out (``clean``): whatever the
database holds, a SUMMARY or LOCATION is one line, and no text or
parameter carries control characters (RFC 5545 allows none) or a lone
surrogate.
"""

from __future__ import annotations

import hashlib
from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING, Any, Protocol, TypeVar, cast

from icalendar import Calendar, Component, vInt, vText
from icalendar.prop import vCategory

from planner.calendar.text import one_line, plain_text
from planner.calendar.timezones import vtimezone
from planner.services import calendar_state, times

if TYPE_CHECKING:
    from sqlmodel import Session

PRODID = "-//Planner//Planner//EN"

AnyComponent = TypeVar("AnyComponent", bound=Component)


class _Written(Protocol):
    """A property's value as icalendar holds it: it writes itself."""

    def to_ical(self) -> bytes | str: ...


class CalendarBuilder:
    def __init__(self, session: Session, name: str, *, method: str = "PUBLISH", now: datetime | None = None):
        self.session = session
        self.now = (now or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
        self.calendar = Calendar()
        self.calendar.add("PRODID", PRODID)
        self.calendar.add("VERSION", "2.0")
        self.calendar.add("CALSCALE", "GREGORIAN")
        self.calendar.add("METHOD", method)
        # As vText, or icalendar leaves an X- property's commas unescaped.
        self.calendar.add("X-WR-CALNAME", vText(name))
        self._years_by_zone: dict[str, set[int]] = {}
        self._database_uid: str | None = None
        # Each item's component and the hash of what it says, by UID.
        self._contents: dict[str, tuple[Component, str]] = {}

    def uid(self, kind: str, row_id: int) -> str:
        if self._database_uid is None:
            self._database_uid = calendar_state.database_uid(self.session)
        return calendar_state.item_uid(self.session, kind, row_id, self._database_uid)

    def at(self, wall_clock: datetime, zone_name: str) -> datetime:
        """A wall-clock time in its zone, as icalendar writes it: with a
        TZID whose VTIMEZONE this calendar will carry."""
        self._years_by_zone.setdefault(zone_name, set()).add(wall_clock.year)
        return wall_clock.replace(tzinfo=times.zone(zone_name), fold=0)

    def add(self, component: AnyComponent, uid: str) -> AnyComponent:
        """Add a filled-in VEVENT or VTODO under ``uid``. Anything added to
        it afterwards is not part of its content for SEQUENCE: a personal
        note in one person's calendar does not make the item "changed"."""
        component.add("UID", uid)
        clean(component)  # before the hash: it covers what is written
        self._contents[uid] = (component, content_hash(component))
        component.add("DTSTAMP", self.now)
        component.add("SEQUENCE", 0)  # the number is known once every item is in (``to_ical``)
        self.calendar.add_component(component)
        return component

    def to_ical(self) -> bytes:
        """The calendar with its VTIMEZONEs first, as clients expect them,
        each item with its SEQUENCE (recorded for the next export)."""
        sequences = calendar_state.next_sequences(
            self.session, {uid: content for uid, (_component, content) in self._contents.items()}, self.now
        )
        for uid, (component, _content) in self._contents.items():
            component["SEQUENCE"] = vInt(sequences[uid])  # in the place it was given
        clean(self.calendar)  # what was added after the hash, and the calendar's own properties
        events = list(self.calendar.subcomponents)
        self.calendar.subcomponents[:] = [
            vtimezone(zone, years) for zone, years in sorted(self._years_by_zone.items())
        ] + events
        try:
            return self.calendar.to_ical()
        finally:
            self.calendar.subcomponents[:] = events


# Properties whose text may run over several lines; any other is one line.
RUNNING_TEXT = frozenset({"DESCRIPTION", "COMMENT"})


def clean(component: Component) -> None:
    """Make every text value and parameter of ``component`` and its
    subcomponents writable: one line (but DESCRIPTION), without control
    characters. Text that is fine is left as it is."""
    for name, value in list(component.items()):
        if isinstance(value, list):
            component[name] = [_cleaned(name, each) for each in value]
        else:
            component[name] = _cleaned(name, value)
    for subcomponent in component.subcomponents:
        clean(subcomponent)


def _cleaned(name: str, value: object) -> object:
    if isinstance(value, vCategory):
        value.cats = [one_line(category) for category in value.cats]
    elif isinstance(value, str):  # vText, vCalAddress, vUri, an X- property's vUnknown
        text = plain_text(value) if name.upper() in RUNNING_TEXT and isinstance(value, vText) else one_line(value)
        if text != value:
            replaced: Any = type(value)(text)
            if hasattr(value, "params"):
                replaced.params = getattr(value, "params")  # noqa: B009  # str as mypy sees it
            value = replaced
    params = getattr(value, "params", None)
    if params:
        for key, parameter in list(params.items()):
            if isinstance(parameter, str):
                params[key] = one_line(parameter)
            elif isinstance(parameter, list):
                params[key] = [one_line(each) if isinstance(each, str) else each for each in parameter]
    return value


def content_hash(component: Component) -> str:
    """A hash of what ``component`` says: each property's name, parameters
    and value as iCalendar writes them (without folding the lines, which
    costs as much again as writing them)."""
    digest = hashlib.sha256()
    for name, value in component.property_items():
        params = getattr(value, "params", None)
        written = value if isinstance(value, bytes) else cast(_Written, value).to_ical()
        digest.update(name.encode() + b"\x1f" + (params.to_ical() if params else b"") + b"\x1f")
        digest.update((written if isinstance(written, bytes) else str(written).encode()) + b"\x1e")
    return digest.hexdigest()


def all_day(component: Component, first: date, last: date) -> None:
    """DTSTART and DTEND of an all-day item over ``first``..``last``
    inclusive: DTEND is the day after, as RFC 5545 wants."""
    component.add("DTSTART", first)
    component.add("DTEND", last + timedelta(days=1))
