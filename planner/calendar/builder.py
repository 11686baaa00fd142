"""A calendar being built: the common frame of every .ics Planner writes.

It gives each component its stable UID, DTSTAMP in UTC and SEQUENCE (from
``services.calendar_state``: the hash of what the component says is
compared with the last export), notes every zone and year used, and adds
one rule-based VTIMEZONE per TZID at the end. Invitations (METHOD:REQUEST,
CANCEL) build on the same frame with another ``method``.

Every text it writes is cleaned on the way out (``clean``): whatever the
database holds, a SUMMARY or LOCATION is one line, and no text or
parameter carries control characters (RFC 5545 allows none) or a lone
surrogate, and a backslash typed in a text stays a backslash.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING, Any, Protocol, TypeVar, cast

from icalendar import Calendar, Component, vInt, vText
from icalendar.parser import Contentline
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
        # The line each property value of an item was written as for its
        # hash, by name and value: the calendar reuses it rather than
        # writing the value a second time (the value is kept so that its
        # id stays its own).
        self._lines: dict[tuple[str, int], tuple[object, bytes]] = {}
        self._stamp: object | None = None
        self._sequences: dict[int, vInt] = {}
        # Parameters as written, by their values: most items share theirs
        # (the zone of DTSTART and DTEND, RELTYPE=PARENT).
        self._parameters: dict[tuple[tuple[str, str], ...], bytes] = {}

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
        component.add("UID", vText(uid))
        clean(component)  # before the hash: it covers what is written
        digest = hashlib.sha256()
        for name, value, line in _written_lines(component, digest, self._parameters):
            if not isinstance(value, bytes):
                self._lines[name, id(value)] = (value, line)
        self._contents[uid] = (component, digest.hexdigest())
        if self._stamp is None:
            component.add("DTSTAMP", self.now)
            self._stamp = component["DTSTAMP"]
            self._lines["DTSTAMP", id(self._stamp)] = (self._stamp, _line(component, "DTSTAMP", self._stamp))
        else:
            component.add("DTSTAMP", self._stamp)  # the same moment in every item: one value, one line
        # The number is known once every item is in (``to_ical``); its place is kept.
        component.add("SEQUENCE", self._sequence(0))
        self.calendar.add_component(component)
        return component

    def _sequence(self, number: int) -> vInt:
        """One value per SEQUENCE number, shared by the items that have it."""
        if number not in self._sequences:
            self._sequences[number] = vInt(number)
        return self._sequences[number]

    def to_ical(self) -> bytes:
        """The calendar with its VTIMEZONEs first, as clients expect them,
        each item with its SEQUENCE (recorded for the next export)."""
        sequences = calendar_state.next_sequences(
            self.session, {uid: content for uid, (_component, content) in self._contents.items()}, self.now
        )
        for uid, (component, _content) in self._contents.items():
            component["SEQUENCE"] = self._sequence(sequences[uid])  # in the place it was given
        # What was added after the hash, and the calendar's own properties.
        clean(self.calendar, done=self._written_already)
        events = list(self.calendar.subcomponents)
        self.calendar.subcomponents[:] = [
            vtimezone(zone, years) for zone, years in sorted(self._years_by_zone.items())
        ] + events
        try:
            return self._written()
        finally:
            self.calendar.subcomponents[:] = events

    def _written_already(self, name: str, value: object) -> bool:
        """Whether ``value`` is one an item had when it was added (and so
        cleaned and written then)."""
        known = self._lines.get((name, id(value)))
        return known is not None and known[0] is value

    def _written(self) -> bytes:
        """The calendar as ``Calendar.to_ical`` writes it, each item's
        property taken from the line written for its hash where the value
        is still the one hashed (a value changed after ``add`` is set anew,
        never changed in place, so it is written here)."""
        lines: list[bytes] = []
        frames: dict[tuple[str, bytes], bytes] = {}  # BEGIN:VEVENT, END:VEVENT and the like
        sequences: dict[int, bytes] = {}
        calendar = self.calendar
        for name, value in _properties(calendar):
            if isinstance(value, bytes):
                if (name, value) not in frames:
                    frames[name, value] = _line(calendar, name, value)
                lines.append(frames[name, value])
                continue
            known = self._lines.get((name, id(value)))
            if known is not None and known[0] is value:
                lines.append(known[1])
            elif name == "SEQUENCE" and isinstance(value, vInt) and not value.params:
                # Set in every item after its hash: one line per number, not per item.
                if int(value) not in sequences:
                    sequences[int(value)] = _line(calendar, name, value)
                lines.append(sequences[int(value)])
            else:
                lines.append(_line(calendar, name, value))
        return b"\r\n".join(line for line in lines if line) + b"\r\n"


def _line(component: Component, name: str, value: object) -> bytes:
    """A property as ``Component.to_ical`` writes it, folded."""
    return _folded(component.content_line(name, value).encode("utf-8"))


# RFC 5545 folds a content line longer than 75 octets; icalendar folds
# a line once it reaches that, so lines of fewer octets stay whole.
_FOLD_AT = 75


def _folded(line: bytes) -> bytes:
    """The unfolded ``line`` as ``Contentline.to_ical`` writes it: cut
    before the octet that would make a line 75 long, never inside a
    character, and not right after a backslash or caret (an escape stays
    whole on the next line), each further line starting with a space.
    Walking the letters as icalendar does took most of the time of
    writing a large calendar."""
    if b"\n" in line:
        return cast(bytes, Contentline(line.decode("utf-8")).to_ical())  # refuses it, as icalendar does
    if len(line) < _FOLD_AT:
        return line
    room = _FOLD_AT - 1
    parts = []
    start = 0
    while len(line) - start > room:
        end = start + room
        while line[end] & 0xC0 == 0x80:  # inside a character: cut before it
            end -= 1
        if line[end - 1] in b"\\^":
            end -= 1
        parts.append(line[start:end])
        start = end
    parts.append(line[start:])
    return b"\r\n ".join(parts)


# The line that begins or ends a component, by its name ("VEVENT").
_FRAMES: dict[str, bytes] = {}
# Each kind of component's own order of properties, by name.
_ORDERS: dict[type[Component], dict[str, int]] = {}


def _properties(component: Component) -> list[tuple[str, object]]:
    """``component.property_items()``, the same pairs in the same order,
    without a new value for every BEGIN and END of every component."""
    result: list[tuple[str, object]] = []
    stack: list[tuple[Component, bool]] = [(component, False)]
    while stack:
        each, ends = stack.pop()
        kind = str(each.name)
        if kind not in _FRAMES:
            _FRAMES[kind] = vText(kind).to_ical()
        if ends:
            result.append(("END", _FRAMES[kind]))
            continue
        result.append(("BEGIN", _FRAMES[kind]))
        order = _ORDERS.get(type(each))
        if order is None:
            canonical: tuple[str, ...] = tuple(each.canonical_order or ())
            order = _ORDERS[type(each)] = {name: place for place, name in enumerate(canonical)}
        names: list[str] = list(each.keys())
        for name in sorted((name for name in names if name in order), key=order.__getitem__) + sorted(
            name for name in names if name not in order
        ):
            values = dict.__getitem__(each, name)  # the name as stored
            if isinstance(values, list):
                result.extend((name, value) for value in values)
            else:
                result.append((name, values))
        stack.append((each, True))
        stack.extend((subcomponent, False) for subcomponent in reversed(each.subcomponents))
    return result


class LiteralText(vText):
    r"""TEXT escaped as RFC 5545 (3.3.11) says and nothing more. icalendar's
    vText first takes a typed "\N" for a line break, so a title such as
    "C:\New" would come out on two lines."""

    encoding: str  # set by vText

    def to_ical(self) -> bytes:
        text = str(self).replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
        return text.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\\n").encode(self.encoding)


# Properties whose text may run over several lines; any other is one line.
RUNNING_TEXT = frozenset({"DESCRIPTION", "COMMENT"})


def clean(component: Component, *, done: Callable[[str, object], bool] | None = None) -> None:
    """Make every text value and parameter of ``component`` and its
    subcomponents writable: one line (but DESCRIPTION), without control
    characters. Text that is fine is left as it is; so is a value ``done``
    says was cleaned already."""
    for name, value in list(component.items()):
        if done is not None and all(done(name, each) for each in (value if isinstance(value, list) else [value])):
            continue
        # Set again only when cleaning made a new value (most text is fine).
        if isinstance(value, list):
            cleaned = [_cleaned(name, each) for each in value]
            if any(new is not old for new, old in zip(cleaned, value, strict=True)):
                component[name] = cleaned
        else:
            replaced = _cleaned(name, value)
            if replaced is not value:
                component[name] = replaced
    for subcomponent in component.subcomponents:
        clean(subcomponent, done=done)


def _cleaned(name: str, value: object) -> object:
    if isinstance(value, vCategory):
        value.cats = [one_line(category) for category in value.cats]
    elif isinstance(value, str) and not _as_it_is(value):  # vText, vCalAddress, vUri, an X- property's vUnknown
        text = plain_text(value) if name.upper() in RUNNING_TEXT and isinstance(value, vText) else one_line(value)
        kind = LiteralText if type(value) is vText and "\\N" in text else type(value)
        if text != value or kind is not type(value):
            replaced: Any = kind(text)
            if hasattr(value, "params"):
                replaced.params = getattr(value, "params")  # noqa: B009  # str as mypy sees it
            value = replaced
    params = getattr(value, "params", None)
    if params:
        for key, parameter in list(params.items()):
            if isinstance(parameter, str):
                if not _as_it_is(parameter):
                    params[key] = one_line(parameter)
            elif isinstance(parameter, list):
                params[key] = [one_line(each) if isinstance(each, str) else each for each in parameter]
    return value


def _as_it_is(text: str) -> bool:
    """Whether cleaning leaves ``text`` as it is, as most text is: nothing
    but printable letters (no control, line break, tab or surrogate), no
    blank at either end, no typed "\\N"."""
    return text.isprintable() and "\\N" not in text and text == text.strip()


def _written_lines(
    component: Component, digest: Any, known: dict[tuple[tuple[str, str], ...], bytes]
) -> Iterator[tuple[str, object, bytes]]:
    """Each property of ``component`` (and its subcomponents) with its
    content line, as ``Component.to_ical`` writes it (folded); the same
    parts go into ``digest``, the content hash. ``known``: parameters
    written before, by their values (kept for the next component)."""
    update = digest.update
    for name, value in _properties(component):
        params = getattr(value, "params", None)
        written = value if isinstance(value, bytes) else cast(_Written, value).to_ical()
        written_params: bytes = _written_parameters(params, known) if params else b""
        written_bytes = written if isinstance(written, bytes) else str(written).encode()
        named = name.encode()
        update(named + b"\x1f" + written_params + b"\x1f" + written_bytes + b"\x1e")
        yield (
            name,
            value,
            _folded(
                named + b";" + written_params + b":" + written_bytes if written_params else named + b":" + written_bytes
            ),
        )


def _written_parameters(params: Any, known: dict[tuple[tuple[str, str], ...], bytes]) -> bytes:
    """``params.to_ical()``, looked up in ``known`` when every value is a
    plain text (what is written depends on nothing else)."""
    items = tuple(params.items())
    if not all(type(value) is str for _key, value in items):
        return cast(bytes, params.to_ical())
    if items not in known:
        known[items] = params.to_ical()
    return known[items]


def all_day(component: Component, first: date, last: date) -> None:
    """DTSTART and DTEND of an all-day item over ``first``..``last``
    inclusive: DTEND is the day after, as RFC 5545 wants."""
    component.add("DTSTART", first)
    component.add("DTEND", last + timedelta(days=1))
