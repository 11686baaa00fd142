"""What every view of the window is to the rest of it: the event tabs
(Overview, Agenda, Participants, Logistics, Minutes) and the views of all
events (Directory, Open actions).

A view says which tables it shows (``WATCHES``) and how to read them
(``reload``); this base class decides when: a view is read when it is
shown, and read again when a change it watches touches the event it shows,
at once if it is on screen, else the next time it is shown. That is the
one laziness policy of the window: opening an event of 5,000 participants
reads the one tab on screen, not five.

A view asks for another view's item with ``navigate`` (same event) or
``open_event``/``open_event_item``; the window routes them. It learns the
current event from ``show_event`` (event tabs) and what the user selected
elsewhere from the context, never from another widget.
"""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from planner.services.change_set import ChangeSet
from planner.ui.context import AppContext


class View(QWidget):
    # Show an item of another tab of the same event: (target, id), as show_item takes them.
    navigate = Signal(str, int)
    # Open another event.
    open_event = Signal(int)
    # Open another event at one of its items: (event id, target, id).
    open_event_item = Signal(int, str, int)

    # The tables whose changes this view shows.
    WATCHES: ClassVar[frozenset[str]] = frozenset()
    # The kinds of item ``show_item`` can select ("agenda_item", ...).
    ITEMS: ClassVar[frozenset[str]] = frozenset()
    # True for the views of one event (the tabs): only changes to rows of
    # that event (or of no event, such as people) concern them.
    PER_EVENT: ClassVar[bool] = True

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.event_id: int | None = None
        self._stale = True
        context.data_changed.connect(self._data_changed)
        context.store_replacing.connect(self.database_closing)
        context.store_replaced.connect(self._store_replaced)

    # -- what a view implements ---------------------------------------------

    def reload(self) -> None:
        """Read what the view shows (for ``event_id``) and show it, keeping
        the selection where it can."""

    def show_item(self, target: str, target_id: int) -> bool:
        """Select one item ("agenda_item", 12) if this view shows it."""
        return False

    def event_changed(self, event_id: int | None) -> None:
        """The view now shows another event (or none), before it is read:
        for clearing what belonged to the last one (filters, say)."""

    def changes_seen(self, changes: ChangeSet) -> None:
        """Every change, whether it concerns what is shown or not: for rows
        a view keeps of events it showed before (a cache to drop)."""

    def database_closing(self) -> None:
        """Another database is about to be opened: save what is typed but not
        saved yet, into the database it belongs to."""

    def database_replaced(self) -> None:
        """Another database was opened: forget what was kept of this one."""

    def concerned_by(self, changes: ChangeSet) -> bool:
        """Whether ``changes`` alter what the view shows."""
        if not changes.tables() & self.WATCHES:
            return False
        if not self.PER_EVENT:
            return True
        return self.event_id is not None and changes.concerns_event(self.event_id)

    # -- the policy ------------------------------------------------------------

    def show_event(self, event_id: int | None) -> None:
        """Show ``event_id`` (an event tab), read when the view is seen."""
        if event_id != self.event_id:
            self.event_id = event_id
            self.event_changed(event_id)
            self.invalidate()

    def invalidate(self) -> None:
        """What the view shows is out of date: read it again now if it is on
        screen, else when it is next shown."""
        self._stale = True
        if self.isVisible():
            self.ensure_loaded()

    def ensure_loaded(self) -> None:
        """Read the view now if it missed a change (before using its rows)."""
        if self._stale:
            self._stale = False
            self.reload()

    @property
    def stale(self) -> bool:
        return self._stale

    def showEvent(self, event: QShowEvent) -> None:
        self.ensure_loaded()
        super().showEvent(event)

    def _data_changed(self, changes: ChangeSet) -> None:
        self.changes_seen(changes)
        if self.concerned_by(changes):
            self.invalidate()

    def _store_replaced(self) -> None:
        self.database_replaced()
        self.event_id = None
        self.event_changed(None)
        self.invalidate()
