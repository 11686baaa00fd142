"""One event on the right of the window: a header and its tabs. It shows
the context's current event; each tab reads it when first shown."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QTabWidget, QVBoxLayout, QWidget

from planner.services import events, labels
from planner.services.errors import NotFound
from planner.ui import theme
from planner.ui.agenda import AgendaTab
from planner.ui.context import AppContext
from planner.ui.logistics import LogisticsTab
from planner.ui.minutes import MinutesTab
from planner.ui.overview import OverviewTab
from planner.ui.participants import ParticipantsTab
from planner.ui.status_chips import StatusChip
from planner.ui.views import View

V = TypeVar("V", bound=View)

# The tabs in the order shown.
TABS: list[tuple[str, type[View]]] = [
    ("Overview", OverviewTab),
    ("Agenda", AgendaTab),
    ("Participants", ParticipantsTab),
    ("Logistics", LogisticsTab),
    ("Minutes", MinutesTab),
]


class EventView(QWidget):
    # Another event, or another event at one of its items, asked for by a tab.
    open_event = Signal(int)
    open_event_item = Signal(int, str, int)

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.event_id: int | None = None
        self.title = QLabel(self)
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.title.setFont(font)
        self.status = StatusChip(theme.EVENT_TONES, self)
        self.subtitle = QLabel(self)
        self.subtitle.setStyleSheet("color: palette(placeholder-text);")
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.pages: list[View] = []
        for title, tab_class in TABS:
            page = tab_class(context, self)
            self.pages.append(page)
            self.tabs.addTab(page, title)
            page.navigate.connect(self.show_item)
            page.open_event.connect(self.open_event)
            page.open_event_item.connect(self.open_event_item)
            if isinstance(page, OverviewTab):
                page.people_requested.connect(self.show_people)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 0)
        heading = QHBoxLayout()
        heading.setSpacing(10)
        heading.addWidget(self.title, 1)
        heading.addWidget(self.status, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addLayout(heading)
        layout.addWidget(self.subtitle)
        layout.addWidget(self.tabs)
        context.current_event_changed.connect(self.set_event)
        context.data_changed.connect(self._data_changed)

    def page_of(self, tab_class: type[V]) -> V:
        """The tab of this class, read for the current event."""
        page = next(page for page in self.pages if isinstance(page, tab_class))
        page.ensure_loaded()
        return page

    def set_event(self, event_id: int | None) -> None:
        self.event_id = event_id
        self._show_header()
        for page in self.pages:
            page.show_event(event_id)

    def _show_header(self) -> None:
        if self.event_id is None:
            self.title.clear()
            self.subtitle.clear()
            self.status.set_status("", "")
            return
        with self.context.read() as session:
            try:
                event = events.event_details(session, self.event_id)
            except NotFound:  # deleted meanwhile: the window shows no event
                return
        self.title.setText(event.title)
        place = ", ".join(part for part in (event.venue_name, event.venue_city) if part)
        parts = [
            labels.label(event.kind),
            labels.days(event.starts_on, event.ends_on),
            place,
            event.timezone,
        ]
        self.status.set_status(event.status, labels.label(event.status))
        self.subtitle.setText("  ·  ".join(part for part in parts if part))

    def show_item(self, target: str, target_id: int) -> None:
        """Go to the tab that holds an item, and select it there."""
        for index, page in enumerate(self.pages):
            if target not in page.ITEMS:
                continue  # a tab that cannot hold it is not read for nothing
            page.ensure_loaded()
            if page.show_item(target, target_id):
                self.tabs.setCurrentIndex(index)
                return

    def show_people(self, person_ids: frozenset[int], why: str) -> None:
        """The Participants tab, listing only these people."""
        page = self.page_of(ParticipantsTab)
        self.tabs.setCurrentWidget(page)
        page.show_people(person_ids, why)

    def _data_changed(self, changes) -> None:
        if self.event_id is not None and "event" in changes.tables() and self.event_id in changes.event_ids():
            self._show_header()
