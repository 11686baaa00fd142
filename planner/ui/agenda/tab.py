"""The Agenda tab: the event's programme day by day, as a list or as a
timeline, with add, edit, duplicate, delete, move and stretch, each one
undoable edit."""

from __future__ import annotations

from datetime import date
from functools import partial

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QObject, QSortFilterProxyModel, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QStackedWidget,
    QTableView,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from planner.services import agenda, events, labels, times
from planner.services.agenda import AgendaEntry
from planner.services.errors import NotFound
from planner.ui import shortcuts, theme
from planner.ui.action import make_action
from planner.ui.agenda.edits import AgendaEdits
from planner.ui.agenda.layout import NO_ROOM
from planner.ui.agenda.model import TIME, TITLE, AgendaModel
from planner.ui.agenda.timeline import TimelineView
from planner.ui.agenda.zone import FittingLabel, zone_texts
from planner.ui.column_widths import FittedColumns
from planner.ui.context import AppContext
from planner.ui.tables import ID_ROLE, SORT_ROLE

# Tables whose changes show in the agenda (names, arrivals for conflicts).
TABLES = {"agenda_item", "agenda_speaker", "event", "person", "organisation", "participation", "travel_leg"}
LIST, TIMELINE = 0, 1

translate = QCoreApplication.translate


class AgendaTab(AgendaEdits):
    WATCHES = frozenset(TABLES)
    ITEMS = frozenset({"agenda_item"})

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(context, parent)
        self.timezone = ""
        self.days: list[date] = []
        self.entries: list[AgendaEntry] = []
        self.conflicts: dict[int, list[str]] = {}
        self.selected_id: int | None = None
        self._loading = False

        self._make_actions()
        self._make_views()
        self._make_layout()
        self.show_view(TIMELINE if self.context.settings.value("agenda/view") == "timeline" else LIST)
        self._update_actions()

    # -- building -----------------------------------------------------------

    def _make_actions(self) -> None:
        self.add_action = make_action(
            self,
            translate("AgendaTab", "Add item…"),
            lambda: self.add_item(),
            shortcut=shortcuts.ADD_ITEM,
            tip=translate("AgendaTab", "Add an agenda item"),
            scope="widget",
        )
        self.edit_action = make_action(
            self,
            translate("AgendaTab", "Edit…"),
            lambda: self.edit_item(),
            shortcut=[shortcuts.EDIT, shortcuts.EDIT_KEYPAD],
            tip=translate("AgendaTab", "Edit the selected item"),
            scope="widget",
        )
        self.duplicate_action = make_action(
            self,
            translate("AgendaTab", "Duplicate"),
            self.duplicate_item,
            shortcut=shortcuts.DUPLICATE,
            tip=translate("AgendaTab", "Copy the selected item to the next free slot"),
            scope="widget",
        )
        self.delete_action = make_action(
            self,
            translate("AgendaTab", "Delete…"),
            self.delete_item,
            shortcut=shortcuts.DELETE,
            tip=translate("AgendaTab", "Delete the selected item"),
            scope="widget",
        )
        # What a drag does in the timeline, from the keyboard (in the list too).
        self.earlier_action, self.later_action, self.shorter_action, self.longer_action = (
            make_action(self, text, partial(edit, steps), shortcut=key, tip=tip, scope="widget")
            for text, edit, steps, key, tip in (
                (
                    translate("AgendaTab", "Move earlier"),
                    self.nudge_item,
                    -1,
                    shortcuts.EARLIER,
                    translate("AgendaTab", "Move the selected item 5 minutes earlier"),
                ),
                (
                    translate("AgendaTab", "Move later"),
                    self.nudge_item,
                    1,
                    shortcuts.LATER,
                    translate("AgendaTab", "Move the selected item 5 minutes later"),
                ),
                (
                    translate("AgendaTab", "Shorten"),
                    self.stretch_item,
                    -1,
                    shortcuts.SHORTER,
                    translate("AgendaTab", "Make the selected item 5 minutes shorter"),
                ),
                (
                    translate("AgendaTab", "Lengthen"),
                    self.stretch_item,
                    1,
                    shortcuts.LONGER,
                    translate("AgendaTab", "Make the selected item 5 minutes longer"),
                ),
            )
        )
        self.view_action = make_action(
            self,
            translate("AgendaTab", "List / Timeline"),
            self.toggle_view,
            shortcut=shortcuts.AGENDA_VIEW,
            scope="widget",
        )
        self.previous_day_action = make_action(
            self,
            translate("AgendaTab", "Previous day"),
            lambda: self._step_day(-1),
            shortcut=shortcuts.PREVIOUS_DAY,
            scope="widget",
        )
        self.next_day_action = make_action(
            self,
            translate("AgendaTab", "Next day"),
            lambda: self._step_day(1),
            shortcut=shortcuts.NEXT_DAY,
            scope="widget",
        )

    def _make_views(self) -> None:
        self.model = AgendaModel(self)
        # Qt sorts a day's few dozen items by their SORT_ROLE keys itself:
        # the model keeps no order of its own but time.
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView(self)
        self.table.setObjectName("agenda_table")
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(TIME, Qt.SortOrder.AscendingOrder)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.setShowGrid(False)
        self.table.setStyleSheet("QTableView::item { padding: 0 8px 0 4px; }")
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        FittedColumns(self.table, stretch=TITLE)
        self.table.doubleClicked.connect(lambda index: self.edit_item())
        self.table.selectionModel().currentRowChanged.connect(self._on_row_changed)
        self.placeholder = QLabel(self.table.viewport())
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setStyleSheet("color: palette(placeholder-text);")
        self.table.viewport().installEventFilter(self)

        self.timeline = TimelineView(self)
        self.timeline.setObjectName("agenda_timeline")
        self.timeline.setAccessibleName(translate("AgendaTab", "Agenda timeline"))
        self.timeline.setAccessibleDescription(
            translate(
                "AgendaTab",
                "Alt+Up and Alt+Down move the selected item by 5 minutes; with Shift they change its length",
            )
        )
        scene = self.timeline.timeline
        scene.selectionChanged.connect(self._on_block_selected)
        scene.activated.connect(lambda item_id: self.edit_item(item_id))
        scene.move_requested.connect(self.move_item)
        scene.resize_requested.connect(self.resize_item)
        scene.add_requested.connect(lambda start, room: self.add_item(start, "" if room == NO_ROOM else room))

        # The keys that move and stretch work where the items are, not in the
        # day's box, whose Alt+Down opens its list.
        for action in self.timing_actions():
            self.removeAction(action)
            self.table.addAction(action)
            self.timeline.addAction(action)

        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.timeline)

    def _make_layout(self) -> None:
        self.day_combo = QComboBox(self)
        self.day_combo.setObjectName("agenda_day")
        self.day_combo.setToolTip(translate("AgendaTab", "The day shown (Alt+PgUp / Alt+PgDown)"))
        self.day_combo.currentIndexChanged.connect(lambda index: self._show_day())
        self.day_combo.setAccessibleName(translate("AgendaTab", "Day"))
        self.day_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        # The day shown whole: a long toolbar (German, Greek) gives way, never the day.
        self.day_combo.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

        self.view_buttons = QButtonGroup(self)
        switch = QHBoxLayout()
        switch.setSpacing(0)
        for view, text, tip in (
            (
                LIST,
                translate("AgendaTab", "List"),
                translate("AgendaTab", "Show the day as a list (Ctrl+Shift+L switches)"),
            ),
            (
                TIMELINE,
                translate("AgendaTab", "Timeline"),
                translate("AgendaTab", "Show the day as a timeline (Ctrl+Shift+L switches)"),
            ),
        ):
            button = QToolButton(self)
            button.setText(text)
            button.setCheckable(True)
            button.setStyleSheet(theme.CHOSEN_BUTTON_STYLE)
            button.setToolTip(tip)
            self.view_buttons.addButton(button, view)
            switch.addWidget(button)
        self.view_buttons.idClicked.connect(self.show_view)

        toolbar = QToolBar(self)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in (self.add_action, self.edit_action, self.duplicate_action, self.delete_action):
            toolbar.addAction(action)
        self.shift_box = QCheckBox(translate("AgendaTab", "Move following items"), self)
        self.shift_box.setToolTip(
            translate(
                "AgendaTab", "When an item gets longer or shorter, move the items after it on that day by as much"
            )
        )
        self.shift_box.setChecked(self.context.settings.value("agenda/shift_following", "false") == "true")
        self.shift_box.toggled.connect(
            lambda on: self.context.settings.setValue("agenda/shift_following", "true" if on else "false")
        )
        self.zone_label = FittingLabel(self)
        self.zone_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.zone_label.setStyleSheet("color: palette(placeholder-text);")

        bar = QHBoxLayout()
        bar.setContentsMargins(6, 4, 6, 0)
        bar.addWidget(self.day_combo)
        bar.addSpacing(8)
        bar.addLayout(switch)
        bar.addSpacing(8)
        bar.addWidget(toolbar)
        bar.addWidget(self.shift_box)
        bar.addWidget(self.zone_label, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(bar)
        layout.addWidget(self.stack, 1)
        QWidget.setTabOrder(self.day_combo, self.view_buttons.button(LIST))
        QWidget.setTabOrder(self.view_buttons.button(LIST), self.view_buttons.button(TIMELINE))
        QWidget.setTabOrder(self.view_buttons.button(TIMELINE), self.shift_box)
        QWidget.setTabOrder(self.shift_box, self.table)
        QWidget.setTabOrder(self.table, self.timeline)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self.placeholder.setGeometry(self.table.viewport().rect())
        return super().eventFilter(watched, event)

    # -- the contract -------------------------------------------------------

    def event_changed(self, event_id: int | None) -> None:
        # Another event starts on its first day; the same one stays where it was.
        self.selected_id = None
        self.days = []

    def show_item(self, target: str, target_id: int) -> bool:
        if target != "agenda_item" or self.event_id is None:
            return False
        entry = self._entry(target_id)
        if entry is None:
            return False
        self.selected_id = entry.id
        if entry.day in self.days and self.day_combo.currentIndex() != self.days.index(entry.day):
            self.day_combo.setCurrentIndex(self.days.index(entry.day))
        else:
            self._select(entry.id)
        return True

    # -- loading ------------------------------------------------------------

    def reload(self) -> None:
        event = None
        if self.event_id is not None:
            try:
                with self.context.read() as session:
                    event = events.event_details(session, self.event_id)
                    self.timezone = event.timezone
                    self.entries = agenda.agenda_entries(session, self.event_id)
                    self.conflicts = agenda.conflicts_by_item(
                        session, self.event_id, self.context.conflicts.of(session, self.event_id), self.entries
                    )
            except NotFound:
                self.event_id = None
        if event is None:
            self.entries, self.conflicts, self.timezone = [], {}, ""
        days = times.day_range(event.starts_on, event.ends_on) if event is not None else []
        current = self.current_day()
        self._loading = True
        if days != self.days:
            self.days = days
            self.day_combo.clear()
            self.day_combo.addItems([labels.day(day) for day in days])
        if current in days:
            self.day_combo.setCurrentIndex(days.index(current))
        self._loading = False
        self._show_day()

    def current_day(self) -> date | None:
        index = self.day_combo.currentIndex()
        return self.days[index] if 0 <= index < len(self.days) else None

    def day_entries(self) -> list[AgendaEntry]:
        day = self.current_day()
        return [entry for entry in self.entries if entry.day == day]

    def _show_day(self) -> None:
        if self._loading:
            return
        day = self.current_day()
        selected = self.selected_id
        self._loading = True
        self.model.load(self.day_entries(), self.conflicts)
        self.timeline.timeline.show_day(day, self.entries, self.conflicts)
        self._loading = False
        entry = self._entry(selected)
        self.selected_id = selected if entry is not None and entry.day == day else None
        self._select(self.selected_id)
        if self.selected_id is None:
            self.timeline.scroll_to_start()
        self.placeholder.setText(
            ""
            if self.model.rowCount() or day is None
            else translate("AgendaTab", "Nothing planned on this day yet.\nAdd an item with Add item… (Ctrl+Shift+A).")
        )
        self.zone_label.set_texts(zone_texts(self.timezone, day))
        self._update_actions()

    def _entry(self, item_id: int | None) -> AgendaEntry | None:
        return next((entry for entry in self.entries if entry.id == item_id), None)

    # -- selection ----------------------------------------------------------

    def _select(self, item_id: int | None) -> None:
        self._loading = True
        row = self.model.row_of(item_id) if item_id is not None else None
        if row is None:
            self.table.clearSelection()
        else:
            index = self.proxy.mapFromSource(self.model.index(row, TITLE))
            self.table.setCurrentIndex(index)
            self.table.scrollTo(index)
        self.timeline.show_block(item_id)
        self._loading = False
        self._update_actions()

    def _on_row_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        if not self._loading and current.isValid():
            self.selected_id = current.data(ID_ROLE)
            self._update_actions()

    def _on_block_selected(self) -> None:
        if not self._loading:
            self.selected_id = self.timeline.timeline.selected_id()
            self._update_actions()

    def selected_entry(self) -> AgendaEntry | None:
        return self._entry(self.selected_id)

    def _update_actions(self) -> None:
        has_event, has_item = self.event_id is not None, self.selected_entry() is not None
        self.add_action.setEnabled(has_event)
        for action in (self.edit_action, self.duplicate_action, self.delete_action, *self.timing_actions()):
            action.setEnabled(has_item)
        self.day_combo.setEnabled(bool(self.days))
        self.previous_day_action.setEnabled(len(self.days) > 1)
        self.next_day_action.setEnabled(len(self.days) > 1)

    def timing_actions(self) -> tuple[QAction, ...]:
        return (self.earlier_action, self.later_action, self.shorter_action, self.longer_action)

    def show_view(self, view: int) -> None:
        self.stack.setCurrentIndex(view)
        self.view_buttons.button(view).setChecked(True)
        self.setFocusProxy(self.shown_view())
        self.context.settings.setValue("agenda/view", "timeline" if view == TIMELINE else "list")
        self._select(self.selected_id)

    def toggle_view(self) -> None:
        self.show_view(LIST if self.stack.currentIndex() == TIMELINE else TIMELINE)
        self.shown_view().setFocus()

    def shown_view(self) -> QWidget:
        """The list or the timeline, whichever the stack shows."""
        return self.timeline if self.stack.currentIndex() == TIMELINE else self.table

    def _step_day(self, step: int) -> None:
        index = self.day_combo.currentIndex() + step
        if 0 <= index < len(self.days):
            self.day_combo.setCurrentIndex(index)
