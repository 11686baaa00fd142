"""Long imports and exports off the GUI thread: cancelled, closed mid-way,
finished and undone, failed.

The work is paused at a chosen step by a test hook in its progress
callback (the worker waits there until the user stops it or the test lets
it go on), so what happens "mid-way" is deterministic, not a race.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from planner.db.models import Event
from planner.db.store import Store
from planner.exchange.event_file import parse, rows_in
from planner.services import events
from planner.ui import tasks
from planner.ui.tasks import TaskRunner
from tests.test_disk_full import big_event_file, contents
from tests.ui.conftest import event_id_of, finish


class Pause:
    """Stops the work at its ``at``-th progress step until the user cancels
    it or ``go_on`` is set; records what the work reported."""

    def __init__(self, at: int):
        self.at = at
        self.steps = 0
        self.reached = threading.Event()
        self.go_on = threading.Event()
        self.done_at_pause = -1
        self.threads: set[str] = set()


@pytest.fixture
def pause(monkeypatch):
    """``pause(at)`` installs the hook; returns the Pause."""

    def install(at: int) -> Pause:
        paused = Pause(at)
        original = tasks.Progress.__call__

        def step(progress, done, total=0):
            paused.steps += 1
            paused.threads.add(threading.current_thread().name)
            if paused.steps == at:
                paused.done_at_pause = done
                paused.reached.set()
                for _ in range(2000):  # at most 10 s, so a broken test fails instead of hanging
                    if progress.cancelled or paused.go_on.wait(0.005):
                        break
            original(progress, done, total)

        monkeypatch.setattr(tasks.Progress, "__call__", step)
        return paused

    return install


@pytest.fixture
def questions(monkeypatch):
    """Questions asked, answered with the answer set in ``questions.answer``."""

    class Asked(list):
        answer = QMessageBox.StandardButton.Yes

    asked = Asked()

    def question(_parent, _title, text, *args, **kwargs):
        asked.append(text)
        return asked.answer

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


@pytest.fixture
def big_file(tmp_path) -> Path:
    path = tmp_path / "partner-day.planner.json"
    path.write_bytes(big_event_file(120))
    return path


def when_paused(paused: Pause, action) -> None:
    """Do ``action`` on the GUI thread once the worker is at the pause."""

    def check():
        if paused.reached.is_set():
            action()
        else:
            QTimer.singleShot(5, check)

    QTimer.singleShot(0, check)


def press_cancel(dialog) -> None:
    dialog.findChild(QPushButton).click()


def when_dialog_shows(window, action) -> None:
    def check():
        runner = window.findChild(TaskRunner)
        if runner is not None and runner.dialog is not None and runner.dialog.isVisible():
            action(runner.dialog)
        else:
            QTimer.singleShot(5, check)

    QTimer.singleShot(0, check)


def _event_titles(context) -> list[str]:
    with context.read() as session:
        return [event.title for event in events.list_events(session)]


# -- imports ------------------------------------------------------------------------------


def test_closing_the_window_during_an_import_stops_it_and_saves_nothing(
    qtbot, window, context, big_file, pause, questions
):
    before = contents(context.store.path, values_only=True)
    paused = pause(at=300)  # mid-way: many people added, not all
    when_paused(paused, window.close)
    finish(qtbot, window, window.files.import_event_file(big_file))
    assert questions == ["An import is running. Stop it and quit?\n\nNothing of it will be saved or written."]
    assert not window.isVisible()
    assert paused.done_at_pause > 40  # rows had been added in the worker's session when it was stopped
    assert paused.steps == paused.at  # and it stopped right there, not at the end
    assert contents(context.store.path, values_only=True) == before
    assert context.store.integrity_problems() == []
    assert context.undo_stack.count() == 0
    assert QApplication.overrideCursor() is None


def test_the_import_goes_on_when_the_user_does_not_want_to_quit(qtbot, window, context, big_file, pause, questions):
    paused = pause(at=150)
    questions.answer = QMessageBox.StandardButton.No

    def try_to_close():
        window.close()
        paused.go_on.set()

    when_paused(paused, try_to_close)
    finish(qtbot, window, window.files.import_event_file(big_file))
    assert len(questions) == 1 and window.isVisible()
    new_id = window.current_event_id()
    assert new_id is not None
    assert "BioM partner day 2018" in _event_titles(context)


def test_an_import_runs_in_a_worker_with_a_progress_dialog_and_can_be_undone(
    qtbot, window, context, big_file, pause, monkeypatch
):
    monkeypatch.setattr(TaskRunner, "SHOW_DIALOG_AFTER_MS", 0)
    paused = pause(at=40)
    shown = {}

    def look(dialog):
        shown.update(label=dialog.labelText(), maximum=dialog.maximum(), modal=dialog.isModal())
        paused.go_on.set()

    when_paused(paused, lambda: when_dialog_shows(window, look))
    before = contents(context.store.path, values_only=True)
    finish(qtbot, window, window.files.import_event_file(big_file))
    new_id = window.current_event_id()
    assert shown == {
        "label": "Importing partner-day.planner.json…",
        "maximum": rows_in(parse(big_file.read_bytes())),
        "modal": True,
    }
    assert threading.main_thread().name not in paused.threads  # the work ran off the GUI thread
    assert new_id is not None
    assert window.findChild(TaskRunner).dialog is None  # the dialog is gone
    assert QApplication.overrideCursor() is None
    assert context.undo_stack.count() == 1 and window.undo_action.text() == "&Undo Import event file"
    with context.read() as session:
        assert len(events.get_event(session, new_id).title) > 0
    window.undo_action.trigger()
    assert contents(context.store.path, values_only=True) == before  # the people too
    window.redo_action.trigger()
    assert "BioM partner day 2018" in _event_titles(context)


def test_cancel_in_the_progress_dialog_stops_the_import(qtbot, window, context, big_file, pause, monkeypatch):
    monkeypatch.setattr(TaskRunner, "SHOW_DIALOG_AFTER_MS", 0)
    before = contents(context.store.path, values_only=True)
    paused = pause(at=150)
    when_paused(paused, lambda: when_dialog_shows(window, press_cancel))
    finish(qtbot, window, window.files.import_event_file(big_file))
    assert window.statusBar().currentMessage() == "Import of partner-day.planner.json stopped; nothing was imported."
    assert contents(context.store.path, values_only=True) == before
    assert context.undo_stack.count() == 0 and window.isVisible()
    assert QApplication.overrideCursor() is None  # no busy cursor left behind


def test_a_calendar_import_in_the_worker_is_undoable(qtbot, window, context):
    conference = Path(__file__).resolve().parent.parent / "data" / "ics" / "conference_dst.ics"
    before = contents(context.store.path, values_only=True)
    finish(qtbot, window, window.files.import_calendar_file(conference))
    assert window.current_event_id() is not None
    assert window.undo_action.text() == "&Undo Import calendar"
    window.undo_action.trigger()
    assert contents(context.store.path, values_only=True) == before


def test_a_refused_file_is_shown_as_a_message(qtbot, window, context, tmp_path, warnings_shown):
    broken = tmp_path / "broken.planner.json"
    broken.write_text('{"format": "planner-event", "version": 1, "event": {"title": 5}}')
    finish(qtbot, window, window.files.import_event_file(broken))
    assert len(warnings_shown) == 1
    assert warnings_shown[0].startswith("broken.planner.json: event.title: must be text")
    assert warnings_shown[0].endswith("\n\nNothing was imported.")


def test_an_unexpected_error_in_the_worker_is_logged_and_shown(
    qtbot, window, context, big_file, monkeypatch, warnings_shown, caplog
):
    from planner.exchange import event_import

    def broken_import(session, document):
        session.add(Event(title="half", kind="workshop", starts_on=document.event.starts_on,
                                 ends_on=document.event.ends_on, timezone="Europe/Berlin"))  # fmt: skip
        session.flush()
        raise ZeroDivisionError("a bug in the importer")

    monkeypatch.setattr(event_import, "import_event", broken_import)
    before = contents(context.store.path, values_only=True)
    with caplog.at_level(logging.ERROR):
        finish(qtbot, window, window.files.import_event_file(big_file))
    assert len(warnings_shown) == 1
    assert warnings_shown[0].startswith(
        "An import stopped on an unexpected error (ZeroDivisionError: a bug in the importer); nothing was changed."
    )
    assert warnings_shown[0].endswith("Nothing was imported.")
    assert "a bug in the importer" in caplog.text and caplog.records[-1].exc_info is not None
    assert contents(context.store.path, values_only=True) == before


def test_a_second_task_waits_for_the_first(qtbot, window, context, big_file, pause, tmp_path, warnings_shown):
    munich = event_id_of(context, "study_visit")
    window.open_event(munich)
    paused = pause(at=20)
    exported = tmp_path / "munich.ics"

    def export_meanwhile():
        assert window.files.export_calendar_file(exported) is None
        paused.go_on.set()

    when_paused(paused, export_meanwhile)
    finish(qtbot, window, window.files.import_event_file(big_file))
    assert window.current_event_id() != munich
    assert warnings_shown == ["An import is still running; try again when it has finished"]
    assert not exported.exists()


# -- exports ------------------------------------------------------------------------------


def _leftovers(folder: Path) -> list[str]:
    return sorted(path.name for path in folder.iterdir() if path.name.endswith(".part"))


def test_a_cancelled_export_leaves_the_old_file_as_it_was(qtbot, window, context, tmp_path, pause, monkeypatch):
    monkeypatch.setattr(TaskRunner, "SHOW_DIALOG_AFTER_MS", 0)
    window.open_event(event_id_of(context, "study_visit"))
    old = tmp_path / "munich.planner.json"
    old.write_bytes(b'{"format": "planner-event", "the": "export of last week"}\n')
    paused = pause(at=3)
    when_paused(paused, lambda: when_dialog_shows(window, press_cancel))
    finish(qtbot, window, window.files.export_event_file(old))
    assert old.read_bytes() == b'{"format": "planner-event", "the": "export of last week"}\n'
    assert _leftovers(tmp_path) == []
    assert window.statusBar().currentMessage() == "Export stopped; munich.planner.json was not written."
    assert paused.steps == paused.at


@pytest.mark.parametrize("kind", ["event file", "calendar"])
def test_closing_the_window_during_an_export_writes_no_file(qtbot, window, context, tmp_path, pause, questions, kind):
    window.open_event(event_id_of(context, "study_visit"))
    target = tmp_path / ("munich.planner.json" if kind == "event file" else "munich.ics")
    before = contents(context.store.path, values_only=True)
    paused = pause(at=3)
    when_paused(paused, window.close)
    export = window.files.export_event_file if kind == "event file" else window.files.export_calendar_file
    finish(qtbot, window, export(target))
    assert questions and questions[0].startswith("An export is running. Stop it and quit?")
    assert not window.isVisible()
    assert not target.exists() and _leftovers(tmp_path) == []
    assert contents(context.store.path, values_only=True) == before  # nothing remembered as sent either


def test_exports_finish_in_the_worker(qtbot, window, context, tmp_path):
    window.open_event(event_id_of(context, "study_visit"))
    exported = tmp_path / "munich.planner.json"
    finish(qtbot, window, window.files.export_event_file(exported))
    assert parse(exported.read_bytes()).event.title == "ECRI study visit to BioM, Munich"
    finish(qtbot, window, window.files.export_calendar_file(tmp_path / "munich.ics"))
    assert b"BEGIN:VCALENDAR" in (tmp_path / "munich.ics").read_bytes()
    assert context.undo_stack.count() == 0


def test_an_export_to_a_full_disk_says_so_and_keeps_the_old_file(
    qtbot, window, context, tmp_path, monkeypatch, warnings_shown
):
    import errno
    import os

    window.open_event(event_id_of(context, "study_visit"))
    old = tmp_path / "munich.planner.json"
    old.write_bytes(b'{"format": "planner-event", "the": "export of last week"}\n')

    def no_room(_descriptor):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", no_room)
    finish(qtbot, window, window.files.export_event_file(old))
    assert warnings_shown == [f"{old}: cannot be written (No space left on device)"]
    assert old.read_bytes() == b'{"format": "planner-event", "the": "export of last week"}\n'


# -- the database is full ------------------------------------------------------------------


def test_an_import_onto_a_full_disk_says_so_and_changes_nothing(
    qtbot, db_path, tmp_path, monkeypatch, big_file, warnings_shown
):
    from planner.ui.context import AppContext, open_settings
    from planner.ui.main_window import MainWindow
    from tests.databases import saved_database
    from tests.test_disk_full import page_count

    saved_database(db_path)
    monkeypatch.setenv("PLANNER_MAX_PAGE_COUNT", str(page_count(db_path) + 2))
    store = Store.open(db_path)
    context = AppContext(store, open_settings())
    shown = MainWindow(context)
    qtbot.addWidget(shown)
    before = contents(db_path)
    try:
        finish(qtbot, shown, shown.files.import_event_file(big_file))
        assert warnings_shown == [f"{db_path}: the disk is full; nothing was changed\n\nNothing was imported."]
        assert contents(db_path) == before
        assert store.integrity_problems() == []
        assert context.undo_stack.count() == 0
    finally:
        shown.close()
        store.close()
