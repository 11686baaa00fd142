"""One event on the right of the window: a header and its tabs."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from planner.services import events, labels
from planner.ui.agenda import AgendaTab
from planner.ui.context import AppContext, changed_for
from planner.ui.logistics import LogisticsTab
from planner.ui.minutes import MinutesTab
from planner.ui.overview import OverviewTab
from planner.ui.participants import ParticipantsTab


def _tab_classes() -> list[tuple[str, type]]:
    """The tabs in the order shown: (title, class)."""
    return [
        ("Overview", OverviewTab),
        ("Agenda", AgendaTab),
        ("Participants", ParticipantsTab),
        ("Logistics", LogisticsTab),
        ("Minutes", MinutesTab),
    ]


class EventView(QWidget):
    open_event = Signal(int)

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
        self.subtitle = QLabel(self)
        self.subtitle.setStyleSheet("color: palette(mid);")
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.pages: list[QWidget] = []
        # The event each page shows: pages are filled when first shown, so
        # opening an event of 5,000 participants loads one tab, not five.
        self._shown_event: dict[int, int | None] = {}
        for title, tab_class in _tab_classes():
            page = tab_class(context, self)
            self.pages.append(page)
            self.tabs.addTab(page, title)
            if hasattr(page, "navigate"):
                page.navigate.connect(self.show_item)
            if hasattr(page, "open_event"):
                page.open_event.connect(self.open_event)
        self.tabs.currentChanged.connect(lambda _index: self._fill(self.tabs.currentWidget()))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addWidget(self.tabs)
        context.data_changed.connect(self._data_changed)

    def page_of(self, tab_class: type) -> QWidget:
        """The tab of this class, showing the current event."""
        page = next(page for page in self.pages if isinstance(page, tab_class))
        self._fill(page)
        return page

    def set_event(self, event_id: int | None) -> None:
        self.event_id = event_id
        self._show_header()
        for page in self.pages:
            if page is self.tabs.currentWidget() or event_id is None:
                self._fill(page)

    def _fill(self, page: QWidget | None) -> None:
        """Show the current event in ``page`` unless it does already."""
        key = id(page)
        if page is None or (key in self._shown_event and self._shown_event[key] == self.event_id):
            return
        self._shown_event[key] = self.event_id
        page.set_event(self.event_id)

    def _show_header(self) -> None:
        if self.event_id is None:
            self.title.clear()
            self.subtitle.clear()
            return
        with self.context.read() as session:
            event = events.get_event(session, self.event_id)
        self.title.setText(event.title)
        place = ", ".join(part for part in (event.venue_name, event.venue_city) if part)
        parts = [
            labels.label(event.kind),
            labels.days(event.starts_on, event.ends_on),
            place,
            event.timezone,
            labels.label(event.status),
        ]
        self.subtitle.setText("  ·  ".join(part for part in parts if part))

    def show_item(self, target: str, target_id: int) -> None:
        """Go to the tab that holds an item, and select it there."""
        for index, page in enumerate(self.pages):
            self._fill(page)
            if page.show_item(target, target_id):
                self.tabs.setCurrentIndex(index)
                return

    def _data_changed(self, changes) -> None:
        if self.event_id is not None and "event" in changes.tables() and changed_for(changes, self.event_id):
            with self.context.read() as session:
                if not events.event_exists(session, self.event_id):
                    return
            self._show_header()
