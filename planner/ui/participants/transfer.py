"""The two file actions on participant lists, in the Participants tab and
the File menu: import a list (CSV or Excel, through the import dialog's
preview) and export one.

Each names the file in every message; the import is one undoable step and
the export is written atomically, so a failure leaves nothing half-done.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMainWindow, QMessageBox, QWidget

from planner import output_paths
from planner.errors import PlannerError
from planner.exchange.disclosed import participant_list_disclosed
from planner.exchange.participant_encoding import EncodingUnclear
from planner.exchange.participant_export import export_participants, left_off
from planner.exchange.participant_import import ImportPlan
from planner.exchange.participant_table import read_table
from planner.exchange.protected_export import ZIP_SUFFIX, protected_zip
from planner.fileio import read_bytes
from planner.services import participants
from planner.services.consent import left_off_message
from planner.services.disclosures import write_and_record
from planner.ui.context import AppContext
from planner.ui.output_check import may_write
from planner.ui.participants.import_dialog import ImportDialog
from planner.ui.participants.import_encoding import ask_encoding
from planner.ui.participants.import_models import number
from planner.ui.participants.marked import QT_TRANSLATE_NOOP
from planner.ui.protection import export as protection
from planner.ui.tasks import Progress, Task, TaskRunner, watching

translate = QCoreApplication.translate

# The file dialogs' filters, translated where shown.
IMPORT_FILTER = QT_TRANSLATE_NOOP("ParticipantsTab", "Participant lists (*.csv *.xlsx *.txt);;All files (*)")
EXCEL_FILTER = QT_TRANSLATE_NOOP("ParticipantsTab", "Excel workbook (*.xlsx)")
CSV_FILTER = QT_TRANSLATE_NOOP("ParticipantsTab", "CSV, comma-separated (*.csv)")
FOLDER_KEY = "participants/folder"
STATUS_MS = 10_000


def _folder(context: AppContext) -> Path:
    """The folder of the last participant list opened or saved."""
    remembered = context.settings.value(FOLDER_KEY, "")
    folder = Path(str(remembered)) if remembered else Path.home()
    return folder if folder.is_dir() else Path.home()


def _remember_folder(context: AppContext, path: Path) -> None:
    context.settings.setValue(FOLDER_KEY, str(path.parent))


def _status(parent: QWidget, text: str) -> None:
    window = parent.window()
    if isinstance(window, QMainWindow):
        window.statusBar().showMessage(text, STATUS_MS)


def _named(path: Path, message: str) -> str:
    """The message, starting with the file's name unless it already says it."""
    return message if path.name in message else f"{path.name}: {message}"


def import_participants(
    parent: QWidget, context: AppContext, event_id: int, path: Path | None = None
) -> ImportPlan | None:
    """Ask for a file, read it, and open the import dialog on it; the plan
    that was imported, or None (cancelled, or the file could not be read)."""
    if path is None:
        chosen, _ = QFileDialog.getOpenFileName(
            parent,
            translate("ParticipantsTab", "Import participants"),
            str(_folder(context)),
            translate("ParticipantsTab", IMPORT_FILTER),
        )
        if not chosen:
            return None
        path = Path(chosen)
    _remember_folder(context, path)
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        data = read_bytes(path)
        try:
            table = read_table(data, path.name)
        except EncodingUnclear as unclear:
            # Never names that are most likely garbled without asking.
            QApplication.restoreOverrideCursor()
            codec = ask_encoding(parent, unclear)
            if codec is None:
                return None
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            table = read_table(data, path.name, codec)
    except PlannerError as error:
        QApplication.restoreOverrideCursor()
        QMessageBox.warning(
            parent,
            translate("ParticipantsTab", "Cannot read the participant list"),
            translate("ParticipantsTab", "{problem}\n\nNothing was imported.").format(problem=_named(path, str(error))),
        )
        return None
    QApplication.restoreOverrideCursor()
    dialog = ImportDialog(context, event_id, table, parent, data)
    dialog.exec()
    plan = dialog.imported
    dialog.deleteLater()
    if plan is None:
        return None
    _status(parent, imported_message(plan, path.name))
    return plan


def imported_message(plan: ImportPlan, file_name: str) -> str:
    """ "Imported 42 participants from Anmeldungen.csv: 38 new people, 4
    found in the Directory" (and those already on the list)."""
    added = plan.new_people + plan.matched_people
    text = translate(
        "ParticipantsTab", "Imported %Ln participant(s) from {file}: {new}, {found} found in the Directory", "", added
    )
    new = translate("ParticipantsTab", "%Ln new person(s)", "", plan.new_people)
    text = text.format(file=file_name, new=new, found=number(plan.matched_people))
    if plan.already_participants:
        text += translate("ParticipantsTab", "; {count} already on the list").format(
            count=number(plan.already_participants)
        )
        if plan.updated_participants:
            text += translate("ParticipantsTab", " ({count} updated)").format(count=number(plan.updated_participants))
    return text


def _suggested_name(title: str) -> str:
    """ "Participants - <event title>.xlsx", without characters a file
    system refuses (Windows refuses the most)."""
    cleaned = "".join(" " if character in '<>:"/\\|?*' or ord(character) < 32 else character for character in title)
    cleaned = " ".join(cleaned.split()).strip(" .")
    if len(cleaned) > 120:  # a very long title is cut at a word
        cleaned = cleaned[:120].rsplit(" ", 1)[0]
    cleaned = cleaned.strip(" .")
    name = translate("ParticipantsTab", "Participants - {title}", "the name suggested for an exported file")
    untitled = translate("ParticipantsTab", "event", "the file name's title when the event has none")
    return name.format(title=cleaned or untitled) + ".xlsx"


def _chosen_format(path: Path, chosen_filter: str) -> tuple[Path, str, bool]:
    """The format from the file's extension, else from the filter chosen
    (then the extension is added); and whether the list goes into a ZIP
    protected with a passphrase (FILE.xlsx.zip, or a protected format)."""
    protected = path.suffix.lower() == ZIP_SUFFIX or chosen_filter in (
        protection.excel_filter(),
        protection.csv_filter(),
    )
    if path.suffix.lower() == ZIP_SUFFIX:
        path = path.with_suffix("")
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".csv"):
        return (path.with_name(path.name + ZIP_SUFFIX) if protected else path), suffix[1:], protected
    csv_filters = (CSV_FILTER, translate("ParticipantsTab", CSV_FILTER), protection.csv_filter())
    file_format = "csv" if chosen_filter in csv_filters else "xlsx"
    named = path.with_name(f"{path.name}.{file_format}")
    return (named.with_name(named.name + ZIP_SUFFIX) if protected else named), file_format, protected


def export_participants_file(
    parent: QWidget, context: AppContext, event_id: int, path: Path | None = None
) -> Task[str] | None:
    """Ask where, and write the event's participant list as .xlsx or .csv
    off the GUI thread (Cancel stops it, and no file is written); the task,
    or None when nothing was started."""
    with context.read() as session:
        title = participants.listed_event(session, event_id).title
    chosen_filter = EXCEL_FILTER
    if path is None:
        suggestion = _folder(context) / _suggested_name(title)
        excel, csv = translate("ParticipantsTab", EXCEL_FILTER), translate("ParticipantsTab", CSV_FILTER)
        choices = f"{excel};;{csv};;{protection.excel_filter()};;{protection.csv_filter()}"
        chosen, chosen_filter = QFileDialog.getSaveFileName(
            parent, translate("ParticipantsTab", "Export participants"), str(suggestion), choices, excel
        )
        if not chosen:
            return None
        path = Path(chosen)
    path, file_format, protected = _chosen_format(path, chosen_filter)
    kind = output_paths.WORKBOOK if file_format == "xlsx" else output_paths.CSV
    cannot = translate("ParticipantsTab", "Cannot export the participants")
    if not may_write(parent, context.store, path, output_paths.ARCHIVE if protected else kind, cannot):
        return None
    passphrase = protection.ask_export_passphrase(parent, path.name) if protected else None
    if protected and passphrase is None:
        return None
    _remember_folder(context, path)
    store, target = context.store, path

    def work(progress: Progress) -> str:
        with store.read() as session, watching(session, progress):
            data = export_participants(session, event_id, file_format)
            not_shared = left_off_message(left_off(session, event_id))  # a list given out: who is not on it
            whose = participant_list_disclosed(session, event_id, file_format)
        if passphrase is not None:  # the list inside, under its own name
            data = protected_zip(data, target.name.removesuffix(ZIP_SUFFIX), passphrase)
        progress.check()  # the last chance to stop: nothing is written yet
        write_and_record(store, target, data, whose)
        return not_shared

    def done(not_shared: str) -> None:
        _status(
            parent,
            protection.exported_protected(title, str(target))
            if protected
            else translate("ParticipantsTab", "Exported the participants of “{title}” to {file}").format(
                title=title, file=target
            ),
        )
        if not_shared:
            QMessageBox.information(parent, translate("ParticipantsTab", "Export participants"), not_shared)

    def failed(error: PlannerError) -> None:
        QMessageBox.warning(parent, cannot, _named(target, str(error)))

    try:
        return TaskRunner.of(parent.window()).start(
            translate("ParticipantsTab", "an export"),
            translate("ParticipantsTab", "Exporting the participants to {file}…").format(file=path.name),
            work,
            on_done=done,
            on_failed=failed,
            on_cancelled=lambda: _status(
                parent, translate("ParticipantsTab", "Export stopped; {file} was not written.").format(file=target.name)
            ),
        )
    except PlannerError as error:  # other work still running
        failed(error)
        return None
