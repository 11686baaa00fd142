"""The one rule that gives every list of the app its column widths
(``FittedColumns``): each column as wide as what it shows, one column
taking the spare width; short of room, the widest columns give way first,
and a cell cut off shows its full text in a tooltip. The widths are
measured on the first rows shown, each different text once."""

from __future__ import annotations

import math
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
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
)

from planner.ui.shown_rows import ShownRows

Index = QModelIndex | QPersistentModelIndex

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
