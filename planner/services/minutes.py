"""Outcome minutes: the summary, then conclusions, proposals, decisions,
actions, best practices and discussion points, in the order the user set.

What the window shows of them is read here into frozen data classes
(``minutes_of``, ``open_actions``): no database row leaves this module."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import aliased
from sqlmodel import Session, col

from planner.db.enums import ActionState as ActionState
from planner.db.enums import MinutesKind as MinutesKind
from planner.db.models import Event, MinutesItem, Organisation, Person
from planner.services import labels, values
from planner.services.anonymous_names import shown_name
from planner.services.common import create_row, fetch, update_row
from planner.services.errors import InvalidInput
from planner.services.events import get_event, update_event
from planner.services.language import say

# The kinds of outcome and the states of an action, for the window (which
# does not import the database's modules).
from planner.services.name_order import name_key


def normalise_minutes_item(session: Session, raw: dict[str, Any]) -> dict[str, Any]:
    kind = values.choice(raw.get("kind"), MinutesKind, "kind")
    cleaned = {
        "event_id": raw["event_id"],
        "position": raw.get("position") or 0,
        "kind": kind,
        "text": values.text(raw.get("text"), "text", values.MINUTES),
        "by_person_id": raw.get("by_person_id"),
        "by_organisation_id": raw.get("by_organisation_id"),
        "topic": values.line(raw.get("topic"), "topic"),
        "owner_id": raw.get("owner_id"),
        "due": values.day(raw.get("due"), "due", required=False),
        "state": values.optional_choice(raw.get("state"), ActionState, "state"),
        "follow_up_event_id": raw.get("follow_up_event_id"),
    }
    if not cleaned["text"].strip():
        raise InvalidInput("text", say("must not be empty"))
    if kind == MinutesKind.ACTION:
        cleaned["state"] = cleaned["state"] or ActionState.OPEN.value
    elif cleaned["state"]:
        raise InvalidInput("state", say("only actions have a state, not a {kind}", kind=labels.label(kind).lower()))
    references: tuple[tuple[str, type[Person] | type[Organisation], str], ...] = (
        ("by_person_id", Person, "person"),
        ("owner_id", Person, "person"),
        ("by_organisation_id", Organisation, "organisation"),
    )
    for field, model, label in references:
        if cleaned[field] is not None and session.get(model, cleaned[field]) is None:
            raise InvalidInput(field, say("there is no {thing} {id}", thing=label, id=cleaned[field]))
    follow_up = cleaned["follow_up_event_id"]
    if follow_up is not None:
        if follow_up == cleaned["event_id"]:
            raise InvalidInput("follow_up_event_id", say("an outcome cannot lead to its own event"))
        if session.get(Event, follow_up) is None:
            raise InvalidInput("follow_up_event_id", say("there is no event {id}", id=follow_up))
    return cleaned


def add_item(session: Session, event_id: int, **fields: Any) -> MinutesItem:
    """Add an outcome at the end of the event's minutes."""
    get_event(session, event_id)
    last = session.scalar(select(func.max(col(MinutesItem.position))).where(col(MinutesItem.event_id) == event_id))
    position = 0 if last is None else last + 1
    return create_row(
        session, MinutesItem, fields | {"event_id": event_id, "position": position}, normalise_minutes_item
    )


def update_item(session: Session, item_id: int, **changes: Any) -> MinutesItem:
    return update_row(session, get_item(session, item_id), changes, normalise_minutes_item)


def get_item(session: Session, item_id: int) -> MinutesItem:
    return fetch(session, MinutesItem, item_id, "minutes item")


def delete_item(session: Session, item_id: int) -> None:
    item = get_item(session, item_id)
    event_id = item.event_id
    session.delete(item)
    session.flush()
    _renumber(items_of(session, event_id))


def items_of(session: Session, event_id: int) -> list[MinutesItem]:
    query = select(MinutesItem).where(col(MinutesItem.event_id) == event_id)
    return list(session.scalars(query.order_by(col(MinutesItem.position), col(MinutesItem.id))))


def move_item(session: Session, item_id: int, new_index: int) -> None:
    """Put an outcome at another place in the minutes (0 is the first)."""
    item = get_item(session, item_id)
    ordered = [other for other in items_of(session, item.event_id) if other.id != item_id]
    ordered.insert(max(0, min(new_index, len(ordered))), item)
    _renumber(ordered)


def _renumber(ordered: list[MinutesItem]) -> None:
    for position, row in enumerate(ordered):
        if row.position != position:
            row.position = position


def set_state(session: Session, item_id: int, state: str) -> MinutesItem:
    """Mark an action done, dropped or open again."""
    return update_item(session, item_id, state=state)


def set_summary(session: Session, event_id: int, summary: str) -> str:
    """Save the summary of the event's minutes; the summary as saved."""
    return update_event(session, event_id, minutes_summary=summary).minutes_summary


def is_overdue(kind: str, state: str, due: date | None, today: date) -> bool:
    """An open action due before ``today``; a done or dropped one never is."""
    return kind == MinutesKind.ACTION and state == ActionState.OPEN and due is not None and due < today


# -- read models for the app -------------------------------------------------


@dataclass(frozen=True)
class MinutesEntry:
    """A minutes item as stored."""

    id: int
    event_id: int
    position: int
    kind: str
    text: str
    by_person_id: int | None
    by_organisation_id: int | None
    topic: str
    owner_id: int | None
    due: date | None
    state: str  # for actions: open, done or dropped; "" for the rest
    follow_up_event_id: int | None

    @classmethod
    def of(cls, row: MinutesItem) -> MinutesEntry:
        assert row.id is not None  # read from the database
        return cls(
            id=row.id,
            event_id=row.event_id,
            position=row.position,
            kind=row.kind,
            text=row.text,
            by_person_id=row.by_person_id,
            by_organisation_id=row.by_organisation_id,
            topic=row.topic,
            owner_id=row.owner_id,
            due=row.due,
            state=row.state,
            follow_up_event_id=row.follow_up_event_id,
        )

    @property
    def is_action(self) -> bool:
        return self.kind == MinutesKind.ACTION

    def overdue_on(self, today: date) -> bool:
        return is_overdue(self.kind, self.state, self.due, today)


@dataclass(frozen=True)
class Outcome:
    """A minutes item with the names it refers to, for showing it."""

    item: MinutesEntry
    by_name: str  # the person or organisation who proposed it, or ""
    owner_name: str
    follow_up_title: str
    follow_up_starts_on: date | None


@dataclass(frozen=True)
class Minutes:
    """An event's minutes as the Minutes tab shows them."""

    event_id: int
    summary: str
    outcomes: Sequence[Outcome]


def minutes_of(session: Session, event_id: int) -> Minutes:
    """The event's summary and outcomes; NotFound when the event is gone."""
    summary = get_event(session, event_id).minutes_summary
    return Minutes(event_id, summary, tuple(outcomes_of(session, event_id)))


def outcomes_of(session: Session, event_id: int) -> list[Outcome]:
    """The event's minutes in the user's order, names resolved in one query."""
    by_person, owner, follow_up = aliased(Person), aliased(Person), aliased(Event)
    query = (
        select(MinutesItem, by_person, Organisation, owner, follow_up)
        .outerjoin(by_person, col(by_person.id) == col(MinutesItem.by_person_id))
        .outerjoin(Organisation, col(Organisation.id) == col(MinutesItem.by_organisation_id))
        .outerjoin(owner, col(owner.id) == col(MinutesItem.owner_id))
        .outerjoin(follow_up, col(follow_up.id) == col(MinutesItem.follow_up_event_id))
        .where(col(MinutesItem.event_id) == event_id)
        .order_by(col(MinutesItem.position), col(MinutesItem.id))
    )
    found = []
    for item, person, organisation, owner_row, event in session.execute(query):
        names = [_name(session, person), organisation.name if organisation else ""]
        found.append(
            Outcome(
                item=MinutesEntry.of(item),
                by_name=" and ".join(name for name in names if name),
                owner_name=_name(session, owner_row),
                follow_up_title=event.title if event else "",
                follow_up_starts_on=event.starts_on if event else None,
            )
        )
    return found


@dataclass(frozen=True)
class ActionRow:
    """An action of any event, for the list of what is still to do."""

    item_id: int
    event_id: int
    event_title: str
    event_starts_on: date
    text: str
    owner_name: str
    due: date | None
    state: str
    overdue: bool


def open_actions(session: Session, today: date, *, include_done: bool = False) -> list[ActionRow]:
    """The open actions of every event (with ``include_done`` also the done
    and dropped ones), by due date, those without one last. An open action
    due before ``today`` is overdue."""
    owner = aliased(Person)
    query = (
        select(MinutesItem, col(Event.title), col(Event.starts_on), owner)
        .join(Event, col(Event.id) == col(MinutesItem.event_id))
        .outerjoin(owner, col(owner.id) == col(MinutesItem.owner_id))
        .where(col(MinutesItem.kind) == MinutesKind.ACTION.value)
    )
    if not include_done:
        query = query.where(col(MinutesItem.state) == ActionState.OPEN.value)
    rows = []
    for item, title, starts_on, owner_row in session.execute(query):
        entry = MinutesEntry.of(item)
        rows.append(
            ActionRow(
                item_id=entry.id,
                event_id=entry.event_id,
                event_title=title,
                event_starts_on=starts_on,
                text=entry.text,
                owner_name=_name(session, owner_row),
                due=entry.due,
                state=entry.state,
                overdue=entry.overdue_on(today),
            )
        )
    return sorted(rows, key=lambda row: (row.due is None, row.due or today, row.event_starts_on, row.item_id))


def proposer_choices(session: Session) -> tuple[list[tuple[int, str]], list[tuple[int, str]]]:
    """Everyone who can propose or own an outcome: (people, organisations)
    as (id, name), sorted by name."""
    people = sorted(
        session.scalars(select(Person).order_by(col(Person.family_name), col(Person.given_name), col(Person.id))),
        key=lambda person: name_key(person.family_name, person.given_name),
    )
    organisations = session.scalars(select(Organisation).order_by(col(Organisation.name), col(Organisation.id)))
    return (
        [(_id(person.id), person.full_name or f"person {person.id}") for person in people],
        [(_id(organisation.id), organisation.name) for organisation in organisations],
    )


def follow_up_choices(session: Session, event_id: int) -> list[tuple[int, str, date]]:
    """The other events an outcome can lead to: (id, title, first day)."""
    query = select(col(Event.id), col(Event.title), col(Event.starts_on)).where(col(Event.id) != event_id)
    return [
        (_id(ident), title, starts_on)
        for ident, title, starts_on in session.execute(query.order_by(col(Event.starts_on), col(Event.id)))
    ]


def _name(session: Session, person: Person | None) -> str:
    """A person's name, or how an anonymised one is named; "" for nobody."""
    if person is None:
        return ""
    if person.full_name:  # the usual case, without looking up their organisation
        return person.full_name
    organisation = session.get(Organisation, person.organisation_id) if person.organisation_id is not None else None
    return shown_name(person.full_name, organisation.name if organisation else "")


def _id(ident: int | None) -> int:
    assert ident is not None  # read from the database
    return ident


def actions_with_owners(
    session: Session, event_id: int, owner_id: int | None = None
) -> list[tuple[MinutesItem, Person | None]]:
    """The event's actions in the minutes' order, each with its owner (only
    those of ``owner_id`` when given)."""
    query = (
        select(MinutesItem, Person)
        .outerjoin(Person, col(Person.id) == col(MinutesItem.owner_id))
        .where(col(MinutesItem.event_id) == event_id, col(MinutesItem.kind) == MinutesKind.ACTION.value)
    )
    if owner_id is not None:
        query = query.where(col(MinutesItem.owner_id) == owner_id)
    return [
        (item, owner) for item, owner in session.execute(query.order_by(col(MinutesItem.position), col(MinutesItem.id)))
    ]
