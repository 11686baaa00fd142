"""Opening, creating and migrating database files."""

from __future__ import annotations

import shutil
import sqlite3
import threading
import time
from datetime import date
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from planner.db.models import SQLModel
from planner.db.recognition import MIGRATIONS_DIR
from planner.db.store import Store
from planner.errors import StoreError
from planner.services import events


def _add_event(store: Store, title: str = "Partner meeting") -> int:
    with store.write() as session:
        return events.create_event(
            session,
            title=title,
            kind="meeting",
            starts_on=date(2026, 5, 4),
            ends_on=date(2026, 5, 4),
            timezone="Europe/Brussels",
        ).id


def test_new_file_gets_the_whole_schema_and_reopens(db_path):
    store = Store.open(db_path)
    event_id = _add_event(store)
    store.close()
    reopened = Store.open(db_path)
    with reopened.read() as session:
        assert events.get_event(session, event_id).title == "Partner meeting"
    assert reopened.schema_revision() is not None
    reopened.close()


def test_models_and_migrations_describe_the_same_schema(store):
    def compared(_object, name, kind, _reflected, _compare_to):
        # The COLLATE NOCASE indexes of migration 0005 are expressions, which
        # Alembic cannot compare; the next test checks them.
        return not (kind == "index" and name.endswith("_nocase"))

    with store.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"include_object": compared})
        differences = compare_metadata(context, SQLModel.metadata)
    assert differences == []


def test_people_and_organisations_are_found_with_case_ignored_through_an_index(store):
    from planner.services import directory

    with store.write() as session:
        organisation = directory.create_organisation(session, name="BioM Biotech Cluster", country="DE")
        person = directory.create_person(
            session,
            given_name="Łukasz",
            family_name="Wójcik",
            email="L.Wojcik@Example.org",
            organisation_id=organisation.id,
        )
    with store.read() as session:
        assert directory.find_person_by_email(session, " l.wojcik@example.ORG ").id == person.id
        assert directory.find_person_by_name(session, "łukasz", "WÓJCIK", organisation.id).id == person.id
        assert directory.find_organisation(session, "biom biotech cluster").id == organisation.id
        assert directory.find_person_by_email(session, "other@example.org") is None
    with store.engine.connect() as connection:
        plans = {
            column: " ".join(
                row[-1]
                for row in connection.exec_driver_sql(
                    f"EXPLAIN QUERY PLAN SELECT id FROM {table} WHERE {column} = ? COLLATE NOCASE", ("x",)
                )
            )
            for table, column in (("person", "email"), ("person", "family_name"), ("organisation", "name"))
        }
    assert all("_nocase" in plan for plan in plans.values()), plans


def test_every_connection_has_foreign_keys_wal_and_a_busy_timeout(store):
    for _ in range(3):  # several pooled connections, each configured
        with store.engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 1000


def test_a_write_takes_the_lock_when_it_begins(store, db_path):
    """Another writer cannot slip in between a unit of work's first read and
    its first write: the lock is held from BEGIN IMMEDIATE on."""
    with store.write() as session:
        session.connection()  # the transaction has begun, nothing written yet
        other = sqlite3.connect(db_path, timeout=0)
        with pytest.raises(sqlite3.OperationalError, match="locked"):
            other.execute("BEGIN IMMEDIATE")
        other.close()


def test_a_second_writer_waits_for_the_first_instead_of_failing(store, db_path):
    second = Store.open(db_path)
    finished = []

    def write_later():
        _add_event(second, "Second")
        finished.append(time.monotonic())

    with store.write() as session:
        events.create_event(
            session,
            title="First",
            kind="meeting",
            starts_on=date(2026, 5, 4),
            ends_on=date(2026, 5, 4),
            timezone="Europe/Brussels",
        )
        worker = threading.Thread(target=write_later)
        worker.start()
        time.sleep(0.3)
        assert not finished  # still waiting for our lock
        released = time.monotonic()
    worker.join(10)
    assert finished and finished[0] >= released
    with store.read() as session:
        assert [event.title for event in events.list_events(session)] == ["First", "Second"]
    second.close()


def test_a_failed_unit_of_work_leaves_nothing_behind(store):
    with pytest.raises(RuntimeError), store.write() as session:
        events.create_event(
            session,
            title="Half",
            kind="meeting",
            starts_on=date(2026, 5, 4),
            ends_on=date(2026, 5, 4),
            timezone="Europe/Brussels",
        )
        raise RuntimeError("interrupted")
    with store.read() as session:
        assert events.list_events(session) == []


def _assert_refused_untouched(path: Path, message: str):
    before = path.read_bytes()
    with pytest.raises(StoreError, match=message) as refused:
        Store.open(path)
    assert str(path) in str(refused.value)
    assert path.read_bytes() == before
    assert not Path(f"{path}-wal").exists()


def test_a_text_file_is_refused_and_left_untouched(tmp_path):
    path = tmp_path / "notes.sqlite"
    path.write_text("Agenda for Tuesday\n")
    _assert_refused_untouched(path, "not an SQLite file")


def test_an_empty_file_is_refused(tmp_path):
    path = tmp_path / "empty.sqlite"
    path.write_bytes(b"")
    _assert_refused_untouched(path, "empty file")


def test_another_programs_database_is_refused(tmp_path):
    path = tmp_path / "other.sqlite"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total TEXT)")
    connection.execute("INSERT INTO invoices (total) VALUES ('12.00')")
    connection.commit()
    connection.close()
    _assert_refused_untouched(path, "not one of Planner's")


def test_a_damaged_database_is_refused(tmp_path, db_path):
    store = Store.open(db_path)
    _add_event(store)
    store.close()
    data = bytearray(db_path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)  # overwrite the schema page
    damaged = tmp_path / "damaged.sqlite"
    damaged.write_bytes(bytes(data))
    _assert_refused_untouched(damaged, "damaged")


def test_a_database_from_a_newer_planner_is_refused(db_path):
    store = Store.open(db_path)
    store.close()
    connection = sqlite3.connect(db_path)
    connection.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    connection.commit()
    connection.close()
    _assert_refused_untouched(db_path, "newer version of Planner")


def test_a_missing_folder_is_named(tmp_path):
    with pytest.raises(StoreError, match="does not exist"):
        Store.open(tmp_path / "no such folder" / "planner.sqlite")


NEXT_REVISION = '''
"""Add a note to events (a change made by a later Planner)."""
from alembic import op
import sqlalchemy as sa

revision = "0002_test"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table("event") as batch:
        batch.add_column(sa.Column("note", sa.String(), nullable=False, server_default=""))


def downgrade():
    with op.batch_alter_table("event") as batch:
        batch.drop_column("note")
'''


def test_an_older_database_is_backed_up_then_upgraded_keeping_its_data(tmp_path, db_path):
    store = Store.open(db_path)
    event_id = _add_event(store, "Study visit to BioM")
    head = store.schema_revision()
    store.close()

    newer = tmp_path / "migrations"
    shutil.copytree(MIGRATIONS_DIR, newer)
    (newer / "versions" / "0002_test.py").write_text(NEXT_REVISION.format(head=head))
    backups = tmp_path / "backups"

    upgraded = Store.open(db_path, migrations_dir=newer, backup_dir=backups)
    assert upgraded.schema_revision() == "0002_test"
    with upgraded.engine.connect() as connection:
        row = connection.exec_driver_sql("SELECT title, note FROM event WHERE id = ?", (event_id,)).one()
    assert tuple(row) == ("Study visit to BioM", "")
    upgraded.close()

    [backup] = backups.iterdir()
    copy = sqlite3.connect(backup)
    assert copy.execute("SELECT version_num FROM alembic_version").fetchone()[0] == head
    assert copy.execute("SELECT title FROM event").fetchall() == [("Study visit to BioM",)]
    assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    copy.close()


def test_an_empty_database_is_migrated_without_a_backup(tmp_path, db_path):
    blank = sqlite3.connect(db_path)  # an SQLite file with no tables (yet)
    blank.execute("CREATE TABLE scratch (x)")
    blank.execute("DROP TABLE scratch")
    blank.close()
    backups = tmp_path / "backups"
    store = Store.open(db_path, backup_dir=backups)
    assert store.schema_revision() is not None
    store.close()
    assert not backups.exists()


def test_backup_is_a_consistent_single_file(store, tmp_path):
    _add_event(store)
    copy_path = tmp_path / "copy.sqlite"
    store.backup(copy_path)
    copy = Store.open(copy_path)
    with copy.read() as session:
        assert len(events.list_events(session)) == 1
    copy.close()


def test_a_write_blocked_longer_than_the_busy_timeout_is_explained(db_path, monkeypatch):
    from planner import config

    monkeypatch.setattr(config, "BUSY_TIMEOUT_MS", 200)
    store = Store.open(db_path)
    blocker = sqlite3.connect(db_path, timeout=0, isolation_level=None)
    blocker.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(StoreError, match="another program is writing to this database; nothing was changed"):
            _add_event(store)
    finally:
        blocker.execute("ROLLBACK")
        blocker.close()
    with store.read() as session:
        assert events.list_events(session) == []
    store.close()


def test_the_schema_planner_writes_is_the_newest_migration():
    # Opening an up-to-date file does without Alembic by knowing the head.
    from alembic.script import ScriptDirectory

    from planner.db.recognition import HEAD_REVISION, MIGRATIONS_DIR

    assert ScriptDirectory(str(MIGRATIONS_DIR)).get_current_head() == HEAD_REVISION
