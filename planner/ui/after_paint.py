"""What start-up leaves until the window is on screen: the window is
painted with what the user sees first (the events, the last event's
header and details), then the rest is done step by step (the lists of
every zone and organisation, a zone proposal that reads the cities of
the world, the tabs not shown).

Outside start-up (a database opened later, the tests) a step is done at
once, as it always was."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget
from shiboken6 import isValid

log = logging.getLogger(__name__)

Step = Callable[[], None]


class _Painted(QObject):
    """Watches the window until its first paint, then lets the steps go,
    one per turn of the event loop so that input is handled in between."""

    def __init__(self, window: QWidget):
        super().__init__(window)
        self.window = window
        self.steps: list[Step] = []
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Paint:
            self.window.removeEventFilter(self)
            # Started while the paint is under way: the first step runs on
            # the next turn of the event loop, after the window is on screen.
            QTimer.singleShot(0, self._next)
        return False

    def _next(self) -> None:
        global _holding
        if not self.steps:
            _holding = None
            return
        step = self.steps.pop(0)
        try:
            step()
        finally:
            QTimer.singleShot(0, self._next)


_holding: _Painted | None = None


def hold_until_painted(window: QWidget) -> None:
    """From now until ``window`` is first painted, ``later`` queues its steps."""
    global _holding
    _holding = _Painted(window)


def stop() -> None:
    """The app ends (or never showed its window): nothing waits any more."""
    global _holding
    _holding = None


def holding() -> bool:
    """Whether the window is still to be painted (steps wait for it)."""
    return _holding is not None


def later(step: Step) -> None:
    """``step`` once the window is on screen (at once outside start-up)."""
    if _holding is None:
        step()
    else:
        _holding.steps.append(step)


class _Teller(QObject):
    """Lives on the GUI thread, so that the worker's result reaches it queued."""

    done = Signal(object)

    def __init__(self, owner: QObject, then: Callable[[Any], None]):
        super().__init__()
        self.owner = owner
        self.then = then
        self.done.connect(self._tell)

    def _tell(self, result: object) -> None:
        _tellers.discard(self)
        if isValid(self.owner):  # not closed meanwhile
            self.then(result)


_tellers: set[_Teller] = set()


def in_background(owner: QObject, work: Callable[[], Any], then: Callable[[Any], None]) -> None:
    """``work()`` on a thread of its own (for reading large reference data
    without freezing the window), then ``then(result)`` on the GUI thread
    while ``owner`` still exists. A ``work`` that fails is logged: what it
    prepares is a convenience, done again when it is next needed."""
    teller = _Teller(owner, then)
    _tellers.add(teller)

    def run() -> None:
        try:
            result = work()
        except Exception:
            log.warning("preparing in the background failed", exc_info=True)
            _tellers.discard(teller)
            return
        teller.done.emit(result)

    threading.Thread(target=run, name="preparing", daemon=True).start()
