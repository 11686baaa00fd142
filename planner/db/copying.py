"""A whole Planner database copied into an empty one, row for row, between
a file and a shared server either way: how a partnership starts from one
organiser's file, and how an organiser takes the shared database on the
road. Both are at the same schema (opening brings each up to date); every
row keeps its key, so references stay as they were."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import Connection, Engine, func, insert, select, text
from sqlmodel import SQLModel

from planner.db import models  # noqa: F401  (the tables copied are the models')
from planner.errors import StoreError
from planner.language import say

# Rows read and written at a time: a large database never sits in memory whole.
_CHUNK = 2000


@dataclass(frozen=True)
class Copied:
    rows: int
    tables: int


def copy_database(
    source: Engine, target: Engine, target_name: str, report: Callable[[str, int], None] | None = None
) -> Copied:
    """Copy every row of every Planner table from ``source`` into
    ``target``, which must hold none (it is refused otherwise, before
    anything is written); all of it or, on a failure, nothing."""
    tables = SQLModel.metadata.sorted_tables  # parents before the rows that refer to them
    total = 0
    with source.connect() as reading, target.begin() as writing:
        for table in tables:
            if writing.execute(select(func.count()).select_from(table)).scalar():
                raise StoreError(
                    say("{place}: already holds data; Planner copies only into an empty database", place=target_name)
                )
        for table in tables:
            result = reading.execution_options(yield_per=_CHUNK).execute(
                select(table).order_by(*table.primary_key.columns)
            )
            for chunk in result.mappings().partitions(_CHUNK):
                writing.execute(insert(table), [dict(row) for row in chunk])
                total += len(chunk)
                if report is not None:
                    report(table.name, len(chunk))
        sequences_past_copied_keys(writing)
    return Copied(total, len(tables))


def sequences_past_copied_keys(connection: Connection) -> None:
    """PostgreSQL numbers new rows from a sequence, which rows inserted with
    their key did not advance: set past the highest key copied."""
    if connection.dialect.name != "postgresql":
        return
    for table in SQLModel.metadata.sorted_tables:
        keys = list(table.primary_key.columns)
        if len(keys) != 1 or not keys[0].autoincrement or keys[0].type.python_type is not int:
            continue
        sequence = connection.execute(
            text("SELECT pg_get_serial_sequence(:table, :column)"), {"table": table.name, "column": keys[0].name}
        ).scalar()
        if sequence:
            connection.execute(
                text(
                    f'SELECT setval(:sequence, COALESCE((SELECT MAX("{keys[0].name}") FROM "{table.name}"), 0) + 1, false)'
                ),
                {"sequence": sequence},
            )


# Not carried with chosen events: the record of who changed what on the
# source (the copy starts its own), and the bookkeeping of check-outs.
_NOT_WITH_EVENTS = frozenset({"change_log", "copy_origin", "event_checkout"})
# Settings of the whole database, carried whole: the mail account the
# invitations go from, and how long personal data is kept.
SETTINGS = ("mail_settings", "data_policy")


def rows_of_events(connection: Connection, event_ids: list[int]) -> dict[str, list[dict]]:
    """Every row of ``event_ids`` (the events, what belongs to them, and
    what belongs to that) and every row they refer to (people, their
    organisations, programmes, templates...), by table, keys kept."""
    tables = [table for table in SQLModel.metadata.sorted_tables if table.name not in _NOT_WITH_EVENTS]
    chosen: dict[str, dict[tuple, dict]] = {table.name: {} for table in tables}

    def add(table, rows) -> bool:
        added = False
        keys = list(table.primary_key.columns)
        for row in rows:
            key = tuple(row[column.name] for column in keys)
            if key not in chosen[table.name]:
                chosen[table.name][key] = dict(row)
                added = True
        return added

    event = SQLModel.metadata.tables["event"]
    found = connection.execute(select(event).where(event.c.id.in_(event_ids))).mappings().all()
    missing = sorted(set(event_ids) - {row["id"] for row in found})
    if missing:
        raise StoreError(say("No event numbered {number}", number=missing[0]))
    add(event, found)
    for name in SETTINGS:
        add(SQLModel.metadata.tables[name], connection.execute(select(SQLModel.metadata.tables[name])).mappings().all())
    # Down: the rows that belong to the events, and the rows that belong to those.
    owned = {"event"}
    grown = True
    while grown:
        grown = False
        for table in tables:
            for key in table.foreign_keys:
                parent = key.column.table.name
                # Only what goes with them (removed with them): a link to the event from another is not its own.
                if parent not in owned or table.name == parent or not chosen[parent] or key.ondelete != "CASCADE":
                    continue
                values = {row[key.column.name] for row in chosen[parent].values()}
                rows = connection.execute(select(table).where(key.parent.in_(values))).mappings().all()
                if add(table, rows) or (rows and table.name not in owned):
                    owned.add(table.name)
                    grown = True
    # Up: whatever those rows refer to, and what that refers to in turn.
    grown = True
    while grown:
        grown = False
        for table in tables:
            for key in table.foreign_keys:
                referred = SQLModel.metadata.tables[key.column.table.name]
                values = {row[key.parent.name] for row in chosen[table.name].values()} - {None}
                have = {row[key.column.name] for row in chosen[referred.name].values()}
                if values - have:
                    rows = connection.execute(select(referred).where(key.column.in_(values - have))).mappings().all()
                    grown = add(referred, rows) or grown
    return {table.name: list(chosen[table.name].values()) for table in tables}


def copy_events(source: Engine, target: Engine, target_name: str, event_ids: list[int]) -> Copied:
    """Copy ``event_ids`` with everything they refer to into ``target``,
    which must hold no data, every row keeping its key (so that what is
    changed on the copy can be carried back)."""
    total = 0
    with source.connect() as reading, target.begin() as writing:
        for table in SQLModel.metadata.sorted_tables:
            if writing.execute(select(func.count()).select_from(table)).scalar():
                raise StoreError(
                    say("{place}: already holds data; Planner copies only into an empty database", place=target_name)
                )
        chosen = rows_of_events(reading, event_ids)
        for table in SQLModel.metadata.sorted_tables:
            rows = chosen.get(table.name)
            if rows:
                writing.execute(insert(table), rows)
                total += len(rows)
        sequences_past_copied_keys(writing)
    return Copied(total, sum(1 for rows in chosen.values() if rows))


def events_into_copy(source: Connection, target: Connection, event_ids: list[int], *, overwrite: bool) -> int:
    """Bring ``event_ids`` into an existing copy: the rows it lacks added,
    keys kept; with ``overwrite`` (nothing changed on the copy waits to go
    back) its rows of them made as on ``source`` too, and the rows of the
    events' own parts that ``source`` no longer has removed. The rows
    written."""
    wanted = rows_of_events(source, event_ids)
    written = 0
    tables = [table for table in SQLModel.metadata.sorted_tables if table.name in wanted]
    for table in tables:
        keys = list(table.primary_key.columns)
        for row in wanted[table.name]:
            where = [column == row[column.name] for column in keys]
            have = target.execute(select(table).where(*where)).mappings().first()
            if have is None:
                target.execute(insert(table).values(row))
                written += 1
            elif overwrite and dict(have) != row:
                target.execute(table.update().where(*where).values(row))
                written += 1
    if overwrite:
        present = rows_of_events(target, event_ids)
        for table in reversed(tables):
            if "event_id" not in table.c and table.name not in ("agenda_speaker", "attendance_mark"):
                continue  # the events themselves, and people, stay: they may serve other events of the copy
            keys = list(table.primary_key.columns)
            kept = {tuple(row[column.name] for column in keys) for row in wanted[table.name]}
            for row in present[table.name]:
                key = tuple(row[column.name] for column in keys)
                if key not in kept:
                    target.execute(table.delete().where(*[c == v for c, v in zip(keys, key, strict=True)]))
                    written += 1
    return written
