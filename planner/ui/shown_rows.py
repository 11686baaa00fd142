"""The rows a table shows of its model, in the order shown: sorted and
filtered as Python list operations over row numbers, told to the view in
one step (a layout change, or a reset when the rows are read again).

Qt's QSortFilterProxyModel asks Python once per row each time it filters
and many times per row when it sorts; here each row's sort key and search
text are made once (by the model holding the rows), and a click on a
heading or a letter typed in a search box costs a list comprehension and
a repaint. The model in front keeps the proxy's vocabulary
(``sourceModel``, ``mapToSource``, ``mapFromSource``) so that the table
helpers work with either."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Protocol

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal

Index = QModelIndex | QPersistentModelIndex
# Whether the row with this number (in the source) is shown.
Keep = Callable[[int], bool]


class RowsSource(Protocol):
    """A model holding rows that ``ShownRows`` can show: cells and sort
    keys asked for by row number, never through Qt."""

    def cell(self, number: int, column: int, role: int) -> Any: ...

    def sort_keys(self, column: int) -> Sequence[Any]:
        """Every row's key for this column, comparable with each other."""
        ...


def ordered_by(model: object) -> int | None:
    """The column whose ascending order a source's rows already come in
    (its ``ordered_by()``, when it has one): sorted so, they are shown as
    they come, without making every key."""
    told = getattr(model, "ordered_by", None)
    return told() if callable(told) else None


def is_rows_source(model: object) -> bool:
    return callable(getattr(model, "cell", None)) and callable(getattr(model, "sort_keys", None))


class ShownRows(QAbstractTableModel):
    """A table model in front of a ``RowsSource``: the rows that pass
    ``keep`` (all when it gives None), in the order of the column sorted
    by. Selections and other persistent indexes follow the rows through
    sorting and filtering; rows hidden by a filter leave the selection."""

    filtered = Signal()  # once per change of the filter, after the view was told
    # Rows that held a persistent index (a selected row, the current one)
    # were hidden: Qt's selection follows a layout change without saying so.
    rows_hidden = Signal()

    def __init__(self, parent: QObject | None = None, *, source: QAbstractTableModel | None = None) -> None:
        super().__init__(parent)
        self._source: QAbstractTableModel | None = None
        self.sorted_by: tuple[int, Qt.SortOrder] | None = None
        self._order: list[int] = []  # every source row, in the order sorted
        self._shown: list[int] = []  # the rows passing the filter, in that order
        self._positions: list[int] | None = None  # source row -> line shown (-1: hidden), made when asked
        if source is not None:
            self.setSourceModel(source)

    # -- the source --------------------------------------------------------

    def setSourceModel(self, source: QAbstractTableModel) -> None:
        assert is_rows_source(source), "ShownRows shows the rows of a RowsSource"
        self.beginResetModel()
        if self._source is not None:
            for signal, slot in self._connections():
                signal.disconnect(slot)
        self._source = source
        for signal, slot in self._connections():
            signal.connect(slot)
        self._arrange()
        self.endResetModel()

    def _connections(self) -> list[tuple[Any, Callable[..., None]]]:
        source = self._source
        assert source is not None
        return [
            (source.modelAboutToBeReset, self.beginResetModel),
            (source.modelReset, self._source_reset),
            (source.headerDataChanged, self.headerDataChanged.emit),
        ]

    def sourceModel(self) -> QAbstractTableModel:
        assert self._source is not None
        return self._source

    def _source_reset(self) -> None:
        self._arrange()
        self.endResetModel()

    def _count(self) -> int:
        return self._source.rowCount() if self._source is not None else 0

    def _arrange(self) -> None:
        """Order and filter every row again (the rows were replaced)."""
        self._order = self._sorted_order() if self.sorted_by is not None else list(range(self._count()))
        self._shown = self._filtered(self._order)
        self._positions = None

    def _sorted_order(self) -> list[int]:
        assert self.sorted_by is not None and self._source is not None
        column, order = self.sorted_by
        if not 0 <= column < self._source.columnCount():
            return list(range(self._count()))
        if order == Qt.SortOrder.AscendingOrder and ordered_by(self._source) == column:
            return list(range(self._count()))  # what a stable sort by the column's keys gives
        keys = self._source.sort_keys(column)  # type: ignore[attr-defined]
        # A stable sort: rows with equal keys keep the source's order.
        return sorted(range(len(keys)), key=keys.__getitem__, reverse=order == Qt.SortOrder.DescendingOrder)

    def _filtered(self, order: list[int]) -> list[int]:
        keep = self.keep()
        return list(order) if keep is None else [number for number in order if keep(number)]

    def keep(self) -> Keep | None:
        """What the filter lets through (None: every row); subclasses say."""
        return None

    # -- sorting and filtering ---------------------------------------------------

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        # A view asks twice for one click (the heading's signal, then
        # sortByColumn itself): the second costs nothing.
        if self._source is None or self.sorted_by == (column, order):
            return
        self.sorted_by = (column, order)
        self._relayout(lambda: setattr(self, "_order", self._sorted_order()))

    def refilter(self) -> None:
        """Filter again (after ``keep`` changed), telling the view once."""
        self._relayout(lambda: None)
        self.filtered.emit()

    def _relayout(self, change: Callable[[], None]) -> None:
        """Apply ``change`` to the order, filter again and tell the view in
        one layout change, moving the persistent indexes (the selection, the
        current row) with their rows."""
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        numbers = [self._shown[index.row()] if 0 <= index.row() < len(self._shown) else -1 for index in persistent]
        change()
        self._shown = self._filtered(self._order)
        self._positions = None
        positions = self.positions()
        moved = [
            self.createIndex(positions[number], index.column())
            if number >= 0 and positions[number] >= 0
            else QModelIndex()
            for number, index in zip(numbers, persistent, strict=True)
        ]
        self.changePersistentIndexList(persistent, moved)
        self.layoutChanged.emit()
        if any(number >= 0 and not index.isValid() for number, index in zip(numbers, moved, strict=True)):
            self.rows_hidden.emit()

    # -- reading -----------------------------------------------------------------

    def shown_numbers(self) -> list[int]:
        """The source rows shown, in the order shown."""
        return list(self._shown)

    def source_number(self, line: int) -> int:
        return self._shown[line]

    def positions(self) -> list[int]:
        """The line showing each source row, -1 for those hidden."""
        if self._positions is None:
            positions = [-1] * self._count()
            for line, number in enumerate(self._shown):
                positions[number] = line
            self._positions = positions
        return self._positions

    def mapToSource(self, index: Index) -> QModelIndex:
        if not index.isValid() or self._source is None or not 0 <= index.row() < len(self._shown):
            return QModelIndex()
        return self._source.index(self._shown[index.row()], index.column())

    def mapFromSource(self, index: Index) -> QModelIndex:
        if not index.isValid():
            return QModelIndex()
        positions = self.positions()
        line = positions[index.row()] if 0 <= index.row() < len(positions) else -1
        return self.index(line, index.column()) if line >= 0 else QModelIndex()

    # -- Qt ----------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._shown)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() or self._source is None else self._source.columnCount()

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self._source is None:
            return None
        if orientation == Qt.Orientation.Vertical:
            return section + 1 if role == Qt.ItemDataRole.DisplayRole else None
        return self._source.headerData(section, orientation, role)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        return self._source.cell(self._shown[index.row()], index.column(), role)  # type: ignore[union-attr]
