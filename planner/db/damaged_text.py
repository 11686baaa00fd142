"""Text in the database that is not UTF-8: a flipped bit on the disk, a
file edited by another program. SQLite stores it as it was given; reading
it shows U+FFFD in its place (``read_text``), and ``damaged_text`` names
every such value for ``planner check``."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy import Engine

# What every connection turns a TEXT value into: a damaged byte becomes
# U+FFFD, as everywhere else text cannot be decoded, rather than stopping
# every read of the table (sqlite3's own text factory raises).
read_text = partial(str, encoding="utf-8", errors="replace")


def _is_utf8(value: bytes | None) -> bool:
    if value is None:
        return True
    try:
        value.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def damaged_text(engine: Engine) -> list[str]:
    """Every text value that is not UTF-8, as "table row N: column is not
    UTF-8 text"."""
    problems: list[str] = []
    with engine.connect() as connection:
        raw = connection.connection.driver_connection
        assert raw is not None
        raw.create_function("planner_is_utf8", 1, _is_utf8, deterministic=True)
        tables = [
            name
            for (name,) in raw.execute(
                "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
            )
        ]
        for table in tables:
            columns = [row[1] for row in raw.execute(f"PRAGMA table_info({_quoted(table)})")]
            for column in columns:
                found = raw.execute(
                    f"SELECT rowid FROM {_quoted(table)} WHERE typeof({_quoted(column)}) = 'text' "
                    f"AND NOT planner_is_utf8(CAST({_quoted(column)} AS BLOB)) ORDER BY rowid"
                )
                problems += [
                    f"{table} row {rowid}: {column} is not UTF-8 text (a damaged byte, shown as \ufffd); type it again"
                    for (rowid,) in found
                ]
    return problems
