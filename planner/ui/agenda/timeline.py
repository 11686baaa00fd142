"""The timeline of one day: rooms as columns, a ruler of hours on the left,
each item a block as long as it lasts (see block.py for dragging)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QCoreApplication, QObject, QPointF, QRect, QRectF, Qt, Signal
from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QPen, QTransform, QWheelEvent
from PySide6.QtWidgets import QGraphicsScene, QGraphicsSceneMouseEvent, QGraphicsView, QWidget

from planner.services import labels
from planner.services.agenda import AgendaEntry
from planner.ui import theme
from planner.ui.agenda.block import BlockItem
from planner.ui.agenda.layout import NO_ROOM, hour_range, place, rooms_of

RULER_WIDTH = 56
HEADER_HEIGHT = 30
TOP_GAP = 10  # room for the first hour's label below the header
MIN_COLUMN_WIDTH = 170
MIN_HOUR_HEIGHT = 56  # a quarter of an hour still holds a line of small text
MAX_HOUR_HEIGHT = 150
# The shortest item the scale makes room for: one line of its title (with the
# block's margins) however short the item; shorter ones are drawn as short.
READABLE_MINUTES = 15
BLOCK_MARGINS = 10  # px above and below a block's text
ADD_SNAP_MINUTES = 15

translate = QCoreApplication.translate


@dataclass(frozen=True)
class TimeGeometry:
    """Where a time of the day is drawn: y grows with time from ``top``."""

    start: datetime
    end: datetime
    top: float
    px_per_minute: float

    def y(self, moment: datetime) -> float:
        return self.top + (moment - self.start) / timedelta(minutes=1) * self.px_per_minute

    def time_at(self, y: float, snap_minutes: int = 5) -> datetime:
        minutes = (y - self.top) / self.px_per_minute
        return self.start + timedelta(minutes=int(minutes // snap_minutes) * snap_minutes)

    @property
    def bottom(self) -> float:
        return self.y(self.end)


class TimelineScene(QGraphicsScene):
    move_requested = Signal(int, object)  # item id, new start
    resize_requested = Signal(int, object)  # item id, new end
    activated = Signal(int)  # item id: open it
    add_requested = Signal(object, str)  # start, room: add an item there

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.day: date | None = None
        self.entries: list[AgendaEntry] = []
        self.conflicts: dict[int, list[str]] = {}
        self.rooms: list[str] = []
        self.blocks: dict[int, BlockItem] = {}
        self.column_width = float(MIN_COLUMN_WIDTH)
        self.geometry = TimeGeometry(
            datetime.combine(date.today(), time(8)), datetime.combine(date.today(), time(18)), HEADER_HEIGHT, 1.0
        )
        self.zoom = 1.0
        self._size = (800.0, 600.0)

    # -- content ------------------------------------------------------------

    def show_day(self, day: date | None, entries: Sequence[AgendaEntry], conflicts: dict[int, list[str]]) -> None:
        self.day = day
        self.entries = [entry for entry in entries if day is not None and entry.day == day]
        self.conflicts = conflicts
        self.rebuild()

    def set_size(self, width: float, height: float) -> None:
        if (width, height) != self._size:
            self._size = (width, height)
            self.rebuild()

    def rebuild(self) -> None:
        selected = self.selected_id()
        self.clear()
        self.blocks = {}
        if self.day is None:
            self.rooms = []
            self.setSceneRect(QRectF(0, 0, 1, 1))
            return
        width, height = self._size
        self.rooms = rooms_of(self.entries)
        start, end = hour_range(self.entries, self.day)
        hours = (end - start) / timedelta(hours=1)
        fit = (height - HEADER_HEIGHT - 2 * TOP_GAP) / hours
        readable = self.readable_hour_height()
        hour_height = min(max(fit, MIN_HOUR_HEIGHT, readable), max(MAX_HOUR_HEIGHT, readable)) * self.zoom
        self.geometry = TimeGeometry(start, end, HEADER_HEIGHT + TOP_GAP, hour_height / 60)
        self.column_width = max((width - RULER_WIDTH - 6) / len(self.rooms), MIN_COLUMN_WIDTH)
        left: float  # the ruler's edge is a whole number, the columns' edges are not
        for placement in place(self.entries, self.rooms):
            entry = placement.entry
            if placement.column is None:
                left, span = RULER_WIDTH, self.column_width * len(self.rooms)
            else:
                left, span = RULER_WIDTH + placement.column * self.column_width, self.column_width
            lane_width = span / placement.lanes
            top = self.geometry.y(max(entry.starts_at, start))
            bottom = self.geometry.y(min(entry.ends_at, end))
            rect = QRectF(left + placement.lane * lane_width, top, lane_width, max(bottom - top, 4))
            block = BlockItem(entry, self.conflicts.get(entry.id, []), rect)
            self.addItem(block)
            self.blocks[entry.id] = block
        self.setSceneRect(
            QRectF(0, 0, RULER_WIDTH + self.column_width * len(self.rooms) + 6, self.geometry.bottom + TOP_GAP)
        )
        if selected in self.blocks:
            self.blocks[selected].setSelected(True)

    def readable_hour_height(self) -> float:
        """The height of an hour at which the day's shortest item (of at least
        a quarter of an hour) still shows a line of its title."""
        shortest = min(
            (max((entry.ends_at - entry.starts_at) / timedelta(minutes=1), READABLE_MINUTES) for entry in self.entries),
            default=60.0,
        )
        title = QFont(self.font())
        title.setBold(True)
        return (QFontMetricsF(title).height() + BLOCK_MARGINS) * 60 / shortest

    # -- selection and edits -----------------------------------------------

    def selected_id(self) -> int | None:
        for item in self.selectedItems():
            if isinstance(item, BlockItem):
                return item.entry.id
        return None

    def select(self, item_id: int | None) -> BlockItem | None:
        block = self.blocks.get(item_id) if item_id is not None else None
        if block is not None and block.isSelected() and len(self.selectedItems()) == 1:
            return block
        self.clearSelection()
        if block is not None:
            block.setSelected(True)
        return block

    def commit_drag(self, item_id: int, mode: str, starts_at: datetime, ends_at: datetime) -> None:
        """A block was let go at new times: ask for the move or the stretch."""
        if mode == "move":
            self.move_requested.emit(item_id, starts_at)
        else:
            self.resize_requested.emit(item_id, ends_at)

    def slot_at(self, point: QPointF) -> tuple[datetime, str] | None:
        """The time and room under a point of the grid."""
        geometry = self.geometry
        if not self.rooms or point.x() < RULER_WIDTH or not geometry.top <= point.y() < geometry.bottom:
            return None
        column = min(int((point.x() - RULER_WIDTH) // self.column_width), len(self.rooms) - 1)
        return geometry.time_at(point.y(), ADD_SNAP_MINUTES), self.rooms[column]

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self.itemAt(event.scenePos(), self.views()[0].transform() if self.views() else QTransform()) is None:
            slot = self.slot_at(event.scenePos())
            if slot is not None:
                self.add_requested.emit(*slot)
                return
        super().mouseDoubleClickEvent(event)

    # -- the grid -----------------------------------------------------------

    def drawBackground(self, painter: QPainter, rect: QRectF | QRect) -> None:
        painter.fillRect(rect, theme.colour("timeline_paper"))
        if self.day is None:
            return
        geometry, right = self.geometry, RULER_WIDTH + self.column_width * len(self.rooms)
        moment = geometry.start
        while moment <= geometry.end:
            y = geometry.y(moment)
            painter.setPen(QPen(theme.colour("timeline_grid" if moment.minute == 0 else "timeline_half_hour"), 1))
            painter.drawLine(QPointF(RULER_WIDTH, y), QPointF(right, y))
            moment += timedelta(minutes=30)
        painter.setPen(QPen(theme.colour("timeline_grid"), 1))
        for column in range(len(self.rooms) + 1):
            x = RULER_WIDTH + column * self.column_width
            painter.drawLine(QPointF(x, geometry.top), QPointF(x, geometry.bottom))


class TimelineView(QGraphicsView):
    """The scene with room names and hours pinned while scrolling."""

    def __init__(self, parent: QWidget | None = None):
        self.timeline = TimelineScene()
        super().__init__(self.timeline, parent)
        self.timeline.setParent(self)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        # The pinned header and ruler are redrawn on every scroll.
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.FullViewportUpdate)
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setFrameShape(QGraphicsView.Shape.NoFrame)

    def relayout(self) -> None:
        self.timeline.set_size(self.viewport().width(), self.viewport().height())

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.relayout()

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            factor = 1.15 if event.angleDelta().y() > 0 else 1 / 1.15
            self.timeline.zoom = min(max(self.timeline.zoom * factor, 0.5), 4.0)
            self.timeline.rebuild()
            return
        super().wheelEvent(event)

    def show_block(self, item_id: int | None) -> None:
        block = self.timeline.select(item_id)
        if block is not None:
            self.ensureVisible(block.rect(), 0, HEADER_HEIGHT + 10)

    def scroll_to_start(self) -> None:
        self.verticalScrollBar().setValue(0)
        self.horizontalScrollBar().setValue(0)

    def drawForeground(self, painter: QPainter, rect: QRectF | QRect) -> None:
        scene = self.timeline
        if scene.day is None:
            return
        visible = self.mapToScene(self.viewport().rect()).boundingRect()
        painter.save()
        font = QFont(self.font())
        small = QFont(font)
        small.setPointSizeF(max(font.pointSizeF() - 1, 7))
        # Hours on the left.
        painter.fillRect(
            QRectF(visible.left(), visible.top(), RULER_WIDTH, visible.height()), theme.colour("timeline_band")
        )
        painter.setPen(theme.colour("timeline_ruler"))
        painter.setFont(small)
        height = QFontMetricsF(small).height()
        geometry = scene.geometry
        moment = geometry.start
        while moment <= geometry.end:
            y = geometry.y(moment)
            label = QRectF(visible.left(), y - height / 2, RULER_WIDTH - 8, height)
            painter.drawText(label, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, labels.clock(moment))
            moment += timedelta(hours=1)
        # Room names on top.
        header = QRectF(visible.left(), visible.top(), visible.width(), HEADER_HEIGHT)
        painter.fillRect(header, theme.colour("timeline_band"))
        painter.setPen(QPen(theme.colour("timeline_grid"), 1))
        painter.drawLine(header.bottomLeft(), header.bottomRight())
        bold = QFont(font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(theme.colour("text"))
        metrics = QFontMetricsF(bold)
        for column, room in enumerate(scene.rooms):
            box = QRectF(
                RULER_WIDTH + column * scene.column_width + 6, visible.top(), scene.column_width - 12, HEADER_HEIGHT
            )
            shown = translate("TimelineView", "No room") if room == NO_ROOM else room
            text = metrics.elidedText(shown, Qt.TextElideMode.ElideRight, box.width())
            painter.drawText(box, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, text)
        painter.restore()
