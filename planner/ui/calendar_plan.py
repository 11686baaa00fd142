"""The question asked before a calendar updates an event imported before:
the changes it makes, listed in the user's words, then Apply or Cancel."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

if TYPE_CHECKING:
    from planner.calendar.update_plan import CalendarPlan

translate = QCoreApplication.translate

# Changes listed in the question before "and N more" (the details show all).
CHANGES_SHOWN = 12


class CalendarPlanDialog(QMessageBox):
    """Apply or Cancel the changes ``plan`` lists for the event it updates."""

    def __init__(self, plan: CalendarPlan, file_name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(translate("CalendarPlanDialog", "Update from calendar"))
        self.setIcon(QMessageBox.Icon.Question)
        count = len(plan.changes)
        if count == 1:
            text = translate(
                "CalendarPlanDialog", "{file} is a newer calendar of “{title}”. Importing it makes this change:"
            )
        else:
            text = translate(
                "CalendarPlanDialog",
                "{file} is a newer calendar of “{title}”. Importing it makes these %n changes:",
                "",
                count,
            )
        self.setText(text.format(file=file_name, title=plan.title))
        shown = [f"• {change}" for change in plan.changes[:CHANGES_SHOWN]]
        if count > CHANGES_SHOWN:
            more = count - CHANGES_SHOWN
            shown.append(translate("CalendarPlanDialog", "… and %n more", "", more))
            self.setDetailedText("\n".join(plan.changes))
        self.setInformativeText("\n".join(shown))
        self.apply_button = self.addButton(translate("CalendarPlanDialog", "Apply"), QMessageBox.ButtonRole.AcceptRole)
        self.addButton(QMessageBox.StandardButton.Cancel)
        self.setDefaultButton(self.apply_button)

    def applies(self) -> bool:
        """Ask; whether the user chose Apply."""
        self.exec()
        return self.clickedButton() is self.apply_button
