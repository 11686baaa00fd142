"""The Actions view: what is still to do after every event, who owns it
and when it is due; double-click takes you to the action in its minutes."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QLineEdit, QToolButton, QVBoxLayout, QWidget

from planner.db.enums import ActionState
from planner.services import minutes
from planner.ui import shortcuts
from planner.ui.actions.model import ACTION, DUE, ActionsModel
from planner.ui.context import AppContext
from planner.ui.tables import fit_columns_to_contents, make_stretching_table, select_id, selected_id, sorted_proxy

TABLES = {"minutes_item", "event", "person"}


class ActionsView(QWidget):
    # (event id, "minutes_item", item id): show this action in its event.
    open_event_item = Signal(int, str, int)

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.today: date | None = None  # None: the real today (tests set a day)

        self.model = ActionsModel(self)
        self.proxy = sorted_proxy(self.model, self)
        self.proxy.setFilterKeyColumn(-1)
        self.table = make_stretching_table(self.proxy, self, stretch=ACTION)
        self.table.setObjectName("actions")
        self.table.sortByColumn(DUE, Qt.SortOrder.AscendingOrder)
        self.table.doubleClicked.connect(lambda *_args: self.open_selected())
        self.table.selectionModel().selectionChanged.connect(lambda *_args: self._update_actions())

        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText("Filter by event, action or owner")
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.show_done = QCheckBox("Show done and dropped", self)
        self.show_done.toggled.connect(lambda *_args: self.refresh())
        self.counts = QLabel(self)
        self.counts.setStyleSheet("color: #555;")

        self.open_action = QAction("Open in its event", self)
        self.open_action.setShortcut(shortcuts.EDIT)
        self.open_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.open_action.triggered.connect(lambda *_args: self.open_selected())
        self.addAction(self.open_action)
        self.done_action = QAction("Mark done", self)
        self.done_action.setShortcut(shortcuts.MARK_DONE)
        self.done_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.done_action.setToolTip(f"Mark the selected action done ({shortcuts.MARK_DONE.toString()})")
        self.done_action.triggered.connect(lambda *_args: self.mark_done())
        self.addAction(self.done_action)
        self.refresh_action = QAction("Refresh", self)
        self.refresh_action.setShortcut(shortcuts.REFRESH)
        self.refresh_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.refresh_action.triggered.connect(lambda *_args: self.refresh())
        self.addAction(self.refresh_action)

        top = QHBoxLayout()
        top.addWidget(self.filter, 1)
        top.addWidget(self.show_done)
        done_button = QToolButton(self)
        done_button.setDefaultAction(self.done_action)
        top.addWidget(done_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.counts)

        # Read again while shown; a hidden view is read when the window shows it.
        context.data_changed.connect(lambda changes: changes.tables() & TABLES and self._refresh_if_shown())
        context.store_replaced.connect(self._refresh_if_shown)

    def _refresh_if_shown(self) -> None:
        if self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        selected = selected_id(self.table)
        today = self.today or date.today()
        with self.context.read() as session:
            rows = minutes.open_actions(session, today, include_done=self.show_done.isChecked())
        self.model.set_rows(rows)
        fit_columns_to_contents(self.table, stretch=ACTION, limit=300)
        still_open = sum(1 for row in rows if row.state == ActionState.OPEN)
        overdue = sum(1 for row in rows if row.overdue)
        text = f"{still_open} open action{'s' if still_open != 1 else ''}"
        self.counts.setText(text + (f", {overdue} overdue" if overdue else "") if rows else "No open actions")
        if selected is not None:
            select_id(self.table, selected)
        self._update_actions()

    def _update_actions(self) -> None:
        row = self.model.row_of(selected_id(self.table))
        self.done_action.setEnabled(row >= 0 and self.model.rows[row].state == ActionState.OPEN)

    def mark_done(self) -> None:
        item_id = selected_id(self.table)
        row = self.model.row_of(item_id)
        if row < 0 or self.model.rows[row].state != ActionState.OPEN:
            return
        done = ActionState.DONE.value
        self.context.try_edit(self, "Mark action done", lambda session: minutes.set_state(session, item_id, done))

    def open_selected(self) -> None:
        item_id = selected_id(self.table)
        event_id = self.model.event_of(item_id) if item_id is not None else None
        if event_id is not None:
            self.open_event_item.emit(event_id, "minutes_item", item_id)
