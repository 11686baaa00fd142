"""The calendar memory: the database's UID part and SEQUENCE per UID."""

from __future__ import annotations

from alembic import command
from sqlalchemy import select

from planner.db import sqlite as planner_sqlite
from planner.db.models import CalendarItemState
from planner.db.recognition import MIGRATIONS_DIR, migration_config
from planner.db.store import Store
from planner.services import calendar_state, history


def test_the_database_uid_is_made_once(session):
    first = calendar_state.database_uid(session)
    assert len(first) == 16 and calendar_state.database_uid(session) == first
    assert calendar_state.item_uid(session, "stay", 4) == f"stay-4.{first}@planner"


def test_sequence_rises_once_per_change_of_content(session):
    assert calendar_state.next_sequence(session, "a@planner", "h1") == 0
    assert calendar_state.next_sequence(session, "a@planner", "h1") == 0
    assert calendar_state.next_sequence(session, "a@planner", "h2") == 1
    assert calendar_state.next_sequence(session, "a@planner", "h2") == 1
    assert calendar_state.next_sequence(session, "b@planner", "h2") == 0
    assert calendar_state.sent_uids(session) == ["a@planner", "b@planner"]
    assert calendar_state.was_sent(session, "a@planner") and not calendar_state.was_sent(session, "c@planner")


def test_migration_0003_adds_the_calendar_memory_to_an_older_database(tmp_path):
    path = tmp_path / "old.sqlite"
    engine = planner_sqlite.make_engine(path, busy_timeout_ms=1000)
    config = migration_config(MIGRATIONS_DIR)
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0002")
    engine.dispose()
    store = Store.open(path, backup_dir=tmp_path / "backups")
    try:
        with store.write() as session:
            assert calendar_state.next_sequence(session, "x@planner", "h") == 0
            assert calendar_state.database_uid(session)
    finally:
        store.close()


def _states(store) -> dict[str, tuple[str, int]]:
    with store.read() as session:
        return {state.uid: (state.content_hash, state.sequence) for state in session.scalars(select(CalendarItemState))}


def test_what_an_undone_export_recorded_is_undone_and_comes_back_on_redo(store):
    with store.write() as session:
        assert calendar_state.next_sequences(session, {"a@planner": "h1", "b@planner": "h1"}) == {
            "a@planner": 0,
            "b@planner": 0,
        }
    first = _states(store)
    with store.write() as session:
        recorder = history.record(session)
        assert calendar_state.next_sequence(session, "d@planner", "h1") == 0  # through the session, same unit
        sent = calendar_state.next_sequences(
            session, {"a@planner": "h2", "b@planner": "h1", "c@planner": "h1", "d@planner": "h2"}
        )
        assert sent == {"a@planner": 1, "b@planner": 0, "c@planner": 0, "d@planner": 1}
        changes = recorder.finish()
    after = _states(store)
    assert after == first | {"a@planner": ("h2", 1), "c@planner": ("h1", 0), "d@planner": ("h2", 1)}
    with store.write() as session:
        history.replay(session, changes, "before", "Export")
    assert _states(store) == first
    with store.write() as session:
        history.replay(session, changes, "after", "Export")
    assert _states(store) == after
