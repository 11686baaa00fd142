"""A look at the window's database before the database code is loaded.

Opening a Store loads SQLAlchemy, SQLModel and Planner's models: some
0.3 s that a window need not wait for when the file is an up-to-date
Planner database it may write. The window then paints the events and the
last event's details read here, with sqlite3 alone (read-only), and opens
the Store once it is on screen. Anything out of the ordinary (a new
file, an older schema, another program's file, a read-only place, an
unreadable file) is left to the Store's own opening, with all its checks
and questions: ``look_at`` then says None.

SQLite-only, as planner/db/sqlite.py is: a shared database is opened the
usual way."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

from planner.db.damaged_text import read_text
from planner.db.lock import write_access_problem
from planner.db.recognition import (
    APPLICATION_ID,
    HEAD_REVISION,
    PLANNER_TABLES,
    damage_found,
    inspect_file,
    read_only_uri,
)

# A plain SQL read with :named parameters, giving its rows as tuples: what a
# FirstLook and an open Store (Store.rows) both offer, so that the reads of
# the window's first paint are written once for both.
Rows = Callable[[str, Mapping[str, Any] | None], Sequence[tuple[Any, ...]]]


class FirstLook:
    """An up-to-date Planner database, open read-only with sqlite3."""

    def __init__(self, path: Path, connection: sqlite3.Connection):
        self.path = path
        self._connection = connection
        # SQLite's check of every page (damage in the middle of a file shows
        # only there), made on a thread of its own while the window is
        # made: SQLite lets go of Python's lock while it reads.
        self._damage: str | None = None
        self._checked = False
        self._check = threading.Thread(target=self._look_for_damage, name=f"check of {path.name}", daemon=True)
        self._check.start()

    def _look_for_damage(self) -> None:
        try:
            connection = sqlite3.connect(read_only_uri(self.path), uri=True)
        except sqlite3.Error:
            return  # left to the Store's opening, which checks unless told it was done
        try:
            self._damage = damage_found([line for (line,) in connection.execute("PRAGMA quick_check(3)")])
            self._checked = True
        except sqlite3.OperationalError:  # could not run here: the Store's opening checks
            pass
        except sqlite3.DatabaseError as error:  # so damaged the check itself cannot run
            self._damage = str(error)
            self._checked = True
        finally:
            connection.close()

    def damage(self) -> str | None:
        """What SQLite's check found (None: nothing), once it has ended."""
        self._check.join()
        return self._damage

    @property
    def checked(self) -> bool:
        """Whether the check ran (when it could not, the Store's opening checks)."""
        self._check.join()
        return self._checked

    def rows(self, sql: str, parameters: Mapping[str, Any] | None = None) -> Sequence[tuple[Any, ...]]:
        """The rows of a query written with :named parameters, as the
        Store's ``rows`` reads them."""
        return self._connection.execute(sql, parameters or {}).fetchall()

    def close(self) -> None:
        self._check.join()
        self._connection.close()


def look_at(path: Path) -> FirstLook | None:
    """The database at ``path`` opened for a first look, or None when it
    needs the Store's full opening."""
    try:
        if not path.is_file() or write_access_problem(path) is not None:
            return None
        facts = inspect_file(path)
        if (
            not facts.is_sqlite
            or facts.application_id != APPLICATION_ID
            or facts.alembic_revision != HEAD_REVISION
            or not PLANNER_TABLES[HEAD_REVISION] <= facts.tables
        ):
            return None
        connection = sqlite3.connect(read_only_uri(path), uri=True)
    except (OSError, sqlite3.Error):
        return None
    connection.text_factory = read_text  # a damaged byte reads as U+FFFD, as through the Store
    return FirstLook(path, connection)
