"""Save as Word document… in the preview of the conclusions report: the
report as a .docx the organiser edits before sending it, with the options
the preview shows (its paper)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton

from planner import output_paths
from planner.documents.catalogue import render_word
from planner.documents.disclosed import write_document
from planner.errors import PlannerError
from planner.ui.output_check import may_write

if TYPE_CHECKING:
    from planner.ui.documents.preview import DocumentPreview

translate = QCoreApplication.translate

WORD_KIND = "minutes"  # the one document that is also written for Word
# How may_write's question names a Word document (output_paths.WORD_DOCUMENT).
WORD_DOCUMENT_NAME = str(QT_TRANSLATE_NOOP("OutputCheck", "a Word document (.docx)"))
WORD_FILTER = str(QT_TRANSLATE_NOOP("WordExport", "Word documents (*.docx);;All files (*)"))  # translated where shown
FOLDER_SETTING = "documents/folder"


def make_button(preview: DocumentPreview) -> QPushButton:
    button = QPushButton(translate("WordExport", "Save as &Word document…"), preview)
    button.setToolTip(translate("WordExport", "Save the report as a Word document, to edit it before sending it"))
    button.setAutoDefault(False)
    button.clicked.connect(lambda: save_word(preview))
    return button


def show_for(preview: DocumentPreview, button: QPushButton, *, ready: bool) -> None:
    """Shown for the conclusions report only; usable once it is ``ready``
    (rendered with the options chosen)."""
    button.setVisible(preview.panel.kind_name() == WORD_KIND)
    button.setEnabled(ready and preview.shown is not None and preview.shown.kind == WORD_KIND)


def save_word(preview: DocumentPreview, path: Path | None = None) -> Path | None:
    """Ask where (unless ``path`` is given), write the .docx; the file written."""
    shown = preview.shown
    if shown is None or shown.kind != WORD_KIND:
        return None
    settings = preview.context.settings
    if path is None:
        folder = (
            settings.value(FOLDER_SETTING)
            or QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
            or str(Path.home())
        )
        suggested = Path(preview.suggested_name()).with_suffix(".docx").name
        chosen, _ = QFileDialog.getSaveFileName(
            preview,
            translate("WordExport", "Save as Word document"),
            str(Path(folder) / suggested),
            translate("WordExport", WORD_FILTER),
        )
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() != ".docx":
            path = path.with_name(f"{path.name}.docx")
    cannot = translate("WordExport", "Cannot save the Word document")
    if not may_write(preview, preview.context.store, path, output_paths.WORD_DOCUMENT, cannot):
        return None
    try:
        with preview.context.read() as session:
            data = render_word(session, shown.event_id, shown.options)
        write_document(preview.context.store, path, data, WORD_KIND, shown.event_id, shown.options, word=True)
    except PlannerError as error:
        QMessageBox.warning(
            preview,
            cannot,
            translate("WordExport", "{file} could not be saved.\n\n{error}").format(file=path.name, error=error),
        )
        return None
    settings.setValue(FOLDER_SETTING, str(path.parent))
    preview.status.setText(translate("WordExport", "Saved as {file}").format(file=path.name))
    return path
