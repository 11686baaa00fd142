"""The window's side of the guard on files it writes (planner/output_paths.py):
asked once a Save-as or Export dialog has given a file name, before anything
is made."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from planner.errors import PlannerError
from planner.output_paths import DifferentFile, FileKind, check_output

if TYPE_CHECKING:
    from planner.services.database import Store

translate = QCoreApplication.translate

# The kinds of file of planner/output_paths.py, as the question names them.
KIND_NAMES = (
    str(QT_TRANSLATE_NOOP("OutputCheck", "a PDF")),
    str(QT_TRANSLATE_NOOP("OutputCheck", "a Planner event file")),
    str(QT_TRANSLATE_NOOP("OutputCheck", "a calendar (.ics)")),
    str(QT_TRANSLATE_NOOP("OutputCheck", "a CSV list")),
    str(QT_TRANSLATE_NOOP("OutputCheck", "an Excel workbook (.xlsx)")),
    str(QT_TRANSLATE_NOOP("OutputCheck", "an e-mail message (.eml)")),
    str(QT_TRANSLATE_NOOP("OutputCheck", "a Planner backup")),
)


def may_write(parent: QWidget | None, store: Store, path: Path, kind: FileKind, title: str) -> bool:
    """Whether ``path`` may be written with ``kind``: never a file of the
    open database or a backup (said in a warning titled ``title``); a file
    of another kind only when the user says to replace it."""
    try:
        check_output(path, kind, store.protected())
    except DifferentFile as different:
        answer = QMessageBox.question(
            parent,
            title,
            translate("OutputCheck", "{reason}.\n\nReplace it with {kind}? What it holds now will be lost.").format(
                reason=different.reason, kind=translate("OutputCheck", kind.name)
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes
    except PlannerError as error:
        QMessageBox.warning(parent, title, str(error))
        return False
    return True
