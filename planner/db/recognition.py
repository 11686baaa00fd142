"""What a file is, told before anything opens it for real: an SQLite
file at all, Planner's (by its application id and the tables of its
schema) or another program's, and of which schema revision. Read with
sqlite3 alone, so that the window can look at its database before the
rest of the database code is loaded; nothing here writes."""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from planner.errors import StoreError
from planner.language import say, say_n

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

SQLITE_HEADER = b"SQLite format 3\x00"
# PRAGMA application_id marks the file as Planner's ("PLNR").
APPLICATION_ID = 0x504C4E52

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
# The schema this version of Planner writes: its newest migration. Known here
# so that opening an up-to-date file does not load Alembic (a test checks it
# against the migrations).
HEAD_REVISION = "0019"


def migration_config(migrations_dir: Path) -> Config:
    from alembic.config import Config  # Alembic is loaded only to upgrade or to judge an unknown schema

    alembic_config = Config()
    alembic_config.set_main_option("script_location", str(migrations_dir))
    return alembic_config


def _scripts(migrations_dir: Path) -> ScriptDirectory:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(migration_config(migrations_dir))


def revision_known(revision: str, migrations_dir: Path = MIGRATIONS_DIR) -> bool:
    """Whether this Planner has the migration ``revision`` (a newer
    Planner's is unknown); the current one is known without Alembic."""
    if migrations_dir == MIGRATIONS_DIR and revision == HEAD_REVISION:
        return True
    try:
        _scripts(migrations_dir).get_revision(revision)
    except Exception:  # noqa: BLE001 - alembic raises several kinds for an unknown id
        return False
    return True


def head_revision(migrations_dir: Path) -> str:
    if migrations_dir == MIGRATIONS_DIR:
        return HEAD_REVISION
    head = _scripts(migrations_dir).get_current_head()
    if head is None:
        raise StoreError(f"{migrations_dir}: holds no migrations")
    return head


# The tables of each of Planner's schemas besides alembic_version (a test
# checks them against the migrations). With the application id in the header
# they tell a Planner database from another program's file that happens to
# hold an alembic_version too: a new migration adds its revision here.
_TABLES_0001 = frozenset(
    {
        "organisation",
        "event",
        "person",
        "agenda_item",
        "agenda_speaker",
        "cost",
        "event_link",
        "minutes_item",
        "participation",
        "stay",
        "travel_leg",
    }
)
_TABLES_0003 = _TABLES_0001 | {"calendar_identity", "calendar_item_state"}
_TABLES_0004 = _TABLES_0003 | {"invitation_sent"}
_TABLES_0007 = _TABLES_0004 | {"mail_settings"}
_TABLES_0008 = _TABLES_0007 | {"calendar_origin"}
_TABLES_0009 = _TABLES_0008 | {"message_template", "message_sent"}
_TABLES_0014 = _TABLES_0009 | {"reply_mailbox", "programme", "attendance_mark", "budget_line", "allowance_rate"}
PLANNER_TABLES = {
    "0001": _TABLES_0001,
    "0002": _TABLES_0001,
    "0003": _TABLES_0003,
    "0004": _TABLES_0004,
    "0005": _TABLES_0004,
    "0006": _TABLES_0004,
    "0007": _TABLES_0007,
    "0008": _TABLES_0008,
    "0009": _TABLES_0009,
    "0010": _TABLES_0009 | {"reply_mailbox"},
    "0011": _TABLES_0009 | {"reply_mailbox"},
    "0012": _TABLES_0009 | {"reply_mailbox", "programme", "attendance_mark"},
    "0013": _TABLES_0009 | {"reply_mailbox", "programme", "attendance_mark"},
    "0014": _TABLES_0014,
    "0015": _TABLES_0014 | {"consent", "data_policy", "purge", "disclosure"},
    "0016": _TABLES_0014 | {"consent", "data_policy", "purge", "disclosure", "calendar_publication"},
    "0017": _TABLES_0014 | {"consent", "data_policy", "purge", "disclosure", "calendar_publication", "change_log"},
    "0018": _TABLES_0014
    | {"consent", "data_policy", "purge", "disclosure", "calendar_publication", "change_log"}
    | {"copy_origin", "event_checkout"},
    "0019": _TABLES_0014
    | {"consent", "data_policy", "purge", "disclosure", "calendar_publication", "change_log"}
    | {"copy_origin", "event_checkout", "personal_publication"},
}


class ForeignFile(StoreError):
    """An SQLite database of another program, or one Planner did not make."""


def read_only_uri(path: Path) -> str:
    """``mode=ro``: reads see what another Planner writes (through its WAL),
    writes are refused. In a folder nobody can write (a read-only share or
    medium) SQLite could not make the -wal/-shm files a WAL database needs to
    be read; there, with no -wal file left to read, ``immutable=1`` reads the
    file as it is, without them."""
    path = Path(path).resolve()
    uri = f"{path.as_uri()}?mode=ro"
    wal = path.with_name(path.name + "-wal")
    if not os.access(path.parent, os.W_OK) and not wal.exists():
        uri += "&immutable=1"
    return uri


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
    schema change, nothing run but reads. Raises sqlite3.DatabaseError for a
    damaged file."""
    if read_header(path) != SQLITE_HEADER:
        return FileFacts(False, frozenset(), 0, None)
    connection = _looking_connection(path)
    try:
        tables = frozenset(row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'"))
        application_id = connection.execute("PRAGMA application_id").fetchone()[0]
        revision = None
        if "alembic_version" in tables:
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = row[0] if row else None
    finally:
        connection.close()
    return FileFacts(True, tables, application_id, revision)


def _looking_connection(path: Path) -> sqlite3.Connection:
    """A connection that cannot write. The file alone (immutable: no -wal or
    -shm file is made beside the user's file) unless a -wal file is there
    already: then through it (``mode=ro``), so that a schema another Planner
    has just written, still in its WAL, is seen."""
    immutable = f"{path.resolve().as_uri()}?mode=ro&immutable=1"
    if not path.with_name(path.name + "-wal").exists():
        return sqlite3.connect(immutable, uri=True)
    try:
        connection = sqlite3.connect(read_only_uri(path), uri=True)
        connection.execute("SELECT 1 FROM sqlite_master LIMIT 1")
    except sqlite3.OperationalError:  # no -shm and none can be made (a read-only folder)
        return sqlite3.connect(immutable, uri=True)
    return connection


def damage_found(lines: list[str]) -> str | None:
    """What the lines of ``PRAGMA quick_check`` say: None for none."""
    if lines == ["ok"]:
        return None
    return "; ".join(" ".join(line.replace("*** in database main ***", "").split()) for line in lines)


def look_at(path: Path) -> FileFacts:
    """What an existing file is, read without changing it (StoreError when
    it cannot even be read)."""
    if path.is_dir():
        raise StoreError(say("{path}: is a folder, not a database file", path=path))
    try:
        if path.stat().st_size == 0:
            raise StoreError(say("{path}: is an empty file (0 bytes), not a Planner database", path=path))
        return inspect_file(path)
    except PermissionError as error:
        raise StoreError(say("{path}: cannot be read ({error})", path=path, error=error.strerror)) from error
    except sqlite3.DatabaseError as error:
        raise StoreError(say("{path}: is damaged or not a database ({error})", path=path, error=error)) from error


def recognise(path: Path, facts: FileFacts, migrations_dir: Path = MIGRATIONS_DIR) -> str | None:
    """The schema revision of a Planner database, or None for an SQLite
    file with nothing in it yet (to be set up). Anything else is refused
    (StoreError). A Planner database has Planner's application id in its
    header, or none (made before there was one), and exactly the tables of
    its schema (with the id, more are tolerated; fewer mean damage)."""
    if not facts.is_sqlite:
        raise StoreError(say("{path}: is not a Planner database (not an SQLite file)", path=path))
    ours = facts.application_id == APPLICATION_ID
    if facts.application_id not in (0, APPLICATION_ID):
        raise ForeignFile(say("{path}: is an SQLite database of another program, not of Planner", path=path))
    not_ours = ForeignFile(say("{path}: is an SQLite database, but not one of Planner's", path=path))
    tables = {name for name in facts.tables if not name.startswith("sqlite_")} - {"alembic_version"}
    revision = facts.alembic_revision
    if revision is None:
        if tables:
            raise not_ours
        return None  # an empty database: set it up as new
    expected = PLANNER_TABLES.get(revision)
    if expected is None:
        if not revision_known(revision, migrations_dir):
            if ours:
                raise _newer(path, revision)
            raise not_ours
        # A revision of a migrations folder other than Planner's own (tests):
        # it builds on this Planner's newest schema.
        expected = PLANNER_TABLES[HEAD_REVISION]
        fits = expected <= tables
    else:
        fits = tables == expected or (ours and expected <= tables)
    if not fits:
        missing = sorted(expected - tables)
        if ours and missing:
            raise StoreError(
                say_n(
                    "{path}: is damaged (its table {tables} missing)",
                    "{path}: is damaged (its tables {tables} missing)",
                    len(missing),
                    path=path,
                    tables=", ".join(missing),
                )
            )
        raise not_ours
    return revision


def _newer(path: Path, revision: str) -> StoreError:
    return StoreError(
        say(
            "{path}: was made by a newer version of Planner (schema {revision}); update Planner to open it",
            path=path,
            revision=revision,
        )
    )


def check_revision_known(path: Path, revision: str, migrations_dir: Path) -> None:
    if not revision_known(revision, migrations_dir):
        raise _newer(path, revision)
