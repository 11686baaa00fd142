"""Everything that is SQLite-only: pragmas, transaction start, file checks,
the backup API. The rest of Planner speaks portable SQLAlchemy, so a shared
PostgreSQL database can replace the file by swapping this module out.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import time
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session

from planner.db.damaged_text import read_text
from planner.db.recognition import APPLICATION_ID, damage_found, read_only_uri

log = logging.getLogger(__name__)

# Execution option that makes a connection's transaction BEGIN IMMEDIATE.
WRITE_OPTION = "planner_write"


# Test hook, honoured by make_engine: the number of pages the database may
# not grow beyond, as if the disk were full (PRAGMA max_page_count). The
# fault tests set it for a `planner` subprocess; nothing else does.
MAX_PAGE_COUNT_VARIABLE = "PLANNER_MAX_PAGE_COUNT"


def make_engine(
    path: Path, *, busy_timeout_ms: int, read_only: bool = False, max_page_count: int | None = None
) -> Engine:
    """An engine whose every connection has foreign keys on, WAL, a busy
    timeout, and whose write transactions take the write lock up front.
    ``read_only``: SQLite itself refuses every write (``mode=ro``).
    ``max_page_count`` (or PLANNER_MAX_PAGE_COUNT) is for tests only: the
    file is "full" at that many pages."""
    if max_page_count is None and os.environ.get(MAX_PAGE_COUNT_VARIABLE):
        max_page_count = int(os.environ[MAX_PAGE_COUNT_VARIABLE])
    if read_only:
        uri = read_only_uri(path)
        engine = create_engine(
            f"sqlite:///{path}",  # the file URL picks the pool; the creator connects
            creator=lambda: sqlite3.connect(uri, uri=True, timeout=busy_timeout_ms / 1000, check_same_thread=False),
        )
    else:
        engine = create_engine(
            f"sqlite:///{path}",
            connect_args={"timeout": busy_timeout_ms / 1000, "check_same_thread": False},
        )

    @event.listens_for(engine, "connect")
    def _configure(dbapi_connection, _record):
        # Let SQLAlchemy's "begin" event below issue BEGIN, not pysqlite.
        dbapi_connection.isolation_level = None
        dbapi_connection.text_factory = read_text  # a damaged byte is read as U+FFFD, not an error
        # SQLite's lower() folds only ASCII; PostgreSQL's folds every script.
        # Matching "Łódzki" with "łódzki" must work the same on both.
        dbapi_connection.create_function("lower", 1, _unicode_lower, deterministic=True)
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={int(busy_timeout_ms)}")
        if not read_only:  # both would write to the file
            cursor.execute("PRAGMA journal_mode=WAL")
            # FULL: a commit that was reported done survives a crash of the OS too.
            cursor.execute("PRAGMA synchronous=FULL")
        if max_page_count is not None:
            cursor.execute(f"PRAGMA max_page_count={int(max_page_count)}")
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
        backup_engine_into(engine, target)
        target.execute("PRAGMA journal_mode=DELETE")  # a single self-contained file
    finally:
        target.close()


def backup_engine_into(engine: Engine, target: sqlite3.Connection) -> None:
    """``backup_to`` into an open connection (an in-memory one: an
    encrypted backup never has its content on disk unencrypted)."""
    raw = engine.raw_connection()
    try:
        source = raw.driver_connection  # the sqlite3 connection under SQLAlchemy's pool
        if source is None:  # only once the pool has let it go
            raise RuntimeError("the database connection is closed")
        source.backup(target)
    finally:
        raw.close()


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


def quick_check(engine: Engine) -> str | None:
    """SQLite's quick check of every page (not the slower index cross-check
    of ``integrity_check``): None when it finds nothing, else what it found.
    Damage in the middle of a file shows here, not when the file is opened."""
    try:
        with engine.connect() as connection:
            lines = [line for (line,) in connection.exec_driver_sql("PRAGMA quick_check(3)")]
    except OperationalError:  # the file cannot be opened or written (a read-only place): not damage
        raise
    except DBAPIError as error:  # so damaged the check itself cannot run
        return str(error.orig)
    return damage_found(lines)


# -- backups and restores of files no engine of ours holds open ---------------


def read_only_connection(path: Path) -> sqlite3.Connection:
    """A look into a file that cannot change it and creates no -wal or -shm
    beside it (immutable): for backups, which nobody writes to."""
    return sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro&immutable=1", uri=True)


def backup_file(source: Path, destination: Path, *, busy_timeout_ms: int = 5000) -> None:
    """Copy a database file with the backup API. A plain connection, not an
    immutable one, so that changes still in a -wal file beside it are copied
    too. Raises sqlite3.DatabaseError for a damaged file or one that is not
    a database."""
    target = sqlite3.connect(destination)
    try:
        backup_file_into(source, target, busy_timeout_ms=busy_timeout_ms)
        target.execute("PRAGMA journal_mode=DELETE")  # a single self-contained file
    finally:
        target.close()


def backup_file_into(source: Path, target: sqlite3.Connection, *, busy_timeout_ms: int = 5000) -> None:
    """``backup_file`` into an open connection."""
    connection = sqlite3.connect(source, timeout=busy_timeout_ms / 1000)
    try:
        connection.backup(target, progress=_give_up_after(busy_timeout_ms))
    finally:
        connection.close()


def restore_into(backup: Path, database: Path, *, busy_timeout_ms: int = 5000) -> None:
    """Replace what ``database`` holds with the content of ``backup``
    through the backup API: in one transaction on the database, under its
    locks, keeping its journal mode (a WAL database stays one), so a reader
    sees the old database or the new one, never a mix. ``backup`` is only
    read (``mode=ro``; any -wal file beside it is read too)."""
    source = sqlite3.connect(read_only_uri(backup), uri=True)
    try:
        target = sqlite3.connect(database, timeout=busy_timeout_ms / 1000)
        try:
            source.backup(target, progress=_give_up_after(busy_timeout_ms))
        finally:
            target.close()
    finally:
        source.close()


def _give_up_after(busy_timeout_ms: int):
    """A progress callback for Connection.backup: Python retries a locked
    step forever; this ends it with "database is locked" once the busy
    timeout has passed."""
    deadline = time.monotonic() + busy_timeout_ms / 1000

    def progress(status: int, _remaining: int, _total: int) -> None:
        if status in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED) and time.monotonic() > deadline:
            raise sqlite3.OperationalError("database is locked")

    return progress


def file_problems(path: Path) -> list[str]:
    """SQLite's quick check of a file nobody writes to, such as a backup
    ([] when it is sound). Raises sqlite3.DatabaseError when it cannot even
    be read."""
    connection = read_only_connection(path)
    try:
        return [line for (line,) in connection.execute("PRAGMA quick_check") if line != "ok"]
    finally:
        connection.close()


def holds_rows(path: Path) -> bool:
    """Whether any table of a file (besides alembic's) has a row."""
    connection = read_only_connection(path)
    try:
        return connection_holds_rows(connection)
    finally:
        connection.close()


def connection_holds_rows(connection: sqlite3.Connection) -> bool:
    """``holds_rows`` of an open connection."""
    tables = [
        name
        for (name,) in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
        if name != "alembic_version" and not name.startswith("sqlite_")
    ]
    return any(connection.execute(f'SELECT 1 FROM "{table}" LIMIT 1').fetchone() for table in tables)


# -- leaving no trace of what was removed ------------------------------------------


def leave_no_trace(session: Session) -> None:
    """Make the unit of work of ``session`` leave nothing of what it removes
    in the database's files: SQLite overwrites what it frees with zeros
    (secure_delete), and once the work is committed the file is rebuilt
    (VACUUM: no free page, no slack in a page keeps old bytes) and the WAL
    is written into it and emptied (a TRUNCATE checkpoint), so neither the
    file nor its -wal, nor a backup copied from them later, holds the words."""
    engine = session.get_bind()
    if engine.dialect.name != "sqlite":
        return  # a shared server's files are its administrator's to keep
    session.connection().exec_driver_sql("PRAGMA secure_delete=ON")
    if not event.contains(session, "after_commit", _wipe_after_commit):
        event.listen(session, "after_commit", _wipe_after_commit, once=True)
    session.info[_WIPED_ENGINE] = engine


_WIPED_ENGINE = "planner_wipe_engine"


def _wipe_after_commit(session: Session) -> None:
    engine = session.info.pop(_WIPED_ENGINE, None)
    if not isinstance(engine, Engine):
        return
    try:
        wipe_free_space(engine)
    except sqlite3.Error as error:  # the removal itself is committed; only the rebuild failed (a full disk)
        log.warning("the database file could not be rebuilt after a removal: %s", error)


def wipe_free_space(engine: Engine) -> bool:
    """Rebuild the database file and empty its WAL; False (logged) when
    another program reading it kept the WAL from being emptied."""
    raw = engine.raw_connection()
    try:
        connection = raw.driver_connection
        if connection is None:  # only once the pool has let it go
            raise RuntimeError("the database connection is closed")
        connection.execute("PRAGMA secure_delete=ON")
        connection.execute("VACUUM")
        busy, _frames, _moved = connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    finally:
        raw.close()
    if busy:
        log.warning("another program reads the database: its WAL could not be emptied yet")
    return not busy
