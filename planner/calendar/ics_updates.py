"""A calendar imported again: what it changes in the event it came from.

``plan_calendar(session, data)`` reads an .ics and says which event of the
database it updates and what will change, in the user's words ("Title:
'A' → 'B'", "Welcome coffee moves from Tue 9:00 to Tue 9:30"), without
changing anything; ``update_plan.apply_plan`` then makes them.

A calendar is known by its UIDs: those Planner writes for this database's
events and agenda items (its own calendar, edited in a client), and those
remembered from an earlier import of a partner's calendar
(``services.calendar_origins``). A calendar nothing knows is a new one: a
plan without an event, for ``import_ics``; ``remember_imported`` then notes
where what it created came from.

The rules, as calendar clients follow them (RFC 5546):
- Planner's own calendar: whatever it says differently from what Planner
  would write now is taken (SEQUENCE aside: Planner set it).
- A partner's VEVENT with a higher SEQUENCE than the one last applied
  updates what it became, read as ``import_ics`` reads it
  (``ics_import.read_calendar``: the same zone, title, venue, kind,
  status and rooms); one with an older or equal SEQUENCE changes nothing.
  A timed invitation's hours are its event's one agenda item: they move
  with it.
- METHOD:CANCEL, or STATUS:CANCELLED, of a known UID cancels the event, or
  removes the agenda item; a cancellation of a UID nothing knows is
  refused.
- A calendar of several VEVENTs (a whole agenda) adds the VEVENTs it did
  not hold before as items, and removes the items it no longer holds.
"""

from __future__ import annotations

import hashlib
from datetime import date
from typing import TYPE_CHECKING, Any

from icalendar import Calendar
from icalendar.cal import Component

from planner.calendar.builder import CalendarBuilder
from planner.calendar.event_calendar import add_agenda, add_event
from planner.calendar.ics_import import ReadEntry, Reading, agenda_kind, read_calendar, text_of, venue_fields
from planner.calendar.ics_syntax import IcsImportError, parse_calendar
from planner.calendar.update_plan import CalendarPlan, moved, quoted, span
from planner.services import agenda, calendar_origins, calendar_state, events, values
from planner.services.common import id_of
from planner.services.labels import days, label
from planner.services.language import marked, say, say_n
from planner.services.vocabulary import EventStatus

if TYPE_CHECKING:
    from sqlmodel import Session

    from planner.db.models import AgendaItem, Event

_CHANGING_METHODS = {"", "PUBLISH", "REQUEST", "ADD"}
_VENUE = ("venue_name", "venue_address", "venue_city")
# What STATUS says, as Planner's own calendar writes it.
_STATUS_WRITTEN = {
    "CANCELLED": EventStatus.CANCELLED.value,
    "CONFIRMED": EventStatus.CONFIRMED.value,
    "TENTATIVE": EventStatus.PLANNED.value,
}
# A held event is still confirmed, a draft still tentative.
_STILL = {
    EventStatus.CONFIRMED.value: {EventStatus.CONFIRMED.value, EventStatus.HELD.value},
    EventStatus.PLANNED.value: {EventStatus.DRAFT.value, EventStatus.PLANNED.value},
}


def _sequence(component: Component) -> int:
    try:
        return int(str(component.get("SEQUENCE", 0)).strip() or 0)
    except ValueError:
        return 0


def _uid(component: Component) -> str:
    """The VEVENT's UID; for one without (some exports), a digest of what it
    says, so that the same file imported again is known all the same."""
    uid = text_of(component, "UID")
    return uid or f"sha256:{hashlib.sha256(component.to_ical()).hexdigest()}"


def _named_country(fields: dict[str, Any]) -> dict[str, str]:
    return {"venue_country": fields["venue_country"]} if fields.get("venue_country") else {}


def _cancelled(component: Component) -> bool:
    return text_of(component, "STATUS").upper() == "CANCELLED"


# -- planning ----------------------------------------------------------------


def plan_calendar(session: Session, data: bytes, *, file_name: str = "") -> CalendarPlan:
    """What importing ``data`` does; changes nothing. IcsImportError for a
    file that cannot be read, or a cancellation of nothing known.
    ``file_name`` as import_ics takes it."""
    calendar = parse_calendar(data)
    method = text_of(calendar, "METHOD").upper()
    components = list(calendar.walk("VEVENT"))
    known = calendar_origins.origins(session, [_uid(component) for component in components])
    event_ids = sorted({origin.event_id for origin in known.values()})
    cancelling = method == "CANCEL" or (bool(components) and all(_cancelled(c) for c in components))
    if not event_ids:
        if cancelling:
            uid = next((text_of(c, "UID") for c in components if text_of(c, "UID")), "")
            if uid:
                raise IcsImportError(
                    say(
                        "this cancellation is of an event this database does not hold (UID {uid}); nothing was cancelled",
                        uid=uid,
                    )
                )
            raise IcsImportError(
                say("this cancellation is of an event this database does not hold; nothing was cancelled")
            )
        return CalendarPlan(None)
    if len(event_ids) > 1:
        titles = ", ".join(quoted(events.get_event(session, event_id).title) for event_id in event_ids)
        raise IcsImportError(
            say_n(
                "the file updates {count} events at once ({titles}); import one at a time",
                "the file updates {count} events at once ({titles}); import one at a time",
                len(event_ids),
                titles=titles,
            )
        )
    event = events.get_event(session, event_ids[0])
    if all(origin.invitation for origin in known.values()):
        # What Planner sent says what the event holds; it has nothing to add.
        return CalendarPlan(
            id_of(event),
            event.title,
            note=say(
                "Nothing changes: this is the invitation to “{title}” sent from this database",
                title=values.shown(event.title),
            ),
        )
    known = {uid: origin for uid, origin in known.items() if not origin.invitation}
    planner = _Planner(session, calendar, event, known, file_name)
    if method == "CANCEL":
        planner.cancel(components)
    elif method not in _CHANGING_METHODS:
        raise IcsImportError(
            say("METHOD:{method} is an answer to an invitation, not an event to create", method=method)
        )
    else:
        planner.update(components)
    return planner.finish()


class _Planner:
    def __init__(
        self,
        session: Session,
        calendar: Calendar,
        event: Event,
        known: dict[str, calendar_origins.Origin],
        file_name: str,
    ):
        self.session = session
        self.calendar = calendar
        self.file_name = file_name
        self.event = event
        self.known = known
        self.zone = event.timezone
        self.plan = CalendarPlan(id_of(event), event.title)
        self.items = {id_of(item): item for item in agenda.items_of(session, id_of(event))}
        self.stale: list[tuple[int, int]] = []  # SEQUENCE in the file, SEQUENCE applied
        self.newer_seen = False  # a partner's VEVENT newer than the one applied

    def _newer(self, uid: str, component: Component) -> bool:
        """Planner's own UIDs: always (their content is compared); a
        partner's: a higher SEQUENCE than the one applied."""
        applied = self.known[uid].sequence
        if applied is None:
            return True
        if _sequence(component) <= applied:
            self.stale.append((_sequence(component), applied))
            return False
        self.newer_seen = True
        self.plan.remembered.append((uid, self.known[uid].item_id, _sequence(component)))
        return True

    def _cancel_event(self) -> None:
        if EventStatus.CANCELLED.value not in (self.event.status, self.plan.event_fields.get("status")):
            self.plan.changes.append(say("The event is cancelled"))
            self.plan.event_fields["status"] = EventStatus.CANCELLED.value

    def _remove(self, item_id: int) -> None:
        item = self.items.get(item_id)
        if item is not None and item_id not in self.plan.removed:
            self.plan.changes.append(
                say("Removed item: {title} ({when})", title=item.title, when=span(item.starts_at, item.ends_at))
            )
            self.plan.removed.append(item_id)

    def cancel(self, components: list[Component]) -> None:
        for component in components:
            uid = _uid(component)
            if uid not in self.known:
                continue
            applied = self.known[uid].sequence
            if applied is not None and _sequence(component) < applied:  # a cancellation keeps the SEQUENCE or raises it
                self.stale.append((_sequence(component), applied))
                continue
            if applied is not None:
                self.plan.remembered.append((uid, self.known[uid].item_id, _sequence(component)))
            item_id = self.known[uid].item_id
            if item_id is None:
                self._cancel_event()
            else:
                self._remove(item_id)

    def update(self, components: list[Component]) -> None:
        event_uid = next((uid for uid, origin in self.known.items() if origin.item_id is None), "")
        own = any(origin.sequence is None for origin in self.known.values())
        # Planner's own event cancelled in a client may be renamed as well.
        reading = read_calendar(self.calendar, cancelled=own)
        by_component = {id(entry.component): entry for entry in reading.entries}
        entries = [entry for entry in reading.entries if not _cancelled(entry.component)]
        expected = self._expected() if own else {}
        whole = reading.whole
        event_cancelled = any(_uid(c) == event_uid and _cancelled(c) for c in components)
        for component in components:
            uid = _uid(component)
            entry = by_component.get(id(component))
            if uid not in self.known:
                # An item of Planner's own deleted here since stays deleted.
                if entry is not None and entry is not whole and not (own and calendar_origins.is_own(uid)):
                    self._new_item(uid, entry, expected, reading)
                continue
            if not self._newer(uid, component):
                continue
            item_id = self.known[uid].item_id
            if _cancelled(component) or entry is None:
                if item_id is None:
                    if entry is not None:
                        self._event_changes(entry, expected.get(uid), reading)
                    self._cancel_event()
                elif not (own and event_cancelled):  # Planner marks every item of a cancelled event so
                    self._remove(item_id)
            elif item_id is None:
                self._event_changes(entry, expected.get(uid), reading)
                if not own and reading.invitation:
                    self._hours(uid, entry, reading)
            elif item_id in self.items:
                self._item_changes(self.items[item_id], entry, expected.get(uid), reading)
        if len(components) > 1 and (own or self.newer_seen):
            self._removed_by_absence({_uid(component) for component in components}, own)
        if len(entries) > 1 and self.newer_seen and not own:  # a partner's agenda: the event spans its items
            fields = reading.event_fields(self.file_name)
            self._dates(fields["starts_on"], fields["ends_on"])

    # -- the event ---------------------------------------------------------------

    def _expected(self) -> dict[str, Component]:
        """What Planner would write now for the event and its agenda, by UID."""
        builder = CalendarBuilder(self.session, self.event.title)
        event_uid = add_event(builder, self.event)
        add_agenda(builder, self.event, event_uid)
        return {_uid(component): component for component in builder.calendar.walk("VEVENT")}

    def _set(self, name: str, change: str, old: str, new: str) -> None:
        """``change``: the marked wording of the change, "Title: {old} → {new}"."""
        if old != new:
            self.plan.event_fields[name] = new
            self.plan.changes.append(say(change, old=quoted(old), new=quoted(new)))

    def _event_changes(self, entry: ReadEntry, expected: Component | None, reading: Reading) -> None:
        event = self.event
        if expected is not None:  # Planner's own: only what differs from what it wrote
            self._set("title", marked("Title: {old} → {new}"), event.title, entry.text("SUMMARY"))
            old_location, new_location = text_of(expected, "LOCATION"), entry.text("LOCATION")
            if new_location != old_location:
                self._venue(dict.fromkeys(_VENUE, "") | venue_fields(new_location))
            old_description, new_description = text_of(expected, "DESCRIPTION"), entry.text("DESCRIPTION")
            if new_description != old_description:
                tail = old_description.removeprefix(event.summary)
                summary = new_description.removesuffix(tail) if tail else new_description
                self._set("summary", marked("Description: {old} → {new}"), event.summary, summary.strip())
            status = text_of(entry.component, "STATUS").upper()
            if status in _STATUS_WRITTEN and status != text_of(expected, "STATUS").upper():
                self._status(_STATUS_WRITTEN[status])
            self._dates(*entry.days(self.zone))
            return
        # A partner's: what import_ics would make of the calendar now.
        fields = reading.event_fields(self.file_name)
        if reading.names_itself:  # a file's name is no part of the calendar
            self._set("title", marked("Title: {old} → {new}"), event.title, fields["title"])
        # The country only where the calendar names one: a LOCATION seldom does.
        self._venue({name: fields.get(name, "") for name in _VENUE} | _named_country(fields))
        self._set("summary", marked("Description: {old} → {new}"), event.summary, fields["summary"])
        said = reading.said()
        if "kind" in said and said["kind"] != event.kind:
            self.plan.event_fields["kind"] = said["kind"]
            self.plan.changes.append(say("Kind: {old} → {new}", old=label(event.kind), new=label(said["kind"])))
        if "status" in said:
            self._status(said["status"])
        if reading.invitation:
            self._dates(fields["starts_on"], fields["ends_on"])

    def _venue_text(self) -> str:
        return ", ".join(part for part in (getattr(self.event, name) for name in _VENUE) if part)

    def _venue(self, new: dict[str, str]) -> None:
        """The venue's parts as the calendar gives them."""
        changed = {name: value for name, value in new.items() if getattr(self.event, name) != value}
        if changed:
            self.plan.event_fields.update(changed)
            shown = ", ".join(part for part in (new.get(name, "") for name in _VENUE) if part)
            self.plan.changes.append(say("Venue: {old} → {new}", old=quoted(self._venue_text()), new=quoted(shown)))

    def _status(self, status: str) -> None:
        if status == EventStatus.CANCELLED.value:
            self._cancel_event()
            return
        if self.event.status not in _STILL.get(status, {status}):
            self.plan.event_fields["status"] = status
            self.plan.changes.append(say("Status: {old} → {new}", old=label(self.event.status), new=label(status)))

    def _dates(self, first: date, last: date) -> None:
        old = (self.event.starts_on, self.event.ends_on)
        if (first, last) != old and "starts_on" not in self.plan.event_fields:
            self.plan.event_fields |= {"starts_on": first, "ends_on": last}
            self.plan.changes.append(say("Dates: {old} → {new}", old=days(*old), new=days(first, last)))

    # -- the agenda --------------------------------------------------------------

    def _item_changes(self, item: AgendaItem, entry: ReadEntry, expected: Component | None, reading: Reading) -> None:
        """Planner's own item: what differs from what it wrote; a partner's:
        what import_ics would make of the VEVENT now."""
        new = reading.item_fields(entry)
        fields: dict[str, Any] = {}
        changes: list[str] = []
        title = new["title"]
        if title != item.title:
            fields["title"] = title
            changes.append(say("Item {old} is now called {new}", old=quoted(item.title), new=quoted(title)))
        old_times = (item.starts_at, item.ends_at)
        new_times = entry.times(self.zone) if expected is not None else (new["starts_at"], new["ends_at"])
        if new_times != old_times:
            fields |= {"starts_at": new_times[0], "ends_at": new_times[1]}
            changes.append(moved(title, old_times, new_times))
        location = new["location"]
        description = new["description"]
        if expected is not None:
            written = entry.text("LOCATION")
            location = item.location if written == text_of(expected, "LOCATION") else self._without_venue(written)
            description = self._own_description(item, entry, expected)
        if location != item.location:
            fields["location"] = location
            changes.append(
                say("{title}: place {old} → {new}", title=title, old=quoted(item.location), new=quoted(location))
            )
        if description != item.description:
            fields["description"] = description
            changes.append(
                say(
                    "{title}: description {old} → {new}",
                    title=title,
                    old=quoted(item.description),
                    new=quoted(description),
                )
            )
        kind, topics = new["kind"], new["topics"]
        # A client that drops CATEGORIES says nothing of the kind.
        if "CATEGORIES" in entry.component and (expected is None or kind != agenda_kind(expected)[0]):
            if kind != item.kind:
                fields["kind"] = kind
                changes.append(say("{title}: kind {old} → {new}", title=title, old=label(item.kind), new=label(kind)))
            if expected is None and topics != list(item.topics or []):
                fields["topics"] = topics
                changes.append(
                    say(
                        "{title}: topics {old} → {new}",
                        title=title,
                        old=quoted("; ".join(item.topics or [])),
                        new=quoted("; ".join(topics)),
                    )
                )
        if fields:
            self.plan.item_fields[id_of(item)] = (entry.where, fields)
            self.plan.changes.extend(changes)

    def _own_description(self, item: AgendaItem, entry: ReadEntry, expected: Component) -> str:
        """The item's description in Planner's own calendar edited in a
        client, without what Planner adds before it."""
        description = entry.text("DESCRIPTION")
        old = text_of(expected, "DESCRIPTION")
        head = old.removesuffix(item.description) if item.description else old
        if description == old or (old and description.endswith(f"\n\n{old}")):  # a note put before (personal calendars)
            return item.description
        return description.removeprefix(head).strip()

    def _without_venue(self, written: str) -> str:
        venue = self._venue_text()
        if written == venue:
            return ""
        return written.removesuffix(f", {venue}") if venue else written

    def _hours(self, uid: str, entry: ReadEntry, reading: Reading) -> None:
        """A partner's invitation: its hours are the event's one item, which
        goes with them (added back if deleted, removed for a day-long one)."""
        hours_id = self.known[uid].hours_id
        item = self.items.get(hours_id) if hours_id is not None else None
        if not reading.items:  # all day
            if item is not None:
                self._remove(id_of(item))
        elif item is not None:
            self._item_changes(item, entry, None, reading)
        else:
            self._add_item(calendar_origins.hours_key(uid), entry, reading.item_fields(entry))

    def _new_item(self, uid: str, entry: ReadEntry, expected: dict[str, Component], reading: Reading) -> None:
        if not expected:  # a partner's: as import_ics makes it
            self._add_item(uid, entry, reading.item_fields(entry))
            return
        starts_at, ends_at = entry.times(self.zone)
        kind, topics = entry.kind()
        fields = {
            "title": entry.text("SUMMARY"),
            "starts_at": starts_at,
            "ends_at": ends_at,
            "kind": kind,
            # Planner's own calendar adds the venue to an item's place: not part of it.
            "location": self._without_venue(entry.text("LOCATION")),
            "description": entry.text("DESCRIPTION"),
            "topics": topics,
        }
        self._add_item(uid, entry, fields)

    def _add_item(self, key: str, entry: ReadEntry, fields: dict[str, Any]) -> None:
        self.plan.new_items.append((entry.where, key, _sequence(entry.component), fields))
        self.plan.changes.append(
            say("New item: {title} ({when})", title=fields["title"], when=span(fields["starts_at"], fields["ends_at"]))
        )

    def _removed_by_absence(self, uids: set[str], own: bool) -> None:
        """Items a whole agenda no longer holds: for Planner's own calendar
        those a calendar carried before (an item added since was never in
        the file), for a partner's those its calendar gave."""
        if own:
            database = calendar_state.database_uid(self.session)
            held = {
                calendar_state.item_uid(self.session, "agenda-item", item_id, database): item_id
                for item_id in self.items
            }
            held = {uid: item_id for uid, item_id in held.items() if calendar_state.was_sent(self.session, uid)}
        else:
            held = calendar_origins.remembered_items(self.session, id_of(self.event))
        # An item the file holds under another UID (SQLite gives a deleted
        # last row's id again) is there all the same.
        present = {self.known[uid].item_id for uid in uids if uid in self.known}
        for uid, item_id in held.items():
            if uid not in uids and item_id not in present:
                self._remove(item_id)

    def finish(self) -> CalendarPlan:
        plan = self.plan
        if not plan.changes:
            plan.remembered.clear()
            if self.newer_seen:  # the hours of an invitation's days, its attendees...
                plan.note = say(
                    "Nothing changes: what this newer calendar changes is nothing Planner keeps of “{title}”",
                    title=values.shown(self.event.title),
                )
            elif self.stale:
                written, applied = max(self.stale, key=lambda pair: pair[1])
                plan.note = say(
                    "Nothing changes: this calendar is not newer than the one imported before "
                    "(its SEQUENCE is {written}; {applied} was applied)",
                    written=written,
                    applied=applied,
                )
            else:
                plan.note = say(
                    "Nothing changes: the calendar says what “{title}” already holds",
                    title=values.shown(self.event.title),
                )
        return plan


def remember_imported(session: Session, data: bytes, created: list[Event]) -> None:
    """Note the UIDs of a calendar just imported as new (``import_ics``
    made ``created`` from it), so that importing it again updates them."""
    if not created:
        return
    reading = read_calendar(parse_calendar(data))
    event_id = id_of(created[0])
    # Each item by its title and times; else the next one made, in the file's order.
    items = sorted(agenda.items_of(session, event_id), key=id_of)
    if reading.whole is not None:
        calendar_origins.remember(
            session, _uid(reading.whole.component), event_id, None, _sequence(reading.whole.component)
        )
    for entry in reading.items:
        if not items:
            break
        fields = reading.item_fields(entry)
        item = next(
            (
                item
                for item in items
                if (item.title, item.starts_at, item.ends_at)
                == (fields["title"], fields["starts_at"], fields["ends_at"])
            ),
            items[0],
        )
        items.remove(item)
        uid = _uid(entry.component)
        key = calendar_origins.hours_key(uid) if entry is reading.whole else uid
        calendar_origins.remember(session, key, event_id, id_of(item), _sequence(entry.component))
