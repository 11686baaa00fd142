"""The File menu's work: new and open databases, recent files, importing
and exporting event files."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox

from planner import output_paths
from planner.errors import PlannerError
from planner.fileio import write_atomically
from planner.services import database as backups
from planner.services import event_reads
from planner.shared_location import SharedPlace, is_shared
from planner.ui import icons, shortcuts, tasks
from planner.ui.action import make_action
from planner.ui.file_folders import CALENDAR, DATABASE, EVENT_FILE, last_folder, remember_folder
from planner.ui.opening import open_for_window
from planner.ui.output_check import may_write

if TYPE_CHECKING:
    from planner.operations.calendar_import import CalendarImported
    from planner.operations.files import ImportedEvent
    from planner.services.database import DatabaseLock
    from planner.ui.main_window import MainWindow

translate = QCoreApplication.translate

# The file dialogs' filters, translated where shown.
DATABASE_FILTER = str(QT_TRANSLATE_NOOP("FileActions", "Planner databases (*.sqlite *.db);;All files (*)"))
EVENT_FILE_FILTER = str(QT_TRANSLATE_NOOP("FileActions", "Planner event files (*.planner.json *.json);;All files (*)"))
CALENDAR_FILTER = str(QT_TRANSLATE_NOOP("FileActions", "Calendars (*.ics);;All files (*)"))
# The notes of a calendar import the message lists; the others are counted.
NOTES_SHOWN = 10


class FileActions:
    def __init__(self, window: MainWindow):
        self.window = window
        self.context = window.context
        # Their icons come from planner.ui.icons when the window is built.
        self.new_database_action = make_action(
            window, translate("FileActions", "&New database…"), self.new_database, shortcut=shortcuts.NEW_DATABASE
        )
        self.open_database_action = make_action(
            window,
            translate("FileActions", "&Open database…"),
            self.choose_database,
            shortcut=shortcuts.OPEN_DATABASE,
        )
        self.open_shared_action = make_action(
            window, translate("FileActions", "Open &shared database…"), self.choose_shared_database
        )
        self.import_event_action = make_action(
            window,
            translate("FileActions", "&Import event file…"),
            self.import_event_file,
            shortcut=shortcuts.IMPORT_EVENT,
        )
        self.export_event_action = make_action(
            window,
            translate("FileActions", "&Export event file…"),
            self.export_event_file,
            shortcut=shortcuts.EXPORT_EVENT,
        )
        self.import_calendar_action = make_action(
            window, translate("FileActions", "Import &calendar (.ics)…"), self.import_calendar_file
        )
        self.export_calendar_action = make_action(
            window, translate("FileActions", "Export c&alendar (.ics)…"), self.export_calendar_file
        )
        self.back_up_action = make_action(window, translate("FileActions", "&Back up now"), self.back_up_now)
        self.restore_backup_action = make_action(
            window, translate("FileActions", "Restore from bac&kup…"), self.restore_from_backup
        )
        self.import_event_action.setIconText(translate("FileActions", "Import"))
        self.export_event_action.setIconText(translate("FileActions", "Export"))
        self.recent_menu = QMenu(translate("FileActions", "Open &recent"), window)

    def new_database(self) -> None:
        settings = self.context.settings
        path, _ = QFileDialog.getSaveFileName(
            self.window,
            translate("FileActions", "New database"),
            str(last_folder(settings, DATABASE) / "events.sqlite"),
            translate("FileActions", DATABASE_FILTER),
        )
        if not path:
            return
        remember_folder(settings, DATABASE, path)
        target = Path(path)
        if target.exists():
            QMessageBox.warning(
                self.window,
                translate("FileActions", "New database"),
                translate(
                    "FileActions", "{file} already exists; choose another name, or open it with File ▸ Open database."
                ).format(file=target),
            )
            return
        self.open_database(target, with_samples=False)

    def choose_database(self) -> None:
        folder = (
            last_folder(self.context.settings, DATABASE)
            if self.context.is_shared
            else self.context.database_path.parent
        )
        path, _ = QFileDialog.getOpenFileName(
            self.window,
            translate("FileActions", "Open database"),
            str(folder),
            translate("FileActions", DATABASE_FILTER),
        )
        if path:
            remember_folder(self.context.settings, DATABASE, path)
            self.open_database(Path(path))

    def choose_shared_database(self) -> bool:
        """A partnership's database on a PostgreSQL server, asked for in a dialog."""
        from planner.ui.shared_database_dialog import open_shared_for_window

        current = self.context.database_location if self.context.is_shared else None
        shared = open_shared_for_window(self.window, current, ask_first=True)
        if shared is None:
            return False
        return self._opened(cast("backups.Store", shared), None)

    def open_database(self, path: Path | str, *, with_samples: bool = False) -> bool:
        """Open a database file, or a shared database (its URL)."""
        if self._is_open(path):
            return True
        opened = open_for_window(self.window, path, self.context.settings)
        if opened is None:
            return False
        store, lock = opened
        return self._opened(store, lock, with_samples=with_samples)

    def _is_open(self, location: Path | str) -> bool:
        if is_shared(location) or self.context.is_shared:
            return str(location) == self.context.database_location
        return Path(location).resolve() == self.context.database_path.resolve()

    def _opened(self, store: backups.Store, lock: DatabaseLock | None, *, with_samples: bool = False) -> bool:
        if with_samples:
            from planner.operations import perform
            from planner.operations.files import AddSampleEvents

            try:  # part of making the new database: not an undoable step
                perform(store, AddSampleEvents())
            except PlannerError as error:
                QMessageBox.warning(self.window, translate("FileActions", "Cannot add the sample events"), str(error))
        self.context.replace_store(store, lock)
        self.context.remember_database(store.location)
        self.rebuild_recent_menu()
        return True

    def rebuild_recent_menu(self) -> None:
        """The databases opened before, files and shared ones (never a password)."""
        self.recent_menu.clear()
        current = self.context.database_location
        entries = [entry for entry in self.context.recent_databases() if entry != current]
        for entry in entries:
            if is_shared(entry):
                shown = translate("FileActions", "shared: {name}").format(name=SharedPlace.of(entry).name)
                action = self.recent_menu.addAction(shown)
                action.setToolTip(entry)
                action.setProperty(icons.SHARED_ENTRY, True)
                action.triggered.connect(lambda _checked=False, entry=entry: self.open_database(entry))
            else:
                action = self.recent_menu.addAction(entry)
                action.triggered.connect(lambda _checked=False, entry=entry: self.open_database(Path(entry)))
        self.recent_menu.setEnabled(bool(entries))

    # -- imports and exports in the background ------------------------------------

    def _import(self, path: Path, operation, error_title: str, opened) -> tasks.Task | None:
        """Run an import on the worker thread as one undoable edit; on its
        end ``opened(result)``, or the user is told it was stopped or refused
        (then nothing was imported)."""

        def failed(error: PlannerError) -> None:
            QMessageBox.warning(
                self.window,
                error_title,
                translate("FileActions", "{error}\n\nNothing was imported.").format(error=error),
            )

        def cancelled() -> None:
            self.window.statusBar().showMessage(
                translate("FileActions", "Import of {file} stopped; nothing was imported.").format(file=path.name), 8000
            )

        return self._run(
            lambda runner: runner.perform(
                operation,
                translate("FileActions", "Importing {file}…").format(file=path.name),
                what=translate("FileActions", "an import", "what is running, at the start of a sentence"),
                on_done=opened,
                on_failed=failed,
                on_cancelled=cancelled,
            ),
            error_title,
        )

    def _export(self, path: Path, progress_text: str, error_title: str, work, written) -> tasks.Task | None:
        """Run an export on the worker thread; ``written()`` once the file is
        complete, else the user is told (and nothing was written)."""

        def cancelled() -> None:
            self.window.statusBar().showMessage(
                translate("FileActions", "Export stopped; {file} was not written.").format(file=path.name), 8000
            )

        return self._run(
            lambda runner: runner.start(
                translate("FileActions", "an export", "what is running, at the start of a sentence"),
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
                self.window,
                translate("FileActions", "Import event file"),
                str(last_folder(self.context.settings, EVENT_FILE)),
                translate("FileActions", EVENT_FILE_FILTER),
            )
            if not chosen:
                return None
            remember_folder(self.context.settings, EVENT_FILE, chosen)
            path = Path(chosen)

        from planner.operations.files import ImportEventFile

        def opened(event: ImportedEvent) -> None:
            self.window.open_event(event.id)
            self.window.statusBar().showMessage(
                translate("FileActions", "Imported “{title}” from {file}").format(title=event.title, file=path.name),
                8000,
            )

        return self._import(
            path, ImportEventFile(path), translate("FileActions", "Cannot import the event file"), opened
        )

    def export_event_file(self, path: Path | None = None) -> tasks.Task | None:
        event_id = self.window.current_event_id()
        if event_id is None:
            return None
        with self.context.rows() as rows:
            event = event_reads.event_details(rows, event_id)
        if path is None:
            suggestion = last_folder(self.context.settings, EVENT_FILE) / f"{_file_name(event.title)}.planner.json"
            chosen, _ = QFileDialog.getSaveFileName(
                self.window,
                translate("FileActions", "Export event file"),
                str(suggestion),
                translate("FileActions", EVENT_FILE_FILTER),
            )
            if not chosen:
                return None
            remember_folder(self.context.settings, EVENT_FILE, chosen)
            path = Path(chosen)
        store = self.context.store
        cannot = translate("FileActions", "Cannot export the event")
        if not may_write(self.window, store, path, output_paths.EVENT_FILE, cannot):
            return None
        from planner.exchange.disclosed import event_file_disclosed
        from planner.exchange.event_export import export_event
        from planner.exchange.event_file import dumps
        from planner.services import disclosures

        def work(progress):
            # In a worker thread; the file is written only once it is complete.
            with store.read() as session, tasks.watching(session, progress):
                document = export_event(session, event_id)
                whose = event_file_disclosed(session, event_id)
            data = dumps(document)
            progress.check()
            disclosures.write_and_record(store, path, data, whose)

        def written() -> None:
            self.window.statusBar().showMessage(
                translate("FileActions", "Exported “{title}” to {file}").format(title=event.title, file=path), 8000
            )

        exporting = translate("FileActions", "Exporting “{title}”…").format(title=event.title)
        return self._export(path, exporting, cannot, work, written)

    # -- calendars ----------------------------------------------------------------

    def import_calendar_file(self, path: Path | None = None) -> tasks.Task | None:
        """Events from a partner's invitation or conference calendar."""
        if path is None:
            chosen, _ = QFileDialog.getOpenFileName(
                self.window,
                translate("FileActions", "Import calendar"),
                str(last_folder(self.context.settings, CALENDAR)),
                translate("FileActions", CALENDAR_FILTER),
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
            QMessageBox.warning(
                self.window,
                translate("FileActions", "Cannot import the calendar"),
                translate("FileActions", "{error}\n\nNothing was imported.").format(error=error),
            )
            return None
        if plan.changes_nothing:
            QMessageBox.information(
                self.window, translate("FileActions", "Import calendar"), f"{path.name}: {plan.note}"
            )
            return None
        if not plan.is_new and not CalendarPlanDialog(plan, path.name, self.window).applies():
            return None

        def opened(result: CalendarImported) -> None:
            shown = result.event
            if shown is None:
                return
            self.window.open_event(shown.id)
            done = (
                translate("FileActions", "Updated “{title}” from {file}")
                if result.updated
                else translate("FileActions", "Imported “{title}” from {file}")
            )
            self.window.statusBar().showMessage(done.format(title=shown.title, file=path.name), 8000)
            if result.notes:  # what was changed or left aside: the user should know before relying on it
                listed = result.notes[:NOTES_SHOWN]
                more = len(result.notes) - len(listed)
                and_more = translate("FileActions", "• … and %n more", "", more)
                lines = "\n".join([f"• {note}" for note in listed] + ([and_more] if more else []))
                QMessageBox.information(
                    self.window,
                    translate("FileActions", "Calendar imported"),
                    translate("FileActions", "Imported “{title}” from {file}.\n\n{notes}").format(
                        title=shown.title, file=path.name, notes=lines
                    ),
                )

        return self._import(path, operation, translate("FileActions", "Cannot import the calendar"), opened)

    def export_calendar_file(self, path: Path | None = None) -> tasks.Task | None:
        """The event's calendar with its agenda and open actions, for
        Outlook, Google, Apple Calendar or Thunderbird."""
        from planner.calendar.disclosed import event_calendar_disclosed
        from planner.calendar.event_calendar import event_calendar
        from planner.services import disclosures

        event_id = self.window.current_event_id()
        if event_id is None:
            return None
        with self.context.rows() as rows:
            title = event_reads.event_details(rows, event_id).title
        if path is None:
            suggestion = last_folder(self.context.settings, CALENDAR) / f"{_file_name(title)}.ics"
            chosen, _ = QFileDialog.getSaveFileName(
                self.window,
                translate("FileActions", "Export calendar"),
                str(suggestion),
                translate("FileActions", CALENDAR_FILTER),
            )
            if not chosen:
                return None
            remember_folder(self.context.settings, CALENDAR, chosen)
            path = Path(chosen)

        store = self.context.store
        cannot = translate("FileActions", "Cannot export the calendar")
        if not may_write(self.window, store, path, output_paths.CALENDAR, cannot):
            return None

        def export(progress) -> None:
            # In a worker thread. Written inside the unit of work: what was
            # sent is remembered only if the file was written.
            with store.write() as session:
                with tasks.watching(session, progress):
                    data = event_calendar(session, event_id, actions=True)
                    whose = event_calendar_disclosed(session, event_id, actions=True)
                write_atomically(path, data)
                disclosures.record(session, whose, str(path))

        def written() -> None:
            self.window.statusBar().showMessage(
                translate("FileActions", "Exported the calendar of “{title}” to {file}").format(title=title, file=path),
                8000,
            )

        exporting = translate("FileActions", "Exporting the calendar of “{title}”…").format(title=title)
        return self._export(path, exporting, cannot, export, written)

    # -- backups --------------------------------------------------------------------

    def back_up_now(self) -> Path | None:
        """A backup "on request" into the backup folder, whatever changed."""
        if self.context.is_shared:
            self.explain_server_backups()
            return None
        from planner.ui.protection.backups import ask_for_session

        ask_for_session(self.window)  # encrypted backups, and no keyring keeps the passphrase
        try:
            made = backups.back_up(self.context.store, reason=backups.ON_REQUEST)
        except PlannerError as error:
            QMessageBox.warning(self.window, translate("FileActions", "Cannot back up the database"), str(error))
            return None
        self.window.statusBar().showMessage(translate("FileActions", "Backed up to {file}").format(file=made), 10000)
        return made

    def restore_from_backup(self) -> bool:
        if self.context.is_shared:
            self.explain_server_backups()
            return False
        from planner.ui.backups_dialog import BackupsDialog

        dialog = BackupsDialog(self.context, self.window)
        dialog.exec()
        if dialog.outcome:
            self.window.statusBar().showMessage(dialog.outcome, 15000)
        return bool(dialog.outcome)

    def explain_server_backups(self) -> None:
        """Backing up and restoring are the server's for a shared database."""
        QMessageBox.information(
            self.window,
            translate("FileActions", "Backups of a shared database"),
            translate(
                "FileActions",
                "The shared database {name} is kept on its server, and the server keeps its backups: "
                "Planner makes none of a shared database and restores none. To get an earlier state back, "
                "ask whoever looks after the server.\n\nTo keep a copy of your own as a file, use "
                "planner copy on the command line.",
            ).format(name=self.context.database_name),
        )


def _file_name(title: str) -> str:
    cleaned = "".join(character if character.isalnum() or character in " -_" else " " for character in title)
    return "-".join(cleaned.split())[:60] or "event"
