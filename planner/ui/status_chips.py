"""A status drawn as a small coloured chip (a rounded label): the
participation status in the participant list, the event's status in its
header. One painter for both; the colours are the theme's."""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QFontMetricsF, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from planner.ui import theme

translate = QCoreApplication.translate

_PAD_X, _PAD_Y = 8, 2


def chip_size(font: QFont, text: str) -> QSize:
    metrics = QFontMetricsF(font)
    # Rounded up, and a pixel to spare: a chip as wide as it needs never elides.
    return QSize(math.ceil(metrics.horizontalAdvance(text)) + 1 + 2 * _PAD_X, math.ceil(metrics.height()) + 2 * _PAD_Y)


def paint_chip(painter: QPainter, rect: QRectF, text: str, fill: QColor, ink: QColor, font: QFont) -> None:
    """A rounded chip holding ``text``, left-aligned and vertically centred
    in ``rect``; the text is elided when the chip is narrower than it."""
    size = chip_size(font, text)
    width = min(float(size.width()), rect.width())
    height = min(float(size.height()), rect.height())
    chip = QRectF(rect.left(), rect.top() + (rect.height() - height) / 2, width, height)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(fill)
    painter.drawRoundedRect(chip, height / 2, height / 2)
    painter.setFont(font)
    painter.setPen(ink)
    shown = (
        text
        if width >= size.width()
        else QFontMetrics(font).elidedText(text, Qt.TextElideMode.ElideRight, int(width) - 2 * _PAD_X)
    )
    painter.drawText(chip.adjusted(_PAD_X, 0, -_PAD_X, 0), Qt.AlignmentFlag.AlignCenter, shown)
    painter.restore()


class StatusChipDelegate(QStyledItemDelegate):
    """Paints a column's status as a chip; ``status_of`` reads the status
    value (``confirmed``) behind a cell, whose text is the label shown."""

    def __init__(
        self,
        tones: dict[str, str],
        status_of: Callable[[QModelIndex | QPersistentModelIndex], str | None],
        parent: QWidget,
    ):
        super().__init__(parent)
        self.tones = tones
        self.status_of = status_of

    def colours(self, index: QModelIndex | QPersistentModelIndex) -> tuple[QColor, QColor] | None:
        status = self.status_of(index)
        return theme.chip_colours(status, self.tones) if status else None

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        colours = self.colours(index)
        text = index.data(Qt.ItemDataRole.DisplayRole) or ""
        if colours is None or not text:
            super().paint(painter, option, index)
            return
        # The row's background and selection as any other cell; then the chip.
        self.initStyleOption(option, index)
        option.text = ""
        widget = option.widget
        style = widget.style() if widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, widget)
        area = QRectF(option.rect).adjusted(4, 2, -4, -2)
        paint_chip(painter, area, text, colours[0], colours[1], option.font)

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        hint = super().sizeHint(option, index)
        chip = chip_size(option.font, index.data(Qt.ItemDataRole.DisplayRole) or "")
        return QSize(max(hint.width(), chip.width() + 8), max(hint.height(), chip.height() + 4))


class StatusChip(QWidget):
    """One status as a chip, beside a heading."""

    def __init__(self, tones: dict[str, str], parent: QWidget | None = None):
        super().__init__(parent)
        self.tones = tones
        self.status = ""
        self.text = ""
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def set_status(self, status: str, text: str) -> None:
        self.status, self.text = status, text
        named = translate("StatusChip", "Status: {status}").format(status=text) if text else ""
        self.setToolTip(named)
        self.setAccessibleName(named)
        self.updateGeometry()
        self.update()

    def colours(self) -> tuple[QColor, QColor]:
        return theme.chip_colours(self.status, self.tones)

    def sizeHint(self) -> QSize:
        return chip_size(self.font(), self.text) if self.text else QSize(0, 0)

    def paintEvent(self, _event: QPaintEvent) -> None:
        if not self.text:
            return
        painter = QPainter(self)
        fill, ink = self.colours()
        paint_chip(painter, QRectF(self.rect()), self.text, fill, ink, self.font())
        painter.end()
