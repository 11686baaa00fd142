"""Event ▸ History: who changed what in the event, and when, newest first
(the database's change log: the fields changed, never their values)."""

from __future__ import annotations

from datetime import UTC
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner.services import labels

if TYPE_CHECKING:
    from planner.services.change_log import Entry
    from planner.ui.context import AppContext

translate = QCoreApplication.translate

ACTIONS = {
    "added": QT_TRANSLATE_NOOP("EventHistoryDialog", "added"),
    "changed": QT_TRANSLATE_NOOP("EventHistoryDialog", "changed"),
    "removed": QT_TRANSLATE_NOOP("EventHistoryDialog", "removed"),
}


class EventHistoryDialog(QDialog):
    def __init__(self, entries: list[Entry], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(translate("EventHistoryDialog", "History of the event"))
        self.table = QTableWidget(len(entries), 4, self)
        self.table.setObjectName("history")
        self.table.setHorizontalHeaderLabels(
            [
                translate("EventHistoryDialog", "When"),
                translate("EventHistoryDialog", "Who"),
                translate("EventHistoryDialog", "What"),
                translate("EventHistoryDialog", "Change"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for row, entry in enumerate(entries):
            local = entry.happened_at.replace(tzinfo=UTC).astimezone()  # told in this computer's time
            action = translate("EventHistoryDialog", str(ACTIONS.get(entry.action, entry.action)))
            change = f"{action}: {entry.fields}" if entry.fields else action
            cells = [f"{labels.day(local.date())} {labels.clock(local)}", entry.author, entry.what, change]
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        empty = QLabel(translate("EventHistoryDialog", "No change of this event has been recorded yet."), self)
        empty.setVisible(not entries)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(empty)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(760, 420)


def show_event_history(context: AppContext, event_id: int | None, parent: QWidget) -> EventHistoryDialog | None:
    if event_id is None:
        return None
    from planner.services import change_log  # the database code, loaded when first needed

    with context.read() as session:
        entries = change_log.event_history(session, event_id)
    dialog = EventHistoryDialog(entries, parent)
    dialog.open()
    return dialog
