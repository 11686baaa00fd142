"""The app's lists: a read-only table model over a list of rows, described
column by column (what each cell shows, how it sorts, how it is aligned and
coloured), the sorting and filtering proxy in front of it, and table views
set up the same way everywhere: whole rows selected, sortable, compact.

Two ways of giving the columns their widths:

- ``make_stretching_table`` + ``fit_columns_to_contents``: the columns are
  as wide as what they show, one column takes the spare width (Logistics,
  Actions);
- ``make_proportional_table``: the columns share the table's width in
  proportion to given widths, so that long lists of people show every column
  at any size (Participants, Directory)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import QAbstractItemView, QApplication, QHeaderView, QTableView, QWidget

Row = TypeVar("Row")
Index = QModelIndex | QPersistentModelIndex
QItemSelectionFlags = QItemSelectionModel.SelectionFlag

ID_ROLE = Qt.ItemDataRole.UserRole  # the row's id, for selecting and editing it
# A value that sorts as the user expects: a number or a string (Qt does not
# compare Python objects such as datetimes; give them as ISO text).
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


# -- the model -----------------------------------------------------------------


@dataclass(frozen=True)
class Column(Generic[Row]):
    header: str
    text: Callable[[Row], str]
    sort: Callable[[Row], Any] | None = None
    align: Qt.AlignmentFlag | None = None
    tooltip: Callable[[Row], str | None] | None = None  # None or "": no tooltip


def comparable(key: Any) -> tuple:
    """A sort key Python can compare with any other: numbers before text,
    empty values last."""
    if key is None or key == "":
        return (2, "")
    if isinstance(key, (int, float)):
        return (0, key)
    return (1, str(key))


def reorder(model: QAbstractTableModel, rows: list, keys: list, order: Qt.SortOrder) -> list:
    """``rows`` sorted by ``keys`` (a stable sort), telling the views and
    moving the model's persistent indexes (the selection) along."""
    model.layoutAboutToBeChanged.emit()
    wrapped = [comparable(key) for key in keys]
    positions = sorted(range(len(rows)), key=wrapped.__getitem__, reverse=order == Qt.SortOrder.DescendingOrder)
    new_row = {old: new for new, old in enumerate(positions)}
    persistent = model.persistentIndexList()
    model.changePersistentIndexList(
        persistent, [model.index(new_row[index.row()], index.column()) for index in persistent]
    )
    sorted_rows = [rows[position] for position in positions]
    model.layoutChanged.emit()
    return sorted_rows


class RowsModel(QAbstractTableModel, Generic[Row]):
    """Rows are replaced as a whole (``set_rows``) after one query; the
    model itself never touches the database. It sorts itself (the proxy
    in front of it only filters): each row's key is made once per sort,
    not once per comparison, so 20,000 rows sort in a blink."""

    def __init__(self, columns: Sequence[Column[Row]], row_id: Callable[[Row], Any], parent: QObject | None = None):
        super().__init__(parent)
        self.columns = list(columns)
        self.row_id = row_id
        self.rows: list[Row] = []
        self.sorted_by: tuple[int, Qt.SortOrder] | None = None

    def set_rows(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        if self.sorted_by is not None:
            column, order = self.sorted_by
            keys = [comparable(self.sort_key(row, column)) for row in self.rows]
            positions = sorted(
                range(len(self.rows)), key=keys.__getitem__, reverse=order == Qt.SortOrder.DescendingOrder
            )
            self.rows = [self.rows[position] for position in positions]
        self.endResetModel()

    def sort_key(self, row: Row, column: int) -> Any:
        described = self.columns[column]
        return described.sort(row) if described.sort else self.sort_text(described.text(row))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns):
            return
        self.sorted_by = (column, order)
        self.rows = reorder(self, self.rows, [self.sort_key(row, column) for row in self.rows], order)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
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
            return self.sort_key(row, index.column())
        if role == ID_ROLE:
            return self.row_id(row)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return column.align
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip:
            return column.tooltip(row) or None
        return self.style(row, index.column(), role)

    def sort_text(self, text: str) -> str:
        """How a column without its own ``sort`` sorts what it shows."""
        return text.casefold()

    def style(self, row: Row, column: int, role: int) -> Any:
        """Colours and fonts of a cell; subclasses override."""
        return None

    def row_of(self, ident: Any) -> int:
        """The row showing this id, or -1."""
        return next((number for number, row in enumerate(self.rows) if self.row_id(row) == ident), -1)

    def text(self, row: int, column: int) -> str:
        """What a cell shows (for tests and for copying)."""
        return self.columns[column].text(self.rows[row])


# -- the proxy -----------------------------------------------------------------


class SourceSortingProxy(QSortFilterProxyModel):
    """A proxy that filters and leaves sorting to its source model (which
    sorts its Python rows with keys made once per row), keeping the
    source's order: Qt's own sorting asks for every key many times."""

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sourceModel().sort(column, order)


def sorted_proxy(model: QAbstractTableModel, parent=None) -> QSortFilterProxyModel:
    proxy = SourceSortingProxy(parent)
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    return proxy


def refilter(proxy: QSortFilterProxyModel, change: Callable[[], None]) -> None:
    """Change what a proxy filters by and filter again (Qt 6.10 replaced
    invalidateFilter by begin/endFilterChange)."""
    if hasattr(proxy, "endFilterChange"):
        proxy.beginFilterChange()
        change()
        proxy.endFilterChange(QSortFilterProxyModel.Direction.Rows)
    else:  # pragma: no cover - Qt before 6.10
        change()
        proxy.invalidateFilter()


# -- the views -----------------------------------------------------------------


def _table(proxy: QSortFilterProxyModel, parent: QWidget | None, mode: QAbstractItemView.SelectionMode) -> QTableView:
    """What every list of the app has in common: whole rows selected, not
    editable in place, sortable by clicking a header, rows a line high."""
    table = QTableView(parent)
    table.setModel(proxy)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(mode)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSortingEnabled(True)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
    header = table.horizontalHeader()
    header.setHighlightSections(False)
    # Fitting a column to its contents looks at the first rows only, not at
    # every one of thousands.
    header.setResizeContentsPrecision(200)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return table


def make_stretching_table(
    proxy: QSortFilterProxyModel, parent: QWidget | None = None, *, stretch: int = -1
) -> QTableView:
    """A list sorted by its first column, the ``stretch`` column taking the
    spare width (size the others with ``fit_columns_to_contents``)."""
    table = _table(proxy, parent, QAbstractItemView.SelectionMode.SingleSelection)
    table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    columns = proxy.columnCount()
    if columns:
        table.horizontalHeader().setSectionResizeMode(stretch % columns, QHeaderView.ResizeMode.Stretch)
    return table


def fit_columns_to_contents(table: QTableView, *, stretch: int = -1, limit: int = 320) -> None:
    """Size the columns to what they show (not wider than ``limit``), leaving
    the ``stretch`` column to take the rest."""
    header = table.horizontalHeader()
    columns = table.model().columnCount()
    for column in range(columns):
        if column == stretch % max(columns, 1):
            continue
        table.resizeColumnToContents(column)
        header.resizeSection(column, min(header.sectionSize(column) + 12, limit))


class ProportionalColumns(QObject):
    """Share a table's width among its columns in proportion to ``widths``
    (never below ``minimums``), so that every column shows at 1280×720 and
    the room of a large screen goes to all of them. Once the user drags a
    column's edge, their widths are kept."""

    def __init__(self, table: QTableView, widths: Sequence[int], minimums: Sequence[int]):
        super().__init__(table)
        self.table, self.widths, self.minimums = table, list(widths), list(minimums)
        self.fitting = False
        self.user_sized = False
        table.viewport().installEventFilter(self)
        table.horizontalHeader().sectionResized.connect(self._resized)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and not self.user_sized:
            self.fit()
        return False

    def _resized(self, *_args) -> None:
        # A resize while a mouse button is down is the user dragging an edge.
        if not self.fitting and self.table.isVisible() and QApplication.mouseButtons() != Qt.MouseButton.NoButton:
            self.user_sized = True

    def fit(self) -> None:
        shown = [column for column in range(len(self.widths)) if not self.table.isColumnHidden(column)]
        if not shown:
            return
        # Columns whose share would be below their minimum get the minimum;
        # the others share what is left, in proportion.
        fixed: dict[int, int] = {}
        room = self.table.viewport().width()
        while True:
            free = [column for column in shown if column not in fixed]
            left = room - sum(fixed.values())
            total = sum(self.widths[column] for column in free) or 1
            short = [column for column in free if left * self.widths[column] / total < self.minimums[column]]
            if not short:
                break
            fixed.update({column: self.minimums[column] for column in short})
        sizes = dict(fixed)
        for column in free:
            sizes[column] = int(left * self.widths[column] / total)
        self.fitting = True
        try:
            for column, width in sizes.items():
                self.table.setColumnWidth(column, width)
        finally:
            self.fitting = False


def make_proportional_table(
    proxy: QSortFilterProxyModel,
    widths: Sequence[int],
    minimums: Sequence[int] | None = None,
    parent: QWidget | None = None,
    *,
    many: bool = False,
) -> QTableView:
    """A table over ``proxy`` whose columns share its width in proportion to
    ``widths`` (at least ``minimums``), long text elided. ``many`` allows
    extended selection."""
    table = _table(
        proxy,
        parent,
        QAbstractItemView.SelectionMode.ExtendedSelection if many else QAbstractItemView.SelectionMode.SingleSelection,
    )
    table.setTextElideMode(Qt.TextElideMode.ElideRight)
    table.setCornerButtonEnabled(False)
    # Tab moves on to the next widget, not from cell to cell.
    table.setTabKeyNavigation(False)
    header = table.horizontalHeader()
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    header.setStretchLastSection(False)
    # Parented to the table, which keeps it alive.
    ProportionalColumns(table, widths, minimums or [min(width, 60) for width in widths])
    return table


# -- selection -----------------------------------------------------------------


def selected_id(table: QTableView) -> Any:
    """The id (``ID_ROLE``) of the selected row, or None."""
    rows = table.selectionModel().selectedRows() if table.selectionModel() else []
    return rows[0].data(ID_ROLE) if rows else None


def select_id(table: QTableView, ident: Any) -> bool:
    """Select (and show) the row with this id; False if there is none (or
    the filter hides it)."""
    proxy = table.model()
    if isinstance(proxy, QSortFilterProxyModel) and isinstance(source := proxy.sourceModel(), RowsModel):
        # Found among its Python rows, not by asking Qt row by row.
        number = source.row_of(ident)
        index = proxy.mapFromSource(source.index(number, 0)) if number >= 0 else QModelIndex()
    else:
        index = next(
            (proxy.index(row, 0) for row in range(proxy.rowCount()) if proxy.index(row, 0).data(ID_ROLE) == ident),
            QModelIndex(),
        )
    if not index.isValid():
        return False
    table.selectRow(index.row())
    table.scrollTo(index)
    return True


def _proxy(table: QTableView) -> QSortFilterProxyModel:
    proxy = table.model()
    assert isinstance(proxy, QSortFilterProxyModel)  # every table shows its rows through one
    return proxy


def source_rows(table: QTableView) -> list[int]:
    """The source-model rows of the selected lines, in the order shown."""
    proxy = _proxy(table)
    selected = sorted(table.selectionModel().selectedRows(), key=QModelIndex.row)
    return [proxy.mapToSource(index).row() for index in selected]


def select_source_rows(table: QTableView, rows: Sequence[int]) -> bool:
    """Select these source rows (those the filter shows) in one step; the
    first becomes current and is scrolled to. False when none is shown."""
    proxy = _proxy(table)
    source = proxy.sourceModel()
    selection = table.selectionModel()
    shown = sorted(
        index.row() for index in (proxy.mapFromSource(source.index(row, 0)) for row in rows) if index.isValid()
    )
    if not shown:
        selection.clearSelection()
        return False
    # Runs of neighbouring rows as ranges: selecting thousands of rows one
    # by one would signal each time.
    ranges = QItemSelection()
    last_column = proxy.columnCount() - 1
    start = previous = shown[0]
    for row in [*shown[1:], None]:
        if row is not None and row == previous + 1:
            previous = row
            continue
        ranges.select(proxy.index(start, 0), proxy.index(previous, last_column))
        if row is not None:
            start = previous = row
    selection.select(ranges, QItemSelectionFlags.ClearAndSelect | QItemSelectionFlags.Rows)
    first = proxy.index(shown[0], 0)
    selection.setCurrentIndex(first, QItemSelectionFlags.NoUpdate)
    table.scrollTo(first)
    return True
