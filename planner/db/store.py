"""Opening a Planner database: checks, migrations, sessions.

``Store.open(path)`` refuses a file that is not Planner's or is from a newer
Planner before anything touches it, brings an older one up to date (after a
backup copy when it holds data), and hands out sessions: ``read()`` for
looking, ``write()`` for a unit of work that commits as a whole or not at all.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, inspect
from sqlalchemy.exc import OperationalError
from sqlmodel import Session

from planner import config
from planner.db import sqlite
from planner.errors import StoreError

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def _alembic_config(migrations_dir: Path) -> Config:
    alembic_config = Config()
    alembic_config.set_main_option("script_location", str(migrations_dir))
    return alembic_config


def _check_existing_file(path: Path, scripts: ScriptDirectory) -> str | None:
    """Refuse what is not a Planner database; return its schema revision."""
    if path.is_dir():
        raise StoreError(f"{path}: is a folder, not a database file")
    if path.stat().st_size == 0:
        raise StoreError(f"{path}: is an empty file (0 bytes), not a Planner database")
    try:
        facts = sqlite.inspect_file(path)
    except PermissionError as error:
        raise StoreError(f"{path}: cannot be read ({error.strerror})") from error
    except sqlite3.DatabaseError as error:
        raise StoreError(f"{path}: is damaged or not a database ({error})") from error
    if not facts.is_sqlite:
        raise StoreError(f"{path}: is not a Planner database (not an SQLite file)")
    ours = facts.application_id == sqlite.APPLICATION_ID
    if facts.application_id not in (0, sqlite.APPLICATION_ID):
        raise StoreError(f"{path}: is an SQLite database of another program, not of Planner")
    if facts.alembic_revision is None:
        if facts.tables - {"alembic_version"}:
            raise StoreError(f"{path}: is an SQLite database, but not one of Planner's")
        return None  # an empty database: set it up as new
    try:
        scripts.get_revision(facts.alembic_revision)
    except Exception as error:  # alembic raises several kinds for an unknown id
        if ours:
            raise StoreError(
                f"{path}: was made by a newer version of Planner (schema {facts.alembic_revision}); "
                "update Planner to open it"
            ) from error
        raise StoreError(f"{path}: is an SQLite database, but not one of Planner's") from error
    return facts.alembic_revision


class Store:
    """One open Planner database file."""

    def __init__(self, path: Path, engine: Engine):
        self.path = path
        self.engine = engine
        self._write_engine = engine.execution_options(**{sqlite.WRITE_OPTION: True})

    @classmethod
    def open(
        cls,
        path: Path | str,
        *,
        migrations_dir: Path = MIGRATIONS_DIR,
        backup_dir: Path | None = None,
    ) -> Store:
        path = Path(path).expanduser()
        scripts = ScriptDirectory.from_config(_alembic_config(migrations_dir))
        if path.exists():
            revision = _check_existing_file(path, scripts)
        else:
            if not path.parent.is_dir():
                raise StoreError(f"{path}: the folder {path.parent} does not exist")
            revision = None
        try:
            engine = sqlite.make_engine(path, busy_timeout_ms=config.BUSY_TIMEOUT_MS)
            store = cls(path, engine)
            if revision != scripts.get_current_head():
                store._migrate(migrations_dir, revision, backup_dir or config.backup_dir())
        except OperationalError as error:
            raise StoreError(f"{path}: cannot be opened for writing ({error.orig})") from error
        return store

    def _migrate(self, migrations_dir: Path, revision: str | None, backup_dir: Path) -> None:
        if revision is not None and self._holds_data():
            stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
            backup = backup_dir / f"{self.path.stem}-before-upgrade-{stamp}.sqlite"
            log.info("backing up %s to %s before migrating", self.path, backup)
            sqlite.backup_to(self.engine, backup)
        alembic_config = _alembic_config(migrations_dir)
        with self._write_engine.begin() as connection:
            alembic_config.attributes["connection"] = connection
            command.upgrade(alembic_config, "head")
        sqlite.mark_as_planner(self.engine)

    def _holds_data(self) -> bool:
        with self.engine.connect() as connection:
            for table in inspect(connection).get_table_names():
                if table == "alembic_version":
                    continue
                if connection.exec_driver_sql(f'SELECT 1 FROM "{table}" LIMIT 1').first():
                    return True
        return False

    def schema_revision(self) -> str | None:
        with self.engine.connect() as connection:
            return MigrationContext.configure(connection).get_current_revision()

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A session for looking. Nothing is committed; the rows it loaded
        stay readable after the block (closing detaches, it does not expire)."""
        with Session(self.engine, expire_on_commit=False) as session:
            yield session

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One unit of work: committed whole when the block ends, rolled back
        whole when it raises."""
        with Session(self._write_engine, expire_on_commit=False) as session:
            try:
                yield session
                session.commit()
            except OperationalError as error:
                session.rollback()
                raise self._explain(error) from error
            except BaseException:
                session.rollback()
                raise

    def _explain(self, error: OperationalError) -> Exception:
        """SQLite's operational errors in words a user can act on."""
        text = str(error.orig).lower()
        if "locked" in text or "busy" in text:
            return StoreError(f"{self.path}: another program is writing to this database; nothing was changed, try again")
        if "full" in text:
            return StoreError(f"{self.path}: the disk is full; nothing was changed")
        if "readonly" in text or "read-only" in text:
            return StoreError(f"{self.path}: the file is read-only; nothing was changed")
        return error

    def backup(self, destination: Path) -> None:
        sqlite.backup_to(self.engine, destination)

    def integrity_problems(self) -> list[str]:
        return sqlite.integrity_problems(self.engine)

    def close(self) -> None:
        self.engine.dispose()
