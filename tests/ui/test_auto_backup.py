"""The automatic backup made when the app opens a database runs on a thread
while the window shows; a failure is told from the GUI thread."""

from __future__ import annotations

import threading

from PySide6.QtWidgets import QMessageBox

from planner import config
from planner.db import backups
from planner.ui import auto_backup, opening
from tests.conftest import saved_database


def test_opening_backs_the_database_up_on_a_thread(qtbot, tmp_path, monkeypatch):
    database = saved_database(tmp_path / "events.sqlite")
    threads = []
    start = auto_backup.start
    monkeypatch.setattr(auto_backup, "start", lambda store, parent: threads.append(start(store, parent)) or threads[-1])
    store, lock = opening.open_for_window(None, database)
    try:
        assert threads and threads[0] is not threading.current_thread()
        auto_backup.wait()
        [made] = backups.backups_of(database)
        assert made.reason == backups.AUTOMATIC and made.event_count == 3
    finally:
        store.close()
        lock.release()


def test_a_failed_backup_is_told_in_a_message_from_the_window_thread(qtbot, tmp_path, monkeypatch):
    database = saved_database(tmp_path / "events.sqlite")
    config.backup_dir().parent.mkdir(parents=True, exist_ok=True)
    config.backup_dir().write_text("a file where the backup folder should be")
    told = []
    monkeypatch.setattr(
        QMessageBox,
        "warning",
        lambda _parent, title, text, *_args: told.append((title, text, threading.current_thread())),
    )
    store, lock = opening.open_for_window(None, database)
    try:
        auto_backup.wait()
        qtbot.waitUntil(lambda: bool(told))
        title, text, thread = told[0]
        assert title == "No backup was made" and "every change is still saved" in text
        assert f"cannot be backed up into {config.backup_dir()} (it is a file, not a folder)" in text
        assert thread is threading.main_thread()
        with store.read() as session:  # the database is open all the same
            assert session is not None
    finally:
        store.close()
        lock.release()
