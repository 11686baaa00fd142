"""The app's lists: a read-only table model over a list of rows, described
column by column (what each cell shows, how it sorts, how it is aligned and
coloured), the model that sorts and filters it for a view (``ShownRows``,
in shown_rows.py; Qt's proxy where a model is not a ``RowsModel``), and
table views set up the same way everywhere: whole rows selected, sortable,
compact, their columns fitted (column_widths.py). The selection helpers
work with either kind of model in front."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableView,
    QWidget,
)

from planner.ui.column_widths import FittedColumns
from planner.ui.shown_rows import ShownRows

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
    model itself never touches the database. Shown through ``ShownRows``,
    its rows keep the order they were given in and ``sort_keys`` gives each
    column's keys (made once per row, kept until the rows change); behind
    Qt's proxy, it sorts itself, each row's key made once per sort."""

    # Every cell a plain text, without an icon or a font of its own (its
    # colour aside): the columns are then measured from their texts alone.
    plain_cells = False

    def __init__(self, columns: Sequence[Column[Row]], row_id: Callable[[Row], Any], parent: QObject | None = None):
        super().__init__(parent)
        self.columns = list(columns)
        self.row_id = row_id
        self.rows: list[Row] = []
        self.sorted_by: tuple[int, Qt.SortOrder] | None = None
        self._keys: dict[int, list[Any]] = {}  # by column, made when first sorted by, until the rows change
        self._ordered_by: int | None = None
        self.modelAboutToBeReset.connect(self._keys.clear)

    def set_rows(self, rows: Sequence[Row], ordered_by: int | None = None) -> None:
        """Show these rows. ``ordered_by``: the column whose ascending order
        they already come in (people read in the order of names), which a
        ``ShownRows`` in front then shows them in without sorting."""
        self.beginResetModel()
        self.rows = list(rows)
        self._ordered_by = ordered_by if self.sorted_by is None else None
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
        self._keys.clear()
        self.rows = reorder(self, self.rows, [self.sort_key(row, column) for row in self.rows], order)

    def sort_keys(self, column: int) -> list[Any]:
        """Every row's key for this column, in the rows' order (for a
        ``ShownRows`` in front, which sorts row numbers, not the rows)."""
        if column not in self._keys:
            self._keys[column] = [comparable(self.sort_key(row, column)) for row in self.rows]
        return self._keys[column]

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
        return self.cell(index.row(), index.column(), role)

    def cell(self, number: int, column_number: int, role: int) -> Any:
        """What row ``number`` shows in a column, for a role."""
        row, column = self.rows[number], self.columns[column_number]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
        if role == SORT_ROLE:
            return self.sort_key(row, column_number)
        if role == ID_ROLE:
            return self.row_id(row)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return column.align
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip:
            return column.tooltip(row) or None
        return self.style(row, column_number, role)

    def ordered_by(self) -> int | None:
        """The column whose ascending order the rows came in, if said."""
        return self._ordered_by

    def plain_texts(self, column: int, numbers: Sequence[int]) -> list[str] | None:
        """What rows ``numbers`` show in a column, when its cells are plain
        texts (no icon, no font of their own), for measuring them; None
        when they may not be (``plain_cells`` says)."""
        if not self.plain_cells:
            return None
        text, rows = self.columns[column].text, self.rows
        return [text(rows[number]) for number in numbers]

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


def _table(proxy: QAbstractItemModel, parent: QWidget | None, mode: QAbstractItemView.SelectionMode) -> QTableView:
    """What every list of the app has in common: whole rows selected, not
    editable in place, sortable by clicking a header, rows a line high."""
    table = QTableView(parent)
    table.setModel(proxy)
    if isinstance(proxy, ShownRows):
        proxy.rows_hidden.connect(lambda: _selection_changed(table))
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


def _selection_changed(table: QTableView) -> None:
    """Say that selected rows were hidden by a filter (Qt drops them from
    the selection without a word), so that what follows the selection
    (actions, details shown beside) follows."""
    table.selectionModel().selectionChanged.emit(QItemSelection(), QItemSelection())


def make_stretching_table(
    proxy: QAbstractItemModel, parent: QWidget | None = None, *, stretch: int | None = None
) -> QTableView:
    """A list sorted by its first column whose columns fit what they show,
    the ``stretch`` column (by default the widest) taking the spare width."""
    table = _table(proxy, parent, QAbstractItemView.SelectionMode.SingleSelection)
    table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    table.setTextElideMode(Qt.TextElideMode.ElideRight)
    FittedColumns(table, stretch=stretch)
    return table


def make_list_table(
    proxy: QAbstractItemModel,
    parent: QWidget | None = None,
    *,
    minimums: Sequence[int] = (),
    stretch: int | None = None,
    many: bool = False,
) -> QTableView:
    """A long list (people, organisations) whose columns fit what they show,
    never narrower than ``minimums`` when the table is short of room. ``many``
    allows extended selection."""
    table = _table(
        proxy,
        parent,
        QAbstractItemView.SelectionMode.ExtendedSelection if many else QAbstractItemView.SelectionMode.SingleSelection,
    )
    table.setTextElideMode(Qt.TextElideMode.ElideRight)
    table.setCornerButtonEnabled(False)
    # Tab moves on to the next widget, not from cell to cell.
    table.setTabKeyNavigation(False)
    table.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    FittedColumns(table, minimums=minimums, stretch=stretch)
    return table


# -- selection -----------------------------------------------------------------


def select_row(table: QAbstractItemView, row: int) -> None:
    """Select this row (as the view shows it) alone, make it current and
    show it. Not ``QTableView.selectRow``: that reads the keyboard, and a
    Shift held at that moment would extend the selection from an old anchor
    (or select nothing)."""
    index = table.model().index(row, 0)
    if index.isValid():
        table.selectionModel().setCurrentIndex(index, QItemSelectionFlags.ClearAndSelect | QItemSelectionFlags.Rows)
        table.scrollTo(index)


def selected_id(table: QTableView) -> Any:
    """The id (``ID_ROLE``) of the selected row, or None."""
    rows = table.selectionModel().selectedRows() if table.selectionModel() else []
    return rows[0].data(ID_ROLE) if rows else None


def select_id(table: QTableView, ident: Any) -> bool:
    """Select (and show) the row with this id; False if there is none (or
    the filter hides it)."""
    proxy = table.model()
    if isinstance(proxy, (QSortFilterProxyModel, ShownRows)) and isinstance(source := proxy.sourceModel(), RowsModel):
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
    select_row(table, index.row())
    return True


def _proxy(table: QTableView) -> QSortFilterProxyModel | ShownRows:
    proxy = table.model()
    # Every list shows its model's rows through one or the other.
    assert isinstance(proxy, (QSortFilterProxyModel, ShownRows))
    return proxy


def source_rows(table: QTableView) -> list[int]:
    """The source-model rows of the selected lines, in the order shown."""
    proxy = _proxy(table)
    selected = sorted(index.row() for index in table.selectionModel().selectedRows())
    if isinstance(proxy, ShownRows):
        return [proxy.source_number(row) for row in selected]
    return [proxy.mapToSource(proxy.index(row, 0)).row() for row in selected]


def select_source_rows(table: QTableView, rows: Sequence[int]) -> bool:
    """Select these source rows (those the filter shows) in one step; the
    first becomes current and is scrolled to. False when none is shown."""
    proxy = _proxy(table)
    source = proxy.sourceModel()
    selection = table.selectionModel()
    if isinstance(proxy, ShownRows):  # found in a list, not by asking Qt row by row
        positions = proxy.positions()
        shown = sorted(positions[row] for row in rows if 0 <= row < len(positions) and positions[row] >= 0)
    else:
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
