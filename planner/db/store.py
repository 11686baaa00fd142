"""Opening a Planner database: checks, migrations, sessions.

``Store.open(path)`` refuses a file that is not Planner's or is from a newer
Planner before anything touches it, brings an older one up to date (after a
backup copy when it holds data), and hands out sessions: ``read()`` for
looking, ``write()`` for a unit of work that commits as a whole or not at all.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine, inspect
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlmodel import Session

from planner import config
from planner.db import sqlite
from planner.db.damaged_text import damaged_text
from planner.db.lock import write_access_problem
from planner.db.recognition import (
    MIGRATIONS_DIR,
    check_revision_known,
    head_revision,
    look_at,
    migration_config,
    recognise,
)
from planner.db.sessions import Reading
from planner.errors import StoreError
from planner.language import say
from planner.output_paths import Protected

log = logging.getLogger(__name__)


class ReadOnlyPlace(StoreError):
    """A database Planner may read but not write (a read-only file or
    folder): it can be opened read-only."""

    def __init__(self, path: Path, problem: str):
        self.path = path
        self.problem = problem
        super().__init__(
            say(
                "{path}: cannot be opened for writing ({problem}); it can be opened read-only",
                path=path,
                problem=problem,
            )
        )


class Store(Reading):
    """One open Planner database file."""

    # Opened with read_only=True: write() refuses, nothing reaches the file.
    read_only = False
    read_only_reason: str | None = None
    is_shared = False
    # Planner backs a file up (on opening, on request, before an upgrade).
    keeps_backups = True

    def __init__(self, path: Path, engine: Engine):
        self.path = path
        self.engine = engine
        self._write_engine = engine.execution_options(**{sqlite.WRITE_OPTION: True})
        self._before_writing: threading.Thread | None = None

    @property
    def location(self) -> str:
        """Where the database is, as the settings remember it (a shared
        database's is its URL): the file's path."""
        return str(self.path)

    @property
    def shown_location(self) -> str:
        return str(self.path)

    @property
    def name(self) -> str:
        """Its short name, for the window's title: the file's."""
        return self.path.name

    def alongside(self, task: Callable[[], None], name: str) -> None:
        """Run ``task`` (which only reads the database: the automatic backup)
        on a thread while the database is read; the first change, and the
        closing, wait until it has ended, so that it sees the database as
        it was opened."""
        self._wait()
        thread = threading.Thread(target=task, name=name, daemon=True)
        self._before_writing = thread
        thread.start()

    def _wait(self) -> None:
        thread, self._before_writing = self._before_writing, None
        if thread is not None:
            thread.join()

    def wait_alongside(self) -> None:
        """Let the task run alongside the reading (the automatic backup) end."""
        self._wait()

    @classmethod
    def open(
        cls,
        path: Path | str,
        *,
        migrations_dir: Path = MIGRATIONS_DIR,
        backup_dir: Path | None = None,
        read_only: bool = False,
        read_only_reason: str | None = None,
        damage_checked: bool = False,
    ) -> Store:
        """``read_only``: every write is refused, and nothing is written to
        the file, not even an upgrade (so an older file must first be opened
        once for writing); ``read_only_reason`` says why in the refusals
        ("the folder /media/stick is read-only"). Opening for writing a file
        Planner may not write raises ReadOnlyPlace. ``damage_checked``: SQLite's
        check of every page was made just before (by a FirstLook)."""
        path = Path(path).expanduser()
        head = head_revision(migrations_dir)
        existed = path.exists()
        facts = None
        if existed:
            # Looked at without being changed; only a Planner database goes further.
            facts = look_at(path)
            revision = recognise(path, facts, migrations_dir)
        elif read_only:
            raise StoreError(say("{path}: no such file", path=path))
        else:
            if not path.parent.is_dir():
                raise StoreError(say("{path}: the folder {folder} does not exist", path=path, folder=path.parent))
            revision = None
        if not read_only:
            problem = write_access_problem(path)
            if problem is not None:
                if not existed:
                    raise StoreError(say("{path}: cannot be created ({problem})", path=path, problem=problem))
                raise ReadOnlyPlace(path, problem)
        engine = sqlite.make_engine(path, busy_timeout_ms=config.BUSY_TIMEOUT_MS, read_only=read_only)
        try:
            store = cls(path, engine)
            store.read_only = read_only
            store.read_only_reason = read_only_reason if read_only else None
            if existed and not damage_checked:
                # Damage inside the file shows only when its pages are read.
                damage = sqlite.quick_check(engine)
                if damage:
                    raise StoreError(
                        say("{path}: is damaged (SQLite's check found: {damage})", path=path, damage=damage)
                    )
            if existed and revision != head:
                # The first look read the file alone: a schema another Planner
                # made or upgraded may still be in its WAL, seen only here.
                revision = store.schema_revision()
                if revision is not None and revision != head:
                    check_revision_known(path, revision, migrations_dir)
            if revision != head and read_only:
                if revision is None:
                    refusal = say(
                        "{path}: needs to be set up, which cannot be done read-only; open it once where it can be written",
                        path=path,
                    )
                else:
                    refusal = say(
                        "{path}: needs an upgrade to this version of Planner, which cannot be done read-only; "
                        "open it once where it can be written",
                        path=path,
                    )
                raise StoreError(refusal)
            if revision != head:
                store._migrate(migrations_dir, revision, backup_dir or config.backup_dir())
            elif facts is not None and facts.application_id == 0 and not read_only:
                sqlite.mark_as_planner(engine)  # made before Planner marked its files
        except OperationalError as error:
            engine.dispose()
            if read_only:
                raise StoreError(say("{path}: cannot be read ({error})", path=path, error=error.orig)) from error
            raise StoreError(
                say("{path}: cannot be opened for writing ({error})", path=path, error=error.orig)
            ) from error
        except DatabaseError as error:  # "file is not a database", "malformed"
            engine.dispose()
            raise StoreError(
                say("{path}: is damaged or not a database ({error})", path=path, error=error.orig)
            ) from error
        except BaseException:
            engine.dispose()
            raise
        return store

    def _migrate(self, migrations_dir: Path, revision: str | None, backup_dir: Path) -> None:
        if revision is not None and self._holds_data():
            from planner.db import backups  # imported here: backups builds on this module's checks

            backups.back_up(self.engine, self.path, backups.BEFORE_UPGRADE, backup_dir)
        from alembic import command

        alembic_config = migration_config(migrations_dir)
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
            if "alembic_version" not in inspect(connection).get_table_names():
                return None
            return connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One unit of work: committed whole when the block ends, rolled back
        whole when it raises."""
        if self.read_only:
            if self.read_only_reason:
                raise StoreError(
                    say(
                        "{path}: opened read-only ({reason}); nothing was changed",
                        path=self.path,
                        reason=self.read_only_reason,
                    )
                )
            raise StoreError(say("{path}: opened read-only; nothing was changed", path=self.path))
        self._wait()
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
            return StoreError(
                say(
                    "{path}: another program is writing to this database; nothing was changed, try again",
                    path=self.path,
                )
            )
        if "full" in text:
            return StoreError(say("{path}: the disk is full; nothing was changed", path=self.path))
        if "readonly" in text or "read-only" in text:
            return StoreError(say("{path}: the file is read-only; nothing was changed", path=self.path))
        return error

    def protected(self) -> Protected:
        """What no output may replace: this database's files (with its lock
        files) and the backup folder."""
        return Protected.of_database(self.path)

    def backup(self, destination: Path) -> None:
        sqlite.backup_to(self.engine, destination)

    def integrity_problems(self) -> list[str]:
        return sqlite.integrity_problems(self.engine) + damaged_text(self.engine)

    def close(self) -> None:
        self._wait()
        self.engine.dispose()
