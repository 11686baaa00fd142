"""File ▸ Back up now and File ▸ Restore from backup…: what the dialog lists,
and a restore that the window shows at once, after the current state was
itself backed up."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QFileDialog, QMessageBox

from planner import config
from planner.db import backups
from planner.db.store import Store
from planner.operations.events import CreateEvent
from planner.services import events
from planner.ui.backups_dialog import BackupsDialog
from planner.ui.context import AppContext, open_settings
from tests.ui.conftest import navigator_titles

MUNICH = "ECRI study visit to BioM, Munich (23 Mar 2018)"


def _add_event(context, title: str) -> None:
    context.perform(
        CreateEvent(
            {
                "title": title,
                "kind": "meeting",
                "starts_on": date(2026, 11, 30),
                "ends_on": date(2026, 11, 30),
                "timezone": "Europe/Brussels",
            }
        )
    )


def _cells(dialog: BackupsDialog, row: int) -> list[str]:
    return [dialog.table.item(row, column).text() for column in range(dialog.table.columnCount())]


def _titles(context) -> list[str]:
    with context.read() as session:
        return sorted(event.title for event in events.list_events(session))


def test_back_up_now_writes_a_backup_and_says_where(window, context):
    made = window.files.back_up_now()
    assert made is not None and made.parent == config.backup_dir()
    assert str(made) in window.statusBar().currentMessage()
    [listed] = backups.backups_of(context.store.path)
    assert (listed.path, listed.reason, listed.event_count) == (made, backups.ON_REQUEST, 3)


def test_the_dialog_lists_the_backups_newest_first_with_what_they_hold(context, qtbot):
    first = backups.back_up(context.store, reason=backups.ON_REQUEST)
    _add_event(context, "Partner meeting in Kraków")
    second = backups.back_up_if_changed(context.store)
    dialog = BackupsDialog(context)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 2
    newest, oldest = _cells(dialog, 0), _cells(dialog, 1)
    listed = backups.backups_of(context.store.path)
    assert newest == [
        f"{listed[0].made_at:%a %d %b %Y %H:%M}",
        "Automatic",
        "4",
        "Partner meeting in Kraków (30 Nov 2026)",
        newest[4],
    ]
    assert oldest[1:4] == ["On request", "3", MUNICH]
    assert newest[4].endswith(" KB")
    assert dialog.table.item(0, 0).toolTip() == str(second) and dialog.table.item(1, 0).toolTip() == str(first)
    assert dialog.selected().path == second and dialog.restore_button.isEnabled()


def test_without_backups_the_dialog_says_how_they_come(context, qtbot):
    dialog = BackupsDialog(context)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 0 and not dialog.restore_button.isEnabled()
    assert "No backups" in dialog.intro.text() and "Back up now" in dialog.intro.text()


def test_restoring_shows_the_restored_events_clears_undo_and_keeps_the_state_before(
    window, context, qtbot, monkeypatch
):
    asked = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda _parent, _title, text, *args: asked.append(text) or QMessageBox.StandardButton.Yes,
    )
    made = backups.back_up(context.store, reason=backups.ON_REQUEST)
    _add_event(context, "Added after the backup")
    assert context.undo_stack.count() == 1
    assert "Added after the backup" in " ".join(navigator_titles(window.navigator))
    database = context.store.path

    dialog = BackupsDialog(context, window)
    qtbot.addWidget(dialog)
    dialog.table.selectRow([backup.path for backup in dialog.backups].index(made))
    assert dialog.restore_selected()

    assert "The current database will be backed up first" in asked[0]
    assert "Added after the backup" not in _titles(context) and len(_titles(context)) == 3
    assert context.store.path == database
    assert context.undo_stack.count() == 0 and not context.undo_stack.canUndo()
    visible = " ".join(navigator_titles(window.navigator))
    assert "ECRI study visit to BioM, Munich" in visible and "Added after the backup" not in visible
    before = [backup for backup in backups.backups_of(database) if backup.reason == backups.BEFORE_RESTORING]
    assert len(before) == 1 and before[0].event_count == 4
    assert before[0].path.name in dialog.outcome
    _add_event(context, "Written after the restore")  # the reopened database takes edits
    assert "Written after the restore" in _titles(context)


def test_a_restore_not_confirmed_changes_nothing(context, qtbot, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.No)
    backups.back_up(context.store, reason=backups.ON_REQUEST)
    _add_event(context, "Kept")
    dialog = BackupsDialog(context)
    qtbot.addWidget(dialog)
    dialog.table.selectRow(0)
    assert not dialog.restore_selected()
    assert "Kept" in _titles(context) and context.undo_stack.count() == 1
    assert len(backups.backups_of(context.store.path)) == 1


def test_a_file_that_is_not_a_backup_is_refused_with_a_message(
    context, qtbot, monkeypatch, tmp_path, answer_yes, warnings_shown
):
    notes = tmp_path / "notes.sqlite"
    notes.write_text("minutes, not a database")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(notes), ""))
    _add_event(context, "Kept")
    dialog = BackupsDialog(context)
    qtbot.addWidget(dialog)
    assert not dialog.choose_file()
    [warning] = warnings_shown
    assert str(notes) in warning and "nothing was changed" in warning
    assert "Kept" in _titles(context) and context.undo_stack.count() == 1
    _add_event(context, "Still writable")  # the store let go of the file and took it again
    assert "Still writable" in _titles(context)


def test_a_database_open_read_only_cannot_be_restored_here(store, qtbot):
    backups.back_up(store, reason=backups.ON_REQUEST)
    read_only = Store.open(store.path, read_only=True)
    context = AppContext(read_only, open_settings())
    dialog = BackupsDialog(context)
    qtbot.addWidget(dialog)
    assert not dialog.restore_button.isEnabled() and not dialog.file_button.isEnabled()
    assert "read-only" in dialog.intro.text()
    read_only.close()
