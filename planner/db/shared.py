"""A Planner database shared by a partnership on a PostgreSQL server
(``postgresql://user@host/dbname``), through the same models and the same
migrations as a database file.

What a file needs and a server does not stays in ``store`` and ``sqlite``:
the lock file, WAL, the page check, the backup API. Here the server keeps
concurrent writers apart, and a migration is run by one Planner at a time
(a transaction-scoped advisory lock) while the others wait.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import DBAPIError
from sqlmodel import Session

from planner.db.recognition import (
    MIGRATIONS_DIR,
    PLANNER_TABLES,
    check_revision_known,
    head_revision,
    migration_config,
)
from planner.db.sessions import Reading
from planner.errors import StoreError
from planner.language import say
from planner.output_paths import Protected
from planner.shared_location import SCHEMES, SharedPlace, is_shared

__all__ = ["SCHEMES", "ServerRefused", "SharedStore", "is_shared", "shown"]

# Seconds to wait for a server that does not answer, rather than libpq's forever.
CONNECT_TIMEOUT = 15
# PostgreSQL's "insufficient privilege".
_NOT_ALLOWED = "42501"
# pg_advisory_xact_lock key: "PLNR", as the files' application id.
_MIGRATION_LOCK = 0x504C4E52


def engine_url(location: str) -> str:
    """The URL SQLAlchemy connects with: psycopg 3 for every spelling."""
    rest = location.partition("://")[2]
    return f"postgresql+psycopg://{rest}"


def shown(location: str) -> str:
    """The location as a user may see it: never its password."""
    return make_url(engine_url(location)).set(drivername="postgresql").render_as_string(hide_password=True)


class ServerRefused(StoreError):
    """The server could not be reached, or would not let the user in:
    ``wants_password`` when a (right) password would open it."""

    def __init__(self, message: str, *, wants_password: bool, reason: str):
        super().__init__(message)
        self.wants_password = wants_password
        self.reason = reason  # the server's (or libpq's) own words


# What libpq says when the password is missing or wrong (its messages are
# English whatever the locale of the client).
_PASSWORD_REFUSALS = ("password authentication failed", "no password supplied", "authentication failed")


class SharedStore(Reading):
    """One open shared database; the interface of ``Store`` for sessions."""

    read_only = False
    read_only_reason: str | None = None
    path = None  # no file
    is_shared = True
    # Its server keeps its backups: Planner makes none.
    keeps_backups = False

    def __init__(self, location: str, engine: Engine):
        self.location = location
        self.engine = engine

    @property
    def shown_location(self) -> str:
        """Where the database is, as the user may see it (never the password)."""
        return shown(self.location)

    @property
    def name(self) -> str:
        """Its short name: ``db.example.org/partnership``."""
        return SharedPlace.of(shown(self.location)).name

    @classmethod
    def open(cls, location: str, *, migrations_dir: Path = MIGRATIONS_DIR, password: str | None = None) -> SharedStore:
        url = _engine_url(location, password)
        # The store remembers where it is without the password (one given in the URL still opens it).
        given = make_url(engine_url(location))
        remembered = given._replace(drivername="postgresql", password=None).render_as_string(hide_password=False)
        engine = create_engine(url, pool_pre_ping=True)
        event.listen(engine, "connect", _act_as_the_owner)
        store = cls(remembered, engine)
        try:
            store._bring_up_to_date(migrations_dir)
        except DBAPIError as error:
            engine.dispose()
            raise _refusal(location, error) from error
        except BaseException:
            engine.dispose()
            raise
        return store

    @staticmethod
    def try_connecting(location: str, *, password: str | None = None) -> None:
        """Log in to the server and leave again, changing nothing (the
        window's "Test connection"); ServerRefused when that fails."""
        engine = create_engine(_engine_url(location, password))
        try:
            with engine.connect() as connection:
                connection.exec_driver_sql("SELECT 1")
        except DBAPIError as error:
            raise _refusal(location, error) from error
        finally:
            engine.dispose()

    def _bring_up_to_date(self, migrations_dir: Path) -> None:
        head = head_revision(migrations_dir)
        if self.schema_revision() == head:
            return
        from alembic import command

        with self.engine.begin() as connection:
            connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _MIGRATION_LOCK})
            revision = _revision(connection)  # another Planner may have migrated while this one waited
            if revision == head:
                return
            tables = set(inspect(connection).get_table_names()) - {"alembic_version"}
            if revision is None and tables:
                raise StoreError(
                    say(
                        "{place}: holds tables of another program; Planner uses an empty database",
                        place=shown(self.location),
                    )
                )
            if revision is not None:
                check_revision_known(Path(shown(self.location)), revision, migrations_dir)
                expected = PLANNER_TABLES.get(revision)
                if expected is not None and not expected <= tables:
                    raise StoreError(say("{place}: is not a Planner database", place=shown(self.location)))
            alembic_config = migration_config(migrations_dir)
            alembic_config.attributes["connection"] = connection
            command.upgrade(alembic_config, "head")

    def schema_revision(self) -> str | None:
        with self.engine.connect() as connection:
            return _revision(connection)

    @contextmanager
    def write(self) -> Iterator[Session]:
        with Session(self.engine, expire_on_commit=False) as session:
            try:
                yield session
                session.commit()
            except DBAPIError as error:
                session.rollback()
                if getattr(error.orig, "sqlstate", None) == _NOT_ALLOWED:
                    # A role that may read the partnership's database but not change it.
                    raise StoreError(
                        say(
                            "{place}: your role may read this shared database but not change it; nothing was changed",
                            place=self.shown_location,
                        )
                    ) from error
                raise
            except BaseException:
                session.rollback()
                raise

    def protected(self) -> Protected:
        """No file of the database to protect; the backup folder still is."""
        return Protected.of_database(None)

    def integrity_problems(self) -> list[str]:
        return []  # the server checks its own pages

    def close(self) -> None:
        self.engine.dispose()


def _engine_url(location: str, password: str | None) -> URL:
    url = make_url(engine_url(location))
    if password is not None:
        url = url.set(password=password)
    if "connect_timeout" not in url.query:
        url = url.update_query_dict({"connect_timeout": str(CONNECT_TIMEOUT)})
    return url


def _refusal(location: str, error: DBAPIError) -> StoreError:
    """What the user is told when the server says no: ServerRefused when it
    was not reached or did not let the user in."""
    refusal = str(error.orig).strip()
    said = say("{place}: cannot be opened ({error})", place=shown(location), error=refusal)
    if getattr(error.orig, "sqlstate", None) is None or refusal.startswith("connection"):
        wants_password = any(words in refusal for words in _PASSWORD_REFUSALS)
        return ServerRefused(said, wants_password=wants_password, reason=refusal)
    return StoreError(said)


def _act_as_the_owner(dbapi_connection: Any, _record: Any) -> None:
    """Each organiser logs in as themselves; where they are a member of the
    role that owns the database, Planner works as that role, so the tables
    (made by whoever opened the database first) belong to the partnership,
    not to one organiser. ``session_user`` still names who logged in."""
    from psycopg import sql

    with dbapi_connection.cursor() as cursor:
        cursor.execute(
            "SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = current_database() "
            "AND pg_get_userbyid(datdba) <> current_user AND pg_has_role(current_user, datdba, 'MEMBER')"
        )
        found = cursor.fetchone()
        if found is not None:
            cursor.execute(sql.SQL("SET ROLE {}").format(sql.Identifier(found[0])))
    dbapi_connection.commit()


def _revision(connection: Any) -> str | None:
    if "alembic_version" not in inspect(connection).get_table_names():
        return None
    return connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
