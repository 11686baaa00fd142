"""The navigator on the left: Directory, open actions, and the events
(upcoming, past, by programme) with a search box."""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QIcon, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QLineEdit, QTreeView, QVBoxLayout, QWidget

from planner.services import labels
from planner.services.change_set import ChangeSet
from planner.services.event_reads import EventEntry, event_entries
from planner.services.search import fold, matches
from planner.ui import icons, theme
from planner.ui.context import AppContext
from planner.ui.event_rows import SUBTITLE, TITLE, EventRowDelegate
from planner.ui.no_match import NoMatchLine
from planner.ui.translations import date_text

EVENT_ID = Qt.ItemDataRole.UserRole + 1
VIEW = Qt.ItemDataRole.UserRole + 2  # "directory" or "actions"
SEARCH_TEXT = Qt.ItemDataRole.UserRole + 3

translate = QCoreApplication.translate

DIRECTORY, ACTIONS = "directory", "actions"


class _Filter(QSortFilterProxyModel):
    """Keeps events whose title, programme or city holds every word of the
    search, case and accents ignored ("krakow" finds Kraków), with the
    groups above them."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setRecursiveFilteringEnabled(True)
        self._query = ""

    def set_query(self, text: str) -> None:
        self._query = text.strip()
        # A tree whose view holds persistent indexes of its expanded groups:
        # its whole mapping is rebuilt (invalidate), not changed row by row
        # (refilter), which can free the mapping of a group the view still
        # points at and corrupt the heap in Qt 6.10 and later.
        self.invalidate()

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        if not self._query:
            return True
        index = self.sourceModel().index(source_row, 0, source_parent)
        return matches(fold(index.data(SEARCH_TEXT) or ""), self._query)

    def events_shown(self, parent: QModelIndex | None = None) -> int:
        """How many event entries the search leaves (an event counted in each group it is in)."""
        parent = parent or QModelIndex()
        total = 0
        for row in range(self.rowCount(parent)):
            index = self.index(row, 0, parent)
            total += 1 if index.data(EVENT_ID) is not None else self.events_shown(index)
        return total


class EventNavigator(QWidget):
    """Not a View: it is the window's left panel, always shown, and reads
    the events again whenever one changes."""

    event_selected = Signal(object)  # an event id, or None
    view_selected = Signal(str)  # DIRECTORY or ACTIONS

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(translate("EventNavigator", "Search events…"))
        self.search.setClearButtonEnabled(True)
        self.model = QStandardItemModel(self)
        self.proxy = _Filter(self)
        self.proxy.setSourceModel(self.model)
        self.tree = QTreeView(self)
        self.tree.setModel(self.proxy)
        self.tree.setHeaderHidden(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # Events take two or three lines: their title in full, then days and city.
        self.tree.setUniformRowHeights(False)
        self.tree.setItemDelegate(EventRowDelegate(self.tree))
        self.tree.setWordWrap(True)
        self.tree.viewport().installEventFilter(self)  # a new width wraps titles anew
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        self.no_match = NoMatchLine(translate("EventNavigator", "No event matches '{}'"), self)
        layout.addWidget(self.search)
        layout.addWidget(self.no_match)
        layout.addWidget(self.tree)
        self.search.textChanged.connect(self._filter)
        self.tree.selectionModel().currentChanged.connect(self._current_changed)
        context.data_changed.connect(self._data_changed)
        context.store_replaced.connect(self.reload)
        self.reload()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.tree.viewport() and event.type() == QEvent.Type.Resize:
            self.tree.scheduleDelayedItemsLayout()
        return super().eventFilter(watched, event)

    # -- contents -------------------------------------------------------------

    def reload(self) -> None:
        keep = self.current_event_id()
        self.tree.selectionModel().blockSignals(True)
        self.model.clear()
        root = self.model.invisibleRootItem()
        views = (
            (translate("EventNavigator", "Directory"), DIRECTORY),
            (translate("EventNavigator", "Open actions"), ACTIONS),
        )
        for text, view in views:
            item = QStandardItem(icons.icon(icons.GROUP_ICONS[view]), text)
            item.setData(view, VIEW)
            item.setData(text, SEARCH_TEXT)
            root.appendRow(item)
        with self.context.rows() as reads:
            ordered = event_entries(reads)  # by first day
        today = date.today()
        upcoming = self._group(translate("EventNavigator", "Upcoming"), "upcoming")
        past = self._group(translate("EventNavigator", "Past"), "past")
        by_programme = self._group(translate("EventNavigator", "By programme"), "programmes")
        programmes: dict[str, QStandardItem] = {}
        # Each event's row is made once (with one icon per kind), and copied
        # where the event shows a second time, under its programme.
        kinds: dict[str, QIcon] = {}
        rows = {event.id: self._event_item(event, kinds) for event in ordered}
        for event in ordered:
            if event.ends_on >= today:
                upcoming.appendRow(rows[event.id])
        # Past events newest first: last month's meeting is looked at more than 2009's.
        for event in reversed(ordered):
            if event.ends_on < today:
                past.appendRow(rows[event.id])
        no_programme = translate("EventNavigator", "No programme")
        for event in ordered:
            name = event.programme or no_programme
            if name not in programmes:
                programmes[name] = self._group(name, "programme")
            programmes[name].appendRow(rows[event.id].clone())
        for name in sorted(programmes, key=str.casefold):
            by_programme.appendRow(programmes[name])
        for group in (*programmes.values(), upcoming, past, by_programme):
            group.setText(f"{group.data(SEARCH_TEXT)} ({self._count(group)})")
        for group in (upcoming, past, by_programme):
            root.appendRow(group)
        self.tree.selectionModel().blockSignals(False)
        self.tree.expand(self.proxy.mapFromSource(upcoming.index()))
        self.tree.expand(self.proxy.mapFromSource(past.index()))
        if keep is not None:
            self.select_event(keep, emit=False)

    @staticmethod
    def _group(text: str, kind: str) -> QStandardItem:
        item = QStandardItem(icons.icon(icons.GROUP_ICONS[kind]), text)
        item.setSelectable(False)
        item.setData(text, SEARCH_TEXT)
        font = item.font()
        font.setBold(True)
        item.setFont(font)
        return item

    @staticmethod
    def _count(group: QStandardItem) -> int:
        total = 0
        for row in range(group.rowCount()):
            child = group.child(row)
            total += 1 if child.data(EVENT_ID) is not None else child.rowCount()
        return total

    @staticmethod
    def _event_item(event: EventEntry, kinds: dict[str, QIcon]) -> QStandardItem:
        """The event's row; ``kinds`` keeps the icon of each kind made so far."""
        kind = event.kind if event.kind in icons.KIND_ICONS else "other"
        if kind not in kinds:
            kinds[kind] = icons.icon(icons.KIND_ICONS[kind])
        item = QStandardItem(kinds[kind], event.title)
        item.setData(event.id, EVENT_ID)
        days = labels.days(event.starts_on, event.ends_on)
        item.setToolTip(_tooltip(event, days))
        item.setData(f"{event.title} {event.programme} {event.venue_city}", SEARCH_TEXT)
        item.setText(f"{date_text(event.starts_on)}  {event.title}")  # as read aloud, and searched
        item.setData(event.title, TITLE)
        where = f" · {event.venue_city}" if event.venue_city else ""
        item.setData(f"{days}{where}", SUBTITLE)
        return item

    def _filter(self, text: str) -> None:
        self.proxy.set_query(text)
        if text.strip():
            self.tree.expandAll()
        self.no_match.show_for(text, self.proxy.events_shown())

    # -- selection -------------------------------------------------------------

    def current_event_id(self) -> int | None:
        index = self.tree.currentIndex()
        return index.data(EVENT_ID) if index.isValid() else None

    def select_event(self, event_id: int, *, emit: bool = True) -> bool:
        """Select the first place the event appears (Upcoming or Past)."""
        matches = self.model.match(self.model.index(0, 0), EVENT_ID, event_id, 1, Qt.MatchFlag.MatchRecursive)
        if not matches:
            return False
        index = self.proxy.mapFromSource(matches[0])
        if not index.isValid():  # hidden by the search: show everything again
            self.search.clear()
            index = self.proxy.mapFromSource(matches[0])
        if not emit:
            self.tree.selectionModel().blockSignals(True)
        self.tree.setCurrentIndex(index)
        self.tree.scrollTo(index)
        if not emit:
            self.tree.selectionModel().blockSignals(False)
        return True

    def select_view(self, view: str) -> None:
        matches = self.model.match(self.model.index(0, 0), VIEW, view, 1)
        if matches:
            self.tree.setCurrentIndex(self.proxy.mapFromSource(matches[0]))

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        view = current.data(VIEW)
        if view:
            self.view_selected.emit(view)
            return
        event_id = current.data(EVENT_ID)
        if event_id is not None:
            self.event_selected.emit(event_id)

    def _data_changed(self, changes: ChangeSet) -> None:
        if "event" in changes.tables():
            self.reload()


def _tooltip(event: EventEntry, days: str) -> str:
    """The event's title, days, place and kind, and its status as a chip."""
    where = f" · {escape(event.venue_city)}" if event.venue_city else ""
    lines = [
        f"<b>{escape(event.title)}</b>",
        f"{days}{where}",
        escape(labels.label(event.kind)),
    ]
    if event.status:
        fill, ink = theme.chip_colours(event.status, theme.EVENT_TONES)
        lines.append(
            f'<span style="background-color: {fill.name()}; color: {ink.name()};">'
            f"&nbsp;{escape(labels.label(event.status))}&nbsp;</span>"
        )
    return "<br>".join(lines)
