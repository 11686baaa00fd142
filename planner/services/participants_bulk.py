"""Participations many at a time, for imports of thousands and their
undo: added and changed in a statement or two, read as plain rows, and the
rules of an edit checked for thousands of rows in a few queries."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import select as sa_select
from sqlmodel import Session, col, select

from planner.db.models import Participation, Person
from planner.services import bulk, history
from planner.services.common import fetch
from planner.services.errors import InvalidInput, NotFound
from planner.services.events import get_event
from planner.services.language import say
from planner.services.participants import chunks, clean_participation


def add_many(session: Session, event_id: int, rows: Sequence[dict[str, Any]]) -> list[int]:
    """Add participations whose fields ``clean_participation`` checked, of
    people who exist (the caller made sure), to the event in one statement;
    their ids, in the order given. Refused (nothing added) when one of them
    takes part already or is given twice."""
    get_event(session, event_id)
    taking_part = set(session.exec(select(Participation.person_id).where(col(Participation.event_id) == event_id)))
    for row in rows:
        if row["person_id"] in taking_part:
            name = fetch(session, Person, row["person_id"], "person").full_name
            raise InvalidInput("person", say("{name} already takes part in this event", name=name))
        taking_part.add(row["person_id"])
    added = bulk.insert_rows(session, Participation, [dict(row) | {"event_id": event_id} for row in rows])
    return [row["id"] for row in added]


def participations_of_event(session: Session, event_id: int) -> dict[int, dict[str, Any]]:
    """The event's participations as stored (plain values, every column),
    by the person's id, in one query."""
    table = bulk.table_of(Participation)
    found = history.as_dicts(session.connection().execute(sa_select(table).where(table.c.event_id == event_id)))
    return {row["person_id"]: row for row in found}


def changed_participation(before: dict[str, Any], changes: dict[str, Any]) -> dict[str, Any]:
    """The columns ``changes`` would change in the participation ``before``
    (as stored), checked as an edit checks them; the event and the person
    stay, so no other row is concerned."""
    cleaned = clean_participation(before | changes)
    return {name: value for name, value in cleaned.items() if before[name] != value}


def update_many(session: Session, before: Sequence[dict[str, Any]], changes: Sequence[dict[str, Any]]) -> None:
    """Change participations (``before``: each as stored) by what
    ``changed_participation`` gave for each, in a statement per set of
    columns changed."""
    bulk.update_rows(session, Participation, before, changes)


def participation_problems(session: Session, rows: list[dict[str, Any]]) -> list[str]:
    """What ``normalise_participation`` would say against each of ``rows``
    (each with its id; "" where nothing), in a few queries however many
    rows: for undo and redo, which write back thousands of an import."""
    person_ids = sorted({row["person_id"] for row in rows if row.get("person_id") is not None})
    names: dict[int, str] = {}
    for chunk in chunks(person_ids):
        people = sa_select(col(Person.id), col(Person.given_name), col(Person.family_name)).where(
            col(Person.id).in_(chunk)
        )
        for ident, given, family in session.connection().execute(people):
            names[int(ident or 0)] = " ".join(part for part in (given, family) if part)
    taking_part: dict[tuple[int, int], int] = {}  # (event, person) → participation
    event_ids = sorted({row["event_id"] for row in rows if row.get("event_id") is not None})
    for chunk in chunks(event_ids):
        rows_of_events = sa_select(
            col(Participation.id), col(Participation.event_id), col(Participation.person_id)
        ).where(col(Participation.event_id).in_(chunk))
        for ident, event_id, person_id in session.connection().execute(rows_of_events):
            taking_part.setdefault((event_id, person_id), int(ident or 0))
    problems = []
    for row in rows:
        try:
            cleaned = clean_participation(row)
            name = names.get(cleaned["person_id"])
            if name is None:
                raise NotFound(say("person {id}: there is no such person", id=cleaned["person_id"]))
            existing = taking_part.get((cleaned["event_id"], cleaned["person_id"]))
            if existing is not None and existing != row.get("id"):
                raise InvalidInput("person", say("{name} already takes part in this event", name=name))
        except (InvalidInput, NotFound) as problem:
            problems.append(str(problem))
        else:
            problems.append("")
    return problems
