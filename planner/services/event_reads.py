"""The reads of the window's first paint, written once as plain SQL: the
events listed on the left, and the details, host and links of the event
shown. They take ``Rows`` (planner/db/first_look.py): a FirstLook before
the database code is loaded, or an open Store's (``Store.rows``,
``session_rows``) afterwards, so that the window reads the same way from
its first paint on. Values come back as SQLite keeps them (days as ISO
text, objectives as JSON) and are made Python values here."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from typing import Any

from planner.db.first_look import Rows
from planner.services.errors import NotFound
from planner.services.language import say


def _day(value: Any) -> date | None:
    """A day as the database gives it (ISO text from SQLite, a date from a driver that types it)."""
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


@dataclass(frozen=True)
class EventEntry:
    id: int
    title: str
    kind: str
    starts_on: date
    ends_on: date
    venue_city: str
    programme: str
    status: str = ""


def event_entries(rows: Rows) -> list[EventEntry]:
    """Every event, by first day."""
    found = rows(
        "SELECT id, title, kind, starts_on, ends_on, venue_city, programme, status FROM event ORDER BY starts_on, id",
        None,
    )
    return [
        EventEntry(ident, title, kind, _day(starts), _day(ends), city, programme, status)  # type: ignore[arg-type]
        for ident, title, kind, starts, ends, city, programme, status in found
    ]


def event_count(rows: Rows) -> int:
    return int(rows("SELECT count(*) FROM event", None)[0][0])


def event_exists(rows: Rows, event_id: int) -> bool:
    return bool(rows("SELECT 1 FROM event WHERE id = :id", {"id": event_id}))


@dataclass(frozen=True)
class EventDetails:
    """An event's own fields, as plain values."""

    id: int
    title: str
    kind: str
    status: str
    starts_on: date
    ends_on: date
    timezone: str
    venue_name: str
    venue_address: str
    venue_city: str
    venue_country: str
    host_id: int | None
    programme: str
    funding: str
    organiser_email: str
    summary: str
    objectives: tuple[str, ...]
    minutes_summary: str
    is_sample: bool

    def value(self, name: str) -> Any:
        """A field as a form shows it (the objectives as a list)."""
        found = getattr(self, name)
        return list(found) if isinstance(found, tuple) else found


_DETAIL_COLUMNS = ", ".join(EventDetails.__dataclass_fields__)


def event_details(rows: Rows, event_id: int) -> EventDetails:
    """The event's own fields (NotFound when there is no such event)."""
    found = rows(f"SELECT {_DETAIL_COLUMNS} FROM event WHERE id = :id", {"id": event_id})
    if not found:
        raise NotFound(say("event {id}: there is no such event", id=event_id))
    values = dict(zip(EventDetails.__dataclass_fields__, found[0], strict=True))
    objectives = values["objectives"]
    if isinstance(objectives, str):
        objectives = json.loads(objectives)
    return EventDetails(
        **values
        | {
            "starts_on": _day(values["starts_on"]),
            "ends_on": _day(values["ends_on"]),
            "objectives": tuple(objectives or ()),
            "is_sample": bool(values["is_sample"]),
        }
    )


def host_label(name: str, country: str | None) -> str:
    """An organisation as the host's list shows it: "BioM (DE)"."""
    return f"{name} ({country})" if country else name


def host_choice(rows: Rows, organisation_id: int | None) -> tuple[int, str] | None:
    """One organisation as the host's list shows it (None: no such one)."""
    if organisation_id is None:
        return None
    found = rows("SELECT id, name, country FROM organisation WHERE id = :id", {"id": organisation_id})
    if not found:
        return None
    ident, name, country = found[0]
    return ident, host_label(name, country)


@dataclass(frozen=True)
class RelatedEvent:
    """A link to another event, described by that event when it is in the
    database, else by what the link says of it."""

    link_id: int
    relation: str
    target_event_id: int | None
    title: str
    starts_on: date | None
    ends_on: date | None
    city: str


def related_events(rows: Rows, event_id: int) -> list[RelatedEvent]:
    """The event's links, in the order they were made."""
    found = rows(
        "SELECT link.id, link.relation, link.target_event_id, target.id IS NOT NULL, "
        "target.title, target.starts_on, target.ends_on, target.venue_city, "
        "link.title, link.starts_on, link.ends_on, link.city "
        "FROM event_link AS link LEFT JOIN event AS target ON target.id = link.target_event_id "
        "WHERE link.event_id = :id ORDER BY link.id",
        {"id": event_id},
    )
    related = []
    for link_id, relation, target_id, in_database, *described in found:
        title, starts, ends, city = described[:4] if in_database else described[4:]
        related.append(RelatedEvent(link_id, relation, target_id, title, _day(starts), _day(ends), city))
    return related
