"""Opening a database in the app: a database open in another Planner, a
read-only one, and every kind of file that cannot be opened, each with a
clear message, the file left byte for byte as it was, and a backup offered
where there is one."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from planner import config
from planner.db import backups
from planner.db import lock as lock_module
from planner.db.lock import DatabaseLock, holder_of, lock_path
from planner.db.store import Store
from planner.operations.events import CreateEvent
from planner.services import events
from planner.services.labels import clock, day
from planner.ui import app, opening
from planner.ui.context import AppContext, open_settings
from planner.ui.main_window import MainWindow
from tests.conftest import saved_database

PLANNER = shutil.which("planner", path=str(Path(sys.executable).parent)) or "planner"
DEMO = Path(__file__).resolve().parents[2] / "resources" / "demo"


class Dialogs:
    """What the app showed: ("ask" | "warning" | "information" | "critical",
    title, text); questions get the next of ``answers``."""

    def __init__(self):
        self.shown: list[tuple[str, str, str]] = []
        self.choices: list[list[str]] = []
        self.answers: list[str] = []

    def texts(self, kind: str) -> list[str]:
        return [text for shown_kind, _title, text in self.shown if shown_kind == kind]


@pytest.fixture
def dialogs(monkeypatch) -> Dialogs:
    shown = Dialogs()

    def ask(_parent, title, text, choices, *, details="", icon=None):
        shown.shown.append(("ask", title, f"{text}\n{details}"))
        shown.choices.append(choices)
        return shown.answers.pop(0)

    monkeypatch.setattr(opening, "ask", ask)
    for kind in ("warning", "information", "critical"):
        monkeypatch.setattr(
            QMessageBox,
            kind,
            lambda _parent, title, text, *_args, kind=kind, **_kwargs: shown.shown.append((kind, title, text)),
        )
    return shown


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _event_count(path: Path) -> int:
    connection = sqlite3.connect(path)
    try:
        return connection.execute("SELECT count(*) FROM event").fetchone()[0]
    finally:
        connection.close()


# -- a database open in another Planner --------------------------------------------------


def test_a_second_window_is_told_where_the_database_is_open_and_can_read_it(context, db_path, qtbot, dialogs):
    context.lock = DatabaseLock.acquire(db_path)  # the first window
    before = _digest(db_path)
    dialogs.answers = [opening.OPEN_READ_ONLY]

    opened = opening.open_for_window(None, db_path, open_settings())

    [(_kind, title, text)] = dialogs.shown
    assert title == "Database open in another Planner"
    assert f"planner.sqlite is open in Planner on {os.uname().nodename} (process {os.getpid()}" in text
    assert "Open it read-only, or cancel?" in text
    assert dialogs.choices == [["Open read-only", "Cancel"]]
    store, lock = opened
    assert lock is None and store.read_only

    second = AppContext(store, open_settings(), lock=lock)
    window = MainWindow(second)
    qtbot.addWidget(window)
    window.show()
    assert window.windowTitle() == "planner.sqlite — Read-only — Planner"
    assert window.read_only_label.isVisible()
    assert "read-only" in window.statusBar().currentMessage()
    for action in (window.new_event_action, window.files.import_event_action, window.files.import_calendar_action):
        assert not action.isEnabled()
    window.open_event(1)
    assert not window.delete_event_action.isEnabled()

    new_event = CreateEvent(
        {
            "title": "Partner meeting",
            "kind": "meeting",
            "starts_on": date(2026, 5, 4),
            "ends_on": date(2026, 5, 4),
            "timezone": "Europe/Brussels",
        }
    )
    assert second.try_perform(window, new_event) is None
    [refusal] = dialogs.texts("warning")
    assert dialogs.shown[-1][1] == "The database is open read-only"
    assert "opened read-only; nothing was changed" in refusal and str(db_path) in refusal
    assert _event_count(db_path) == 3
    window.close()
    store.close()
    assert _digest(db_path) == before
    assert holder_of(db_path).pid == os.getpid()  # the first window still holds it
    context.lock.release()


def test_cancel_opens_nothing(window, tmp_path, dialogs):
    other = saved_database(tmp_path / "other.sqlite")
    held = DatabaseLock.acquire(other)
    dialogs.answers = [opening.CANCEL]
    assert window.files.open_database(other) is False
    assert window.context.store.path.name == "planner.sqlite"
    assert window.windowTitle() == "planner.sqlite — Planner"
    assert [kind for kind, *_ in dialogs.shown] == ["ask"]
    held.release()


def test_the_window_holds_the_lock_until_it_opens_another_database_or_closes(window, tmp_path, dialogs):
    first = saved_database(tmp_path / "first.sqlite")
    second = saved_database(tmp_path / "second.sqlite")
    assert window.files.open_database(first)
    assert holder_of(first).pid == os.getpid()
    assert window.files.open_database(second)
    assert holder_of(first) is None and holder_of(second).pid == os.getpid()
    assert not window.context.read_only and window.windowTitle() == "second.sqlite — Planner"
    window.close()
    assert holder_of(second) is None
    assert dialogs.shown == []


def test_a_command_line_write_works_while_the_app_has_the_database_open(store, db_path, data_dir, qtbot):
    """The command line takes no lock of Planner's: SQLite lets it write
    while the app holds its lock and is in the middle of reading."""
    context = AppContext(store, open_settings(), lock=DatabaseLock.acquire(db_path))
    with context.read() as session:
        assert events.list_events(session) == []  # a read transaction is open
        result = subprocess.run(
            [PLANNER, "--db", str(db_path), "import-event", str(DEMO / "madrid-workshop-2009.planner.json")],
            capture_output=True,
            text=True,
            env=os.environ | {"PLANNER_DATA_DIR": str(data_dir)},
            timeout=120,
        )
    assert result.returncode == 0, result.stderr
    with context.read() as session:
        assert [event.title.split()[0] for event in events.list_events(session)] == ["Improvement"]
    context.release_lock()


# -- read-only files and folders --------------------------------------------------------


def test_a_read_only_file_opens_read_only_and_says_so(tmp_path, monkeypatch, dialogs):
    path = saved_database(tmp_path / "archive.sqlite")
    real_access = os.access
    monkeypatch.setattr(
        lock_module.os, "access", lambda where, mode: False if str(where) == str(path) else real_access(where, mode)
    )
    store, lock = opening.open_for_window(None, path)
    assert store.read_only and lock is None
    [(kind, title, text)] = dialogs.shown
    assert (kind, title) == ("information", "Opened read-only")
    assert f"{path}: the file archive.sqlite is read-only, so Planner opens it read-only" in text
    assert "not change anything" in text
    assert not lock_path(path).exists()
    store.close()


def test_a_folder_where_no_lock_can_be_made_opens_read_only(tmp_path, monkeypatch, dialogs):
    path = saved_database(tmp_path / "shared.sqlite")
    real_open = os.open

    def no_lock_files(where, flags, *args):
        if str(where).endswith(".lock"):
            raise OSError(30, "Read-only file system", str(where))
        return real_open(where, flags, *args)

    monkeypatch.setattr(lock_module.os, "open", no_lock_files)
    store, lock = opening.open_for_window(None, path)
    assert store.read_only and lock is None
    [text] = dialogs.texts("information")
    assert "cannot make its lock file shared.sqlite.lock beside it (Read-only file system)" in text
    store.close()


# -- files that cannot be opened ----------------------------------------------------------


def _text_file(folder: Path) -> Path:
    path = folder / "notes.sqlite"
    path.write_text("Agenda for Tuesday\n")
    return path


def _empty_file(folder: Path) -> Path:
    path = folder / "empty.sqlite"
    path.write_bytes(b"")
    return path


def _damaged_in_the_middle(folder: Path) -> Path:
    path = saved_database(folder / "damaged.sqlite")
    data = bytearray(path.read_bytes())
    middle = len(data) // 4096 // 2 * 4096
    data[middle : middle + 4096] = b"\xff" * 4096
    path.write_bytes(bytes(data))
    return path


def _from_a_newer_planner(folder: Path) -> Path:
    path = saved_database(folder / "newer.sqlite")
    connection = sqlite3.connect(path)
    connection.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    connection.commit()
    connection.close()
    return path


def _another_programs(folder: Path) -> Path:
    path = folder / "invoices.sqlite"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE invoice (id INTEGER PRIMARY KEY, total TEXT)")
    connection.commit()
    connection.close()
    return path


def _in_a_missing_folder(folder: Path) -> Path:
    return folder / "USB stick" / "planner.sqlite"


BAD_FILES = {
    "not SQLite": (
        _text_file,
        "is not a Planner database (not an SQLite file)",
        "Restore a backup of it, or choose another database",
    ),
    "zero bytes": (_empty_file, "is an empty file (0 bytes)", "Restore a backup of it"),
    "damaged": (_damaged_in_the_middle, "is damaged", "Planner has not changed the file. Restore a backup of it"),
    "newer Planner": (
        _from_a_newer_planner,
        "was made by a newer version of Planner",
        "update Planner to open it.\n\nPlanner has not changed the file.",
    ),
    "another program": (_another_programs, "not one of Planner's", "Choose a Planner database"),
    "missing folder": (_in_a_missing_folder, "the folder", "Is the drive, USB stick or network folder connected?"),
}


@pytest.mark.parametrize("kind", list(BAD_FILES))
def test_a_file_that_cannot_be_opened_gets_a_clear_message_and_stays_as_it_was(kind, tmp_path, dialogs):
    make, problem, advice = BAD_FILES[kind]
    folder = tmp_path / "files"
    folder.mkdir()
    path = make(folder)
    before = path.read_bytes() if path.exists() else None
    listing = sorted(os.listdir(folder))

    assert opening.open_for_window(None, path) is None

    [(shown_kind, title, text)] = dialogs.shown
    assert (shown_kind, title) == ("warning", "Cannot open the database")
    assert text.startswith(f"{path}: ") and problem in text and advice in text
    assert (path.read_bytes() if path.exists() else None) == before
    assert sorted(os.listdir(folder)) == listing  # no lock, -wal or -shm file left behind


def test_opening_another_database_that_fails_keeps_the_window_on_its_own(window, tmp_path, dialogs):
    assert window.files.open_database(_empty_file(tmp_path)) is False
    assert window.context.store.path.name == "planner.sqlite"
    assert "empty file" in dialogs.texts("warning")[0]


# -- restoring a backup of a damaged database ------------------------------------------------


def _with_a_backup(path: Path) -> backups.BackupInfo:
    store = Store.open(path)
    backups.back_up(store, reason=backups.ON_REQUEST)
    store.close()
    [backup] = backups.backups_of(path)
    return backup


def test_a_damaged_database_with_a_backup_is_restored_when_the_user_agrees(tmp_path, dialogs):
    path = saved_database(tmp_path / "work.sqlite")
    backup = _with_a_backup(path)
    damaged = _damaged_in_the_middle(tmp_path)
    shutil.copyfile(damaged, path)
    dialogs.answers = [opening.RESTORE]

    store, lock = opening.open_for_window(None, path)

    [(kind, title, question)] = dialogs.shown[:1]
    assert kind == "ask" and title == "Cannot open the database"
    assert f"{path}: is damaged" in question
    made = backup.made_at  # shown as every date and time of the window
    assert f"Restore the backup of {day(made)} {clock(made)} (3 events, the newest: ECRI" in question
    assert dialogs.choices == [["Restore the backup", "Cancel"]]
    [restored] = dialogs.texts("information")
    assert "restored the backup of" in restored and "The file as it was is kept in" in restored
    with store.read() as session:
        assert len(events.list_events(session)) == 3
    assert not store.read_only and lock is not None and holder_of(path).pid == os.getpid()
    # What was there before is kept, never deleted.
    kept = [p for p in backups.backups_of(path) if p.reason == backups.BEFORE_RESTORING]
    aside = list(tmp_path.glob("work.sqlite.damaged-*"))
    assert kept or aside
    store.close()
    lock.release()


def test_declining_the_restore_leaves_the_damaged_file_as_it_was(tmp_path, dialogs):
    path = saved_database(tmp_path / "work.sqlite")
    _with_a_backup(path)
    shutil.copyfile(_damaged_in_the_middle(tmp_path), path)
    before = _digest(path)
    dialogs.answers = [opening.CANCEL]
    assert opening.open_for_window(None, path) is None
    assert [kind for kind, *_ in dialogs.shown] == ["ask"]
    assert _digest(path) == before and holder_of(path) is None


def test_no_restore_is_offered_for_a_file_of_a_newer_planner(tmp_path, dialogs):
    path = saved_database(tmp_path / "work.sqlite")
    _with_a_backup(path)
    shutil.copyfile(_from_a_newer_planner(tmp_path), path)
    assert opening.open_for_window(None, path) is None
    assert [kind for kind, *_ in dialogs.shown] == ["warning"]


# -- starting the app ------------------------------------------------------------------------


@pytest.fixture
def app_without_loop(monkeypatch, qtbot):
    """run_app up to its event loop, which returns at once."""
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run_app installs its own
    monkeypatch.setattr(QApplication, "exec", lambda _self: 0)
    windows = []
    monkeypatch.setattr(MainWindow, "show", lambda window: windows.append(window))
    yield windows
    for window in windows:
        window.close()


def test_starting_on_a_database_open_elsewhere_and_cancelling_ends_quietly(db_path, app_without_loop, dialogs):
    saved_database(db_path)
    held = DatabaseLock.acquire(db_path)
    dialogs.answers = [opening.CANCEL]
    assert app.run_app(db_path) == 0
    assert app_without_loop == []
    held.release()


def test_starting_on_a_damaged_database_given_with_db_ends_with_the_message(tmp_path, app_without_loop, dialogs):
    path = _damaged_in_the_middle(tmp_path)
    assert app.run_app(path) == 1
    assert "is damaged" in dialogs.texts("warning")[0]
    assert app_without_loop == []


def test_a_damaged_last_database_falls_back_to_the_default(tmp_path, app_without_loop, dialogs):
    path = _damaged_in_the_middle(tmp_path)
    settings = open_settings()
    settings.setValue("database/last", str(path))
    settings.sync()
    assert app.run_app(None) == 0
    [text] = dialogs.texts("warning")
    assert "is damaged" in text and text.endswith("Planner opens the default database instead.")
    [window] = app_without_loop
    assert window.context.store.path == config.default_database_path()
    assert holder_of(config.default_database_path()) is None  # released when the app ended


def test_a_field_typed_in_the_overview_of_a_read_only_database_is_refused_and_restored(tmp_path, qtbot, monkeypatch):
    """The Overview saves as it is typed: read-only, the refusal is shown and
    the stored value comes back, nothing is saved."""
    from planner.ui.overview import OverviewTab

    path = saved_database(tmp_path / "shared.sqlite")
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *args, **kwargs: shown.append(text))
    context = AppContext(Store.open(path, read_only=True), open_settings())
    window = MainWindow(context)
    qtbot.addWidget(window)
    with context.read() as session:
        event_id = min(event.id for event in events.list_events(session))
        title = events.get_event(session, event_id).title
    window.open_event(event_id)
    overview = window.event_view.page_of(OverviewTab)
    overview.form.set_values({"title": "Changed while read-only"})
    assert overview.save_field("title") is False
    assert shown and "read-only" in shown[0]
    assert overview.form.value("title") == title
    with context.read() as session:
        assert events.get_event(session, event_id).title == title
