"""The Participants tab: who takes part in the event, searchable and
filterable, with the counts by status and country of the rows shown."""

from __future__ import annotations

import html
from datetime import date
from functools import partial

from PySide6.QtCore import QCoreApplication, Qt
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

from planner.errors import PlannerError
from planner.operations.participants import ChangeParticipants, RemoveParticipants, removal_of
from planner.services import participants
from planner.services.errors import NotFound
from planner.services.history import ChangeSet
from planner.services.labels import label
from planner.services.participants import ROLE_CHOICES, STATUS_CHOICES, ListedEvent, ParticipantRow
from planner.ui import shortcuts, theme
from planner.ui.action import make_action
from planner.ui.consent.marks import ConsentMarking, read_marks
from planner.ui.context import AppContext
from planner.ui.directory.dialogs import PersonDialog
from planner.ui.participants.dialogs import AddParticipantDialog, ParticipationDialog
from planner.ui.participants.model import (
    COLUMNS,
    COUNTRY,
    ROW_ROLE,
    STATUS,
    ParticipantsFilter,
    ParticipantsModel,
    short_day,
    summary_texts,
)
from planner.ui.status_chips import StatusChipDelegate
from planner.ui.tables import make_list_table, select_row, select_source_rows, source_rows
from planner.ui.views import View

# Name, Organisation, Country, Role, Status, Arrives, Departs, Dietary, Access, E-mail:
# the least each keeps when the list is short of room (all fit in the tab at 1280×720).
MINIMUMS = (170, 120, 0, 0, 0, 0, 0, 56, 56, 100)
translate = QCoreApplication.translate

# The events whose rows are kept until something changes them.
RECENT_EVENTS = 3
# Changes to these rows may show in any event's list.
SHARED_TABLES = frozenset({"person", "organisation"})


def widest_values() -> dict[int, list[str]]:
    """The values of the short columns, in the window's language, which
    must never be cut: Country (its heading), Role, Status, Arrives, Departs."""
    days = [short_day(date(2026, month, 30)) for month in (1, 3, 4, 6, 9, 11)]
    return {
        COUNTRY: [translate("ParticipantsModel", COLUMNS[COUNTRY])],
        3: [label(value) for value, _text in ROLE_CHOICES],
        4: [label(value) for value, _text in STATUS_CHOICES],
        5: days,
        6: days,
    }


class ParticipantsTab(View):
    # invitation_sent: the answers read back from replies show in the status;
    # message_sent: the messages from templates, in the tooltips.
    WATCHES = frozenset(
        {"participation", "person", "organisation", "event", "invitation_sent", "message_sent", "consent"}
    )
    ITEMS = frozenset({"participation", "person"})

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(context, parent)
        self.shown_event: ListedEvent | None = None
        # The rows of the events shown last, by event, until something changes
        # them: going back and forth between two events of 5,000 participants
        # reads neither again. They belong to the database they were read from.
        self._recent: dict[int, tuple[ListedEvent, list[ParticipantRow]]] = {}

        self.model = ParticipantsModel(self)
        self.proxy = ParticipantsFilter(self)
        self.proxy.setSourceModel(self.model)
        metrics = self.fontMetrics()
        widest = widest_values()
        minimums = [
            max(least, max(map(metrics.horizontalAdvance, widest[column])) + 18 if column in widest else 0)
            for column, least in enumerate(MINIMUMS)
        ]
        self.table = make_list_table(self.proxy, self, minimums=minimums, many=True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.doubleClicked.connect(lambda _index: self.edit_participation())
        self.table.setAccessibleName(translate("ParticipantsTab", "Participants"))
        self.status_chips = StatusChipDelegate(theme.PARTICIPATION_TONES, _status_of, self.table)
        self.table.setItemDelegateForColumn(STATUS, self.status_chips)

        self._make_actions()
        self._make_toolbar()

        self.summary_status = QLabel(self)
        self.summary_status.setTextFormat(Qt.TextFormat.RichText)  # bold counts; a search shown escaped
        self.summary_country = QLabel(self)
        self.summary_country.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.summary_country.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # Says whom the list is narrowed to when the Overview sent the user here.
        self.people_note = QLabel(self)
        self.people_note.setObjectName("people_note")
        self.people_note.setTextFormat(Qt.TextFormat.RichText)
        self.people_note.linkActivated.connect(lambda _link: self.clear_filters())
        self.people_note.hide()
        summary = QHBoxLayout()
        summary.setContentsMargins(4, 0, 4, 0)
        summary.addWidget(self.summary_status, 1)
        summary.addWidget(self.summary_country, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(6)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.people_note)
        layout.addWidget(self.table, 1)
        layout.addLayout(summary)
        self.setTabOrder(self.search, self.status_filter)
        self.setTabOrder(self.status_filter, self.role_filter)
        self.setTabOrder(self.role_filter, self.table)

        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        # Counted once a filter has changed or the rows were read (sorting
        # changes no count).
        for signal in (self.proxy.filtered, self.proxy.modelReset):
            signal.connect(lambda *_: self._update_summary())
        self._update_actions()
        self._update_summary()

    # -- building --------------------------------------------------------------

    def _make_actions(self) -> None:
        self.add_action = make_action(
            self,
            translate("ParticipantsTab", "Add participant…"),
            self.add_participant,
            shortcut=shortcuts.ADD_ITEM,
            tip=translate("ParticipantsTab", "Add someone from the Directory, or a new person"),
            scope="widget",
        )
        self.edit_action = make_action(
            self,
            translate("ParticipantsTab", "Edit…"),
            self.edit_participation,
            shortcut=shortcuts.EDIT,
            tip=translate("ParticipantsTab", "Role, status, days and notes of the selected participant"),
            scope="widget",
        )
        self.person_action = make_action(
            self,
            translate("ParticipantsTab", "Person details…"),
            self.edit_person,
            shortcut=shortcuts.EDIT_PERSON,
            tip=translate("ParticipantsTab", "Name, organisation, contact and needs"),
            scope="widget",
        )
        self.remove_action = make_action(
            self,
            translate("ParticipantsTab", "Remove…"),
            self.remove_selected,
            shortcut=shortcuts.DELETE,
            tip=translate("ParticipantsTab", "Remove the selected participants from this event"),
            scope="widget",
        )
        # The words of the values are asked for here, in the window's language.
        self.status_menu = QMenu(translate("ParticipantsTab", "Set status"), self)
        for value, _text in STATUS_CHOICES:
            self.status_menu.addAction(make_action(self, label(value), partial(self.set_many, "status", value)))
        self.role_menu = QMenu(translate("ParticipantsTab", "Set role"), self)
        for value, _text in ROLE_CHOICES:
            self.role_menu.addAction(make_action(self, label(value), partial(self.set_many, "role", value)))
        # The window's File ▸ Participant lists does the same.
        self.import_action = make_action(
            self,
            translate("ParticipantsTab", "Import participants…"),
            self.import_list,
            tip=translate("ParticipantsTab", "Add participants from a CSV or Excel list, with a preview"),
            scope="widget",
        )
        self.export_action = make_action(
            self,
            translate("ParticipantsTab", "Export participants…"),
            self.export_list,
            tip=translate("ParticipantsTab", "Save the participant list as an Excel or CSV file"),
            scope="widget",
        )
        self.import_action.setIconText(translate("ParticipantsTab", "Import…"))
        self.export_action.setIconText(translate("ParticipantsTab", "Export…"))

    def _menu_button(self, menu: QMenu, tip: str) -> QToolButton:
        button = QToolButton(self)
        button.setText(menu.title())
        button.setMenu(menu)
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        button.setToolTip(tip)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        return button

    def _make_toolbar(self) -> None:
        self.toolbar = QToolBar(translate("ParticipantsTab", "Participants"), self)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in (self.add_action, self.edit_action, self.person_action, self.remove_action):
            self.toolbar.addAction(action)
        self.toolbar.addSeparator()
        self.status_button = self._menu_button(
            self.status_menu, translate("ParticipantsTab", "Change the status of the selected participants")
        )
        self.role_button = self._menu_button(
            self.role_menu, translate("ParticipantsTab", "Change the role of the selected participants")
        )
        self.toolbar.addWidget(self.status_button)
        self.toolbar.addWidget(self.role_button)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.import_action)
        self.toolbar.addAction(self.export_action)
        spacer = QWidget(self)
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.toolbar.addWidget(spacer)

        self.search = QLineEdit(self)
        self.search.setPlaceholderText(translate("ParticipantsTab", "Search participants"))
        self.search.setToolTip(
            translate("ParticipantsTab", "Name, organisation, country or e-mail; accents need not be typed")
        )
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(150)
        self.search.setMaximumWidth(300)
        self.search.textChanged.connect(self.proxy.set_query)
        self.search.returnPressed.connect(self._to_first_row)
        self.status_filter = QComboBox(self)
        self.status_filter.addItem(translate("ParticipantsTab", "All statuses"), None)
        for value, _text in STATUS_CHOICES:
            self.status_filter.addItem(label(value), value)
        self.status_filter.currentIndexChanged.connect(lambda: self.proxy.set_status(self.status_filter.currentData()))
        self.role_filter = QComboBox(self)
        self.role_filter.addItem(translate("ParticipantsTab", "All roles"), None)
        for value, _text in ROLE_CHOICES:
            self.role_filter.addItem(label(value), value)
        self.role_filter.currentIndexChanged.connect(lambda: self.proxy.set_role(self.role_filter.currentData()))
        for widget in (self.search, self.status_filter, self.role_filter):
            self.toolbar.addWidget(widget)

    # -- the contract of a view -------------------------------------------------

    def show_item(self, target: str, target_id: int) -> bool:
        """Select a participation (``participation``) or a person (``person``)."""
        self.ensure_loaded()
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
        kept = {row.participation_id for row in self.selected_rows()}
        self.shown_event = None
        rows: list[ParticipantRow] = []
        if self.event_id is not None:
            try:
                self.shown_event, rows = self._read(self.event_id)
            except NotFound:  # deleted meanwhile
                self.event_id = None
        self.model.consent = ConsentMarking(
            read_marks(self.context, self.event_id if self.shown_event is not None else None, rows)
        )
        self.model.load(rows, in_name_order=True)
        # The model's own order: it sorted the rows as the table shows them.
        select_source_rows(self.table, [n for n, row in enumerate(self.model.rows()) if row.participation_id in kept])
        self._update_actions()  # the counts follow the model's reset

    def changes_seen(self, changes: ChangeSet) -> None:
        # The rows kept of the events a change touched (of every event, for
        # people and organisations) are dropped.
        tables = changes.tables()
        if tables & self.WATCHES:
            touched = changes.event_ids()
            if tables & SHARED_TABLES or not touched:
                self._recent.clear()
            for event_id in touched:
                self._recent.pop(event_id, None)

    def database_replaced(self) -> None:
        self._recent.clear()

    def event_changed(self, event_id: int | None) -> None:
        self.show_people(None)

    def show_people(self, person_ids: frozenset[int] | None, why: str = "") -> None:
        """List only these people (all of them with None), saying why."""
        if person_ids is not None:
            self.search.clear()
            self.status_filter.setCurrentIndex(0)
            self.role_filter.setCurrentIndex(0)
        self.proxy.set_people(person_ids)
        self.people_note.setVisible(person_ids is not None)
        if person_ids is not None:
            note = translate("ParticipantsTab", "Only {who}.").format(who=html.escape(why))
            everyone = html.escape(translate("ParticipantsTab", "Show everyone"))
            self.people_note.setText(f'{note} <a href="all">{everyone}</a>')
            self._to_first_row()

    def _read(self, event_id: int) -> tuple[ListedEvent, list[ParticipantRow]]:
        """The event and its participants: read, or as read when it was shown
        a moment ago and nothing changed since."""
        found = self._recent.pop(event_id, None)
        if found is None:
            with self.context.read() as session:
                found = participants.listed_event(session, event_id), participants.participant_rows(session, event_id)
        self._recent[event_id] = found  # the newest last
        while len(self._recent) > RECENT_EVENTS:
            del self._recent[next(iter(self._recent))]
        return found

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
        self.show_people(None)
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
        for box in (self.search, self.status_filter, self.role_filter):
            box.setEnabled(has_event)

    def _update_summary(self) -> None:
        shown = self.proxy.shown_rows()
        if self.event_id is None:
            self.summary_status.setText("")
            self.summary_country.setText("")
            return
        if not self.model.rowCount():
            self.summary_status.setText(
                translate("ParticipantsTab", "No participants yet: add someone with “Add participant…” (Ctrl+Shift+A).")
            )
            self.summary_country.setText("")
            return
        if not shown and self.search.text().strip():
            self.summary_status.setText(
                translate("ParticipantsTab", "No participant matches '{search}'").format(
                    search=html.escape(self.search.text().strip(), quote=False)
                )
            )
            self.summary_country.setText("")
            return
        statuses, countries = summary_texts(shown)
        total = self.model.rowCount()
        if len(shown) == total:
            head = translate("ParticipantsTab", "%n participant(s)", "", total)
        else:
            head = translate("ParticipantsTab", "{shown} of %n shown", "", total).format(shown=len(shown))
        self.summary_status.setText(f"<b>{head}</b>" + (f"  ·  {statuses}" if statuses else ""))
        self.summary_country.setText(countries)
        self.summary_country.setToolTip(translate("ParticipantsTab", "Participants by country, for the rows shown"))

    def _to_first_row(self) -> None:
        if self.proxy.rowCount():
            self.table.setFocus()
            select_row(self.table, 0)

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
            ParticipationDialog(
                self.context, row, self.shown_event.starts_on if self.shown_event else None, self
            ).exec()

    def edit_person(self) -> None:
        row = self.current_row()
        if row is not None:
            PersonDialog(self.context, row.person_id, self).exec()

    def set_many(self, field: str, value: str) -> None:
        """Status or role of every selected participant: one edit."""
        ids = tuple(row.participation_id for row in self.selected_rows())
        if ids:
            self.context.try_perform(self, ChangeParticipants(ids, **{field: value}))

    def remove_selected(self) -> None:
        """Ask first, saying what is kept; a removal the rules refuse is
        refused at once, with no question to answer first."""
        ids = tuple(row.participation_id for row in self.selected_rows())
        if not ids:
            return
        operation = RemoveParticipants(ids)
        try:
            with self.context.read() as session:
                removal = removal_of(session, ids)
        except PlannerError as error:
            QMessageBox.warning(self, operation.shown_label, str(error))
            return
        if not removal.refusal:
            answer = QMessageBox.question(self, operation.shown_label, removal.question)
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.context.try_perform(self, operation)


def _status_of(index) -> str | None:
    row = index.data(ROW_ROLE)
    return row.status if row is not None else None
