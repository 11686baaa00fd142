"""What start-up leaves until the window is on screen: the window is
painted with what the user sees first (the events, the last event's
header and details), then the rest is done step by step (the lists of
every zone and organisation, a zone proposal that reads the cities of
the world, the tabs not shown).

Outside start-up (a database opened later, the tests) a step is done at
once, as it always was."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget
from shiboken6 import isValid

log = logging.getLogger(__name__)

Step = Callable[[], None]
# The steps go after this long even if the window was not painted.
LONGEST_WAIT_MS = 3_000


class _Painted(QObject):
    """Watches the window until its first paint, then lets the steps go,
    one per turn of the event loop so that input is handled in between."""

    def __init__(self) -> None:
        super().__init__()
        self.window: QWidget | None = None
        self.steps: list[Step] = []
        self.unseen_steps: list[Step] = []  # for what is not on screen: after the others
        self.released = False

    def watch(self, window: QWidget) -> None:
        self.window = window
        self.setParent(window)
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Paint:
            self.release()
        return False

    def release(self) -> None:
        if self.released:
            return
        self.released = True
        if self.window is not None:
            self.window.removeEventFilter(self)
        # Started while the paint is under way: the first step runs on
        # the next turn of the event loop, after the window is on screen.
        QTimer.singleShot(0, self._next)

    def _next(self) -> None:
        global _holding
        if not isValid(self):
            return
        if not self.steps and not self.unseen_steps:
            if _holding is self:
                _holding = None
            return
        step = self.steps.pop(0) if self.steps else self.unseen_steps.pop(0)
        try:
            step()
        finally:
            QTimer.singleShot(0, self._next)


_holding: _Painted | None = None


def hold() -> None:
    """From now until the window to come is first painted, ``later`` queues
    its steps: while the window is being made, what it does not show at
    first is left for then (``hold_until_painted`` names the window)."""
    global _holding
    if _holding is None:
        _holding = _Painted()


def hold_until_painted(window: QWidget) -> None:
    """From now until ``window`` is first painted, ``later`` queues its steps."""
    global _holding
    if _holding is None or _holding.window is not None:
        _holding = _Painted()
    painted = _holding
    painted.watch(window)
    # A window that is not painted (started minimised) does not hold the rest back for long.
    QTimer.singleShot(LONGEST_WAIT_MS, lambda: painted.release() if isValid(painted) else None)


def stop() -> None:
    """The app ends (or never showed its window): nothing waits any more."""
    global _holding
    if _holding is not None and isValid(_holding):
        _holding.steps.clear()
        _holding.unseen_steps.clear()
        _holding.released = True
        if _holding.window is not None:
            _holding.window.removeEventFilter(_holding)
    _holding = None


def holding() -> bool:
    """Whether the window is still to be painted (steps wait for it)."""
    return _holding is not None


def later(step: Step, *, unseen: bool = False) -> None:
    """``step`` once the window is on screen (at once outside start-up);
    ``unseen`` for what is not on screen even then (a tab not shown), done
    after the steps for what is."""
    if _holding is None:
        step()
    elif unseen:
        _holding.unseen_steps.append(step)
    else:
        _holding.steps.append(step)


def in_steps(owner: QObject, steps: Iterator[None], then: Callable[[], None], *, delay_ms: int = 0) -> None:
    """Advances ``steps`` one step per turn of the event loop, so that the
    window answers the user in between (for reading large reference data),
    starting after ``delay_ms``, then calls ``then()``; nothing more once
    ``owner`` is gone. A step that fails is logged: what they prepare is a
    convenience, read again when it is next needed."""

    def advance() -> None:
        if not isValid(owner):
            return
        try:
            next(steps)
        except StopIteration:
            then()
            return
        except Exception:
            log.warning("preparing while the window waits failed", exc_info=True)
            return
        QTimer.singleShot(0, advance)

    QTimer.singleShot(delay_ms, advance)
