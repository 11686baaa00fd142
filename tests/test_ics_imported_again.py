"""A calendar imported a second time changes nothing and makes no second
event: each real calendar that comes in (tests/data/ics/real/), and
Planner's own calendar of each sample event taken to another database."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from sqlalchemy import func, select

from planner.calendar.event_calendar import event_calendar
from planner.db.models import ALL_TABLES
from planner.db.store import Store
from planner.operations import perform
from planner.operations.files import ImportCalendar
from planner.services import events
from tests import databases
from tests.test_ics_real_files import CAME_IN, REAL


def contents(store: Store) -> dict[str, int]:
    with store.read() as session:
        return {table.__tablename__: session.scalar(select(func.count()).select_from(table)) for table in ALL_TABLES}


def imported_twice(store: Store, path: Path) -> None:
    """Import ``path``, then plan and import it again: the second changes nothing."""
    [event] = perform(store, ImportCalendar(path)).result.created
    before = contents(store)
    with store.read() as session:
        plan = ImportCalendar(path).plan(session)
    assert (plan.event_id, plan.changes) == (event.id, [])
    again = perform(store, ImportCalendar(path)).result
    assert again.created == [] and again.updated is not None and again.updated.id == event.id
    assert again.changes == () and again.note.startswith("Nothing changes")
    assert contents(store) == before


@pytest.mark.parametrize("name", [row[0] for row in CAME_IN])
def test_a_real_calendar_imported_again_changes_nothing(store, name):
    imported_twice(store, REAL / name)


@pytest.fixture
def elsewhere(tmp_path: Path):
    """Another database, empty: a partner's."""
    path = databases.templates.copy("empty", tmp_path / "elsewhere.sqlite")
    opened = Store.open(path, backup_dir=tmp_path / "elsewhere-backups")
    yield opened
    opened.close()


def test_planners_own_calendar_of_each_sample_imported_elsewhere_twice_changes_nothing(
    store, samples, elsewhere, tmp_path
):
    for title, event_id in samples.items():
        with store.write() as session:
            path = tmp_path / f"{title}.ics"
            path.write_bytes(event_calendar(session, event_id))
            original = events.get_event(session, event_id)
            kept = (original.title, original.kind, original.status, original.venue_name)
        imported_twice(elsewhere, path)
        before = contents(elsewhere)
        again = perform(elsewhere, ImportCalendar(newer(path, tmp_path), source=path.name)).result
        assert (again.changes, again.created) == ((), [])
        assert again.note.startswith("Nothing changes: what this newer calendar changes is nothing Planner keeps")
        assert contents(elsewhere) == before
        with elsewhere.read() as session:
            copy = next(event for event in events.list_events(session) if event.title == original.title)
            assert (copy.title, copy.kind, copy.status, copy.venue_name) == kept


def newer(path: Path, folder: Path) -> Path:
    """The same calendar sent again: each VEVENT's SEQUENCE one higher, nothing else changed."""

    def raised(block: re.Match[str]) -> str:
        text = block.group(0)
        found = re.search(r"^SEQUENCE:(\d+)\r?$", text, re.MULTILINE)
        if found:
            return text.replace(found.group(0), f"SEQUENCE:{int(found.group(1)) + 1}", 1)
        return re.sub(r"^BEGIN:VEVENT(\r?\n)", r"BEGIN:VEVENT\1SEQUENCE:1\1", text, count=1)

    text = path.read_bytes().decode("utf-8")
    again = folder / f"newer-{path.name}"
    again.write_bytes(re.sub(r"^BEGIN:VEVENT\r?$.*?^END:VEVENT\r?$", raised, text, flags=re.M | re.S).encode())
    return again


def known_by_uid(name: str) -> bool:
    """Every VEVENT has a UID: a copy sent again, changed, is known by them."""
    text = (REAL / name).read_text(encoding="utf-8")
    return text.count("BEGIN:VEVENT") == len(re.findall(r"^UID:", text, re.MULTILINE))


@pytest.mark.parametrize("name", [row[0] for row in CAME_IN if known_by_uid(row[0])])
def test_a_real_calendar_sent_again_unchanged_changes_nothing_planner_keeps(store, name, tmp_path):
    path = REAL / name
    [event] = perform(store, ImportCalendar(path)).result.created
    before = contents(store)
    again = perform(store, ImportCalendar(newer(path, tmp_path), source=name)).result
    assert again.created == [] and again.updated is not None and again.updated.id == event.id
    assert again.changes == () and again.note.startswith("Nothing changes")
    assert contents(store) == before
