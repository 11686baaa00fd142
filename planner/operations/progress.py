"""How far long work got, and the user's wish to stop it: handed to work
that runs off the window's thread (imports, exports), Qt-free so that the
services and operations need know nothing of threads or dialogs."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlmodel import Session


class Cancelled(Exception):
    """The user stopped the task; nothing of it was saved or written."""


class Progress:
    """Handed to the work: ``progress(done, total)`` reports how far it got
    (total 0: unknown) and raises Cancelled once the user asked to stop."""

    # Reports closer together than this are not passed on: the dialog
    # needs a few a second, not one per row.
    INTERVAL = 0.05

    def __init__(self, report: Callable[[int, int], None]):
        self._report = report
        self._cancel = threading.Event()
        self._last = 0.0
        self.expected = 0
        self.reported = (0, 0)  # the last (done, total) passed on

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        if self._cancel.is_set():
            raise Cancelled()

    def expect(self, total: int) -> None:
        """The number of steps the work will take, once it knows it."""
        self.expected = total

    def __call__(self, done: int, total: int = 0) -> None:
        self.check()
        now = time.monotonic()
        if now - self._last >= self.INTERVAL:
            self._last = now
            self.reported = (done, total)
            self._report(done, total)


@contextmanager
def watching(session: Session, progress: Progress) -> Iterator[None]:
    """Progress and places to stop inside a unit of work whose services know
    nothing of tasks: each row added is a step (of ``progress.expected``),
    each query a chance to stop. The last chance is as the work ends,
    before anything is committed."""
    # Loaded here: the window makes its task runner before the database code is loaded.
    from sqlalchemy import event

    from planner.services import bulk

    added = 0

    def total() -> int:
        return max(progress.expected, added + 1) if progress.expected else 0

    def row_added(_session: Session, _instance: object) -> None:
        nonlocal added
        added += 1
        progress(added, total())

    def query(_state: object) -> None:
        progress(added, total())

    def rows_done(count: int) -> None:
        # Rows checked and written many at once, without the session.
        nonlocal added
        added += count
        progress(added, total())

    event.listen(session, "transient_to_pending", row_added)
    event.listen(session, "do_orm_execute", query)
    bulk.follow_rows_added(session, rows_done)
    try:
        yield
        progress.check()
    finally:
        event.remove(session, "transient_to_pending", row_added)
        event.remove(session, "do_orm_execute", query)
        bulk.follow_rows_added(session, None)
