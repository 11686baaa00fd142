"""Events and the links between them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import func, or_, select
from sqlmodel import Session, col

from planner.db.enums import EventKind, EventStatus, Relation
from planner.db.models import (
    AgendaItem,
    Event,
    EventLink,
    Organisation,
    Stay,
    TravelLeg,
)
from planner.db.quick_reads import session_rows
from planner.errors import PlannerError
from planner.services import event_reads, history, labels, values
from planner.services.common import create_row, fetch, id_of, update_row
from planner.services.errors import InvalidInput
from planner.services.event_reads import EventDetails, RelatedEvent, host_label
from planner.services.language import say

# A meeting lasts days, a conference weeks; a programme of events (a
# project, a series of visits) is a link between events, not one event.
LONGEST_EVENT_DAYS = 60


def normalise_event(session: Session, raw: dict[str, Any]) -> dict[str, Any]:
    cleaned: dict[str, Any] = {
        "title": values.required_line(raw.get("title"), "title", values.TITLE),
        "kind": values.choice(raw.get("kind"), EventKind, "kind"),
        "status": values.choice(raw.get("status"), EventStatus, "status", default=EventStatus.DRAFT),
        "starts_on": values.day(raw.get("starts_on"), "starts_on"),
        "ends_on": values.day(raw.get("ends_on"), "ends_on"),
        "timezone": values.time_zone(raw.get("timezone"), "timezone"),
        "venue_name": values.line(raw.get("venue_name"), "venue.name", values.TITLE),
        "venue_address": values.text(raw.get("venue_address"), "venue.address", values.NOTE),
        "venue_city": values.line(raw.get("venue_city"), "venue.city"),
        "venue_country": values.country(raw.get("venue_country"), "venue.country"),
        "host_id": raw.get("host_id"),
        "programme": values.line(raw.get("programme"), "programme", values.TITLE),
        "funding": values.text(raw.get("funding"), "funding"),
        "organiser_email": values.email(raw.get("organiser_email"), "organiser_email"),
        "summary": values.text(raw.get("summary"), "summary"),
        "objectives": values.string_list(raw.get("objectives"), "objectives"),
        "minutes_summary": values.text(raw.get("minutes_summary"), "minutes.summary", values.MINUTES),
        "is_sample": bool(raw.get("is_sample", False)),
        "attendance_halves": bool(raw.get("attendance_halves", False)),
    }
    if cleaned["ends_on"] < cleaned["starts_on"]:
        raise InvalidInput(
            "ends_on",
            say(
                "The last day ({last}) is before the first day ({first})",
                last=labels.day(cleaned["ends_on"]),
                first=labels.day(cleaned["starts_on"]),
            ),
        )
    _check_length(cleaned["starts_on"], cleaned["ends_on"])
    if cleaned["host_id"] is not None:
        fetch(session, Organisation, cleaned["host_id"], "organisation")
    if raw.get("id") is not None:
        _check_agenda_still_fits(session, raw["id"], cleaned["starts_on"], cleaned["ends_on"])
    return cleaned


def proposed_first_day(today: date) -> date:
    """What a new event proposes as its first day: a month ahead, on a
    working day (a Saturday or Sunday moves to the Monday after)."""
    day = today + timedelta(days=30)
    return day + timedelta(days=7 - day.weekday()) if day.weekday() >= 5 else day


def _check_length(starts_on: date, ends_on: date) -> None:
    days = (ends_on - starts_on).days + 1
    if days > LONGEST_EVENT_DAYS:
        raise InvalidInput(
            "ends_on",
            say(
                "from {first} to {last} is {days:,} days; an event lasts at most {most} days "
                "(a meeting days, a conference weeks): for a programme or a series, make each meeting an event "
                "and link them (part_of)",
                first=starts_on,
                last=ends_on,
                days=days,
                most=LONGEST_EVENT_DAYS,
            ),
        )


def require_in_years(session: Session, event: Event) -> None:
    """The event's days and every time of its agenda, travel and stays lie
    in the years people plan in. What is entered is checked so; a database
    written before those checks (or by hand) may hold "9999-12-31", which
    calendars cannot convert: say which, rather than fail half-way."""
    event_id = id_of(event)
    dated: list[tuple[str, tuple[Any, Any], Any]] = [
        ("agenda", (AgendaItem.starts_at, AgendaItem.ends_at), AgendaItem.event_id),
        ("travel", (TravelLeg.from_at, TravelLeg.to_at), TravelLeg.event_id),
        ("stays", (Stay.check_in, Stay.check_out), Stay.event_id),
    ]
    found: list[tuple[str, Any]] = [("starts_on", event.starts_on), ("ends_on", event.ends_on)]
    for what, columns, owner in dated:
        bounds = [aggregate(col(column)) for column in columns for aggregate in (func.min, func.max)]
        found += [(what, value) for value in session.execute(select(*bounds).where(col(owner) == event_id)).one()]
    for field, value in found:
        if value is None:
            continue
        try:
            values.within_years(value, field)
        except InvalidInput as problem:
            raise PlannerError(
                say(
                    "event {id} ('{title}'): {problem}; correct it in the window first",
                    id=event_id,
                    title=values.shown(event.title),
                    problem=problem,
                )
            ) from None


def _check_agenda_still_fits(session: Session, event_id: int, starts_on: date, ends_on: date) -> None:
    first, after_last = day_bounds(starts_on, ends_on)
    outside = session.scalars(
        select(AgendaItem)
        .where(col(AgendaItem.event_id) == event_id)
        .where(or_(col(AgendaItem.starts_at) < first, col(AgendaItem.ends_at) > after_last))
        .order_by(col(AgendaItem.starts_at))
    ).first()
    if outside is not None:
        raise InvalidInput(
            "starts_on" if outside.starts_at < first else "ends_on",
            say(
                "the agenda item '{item}' on {day} would fall outside the event's days; move it first",
                item=outside.title,
                day=outside.starts_at.date().isoformat(),
            ),
        )


def day_bounds(starts_on: date, ends_on: date) -> tuple[datetime, datetime]:
    """From the first day's midnight to the midnight after the last day."""
    return datetime.combine(starts_on, time()), datetime.combine(ends_on + timedelta(days=1), time())


def create_event(session: Session, **fields: Any) -> Event:
    return create_row(session, Event, fields, normalise_event)


def update_event(session: Session, event_id: int, **changes: Any) -> Event:
    row = get_event(session, event_id)

    def normalise(inner: Session, raw: dict[str, Any]) -> dict[str, Any]:
        return normalise_event(inner, raw | {"id": event_id})

    return update_row(session, row, changes, normalise)


def get_event(session: Session, event_id: int) -> Event:
    return fetch(session, Event, event_id, "event")


def list_events(session: Session) -> list[Event]:
    return list(session.scalars(select(Event).order_by(col(Event.starts_on), col(Event.id))))


def delete_event(session: Session, event_id: int) -> None:
    """Delete an event with everything that belongs to it (agenda,
    participations, travel, stays, costs, minutes, links, the record of
    invitations sent): the database's foreign keys take them along. People
    and organisations stay in the directory; links from other events keep
    the event's title and dates, and outcomes that led to it lose the link."""
    session.delete(get_event(session, event_id))
    session.flush()
    history.forget_followers(session, "event")


# -- links between events --------------------------------------------------


def normalise_link(session: Session, raw: dict[str, Any]) -> dict[str, Any]:
    cleaned = {
        "event_id": raw["event_id"],
        "relation": values.choice(raw.get("relation"), Relation, "relation"),
        "target_event_id": raw.get("target_event_id"),
        "title": values.line(raw.get("title"), "title", values.TITLE),
        "starts_on": values.day(raw.get("starts_on"), "starts_on", required=False),
        "ends_on": values.day(raw.get("ends_on"), "ends_on", required=False),
        "city": values.line(raw.get("city"), "city"),
    }
    target_id = cleaned["target_event_id"]
    if target_id is not None:
        if target_id == cleaned["event_id"]:
            raise InvalidInput("target_event_id", say("an event cannot be related to itself"))
        target = get_event(session, target_id)
        # Keep a description of the target, so the link still says something
        # if that event is deleted later.
        cleaned |= {
            "title": target.title,
            "starts_on": target.starts_on,
            "ends_on": target.ends_on,
            "city": target.venue_city,
        }
    if not cleaned["title"]:
        raise InvalidInput("title", say("a related event needs a title or an event of this database"))
    if cleaned["starts_on"] and cleaned["ends_on"] and cleaned["ends_on"] < cleaned["starts_on"]:
        raise InvalidInput(
            "ends_on",
            say(
                "The last day ({last}) is before the first day ({first})",
                last=labels.day(cleaned["ends_on"]),
                first=labels.day(cleaned["starts_on"]),
            ),
        )
    return cleaned


def add_link(session: Session, event_id: int, **fields: Any) -> EventLink:
    get_event(session, event_id)
    return create_row(session, EventLink, fields | {"event_id": event_id}, normalise_link)


def delete_link(session: Session, link_id: int) -> None:
    session.delete(fetch(session, EventLink, link_id, "link"))
    session.flush()


def links_of(session: Session, event_id: int) -> list[EventLink]:
    return list(
        session.scalars(select(EventLink).where(col(EventLink.event_id) == event_id).order_by(col(EventLink.id)))
    )


def find_event(session: Session, title: str, starts_on: date | None) -> Event | None:
    """An event of this title (case ignored) starting on this day."""
    query = select(Event).where(func.lower(Event.title) == title.strip().lower())
    if starts_on is not None:
        query = query.where(col(Event.starts_on) == starts_on)
    return session.scalars(query.order_by(col(Event.id))).first()


def event_count(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(Event)) or 0


def event_exists(session: Session, event_id: int) -> bool:
    return event_reads.event_exists(session_rows(session), event_id)


def host_candidates(session: Session) -> list[Organisation]:
    """Every organisation, by name: any of them may host an event."""
    return list(session.scalars(select(Organisation).order_by(func.lower(Organisation.name), col(Organisation.id))))


def event_or_none(session: Session, event_id: int | None) -> Event | None:
    """The event with this id, or None when there is none (any more)."""
    return session.get(Event, event_id) if event_id is not None else None


def host_name(session: Session, event: Event) -> str:
    """The name of the organisation hosting the event ("" when none is set)."""
    host = session.get(Organisation, event.host_id) if event.host_id is not None else None
    return host.name if host is not None else ""


def attach_waiting_links(session: Session, event: Event) -> None:
    """Links of other events that describe this one by its title (case
    ignored) and first day, made before it was in the database, now point
    to it."""
    waiting = session.scalars(
        select(EventLink).where(
            col(EventLink.target_event_id).is_(None),
            col(EventLink.event_id) != event.id,
            func.lower(EventLink.title) == event.title.lower(),
            col(EventLink.starts_on) == event.starts_on,
        )
    )
    for link in waiting:
        link.target_event_id = event.id
    session.flush()


# -- read models for the window ------------------------------------------------


def event_details(session: Session, event_id: int) -> EventDetails:
    return event_reads.event_details(session_rows(session), event_id)


@dataclass(frozen=True)
class EventChoice:
    """An event as a list to pick from shows it."""

    id: int
    title: str
    starts_on: date


def event_choices(session: Session, *, leaving_out: int | None = None) -> list[EventChoice]:
    """Every event by first day (but ``leaving_out``)."""
    query = select(col(Event.id), col(Event.title), col(Event.starts_on)).order_by(col(Event.starts_on), col(Event.id))
    return [
        EventChoice(ident, title, starts_on)
        for ident, title, starts_on in session.execute(query)
        if ident is not None and ident != leaving_out
    ]


def host_choices(session: Session) -> list[tuple[int, str]]:
    """Every organisation, by name, as "BioM (DE)": any may host an event.
    Read as columns, not stored objects: a network has thousands, and the
    Overview lists them all each time it is shown."""
    query = select(col(Organisation.id), col(Organisation.name), col(Organisation.country)).order_by(
        func.lower(Organisation.name), col(Organisation.id)
    )
    return [(ident, host_label(name, country)) for ident, name, country in session.execute(query)]


def host_choice(session: Session, organisation_id: int | None) -> tuple[int, str] | None:
    """One organisation as ``host_choices`` lists it (None: no such one)."""
    return event_reads.host_choice(session_rows(session), organisation_id)


def related_events(session: Session, event_id: int) -> list[RelatedEvent]:
    return event_reads.related_events(session_rows(session), event_id)
