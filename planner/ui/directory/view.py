"""The Directory: the people and organisations shared by all events, with
each person's history of participations and each organisation's members."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QObject, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QMessageBox,
    QSizePolicy,
    QSplitter,
    QTableView,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from planner.operations.directory import Deletion, organisation_deletion, person_deletion
from planner.services import directory
from planner.ui import shortcuts, theme
from planner.ui.action import Shortcut, make_action
from planner.ui.context import AppContext
from planner.ui.directory.dialogs import OrganisationDialog, PersonDialog
from planner.ui.directory.models import (
    HISTORY_STATUS,
    NAME,
    HistoryModel,
    OrganisationsModel,
    PeopleModel,
    SearchedRowsModel,
    SearchFilter,
)
from planner.ui.directory.personal_data import PersonalData
from planner.ui.no_match import NoMatchLine
from planner.ui.status_chips import StatusChipDelegate
from planner.ui.tables import make_list_table, select_row, select_source_rows, source_rows
from planner.ui.views import View

translate = QCoreApplication.translate

PEOPLE, ORGANISATIONS = 0, 1


class AfterPaint(QObject):
    """Runs ``then`` once, just after ``widget`` was next painted: work the
    first screen does not need waits until it is shown."""

    def __init__(self, widget: QWidget, then: Callable[[], None]) -> None:
        super().__init__(widget)
        self.then = then
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self, self._run)
        return False

    def _run(self) -> None:
        self.then()
        self.deleteLater()


def _titled(title: QLabel, table: QTableView, parent: QWidget) -> QWidget:
    box = QWidget(parent)
    column = QVBoxLayout(box)
    column.setContentsMargins(0, 6, 0, 0)
    column.setSpacing(4)
    column.addWidget(title)
    column.addWidget(table, 1)
    return box


class DirectoryView(View):
    """People with the events they took part in, organisations with their
    members. Everyone is read when the Directory is first shown (20,000
    people are not read at start-up); a person's events open with
    ``open_event``."""

    WATCHES = frozenset({"person", "organisation", "participation", "event"})
    ITEMS = frozenset({"person", "organisation"})
    PER_EVENT = False

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(context, parent)

        self._search_waits: AfterPaint | None = None
        self.people = PeopleModel(self)
        self.people_proxy = SearchFilter(self)
        self.people_proxy.setSourceModel(self.people)
        self.people_table = make_list_table(self.people_proxy, self, minimums=(160, 140, 60, 140, 60))
        self.people_table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.history = HistoryModel(self)
        self.history_proxy = SearchFilter(self)
        self.history_proxy.setSourceModel(self.history)
        self.history_table = make_list_table(self.history_proxy, self, minimums=(200, 150, 90, 90))
        self.history_table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
        self.history_table.doubleClicked.connect(self._open_event)
        self.history_table.setToolTip(translate("DirectoryView", "Double-click an event to open it"))
        # The participation's status as a chip, as in the Participants tab.
        self.history_chips = StatusChipDelegate(theme.PARTICIPATION_TONES, self._history_status, self.history_table)
        self.history_table.setItemDelegateForColumn(HISTORY_STATUS, self.history_chips)
        self.history_title = QLabel(self)

        self.organisations = OrganisationsModel(self)
        self.organisations_proxy = SearchFilter(self)
        self.organisations_proxy.setSourceModel(self.organisations)
        self.organisations_table = make_list_table(self.organisations_proxy, self, minimums=(200, 90, 120, 60, 70))
        self.organisations_table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.members = PeopleModel(self)
        self.members_proxy = SearchFilter(self)
        self.members_proxy.setSourceModel(self.members)
        self.members_table = make_list_table(self.members_proxy, self, minimums=(160, 140, 60, 140, 60))
        self.members_table.setColumnHidden(1, True)
        self.members_table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.members_table.doubleClicked.connect(self._show_member)
        self.members_table.setToolTip(translate("DirectoryView", "Double-click a member to see them among the people"))
        self.members_title = QLabel(self)

        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(
            self._split(self.people_table, _titled(self.history_title, self.history_table, self)),
            translate("DirectoryView", "People"),
        )
        self.tabs.addTab(
            self._split(self.organisations_table, _titled(self.members_title, self.members_table, self)),
            translate("DirectoryView", "Organisations"),
        )
        self.tabs.currentChanged.connect(lambda _: self._update_actions())
        self.no_match = NoMatchLine("", self)
        self.tabs.currentChanged.connect(lambda _: self._show_no_match())

        self._make_actions()
        self._make_toolbar()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(6)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.no_match)
        layout.addWidget(self.tabs, 1)

        self.people_table.selectionModel().selectionChanged.connect(lambda *_: self._person_selected())
        self.organisations_table.selectionModel().selectionChanged.connect(lambda *_: self._organisation_selected())
        self.people_table.doubleClicked.connect(lambda _: self.edit_selected())
        self.organisations_table.doubleClicked.connect(lambda _: self.edit_selected())

    def _split(self, top: QWidget, bottom: QWidget) -> QSplitter:
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        # The list gets most of the room; a history is a few lines.
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([3000, 1000])
        splitter.setChildrenCollapsible(False)
        return splitter

    # -- actions ------------------------------------------------------------------

    def _make_actions(self) -> None:
        def action(text: str, slot: Callable[[], object], shortcut: Shortcut = None, tip: str = "") -> QAction:
            # Shortcuts work while the focus is in the Directory, not in the event tabs.
            return make_action(self, text, slot, shortcut=shortcut, tip=tip, scope="widget")

        self.new_person_action = action(
            translate("DirectoryView", "New person…"),
            self.new_person,
            tip=translate("DirectoryView", "Add a person to the Directory"),
        )
        self.new_organisation_action = action(
            translate("DirectoryView", "New organisation…"),
            self.new_organisation,
            tip=translate("DirectoryView", "Add an organisation to the Directory"),
        )
        # Ctrl+Shift+A adds to the list shown.
        self.add_action = action(
            translate("DirectoryView", "Add"),
            self.add_in_current_tab,
            shortcuts.ADD_ITEM,
            translate("DirectoryView", "Add to the list shown"),
        )
        self.edit_action = action(
            translate("DirectoryView", "Edit…"),
            self.edit_selected,
            shortcuts.EDIT,
            translate("DirectoryView", "Edit the selected entry"),
        )
        self.delete_action = action(
            translate("DirectoryView", "Delete"),
            self.delete_selected,
            shortcuts.DELETE,
            translate("DirectoryView", "Delete the selected entry"),
        )
        self.personal_data = PersonalData(self.context, self, self.selected_person_id)

    def _make_toolbar(self) -> None:
        self.toolbar = QToolBar(translate("DirectoryView", "Directory"), self)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in (self.new_person_action, self.new_organisation_action):
            self.toolbar.addAction(action)
        self.toolbar.addSeparator()
        for action in (self.edit_action, self.delete_action):
            self.toolbar.addAction(action)
        self.toolbar.addSeparator()
        self.personal_data.add_to(self.toolbar)
        spacer = QWidget(self)
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.toolbar.addWidget(spacer)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(translate("DirectoryView", "Search people and organisations"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(240)
        self.search.setMaximumWidth(360)
        self.search.textChanged.connect(self._search)
        self.search.returnPressed.connect(self._to_first_row)
        self.toolbar.addWidget(self.search)

    # -- showing ------------------------------------------------------------------

    def reload(self) -> None:
        """Read people and organisations again, keeping what was selected."""
        person = self.selected_person_id()
        organisation = self.selected_organisation_id()
        with self.context.read() as session:
            people = directory.people_rows(session)
            organisations = directory.organisation_rows(session)
        # Read in the order of names: shown so without sorting them again.
        self.people.set_rows(people, ordered_by=NAME)
        self.organisations.set_rows(organisations)
        # The texts searched are made once the list is on screen, before a
        # first letter is typed (20,000 people take a few tens of ms).
        if self._search_waits is None:
            self._search_waits = AfterPaint(self.people_table.viewport(), self._prepare_search)
        self._select(self.people_table, self.people, person)
        self._select(self.organisations_table, self.organisations, organisation)
        self.tabs.setTabText(PEOPLE, translate("DirectoryView", "People ({count})").format(count=len(people)))
        self.tabs.setTabText(
            ORGANISATIONS, translate("DirectoryView", "Organisations ({count})").format(count=len(organisations))
        )
        self._person_selected()
        self._organisation_selected()

    def _prepare_search(self) -> None:
        self._search_waits = None
        self.people.haystacks()
        self.organisations.haystacks()

    def show_item(self, target: str, target_id: int) -> bool:
        if target == "person":
            return self.show_person(target_id)
        if target == "organisation":
            return self.show_organisation(target_id)
        return False

    def show_person(self, person_id: int) -> bool:
        """Bring a person into view on the People tab and select them."""
        return self._show(PEOPLE, self.people_table, self.people, person_id)

    def show_organisation(self, organisation_id: int) -> bool:
        return self._show(ORGANISATIONS, self.organisations_table, self.organisations, organisation_id)

    def _show(self, tab: int, table: QTableView, model: SearchedRowsModel[Any], ident: int) -> bool:
        """Select a row on its tab, clearing the search if it hides the row."""
        self.ensure_loaded()
        self.tabs.setCurrentIndex(tab)
        if not self._select(table, model, ident):
            self.search.clear()
            if not self._select(table, model, ident):
                return False
        table.setFocus()
        return True

    @staticmethod
    def _select(table: QTableView, model: SearchedRowsModel[Any], ident: int | None) -> bool:
        row = model.row_of(ident) if ident is not None else -1  # nothing was selected: no search
        return row >= 0 and select_source_rows(table, [row])

    def selected_person_id(self) -> int | None:
        rows = source_rows(self.people_table)
        return self.people.rows[rows[0]].id if rows else None

    def selected_organisation_id(self) -> int | None:
        rows = source_rows(self.organisations_table)
        return self.organisations.rows[rows[0]].id if rows else None

    def _person_selected(self) -> None:
        person_id = self.selected_person_id()
        if person_id is None:
            self.history.set_rows([])
            self.history_title.setText(
                translate("DirectoryView", "Select a person to see the events they took part in.")
            )
        else:
            with self.context.read() as session:
                rows = directory.participation_history(session, person_id)
            self.history.set_rows(rows)
            person = next(row for row in self.people.rows if row.id == person_id)
            count = (
                translate("DirectoryView", "%n event(s)", "", len(rows))
                if rows
                else translate("DirectoryView", "no events yet")
            )
            self.history_title.setText(f"<b>{_escape(person.name)}</b> — {count}")
        self._update_actions()

    def _organisation_selected(self) -> None:
        organisation_id = self.selected_organisation_id()
        if organisation_id is None:
            self.members.set_rows([])
            self.members_title.setText(translate("DirectoryView", "Select an organisation to see its members."))
        else:
            # Members come from the people already read: no query.
            members = [row for row in self.people.rows if row.organisation_id == organisation_id]
            self.members.set_rows(members, ordered_by=NAME)  # the people's order
            name = next(row.name for row in self.organisations.rows if row.id == organisation_id)
            count = (
                translate("DirectoryView", "%n member(s)", "", len(members))
                if members
                else translate("DirectoryView", "no members")
            )
            self.members_title.setText(f"<b>{_escape(name)}</b> — {count}")
        self._update_actions()

    def _update_actions(self) -> None:
        chosen = self.selected_person_id() if self.tabs.currentIndex() == PEOPLE else self.selected_organisation_id()
        self.edit_action.setEnabled(chosen is not None)
        self.delete_action.setEnabled(chosen is not None)
        self.personal_data.update(self.tabs.currentIndex() == PEOPLE)

    def _search(self, text: str) -> None:
        self.people_proxy.set_query(text)
        self.organisations_proxy.set_query(text)
        self._show_no_match()

    def _show_no_match(self) -> None:
        """Say so when the search finds nobody on the tab shown."""
        people = self.tabs.currentIndex() == PEOPLE
        proxy = self.people_proxy if people else self.organisations_proxy
        self.no_match.template = (
            translate("DirectoryView", "No person matches '{}'")
            if people
            else translate("DirectoryView", "No organisation matches '{}'")
        )
        self.no_match.show_for(self.search.text(), proxy.rowCount())

    def _to_first_row(self) -> None:
        table = self.people_table if self.tabs.currentIndex() == PEOPLE else self.organisations_table
        if table.model().rowCount():
            table.setFocus()
            select_row(table, 0)

    def _history_status(self, index) -> str | None:
        source = self.history_proxy.mapToSource(index)
        return self.history.rows[source.row()].status if source.isValid() else None

    def _open_event(self, index: QModelIndex) -> None:
        row = self.history.rows[self.history_proxy.mapToSource(index).row()]
        self.open_event.emit(row.event_id)

    def _show_member(self, index: QModelIndex) -> None:
        row = self.members.rows[self.members_proxy.mapToSource(index).row()]
        self.show_person(row.id)

    # -- edits --------------------------------------------------------------------

    def add_in_current_tab(self) -> None:
        if self.tabs.currentIndex() == PEOPLE:
            self.new_person()
        else:
            self.new_organisation()

    def new_person(self) -> None:
        dialog = PersonDialog(self.context, None, self)
        if dialog.exec() and dialog.saved_id is not None:
            self.show_person(dialog.saved_id)

    def new_organisation(self) -> None:
        dialog = OrganisationDialog(self.context, None, self)
        if dialog.exec() and dialog.saved_id is not None:
            self.show_organisation(dialog.saved_id)

    def edit_selected(self) -> None:
        if self.tabs.currentIndex() == PEOPLE:
            person_id = self.selected_person_id()
            if person_id is not None:
                PersonDialog(self.context, person_id, self).exec()
        else:
            organisation_id = self.selected_organisation_id()
            if organisation_id is not None:
                OrganisationDialog(self.context, organisation_id, self).exec()

    def delete_selected(self) -> None:
        if self.tabs.currentIndex() == PEOPLE:
            self.delete_person()
        else:
            self.delete_organisation()

    def delete_person(self) -> None:
        person_id = self.selected_person_id()
        if person_id is not None:
            with self.context.read() as session:
                deletion = person_deletion(session, person_id)
            self._delete(deletion)

    def delete_organisation(self) -> None:
        organisation_id = self.selected_organisation_id()
        if organisation_id is not None:
            with self.context.read() as session:
                deletion = organisation_deletion(session, organisation_id)
            self._delete(deletion)

    def _delete(self, deletion: Deletion) -> None:
        """Ask first; with no question, something refers to it and the
        operation is refused with a message that says what."""
        title, question = deletion.operation.shown_label, deletion.question
        if not question or QMessageBox.question(self, title, question) == QMessageBox.StandardButton.Yes:
            self.context.try_perform(self, deletion.operation)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
