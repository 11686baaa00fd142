"""The choice offered when a save is refused because someone else changed
the same thing since the window read it: see theirs (Reload) or save
this one over theirs (Keep mine)."""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from planner.errors import PlannerError

if TYPE_CHECKING:
    from planner.operations import Operation
    from planner.services.change_set import ChangedElsewhere
    from planner.ui.context import AppContext

R = TypeVar("R")
translate = QCoreApplication.translate


class ChangedElsewhereBox(QMessageBox):
    """Who changed what and when, with the two ways on."""

    def __init__(self, message: str, parent: QWidget | None = None):
        super().__init__(
            QMessageBox.Icon.Warning,
            translate("ChangedElsewhereBox", "Changed by someone else"),
            message,
            parent=parent,
        )
        self.setObjectName("changed_elsewhere")
        self.setInformativeText(
            translate(
                "ChangedElsewhereBox",
                "Reload shows their change. Keep mine saves yours over it.",
            )
        )
        self.reload_button = self.addButton(
            translate("ChangedElsewhereBox", "&Reload"), QMessageBox.ButtonRole.AcceptRole
        )
        self.keep_button = self.addButton(
            translate("ChangedElsewhereBox", "&Keep mine"), QMessageBox.ButtonRole.DestructiveRole
        )
        self.setDefaultButton(self.reload_button)


def settle(context: AppContext, parent: QWidget | None, operation: Operation[R], refused: ChangedElsewhere) -> R | None:
    """Ask, then show theirs or save over them; the result of the edit if it was saved."""
    box = ChangedElsewhereBox(refused.message, parent)
    box.exec()
    if box.clickedButton() is box.keep_button:
        try:
            return context.perform(operation, over_newer=True)
        except PlannerError as error:
            QMessageBox.warning(parent, translate("ChangedElsewhereBox", "Cannot save this"), str(error))
    context.elsewhere.reload(refused)
    return None
