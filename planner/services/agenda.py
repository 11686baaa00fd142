"""Agenda items: times in the event's zone, rooms, speakers, moderator."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any

from babel import Locale
from babel.dates import format_date, format_datetime
from sqlalchemy import or_, select
from sqlalchemy.orm import aliased
from sqlmodel import Session, col

from planner.db.enums import AgendaKind
from planner.db.models import AgendaItem, AgendaSpeaker, Organisation, Participation, Person
from planner.services import times, values
from planner.services.common import create_row, fetch, id_of, update_row
from planner.services.errors import InvalidInput
from planner.services.events import day_bounds, get_event
from planner.services.language import PLANNER_DOMAIN, interface_language, say, wording
from planner.services.name_order import name_key

if TYPE_CHECKING:
    from planner.services.conflicts import Conflict


def normalise_agenda_item(session: Session, raw: dict[str, Any]) -> dict[str, Any]:
    event = get_event(session, raw["event_id"])
    starts_at = times.wall_clock(raw.get("starts_at"), "starts_at")
    ends_at = times.wall_clock(raw.get("ends_at"), "ends_at")
    cleaned: dict[str, Any] = {
        "event_id": event.id,
        "starts_at": starts_at,
        "ends_at": ends_at,
        "kind": values.choice(raw.get("kind"), AgendaKind, "kind", default=AgendaKind.SESSION),
        "title": values.required_line(raw.get("title"), "title", values.TITLE),
        "location": values.line(raw.get("location"), "location", values.TITLE),
        "moderator_id": raw.get("moderator_id"),
        "description": values.text(raw.get("description"), "description"),
        "topics": values.string_list(raw.get("topics"), "topics"),
    }
    first, after_last = day_bounds(event.starts_on, event.ends_on)
    days = f"{event.starts_on} to {event.ends_on}" if event.ends_on != event.starts_on else f"{event.starts_on}"
    if not first <= starts_at < after_last:
        raise InvalidInput(
            "starts_at",
            say("{moment} is outside the event's days ({days})", moment=times.format_wall_clock(starts_at), days=days),
        )
    if ends_at <= starts_at:
        end, start = f"{ends_at:%H:%M}", f"{starts_at:%H:%M}"
        if ends_at == starts_at:
            refusal = say("{end} is the same as starts_at {start}", end=end, start=start)
        elif starts_at.date() == ends_at.date():
            refusal = say("{end} is before starts_at {start}", end=end, start=start)
        else:
            refusal = say(
                "{end} is before starts_at {start} (on {day})", end=end, start=start, day=ends_at.date().isoformat()
            )
        raise InvalidInput("ends_at", refusal)
    if ends_at > after_last:
        raise InvalidInput(
            "ends_at",
            say("{moment} is outside the event's days ({days})", moment=times.format_wall_clock(ends_at), days=days),
        )
    times.require_existing(starts_at, event.timezone, "starts_at")
    times.require_existing(ends_at, event.timezone, "ends_at")
    if cleaned["moderator_id"] is not None:
        fetch(session, Person, cleaned["moderator_id"], "person")
    return cleaned


def create_item(session: Session, event_id: int, *, speakers: Sequence[int] = (), **fields: Any) -> AgendaItem:
    item = create_row(session, AgendaItem, fields | {"event_id": event_id}, normalise_agenda_item)
    set_speakers(session, id_of(item), speakers)
    return item


def update_item(session: Session, item_id: int, **changes: Any) -> AgendaItem:
    speakers = changes.pop("speakers", None)
    item = update_row(session, get_item(session, item_id), changes, normalise_agenda_item)
    if speakers is not None:
        set_speakers(session, item_id, speakers)
    return item


def get_item(session: Session, item_id: int) -> AgendaItem:
    return fetch(session, AgendaItem, item_id, "agenda item")


def delete_item(session: Session, item_id: int) -> None:
    item = get_item(session, item_id)
    for speaker in session.scalars(select(AgendaSpeaker).where(col(AgendaSpeaker.item_id) == item_id)):
        session.delete(speaker)
    session.flush()
    session.delete(item)
    session.flush()


def set_speakers(session: Session, item_id: int, person_ids: Sequence[int]) -> None:
    """Replace an item's speakers by these people, in this order."""
    if len(set(person_ids)) != len(person_ids):
        raise InvalidInput("speakers", say("the same person is listed twice"))
    for index, person_id in enumerate(person_ids):
        if session.get(Person, person_id) is None:
            raise InvalidInput(f"speakers[{index}]", say("there is no person {id}", id=person_id))
    current = {
        row.person_id: row
        for row in session.scalars(select(AgendaSpeaker).where(col(AgendaSpeaker.item_id) == item_id))
    }
    for person_id, row in current.items():
        if person_id not in person_ids:
            session.delete(row)
    for position, person_id in enumerate(person_ids):
        if person_id in current:
            current[person_id].position = position
        else:
            session.add(AgendaSpeaker(item_id=item_id, person_id=person_id, position=position))
    session.flush()


def items_of(session: Session, event_id: int) -> list[AgendaItem]:
    """The event's agenda in time order; parallel items in the order added."""
    query = select(AgendaItem).where(col(AgendaItem.event_id) == event_id)
    return list(session.scalars(query.order_by(col(AgendaItem.starts_at), col(AgendaItem.ends_at), col(AgendaItem.id))))


def speakers_by_item(session: Session, event_id: int) -> dict[int, list[int]]:
    """Speaker person ids of every item of an event, in one query."""
    query = (
        select(col(AgendaSpeaker.item_id), col(AgendaSpeaker.person_id))
        .join(AgendaItem, col(AgendaItem.id) == col(AgendaSpeaker.item_id))
        .where(col(AgendaItem.event_id) == event_id)
        .order_by(col(AgendaSpeaker.item_id), col(AgendaSpeaker.position))
    )
    result: dict[int, list[int]] = {}
    for item_id, person_id in session.execute(query):
        result.setdefault(item_id, []).append(person_id)
    return result


def duplicate_item(session: Session, item_id: int, *, starts_at: datetime | None = None) -> AgendaItem:
    """A copy of an item with the same speakers, at the same time or from
    ``starts_at`` with the same length."""
    item = get_item(session, item_id)
    fields = {name: getattr(item, name) for name in type(item).model_fields if name not in ("id", "event_id")}
    if starts_at is not None:
        fields |= {"starts_at": starts_at, "ends_at": starts_at + (item.ends_at - item.starts_at)}
    speakers = speakers_by_item(session, item.event_id).get(item_id, [])
    return create_item(session, item.event_id, speakers=speakers, **fields)


def resize_item(session: Session, item_id: int, new_end: datetime, *, shift_following: bool = False) -> None:
    """Change where an item ends; with ``shift_following`` the items that
    start at or after its old end on the same day move by the same amount."""
    item = get_item(session, item_id)
    delta = new_end - item.ends_at
    followers: list[AgendaItem] = []
    if shift_following and delta:
        followers = [
            other
            for other in items_of(session, item.event_id)
            if other.id != item.id
            and other.starts_at >= item.ends_at
            and other.starts_at.date() == item.starts_at.date()
        ]
    update_item(session, item_id, ends_at=new_end)
    # Move the latest first when stretching so checks never see a half-moved day.
    for other in sorted(followers, key=lambda row: row.starts_at, reverse=delta > timedelta(0)):
        try:
            update_item(session, id_of(other), starts_at=other.starts_at + delta, ends_at=other.ends_at + delta)
        except InvalidInput as error:
            # Name the item that does not fit: the one being resized is fine.
            raise InvalidInput(
                "ends_at",
                say("the following item '{item}' cannot move: {problem}", item=other.title, problem=error.message),
            ) from None


def _locale() -> Locale:
    return wording(interface_language(), PLANNER_DOMAIN).locale


# -- read model for the agenda views ----------------------------------------


PAUSE_KINDS = frozenset({AgendaKind.BREAK.value, AgendaKind.MEAL.value})


@dataclass(frozen=True)
class PersonName:
    """A person as an agenda shows them: "Horst Domdey (BioM)"."""

    id: int
    name: str
    organisation: str = ""

    @property
    def label(self) -> str:
        return f"{self.name} ({self.organisation})" if self.organisation else self.name


@dataclass(frozen=True)
class AgendaEntry:
    """An agenda item with the names of its speakers and moderator."""

    id: int
    starts_at: datetime
    ends_at: datetime
    kind: str
    title: str
    location: str
    description: str
    topics: tuple[str, ...]
    speakers: tuple[PersonName, ...]
    moderator: PersonName | None

    @property
    def is_pause(self) -> bool:
        """Breaks and meals, which agendas set apart from the programme."""
        return self.kind in PAUSE_KINDS

    @property
    def day(self) -> date:
        return self.starts_at.date()

    def values(self) -> dict[str, Any]:
        """The item's fields as ``create_item``/``update_item`` take them."""
        return {
            "starts_at": self.starts_at,
            "ends_at": self.ends_at,
            "kind": self.kind,
            "title": self.title,
            "location": self.location,
            "speakers": [speaker.id for speaker in self.speakers],
            "moderator_id": self.moderator.id if self.moderator else None,
            "description": self.description,
            "topics": list(self.topics),
        }


def _person_name(person_id: int, given: str | None, family: str | None, organisation: str | None) -> PersonName:
    name = " ".join(part for part in (given, family) if part)
    return PersonName(person_id, name or f"person {person_id}", organisation or "")


def _moderator_name(
    person_id: int | None, given: str | None, family: str | None, organisation: str | None
) -> PersonName | None:
    """The moderator's name; None for an item without one (an outer join's empty columns)."""
    return None if person_id is None else _person_name(person_id, given, family, organisation)


def agenda_entries(session: Session, event_id: int) -> list[AgendaEntry]:
    """The event's agenda in time order with people's names, in two queries
    whatever its size (items with moderators; speakers). The items are read
    as columns, not stored objects: a conference has hundreds."""
    moderator = aliased(Person)
    items = session.execute(
        select(
            col(AgendaItem.id),
            col(AgendaItem.starts_at),
            col(AgendaItem.ends_at),
            col(AgendaItem.kind),
            col(AgendaItem.title),
            col(AgendaItem.location),
            col(AgendaItem.description),
            col(AgendaItem.topics),
            col(moderator.id),
            col(moderator.given_name),
            col(moderator.family_name),
            col(Organisation.name),
        )
        .outerjoin(moderator, col(moderator.id) == col(AgendaItem.moderator_id))
        .outerjoin(Organisation, col(Organisation.id) == col(moderator.organisation_id))
        .where(col(AgendaItem.event_id) == event_id)
        .order_by(col(AgendaItem.starts_at), col(AgendaItem.ends_at), col(AgendaItem.id))
    ).all()
    speakers: dict[int, list[PersonName]] = {}
    for item_id, *person in session.execute(
        select(
            col(AgendaSpeaker.item_id),
            col(AgendaSpeaker.person_id),
            col(Person.given_name),
            col(Person.family_name),
            col(Organisation.name),
        )
        .join(AgendaItem, col(AgendaItem.id) == col(AgendaSpeaker.item_id))
        .join(Person, col(Person.id) == col(AgendaSpeaker.person_id))
        .outerjoin(Organisation, col(Organisation.id) == col(Person.organisation_id))
        .where(col(AgendaItem.event_id) == event_id)
        .order_by(col(AgendaSpeaker.item_id), col(AgendaSpeaker.position))
    ):
        speakers.setdefault(item_id, []).append(_person_name(*person))
    return [
        AgendaEntry(
            id=item_id,
            starts_at=starts_at,
            ends_at=ends_at,
            kind=kind,
            title=title,
            location=location,
            description=description,
            topics=tuple(topics or ()),
            speakers=tuple(speakers.get(item_id, ())),
            moderator=_moderator_name(*person),
        )
        for item_id, starts_at, ends_at, kind, title, location, description, topics, *person in items
    ]


def people_for_agenda(session: Session, event_id: int) -> list[PersonName]:
    """Who can speak or moderate: the event's participants, and anyone
    already on its agenda who is not (so an edit never drops them), by name."""
    on_agenda = (
        select(col(AgendaSpeaker.person_id))
        .join(AgendaItem, col(AgendaItem.id) == col(AgendaSpeaker.item_id))
        .where(col(AgendaItem.event_id) == event_id)
    )
    moderators = select(col(AgendaItem.moderator_id)).where(
        col(AgendaItem.event_id) == event_id, col(AgendaItem.moderator_id).is_not(None)
    )
    participants = select(col(Participation.person_id)).where(col(Participation.event_id) == event_id)
    person_id = col(Person.id)
    query = (
        select(person_id, col(Person.given_name), col(Person.family_name), col(Organisation.name))
        .outerjoin(Organisation, col(Organisation.id) == col(Person.organisation_id))
        .where(or_(person_id.in_(participants), person_id.in_(on_agenda), person_id.in_(moderators)))
        .order_by(col(Person.family_name), col(Person.given_name), person_id)
    )
    return [_person_name(*row) for row in sorted(session.execute(query), key=lambda row: name_key(row[2], row[1]))]


def conflicts_by_item(
    session: Session,
    event_id: int,
    conflicts: Sequence[Conflict] | None = None,
    entries: Sequence[AgendaEntry] | None = None,
) -> dict[int, list[str]]:
    """The conflict messages of each agenda item. A room or a person booked
    twice is reported on both items, since either may be the one to move.
    ``conflicts``: the event's, when already found; ``entries``: its agenda,
    when already read (``agenda_entries``), so it is not read again."""
    from planner.services.conflicts import find_conflicts  # conflicts imports this module

    if entries is None:
        entries = agenda_entries(session, event_id)
    items = {entry.id: entry for entry in entries}

    def people(entry: AgendaEntry) -> set[int]:
        return {speaker.id for speaker in entry.speakers} | ({entry.moderator.id} if entry.moderator else set())

    found: dict[int, list[str]] = {}

    def note(item_id: int, message: str) -> None:
        messages = found.setdefault(item_id, [])
        if message not in messages:
            messages.append(message)

    for conflict in find_conflicts(session, event_id) if conflicts is None else conflicts:
        if conflict.target != "agenda_item" or conflict.target_id not in items:
            continue
        note(conflict.target_id, conflict.message)
        second = items[conflict.target_id]
        for other in items.values():
            if other.id == second.id or not (other.starts_at < second.ends_at and second.starts_at < other.ends_at):
                continue
            same_room = bool(other.location) and other.location.casefold() == second.location.casefold()
            if (conflict.kind == "room_double_booked" and same_room) or (
                conflict.kind == "person_double_booked" and conflict.person_id in people(other) & people(second)
            ):
                note(other.id, conflict.message)
    return found


# -- placing items ------------------------------------------------------------


def free_slot(
    session: Session, event_id: int, day: date, length: timedelta, *, after: datetime | None = None
) -> datetime | None:
    """The first start on ``day`` from which ``length`` is free of other
    items: from ``after``, else from the day's first item (09:00 on an empty
    day). None when the rest of the day is too full."""
    midnight = datetime.combine(day, time())
    todays = [item for item in items_of(session, event_id) if item.starts_at.date() == day]
    candidate = after or (todays[0].starts_at if todays else midnight.replace(hour=9))
    for item in todays:
        if item.ends_at <= candidate:
            continue
        if item.starts_at >= candidate + length:
            break
        candidate = item.ends_at
    return candidate if candidate + length <= midnight + timedelta(days=1) else None


def move_item(session: Session, item_id: int, new_start: datetime) -> AgendaItem:
    """Move an item to start at ``new_start`` on its own day, keeping its length."""
    item = get_item(session, item_id)
    new_start = times.wall_clock(new_start, "starts_at")
    if new_start.date() != item.starts_at.date():
        raise InvalidInput(
            "starts_at",
            say(
                "'{item}' would move from {day} to {moment}; change its day in the item's dialog",
                item=item.title,
                day=format_date(item.starts_at, "EEE dd MMM", locale=_locale()),
                moment=format_datetime(new_start, "EEE dd MMM HH:mm", locale=_locale()),
            ),
        )
    return update_item(session, item_id, starts_at=new_start, ends_at=new_start + (item.ends_at - item.starts_at))
