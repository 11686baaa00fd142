"""The Participants tab: who takes part in the event, searchable and
filterable, with the counts by status and country of the rows shown."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QSizePolicy,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from planner.db.enums import ParticipationStatus, Role
from planner.services import events, participants
from planner.services.labels import choices
from planner.services.participants import ParticipantRow
from planner.ui import shortcuts
from planner.ui.context import AppContext, changed_for
from planner.ui.directory.dialogs import PersonDialog
from planner.ui.participants.dialogs import AddParticipantDialog, ParticipationDialog
from planner.ui.participants.model import ParticipantsFilter, ParticipantsModel, summary_texts
from planner.ui.tables import make_proportional_table, select_source_rows, source_rows

TABLES = {"participation", "person", "organisation", "event"}
# Name, Organisation, Country, Role, Status, Arrives, Departs, Dietary, Access, E-mail:
# shares of the width, and the least each needs (all fit in the tab at 1280×720).
WIDTHS = (200, 170, 52, 84, 84, 86, 86, 70, 70, 130)
MINIMUMS = (170, 120, 0, 0, 0, 0, 0, 56, 56, 100)
# The widest values of the short columns, which must never be cut.
WIDEST = {2: "Country", 3: "Participant", 4: "Registered", 5: "Wed 30 Sep", 6: "Wed 30 Sep"}


RECENT_EVENTS = 3


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


class ParticipantsTab(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.event_id: int | None = None
        self.event_start: date | None = None
        self._stale = False
        # The rows of the events shown last, by event, until something changes.
        self._recent: dict[int, list[ParticipantRow]] = {}

        self.model = ParticipantsModel(self)
        self.proxy = ParticipantsFilter(self)
        self.proxy.setSourceModel(self.model)
        metrics = self.fontMetrics()
        minimums = [
            max(least, metrics.horizontalAdvance(WIDEST[column]) + 18 if column in WIDEST else 0)
            for column, least in enumerate(MINIMUMS)
        ]
        self.table = make_proportional_table(self.proxy, WIDTHS, minimums, self, many=True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.doubleClicked.connect(lambda _index: self.edit_participation())
        self.table.setAccessibleName("Participants")

        self._make_actions()
        self._make_toolbar()

        self.summary_status = QLabel(self)
        self.summary_country = QLabel(self)
        self.summary_country.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.summary_country.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        summary = QHBoxLayout()
        summary.setContentsMargins(4, 0, 4, 0)
        summary.addWidget(self.summary_status, 1)
        summary.addWidget(self.summary_country, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(6)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.table, 1)
        layout.addLayout(summary)
        self.setTabOrder(self.search, self.status_filter)
        self.setTabOrder(self.status_filter, self.role_filter)
        self.setTabOrder(self.role_filter, self.table)

        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        # Counted once a filter has changed, not for each range of rows it hides.
        for signal in (self.proxy.filtered, self.proxy.modelReset, self.proxy.layoutChanged):
            signal.connect(lambda *_: self._update_summary())
        context.data_changed.connect(self._on_data_changed)
        context.store_replaced.connect(self._store_replaced)
        self._update_actions()
        self._update_summary()

    # -- building --------------------------------------------------------------

    def _action(self, text: str, slot, shortcut=None, tip: str = "") -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        if tip and shortcut is not None:
            tip = f"{tip} ({shortcut.toString(QKeySequence.SequenceFormat.NativeText)})"
        if tip:
            action.setToolTip(tip)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _make_actions(self) -> None:
        self.add_action = self._action(
            "Add participant…",
            self.add_participant,
            shortcuts.ADD_ITEM,
            "Add someone from the Directory, or a new person",
        )
        self.edit_action = self._action(
            "Edit…", self.edit_participation, shortcuts.EDIT, "Role, status, days and notes of the selected participant"
        )
        self.person_action = self._action(
            "Person details…", self.edit_person, shortcuts.EDIT_PERSON, "Name, organisation, contact and needs"
        )
        self.remove_action = self._action(
            "Remove…", self.remove_selected, shortcuts.DELETE, "Remove the selected participants from this event"
        )
        self.status_menu = QMenu("Set status", self)
        for value, text in choices(ParticipationStatus):
            self.status_menu.addAction(text).triggered.connect(lambda _=False, v=value: self.set_many("status", v))
        self.role_menu = QMenu("Set role", self)
        for value, text in choices(Role):
            self.role_menu.addAction(text).triggered.connect(lambda _=False, v=value: self.set_many("role", v))
        # Also in the File menu's "Participant lists".
        self.import_action = self._action(
            "Import participants…", self.import_list, tip="Add participants from a CSV or Excel list, with a preview"
        )
        self.export_action = self._action(
            "Export participants…", self.export_list, tip="Save the participant list as an Excel or CSV file"
        )
        for action in (self.import_action, self.export_action):
            action.setStatusTip(action.toolTip())
        self.import_action.setIconText("Import…")
        self.export_action.setIconText("Export…")

    def _menu_button(self, menu: QMenu, tip: str) -> QToolButton:
        button = QToolButton(self)
        button.setText(menu.title())
        button.setMenu(menu)
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        button.setToolTip(tip)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        return button

    def _make_toolbar(self) -> None:
        self.toolbar = QToolBar("Participants", self)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in (self.add_action, self.edit_action, self.person_action, self.remove_action):
            self.toolbar.addAction(action)
        self.toolbar.addSeparator()
        self.status_button = self._menu_button(self.status_menu, "Change the status of the selected participants")
        self.role_button = self._menu_button(self.role_menu, "Change the role of the selected participants")
        self.toolbar.addWidget(self.status_button)
        self.toolbar.addWidget(self.role_button)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.import_action)
        self.toolbar.addAction(self.export_action)
        spacer = QWidget(self)
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.toolbar.addWidget(spacer)

        self.search = QLineEdit(self)
        self.search.setPlaceholderText("Search participants")
        self.search.setToolTip("Name, organisation, country or e-mail; accents need not be typed")
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(150)
        self.search.setMaximumWidth(300)
        self.search.textChanged.connect(self.proxy.set_query)
        self.search.returnPressed.connect(self._to_first_row)
        self.status_filter = QComboBox(self)
        self.status_filter.addItem("All statuses", None)
        for value, text in choices(ParticipationStatus):
            self.status_filter.addItem(text, value)
        self.status_filter.currentIndexChanged.connect(lambda: self.proxy.set_status(self.status_filter.currentData()))
        self.role_filter = QComboBox(self)
        self.role_filter.addItem("All roles", None)
        for value, text in choices(Role):
            self.role_filter.addItem(text, value)
        self.role_filter.currentIndexChanged.connect(lambda: self.proxy.set_role(self.role_filter.currentData()))
        for widget in (self.search, self.status_filter, self.role_filter):
            self.toolbar.addWidget(widget)

    # -- the contract of a tab ---------------------------------------------

    def set_event(self, event_id: int | None) -> None:
        self.event_id = event_id
        self.event_start = None
        if event_id is not None:
            with self.context.read() as session:
                self.event_start = events.get_event(session, event_id).starts_on
        if self.isVisible() or event_id is None:
            self.reload()
        else:
            # Read when first shown: a window switching events need not wait
            # for the participants of a tab nobody looks at.
            self.model.load([])
            self._stale = True

    def show_item(self, target: str, target_id: int) -> bool:
        """Select a participation (``participation``) or a person (``person``)."""
        if self._stale:
            self.reload()
        rows = self.model.rows()
        if target == "participation":
            found = [number for number, row in enumerate(rows) if row.participation_id == target_id]
        elif target == "person":
            found = [number for number, row in enumerate(rows) if row.person_id == target_id]
        else:
            return False
        if not found:
            return False
        if not select_source_rows(self.table, found):
            self.clear_filters()
            select_source_rows(self.table, found)
        self.table.setFocus()
        return True

    def reload(self) -> None:
        """Read the participants again, keeping the selection."""
        self._stale = False
        kept = {row.participation_id for row in self.selected_rows()}
        self.model.load(self._rows_of(self.event_id) if self.event_id is not None else [])
        # The model's own order: it sorted the rows as the table shows them.
        select_source_rows(self.table, [n for n, row in enumerate(self.model.rows()) if row.participation_id in kept])
        self._update_actions()  # the counts follow the model's reset

    def _rows_of(self, event_id: int) -> list[ParticipantRow]:
        """The event's participants: read, or as read when it was shown a
        moment ago and nothing changed since (going back and forth between
        two events of 5,000 participants reads neither again)."""
        rows = self._recent.pop(event_id, None)
        if rows is None:
            with self.context.read() as session:
                rows = participants.participant_rows(session, event_id)
        self._recent[event_id] = rows  # the newest last
        while len(self._recent) > RECENT_EVENTS:
            del self._recent[next(iter(self._recent))]
        return rows

    def _on_data_changed(self, changes) -> None:
        if changes.tables() & TABLES:
            self._recent.clear()
        if self.event_id is not None and changed_for(changes, self.event_id, TABLES):
            # A hidden tab reloads when it is next shown (or asked to show an item).
            if self.isVisible():
                self.reload()
            else:
                self._stale = True

    def _store_replaced(self) -> None:
        self._recent.clear()
        self.set_event(None)

    def showEvent(self, event) -> None:
        if self._stale:
            self.reload()
        super().showEvent(event)

    # -- reading the view ----------------------------------------------------

    def selected_rows(self) -> list[ParticipantRow]:
        return [self.model.row_at(row) for row in source_rows(self.table)]

    def current_row(self) -> ParticipantRow | None:
        index = self.table.currentIndex()
        if index.isValid() and self.table.selectionModel().isRowSelected(index.row(), index.parent()):
            return self.model.row_at(self.proxy.mapToSource(index).row())
        selected = self.selected_rows()
        return selected[0] if selected else None

    def clear_filters(self) -> None:
        self.search.clear()
        self.status_filter.setCurrentIndex(0)
        self.role_filter.setCurrentIndex(0)

    def _selection_changed(self) -> None:
        self._update_actions()
        if self.event_id is not None and self.event_id == self.context.current_event_id:
            self.context.set_selected_people(frozenset(row.person_id for row in self.selected_rows()))

    def _update_actions(self) -> None:
        has_event = self.event_id is not None
        count = len(self.table.selectionModel().selectedRows())
        self.add_action.setEnabled(has_event)
        self.import_action.setEnabled(has_event)
        self.export_action.setEnabled(has_event)
        self.edit_action.setEnabled(count >= 1)
        self.person_action.setEnabled(count >= 1)
        self.remove_action.setEnabled(count >= 1)
        for widget in (self.status_button, self.role_button, self.status_menu, self.role_menu):
            widget.setEnabled(count >= 1)
        for widget in (self.search, self.status_filter, self.role_filter):
            widget.setEnabled(has_event)

    def _update_summary(self) -> None:
        shown = self.proxy.shown_rows()
        if self.event_id is None:
            self.summary_status.setText("")
            self.summary_country.setText("")
            return
        if not self.model.rowCount():
            self.summary_status.setText("No participants yet: add someone with “Add participant…” (Ctrl+Shift+A).")
            self.summary_country.setText("")
            return
        statuses, countries = summary_texts(shown)
        total = self.model.rowCount()
        head = _plural(total, "participant") if len(shown) == total else f"{len(shown)} of {total} shown"
        self.summary_status.setText(f"<b>{head}</b>" + (f"  ·  {statuses}" if statuses else ""))
        self.summary_country.setText(countries)
        self.summary_country.setToolTip("Participants by country, for the rows shown")

    def focus_search(self) -> None:
        """Put the cursor in the search box (for the window's Find, if it wants)."""
        self.search.setFocus()
        self.search.selectAll()

    def _to_first_row(self) -> None:
        if self.proxy.rowCount():
            self.table.setFocus()
            self.table.selectRow(0)

    # -- edits ----------------------------------------------------------------

    def add_participant(self) -> None:
        if self.event_id is None:
            return
        dialog = AddParticipantDialog(self.context, self.event_id, self)
        if dialog.exec() and dialog.saved_id is not None:
            self.show_item("participation", dialog.saved_id)

    # Participant lists: their module (and openpyxl) is loaded when first used.

    def import_list(self) -> None:
        from planner.ui.participants import transfer

        if self.event_id is not None:
            transfer.import_participants(self, self.context, self.event_id)

    def export_list(self) -> None:
        from planner.ui.participants import transfer

        if self.event_id is not None:
            transfer.export_participants_file(self, self.context, self.event_id)

    def edit_participation(self) -> None:
        row = self.current_row()
        if row is not None:
            ParticipationDialog(self.context, row, self.event_start, self).exec()

    def edit_person(self) -> None:
        row = self.current_row()
        if row is not None:
            PersonDialog(self.context, row.person_id, self).exec()

    def set_many(self, field: str, value: str) -> None:
        """Status or role of every selected participant: one edit."""
        ids = [row.participation_id for row in self.selected_rows()]
        if not ids:
            return
        what = "status" if field == "status" else "role"
        self.context.try_edit(
            self,
            f"Change {what} of {_plural(len(ids), 'participant')}",
            lambda session: participants.set_many(session, ids, **{field: value}),
        )

    def remove_selected(self) -> None:
        rows = self.selected_rows()
        if not rows:
            return
        ids = [row.participation_id for row in rows]
        undo_label = "Remove participant" if len(rows) == 1 else f"Remove {len(rows)} participants"

        def work(session):
            for participation_id in ids:
                participants.remove_participant(session, participation_id)

        with self.context.read() as session:
            references = {
                row.participation_id: participants.participation_references(session, row.participation_id)
                for row in rows
            }
        blocked = any(what in participants.BLOCKING_REFERENCES for found in references.values() for what in found)
        if blocked:
            # The service refuses and says who speaks where: no question to answer first.
            self.context.try_edit(self, undo_label, work)
            return
        question = self._removal_question(rows, references)
        answer = QMessageBox.question(self, undo_label, question)
        if answer == QMessageBox.StandardButton.Yes:
            self.context.try_edit(self, undo_label, work)

    @staticmethod
    def _removal_question(rows: list[ParticipantRow], references: dict[int, dict[str, int]]) -> str:
        who = rows[0].full_name if len(rows) == 1 else f"{len(rows)} participants"
        text = f"Remove {who} from this event?\n\nThey stay in the Directory."
        kept: dict[str, int] = {}
        for found in references.values():
            for what, count in found.items():
                kept[what] = kept.get(what, 0) + count
        if kept:
            listed = [_counted(count, what) for what, count in kept.items()]
            joined = listed[0] if len(listed) == 1 else f"{', '.join(listed[:-1])} and {listed[-1]}"
            verb = "is" if len(listed) == 1 and joined.startswith("1 ") else "are"
            text += f" Their {joined} in this event {verb} kept."
        return text


_SINGULAR = {"travel legs": "travel leg", "hotel stays": "hotel stay", "costs": "cost"}


def _counted(count: int, what: str) -> str:
    return f"{count} {_SINGULAR.get(what, what) if count == 1 else what}"
