"""The window's first look at its database (planner/db/first_look.py):
taken only where it is safe, and reading what the open Store reads."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from planner.db.first_look import look_at
from planner.db.store import Store
from planner.services import event_reads
from tests.databases import saved_database


def test_the_first_look_reads_what_the_open_store_reads(tmp_path):
    path = saved_database(tmp_path / "planner.sqlite")
    with sqlite3.connect(path) as raw:  # a damaged byte in a title, and a link to a missing event
        raw.execute("UPDATE event SET title = CAST(X'4B72616BF377' AS TEXT) WHERE id = 1")
        raw.execute(
            "INSERT INTO event_link (event_id, relation, target_event_id, title, starts_on, ends_on, city) "
            "VALUES (1, 'held_alongside', NULL, 'EU Biotech Days', '2018-03-21', '2018-03-22', 'Brussels')"
        )
    look = look_at(path)
    assert look is not None
    store = Store.open(path)
    try:
        with store.rows() as rows:
            for reads in (look.rows, rows):  # the damaged byte read as U+FFFD both ways, nothing refused
                assert "Krak\ufffdw" in {entry.title for entry in event_reads.event_entries(reads)}
            assert event_reads.event_entries(look.rows) == event_reads.event_entries(rows)
            for entry in event_reads.event_entries(rows):
                assert event_reads.event_details(look.rows, entry.id) == event_reads.event_details(rows, entry.id)
                assert event_reads.related_events(look.rows, entry.id) == event_reads.related_events(rows, entry.id)
            [link] = event_reads.related_events(look.rows, 1)
            assert (link.title, link.city, link.target_event_id) == ("EU Biotech Days", "Brussels", None)
            assert event_reads.event_count(look.rows) == event_reads.event_count(rows) == 3
    finally:
        store.close()
        look.close()


def test_what_needs_the_full_opening_gets_no_first_look(tmp_path):
    assert look_at(tmp_path / "missing.sqlite") is None  # a new database: set up first
    other = tmp_path / "other.sqlite"
    with sqlite3.connect(other) as raw:
        raw.execute("CREATE TABLE notes (text)")
    assert look_at(other) is None  # another program's
    older = saved_database(tmp_path / "older.sqlite")
    with sqlite3.connect(older) as raw:
        raw.execute("UPDATE alembic_version SET version_num = '0010'")
    assert look_at(older) is None  # to be upgraded, after a backup


def test_a_database_planner_may_not_write_gets_no_first_look(tmp_path, monkeypatch):
    """Opened read-only, with the reason said: that is the full opening's to do."""
    from planner.db import first_look

    path = saved_database(tmp_path / "planner.sqlite")
    monkeypatch.setattr(first_look, "write_access_problem", lambda _path: "the file planner.sqlite is read-only")
    assert look_at(path) is None


def test_the_first_look_checks_every_page_meanwhile(tmp_path):
    path = saved_database(tmp_path / "planner.sqlite")
    clean = look_at(path)
    assert clean is not None and clean.damage() is None and clean.checked
    clean.close()
    damaged = _damaged_in_the_middle(path)
    look = look_at(damaged)
    assert look is not None  # the header and the schema look right
    assert look.damage()  # the pages do not
    look.close()


def _damaged_in_the_middle(path: Path) -> Path:
    data = bytearray(path.read_bytes())
    middle = len(data) // 4096 // 2 * 4096
    data[middle : middle + 4096] = b"\xff" * 4096
    path.write_bytes(bytes(data))
    return path
