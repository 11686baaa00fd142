"""Ready-made databases for the tests.

Setting up a database (the migrations) and importing the sample events are
the slow part of most tests, so both are done once per test run into closed
template files; each test gets a copy of its own. (Copying a closed file is
a shortcut for tests only: Planner never copies a live database.) Tests about
creating, migrating or opening a file call ``Store.open`` on a new path.

Imported as ``tests.databases`` only, so that there is one set of templates.
"""

from __future__ import annotations

import shutil
import weakref
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from tests.postgres_server import PostgresServer

from planner.db.shared import SharedStore
from planner.db.store import Store
from planner.exchange.samples import add_samples

# Fixtures whose database starts with the sample events: a test using one of
# them gets a copy of the template that holds them.
SAMPLE_FIXTURES = frozenset({"samples", "context"})


class Templates:
    """Closed database files in ``folder``, each made on first use: "empty"
    (set up, no events) and "samples" (the three sample events)."""

    def __init__(self, folder: Path):
        self.folder = folder
        self._made: dict[str, Path] = {}

    def path(self, kind: str) -> Path:
        if kind not in self._made:
            self._made[kind] = self._make(kind)
        return self._made[kind]

    def _make(self, kind: str) -> Path:
        path = self.folder / f"{kind}.sqlite"
        with pytest.MonkeyPatch.context() as patch:
            patch.setenv("PLANNER_DATA_DIR", str(self.folder / "data"))
            store = Store.open(path, backup_dir=self.folder / "backups")
            try:
                if kind == "samples":
                    with store.write() as session:
                        add_samples(session)
                with store.engine.connect() as connection:
                    # Each copy must make its own random calendar identity.
                    assert connection.exec_driver_sql("SELECT COUNT(*) FROM calendar_identity").scalar() == 0
            finally:
                store.close()
        # Closed, so the one file holds everything: no -wal left beside it.
        assert not Path(f"{path}-wal").exists(), path
        return path

    def copy(self, kind: str, destination: Path) -> Path:
        shutil.copyfile(self.path(kind), destination)
        return destination


# Set by the session fixture in tests/conftest.py.
templates: Templates | None = None
# Stores copied from the samples template: their samples need no import.
holding_samples: weakref.WeakSet[Store | SharedStore] = weakref.WeakSet()


def new_database(path: Path) -> Path:
    """A closed database file at ``path``, set up, with no events."""
    return templates.copy("empty", path)


def saved_database(path: Path) -> Path:
    """A closed database file at ``path`` holding the three sample events."""
    return templates.copy("samples", path)


# The shared databases made once per test process, as templates: each test
# gets a copy (PostgreSQL copies a database that nobody is connected to).
_shared_templates: dict[bool, str] = {}


def shared_copy(server: PostgresServer, with_samples: bool) -> SharedStore:
    """A shared database of the test's own on ``server``: set up, with the
    sample events or none."""
    if with_samples not in _shared_templates:
        url = server.new_database()
        template = SharedStore.open(url)
        if with_samples:
            with template.write() as session:
                add_samples(session)
        template.close()
        _shared_templates[with_samples] = url.rpartition("/")[2]
    return SharedStore.open(server.new_database(template=_shared_templates[with_samples]))


def ensure_samples(store: Store | SharedStore) -> None:
    """The sample events in ``store``: there already when it is a copy of
    the samples template, imported otherwise."""
    if store not in holding_samples:
        with store.write() as session:
            add_samples(session)
        holding_samples.add(store)


def data_of(model):
    """A SELECT of a table's values, without the version each change counts
    up (an undo brings the values back, with a newer version)."""
    from sqlalchemy import select

    return select(*[column for column in model.__table__.columns if column.name != "version"])
