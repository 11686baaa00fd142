"""Opening a database read-only: everything can be read, nothing is written,
not by Planner and not by SQLite."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy.exc import OperationalError

from planner import config
from planner.db import lock as lock_module
from planner.db import sqlite as sqlite_module
from planner.db.lock import write_access_problem
from planner.db.recognition import MIGRATIONS_DIR
from planner.db.store import Store
from planner.errors import StoreError
from planner.services import events
from tests.databases import saved_database


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _add_event(store: Store, title: str) -> None:
    with store.write() as session:
        events.create_event(
            session,
            title=title,
            kind="meeting",
            starts_on=date(2026, 5, 4),
            ends_on=date(2026, 5, 4),
            timezone="Europe/Brussels",
        )


def _titles(store: Store) -> list[str]:
    with store.read() as session:
        return [event.title for event in events.list_events(session)]


@pytest.fixture
def saved(db_path) -> Path:
    """A closed database with the sample events."""
    return saved_database(db_path)


def test_read_only_reads_everything_and_refuses_every_write(saved):
    before = _digest(saved)
    store = Store.open(saved, read_only=True)
    assert store.read_only
    assert len(_titles(store)) == 3
    with pytest.raises(StoreError, match="opened read-only; nothing was changed"):
        _add_event(store, "Not saved")
    # Below Planner, SQLite itself refuses: the connection is mode=ro.
    with pytest.raises(OperationalError, match="readonly"), store.engine.connect() as connection:
        connection.exec_driver_sql("DELETE FROM event")
    assert len(_titles(store)) == 3
    store.close()
    assert _digest(saved) == before


def test_read_only_sees_what_the_writer_saves(saved):
    writer = Store.open(saved)
    reader = Store.open(saved, read_only=True)
    _add_event(writer, "Partner meeting in Łódź")
    assert "Partner meeting in Łódź" in _titles(reader)
    reader.close()
    writer.close()


def test_a_backup_style_file_stays_as_it_is(saved, tmp_path):
    """A single-file copy (journal mode DELETE) is not switched to WAL."""
    copy = tmp_path / "copy.sqlite"
    source = sqlite3.connect(saved)
    target = sqlite3.connect(copy)
    source.backup(target)
    target.execute("PRAGMA journal_mode=DELETE")
    source.close()
    target.close()
    before = _digest(copy)
    store = Store.open(copy, read_only=True)
    assert len(_titles(store)) == 3
    store.close()
    assert _digest(copy) == before
    assert not Path(f"{copy}-wal").exists()


def test_an_older_database_is_not_upgraded_read_only(saved, tmp_path):
    store = Store.open(saved)
    head = store.schema_revision()
    store.close()
    newer = tmp_path / "migrations"
    shutil.copytree(MIGRATIONS_DIR, newer)
    (newer / "versions" / "9000_next.py").write_text(
        f'revision = "9000_next"\ndown_revision = "{head}"\nbranch_labels = None\ndepends_on = None\n\n'
        "def upgrade():\n    pass\n\ndef downgrade():\n    pass\n"
    )
    before = _digest(saved)
    with pytest.raises(StoreError, match="needs an upgrade to this version of Planner, which cannot be done read-only"):
        Store.open(saved, migrations_dir=newer, read_only=True)
    assert _digest(saved) == before


def test_a_missing_file_is_not_created_read_only(tmp_path):
    with pytest.raises(StoreError, match="no such file"):
        Store.open(tmp_path / "gone.sqlite", read_only=True)
    assert not (tmp_path / "gone.sqlite").exists()


def test_read_only_folder_reads_the_file_as_it_is(saved, monkeypatch):
    """Where no -wal/-shm file can be made, SQLite is told the file will not
    change (immutable); with a -wal file left there it must read that too."""
    folder = str(saved.parent)
    real_access = lock_module.os.access
    monkeypatch.setattr(
        sqlite_module.os, "access", lambda path, mode: False if str(path) == folder else real_access(path, mode)
    )
    assert sqlite_module.read_only_uri(saved).endswith("?mode=ro&immutable=1")
    before = _digest(saved)
    store = Store.open(saved, read_only=True)
    assert len(_titles(store)) == 3
    store.close()
    assert _digest(saved) == before
    assert not Path(f"{saved}-wal").exists() and not Path(f"{saved}-shm").exists()
    Path(f"{saved}-wal").write_bytes(b"")
    assert sqlite_module.read_only_uri(saved).endswith("?mode=ro")


def test_write_access_problems_name_the_file_or_the_folder(saved, monkeypatch):
    assert write_access_problem(saved) is None
    real_access = lock_module.os.access
    read_only: set[str] = set()
    monkeypatch.setattr(
        lock_module.os, "access", lambda path, mode: str(path) not in read_only and real_access(path, mode)
    )
    read_only.add(str(saved))
    assert write_access_problem(saved) == "the file planner.sqlite is read-only"
    read_only.clear()
    read_only.add(str(saved.parent))
    assert write_access_problem(saved) == f"the folder {saved.parent} is read-only"


def test_the_busy_timeout_can_be_set_from_the_environment(monkeypatch):
    monkeypatch.setenv("PLANNER_BUSY_TIMEOUT_MS", "250")
    assert config._busy_timeout_ms() == 250
    monkeypatch.setenv("PLANNER_BUSY_TIMEOUT_MS", "soon")
    assert config._busy_timeout_ms() == 5000


def test_a_database_still_in_the_writers_wal_opens_read_only(tmp_path):
    """Just made (or upgraded) by the Planner that has it open: the schema is
    still in that Planner's WAL, not yet in the file itself."""
    path = tmp_path / "new.sqlite"
    writer = Store.open(path)
    _add_event(writer, "Kick-off in Tallinn")
    reader = Store.open(path, read_only=True)
    assert _titles(reader) == ["Kick-off in Tallinn"]
    reader.close()
    writer.close()
