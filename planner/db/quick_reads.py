"""Reading thousands of rows at once (the long lists of the window): texts
decoded by sqlite3's own UTF-8 decoder, several times quicker than the
forgiving text factory every connection has (``damaged_text.read_text``),
which a list of 20,000 people calls 100,000 times. A damaged text is
still read as everywhere else: the read is made again the forgiving way."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, cast

from sqlalchemy import Connection, text
from sqlalchemy.exc import OperationalError
from sqlalchemy.sql import Executable
from sqlmodel import Session

from planner.db.first_look import Rows

# What sqlite3 says of a text that is not UTF-8.
_NOT_UTF8 = "Could not decode to UTF-8"


def all_rows(connection: Connection, statement: Executable) -> Sequence[tuple[Any, ...]]:
    """Every row ``statement`` reads (as tuples: SQLAlchemy's rows are), in
    one fetch."""
    return cast("Sequence[tuple[Any, ...]]", _fetched(connection, statement))


def _fetched(connection: Connection, statement: Executable) -> Sequence[Any]:
    raw = connection.connection.driver_connection
    forgiving = getattr(raw, "text_factory", None)
    if forgiving is None or forgiving is str:
        return connection.execute(statement).fetchall()
    raw.text_factory = str  # type: ignore[union-attr]
    try:
        return connection.execute(statement).fetchall()
    except OperationalError as error:
        if _NOT_UTF8 not in str(error.orig):
            raise
    finally:
        raw.text_factory = forgiving  # type: ignore[union-attr]
    return connection.execute(statement).fetchall()


def session_rows(session: Session) -> Rows:
    """Plain SQL reads (first_look.Rows) through a session's connection."""

    def rows(sql: str, parameters: Mapping[str, Any] | None = None) -> Sequence[tuple[Any, ...]]:
        return cast("Sequence[tuple[Any, ...]]", session.execute(text(sql), dict(parameters or {})).all())

    return rows
