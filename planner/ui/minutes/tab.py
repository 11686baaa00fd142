"""The Minutes tab: the summary, then the outcomes in the user's order,
with adding by kind, reordering, marking actions done and follow-up links."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from functools import partial

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction, QFocusEvent, QHideEvent, QResizeEvent
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
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from planner.operations.minutes import (
    ChangeMinutesSummary,
    DeleteOutcome,
    MoveOutcome,
    SetActionState,
    toggled_state,
)
from planner.services import minutes
from planner.services.errors import NotFound
from planner.services.history import ChangeSet
from planner.services.labels import choices
from planner.services.minutes import ActionState, MinutesKind
from planner.ui import shortcuts, theme
from planner.ui.action import Shortcut, make_action
from planner.ui.context import AppContext
from planner.ui.forms import READ_ONLY_STYLE, FormDialog
from planner.ui.minutes import dialogs
from planner.ui.minutes.model import TEXT, OutcomesModel, counts_text
from planner.ui.tables import select_id, selected_id
from planner.ui.views import View

translate = QCoreApplication.translate


class SummaryEdit(QPlainTextEdit):
    """The minutes summary; leaving it saves it."""

    left = Signal()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        # A menu opening (the editor's own, for copying) is not leaving it.
        if event.reason() != Qt.FocusReason.PopupFocusReason:
            self.left.emit()


class _WrappingTable(QTableView):
    """Rows as high as their wrapped text, at whatever width the table has.
    Each fit measures every cell, so it is done once the widths settle: not
    for each column a load sets, and not when only the height changed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settling = False
        self.horizontalHeader().sectionResized.connect(lambda *_args: self.fit_rows())

    def fit_rows(self) -> None:
        if not self._settling:
            self.resizeRowsToContents()

    @contextmanager
    def widths_settling(self) -> Iterator[None]:
        """Set several column widths, then fit the rows once."""
        self._settling = True
        try:
            yield
        finally:
            self._settling = False
        self.resizeRowsToContents()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.fit_rows()


class MinutesTab(View):
    # The outcomes, the names they show, the summary, and the events they lead to.
    WATCHES = frozenset({"minutes_item", "event", "person", "organisation"})
    ITEMS = frozenset({"minutes_item"})

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(context, parent)
        self.today = date.today()
        # The event whose summary the editor holds, and what the database
        # held for it when last read: typing differs from it until saved.
        self.summary_event_id: int | None = None
        self.stored_summary = ""
        self.summary_store = context.store
        self.follow_ups: set[int] = set()

        self.summary = SummaryEdit(self)
        self.summary.setObjectName("summary")
        self.summary.setTabChangesFocus(True)
        self.summary.setPlaceholderText(
            translate("MinutesTab", "What happened, in a few sentences: who met, why, and what came out of it.")
        )
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
        self.table.doubleClicked.connect(lambda *_args: self.edit_selected())
        self.table.selectionModel().selectionChanged.connect(lambda *_args: self._update_actions())
        self.counts = QLabel(self)
        self.counts.setStyleSheet("color: palette(placeholder-text);")
        self.counts.setWordWrap(True)  # long in German or Greek: on two lines, rather than pushing the window wider

        self._make_actions()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self._toolbar())
        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self._heading(translate("MinutesTab", "Summary of the meeting"), top))
        top_layout.addWidget(self.summary)
        bottom = QWidget(self)
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        outcomes_heading = QHBoxLayout()
        outcomes_heading.addWidget(self._heading(translate("MinutesTab", "Outcomes"), bottom))
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
        self._update_actions()

    @staticmethod
    def _heading(text: str, parent: QWidget) -> QLabel:
        heading = QLabel(text, parent)
        heading.setStyleSheet(theme.HEADING_STYLE)
        return heading

    def _make_actions(self) -> None:
        self.add_menu = QMenu(self)
        for value, text in choices(MinutesKind):
            self.add_menu.addAction(text, partial(self.add, value))

        def action(text: str, slot: Callable[[], object], shortcut: Shortcut = None) -> QAction:
            return make_action(self, text, slot, shortcut=shortcut, scope="widget")

        self.add_action = action(translate("MinutesTab", "Add outcome…"), lambda: self.add(None), shortcuts.ADD_ITEM)
        self.edit_action = action(translate("MinutesTab", "Edit…"), self.edit_selected, shortcuts.EDIT)
        self.delete_action = action(translate("MinutesTab", "Delete"), self.delete_selected, shortcuts.DELETE)
        self.up_action = action(translate("MinutesTab", "Move up"), lambda: self.move_selected(-1), shortcuts.MOVE_UP)
        self.down_action = action(
            translate("MinutesTab", "Move down"), lambda: self.move_selected(1), shortcuts.MOVE_DOWN
        )
        self.done_action = action(translate("MinutesTab", "Mark done"), self.toggle_done, shortcuts.MARK_DONE)
        self.follow_up_action = action(translate("MinutesTab", "Follow-up event…"), self.link_follow_up)
        self.go_action = action(translate("MinutesTab", "Go to follow-up event"), self.go_to_follow_up)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        for shown in (
            self.edit_action,
            self.delete_action,
            self.up_action,
            self.down_action,
            self.done_action,
            self.follow_up_action,
            self.go_action,
        ):
            self.table.addAction(shown)

    def _toolbar(self) -> QToolBar:
        # A tool bar: what does not fit (long words in German or Greek) goes
        # behind its » button, rather than pushing the window wider.
        toolbar = QToolBar(self)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        add = QToolButton(self)
        add.setText(translate("MinutesTab", "Add outcome"))
        add.setToolTip(translate("MinutesTab", "{action} — choose the kind").format(action=self.add_action.toolTip()))
        add.setMenu(self.add_menu)
        add.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        add.setObjectName("add_outcome")
        add.setAutoRaise(True)  # flat, as the buttons of the Agenda's and Participants' toolbars
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
                toolbar.addSeparator()
                continue
            button = QToolButton(self)
            button.setDefaultAction(action)
            button.setAutoRaise(True)
            toolbar.addWidget(button)
            if action is self.follow_up_action:
                # The link is set with a click; the arrow goes to the linked event.
                menu = QMenu(button)
                menu.addAction(self.go_action)
                button.setMenu(menu)
                button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        return toolbar

    # -- the contract of a view ----------------------------------------------

    def event_changed(self, event_id: int | None) -> None:
        # What was typed for the event left is saved before the next is read.
        self.save_summary()

    def concerned_by(self, changes: ChangeSet) -> bool:
        # The title or date of an event an outcome leads to is shown too.
        renamed = "event" in changes.tables() and bool(changes.event_ids() & self.follow_ups)
        return super().concerned_by(changes) or renamed

    def show_item(self, target: str, target_id: int) -> bool:
        if target != "minutes_item":
            return False
        self.ensure_loaded()
        found = select_id(self.table, target_id)
        if found:
            self.table.setFocus()
        return found

    def reload(self) -> None:
        selected = self.selected_id()
        shown: minutes.Minutes | None = None
        if self.event_id is not None:
            with self.context.read() as session:
                try:
                    shown = minutes.minutes_of(session, self.event_id)
                except NotFound:  # the event is gone (deleted, or its creation undone)
                    self.event_id = None
        outcomes = shown.outcomes if shown is not None else ()
        self._show_summary(shown.summary if shown is not None else "")
        self.follow_ups = {o.item.follow_up_event_id for o in outcomes if o.item.follow_up_event_id is not None}
        self.model.today = self.today
        with self.table.widths_settling():
            self.model.set_rows(outcomes)
            self.table.resizeColumnsToContents()
            header = self.table.horizontalHeader()
            for column in range(self.model.columnCount()):
                if column != TEXT:
                    header.resizeSection(column, min(header.sectionSize(column) + 12, 180))
        self.counts.setText(f"· {counts_text(outcomes, self.today)}" if self.event_id is not None else "")
        if selected is not None:
            select_id(self.table, selected)
        self._update_actions()

    # -- the summary --------------------------------------------------------

    def _show_summary(self, stored: str) -> None:
        """Show the summary read for ``event_id``. Unsaved typing in it is
        never overwritten; an unchanged summary follows the database (an
        undo, another window)."""
        typed = self.summary.toPlainText()
        same = self.event_id is not None and self.event_id == self.summary_event_id
        if not (same and typed != self.stored_summary) and typed != stored:
            self.summary.setPlainText(stored)
        self.summary_event_id, self.stored_summary, self.summary_store = self.event_id, stored, self.context.store
        self.summary.setEnabled(self.event_id is not None)
        self.summary.setReadOnly(self.context.read_only)
        self.summary.setStyleSheet(READ_ONLY_STYLE if self.context.read_only else "")

    def save_summary(self) -> None:
        """Save the summary if it changed: 'Change summary of the meeting'."""
        text = self.summary.toPlainText()
        event_id = self.summary_event_id
        # After another database was opened, the id names another event.
        if event_id is None or text == self.stored_summary or self.summary_store is not self.context.store:
            return
        if self.context.try_perform(self, ChangeMinutesSummary(event_id, text)) is None:
            return  # refused: what the user typed stays in the editor; nothing is lost
        self.stored_summary = text

    def database_closing(self) -> None:
        # The summary typed is saved into the database it was typed for.
        self.save_summary()

    def hideEvent(self, event: QHideEvent) -> None:
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
        self.add_action.setEnabled(self.event_id is not None)
        for action in (self.edit_action, self.delete_action, self.follow_up_action):
            action.setEnabled(outcome is not None)
        self.go_action.setEnabled(outcome is not None and outcome.item.follow_up_event_id is not None)
        self.up_action.setEnabled(outcome is not None and row > 0)
        self.down_action.setEnabled(outcome is not None and 0 <= row < self.model.rowCount() - 1)
        entry = outcome.item if outcome is not None and outcome.item.is_action else None
        self.done_action.setEnabled(entry is not None)
        reopen = entry is not None and entry.state != ActionState.OPEN
        self.done_action.setText(translate("MinutesTab", "Reopen") if reopen else translate("MinutesTab", "Mark done"))

    def add(self, kind: str | None) -> None:
        if self.event_id is None:
            return
        selected = self.selected()
        if kind is None and selected is not None:
            kind = selected.item.kind  # another of the same kind, most often
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

    def _run(self, dialog: FormDialog) -> None:
        """Show a form; what it saved is selected (its id is its result)."""
        if dialog.exec() and dialog.result_value is not None:
            self.show_item("minutes_item", dialog.result_value)

    def delete_selected(self) -> None:
        outcome = self.selected()
        if outcome is None:
            return
        text = " ".join(outcome.item.text.split())
        short = text if len(text) <= 120 else text[:120].rsplit(" ", 1)[0] + "…"
        question = deletion_question(outcome.item.kind).format(text=short)
        if QMessageBox.question(self, translate("MinutesTab", "Delete outcome"), question) != (
            QMessageBox.StandardButton.Yes
        ):
            return
        self.context.try_perform(self, DeleteOutcome(outcome.item.id))

    def move_selected(self, step: int) -> None:
        outcome = self.selected()
        if outcome is None:
            return
        target = self.model.row_of(outcome.item.id) + step
        if not 0 <= target < self.model.rowCount():
            return
        self.context.try_perform(self, MoveOutcome(outcome.item.id, target))
        self.show_item("minutes_item", outcome.item.id)  # it stays selected

    def toggle_done(self) -> None:
        outcome = self.selected()
        if outcome is None or not outcome.item.is_action:
            return
        self.context.try_perform(self, SetActionState(outcome.item.id, toggled_state(outcome.item.state)))


def deletion_question(kind: str) -> str:
    """ "Delete the decision “{text}”?": one sentence per kind, as each
    language needs its own article and case."""
    if kind == MinutesKind.CONCLUSION:
        return translate("MinutesTab", "Delete the conclusion “{text}”?")
    if kind == MinutesKind.PROPOSAL:
        return translate("MinutesTab", "Delete the proposal “{text}”?")
    if kind == MinutesKind.DECISION:
        return translate("MinutesTab", "Delete the decision “{text}”?")
    if kind == MinutesKind.ACTION:
        return translate("MinutesTab", "Delete the action “{text}”?")
    if kind == MinutesKind.BEST_PRACTICE:
        return translate("MinutesTab", "Delete the best practice “{text}”?")
    if kind == MinutesKind.DISCUSSION_POINT:
        return translate("MinutesTab", "Delete the discussion point “{text}”?")
    return translate("MinutesTab", "Delete the outcome “{text}”?")
