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
        _sequences_past_copied_keys(writing)
    return Copied(total, len(tables))


def _sequences_past_copied_keys(connection: Connection) -> None:
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
