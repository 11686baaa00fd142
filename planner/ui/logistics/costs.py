"""Costs: every cost of the event, with the prices booked on travel legs
and stays beside them, and totals by category and by funder, per currency."""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QHeaderView, QLabel, QSizePolicy, QTableView, QVBoxLayout, QWidget

from planner.services import costs
from planner.ui import theme
from planner.ui.logistics.models import CostsModel, TotalsModel
from planner.ui.shown_rows import Keep, ShownRows
from planner.ui.tables import make_stretching_table, select_id, selected_id

translate = QCoreApplication.translate


class _CostsProxy(ShownRows):
    """Hides the booked prices when the user only wants the costs."""

    show_booked = True

    def set_show_booked(self, shown: bool) -> None:
        if shown != self.show_booked:
            self.show_booked = shown
            self.refilter()

    def keep(self) -> Keep | None:
        if self.show_booked:
            return None
        lines = cast(CostsModel, self.sourceModel()).rows
        return lambda number: lines[number].is_cost


def _totals_table(model: TotalsModel, parent: QWidget) -> QTableView:
    """A small table as wide and as high as what it shows: no scrolling,
    no sorting (the Total row stays last)."""
    table = QTableView(parent)
    table.setModel(model)
    table.setSelectionMode(QTableView.SelectionMode.NoSelection)
    table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    table.setAlternatingRowColors(True)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
    table.horizontalHeader().setStretchLastSection(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    table.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
    return table


def _fit(table: QTableView) -> None:
    header = table.horizontalHeader()
    width = sum(header.sectionSize(column) + 16 for column in range(table.model().columnCount()))
    for column in range(table.model().columnCount()):
        header.resizeSection(column, header.sectionSize(column) + 16)
    rows = max(table.model().rowCount(), 1)
    frame = 2 * table.frameWidth()
    table.setFixedSize(width + frame, header.height() + rows * table.verticalHeader().defaultSectionSize() + frame)


class CostsPage(QWidget):
    edit_requested = Signal()
    selection_changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = CostsModel(self)
        self.proxy = _CostsProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = make_stretching_table(self.proxy, self, stretch=1)
        self.table.setObjectName("costs")
        self.table.doubleClicked.connect(lambda *_args: self.edit_requested.emit())
        self.table.selectionModel().selectionChanged.connect(lambda *_args: self.selection_changed.emit())

        self.show_booked = QCheckBox(translate("CostsPage", "Show the prices booked on travel legs and stays"), self)
        self.show_booked.setChecked(True)
        self.show_booked.toggled.connect(self._toggle_booked)

        self.by_category = TotalsModel(translate("CostsPage", "Category"), self)
        self.by_funder = TotalsModel(translate("CostsPage", "Funded by"), self)
        self.booked = TotalsModel(translate("CostsPage", "Category"), self)
        self.booked.with_total = False
        self.totals_tables = [_totals_table(model, self) for model in (self.by_category, self.by_funder, self.booked)]
        self.booked_note = QLabel(
            translate(
                "CostsPage",
                "Booked prices are listed for checking against the costs; they are not added to the totals.",
            ),
            self,
        )
        self.booked_note.setWordWrap(True)
        self.booked_note.setStyleSheet("color: palette(placeholder-text);")

        totals = QHBoxLayout()
        totals.setContentsMargins(0, 0, 0, 0)
        self.totals_boxes: list[QWidget] = []
        for title, table in zip(
            (
                translate("CostsPage", "Totals by category"),
                translate("CostsPage", "Totals by funder"),
                translate("CostsPage", "Booked (not in the totals)"),
            ),
            self.totals_tables,
            strict=True,
        ):
            box = QWidget(self)
            column = QVBoxLayout(box)
            column.setContentsMargins(0, 0, 0, 0)
            heading = QLabel(title, box)
            heading.setStyleSheet(theme.HEADING_STYLE)
            table.setParent(box)
            column.addWidget(heading)
            column.addWidget(table)
            column.addStretch(1)
            totals.addWidget(box)
            totals.addSpacing(16)
            self.totals_boxes.append(box)
        totals.addStretch(1)
        self.empty_note = QLabel(
            translate(
                "CostsPage",
                "No costs yet. Add the venue, catering, travel and other costs with “Add cost”, "
                "and the prices of tickets and hotels on the travel legs and stays.",
            ),
            self,
        )
        self.empty_note.setWordWrap(True)
        self.empty_note.setStyleSheet("color: palette(placeholder-text);")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(self.show_booked)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_note)
        layout.addLayout(totals)
        layout.addWidget(self.booked_note)

    def load(self, lines: list[costs.CostLine]) -> None:
        selected = self.line_key()
        self.model.set_rows(lines)
        totals = costs.cost_totals(lines)
        currencies = totals.currencies()
        self.by_category.set_totals(totals.by_category, currencies)
        self.by_funder.set_totals(totals.by_funder, currencies, names=lambda key: key)
        self.booked.set_totals(totals.booked, currencies)
        self.empty_note.setVisible(not lines)
        self.totals_boxes[0].setVisible(bool(totals.by_currency))
        self.totals_boxes[1].setVisible(bool(totals.by_currency))
        self.totals_boxes[2].setVisible(bool(totals.booked))
        self.booked_note.setVisible(bool(totals.booked))
        for table in self.totals_tables:
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            table.resizeColumnsToContents()
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
            _fit(table)
        for box in self.totals_boxes:
            # A box hidden when its table changed size keeps its old size
            # unless told (an event without costs, then one with).
            box.updateGeometry()
        if selected is not None:
            select_id(self.table, selected)

    def _toggle_booked(self, shown: bool) -> None:
        self.proxy.set_show_booked(shown)

    def line_key(self) -> str | None:
        return selected_id(self.table)

    def line(self, source: str, ident: int) -> costs.CostLine | None:
        """The line shown for a cost (or a leg's or stay's price)."""
        return next((row for row in self.model.rows if (row.source, row.source_id) == (source, ident)), None)

    def target(self) -> tuple[str, int] | None:
        """The selected line as (source, id): a cost, or a leg or stay."""
        key = self.line_key()
        if key is None:
            return None
        source, ident = key.split(":")
        return source, int(ident)

    def select(self, source: str, ident: int) -> bool:
        if source != costs.COST and not self.show_booked.isChecked():
            self.show_booked.setChecked(True)
        found = select_id(self.table, f"{source}:{ident}")
        if found:
            self.table.setFocus()
        return found

    def rows(self) -> list[list[str]]:
        """What the table shows, in its order (for tests)."""
        proxy = self.table.model()
        columns = range(proxy.columnCount())
        return [[proxy.index(row, column).data() or "" for column in columns] for row in range(proxy.rowCount())]
