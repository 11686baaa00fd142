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

from sqlalchemy import Engine, create_engine, inspect, text
from sqlalchemy.engine import make_url
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

SCHEMES = ("postgresql://", "postgresql+psycopg://", "postgres://")
# pg_advisory_xact_lock key: "PLNR", as the files' application id.
_MIGRATION_LOCK = 0x504C4E52


def is_shared(location: str | Path) -> bool:
    """Whether ``location`` names a database on a server rather than a file."""
    return isinstance(location, str) and location.startswith(SCHEMES)


def engine_url(location: str) -> str:
    """The URL SQLAlchemy connects with: psycopg 3 for every spelling."""
    rest = location.partition("://")[2]
    return f"postgresql+psycopg://{rest}"


def shown(location: str) -> str:
    """The location as a user may see it: never its password."""
    return make_url(engine_url(location)).set(drivername="postgresql").render_as_string(hide_password=True)


class SharedStore(Reading):
    """One open shared database; the interface of ``Store`` for sessions."""

    read_only = False
    read_only_reason: str | None = None
    path = None  # no file

    def __init__(self, location: str, engine: Engine):
        self.location = location
        self.engine = engine

    @classmethod
    def open(cls, location: str, *, migrations_dir: Path = MIGRATIONS_DIR, password: str | None = None) -> SharedStore:
        url = make_url(engine_url(location))
        if password is not None:
            url = url.set(password=password)
        engine = create_engine(url, pool_pre_ping=True)
        store = cls(location, engine)
        try:
            store._bring_up_to_date(migrations_dir)
        except DBAPIError as error:
            engine.dispose()
            raise StoreError(
                say("{place}: cannot be opened ({error})", place=shown(location), error=error.orig)
            ) from error
        except BaseException:
            engine.dispose()
            raise
        return store

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


def _revision(connection: Any) -> str | None:
    if "alembic_version" not in inspect(connection).get_table_names():
        return None
    return connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
