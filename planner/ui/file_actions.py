"""The File menu's work: new and open databases, recent files, importing
and exporting event files."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox

from planner import output_paths
from planner.errors import PlannerError
from planner.fileio import write_atomically
from planner.services import database as backups
from planner.services import event_reads
from planner.ui import shortcuts, tasks
from planner.ui.action import make_action
from planner.ui.file_folders import CALENDAR, DATABASE, EVENT_FILE, last_folder, remember_folder
from planner.ui.opening import open_for_window
from planner.ui.output_check import may_write

if TYPE_CHECKING:
    from planner.operations.calendar_import import CalendarImported
    from planner.operations.files import ImportedEvent
    from planner.ui.main_window import MainWindow

DATABASE_FILTER = "Planner databases (*.sqlite *.db);;All files (*)"
EVENT_FILE_FILTER = "Planner event files (*.planner.json *.json);;All files (*)"
CALENDAR_FILTER = "Calendars (*.ics);;All files (*)"
# The notes of a calendar import the message lists; the others are counted.
NOTES_SHOWN = 10


class FileActions:
    def __init__(self, window: MainWindow):
        self.window = window
        self.context = window.context
        # Their icons come from planner.ui.icons when the window is built.
        self.new_database_action = make_action(
            window, "&New database…", self.new_database, shortcut=shortcuts.NEW_DATABASE
        )
        self.open_database_action = make_action(
            window,
            "&Open database…",
            self.choose_database,
            shortcut=shortcuts.OPEN_DATABASE,
        )
        self.import_event_action = make_action(
            window,
            "&Import event file…",
            self.import_event_file,
            shortcut=shortcuts.IMPORT_EVENT,
        )
        self.export_event_action = make_action(
            window,
            "&Export event file…",
            self.export_event_file,
            shortcut=shortcuts.EXPORT_EVENT,
        )
        self.import_calendar_action = make_action(window, "Import &calendar (.ics)…", self.import_calendar_file)
        self.export_calendar_action = make_action(window, "Export c&alendar (.ics)…", self.export_calendar_file)
        self.back_up_action = make_action(window, "&Back up now", self.back_up_now)
        self.restore_backup_action = make_action(window, "Restore from bac&kup…", self.restore_from_backup)
        self.import_event_action.setIconText("Import")
        self.export_event_action.setIconText("Export")
        self.recent_menu = QMenu("Open &recent", window)

    def new_database(self) -> None:
        settings = self.context.settings
        path, _ = QFileDialog.getSaveFileName(
            self.window, "New database", str(last_folder(settings, DATABASE) / "events.sqlite"), DATABASE_FILTER
        )
        if not path:
            return
        remember_folder(settings, DATABASE, path)
        target = Path(path)
        if target.exists():
            QMessageBox.warning(
                self.window,
                "New database",
                f"{target} already exists; choose another name, or open it with File ▸ Open database.",
            )
            return
        self.open_database(target, with_samples=False)

    def choose_database(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.window, "Open database", str(self.context.database_path.parent), DATABASE_FILTER
        )
        if path:
            remember_folder(self.context.settings, DATABASE, path)
            self.open_database(Path(path))

    def open_database(self, path: Path, *, with_samples: bool = False) -> bool:
        if path.resolve() == self.context.database_path.resolve():
            return True
        opened = open_for_window(self.window, path, self.context.settings)
        if opened is None:
            return False
        store, lock = opened
        if with_samples:
            from planner.operations import perform
            from planner.operations.files import AddSampleEvents

            try:  # part of making the new database: not an undoable step
                perform(store, AddSampleEvents())
            except PlannerError as error:
                QMessageBox.warning(self.window, "Cannot add the sample events", str(error))
        self.context.replace_store(store, lock)
        self.context.remember_database(store.path)
        self.rebuild_recent_menu()
        return True

    def rebuild_recent_menu(self) -> None:
        self.recent_menu.clear()
        current = str(self.context.database_path)
        entries = [entry for entry in self.context.recent_databases() if entry != current]
        for entry in entries:
            action = self.recent_menu.addAction(entry)
            action.triggered.connect(lambda _checked=False, entry=entry: self.open_database(Path(entry)))
        self.recent_menu.setEnabled(bool(entries))

    # -- imports and exports in the background ------------------------------------

    def _import(self, path: Path, operation, error_title: str, opened) -> tasks.Task | None:
        """Run an import on the worker thread as one undoable edit; on its
        end ``opened(result)``, or the user is told it was stopped or refused
        (then nothing was imported)."""

        def failed(error: PlannerError) -> None:
            QMessageBox.warning(self.window, error_title, f"{error}\n\nNothing was imported.")

        def cancelled() -> None:
            self.window.statusBar().showMessage(f"Import of {path.name} stopped; nothing was imported.", 8000)

        return self._run(
            lambda runner: runner.perform(
                operation, f"Importing {path.name}…", on_done=opened, on_failed=failed, on_cancelled=cancelled
            ),
            error_title,
        )

    def _export(self, path: Path, progress_text: str, error_title: str, work, written) -> tasks.Task | None:
        """Run an export on the worker thread; ``written()`` once the file is
        complete, else the user is told (and nothing was written)."""

        def cancelled() -> None:
            self.window.statusBar().showMessage(f"Export stopped; {path.name} was not written.", 8000)

        return self._run(
            lambda runner: runner.start(
                "an export",
                progress_text,
                work,
                on_done=lambda _result: written(),
                on_failed=lambda error: QMessageBox.warning(self.window, error_title, str(error)),
                on_cancelled=cancelled,
            ),
            error_title,
        )

    def _run(self, start, error_title: str) -> tasks.Task | None:
        try:
            return start(tasks.TaskRunner.of(self.window))
        except PlannerError as error:  # read-only, or other work still running
            QMessageBox.warning(self.window, error_title, str(error))
            return None

    # -- event files ------------------------------------------------------------

    def import_event_file(self, path: Path | None = None) -> tasks.Task | None:
        if path is None:
            chosen, _ = QFileDialog.getOpenFileName(
                self.window, "Import event file", str(last_folder(self.context.settings, EVENT_FILE)), EVENT_FILE_FILTER
            )
            if not chosen:
                return None
            remember_folder(self.context.settings, EVENT_FILE, chosen)
            path = Path(chosen)

        from planner.operations.files import ImportEventFile

        def opened(event: ImportedEvent) -> None:
            self.window.open_event(event.id)
            self.window.statusBar().showMessage(f"Imported “{event.title}” from {path.name}", 8000)

        return self._import(path, ImportEventFile(path), "Cannot import the event file", opened)

    def export_event_file(self, path: Path | None = None) -> tasks.Task | None:
        event_id = self.window.current_event_id()
        if event_id is None:
            return None
        with self.context.rows() as rows:
            event = event_reads.event_details(rows, event_id)
        if path is None:
            suggestion = last_folder(self.context.settings, EVENT_FILE) / f"{_file_name(event.title)}.planner.json"
            chosen, _ = QFileDialog.getSaveFileName(
                self.window, "Export event file", str(suggestion), EVENT_FILE_FILTER
            )
            if not chosen:
                return None
            remember_folder(self.context.settings, EVENT_FILE, chosen)
            path = Path(chosen)
        store = self.context.store
        if not may_write(self.window, store, path, output_paths.EVENT_FILE, "Cannot export the event"):
            return None
        from planner.exchange.event_export import export_event
        from planner.exchange.event_file import dumps

        def work(progress):
            # In a worker thread; the file is written only once it is complete.
            with store.read() as session, tasks.watching(session, progress):
                document = export_event(session, event_id)
            data = dumps(document)
            progress.check()
            write_atomically(path, data)

        def written() -> None:
            self.window.statusBar().showMessage(f"Exported “{event.title}” to {path}", 8000)

        return self._export(path, f"Exporting “{event.title}”…", "Cannot export the event", work, written)

    # -- calendars ----------------------------------------------------------------

    def import_calendar_file(self, path: Path | None = None) -> tasks.Task | None:
        """Events from a partner's invitation or conference calendar."""
        if path is None:
            chosen, _ = QFileDialog.getOpenFileName(
                self.window, "Import calendar", str(last_folder(self.context.settings, CALENDAR)), CALENDAR_FILTER
            )
            if not chosen:
                return None
            remember_folder(self.context.settings, CALENDAR, chosen)
            path = Path(chosen)

        from planner.operations.files import ImportCalendar  # icalendar: when first used
        from planner.ui.calendar_plan import CalendarPlanDialog

        # A calendar imported before updates its event: the changes are shown first.
        operation = ImportCalendar(path)
        try:
            with self.context.read() as session:
                plan = operation.plan(session)
        except PlannerError as error:
            QMessageBox.warning(self.window, "Cannot import the calendar", f"{error}\n\nNothing was imported.")
            return None
        if plan.changes_nothing:
            QMessageBox.information(self.window, "Import calendar", f"{path.name}: {plan.note}")
            return None
        if not plan.is_new and not CalendarPlanDialog(plan, path.name, self.window).applies():
            return None

        def opened(result: CalendarImported) -> None:
            shown = result.event
            if shown is None:
                return
            self.window.open_event(shown.id)
            done = "Updated" if result.updated else "Imported"
            self.window.statusBar().showMessage(f"{done} “{shown.title}” from {path.name}", 8000)
            if result.notes:  # what was changed or left aside: the user should know before relying on it
                listed = result.notes[:NOTES_SHOWN]
                more = len(result.notes) - len(listed)
                lines = "\n".join([f"• {note}" for note in listed] + ([f"• … and {more} more"] if more else []))
                QMessageBox.information(
                    self.window, "Calendar imported", f"Imported “{shown.title}” from {path.name}.\n\n{lines}"
                )

        return self._import(path, operation, "Cannot import the calendar", opened)

    def export_calendar_file(self, path: Path | None = None) -> tasks.Task | None:
        """The event's calendar with its agenda and open actions, for
        Outlook, Google, Apple Calendar or Thunderbird."""
        from planner.calendar.event_calendar import event_calendar

        event_id = self.window.current_event_id()
        if event_id is None:
            return None
        with self.context.rows() as rows:
            title = event_reads.event_details(rows, event_id).title
        if path is None:
            suggestion = last_folder(self.context.settings, CALENDAR) / f"{_file_name(title)}.ics"
            chosen, _ = QFileDialog.getSaveFileName(self.window, "Export calendar", str(suggestion), CALENDAR_FILTER)
            if not chosen:
                return None
            remember_folder(self.context.settings, CALENDAR, chosen)
            path = Path(chosen)

        store = self.context.store
        if not may_write(self.window, store, path, output_paths.CALENDAR, "Cannot export the calendar"):
            return None

        def export(progress) -> None:
            # In a worker thread. Written inside the unit of work: what was
            # sent is remembered only if the file was written.
            with store.write() as session:
                with tasks.watching(session, progress):
                    data = event_calendar(session, event_id, actions=True)
                write_atomically(path, data)

        def written() -> None:
            self.window.statusBar().showMessage(f"Exported the calendar of “{title}” to {path}", 8000)

        return self._export(
            path, f"Exporting the calendar of “{title}”…", "Cannot export the calendar", export, written
        )

    # -- backups --------------------------------------------------------------------

    def back_up_now(self) -> Path | None:
        """A backup "on request" into the backup folder, whatever changed."""
        try:
            made = backups.back_up(self.context.store, reason=backups.ON_REQUEST)
        except PlannerError as error:
            QMessageBox.warning(self.window, "Cannot back up the database", str(error))
            return None
        self.window.statusBar().showMessage(f"Backed up to {made}", 10000)
        return made

    def restore_from_backup(self) -> bool:
        from planner.ui.backups_dialog import BackupsDialog

        dialog = BackupsDialog(self.context, self.window)
        dialog.exec()
        if dialog.outcome:
            self.window.statusBar().showMessage(dialog.outcome, 15000)
        return bool(dialog.outcome)


def _file_name(title: str) -> str:
    cleaned = "".join(character if character.isalnum() or character in " -_" else " " for character in title)
    return "-".join(cleaned.split())[:60] or "event"
