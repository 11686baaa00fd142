"""How the navigator draws an event: its title in full, wrapped over up to
three lines when it is long, and under it the days and the city in the
palette's quieter colour; elided (with the whole in the tooltip) only when
even three lines cannot hold it."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette, QTextLayout
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QTreeView, QWidget

TITLE = Qt.ItemDataRole.UserRole + 20  # the event's title
SUBTITLE = Qt.ItemDataRole.UserRole + 21  # "12–13 Jan 2027 · Kraków"
TITLE_LINES = 3
PADDING = 3
ICON_GAP = 6

Index = QModelIndex | QPersistentModelIndex


def title_lines(text: str, font: QFont, width: int, most: int = TITLE_LINES) -> list[str]:
    """``text`` broken into at most ``most`` lines of ``width`` pixels, the
    last one elided when it still does not fit."""
    metrics = QFontMetrics(font)
    layout = QTextLayout(text, font)
    layout.beginLayout()
    lines: list[str] = []
    while len(lines) < most:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(max(width, 1))
        start, length = line.textStart(), line.textLength()
        lines.append(text[start : start + length].rstrip())
        if len(lines) == most and start + length < len(text):
            lines[-1] = metrics.elidedText(text[start:], Qt.TextElideMode.ElideRight, max(width, 1))
    layout.endLayout()
    return lines or [""]


def _row_width(view: QWidget | None, index: Index) -> int:
    """The width a row of ``index`` gets in ``view`` (a tree: its column, less
    the indentation of the row's depth)."""
    if not isinstance(view, QTreeView):
        return 10_000
    depth, parent = 0, index.parent()
    while parent.isValid():
        depth, parent = depth + 1, parent.parent()
    return max(view.viewport().width() - view.indentation() * (depth + int(view.rootIsDecorated())), 1)


class EventRowDelegate(QStyledItemDelegate):
    def _text_width(self, option: QStyleOptionViewItem) -> int:
        icon = option.decorationSize.width() + ICON_GAP if not option.icon.isNull() else 0
        return option.rect.width() - icon - 2 * PADDING

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        title = index.data(TITLE)
        if title is None:
            return super().sizeHint(option, index)
        opened = QStyleOptionViewItem(option)
        self.initStyleOption(opened, index)
        metrics = QFontMetrics(opened.font)
        if opened.rect.width() <= 0:  # asked before it is laid out: the width its column gives
            opened.rect.setWidth(_row_width(opened.widget, index))
        width = self._text_width(opened)
        lines = len(title_lines(str(title), opened.font, width)) + 1
        return QSize(super().sizeHint(option, index).width(), lines * metrics.height() + 2 * PADDING)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        title = index.data(TITLE)
        if title is None:
            super().paint(painter, option, index)
            return
        opened = QStyleOptionViewItem(option)
        self.initStyleOption(opened, index)
        widget: QWidget | None = opened.widget
        style = widget.style() if widget is not None else None
        painter.save()
        if style is not None:  # the selection and hover background, as the style draws it
            opened.text = ""
            style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, opened, painter, widget)
        selected = bool(opened.state & QStyle.StateFlag.State_Selected)
        group = (
            QPalette.ColorGroup.Normal
            if opened.state & QStyle.StateFlag.State_Enabled
            else QPalette.ColorGroup.Disabled
        )
        ink = opened.palette.color(group, QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        quiet = ink if selected else opened.palette.color(group, QPalette.ColorRole.PlaceholderText)
        metrics = QFontMetrics(opened.font)
        left = opened.rect.left() + PADDING
        if not opened.icon.isNull():
            size = opened.decorationSize
            top = opened.rect.top() + PADDING + (metrics.height() - size.height()) // 2
            opened.icon.paint(painter, QRect(left, top, size.width(), size.height()))
            left += size.width() + ICON_GAP
        width = self._text_width(opened)
        y = opened.rect.top() + PADDING
        painter.setFont(opened.font)
        painter.setPen(ink)
        for line in title_lines(str(title), opened.font, width):
            painter.drawText(QRect(left, y, width, metrics.height()), int(Qt.AlignmentFlag.AlignVCenter), line)
            y += metrics.height()
        painter.setPen(quiet)
        subtitle = metrics.elidedText(str(index.data(SUBTITLE) or ""), Qt.TextElideMode.ElideRight, width)
        painter.drawText(QRect(left, y, width, metrics.height()), int(Qt.AlignmentFlag.AlignVCenter), subtitle)
        painter.restore()
