"""`planner backup -o`, `planner backups` and `planner restore` as a user
types them: the installed program in a subprocess, on real files."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from planner.db import backups
from planner.db.lock import DatabaseLock
from planner.db.sqlite import read_only_connection
from planner.db.store import Store
from planner.services import samples
from tests.conftest import saved_database

pytestmark = pytest.mark.slow  # each test runs `planner` as a process

PLANNER = shutil.which("planner", path=str(Path(sys.executable).parent)) or "planner"
MUNICH = "ECRI study visit to BioM, Munich (23 Mar 2018)"


def planner(*args: str, data_dir: Path, check: bool = False) -> subprocess.CompletedProcess:
    environment = os.environ | {"PLANNER_DATA_DIR": str(data_dir)}
    return subprocess.run(
        [PLANNER, *args], capture_output=True, text=True, encoding="utf-8", env=environment, timeout=120, check=check
    )


def titles(database: Path, _data_dir: Path) -> list[str]:
    """The events a database file holds, read without changing it."""
    connection = read_only_connection(database)
    try:
        return sorted(title for (title,) in connection.execute("SELECT title FROM event"))
    finally:
        connection.close()


def copy_of(database: Path, target: Path) -> Path:
    """A backup made in this process (the command is tested on its own)."""
    store = Store.open(database)
    backups.back_up_to_file(store, target)
    store.close()
    return target


def remove_samples(database: Path) -> None:
    store = Store.open(database)
    with store.write() as session:
        samples.remove_samples(session)
    store.close()


def assert_one_line_error(result: subprocess.CompletedProcess, message: str) -> None:
    assert result.returncode == 1
    assert result.stderr.startswith("planner: ") and message in result.stderr, result.stderr
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr


@pytest.fixture
def database(tmp_path, data_dir) -> Path:
    """A closed database file with the sample events (and no backup yet)."""
    return saved_database(tmp_path / "events.sqlite")


def test_backup_writes_a_whole_copy_and_refuses_the_database_itself(database, tmp_path, data_dir):
    copy = tmp_path / "copy.sqlite"
    result = planner("--db", str(database), "backup", "-o", str(copy), data_dir=data_dir, check=True)
    assert f"Wrote {copy}" in result.stdout
    assert len(titles(copy, data_dir)) == 3
    assert not [path for path in tmp_path.iterdir() if path.name.endswith(".part")]

    before = database.read_bytes()
    assert_one_line_error(
        planner("--db", str(database), "backup", "-o", str(database), data_dir=data_dir), "is the database itself"
    )
    assert database.read_bytes() == before
    assert_one_line_error(
        planner("--db", str(database), "backup", "-o", str(tmp_path / "nowhere" / "copy.sqlite"), data_dir=data_dir),
        "does not exist",
    )


def test_backups_lists_date_reason_events_last_event_and_size(database, data_dir):
    empty = planner("--db", str(database), "backups", data_dir=data_dir, check=True)
    assert "No backups of" in empty.stdout  # listing does not open the database, nor back it up
    planner("--db", str(database), "events", data_dir=data_dir, check=True)  # opened after a change: backed up
    listing = planner("--db", str(database), "backups", data_dir=data_dir, check=True).stdout.splitlines()
    assert listing[0].startswith(f"Backups of {database}")
    [row] = listing[1:]
    assert "automatic" in row and "3 events" in row and MUNICH in row and "KB" in row
    assert row.split()[-1].startswith("events-") and row.split()[-1].endswith("-automatic.sqlite")


def test_restore_brings_back_a_backup_and_keeps_the_state_before(database, tmp_path, data_dir):
    copy = copy_of(database, tmp_path / "three.sqlite")
    remove_samples(database)
    assert titles(database, data_dir) == []

    result = planner("--db", str(database), "restore", str(copy), data_dir=data_dir, check=True)
    assert f"Restored {database} from {copy}" in result.stdout
    safety = Path(result.stdout.split("backed up in ")[1].strip())
    assert safety.exists() and safety.name.endswith("-before-restoring.sqlite")
    assert len(titles(database, data_dir)) == 3
    assert titles(safety, data_dir) == []  # the state before: the samples removed

    # A name from `planner backups` is enough.
    listed = planner("--db", str(database), "backups", data_dir=data_dir, check=True).stdout
    assert safety.name in listed
    again = planner("--db", str(database), "restore", safety.name, data_dir=data_dir, check=True)
    assert "Restored" in again.stdout and titles(database, data_dir) == []


def test_restore_works_on_a_database_that_cannot_be_opened(database, tmp_path, data_dir):
    copy = copy_of(database, tmp_path / "three.sqlite")
    database.write_bytes(b"\x00" * 4096)  # overwritten by something
    result = planner("--db", str(database), "restore", str(copy), data_dir=data_dir, check=True)
    assert "could not be read; it was kept aside as" in result.stdout
    [aside] = tmp_path.glob("events.sqlite.damaged-*")
    assert aside.read_bytes() == b"\x00" * 4096
    assert len(titles(database, data_dir)) == 3


@pytest.mark.parametrize(
    ("file", "message"),
    [("missing.sqlite", "missing.sqlite: no such file; nothing was changed"), ("notes.txt", "not an SQLite file")],
)
def test_restore_refuses_what_is_not_a_backup_in_one_line(database, tmp_path, data_dir, file, message):
    (tmp_path / "notes.txt").write_text("not a database")
    before = database.read_bytes()
    assert_one_line_error(planner("--db", str(database), "restore", str(tmp_path / file), data_dir=data_dir), message)
    assert database.read_bytes() == before


def test_restore_is_refused_while_a_planner_window_has_the_database(database, tmp_path, data_dir):
    copy = copy_of(database, tmp_path / "three.sqlite")
    remove_samples(database)
    with DatabaseLock.acquire(database):  # as the app holds it
        assert_one_line_error(planner("--db", str(database), "restore", str(copy), data_dir=data_dir), "is open")
    assert titles(database, data_dir) == []
