"""The app's lists: a read-only table model over a list of rows, described
column by column (what each cell shows, how it sorts, how it is aligned and
coloured), the model that sorts and filters it for a view (``ShownRows``,
in shown_rows.py; Qt's proxy where a model is not a ``RowsModel``), and
table views set up the same way everywhere: whole rows selected, sortable,
compact. The selection helpers work with either kind of model in front.

One rule gives every list its column widths (``FittedColumns``): each column
as wide as what it shows, one column taking the spare width; short of room,
the widest columns give way first, and a cell cut off shows its full text in
a tooltip."""

from __future__ import annotations

import math
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractItemModel,
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
from PySide6.QtGui import QFont, QFontMetricsF, QHelpEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QStyle,
    QTableView,
    QToolTip,
    QTreeView,
    QWidget,
)

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


# -- column widths -------------------------------------------------------------

BREATHING_ROOM = 12  # px beside a column's widest text, when there is room for it
LEAST_WIDTH = 48  # px a column keeps however short of room the table is
USUAL_SHARE = 0.8  # a column's usual width shows the texts of this share of its rows
SHORT_COLUMN = 140  # px: a column this narrow is never cut to its usual width
MEASURED_ROWS = 200  # rows measured for the widths (a list may have thousands)


def header_of(view: QAbstractItemView) -> QHeaderView:
    if isinstance(view, QTableView):
        return view.horizontalHeader()
    assert isinstance(view, QTreeView)  # the app's item views are tables and trees
    return view.header()


@dataclass(frozen=True)
class Needs:
    """What a column needs: ``full`` shows every text it holds, ``usual`` the
    texts of most of its rows, ``least`` what it keeps however short of room
    the table is."""

    full: int
    usual: int
    least: int


def level_cut(floor: dict[int, int], target: dict[int, int], room: int) -> dict[int, int]:
    """Widths between ``floor`` and ``target`` that fill ``room``: the
    columns that want the most are cut to one common width, so that the
    narrower ones keep all they want."""

    def total(level: int) -> int:
        return sum(max(floor[column], min(target[column], level)) for column in target)

    low, high = 0, max(target.values())
    while low < high:  # the highest common width that still fits
        middle = (low + high + 1) // 2
        low, high = (middle, high) if total(middle) <= room else (low, middle - 1)
    widths = {column: max(floor[column], min(target[column], low)) for column in target}
    # The pixels left over by rounding go to the cut columns, one each.
    left = room - sum(widths.values())
    for column in sorted(target, key=target.__getitem__, reverse=True):
        if left > 0 and widths[column] < target[column]:
            widths[column] += 1
            left -= 1
    return widths


def column_widths(needs: dict[int, Needs], room: int, stretch: int) -> dict[int, int]:
    """Widths for columns with these ``needs`` in ``room`` px.

    With room to spare, each column gets its full width and a little air,
    and ``stretch`` the rest. Short of room, every column first gets its
    usual width (a short column its full width), then the columns share what
    is left, those that want the most giving way first; shorter still, the
    long columns are cut to a common width, never below their least."""
    full = {column: need.full for column, need in needs.items()}
    aired = {column: width + BREATHING_ROOM for column, width in full.items()}
    if sum(aired.values()) <= room:
        aired[stretch] += room - sum(aired.values())
        return aired
    if sum(full.values()) <= room:
        return level_cut(full, aired, room)
    usual = {
        column: need.full if need.full <= SHORT_COLUMN else max(need.usual, need.least)
        for column, need in needs.items()
    }
    if sum(usual.values()) > room:
        return level_cut({column: need.least for column, need in needs.items()}, usual, room)
    return level_cut(usual, full, room)


class FullTextTips(QObject):
    """A cell whose text is cut off shows it whole in its tooltip (cells with
    a tooltip of their own keep it)."""

    def __init__(self, view: QAbstractItemView):
        super().__init__(view)
        self.view = view
        view.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.ToolTip or not isinstance(event, QHelpEvent):
            return False
        index = self.view.indexAt(event.pos())
        if not index.isValid() or index.data(Qt.ItemDataRole.ToolTipRole):
            return False
        text = index.data(Qt.ItemDataRole.DisplayRole)
        if not text or not is_cut_off(self.view, index):
            return False
        QToolTip.showText(event.globalPos(), str(text), self.view.viewport(), self.view.visualRect(index))
        return True


def is_cut_off(view: QAbstractItemView, index: QModelIndex) -> bool:
    """Whether a cell's text needs more width than its cell has."""
    return view.sizeHintForIndex(index).width() > view.visualRect(index).width()


class FittedColumns(QObject):
    """Columns as wide as what they show (their first rows and their heading),
    ``stretch`` (by default the column with the widest text) taking the spare
    width; when the table is too narrow for all, the widest columns give way
    first and show their full text in a tooltip. Fitted again when the rows
    are replaced and when the table is resized; once the user drags a
    column's edge, their widths are kept."""

    def __init__(self, view: QAbstractItemView, *, minimums: Sequence[int] = (), stretch: int | None = None):
        super().__init__(view)
        self.view, self.minimums, self.stretch = view, list(minimums), stretch
        self.fitting = False
        self.user_sized = False
        self.watched: QAbstractItemModel | None = None
        self.needs: dict[int, Needs] = {}  # by column, as last measured
        self.measured = Measured()
        header = header_of(view)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.sectionResized.connect(self._resized)
        view.viewport().installEventFilter(self)
        view.installEventFilter(self)
        FullTextTips(view)
        self.fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.measured = Measured()  # the texts' widths change with them
        elif event.type() == QEvent.Type.Resize and watched is not self.view and not self.user_sized:
            self.share()
        return False

    def _watch(self) -> None:
        model = self.view.model()
        if model is self.watched or model is None:
            return
        self.watched = model
        model.modelReset.connect(self.fit)

    def _resized(self, *_args) -> None:
        # A resize while a mouse button is down is the user dragging an edge.
        if not self.fitting and self.view.isVisible() and QApplication.mouseButtons() != Qt.MouseButton.NoButton:
            self.user_sized = True

    def least(self, column: int) -> int:
        return self.minimums[column] if column < len(self.minimums) else LEAST_WIDTH

    def fit(self) -> None:
        """Measure the columns and give them their widths (after rows were
        shown)."""
        self._watch()
        model = self.view.model()
        if model is None:
            return
        header = header_of(self.view)
        columns = range(model.columnCount())
        widths = cell_widths(self.view, columns, self.measured)
        self.needs = {}
        for column in columns:
            heading = heading_width(header, column)
            texts = sorted(widths[column]) or [0]
            usual = texts[int(USUAL_SHARE * (len(texts) - 1))]
            full = max(texts[-1], heading)
            self.needs[column] = Needs(full, max(usual, heading), min(self.least(column), full))
        self.share()

    def share(self) -> None:
        """Share the table's width among the columns as last measured (at
        each resize: measuring again would be slow on long lists)."""
        header = header_of(self.view)
        needs = {column: need for column, need in self.needs.items() if not header.isSectionHidden(column)}
        if not needs or self.user_sized:
            return
        stretch = self.stretch if self.stretch in needs else max(needs, key=lambda column: needs[column].full)
        sizes = column_widths(needs, self.view.viewport().width(), stretch)
        self.fitting = True
        try:
            for column, width in sizes.items():
                header.resizeSection(column, width)
        finally:
            self.fitting = False


def heading_width(header: QHeaderView, column: int) -> int:
    """The width a column's heading needs (with the sort mark where it shows)."""
    text = str(header.model().headerData(column, header.orientation()) or "")
    style = header.style()
    width = header.fontMetrics().horizontalAdvance(text) + 2 * style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin) + 2
    if header.isSortIndicatorShown() and header.sortIndicatorSection() == column:
        width += style.pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize)
    return width


class Measured:
    """The widths measured of a table's texts, kept while its font and style
    stay the same: a list shown again (another event, or the last one back)
    measures only the texts it did not show before."""

    LIMIT = 20_000  # texts kept; a longer memory is dropped whole

    def __init__(self) -> None:
        self.cells: dict[tuple[int, str, str], int] = {}  # (column, text, font key): as Qt sizes the cell
        self.texts: dict[tuple[str, str], int] = {}  # (text, font key): the text's own width
        self.margins: dict[int, int] = {}  # by column: what Qt gives a cell beside its text

    def text_width(self, text: str, font: str, metrics: QFontMetricsF) -> int:
        key = (text, font)
        if key not in self.texts:
            self.texts[key] = math.ceil(metrics.horizontalAdvance(text))
        return self.texts[key]

    def cell_width(self, view: QAbstractItemView, index: QModelIndex, text: str, font: str) -> int:
        key = (index.column(), text, font)
        if key not in self.cells:
            self.cells[key] = view.sizeHintForIndex(index).width()
        return self.cells[key]

    def trim(self) -> None:
        if len(self.cells) + len(self.texts) > self.LIMIT:
            self.cells.clear()
            self.texts.clear()


def cell_widths(
    view: QAbstractItemView, columns: Sequence[int] | range, measured: Measured | None = None
) -> dict[int, list[int]]:
    """The widths the non-empty cells of the first rows shown need, by column
    (measured on a few hundred rows, not on every one of thousands)."""
    # A table's grid line takes a pixel of each column from its cells.
    grid = 1 if isinstance(view, QTableView) and view.showGrid() else 0
    if isinstance(view, QTableView) and _source_cell(view.model()) is not None:
        known = measured if measured is not None else Measured()
        by_texts = _text_widths(view, columns, grid, known)
        known.trim()
        return by_texts
    widths: dict[int, list[int]] = {column: [] for column in columns}
    for row in first_rows(view):
        depth = 0
        if isinstance(view, QTreeView):
            parent = row.parent()
            while parent.isValid():
                depth, parent = depth + 1, parent.parent()
            depth += 1 if view.rootIsDecorated() else 0
        for column in columns:
            cell = row.siblingAtColumn(column)
            if (
                cell.data(Qt.ItemDataRole.DisplayRole) in (None, "")
                and cell.data(Qt.ItemDataRole.DecorationRole) is None
            ):
                continue
            indent = depth * view.indentation() if isinstance(view, QTreeView) and column == 0 else 0
            widths[column].append(view.sizeHintForIndex(cell).width() + indent + grid)
    return widths


def _text_widths(view: QTableView, columns: Sequence[int] | range, grid: int, known: Measured) -> dict[int, list[int]]:
    """``cell_widths`` of a table, its texts measured as the texts' widths
    (in the cell's own font, where it has one) plus the margins Qt gives a
    cell (asked once per column): asking Qt for each cell's size asks the
    model a dozen questions per cell, and a style sheet's padding makes each
    answer slower still. Qt lays text out a little differently (a pixel, now
    and then): the widest texts, which decide a column's width, are measured
    as Qt does, each text once. A cell with an icon is measured as Qt does;
    a column drawn by a delegate by it, once per text it shows."""
    widths: dict[int, list[int]] = {column: [] for column in columns}
    metrics = QFontMetricsF(view.font())
    fonts: dict[str, QFontMetricsF] = {}  # the metrics of the cells' own fonts, by the font's key
    model = view.model()
    display, decoration, font_role = (
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.DecorationRole,
        Qt.ItemDataRole.FontRole,
    )
    cell, plain_texts = _cells(model)
    lines = range(min(model.rowCount(), MEASURED_ROWS))
    for column in columns:
        drawn = view.itemDelegateForColumn(column) is not None
        plain = plain_texts(column) if plain_texts is not None and not drawn else None
        if plain is not None:
            widths[column] = _plain_widths(view, model, column, plain, metrics, grid, known)
            continue
        margins = known.margins.get(column)
        estimated: list[tuple[int, tuple[str, str], int]] = []  # (width as estimated, text and font, line)
        for line in lines:
            text = cell(line, column, display)
            icon = cell(line, column, decoration)
            if text in (None, "") and icon is None:
                continue
            if not isinstance(text, str) or icon is not None:
                widths[column].append(view.sizeHintForIndex(model.index(line, column)).width() + grid)
                continue
            own_font = cell(line, column, font_role)
            key = (text, own_font.key() if isinstance(own_font, QFont) else "")
            if drawn:
                widths[column].append(known.cell_width(view, model.index(line, column), *key) + grid)
                continue
            if key[1] and key[1] not in fonts:
                fonts[key[1]] = QFontMetricsF(own_font.resolve(view.font()))
            width = known.text_width(*key, fonts[key[1]] if key[1] else metrics)
            if margins is None:
                margins = view.sizeHintForIndex(model.index(line, column)).width() - width
                known.margins[column] = margins
            estimated.append((width + margins, key, line))
        widest = max((width for width, _key, _line in estimated), default=0)
        for width, key, line in estimated:
            if width >= widest - 2:
                width = known.cell_width(view, model.index(line, column), *key)
            widths[column].append(width + grid)
    return widths


Cell = Callable[[int, int, int], Any]  # what line n shows in a column, for a role


def _source_cell(model: QAbstractItemModel | None) -> Cell | None:
    """The ``cell`` of the model holding a table's rows (behind ``ShownRows``
    or Qt's proxy), which answers by row number, in Python: asking through
    Qt instead would cost as much as asking Qt for the cell's size."""
    source = model.sourceModel() if isinstance(model, (ShownRows, QSortFilterProxyModel)) else None
    told = getattr(source, "cell", None)
    return told if callable(told) else None


def _cells(model: QAbstractItemModel) -> tuple[Cell, Callable[[int], list[str] | None] | None]:
    """How a table's cells are asked for, line by line as shown (of the
    model holding the rows, by their numbers), and what its first lines
    show in a column, when that model can tell its plain texts at once
    (``plain_texts``)."""
    source_cell = _source_cell(model)
    assert source_cell is not None  # (``cell_widths`` measures other tables through Qt)
    if isinstance(model, ShownRows):
        numbers = model.shown_numbers()[:MEASURED_ROWS]
    else:
        assert isinstance(model, QSortFilterProxyModel)
        numbers = [
            model.mapToSource(model.index(line, 0)).row() for line in range(min(model.rowCount(), MEASURED_ROWS))
        ]

    def by_number(line: int, column: int, role: int) -> Any:
        return source_cell(numbers[line], column, role)

    told = getattr(model.sourceModel(), "plain_texts", None)
    if not callable(told):
        return by_number, None

    def plain_texts(column: int) -> list[str] | None:
        return told(column, numbers)

    return by_number, plain_texts


def _plain_widths(
    view: QTableView,
    model: QAbstractItemModel,
    column: int,
    texts: list[str],
    metrics: QFontMetricsF,
    grid: int,
    known: Measured,
) -> list[int]:
    """``cell_widths`` of one column of plain texts (``texts``, one per line
    from the first): each different text measured once, the widest as Qt
    sizes them, the margins Qt gives a cell asked once."""
    lines: dict[str, int] = {}  # each text shown, by the first line showing it
    for line, text in enumerate(texts):
        if text and text not in lines:
            lines[text] = line
    if not lines:
        return []
    estimated = {text: known.text_width(text, "", metrics) for text in lines}
    margins = known.margins.get(column)
    if margins is None:
        first = next(iter(lines))
        margins = view.sizeHintForIndex(model.index(lines[first], column)).width() - estimated[first]
        known.margins[column] = margins
    widest = max(estimated.values()) + margins
    measured = {
        text: known.cell_width(view, model.index(line, column), text, "")
        if estimated[text] + margins >= widest - 2
        else estimated[text] + margins
        for text, line in lines.items()
    }
    return [measured[text] + grid for text in texts if text]


def first_rows(view: QAbstractItemView) -> Iterator[QModelIndex]:
    """The first cells of the first rows, in the order shown; a tree's rows
    spanning all columns (headings) are left out."""
    model = view.model()
    if isinstance(view, QTreeView):
        index, seen = model.index(0, 0), 0
        while index.isValid() and seen < MEASURED_ROWS:
            if not view.isFirstColumnSpanned(index.row(), index.parent()):
                yield index
                seen += 1
            index = view.indexBelow(index)
        return
    for row in range(min(model.rowCount(), MEASURED_ROWS)):
        yield model.index(row, 0)


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
