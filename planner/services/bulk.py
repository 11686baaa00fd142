"""Writing many rows of one table at once: an import of thousands of
participants, a status set for a whole list.

Going through the session, each row is an object, a flush and a few
statements; here the rows, already checked by the caller, are written
through SQLAlchemy Core in one statement for each kind of change (an
INSERT of thousands goes as one statement of many rows per thousand). What was
written is told to the undo record (``history.written``) as written, not
read back row by row, and rows the session already holds are let go of or
read again, so that it never shows them as they were.
"""

from __future__ import annotations

import gc
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from operator import itemgetter
from typing import Any, cast

from sqlalchemy import JSON, Connection, Table, bindparam, delete, insert, inspect, update
from sqlalchemy.orm.exc import StaleDataError
from sqlmodel import Session, SQLModel

from planner.services import history

Row = dict[str, Any]

# Where a session keeps the callback told how many rows were added
# (``Session.info``): the progress of a long import, which may stop it.
_ROWS_ADDED = "planner.bulk.rows_added"
# Rows an INSERT adds at most (as SQLAlchemy's insert of many rows does).
_PAGE = 1000


def follow_rows_added(session: Session, report: Callable[[int], None] | None) -> None:
    """Have ``report(count)`` called as rows are checked or added in bulk
    (None: no longer)."""
    if report is None:
        session.info.pop(_ROWS_ADDED, None)
    else:
        session.info[_ROWS_ADDED] = report


def rows_added(session: Session, count: int = 1) -> None:
    """Tell whoever follows the work that ``count`` more rows are done (a
    step of its progress, and a place where it may be stopped)."""
    report = session.info.get(_ROWS_ADDED)
    if report is not None:
        report(count)


@contextmanager
def collector_paused() -> Iterator[None]:
    """Python's cycle collector held off while thousands of rows are read,
    checked and written. An import makes hundreds of thousands of small
    dictionaries and tuples that reference counting frees, none of them in a
    cycle; the collector would go over them again and again (a third of an
    import's time) and find nothing. It runs again once the work is done,
    done or refused, and then finds whatever cycles it held off."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def table_of(model: type[SQLModel]) -> Table:
    table: Table = model.__table__  # type: ignore[attr-defined]  # every table model has one
    return table


def _defaults(model: type[SQLModel]) -> list[tuple[str, Any, Callable[[], Any] | None]]:
    """(column, default, factory) for every column but the key the database
    gives."""
    table = table_of(model)
    found = []
    for column in table.columns:
        if column is table.autoincrement_column:
            continue
        field = model.model_fields.get(column.name)
        factory = field.default_factory if field is not None else None
        default = field.default if field is not None and factory is None else None
        # The models' factories take no arguments (list, for a JSON column).
        found.append((column.name, default, cast("Callable[[], Any] | None", factory)))
    return found


def insert_rows(session: Session, model: type[SQLModel], rows: Sequence[Row]) -> list[Row]:
    """Add ``rows`` (fields of ``model``, checked; the model's defaults for
    those left out) in one statement; each row as stored, key included, in
    the order given. Recorded for undo."""
    if not rows:
        return []
    session.flush()  # what the session holds goes first, in order
    table = table_of(model)
    defaults = _defaults(model)
    full = [
        {name: row[name] if name in row else (factory() if factory else default) for name, default, factory in defaults}
        for row in rows
    ]
    connection = session.connection()
    if not connection.dialect.insert_executemany_returning:
        # An SQLite older than 3.35 gives nothing back from an INSERT: the
        # rows go one at a time and are read back together.
        keys = [tuple(connection.execute(insert(table), row).inserted_primary_key or ()) for row in full]
        stored_back = history.stored_rows(connection, table, keys)
        written = [stored_back[key] for key in keys]
    else:
        # The database may return the rows in any order: each is found again
        # by its values (rows alike in every value are alike in all but their key).
        names = [name for name, _default, _factory in defaults]
        key = _values_of(table, names)
        stored: dict[Any, list[Row]] = {}
        for row in _inserted(connection, table, names, full):
            stored.setdefault(key(row), []).append(row)
        written = [stored[key(row)].pop() for row in full]
    history.written(session, table, [None] * len(written), list(written))
    return written


def _inserted(connection: Connection, table: Table, names: list[str], rows: list[Row]) -> list[Row]:
    """Insert ``rows`` (every one of ``names``) with a statement of many rows
    per _PAGE and give each back as stored (every column), its values
    converted to and from the database as SQLAlchemy converts them. Its own
    statement, not SQLAlchemy's insert of many rows, which goes through
    every value of every row several times more."""
    dialect = connection.dialect
    columns = list(table.columns)
    keys = [column.name for column in columns]
    if dialect.name != "sqlite":
        # PostgreSQL: SQLAlchemy's insert of many rows, which its driver pipelines.
        returning = insert(table).returning(*columns, sort_by_parameter_order=True)
        return [dict(zip(keys, found, strict=True)) for found in connection.execute(returning, rows)]
    quote = dialect.identifier_preparer.quote
    to_database = [
        (index, convert)
        for index, name in enumerate(names)
        if (convert := table.columns[name].type.dialect_impl(dialect).bind_processor(dialect)) is not None
    ]
    from_database = [
        (index, convert)
        for index, column in enumerate(columns)
        if (convert := column.type.dialect_impl(dialect).result_processor(dialect, None)) is not None
    ]
    one_row = f"({', '.join('?' * len(names))})"
    head = f"INSERT INTO {quote(table.name)} ({', '.join(map(quote, names))}) VALUES "
    tail = f" RETURNING {', '.join(quote(column.name) for column in columns)}"
    driver = connection.connection.driver_connection
    assert isinstance(driver, sqlite3.Connection)
    page = max(1, min(_PAGE, driver.getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER) // len(names)))
    stored: list[Row] = []
    for start in range(0, len(rows), page):
        chunk = rows[start : start + page]
        parameters: list[Any] = []
        for row in chunk:
            values = [row[name] for name in names]
            for index, convert in to_database:
                values[index] = convert(values[index])
            parameters += values
        result = connection.exec_driver_sql(head + ", ".join([one_row] * len(chunk)) + tail, tuple(parameters))
        for found in result.all():
            values = list(found)
            for index, convert in from_database:
                values[index] = convert(values[index])
            stored.append(dict(zip(keys, values, strict=True)))
    return stored


def _values_of(table: Table, names: list[str]) -> Callable[[Row], Any]:
    """What tells a row from another but its key, as a dictionary key."""
    lists = {name for name in names if isinstance(table.columns[name].type, JSON)}
    if lists:  # a list is no dictionary key; its text is
        return lambda row: tuple(repr(row[name]) if name in lists else row[name] for name in names)
    return itemgetter(*names) if len(names) > 1 else lambda row: (row[names[0]],)


def update_rows(session: Session, model: type[SQLModel], before: Sequence[Row], changes: Sequence[Row]) -> None:
    """Change rows of ``model`` from ``before`` (each as stored, every
    column) by ``changes`` (for each row, the checked values of the columns
    to set): one statement for each set of columns. Recorded for undo."""
    pairs = [(row, change) for row, change in zip(before, changes, strict=True) if change]
    before, each = [row for row, _change in pairs], [change for _row, change in pairs]
    if not before:
        return
    session.flush()
    table = table_of(model)
    [key_column] = table.primary_key.columns
    groups: dict[tuple[str, ...], list[Row]] = {}
    read: dict[tuple[str, ...], list[Row]] = {}  # each group's rows as read
    after = []
    versioned = "version" in table.columns
    for row, change in zip(before, each, strict=True):
        bumped = {"version": row["version"] + 1} if versioned else {}
        after.append(row | change | bumped)
        read.setdefault(tuple(sorted(change)), []).append(row)
        groups.setdefault(tuple(sorted(change)), []).append(
            {"k": row[key_column.name]}
            | {f"v_{n}": v for n, v in change.items()}
            | ({"seen_version": row["version"]} if versioned else {})
        )
    for names, parameters in groups.items():
        statement = (
            update(table).where(key_column == bindparam("k")).values({name: bindparam(f"v_{name}") for name in names})
        )
        if versioned:
            # Over the version read, counted up: a row someone else saved
            # since is left unmatched, and the whole change refused.
            statement = statement.where(table.c.version == bindparam("seen_version")).values(
                version=table.c.version + 1
            )
        connection = session.connection()
        _check_matched(connection, table, connection.execute(statement, parameters), read[names], versioned)
    history.written(session, table, list(before), list(after))
    _let_go(session, model, [row[key_column.name] for row in before], expire=True)


def delete_rows(session: Session, model: type[SQLModel], before: Sequence[Row]) -> None:
    """Delete rows of ``model`` (each as stored, every column) in one
    statement; what the database deletes or clears along with them is
    recorded for undo too."""
    if not before:
        return
    session.flush()
    table = table_of(model)
    [key_column] = table.primary_key.columns
    connection = session.connection()
    following = list(history.rows_that_follow(connection, table, before)) if history.watched(session) else []
    statement = delete(table).where(key_column == bindparam("k"))
    versioned = "version" in table.columns
    if versioned:
        statement = statement.where(table.c.version == bindparam("seen_version"))
    result = connection.execute(
        statement,
        [{"k": row[key_column.name]} | ({"seen_version": row["version"]} if versioned else {}) for row in before],
    )
    _check_matched(connection, table, result, before, versioned)
    history.written(session, table, list(before), [None] * len(before))
    for dependent, child in following:
        history.touched(session, dependent.child, [child])  # deleted or cleared: read at the end
    _let_go(session, model, [row[key_column.name] for row in before], expire=False)
    if history.following_tables(table.name):
        history.forget_followers(session, table.name)


def _check_matched(connection: Connection, table: Table, result: Any, before: Sequence[Row], versioned: bool) -> None:
    """A versioned write that matched fewer rows than it read: someone
    else saved some of them in between (refused, as the ORM refuses,
    naming the first such row)."""
    if not versioned or not connection.dialect.supports_sane_multi_rowcount or result.rowcount == len(before):
        return
    [key_column] = table.primary_key.columns
    now = history.stored_rows(connection, table, [(row[key_column.name],) for row in before])
    changed = next(
        (
            row[key_column.name]
            for row in before
            if (now.get((row[key_column.name],)) or {}).get("version") != row["version"]
        ),
        None,
    )
    raise StaleDataError(f"UPDATE statement on table '{table.name}' matched fewer rows than read (row {changed})")


def _let_go(session: Session, model: type[SQLModel], keys: list[Any], *, expire: bool) -> None:
    """Rows of ``model`` the session holds that were written without it:
    read again when next used (``expire``), or forgotten (deleted)."""
    mapper = inspect(model)
    for key in keys:
        row = session.identity_map.get(mapper.identity_key_from_primary_key([key]))
        if row is None:
            continue
        if expire:
            session.expire(row)
        else:
            session.expunge(row)
