"""Everything that is SQLite-only: pragmas, transaction start, file checks,
the backup API. The rest of Planner speaks portable SQLAlchemy, so a shared
PostgreSQL database can replace the file by swapping this module out.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, create_engine, event

SQLITE_HEADER = b"SQLite format 3\x00"
# PRAGMA application_id marks the file as Planner's ("PLNR").
APPLICATION_ID = 0x504C4E52
# Execution option that makes a connection's transaction BEGIN IMMEDIATE.
WRITE_OPTION = "planner_write"


def make_engine(path: Path, *, busy_timeout_ms: int) -> Engine:
    """An engine whose every connection has foreign keys on, WAL, a busy
    timeout, and whose write transactions take the write lock up front."""
    engine = create_engine(
        f"sqlite:///{path}",
        connect_args={"timeout": busy_timeout_ms / 1000, "check_same_thread": False},
    )

    @event.listens_for(engine, "connect")
    def _configure(dbapi_connection, _record):
        # Let SQLAlchemy's "begin" event below issue BEGIN, not pysqlite.
        dbapi_connection.isolation_level = None
        # SQLite's lower() folds only ASCII; PostgreSQL's folds every script.
        # Matching "Łódzki" with "łódzki" must work the same on both.
        dbapi_connection.create_function("lower", 1, _unicode_lower, deterministic=True)
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={int(busy_timeout_ms)}")
        cursor.execute("PRAGMA journal_mode=WAL")
        # FULL: a commit that was reported done survives a crash of the OS too.
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(connection):
        # A write transaction takes the write lock when it starts, so two
        # writers wait on the busy timeout instead of failing half-way
        # with "database is locked" on their first write.
        immediate = connection.get_execution_options().get(WRITE_OPTION, False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


def _unicode_lower(value):
    return value.lower() if isinstance(value, str) else value


@dataclass(frozen=True)
class FileFacts:
    """What a read-only look at an existing file found."""

    is_sqlite: bool
    tables: frozenset[str]
    application_id: int
    alembic_revision: str | None


def read_header(path: Path) -> bytes:
    with open(path, "rb") as handle:
        return handle.read(len(SQLITE_HEADER))


def inspect_file(path: Path) -> FileFacts:
    """Look at a file without changing it: no WAL switch, no journal, no
    schema change. Raises sqlite3.DatabaseError for a damaged file."""
    if read_header(path) != SQLITE_HEADER:
        return FileFacts(False, frozenset(), 0, None)
    # immutable: no -wal or -shm file is created beside the user's file. A
    # change still in another process's WAL is not seen; at worst that makes
    # the store re-check a migration that alembic then finds already done.
    uri = f"{path.resolve().as_uri()}?mode=ro&immutable=1"
    connection = sqlite3.connect(uri, uri=True)
    try:
        tables = frozenset(
            row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
        )
        application_id = connection.execute("PRAGMA application_id").fetchone()[0]
        revision = None
        if "alembic_version" in tables:
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = row[0] if row else None
    finally:
        connection.close()
    return FileFacts(True, tables, application_id, revision)


def mark_as_planner(engine: Engine) -> None:
    with engine.connect() as connection:
        connection.exec_driver_sql(f"PRAGMA application_id={APPLICATION_ID}")
        connection.commit()


def backup_to(engine: Engine, destination: Path) -> None:
    """Copy the live database with SQLite's online backup API: a consistent
    snapshot even while other connections read or write."""
    destination.parent.mkdir(parents=True, exist_ok=True)
    target = sqlite3.connect(destination)
    try:
        raw = engine.raw_connection()
        try:
            raw.driver_connection.backup(target)
        finally:
            raw.close()
        target.execute("PRAGMA journal_mode=DELETE")  # a single self-contained file
    finally:
        target.close()


def integrity_problems(engine: Engine) -> list[str]:
    """SQLite's own integrity and foreign-key checks, as sentences."""
    problems: list[str] = []
    with engine.connect() as connection:
        for (line,) in connection.exec_driver_sql("PRAGMA integrity_check"):
            if line != "ok":
                problems.append(f"integrity: {line}")
        for table, rowid, parent, _fk in connection.exec_driver_sql("PRAGMA foreign_key_check"):
            problems.append(f"{table} row {rowid} refers to a missing {parent}")
    return problems
