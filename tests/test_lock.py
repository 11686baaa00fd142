"""One writer per database file: the app's lock, who holds it, and that a
crashed holder never blocks."""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from planner.db import lock as lock_module
from planner.db.lock import (
    DatabaseInUse,
    DatabaseLock,
    LockHolder,
    LockUnavailable,
    facts_path,
    holder_of,
    lock_path,
)
from planner.errors import StoreError
from planner.services import events

HOLD_THE_LOCK = """
import sys
from planner.db.lock import DatabaseLock
held = DatabaseLock.acquire(sys.argv[1])
print("locked", flush=True)
sys.stdin.read()  # until the test closes our stdin, or kills us
held.release()
"""


@pytest.fixture
def holder_process(db_path):
    """Another process holding the lock on db_path."""
    process = subprocess.Popen(
        [sys.executable, "-c", HOLD_THE_LOCK, str(db_path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert process.stdout.readline().strip() == "locked"
    yield process
    if process.poll() is None:
        process.kill()
    process.wait(10)


def test_a_lock_held_by_another_process_names_its_host_and_process(db_path, holder_process):
    with pytest.raises(DatabaseInUse) as refused:
        DatabaseLock.acquire(db_path)
    message = str(refused.value)
    assert isinstance(refused.value, StoreError)
    assert str(db_path) in message
    assert f"in Planner on {socket.gethostname()} (process {holder_process.pid}" in message
    assert "open it read-only" in message
    holder = holder_of(db_path)
    assert holder is not None and holder.pid == holder_process.pid and holder.host == socket.gethostname()
    assert holder.since is not None and abs(datetime.now().astimezone() - holder.since) < timedelta(minutes=5)


def test_a_killed_holder_leaves_no_lock_behind(db_path, holder_process):
    holder_process.send_signal(signal.SIGKILL)
    holder_process.wait(10)
    # Its description is still there, but the OS dropped its lock at once.
    assert json.loads(facts_path(db_path).read_text())["pid"] == holder_process.pid
    assert holder_of(db_path) is None
    with DatabaseLock.acquire(db_path):
        assert holder_of(db_path).pid == os.getpid()


def test_a_holder_that_closes_frees_the_lock_and_its_files(db_path, holder_process):
    holder_process.stdin.close()
    assert holder_process.wait(10) == 0
    assert holder_of(db_path) is None
    assert not lock_path(db_path).exists() and not facts_path(db_path).exists()


def test_a_stale_description_is_ignored_and_replaced(db_path):
    stale = {"host": "LAPTOP-7", "pid": 4242, "user": "anna", "since": "2026-11-21T15:02:00+01:00", "version": "0.1.0"}
    facts_path(db_path).write_text(json.dumps(stale))
    lock_path(db_path).write_bytes(b"")
    assert holder_of(db_path) is None
    held = DatabaseLock.acquire(db_path)
    facts = json.loads(facts_path(db_path).read_text())
    assert facts["pid"] == os.getpid() and facts["host"] == socket.gethostname()
    held.release()


def test_two_opens_in_one_process_exclude_each_other_and_release_is_idempotent(db_path):
    first = DatabaseLock.acquire(db_path)
    with pytest.raises(DatabaseInUse):
        DatabaseLock.acquire(db_path)
    first.release()
    first.release()
    assert not first.held
    second = DatabaseLock.acquire(db_path)
    second.release()


def test_the_same_file_under_another_name_shares_the_lock(db_path, tmp_path, monkeypatch):
    db_path.write_bytes(b"")
    alias = tmp_path / "alias.sqlite"
    alias.symlink_to(db_path)
    monkeypatch.chdir(tmp_path)
    with DatabaseLock.acquire(Path(db_path.name)), pytest.raises(DatabaseInUse):
        DatabaseLock.acquire(alias)


def test_a_folder_where_no_lock_file_can_be_made_says_so(db_path, monkeypatch):
    real_open = os.open

    def refuse_lock_files(path, flags, *args):
        if str(path).endswith(".lock"):
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, flags, *args)

    monkeypatch.setattr(lock_module.os, "open", refuse_lock_files)
    with pytest.raises(
        LockUnavailable,
        match=r"cannot make its lock file planner.sqlite.lock beside it .Permission denied.*read-only only",
    ):
        DatabaseLock.acquire(db_path)


def test_a_lock_whose_description_cannot_be_read_still_blocks(db_path):
    with DatabaseLock.acquire(db_path):
        facts_path(db_path).write_text("{not json")
        with pytest.raises(DatabaseInUse, match=r"in another Planner .which one could not be read."):
            DatabaseLock.acquire(db_path)


def test_since_is_a_time_today_and_a_date_on_another_day():
    since = datetime(2026, 11, 21, 15, 2).astimezone()
    holder = LockHolder("LAPTOP-7", 4242, "anna", since, "0.1.0")
    assert (
        holder.describe(now=since + timedelta(hours=2))
        == "in Planner on LAPTOP-7 (process 4242, user anna, since 15:02)"
    )
    assert holder.since_text(now=since + timedelta(days=2)) == "Sat 21 Nov 2026 15:02"
    assert LockHolder.from_json(holder.to_json()) == holder


# -- the command line while the app has the database open ------------------------------

PLANNER = shutil.which("planner", path=str(Path(sys.executable).parent)) or "planner"


def _planner(*args: str, data_dir: Path, busy_timeout_ms: int = 5000) -> subprocess.CompletedProcess:
    environment = os.environ | {"PLANNER_DATA_DIR": str(data_dir), "PLANNER_BUSY_TIMEOUT_MS": str(busy_timeout_ms)}
    return subprocess.run(
        [PLANNER, *args], capture_output=True, text=True, encoding="utf-8", env=environment, timeout=120
    )


@pytest.mark.slow
def test_a_command_line_write_blocked_by_another_writer_is_refused_in_one_line(store, db_path, data_dir):
    """Another process is in the middle of a long write: the command waits
    its busy timeout, then says so in one line and changes nothing."""
    blocker = sqlite3.connect(db_path, timeout=0, isolation_level=None)
    blocker.execute("BEGIN IMMEDIATE")
    try:
        result = _planner("--db", str(db_path), "demo", data_dir=data_dir, busy_timeout_ms=300)
    finally:
        blocker.execute("ROLLBACK")
        blocker.close()
    assert result.returncode == 1
    assert (
        result.stderr
        == f"planner: {db_path}: another program is writing to this database; nothing was changed, try again\n"
    )
    assert result.stdout == ""
    with store.read() as session:
        assert events.list_events(session) == []
