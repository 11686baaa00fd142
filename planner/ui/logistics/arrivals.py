"""Arrivals and departures: who arrives when and where, day by day in the
event's time zone, for planning pick-ups; and who leaves when."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QLabel, QSplitter, QTreeView, QVBoxLayout, QWidget

from planner.services.movements import ARRIVAL, DEPARTURE, Movement
from planner.ui import theme
from planner.ui.column_widths import FittedColumns
from planner.ui.logistics.models import movements_model
from planner.ui.tables import ID_ROLE

translate = QCoreApplication.translate

PLACE = 4  # the last column: where they arrive, or leave from


class _MovementsTree(QTreeView):
    picked = Signal()  # a row was selected

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setRootIsDecorated(False)
        self.setItemsExpandable(False)
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setIndentation(8)
        self.setStyleSheet("QTreeView::item { padding: 3px 6px 3px 2px; }")
        self.columns = FittedColumns(self, stretch=PLACE)  # the spare width after the last column

    def show_model(self, model: QStandardItemModel) -> None:
        old = self.model()
        self.setModel(model)
        if old is not None:
            old.deleteLater()
        selection = self.selectionModel()

        def picked(*_args: object) -> None:
            if selection.hasSelection():
                self.picked.emit()

        selection.selectionChanged.connect(picked)
        for row in range(model.rowCount()):
            self.setFirstColumnSpanned(row, self.rootIndex(), True)
        self.expandAll()
        self.columns.fit()

    def leg_id(self) -> int | None:
        rows = self.selectionModel().selectedRows() if self.selectionModel() else []
        return rows[0].data(ID_ROLE) if rows else None

    def select_leg(self, leg_id: int) -> bool:
        model = self.model()
        if model is None:
            return False
        for day in range(model.rowCount()):
            heading = model.index(day, 0)
            for row in range(model.rowCount(heading)):
                index = model.index(row, 0, heading)
                if index.data(ID_ROLE) == leg_id:
                    self.setCurrentIndex(index)
                    self.scrollTo(index)
                    return True
        return False

    def rows(self) -> list[list[str]]:
        """What the tree shows, heading rows as one cell (for tests)."""
        model, found = self.model(), []
        for day in range(model.rowCount()):
            heading = model.index(day, 0)
            found.append([heading.data()])
            for row in range(model.rowCount(heading)):
                found.append([model.index(row, column, heading).data() for column in range(model.columnCount())])
        return found


class ArrivalsPage(QWidget):
    edit_requested = Signal()
    selection_changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: palette(placeholder-text);")
        self.arrivals = _MovementsTree(self)
        self.arrivals.setObjectName("arrivals")
        self.departures = _MovementsTree(self)
        self.departures.setObjectName("departures")
        # Arrivals above departures, each as wide as the tab: side by side,
        # names and flights were cut off at 1280 px.
        lists = QSplitter(Qt.Orientation.Vertical, self)
        lists.setChildrenCollapsible(False)
        for title, tree in (
            (translate("ArrivalsPage", "Arrivals"), self.arrivals),
            (translate("ArrivalsPage", "Departures"), self.departures),
        ):
            part = QWidget(lists)
            column = QVBoxLayout(part)
            column.setContentsMargins(0, 0, 0, 0)
            heading = QLabel(title, part)
            heading.setStyleSheet(theme.HEADING_STYLE)
            column.addWidget(heading)
            column.addWidget(tree)
            lists.addWidget(part)
            tree.doubleClicked.connect(self._double_clicked)
        # One target for Edit and Delete: selecting an arrival unselects a departure.
        self.arrivals.picked.connect(self.departures.clearSelection)
        self.departures.picked.connect(self.arrivals.clearSelection)
        self.arrivals.picked.connect(self.selection_changed)
        self.departures.picked.connect(self.selection_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(self.note)
        layout.addWidget(lists, 1)

    def _double_clicked(self, index: QModelIndex) -> None:
        if index.data(ID_ROLE) is not None:  # a leg, not a day's heading
            self.edit_requested.emit()

    def load(self, movements: list[Movement], event_zone: str, city: str) -> None:
        selected = self.leg_id()
        self.arrivals.show_model(movements_model(movements, ARRIVAL, event_zone, self))
        self.departures.show_model(movements_model(movements, DEPARTURE, event_zone, self))
        if movements and city:
            self.note.setText(
                translate(
                    "ArrivalsPage",
                    "Each traveller's last leg before their stay in {city} and first leg after it. "
                    "Times are local to the event ({zone}).",
                ).format(city=city, zone=event_zone)
            )
        elif movements:
            self.note.setText(
                translate(
                    "ArrivalsPage",
                    "Each traveller's last leg before their stay and first leg after it. "
                    "Times are local to the event ({zone}).",
                ).format(zone=event_zone)
            )
        else:
            self.note.setText(
                translate("ArrivalsPage", "No travel booked yet: add travel legs on the Travellers page.")
            )
        if selected is not None:
            self.select_leg(selected)

    def leg_id(self) -> int | None:
        return self.arrivals.leg_id() or self.departures.leg_id()

    def select_leg(self, leg_id: int) -> bool:
        return self.arrivals.select_leg(leg_id) or self.departures.select_leg(leg_id)
