"""Travellers: the people of the event on the left; the selected person's
travel legs and hotel stays on the right."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QSplitter, QVBoxLayout, QWidget

from planner.services.logistics import StayRow, TravelLegRow
from planner.services.movements import Traveller
from planner.services.search import fold, fold_word
from planner.ui import theme
from planner.ui.logistics.models import NO_PERSON, LegsModel, StaysModel, TravellersModel
from planner.ui.shown_rows import Keep, ShownRows
from planner.ui.tables import make_stretching_table, select_id, select_row, selected_id

LEG, STAY = "travel_leg", "stay"
TRAVELLER = "traveller"  # a person, on the Travellers page

translate = QCoreApplication.translate


class NamesFilter(ShownRows):
    """The travellers whose name holds the text typed, case and accents ignored."""

    text = ""

    def set_text(self, text: str) -> None:
        if fold(text.strip()) != self.text:
            self.text = fold(text.strip())
            self.refilter()

    def keep(self) -> Keep | None:
        if not self.text:
            return None
        model = self.sourceModel()
        assert isinstance(model, TravellersModel)
        typed, names = self.text, model.rows
        return lambda number: typed in fold_word(names[number].name)


def _heading(text: str, parent: QWidget) -> QLabel:
    heading = QLabel(text, parent)
    heading.setStyleSheet(theme.HEADING_STYLE)
    return heading


class TravellersPage(QWidget):
    edit_requested = Signal()  # a leg or a stay was double-clicked
    selection_changed = Signal()  # what Edit and Delete act on may have changed

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.travellers: list[Traveller] = []
        self.legs: list[TravelLegRow] = []
        self.stays: list[StayRow] = []

        self.people_model = TravellersModel(self)
        self.people_proxy = NamesFilter(self, source=self.people_model)
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(translate("TravellersPage", "Filter people"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.people_proxy.set_text)
        self.people = make_stretching_table(self.people_proxy, self, stretch=0)
        self.people.setObjectName("travellers")
        self.people.selectionModel().selectionChanged.connect(self._person_selected)

        self.legs_model = LegsModel(self)
        self.legs_table = make_stretching_table(ShownRows(self, source=self.legs_model), self, stretch=2)
        self.legs_table.setObjectName("legs")
        self.legs_table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.stays_model = StaysModel(self)
        self.stays_table = make_stretching_table(ShownRows(self, source=self.stays_model), self, stretch=1)
        self.stays_table.setObjectName("stays")
        self.stays_table.sortByColumn(2, Qt.SortOrder.AscendingOrder)
        for table, other in ((self.legs_table, self.stays_table), (self.stays_table, self.legs_table)):
            # One target for Edit and Delete: selecting a leg unselects the stay.
            table.selectionModel().selectionChanged.connect(
                lambda *_args, table=table, other=other: (
                    table.selectionModel().hasSelection() and other.clearSelection()
                )
            )
            table.selectionModel().selectionChanged.connect(lambda *_args: self.selection_changed.emit())
            table.doubleClicked.connect(lambda *_args: self.edit_requested.emit())

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.filter)
        left_layout.addWidget(self.people)

        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.setSpacing(2)
        self.person_heading = QLabel(right)
        self.person_heading.setStyleSheet("font-size: 11pt; font-weight: 600;")
        self.legs_heading = _heading(translate("TravellersPage", "Travel"), right)
        self.stays_heading = _heading(translate("TravellersPage", "Hotel stays"), right)
        right_layout.addWidget(self.person_heading)
        right_layout.addWidget(self.legs_heading)
        right_layout.addWidget(self.legs_table, 3)
        right_layout.addWidget(self.stays_heading)
        right_layout.addWidget(self.stays_table, 2)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([265, 935])  # names are short; the legs need the room
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(splitter)
        self.setTabOrder(self.filter, self.people)
        self.setTabOrder(self.people, self.legs_table)
        self.setTabOrder(self.legs_table, self.stays_table)

    # -- data ---------------------------------------------------------------

    def load(self, travellers: list[Traveller], legs: list[TravelLegRow], stays: list[StayRow]) -> None:
        person, target = self.person_id(), self.target()
        self.travellers = list(travellers)
        if any(stay.person_id is None for stay in stays):
            self.travellers.append(
                Traveller(
                    NO_PERSON,
                    translate("TravellersPage", "(no guest named)"),
                    "",
                    0,
                    sum(1 for stay in stays if stay.person_id is None),
                )
            )
        self.legs, self.stays = legs, stays
        # They come in the order of names; the one named by no one (an empty
        # key) sorts last, where it is: shown so without sorting again.
        self.people_model.set_rows(self.travellers, ordered_by=0)
        if person is None or not select_id(self.people, person):
            # The first person with travel, or simply the first: Add then knows for whom.
            with_travel = next((row.person_id for row in self.travellers if row.legs or row.stays), None)
            if with_travel is not None:
                select_id(self.people, with_travel)
            elif self.people_proxy.rowCount():
                select_row(self.people, 0)
        self._show_person()
        if target is not None:
            self.select(*target)

    def person_id(self) -> int | None:
        return selected_id(self.people)

    def traveller(self) -> Traveller | None:
        ident = self.person_id()
        return next((row for row in self.travellers if row.person_id == ident), None)

    def target(self) -> tuple[str, int] | None:
        """The leg or stay Edit and Delete act on."""
        for kind, table in ((LEG, self.legs_table), (STAY, self.stays_table)):
            ident = selected_id(table)
            if ident is not None:
                return kind, ident
        return None

    def select(self, kind: str, ident: int) -> bool:
        """Show the person of this leg or stay and select it."""
        rows = self.legs if kind == LEG else self.stays
        found = next((row for row in rows if row.id == ident), None)
        if found is None:
            return False
        person = found.person_id if found.person_id is not None else NO_PERSON
        if self.person_id() != person:
            self.filter.clear()
            select_id(self.people, person)
        table = self.legs_table if kind == LEG else self.stays_table
        if select_id(table, ident):
            table.setFocus()
            return True
        return False

    def select_person(self, person_id: int) -> bool:
        """Show one person's legs and stays, the list of people focused."""
        self.filter.clear()
        if select_id(self.people, person_id):
            self.people.setFocus()
            return True
        return False

    # -- showing a person --------------------------------------------------

    def _person_selected(self, *_args) -> None:
        self._show_person()
        self.selection_changed.emit()

    def _show_person(self) -> None:
        traveller = self.traveller()
        ident = traveller.person_id if traveller else None
        person_key = None if ident == NO_PERSON else ident
        legs = [leg for leg in self.legs if ident is not None and leg.person_id == ident]
        stays = [stay for stay in self.stays if ident is not None and stay.person_id == person_key]
        self.legs_model.set_rows(legs)
        self.stays_model.set_rows(stays)
        if traveller is None:
            self.person_heading.setText(translate("TravellersPage", "Choose a person on the left"))
        else:
            self.person_heading.setText(
                f"{traveller.name} — {traveller.organisation}" if traveller.organisation else traveller.name
            )
        legs_count = translate("TravellersPage", "Travel · %n leg(s)", "", len(legs))
        self.legs_heading.setText(legs_count if legs else translate("TravellersPage", "Travel · none booked yet"))
        stays_count = translate("TravellersPage", "Hotel stays · %n stay(s)", "", len(stays))
        self.stays_heading.setText(
            stays_count if stays else translate("TravellersPage", "Hotel stays · none booked yet")
        )
        for table in (self.legs_table, self.stays_table):
            if table.model().rowCount() and not table.selectionModel().hasSelection():
                table.selectionModel().setCurrentIndex(
                    table.model().index(0, 0), QItemSelectionModel.SelectionFlag.NoUpdate
                )


def people_choices(travellers: list[Traveller]) -> list[tuple[int, str]]:
    """The people a leg, stay or cost can be for, as the forms list them."""
    return [
        (row.person_id, f"{row.name} ({row.organisation})" if row.organisation else row.name)
        for row in travellers
        if row.person_id != NO_PERSON
    ]
