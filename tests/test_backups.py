"""Backups on real SQLite files: made with the backup API when a database
changed, named per database, listed with what they hold, thinned on a
schedule, and restored only after the current state was saved."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from alembic import command

from planner import config
from planner.db import backups, restoring
from planner.db import sqlite as db_sqlite
from planner.db.backups import AUTOMATIC, BEFORE_RESTORING, BEFORE_UPGRADE, ON_REQUEST
from planner.db.recognition import MIGRATIONS_DIR, migration_config
from planner.db.store import Store
from planner.errors import PlannerError, StoreError
from planner.services import events
from planner.startup import open_database

MUNICH = "ECRI study visit to BioM, Munich (23 Mar 2018)"


@pytest.fixture
def folder(tmp_path) -> Path:
    return tmp_path / "backups"


@pytest.fixture
def filled(store, samples):
    """The store with the three sample events."""
    return store


def _add_event(store: Store, title: str, day: date = date(2026, 5, 4)) -> int:
    with store.write() as session:
        return events.create_event(
            session, title=title, kind="meeting", starts_on=day, ends_on=day, timezone="Europe/Brussels"
        ).id


def _titles(path: Path) -> list[str]:
    """The event titles a database file holds, read without changing it."""
    connection = db_sqlite.read_only_connection(path)
    try:
        return sorted(title for (title,) in connection.execute("SELECT title FROM event"))
    finally:
        connection.close()


def _files(folder: Path) -> set[str]:
    return {path.name for path in folder.iterdir()} if folder.exists() else set()


# -- automatic backups ------------------------------------------------------------------


def test_an_automatic_backup_is_made_only_after_a_change(filled, folder):
    first = backups.back_up_if_changed(filled, folder)
    assert first is not None and first.exists()
    assert backups.back_up_if_changed(filled, folder) is None  # nothing changed
    assert backups.back_up_if_changed(filled, folder) is None
    _add_event(filled, "Partner meeting in Kraków")
    second = backups.back_up_if_changed(filled, folder)
    assert second is not None and second != first
    assert [backup.path for backup in backups.backups_of(filled.path, folder)] == [second, first]
    assert "Partner meeting in Kraków" in _titles(second) and "Partner meeting in Kraków" not in _titles(first)


def test_opening_a_database_backs_it_up_once_per_change(db_path, data_dir):
    store = open_database(db_path)
    _add_event(store, "Study visit")
    store.close()
    for _ in range(2):  # opened twice: backed up once, the first time
        open_database(db_path).close()
    [made] = backups.backups_of(db_path)
    assert made.reason == AUTOMATIC and made.path.parent == config.backup_dir()
    assert made.event_count == 1


def test_the_backup_made_while_a_command_works_holds_the_database_as_it_was_before_the_change(db_path, data_dir):
    store = open_database(db_path)
    _add_event(store, "Study visit")
    store.close()
    reopened = open_database(db_path)  # backed up on a thread while the command goes on
    _add_event(reopened, "Partner meeting in Kraków")  # the change waits for the backup
    reopened.close()
    [made] = backups.backups_of(db_path)
    assert _titles(made.path) == ["Study visit"]


def test_a_database_that_holds_nothing_is_not_backed_up(store, folder):
    assert backups.back_up_if_changed(store, folder) is None
    assert backups.backups_of(store.path, folder) == []


def test_a_failing_backup_does_not_stop_the_opening(db_path, data_dir):
    store = open_database(db_path)
    _add_event(store, "Study visit")
    store.close()
    shutil.rmtree(config.backup_dir())
    config.backup_dir().write_text("a file where the backup folder should be")
    problems: list[str] = []
    reopened = open_database(db_path, on_backup_problem=problems.append)
    with reopened.read() as session:
        assert [event.title for event in events.list_events(session)] == ["Study visit"]
    reopened.close()
    [problem] = problems
    assert str(db_path) in problem and "cannot be backed up" in problem


def test_a_backup_holds_what_was_committed_even_if_only_in_the_wal_and_nothing_uncommitted(store, folder, db_path):
    with store.engine.connect() as connection:  # the schema into the database file, the -wal emptied
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    _add_event(store, "Committed")
    # The commit is still only in the -wal file: the database file alone does not have it.
    assert Path(f"{db_path}-wal").stat().st_size > 0
    assert _titles(db_path) == []
    writer = Store.open(db_path)
    with pytest.raises(RuntimeError), writer.write() as session:
        events.create_event(
            session,
            title="Uncommitted",
            kind="meeting",
            starts_on=date(2026, 5, 5),
            ends_on=date(2026, 5, 5),
            timezone="Europe/Brussels",
        )
        session.flush()  # written into the writer's open transaction, not committed
        made = backups.back_up(store, reason=ON_REQUEST, folder=folder)
        raise RuntimeError("roll back")
    writer.close()
    assert _titles(made) == ["Committed"]
    assert db_sqlite.file_problems(made) == []
    assert not Path(f"{made}-wal").exists()  # one self-contained file


# -- names and listing -----------------------------------------------------------------------


def test_backups_of_two_databases_with_one_name_do_not_mix(tmp_path, folder):
    made = {}
    for place in ("office", "laptop"):
        (tmp_path / place).mkdir()
        store = Store.open(tmp_path / place / "planner.sqlite")
        _add_event(store, f"Meeting at the {place}")
        made[place] = backups.back_up(store, reason=ON_REQUEST, folder=folder)
        store.close()
    assert made["office"].name.startswith("planner-") and made["laptop"].name.startswith("planner-")
    assert made["office"].name[:15] != made["laptop"].name[:15]  # the hash of the path tells them apart
    for place in ("office", "laptop"):
        [listed] = backups.backups_of(tmp_path / place / "planner.sqlite", folder)
        assert listed.path == made[place] and listed.last_event == f"Meeting at the {place} (4 May 2026)"


def test_a_listing_tells_when_why_and_what_each_backup_holds(filled, folder):
    before = datetime.now().replace(microsecond=0)
    backups.back_up(filled, reason=ON_REQUEST, folder=folder)
    _add_event(filled, "Old meeting", date(2001, 1, 1))  # not the newest by date
    backups.back_up_if_changed(filled, folder)
    newest, oldest = backups.backups_of(filled.path, folder)
    assert (newest.reason, newest.event_count, newest.last_event) == (AUTOMATIC, 4, MUNICH)
    assert (oldest.reason, oldest.event_count, oldest.last_event) == (ON_REQUEST, 3, MUNICH)
    assert before <= oldest.made_at <= newest.made_at <= datetime.now()
    assert newest.size == newest.path.stat().st_size > 0
    assert f"{newest.made_at:%Y%m%d-%H%M%S}" in newest.path.name and newest.path.name.endswith("-automatic.sqlite")


def test_an_unreadable_backup_is_listed_as_such(store, folder):
    folder.mkdir()
    broken = folder / f"{backups.name_prefix(store.path)}20260101-120000-automatic.sqlite"
    broken.write_bytes(b"SQLite format 3\x00" + b"\x00" * 50)
    (folder / "someone-elses-file.sqlite").write_bytes(b"")
    [listed] = backups.backups_of(store.path, folder)
    assert (listed.path, listed.event_count, listed.last_event, listed.made_at) == (
        broken,
        None,
        "",
        datetime(2026, 1, 1, 12),
    )


def test_an_upgrade_backs_up_first_under_the_same_names(tmp_path, folder, db_path):
    store = Store.open(db_path)
    _add_event(store, "Before the upgrade")
    with store.engine.begin() as connection:  # make it a database of the previous Planner
        alembic_config = migration_config(MIGRATIONS_DIR)
        alembic_config.attributes["connection"] = connection
        command.downgrade(alembic_config, "-1")
    store.close()
    Store.open(db_path, backup_dir=folder).close()
    [made] = backups.backups_of(db_path, folder)
    assert made.reason == BEFORE_UPGRADE and made.event_count == 1


# -- thinning ----------------------------------------------------------------------------------


def _fake_backups(folder: Path, database: Path, moments: list[datetime], reason: str = AUTOMATIC) -> None:
    folder.mkdir(exist_ok=True)
    for moment in moments:
        (
            folder / f"{backups.name_prefix(database)}{moment:%Y%m%d-%H%M%S}-{reason.replace(' ', '-')}.sqlite"
        ).write_bytes(b"")


def _kept_days(database: Path, folder: Path) -> list[str]:
    return sorted(f"{backup.made_at:%Y-%m-%d}" for backup in backups.backups_of(database, folder))


def test_a_year_of_daily_backups_thins_to_days_weeks_and_months(tmp_path, folder):
    database = tmp_path / "planner.sqlite"
    year = [datetime(2025, 1, 1, 12) + timedelta(days=number) for number in range(365)]
    _fake_backups(folder, database, year)
    now = datetime(2026, 1, 1, 8)  # a Thursday
    removed = backups.thin(database, folder, now=now)
    expected = (
        [
            f"2025-{month:02d}-{day}"
            for month, day in zip(range(1, 11), (31, 28, 31, 30, 31, 30, 31, 31, 30, 31), strict=False)
        ]  # months
        + ["2025-11-16", "2025-11-23", "2025-11-30", "2025-12-07", "2025-12-14"]  # weeks (Sundays)
        + [f"2025-12-{day}" for day in range(19, 32)]  # the last 14 days (today has none)
    )
    assert _kept_days(database, folder) == expected
    assert len(removed) == 365 - len(expected)
    assert not any(path.exists() for path in removed)


def test_thinning_every_day_keeps_what_thinning_once_keeps(tmp_path):
    """The schedule is stable: a backup removed one day would not have been
    kept later, so thinning after each backup ends where thinning once does."""
    database = tmp_path / "planner.sqlite"
    daily, once = tmp_path / "daily", tmp_path / "once"
    year = [datetime(2025, 1, 1, 12) + timedelta(days=number) for number in range(365)]
    for moment in year:
        _fake_backups(daily, database, [moment])
        backups.thin(database, daily, now=moment + timedelta(minutes=1))
    _fake_backups(once, database, year)
    backups.thin(database, once, now=year[-1] + timedelta(minutes=1))
    assert _kept_days(database, daily) == _kept_days(database, once)


def test_thinning_keeps_the_recent_ten_the_newest_three_and_safety_backups(tmp_path, folder):
    database, other = tmp_path / "planner.sqlite", tmp_path / "other.sqlite"
    now = datetime(2026, 11, 21, 15, 30)
    today = [now - timedelta(minutes=30 * number) for number in range(1, 16)]  # 15 in the last 8 hours
    _fake_backups(folder, database, today)
    _fake_backups(folder, database, [now - timedelta(days=60)], BEFORE_RESTORING)  # younger than 90 days
    _fake_backups(folder, database, [now - timedelta(days=100)], BEFORE_UPGRADE)  # older, and its month is kept anyway
    _fake_backups(folder, database, [now - timedelta(days=101)], BEFORE_UPGRADE)  # older, same month: goes
    _fake_backups(folder, other, [now - timedelta(minutes=45 + number) for number in range(20)])
    backups.thin(database, folder, now=now)
    kept = [backup.made_at for backup in backups.backups_of(database, folder)]
    assert kept == [*today[:10], now - timedelta(days=60), (now - timedelta(days=100)).replace(microsecond=0)]
    assert len(backups.backups_of(other, folder)) == 20  # another database's backups are not touched

    old = tmp_path / "old.sqlite"  # nothing younger than 24 months: still the newest three stay
    ancient = [datetime(2015, 3, day, 9) for day in (1, 2, 3, 4, 5)]
    _fake_backups(folder, old, ancient)
    backups.thin(old, folder, now=now)
    assert [backup.made_at for backup in backups.backups_of(old, folder)] == ancient[::-1][:3]


# -- restoring ----------------------------------------------------------------------------------


def test_restore_brings_back_the_content_after_saving_the_current_state(filled, folder, db_path):
    made = backups.back_up(filled, reason=ON_REQUEST, folder=folder)
    _add_event(filled, "Added after the backup")
    filled.close()
    safety = restoring.restore(made, db_path, folder)
    assert safety is not None and safety.parent == folder
    [listed] = [backup for backup in backups.backups_of(db_path, folder) if backup.path == safety]
    assert listed.reason == BEFORE_RESTORING and listed.event_count == 4
    assert "Added after the backup" in _titles(safety)
    reopened = Store.open(db_path)
    with reopened.read() as session:
        titles = [event.title for event in events.list_events(session)]
    assert len(titles) == 3 and "Added after the backup" not in titles
    assert reopened.integrity_problems() == []
    _add_event(reopened, "Written after the restore")  # a working database, still in WAL mode
    with reopened.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
    reopened.close()


@pytest.mark.parametrize(
    "damage",
    [b"", b"these are my notes, not a database\n", b"SQLite format 3\x00" + bytes(range(256)) * 40],
    ids=["empty", "text", "garbage-after-the-header"],
)
def test_a_current_file_that_cannot_be_read_is_kept_aside_not_deleted(filled, folder, db_path, damage):
    made = backups.back_up(filled, reason=ON_REQUEST, folder=folder)
    filled.close()
    db_path.write_bytes(damage)
    aside = restoring.restore(made, db_path, folder)
    assert aside is not None and aside.name.startswith("planner.sqlite.damaged-") and aside.parent == db_path.parent
    assert aside.read_bytes() == damage
    assert len(_titles(db_path)) == 3
    assert [backup.path for backup in backups.backups_of(db_path, folder)] == [made]  # no "backup" of the damage


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("missing", "no such file"),
        ("empty", "is an empty file (0 bytes)"),
        ("text", "not an SQLite file"),
        ("other program", "not one of Planner's"),
        ("newer", "made by a newer version of Planner (schema 9999_future)"),
        ("truncated", "damaged"),
    ],
)
def test_a_file_that_is_not_a_planner_backup_is_refused_and_nothing_changes(
    filled, folder, db_path, tmp_path, content, message
):
    good = backups.back_up(filled, reason=ON_REQUEST, folder=folder)
    filled.close()
    candidate = tmp_path / "candidate.sqlite"
    if content == "empty":
        candidate.write_bytes(b"")
    elif content == "text":
        candidate.write_text("minutes of the meeting")
    elif content == "other program":
        other = sqlite3.connect(candidate)
        other.execute("CREATE TABLE contacts (name TEXT)")
        other.commit()
        other.close()
    elif content == "newer":
        candidate.write_bytes(good.read_bytes())
        newer = sqlite3.connect(candidate)
        newer.execute("UPDATE alembic_version SET version_num = '9999_future'")
        newer.commit()
        newer.close()
    elif content == "truncated":
        candidate.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    before, listed = db_path.read_bytes(), _files(folder)
    with pytest.raises(StoreError) as refused:
        restoring.restore(candidate, db_path, folder)
    assert message in str(refused.value) and str(candidate) in str(refused.value)
    assert "nothing was changed" in str(refused.value)
    assert db_path.read_bytes() == before and _files(folder) == listed


def test_restoring_the_database_onto_itself_is_refused(filled, db_path, folder):
    filled.close()
    with pytest.raises(StoreError, match="is the database itself"):
        restoring.restore(db_path, db_path, folder)


def test_a_restore_waits_for_another_writer_then_gives_up_with_a_message(filled, folder, db_path, monkeypatch):
    monkeypatch.setattr(config, "BUSY_TIMEOUT_MS", 200)
    made = backups.back_up(filled, reason=ON_REQUEST, folder=folder)
    _add_event(filled, "Still here")
    blocker = sqlite3.connect(db_path, timeout=0, isolation_level=None)
    blocker.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(StoreError, match="another program is using this database"):
            restoring.restore(made, db_path, folder)
    finally:
        blocker.execute("ROLLBACK")
        blocker.close()
    with filled.read() as session:
        assert "Still here" in [event.title for event in events.list_events(session)]


def test_a_copy_on_request_is_written_whole_and_never_over_the_database(filled, tmp_path, db_path):
    target = tmp_path / "copy.sqlite"
    target.write_text("an older file of the same name")
    with pytest.raises(PlannerError, match=r"copy\.sqlite: exists and is a text file, not a Planner backup"):
        backups.back_up_to_file(filled, target)
    assert target.read_text() == "an older file of the same name"
    backups.back_up_to_file(filled, target, overwrite=True)
    assert len(_titles(target)) == 3
    backups.back_up_to_file(filled, target)  # a backup replaces a backup
    assert len(_titles(target)) == 3
    assert [path.name for path in tmp_path.iterdir() if ".part" in path.name] == []
    for itself, role in (
        (db_path, "the database itself"),
        (tmp_path / "." / "planner.sqlite", "the database itself"),
        (Path(f"{db_path}-wal"), "the write-ahead log of the database planner.sqlite"),
    ):
        with pytest.raises(PlannerError, match=f"is {role}; choose another file"):
            backups.back_up_to_file(filled, itself, overwrite=True)
    with pytest.raises(StoreError, match="does not exist"):
        backups.back_up_to_file(filled, tmp_path / "no such folder" / "copy.sqlite")
