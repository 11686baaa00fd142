"""Table views set up the same way in the Participants tab and the Directory:
whole rows selected, sortable, compact, long text elided."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QItemSelection, QItemSelectionModel, QModelIndex, QObject, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QHeaderView, QTableView, QWidget

QItemSelectionFlags = QItemSelectionModel.SelectionFlag


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


class FitColumns(QObject):
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


def make_table(
    proxy: QSortFilterProxyModel,
    widths: Sequence[int],
    minimums: Sequence[int] | None = None,
    parent: QWidget | None = None,
    *,
    many: bool = False,
) -> QTableView:
    """A table over ``proxy`` whose columns share its width in proportion to
    ``widths`` (at least ``minimums``). ``many`` allows extended selection."""
    table = QTableView(parent)
    table.setModel(proxy)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(
        QAbstractItemView.SelectionMode.ExtendedSelection if many else QAbstractItemView.SelectionMode.SingleSelection
    )
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setSortingEnabled(True)
    table.setWordWrap(False)
    table.setTextElideMode(Qt.TextElideMode.ElideRight)
    table.setCornerButtonEnabled(False)
    # Tab moves on to the next widget, not from cell to cell.
    table.setTabKeyNavigation(False)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
    header = table.horizontalHeader()
    header.setHighlightSections(False)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(False)
    table.fit_columns = FitColumns(table, widths, minimums or [min(width, 60) for width in widths])
    return table


def source_rows(table: QTableView) -> list[int]:
    """The source-model rows of the selected lines, in the order shown."""
    proxy: QSortFilterProxyModel = table.model()
    selected = sorted(table.selectionModel().selectedRows(), key=QModelIndex.row)
    return [proxy.mapToSource(index).row() for index in selected]


def select_source_rows(table: QTableView, rows: Sequence[int]) -> bool:
    """Select these source rows (those the filter shows) in one step; the
    first becomes current and is scrolled to. False when none is shown."""
    proxy: QSortFilterProxyModel = table.model()
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
