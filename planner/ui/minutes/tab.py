"""The Minutes tab: the summary, then the outcomes in the user's order,
with adding by kind, reordering, marking actions done and follow-up links."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from planner.db.enums import ActionState, MinutesKind
from planner.services import events, minutes
from planner.services.errors import NotFound
from planner.services.labels import choices, label
from planner.ui import shortcuts
from planner.ui.context import AppContext, changed_for
from planner.ui.minutes import dialogs
from planner.ui.minutes.model import TEXT, OutcomesModel, counts_text
from planner.ui.tables import select_id, selected_id

TABLES = {"minutes_item", "event", "person", "organisation"}


class SummaryEdit(QPlainTextEdit):
    """The minutes summary; leaving it saves it."""

    left = Signal()

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        # A menu opening (the editor's own, for copying) is not leaving it.
        if event.reason() != Qt.FocusReason.PopupFocusReason:
            self.left.emit()


class _WrappingTable(QTableView):
    """Rows as high as their wrapped text, at whatever width the table has."""

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.resizeRowsToContents()


class MinutesTab(QWidget):
    open_event = Signal(int)  # go to the event an outcome leads to

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.event_id: int | None = None
        self.stored_summary = ""
        self.today = date.today()

        self.summary = SummaryEdit(self)
        self.summary.setObjectName("summary")
        self.summary.setTabChangesFocus(True)
        self.summary.setPlaceholderText("What happened, in a few sentences: who met, why, and what came out of it.")
        self.summary.left.connect(self.save_summary)

        self.model = OutcomesModel(self)
        self.table = _WrappingTable(self)
        self.table.setObjectName("outcomes")
        self.table.setStyleSheet("QTableView::item { padding-top: 3px; padding-bottom: 3px; }")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(TEXT, QHeaderView.ResizeMode.Stretch)
        header.sectionResized.connect(lambda *_args: self.table.resizeRowsToContents())
        self.table.doubleClicked.connect(lambda *_args: self.edit_selected())
        self.table.selectionModel().selectionChanged.connect(lambda *_args: self._update_actions())
        self.counts = QLabel(self)
        self.counts.setStyleSheet("color: #555;")

        self._make_actions()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(self._toolbar())
        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self._heading("Summary", top))
        top_layout.addWidget(self.summary)
        bottom = QWidget(self)
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        outcomes_heading = QHBoxLayout()
        outcomes_heading.addWidget(self._heading("Outcomes", bottom))
        outcomes_heading.addWidget(self.counts, 1)
        bottom_layout.addLayout(outcomes_heading)
        bottom_layout.addWidget(self.table)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([150, 450])
        splitter.setChildrenCollapsible(False)
        layout.addWidget(splitter)
        self.setTabOrder(self.summary, self.table)

        context.data_changed.connect(self._data_changed)
        context.store_replaced.connect(self._store_replaced)
        self._update_actions()

    @staticmethod
    def _heading(text: str, parent: QWidget) -> QLabel:
        heading = QLabel(text, parent)
        heading.setStyleSheet("font-weight: 600; padding: 4px 0 2px 0;")
        return heading

    def _make_actions(self) -> None:
        self.add_menu = QMenu(self)
        for value, text in choices(MinutesKind):
            self.add_menu.addAction(text, lambda kind=value: self.add(kind))
        self.add_action = self._action("Add outcome…", lambda: self.add(None), shortcuts.ADD_ITEM)
        self.edit_action = self._action("Edit…", self.edit_selected, shortcuts.EDIT)
        self.delete_action = self._action("Delete", self.delete_selected, shortcuts.DELETE)
        self.up_action = self._action("Move up", lambda: self.move_selected(-1), shortcuts.MOVE_UP)
        self.down_action = self._action("Move down", lambda: self.move_selected(1), shortcuts.MOVE_DOWN)
        self.done_action = self._action("Mark done", self.toggle_done, shortcuts.MARK_DONE)
        self.follow_up_action = self._action("Follow-up event…", self.link_follow_up)
        self.go_action = self._action("Go to follow-up event", self.go_to_follow_up)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        for action in (
            self.edit_action,
            self.delete_action,
            self.up_action,
            self.down_action,
            self.done_action,
            self.follow_up_action,
            self.go_action,
        ):
            self.table.addAction(action)

    def _action(self, text: str, slot, shortcut: QKeySequence | None = None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.setToolTip(f"{text.rstrip('…')} ({shortcut.toString(QKeySequence.SequenceFormat.NativeText)})")
        action.triggered.connect(lambda *_args: slot())
        self.addAction(action)
        return action

    def _toolbar(self) -> QHBoxLayout:
        toolbar = QHBoxLayout()
        toolbar.setSpacing(4)
        add = QToolButton(self)
        add.setText("Add outcome")
        add.setToolTip(self.add_action.toolTip() + " — choose the kind")
        add.setMenu(self.add_menu)
        add.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        add.setObjectName("add_outcome")
        toolbar.addWidget(add)
        for action in (
            None,
            self.edit_action,
            self.delete_action,
            None,
            self.up_action,
            self.down_action,
            None,
            self.done_action,
            self.follow_up_action,
        ):
            if action is None:
                toolbar.addSpacing(12)
                continue
            button = QToolButton(self)
            button.setDefaultAction(action)
            toolbar.addWidget(button)
            if action is self.follow_up_action:
                # The link is set with a click; the arrow goes to the linked event.
                menu = QMenu(button)
                menu.addAction(self.go_action)
                button.setMenu(menu)
                button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        toolbar.addStretch(1)
        return toolbar

    # -- the contract of a tab -------------------------------------------

    def set_event(self, event_id: int | None) -> None:
        if event_id != self.event_id:
            self.save_summary()
        self.event_id = event_id
        self.reload(fresh=True)

    def show_item(self, target: str, target_id: int) -> bool:
        if target != "minutes_item":
            return False
        found = select_id(self.table, target_id)
        if found:
            self.table.setFocus()
        return found

    def _store_replaced(self) -> None:
        self.event_id = None
        self.reload(fresh=True)

    def _data_changed(self, changes) -> None:
        if self.event_id is not None and changed_for(changes, self.event_id, TABLES):
            self.reload()

    def reload(self, *, fresh: bool = False) -> None:
        """Show the event's minutes again; ``fresh`` for another event."""
        selected = self.selected_id()
        outcomes: list[minutes.Outcome] = []
        stored = ""
        if self.event_id is not None:
            with self.context.read() as session:
                try:
                    stored = events.get_event(session, self.event_id).minutes_summary
                    outcomes = minutes.outcomes_of(session, self.event_id)
                except NotFound:  # the event is gone (deleted, or its creation undone)
                    self.event_id = None
        # Unsaved typing in the summary is never overwritten by a reload; an
        # unchanged summary follows the database (an undo, another window).
        follows_database = fresh or self.event_id is None or self.summary.toPlainText() == self.stored_summary
        if follows_database and self.summary.toPlainText() != stored:
            self.summary.setPlainText(stored)
        self.stored_summary = stored
        self.summary.setEnabled(self.event_id is not None)
        self.model.today = self.today
        self.model.set_rows(outcomes)
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        for column in range(self.model.columnCount()):
            if column != TEXT:
                header.resizeSection(column, min(header.sectionSize(column) + 12, 180))
        self.table.resizeRowsToContents()
        self.counts.setText(f"· {counts_text(outcomes, self.today)}" if self.event_id is not None else "")
        if selected is not None:
            select_id(self.table, selected)
        self._update_actions()

    # -- the summary --------------------------------------------------------

    def save_summary(self) -> None:
        """Save the summary if it changed: one edit, 'Change minutes summary'."""
        text = self.summary.toPlainText()
        if self.event_id is None or text == self.stored_summary:
            return
        event_id = self.event_id
        if (
            self.context.try_edit(self, "Change minutes summary", lambda s: minutes.set_summary(s, event_id, text))
            is None
        ):
            # Refused: what the user typed stays in the editor; nothing is lost.
            return
        self.stored_summary = text

    def hideEvent(self, event) -> None:
        # Closing the window or switching tabs must not lose the summary.
        self.save_summary()
        super().hideEvent(event)

    # -- the outcomes ---------------------------------------------------------

    def selected_id(self) -> int | None:
        return selected_id(self.table)

    def selected(self) -> minutes.Outcome | None:
        ident = self.selected_id()
        return self.model.outcome(ident) if ident is not None else None

    def _update_actions(self) -> None:
        outcome = self.selected()
        row = self.model.row_of(outcome.item.id) if outcome else -1
        has_event = self.event_id is not None
        self.add_action.setEnabled(has_event)
        for action in (self.edit_action, self.delete_action, self.follow_up_action):
            action.setEnabled(outcome is not None)
        self.go_action.setEnabled(outcome is not None and outcome.item.follow_up_event_id is not None)
        self.up_action.setEnabled(outcome is not None and row > 0)
        self.down_action.setEnabled(outcome is not None and 0 <= row < self.model.rowCount() - 1)
        is_action = outcome is not None and outcome.item.kind == MinutesKind.ACTION
        self.done_action.setEnabled(is_action)
        reopen = is_action and outcome.item.state != ActionState.OPEN
        self.done_action.setText("Reopen" if reopen else "Mark done")

    def add(self, kind: str | None) -> None:
        if self.event_id is None:
            return
        if kind is None and self.selected() is not None:
            kind = self.selected().item.kind  # another of the same kind, most often
        self._run(dialogs.outcome_dialog(self.context, self, self.event_id, kind=kind))

    def edit_selected(self) -> None:
        outcome = self.selected()
        if outcome is not None and self.event_id is not None:
            self._run(dialogs.outcome_dialog(self.context, self, self.event_id, item=outcome.item))

    def link_follow_up(self) -> None:
        outcome = self.selected()
        if outcome is not None and self.event_id is not None:
            self._run(dialogs.follow_up_dialog(self.context, self, self.event_id, outcome.item))

    def go_to_follow_up(self) -> None:
        outcome = self.selected()
        if outcome is not None and outcome.item.follow_up_event_id is not None:
            self.open_event.emit(outcome.item.follow_up_event_id)

    def _run(self, dialog) -> None:
        if dialog.exec() and dialog.result_value is not None:
            self.show_item("minutes_item", dialog.result_value.id)

    def delete_selected(self) -> None:
        outcome = self.selected()
        if outcome is None:
            return
        text = " ".join(outcome.item.text.split())
        short = text if len(text) <= 120 else text[:120].rsplit(" ", 1)[0] + "…"
        question = f"Delete the {label(outcome.item.kind).lower()} “{short}”?"
        if QMessageBox.question(self, "Delete outcome", question) != QMessageBox.StandardButton.Yes:
            return
        ident = outcome.item.id
        self.context.try_edit(self, "Delete outcome", lambda session: minutes.delete_item(session, ident))

    def move_selected(self, step: int) -> None:
        outcome = self.selected()
        if outcome is None:
            return
        row = self.model.row_of(outcome.item.id)
        target = row + step
        if not 0 <= target < self.model.rowCount():
            return
        ident = outcome.item.id
        self.context.try_edit(self, "Move outcome", lambda session: minutes.move_item(session, ident, target))
        select_id(self.table, ident)

    def toggle_done(self) -> None:
        outcome = self.selected()
        if outcome is None or outcome.item.kind != MinutesKind.ACTION:
            return
        ident = outcome.item.id
        if outcome.item.state == ActionState.OPEN:
            label_, state = "Mark action done", ActionState.DONE.value
        else:
            label_, state = "Reopen action", ActionState.OPEN.value
        self.context.try_edit(self, label_, lambda session: minutes.set_state(session, ident, state))
