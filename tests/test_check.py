"""`planner check` and damage found when a database is opened: SQLite's
integrity and foreign-key checks with the domain checks; a damaged file is
named in one line and left as it is."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from planner.db.store import Store
from planner.errors import StoreError
from tests.databases import saved_database

PLANNER = shutil.which("planner", path=str(Path(sys.executable).parent)) or "planner"
PAGE = 4096


def planner(*args: str, data_dir: Path) -> subprocess.CompletedProcess:
    environment = os.environ | {"PLANNER_DATA_DIR": str(data_dir)}
    return subprocess.run(
        [PLANNER, *args], capture_output=True, text=True, encoding="utf-8", env=environment, timeout=120
    )


@pytest.fixture
def real_database(db_path) -> Path:
    """A closed database holding the three sample events."""
    return saved_database(db_path)


def _damaged_copy(source: Path, page: int, folder: Path) -> Path:
    data = bytearray(source.read_bytes())
    data[page * PAGE : (page + 1) * PAGE] = b"\xff" * PAGE
    damaged = folder / f"damaged-page-{page}.sqlite"
    damaged.write_bytes(bytes(data))
    return damaged


def test_damage_anywhere_in_the_file_is_found_when_it_is_opened(real_database, tmp_path):
    """Overwriting any one page in the middle: opening refuses, naming the
    file, and leaves it byte for byte as it was."""
    pages = real_database.stat().st_size // PAGE
    assert pages > 10
    for page in range(1, pages):
        damaged = _damaged_copy(real_database, page, tmp_path)
        before = damaged.read_bytes()
        with pytest.raises(StoreError, match="is damaged") as refused:
            Store.open(damaged)
        assert str(damaged) in str(refused.value)
        assert damaged.read_bytes() == before, f"page {page}"
        assert not Path(f"{damaged}-wal").exists()
        damaged.unlink()


@pytest.mark.slow
def test_check_names_a_damaged_file_in_one_line(real_database, tmp_path, data_dir):
    damaged = _damaged_copy(real_database, real_database.stat().st_size // PAGE // 2, tmp_path)
    digest = hashlib.sha256(damaged.read_bytes()).hexdigest()
    result = planner("--db", str(damaged), "check", data_dir=data_dir)
    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr.startswith(f"planner: {damaged}: is damaged")
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert hashlib.sha256(damaged.read_bytes()).hexdigest() == digest


@pytest.mark.slow
def test_check_reports_rows_that_refer_to_something_missing(real_database, data_dir):
    connection = sqlite3.connect(real_database)
    connection.execute("PRAGMA foreign_keys=OFF")  # as another tool might have
    event_id = connection.execute("SELECT id FROM event WHERE title LIKE 'ECRI%'").fetchone()[0]
    row = connection.execute(
        "INSERT INTO participation (event_id, person_id, role, status, notes) VALUES (?, 99999, 'participant', 'invited', '')",
        (event_id,),
    ).lastrowid
    connection.commit()
    connection.close()

    result = planner("--db", str(real_database), "check", data_dir=data_dir)
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert f"database: participation row {row} refers to a missing person" in lines
    assert lines[-1].endswith("found.") and "Traceback" not in result.stderr


@pytest.mark.slow
def test_check_passes_a_sound_database(real_database, data_dir):
    result = planner("--db", str(real_database), "check", data_dir=data_dir)
    assert "database:" not in result.stdout
