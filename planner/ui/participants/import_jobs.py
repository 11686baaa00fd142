"""The participant import's two long pieces of work, off the GUI thread.

Planning a 5,000-row list reads the whole Directory to match people (about
a second); importing it adds thousands of rows one by one through the
services (so that undo records every one), which takes longer still. Each
runs in a QRunnable with its own session; the window stays responsive and
shows progress meanwhile.

The import runs in one write transaction: it is committed whole or rolled
back whole. Stopping it (Cancel, closing the dialog) raises inside that
transaction at the next row, so nothing of it is saved.
"""

from __future__ import annotations

import logging
import threading

from PySide6.QtCore import QObject, QRunnable, Signal
from sqlalchemy import event
from sqlmodel import Session

from planner.db.models import Participation
from planner.db.store import Store
from planner.errors import PlannerError
from planner.exchange.participant_import import apply_import, plan_import
from planner.exchange.participant_table import SheetTable
from planner.services import history

log = logging.getLogger(__name__)
Mapping = dict[int, str | None]


def _unexpected(error: Exception) -> str:
    return f"Unexpected error ({type(error).__name__}: {error}); it was written to the log."


class PlanSignals(QObject):
    planned = Signal(int, object)  # generation, ImportPlan
    failed = Signal(int, str)  # generation, message


class PlanJob(QRunnable):
    """One plan_import in its own read session. The signals object belongs
    to the job (made in the GUI thread), so a dialog closed meanwhile
    simply hears nothing."""

    def __init__(self, store: Store, event_id: int, table: SheetTable, mapping: Mapping, generation: int):
        super().__init__()
        self.store, self.event_id, self.table = store, event_id, table
        self.mapping, self.generation = dict(mapping), generation
        self.signals = PlanSignals()

    def run(self) -> None:
        try:
            with self.store.read() as session:
                plan = plan_import(session, self.event_id, self.table, self.mapping)
        except PlannerError as error:
            self.signals.failed.emit(self.generation, str(error))
        except Exception as error:  # a bug: logged with its traceback, and shown
            log.exception("planning the import of %s failed", self.table.file_name)
            self.signals.failed.emit(self.generation, _unexpected(error))
        else:
            self.signals.planned.emit(self.generation, plan)


class ApplySignals(QObject):
    applied = Signal(object, object)  # ImportPlan, history.ChangeSet (saved)
    failed = Signal(str)  # nothing was saved
    cancelled = Signal()  # nothing was saved


class _Stopped(Exception):
    """Raised inside the import's transaction to roll it back."""


class ApplyJob(QRunnable):
    """apply_import in one write transaction, recorded for undo. The edit
    is saved when ``applied`` is emitted; the caller puts it on the undo
    stack (in the GUI thread)."""

    def __init__(self, store: Store, event_id: int, table: SheetTable, mapping: Mapping):
        super().__init__()
        self.store, self.event_id, self.table, self.mapping = store, event_id, table, dict(mapping)
        self.signals = ApplySignals()
        self._stop = threading.Event()
        # Participants added so far: read by the dialog on a timer rather
        # than signalled per row (thousands of queued signals flood the
        # event loop, and crashed PySide 6.12 at exit).
        self.added = 0

    def cancel(self) -> None:
        """Stop at the next row; nothing is saved."""
        self._stop.set()

    def _before_flush(self, session: Session, _context, _instances) -> None:
        # The services flush row by row: the place to stop, and to count.
        if self._stop.is_set():
            raise _Stopped
        self.added += sum(1 for row in session.new if isinstance(row, Participation))

    def run(self) -> None:
        try:
            with self.store.write() as session:
                recorder = history.record(session)
                event.listen(session, "before_flush", self._before_flush)
                plan = apply_import(session, self.event_id, self.table, self.mapping)
                changes = recorder.finish()
                if self._stop.is_set():
                    raise _Stopped
        except _Stopped:
            self.signals.cancelled.emit()
        except PlannerError as error:
            self.signals.failed.emit(str(error))
        except Exception as error:  # a bug: logged with its traceback, and shown
            log.exception("importing %s failed", self.table.file_name)
            self.signals.failed.emit(_unexpected(error))
        else:
            self.signals.applied.emit(plan, changes)
