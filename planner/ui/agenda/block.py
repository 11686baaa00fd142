"""One agenda item in the timeline: a rounded block as long as the item
lasts, which can be dragged to move it or stretched by its bottom edge."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen, QTextLayout
from PySide6.QtWidgets import QGraphicsItem, QGraphicsSceneHoverEvent, QGraphicsSceneMouseEvent

from planner.services import labels
from planner.services.agenda import AgendaEntry
from planner.ui import theme
from planner.ui.agenda.model import speakers_text, time_span
from planner.ui.icons import warning_icon

translate = QCoreApplication.translate

if TYPE_CHECKING:
    from planner.ui.agenda.timeline import TimelineScene

SNAP_MINUTES = 5
EDGE = 6  # pixels at the bottom of a block that stretch it instead of moving it


@dataclass
class Drag:
    mode: str  # "move" or "resize"
    press_y: float
    starts_at: datetime
    ends_at: datetime


def wrapped(text: str, font: QFont, width: float, max_lines: int, first_width: float | None = None) -> list[str]:
    """``text`` broken into lines of ``width`` (the first one ``first_width``
    wide, if given); the last line shown is elided when the text goes on."""
    if max_lines <= 0 or not text:
        return []
    layout = QTextLayout(text, font)
    layout.beginLayout()
    spans: list[tuple[int, int]] = []  # (start, length) of each line
    while len(spans) <= max_lines:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(max(first_width if first_width is not None and not spans else width, 1))
        spans.append((line.textStart(), line.textLength()))
    layout.endLayout()
    lines = [text[start : start + length].strip() for start, length in spans[:max_lines]]
    if len(spans) > max_lines:
        last_width = first_width if first_width is not None and max_lines == 1 else width
        rest = text[spans[max_lines - 1][0] :].strip()
        lines[-1] = QFontMetricsF(font).elidedText(rest, Qt.TextElideMode.ElideRight, max(last_width, 1))
    return lines


class BlockItem(QGraphicsItem):
    def __init__(self, entry: AgendaEntry, conflicts: list[str], rect: QRectF):
        super().__init__()
        self.entry = entry
        self.conflicts = conflicts
        self._rect = rect
        self.starts_at, self.ends_at = entry.starts_at, entry.ends_at  # shown; differ while dragged
        self._drag: Drag | None = None
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsFocusable)
        self.setAcceptHoverEvents(True)
        self.setZValue(0 if entry.is_pause else 1)
        self.setToolTip(self._tooltip())

    # -- geometry -----------------------------------------------------------

    def rect(self) -> QRectF:
        return QRectF(self._rect)

    def boundingRect(self) -> QRectF:
        # The drawing stays inside: blocks that touch never overlap, so the
        # bottom edge of one is never taken for the top of the next.
        return QRectF(self._rect)

    def timeline(self) -> TimelineScene:
        return self.scene()  # type: ignore[return-value]

    def show_times(self, starts_at: datetime, ends_at: datetime) -> None:
        """Show the block at other times (while it is dragged)."""
        geometry = self.timeline().geometry
        self.prepareGeometryChange()
        self.starts_at, self.ends_at = starts_at, ends_at
        top, bottom = geometry.y(starts_at), geometry.y(ends_at)
        self._rect = QRectF(self._rect.left(), top, self._rect.width(), max(bottom - top, 4))
        self.update()

    # -- dragging -----------------------------------------------------------

    def _on_bottom_edge(self, y: float) -> bool:
        return y >= self._rect.bottom() - EDGE and self._rect.height() > 2 * EDGE

    def hoverMoveEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        shape = Qt.CursorShape.SizeVerCursor if self._on_bottom_edge(event.pos().y()) else Qt.CursorShape.OpenHandCursor
        self.setCursor(shape)
        super().hoverMoveEvent(event)

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            mode = "resize" if self._on_bottom_edge(event.pos().y()) else "move"
            self._drag = Drag(mode, event.scenePos().y(), self.entry.starts_at, self.entry.ends_at)
            self.setZValue(10)
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self._drag is None:
            return
        geometry = self.timeline().geometry
        steps = round((event.scenePos().y() - self._drag.press_y) / geometry.px_per_minute / SNAP_MINUTES)
        offset = timedelta(minutes=steps * SNAP_MINUTES)
        start, end = self._drag.starts_at, self._drag.ends_at
        if self._drag.mode == "move":
            length = end - start
            latest = max(geometry.end - length, start)
            new_start = min(max(start + offset, min(geometry.start, start)), latest)
            self.show_times(new_start, new_start + length)
        else:
            shortest = start + timedelta(minutes=SNAP_MINUTES)
            self.show_times(start, min(max(end + offset, shortest), max(geometry.end, end)))

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        drag, self._drag = self._drag, None
        super().mouseReleaseEvent(event)
        if drag is None:
            return
        self.setZValue(0 if self.entry.is_pause else 1)
        if (self.starts_at, self.ends_at) != (drag.starts_at, drag.ends_at):
            # Later: saving reloads the scene, which must not delete this block
            # while Qt is still delivering its event.
            QTimer.singleShot(
                0, partial(self.timeline().commit_drag, self.entry.id, drag.mode, self.starts_at, self.ends_at)
            )

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        self.timeline().activated.emit(self.entry.id)

    # -- painting -----------------------------------------------------------

    def _tooltip(self) -> str:
        entry = self.entry
        lines = [f"{time_span(entry)}  {entry.title}"]
        if entry.location:
            lines.append(entry.location)
        if entry.speakers:
            lines.append(translate("BlockItem", "Speakers: {names}").format(names=speakers_text(entry)))
        if entry.moderator:
            lines.append(translate("BlockItem", "Moderator: {name}").format(name=entry.moderator.label))
        if self.conflicts:
            lines += ["", translate("BlockItem", "Conflicts:"), *(f"• {message}" for message in self.conflicts)]
        return "\n".join(lines)

    def paint(self, painter: QPainter, option, widget=None) -> None:
        entry = self.entry
        # (fill, border) by kind: calm colours that tell kinds apart at a glance.
        blocks = theme.current().blocks
        fill, border = (QColor(colour) for colour in blocks.get(entry.kind, blocks["other"]))
        dark = theme.current().scheme == "dark"
        selected = self.isSelected()
        pen = QPen(border, 1)
        if self.conflicts:
            pen = QPen(theme.colour("error"), 2.5 if selected else 2)
        elif selected:
            pen = QPen(border.lighter(160) if dark else border.darker(160), 2.5)
        if self._drag is not None:
            fill.setAlpha(220)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(pen)
        painter.setBrush((fill.lighter(125) if dark else fill.darker(106)) if selected else fill)
        box = self._rect.adjusted(1.5, 1, -1.5, -1)
        painter.drawRoundedRect(box, 5, 5)

        text_box = box.adjusted(6, 2, -6, -2)
        if self.conflicts and text_box.height() >= 14 and text_box.width() > 40:
            warning_icon().paint(painter, int(text_box.right() - 14), int(text_box.top() + 1), 14, 14)
            text_box.setRight(text_box.right() - 18)
        painter.save()
        painter.setClipRect(box.adjusted(1, 1, -1, -1))
        self._paint_text(painter, text_box)
        painter.restore()

    def _paint_text(self, painter: QPainter, box: QRectF) -> None:
        """Time, then the title on the same line and wrapping below it, then
        speakers and moderator, as far as the block's height allows."""
        entry = self.entry
        small = QFont(painter.font())
        small.setPointSizeF(max(small.pointSizeF() - 1, 7))
        title_font = QFont(painter.font())
        title_font.setBold(not entry.is_pause)
        title_font.setItalic(entry.is_pause)
        line = QFontMetricsF(title_font).height()
        small_line = QFontMetricsF(small).height()
        if box.height() < line:
            # A short item: one line of smaller text, centred in the block.
            title_font.setPointSizeF(small.pointSizeF())
            line = small_line
            box = QRectF(box.left(), box.center().y() - line / 2, box.width(), line)
        moved = (self.starts_at, self.ends_at) != (entry.starts_at, entry.ends_at)
        times = f"{labels.clock(self.starts_at)}–{labels.clock(self.ends_at)}" if moved else time_span(entry)
        title = entry.title + (f" · {entry.location}" if entry.is_pause and entry.location else "")
        time_width = QFontMetricsF(small).horizontalAdvance(times + "  ")
        width = box.width()
        muted, ink = theme.colour("note"), theme.colour("pause_ink" if entry.is_pause else "block_ink")
        people = []
        if entry.speakers and not entry.is_pause:
            people.append(speakers_text(entry))
        if entry.moderator and not entry.is_pause:
            people.append(translate("BlockItem", "Moderator: {name}").format(name=entry.moderator.label))

        rows = max(int(box.height() // line), 1)
        title_rows = 1 if entry.is_pause else max(1, rows - (1 if people and rows > 1 else 0))
        title_lines = wrapped(title, title_font, width, title_rows, first_width=width - time_width)
        y = box.top()
        painter.setFont(small)
        painter.setPen(muted)
        painter.drawText(QRectF(box.left(), y, time_width, line), Qt.AlignmentFlag.AlignVCenter, times)
        painter.setFont(title_font)
        painter.setPen(ink)
        for index, text in enumerate(title_lines):
            left = box.left() + (time_width if index == 0 else 0)
            painter.drawText(QRectF(left, y, box.right() - left, line), Qt.AlignmentFlag.AlignVCenter, text)
            y += line
        painter.setFont(small)
        painter.setPen(muted)
        for text in people:
            for shown in wrapped(text, small, width, int((box.bottom() - y + 1) // small_line)):
                painter.drawText(QRectF(box.left(), y, width, small_line), Qt.AlignmentFlag.AlignVCenter, shown)
                y += small_line
