"""Everything Planner holds about one person, for their request under the
GDPR (Art. 15, "what do you hold about me?"): their record and every row
of every table that refers to them, found by walking the schema's foreign
keys (so a table added later is not forgotten), with the rows that belong
to their participations (the days they were marked present) and the rows
that name their e-mail address (invitations and messages sent), and the
record of what left the laptop holding their data."""

from __future__ import annotations

import base64
from datetime import date, datetime, time
from decimal import Decimal
from typing import Any

from sqlalchemy import Table, or_, select
from sqlmodel import Session, SQLModel

from planner.services.errors import NotFound
from planner.services.language import say

PERSON = "person"
# Columns that hold a person's id without being a key to them (the row
# outlives the person on purpose: a calendar on a server to clear).
HELD_BY_ID = (("personal_publication", "person_id"),)
# Rows that belong to a participation are the person's too (not those that
# belong to an agenda item they moderate: its other speakers are not theirs).
BELONGING_TO = ("participation",)


def referring_columns(table_name: str) -> list[tuple[Table, str]]:
    """(table, column) for every column of the schema that refers to ``table_name``'s id."""
    found = []
    for table in SQLModel.metadata.sorted_tables:
        for column in table.columns:
            if any(key.column.table.name == table_name for key in column.foreign_keys):
                found.append((table, column.name))
    return found


def _plain(value: Any) -> Any:
    """A value as JSON holds it."""
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, bytes):
        return base64.b64encode(value).decode("ascii")
    return value


def _rows(session: Session, table: Table, condition: Any) -> list[dict[str, Any]]:
    return [
        {name: _plain(value) for name, value in row._mapping.items()}
        for row in session.execute(select(table).where(condition).order_by(*table.primary_key.columns))
    ]


def person_data(session: Session, person_id: int) -> dict[str, list[dict[str, Any]]]:
    """Table name → the rows about the person, their own record first."""
    tables = SQLModel.metadata.tables
    person = tables[PERSON]
    found: dict[str, list[dict[str, Any]]] = {PERSON: _rows(session, person, person.c.id == person_id)}
    if not found[PERSON]:
        raise NotFound(say("person {id}: there is no such person", id=person_id))
    email = (found[PERSON][0].get("email") or "").strip()
    for table, column in referring_columns(PERSON):
        condition = table.c[column] == person_id
        if email and "email" in table.c:
            condition = or_(condition, table.c.email == email)  # a message sent before they were linked
        _add(found, table.name, _rows(session, table, condition))
    for table_name, column in HELD_BY_ID:
        table = tables[table_name]
        _add(found, table_name, _rows(session, table, table.c[column] == person_id))
    for owner in BELONGING_TO:
        ids = [row["id"] for row in found.get(owner, [])]
        for table, column in referring_columns(owner):
            if ids:
                _add(found, table.name, _rows(session, table, table.c[column].in_(ids)))
    # What left the laptop holding their data: no key refers to them, the
    # people are a list in each row.
    disclosure = tables["disclosure"]
    _add(
        found,
        disclosure.name,
        [row for row in _rows(session, disclosure, disclosure.c.id.is_not(None)) if person_id in row["person_ids"]],
    )
    if found[PERSON][0].get("organisation_id") is not None:  # where they work, for context
        organisation = tables["organisation"]
        found["organisation"] = _rows(session, organisation, organisation.c.id == found[PERSON][0]["organisation_id"])
    event_ids = sorted({row["event_id"] for rows in found.values() for row in rows if row.get("event_id")})
    if event_ids:
        event = tables["event"]
        found["event"] = [
            {"id": row.id, "title": row.title, "starts_on": _plain(row.starts_on), "ends_on": _plain(row.ends_on)}
            for row in session.execute(
                select(event.c.id, event.c.title, event.c.starts_on, event.c.ends_on).where(event.c.id.in_(event_ids))
            )
        ]
    return found


def _add(found: dict[str, list[dict[str, Any]]], table: str, rows: list[dict[str, Any]]) -> None:
    if not rows:
        return
    kept = found.setdefault(table, [])
    seen = {row.get("id") for row in kept}
    kept.extend(row for row in rows if row.get("id") not in seen or row.get("id") is None)
