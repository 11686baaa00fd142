"""The Actions view: what is still to do after every event, who owns it
and when it is due; double-click takes you to the action in its minutes."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QLineEdit, QToolButton, QVBoxLayout, QWidget

from planner.operations.minutes import SetActionState
from planner.services import minutes
from planner.services.minutes import ActionState
from planner.ui import shortcuts
from planner.ui.action import make_action
from planner.ui.actions.model import ACTION, DUE, ActionsModel
from planner.ui.context import AppContext
from planner.ui.no_match import NoMatchLine
from planner.ui.tables import make_stretching_table, select_id, selected_id
from planner.ui.views import View
from planner.ui.words_filter import WordsFilter

translate = QCoreApplication.translate


class ActionsView(View):
    # The actions of every event, with their event's title and owner's name.
    WATCHES = frozenset({"minutes_item", "event", "person"})
    PER_EVENT = False

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(context, parent)
        self.today: date | None = None  # None: the real today (tests set a day)

        self.model = ActionsModel(self)
        self.proxy = WordsFilter(self.model, self)
        self.table = make_stretching_table(self.proxy, self, stretch=ACTION)
        self.table.setObjectName("actions")
        self.table.sortByColumn(DUE, Qt.SortOrder.AscendingOrder)
        self.table.doubleClicked.connect(lambda *_args: self.open_selected())
        self.table.selectionModel().selectionChanged.connect(lambda *_args: self._update_actions())

        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(translate("ActionsView", "Filter by event, action or owner"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._filter)
        self.no_match = NoMatchLine(translate("ActionsView", "No action matches '{}'"), self)
        self.show_done = QCheckBox(translate("ActionsView", "Show done and dropped"), self)
        self.show_done.toggled.connect(lambda *_args: self.reload())
        self.counts = QLabel(self)
        self.counts.setStyleSheet("color: palette(placeholder-text);")

        self.open_action = make_action(
            self,
            translate("ActionsView", "Open in its event"),
            self.open_selected,
            shortcut=shortcuts.EDIT,
            scope="widget",
        )
        self.done_action = make_action(
            self,
            translate("ActionsView", "Mark done"),
            self.mark_done,
            shortcut=shortcuts.MARK_DONE,
            tip=translate("ActionsView", "Mark the selected action done"),
            scope="widget",
        )
        self.refresh_action = make_action(
            self, translate("ActionsView", "Refresh"), self.reload, shortcut=shortcuts.REFRESH, scope="widget"
        )

        top = QHBoxLayout()
        top.addWidget(self.filter, 1)
        top.addWidget(self.show_done)
        done_button = QToolButton(self)
        done_button.setDefaultAction(self.done_action)
        top.addWidget(done_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(top)
        layout.addWidget(self.no_match)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.counts)
        self._update_actions()

    def _filter(self, text: str) -> None:
        self.proxy.set_query(text)
        self.no_match.show_for(text, self.proxy.rowCount())

    # -- the contract of a view ----------------------------------------------

    def reload(self) -> None:
        selected = selected_id(self.table)
        today = self.today or date.today()
        with self.context.read() as session:
            rows = minutes.open_actions(session, today, include_done=self.show_done.isChecked())
        self.model.set_rows(rows)
        self.no_match.show_for(self.filter.text(), self.proxy.rowCount())
        still_open = sum(1 for row in rows if row.state == ActionState.OPEN)
        overdue = sum(1 for row in rows if row.overdue)
        if not rows:
            text = translate("ActionsView", "No open actions")
        elif overdue:
            text = translate("ActionsView", "%n open action(s)", "", still_open) + translate(
                "ActionsView", ", %n overdue", "", overdue
            )
        else:
            text = translate("ActionsView", "%n open action(s)", "", still_open)
        self.counts.setText(text)
        if selected is not None:
            select_id(self.table, selected)
        self._update_actions()

    def show_item(self, target: str, target_id: int) -> bool:
        if target != "minutes_item":
            return False
        self.ensure_loaded()
        return select_id(self.table, target_id)

    # -- the actions ------------------------------------------------------------

    def _selected_row(self) -> minutes.ActionRow | None:
        row = self.model.row_of(selected_id(self.table))
        return self.model.rows[row] if row >= 0 else None

    def _update_actions(self) -> None:
        row = self._selected_row()
        self.open_action.setEnabled(row is not None)
        self.done_action.setEnabled(row is not None and row.state == ActionState.OPEN)

    def mark_done(self) -> None:
        row = self._selected_row()
        if row is not None and row.state == ActionState.OPEN:
            self.context.try_perform(self, SetActionState(row.item_id, ActionState.DONE.value))

    def open_selected(self) -> None:
        row = self._selected_row()
        if row is not None:
            self.open_event_item.emit(row.event_id, "minutes_item", row.item_id)
