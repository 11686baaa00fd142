"""A read-only table model over a list of rows, described column by column:
what each cell shows, how it sorts, how it is aligned and coloured."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

Row = TypeVar("Row")
Index = QModelIndex | QPersistentModelIndex

ID_ROLE = Qt.ItemDataRole.UserRole  # the row's id, for selecting and editing it
# A value that sorts as the user expects: a number or a string (Qt does not
# compare Python objects such as datetimes; give them as ISO text).
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


@dataclass(frozen=True)
class Column(Generic[Row]):
    header: str
    text: Callable[[Row], str]
    sort: Callable[[Row], Any] | None = None
    align: Qt.AlignmentFlag | None = None
    tooltip: Callable[[Row], str] | None = None


class RowsModel(QAbstractTableModel):
    """Rows are replaced as a whole (``set_rows``) after one query; the
    model itself never touches the database."""

    def __init__(self, columns: Sequence[Column[Row]], row_id: Callable[[Row], Any], parent=None):
        super().__init__(parent)
        self.columns = list(columns)
        self.row_id = row_id
        self.rows: list[Row] = []

    def set_rows(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].header
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, column = self.rows[index.row()], self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
        if role == SORT_ROLE:
            return column.sort(row) if column.sort else column.text(row).casefold()
        if role == ID_ROLE:
            return self.row_id(row)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return column.align
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip:
            return column.tooltip(row) or None
        return self.style(row, index.column(), role)

    def style(self, row: Row, column: int, role: int) -> Any:
        """Colours and fonts of a cell; subclasses override."""
        return None

    def row_of(self, ident: Any) -> int:
        """The row showing this id, or -1."""
        return next((number for number, row in enumerate(self.rows) if self.row_id(row) == ident), -1)

    def text(self, row: int, column: int) -> str:
        """What a cell shows (for tests and for copying)."""
        return self.columns[column].text(self.rows[row])


def sorted_proxy(model: QAbstractTableModel, parent=None) -> QSortFilterProxyModel:
    proxy = QSortFilterProxyModel(parent)
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    return proxy


def make_table(proxy: QSortFilterProxyModel, parent: QWidget | None = None, *, stretch: int = -1) -> QTableView:
    """A table as every list of the app looks: whole rows selected, sortable
    by clicking a header, the ``stretch`` column taking the spare width."""
    table = QTableView(parent)
    table.setModel(proxy)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSortingEnabled(True)
    table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
    header = table.horizontalHeader()
    header.setHighlightSections(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    columns = proxy.columnCount()
    if columns:
        header.setSectionResizeMode(stretch % columns, QHeaderView.ResizeMode.Stretch)
    return table


def fit_columns(table: QTableView, *, stretch: int = -1, limit: int = 320) -> None:
    """Size the columns to what they show (not wider than ``limit``), leaving
    the ``stretch`` column to take the rest."""
    header = table.horizontalHeader()
    columns = table.model().columnCount()
    for column in range(columns):
        if column == stretch % max(columns, 1):
            continue
        table.resizeColumnToContents(column)
        header.resizeSection(column, min(header.sectionSize(column) + 12, limit))


def selected_id(table: QTableView) -> Any:
    """The id of the selected row, or None."""
    rows = table.selectionModel().selectedRows() if table.selectionModel() else []
    return rows[0].data(ID_ROLE) if rows else None


def select_id(table: QTableView, ident: Any) -> bool:
    """Select (and show) the row with this id; False if there is none."""
    proxy = table.model()
    for row in range(proxy.rowCount()):
        index = proxy.index(row, 0)
        if index.data(ID_ROLE) == ident:
            table.selectRow(row)
            table.scrollTo(index)
            return True
    return False
