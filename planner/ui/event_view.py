"""One event on the right of the window: a header and its tabs. It shows
the context's current event; each tab reads it when first shown.

At start-up only the Overview is made before the window is painted; the
other tabs are made once it is on screen (or when first asked for, if
sooner), each with its module: until then a tab holds an empty page."""

from __future__ import annotations

from functools import partial
from importlib import import_module
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QTabWidget, QVBoxLayout, QWidget

from planner.services import checkout_reads, event_reads, labels
from planner.services.errors import NotFound
from planner.ui import after_paint, icons, theme
from planner.ui.accessibility import name_icon_buttons
from planner.ui.context import AppContext
from planner.ui.marking import QT_TRANSLATE_NOOP
from planner.ui.overview import OverviewTab
from planner.ui.status_chips import StatusChip
from planner.ui.views import View

V = TypeVar("V", bound=View)
translate = QCoreApplication.translate

# The tabs in the order shown: title, module, class.
TABS: list[tuple[str, str, str]] = [
    (QT_TRANSLATE_NOOP("EventView", "Overview"), "planner.ui.overview", "OverviewTab"),
    (QT_TRANSLATE_NOOP("EventView", "Agenda"), "planner.ui.agenda", "AgendaTab"),
    (QT_TRANSLATE_NOOP("EventView", "Participants"), "planner.ui.participants", "ParticipantsTab"),
    (QT_TRANSLATE_NOOP("EventView", "Logistics"), "planner.ui.logistics", "LogisticsTab"),
    (QT_TRANSLATE_NOOP("EventView", "Minutes"), "planner.ui.minutes", "MinutesTab"),
]


def tab_class(index: int) -> type[View]:
    _title, module, name = TABS[index]
    view_class: type[View] = getattr(import_module(module), name)
    return view_class


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
        # On a laptop copy, a shared event not checked out to it: shown, not changed.
        self.copy_banner = QLabel(self)
        self.copy_banner.setWordWrap(True)
        self.copy_banner.setStyleSheet(
            "QLabel { color: palette(highlighted-text); background: palette(highlight); padding: 4px 8px; border-radius: 3px; }"
        )
        self.copy_banner.hide()
        self.tabs = _Tabs(self)
        self.tabs.setDocumentMode(True)
        for title, _module, _name in TABS:
            self.tabs.addTab(QWidget(self.tabs), translate("EventView", title))
        self._make(0)
        self.tabs.currentChanged.connect(self._tab_chosen)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 0)
        heading = QHBoxLayout()
        heading.setSpacing(10)
        heading.addWidget(self.title, 1)
        heading.addWidget(self.status, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addLayout(heading)
        layout.addWidget(self.subtitle)
        layout.addWidget(self.copy_banner)
        layout.addWidget(self.tabs)
        context.current_event_changed.connect(self.set_event)
        context.data_changed.connect(self._data_changed)
        self._dressed = True  # from now on a tab made is dressed as the window was
        for index in range(1, len(TABS)):  # at once, but for the window's first paint
            after_paint.later(partial(self.make_tab, index), unseen=True)

    @property
    def pages(self) -> list[View]:
        """Every tab, in order (made now if they were not yet)."""
        return [self._make(index) for index in range(len(TABS))]

    def make_every_tab(self) -> None:
        for index in range(len(TABS)):
            self._make(index)

    def make_tab(self, index: int) -> None:
        self._make(index)

    def _make(self, index: int) -> View:
        """The tab at ``index``, made into its page if need be."""
        place = self.tabs.place(index)
        made = self.tabs.made.get(place)
        if made is not None:
            return made
        page = tab_class(index)(self.context, place)
        self.tabs.made[place] = page
        page.navigate.connect(self.show_item)
        page.open_event.connect(self.open_event)
        page.open_event_item.connect(self.open_event_item)
        if isinstance(page, OverviewTab):
            page.people_requested.connect(self.show_people)
        page.show_event(self.event_id)  # read once shown
        layout = QVBoxLayout(place)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(page)
        if place.isVisible():  # the tab chosen: shown (and read) at once
            page.show()
        if getattr(self, "_dressed", False):  # made after the window dressed its widgets
            icons.dress_widget(page)
            name_icon_buttons(page)
        return page

    def _tab_chosen(self, index: int) -> None:
        if index >= 0:
            self._make(index)

    def page_of(self, tab_class: type[V]) -> V:
        """The tab of this class, read for the current event."""
        # The class names its tab: the others are not made for it.
        index = next((index for index, (_title, _module, name) in enumerate(TABS) if name == tab_class.__name__), None)
        page = self._make(index) if index is not None else None
        if not isinstance(page, tab_class):
            page = next(page for page in self.pages if isinstance(page, tab_class))
        page.ensure_loaded()
        return page

    def set_event(self, event_id: int | None) -> None:
        self.event_id = event_id
        self._show_header()
        for page in list(self.tabs.made.values()):  # a tab made later shows the event from the start
            page.show_event(event_id)

    def _show_header(self) -> None:
        if self.event_id is None:
            self.title.clear()
            self.subtitle.clear()
            self.status.set_status("", "")
            self.copy_banner.hide()
            return
        with self.context.rows() as rows:
            try:
                event = event_reads.event_details(rows, self.event_id)
            except NotFound:  # deleted meanwhile: the window shows no event
                return
            held = checkout_reads.held_elsewhere(rows, self.event_id)
            read_only_copy = checkout_reads.read_only_copy(rows, self.event_id)
        if held is not None:
            self.copy_banner.setText(
                translate(
                    "EventView",
                    "Checked out by {author} to a laptop copy since {time} UTC: changes are refused until it is "
                    "checked in ({copy}).",
                ).format(author=held[0], time=f"{held[2]:%Y-%m-%d %H:%M}", copy=held[1])
            )
        elif read_only_copy:
            self.copy_banner.setText(
                translate(
                    "EventView",
                    "Read-only: a copy of the shared event. Check it out to this copy to change it "
                    "(planner checkout); changes are refused until then.",
                )
            )
        self.copy_banner.setVisible(held is not None or read_only_copy)
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
        for index in range(len(TABS)):
            if target not in tab_class(index).ITEMS:
                continue  # a tab that cannot hold it is not made or read for nothing
            page = self._make(index)
            page.ensure_loaded()
            if page.show_item(target, target_id):
                self.tabs.setCurrentIndex(index)
                return

    def show_people(self, person_ids: frozenset[int], why: str) -> None:
        """The Participants tab, listing only these people."""
        from planner.ui.participants import ParticipantsTab

        page = self.page_of(ParticipantsTab)
        self.tabs.setCurrentWidget(page)
        page.show_people(person_ids, why)

    def _data_changed(self, changes) -> None:
        if self.event_id is not None and "event" in changes.tables() and self.event_id in changes.event_ids():
            self._show_header()


class _Tabs(QTabWidget):
    """The event's tabs. Each page is a place that its tab is made into
    (at start-up, once the window is on screen); asked for a page, it
    answers with the tab made there, if it is made."""

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.made: dict[QWidget, View] = {}

    def place(self, index: int) -> QWidget:
        place = super().widget(index)
        assert place is not None
        return place

    def widget(self, index: int) -> QWidget | None:
        place = super().widget(index)
        return self.made.get(place, place) if place is not None else place

    def currentWidget(self) -> QWidget:
        place = super().currentWidget()
        return self.made.get(place, place)

    def indexOf(self, page: QWidget) -> int:
        for index in range(self.count()):
            if page is self.place(index) or page is self.made.get(self.place(index)):
                return index
        return -1

    def setCurrentWidget(self, page: QWidget) -> None:
        index = self.indexOf(page)
        if index >= 0:
            self.setCurrentIndex(index)
