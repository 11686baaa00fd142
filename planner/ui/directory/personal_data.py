"""What the Directory offers for the data of the person selected, as the
GDPR gives them rights over it: everything held about them as one ZIP
(their record and rows as JSON, their itineraries), and forgetting them
(erased, or anonymised where their events keep them as statistics)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QToolBar, QToolButton, QWidget

from planner.documents.person_archive import person_archive
from planner.errors import PlannerError
from planner.fileio import write_atomically
from planner.output_paths import ARCHIVE
from planner.services import directory
from planner.ui.action import make_action
from planner.ui.context import AppContext
from planner.ui.directory.forget_dialog import ForgetPersonDialog
from planner.ui.file_folders import last_folder, remember_folder
from planner.ui.output_check import may_write

translate = QCoreApplication.translate

FOLDER = "personal_data"  # the file dialog's remembered folder
# The kind of file, as the output guard's question names it.
ARCHIVE_NAME = QT_TRANSLATE_NOOP("OutputCheck", "a ZIP archive")


class PersonalData:
    """The two actions, on ``view`` (the Directory), for the person
    ``selected()`` gives (None: nobody selected)."""

    def __init__(self, context: AppContext, view: QWidget, selected: Callable[[], int | None]) -> None:
        self.context = context
        self.view = view
        self.selected = selected
        self.export_action = make_action(
            view,
            translate("PersonalData", "Export personal data…"),
            self.export,
            tip=translate("PersonalData", "Save everything held about the selected person as one ZIP file"),
            scope="widget",
        )
        self.forget_action = make_action(
            view,
            translate("PersonalData", "Forget this person…"),
            self.forget,
            tip=translate("PersonalData", "Erase or anonymise the selected person, after showing what that does"),
            scope="widget",
        )

        # One button that opens both: the Directory's toolbar keeps room for
        # its search in every language.
        self.menu = QMenu(view)
        self.menu.addActions([self.export_action, self.forget_action])
        self.menu_action = QAction(translate("PersonalData", "Personal data"), view)
        self.menu_action.setToolTip(translate("PersonalData", "Export or forget the selected person's data"))
        self.menu_action.setMenu(self.menu)

    @property
    def actions(self) -> tuple[QAction, ...]:
        return (self.export_action, self.forget_action, self.menu_action)

    def add_to(self, toolbar: QToolBar) -> None:
        toolbar.addAction(self.menu_action)
        button = toolbar.widgetForAction(self.menu_action)
        if isinstance(button, QToolButton):
            button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)

    def update(self, person_shown: bool) -> None:
        for action in self.actions:
            action.setEnabled(person_shown and self.selected() is not None)

    def export(self) -> Path | None:
        person_id = self.selected()
        if person_id is None:
            return None
        with self.context.read() as session:
            name = directory.person_name(session, person_id)
        title = translate("PersonalData", "Export personal data")
        suggested = last_folder(self.context.settings, FOLDER) / f"{name} - personal data.zip"
        chosen, _ = QFileDialog.getSaveFileName(
            self.view, title, str(suggested), translate("PersonalData", "ZIP archives (*.zip)")
        )
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() != ".zip":
            path = path.with_name(f"{path.name}.zip")
        if not may_write(self.view, self.context.store, path, ARCHIVE, title):
            return None
        try:
            with self.context.read() as session:
                data = person_archive(session, person_id)
            write_atomically(path, data)
        except PlannerError as error:
            QMessageBox.warning(
                self.view,
                title,
                translate("PersonalData", "{file} could not be saved.\n\n{error}").format(file=path.name, error=error),
            )
            return None
        remember_folder(self.context.settings, FOLDER, path)
        return path

    def forget(self) -> None:
        person_id = self.selected()
        if person_id is not None:
            ForgetPersonDialog(self.context, person_id, self.view).exec()
