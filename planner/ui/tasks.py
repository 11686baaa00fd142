"""Long work off the GUI thread: imports and exports that take seconds.

A task is a function ``work(progress)`` run in a worker thread (QThreadPool
+ QRunnable) in its own database session. ``progress(done, total)`` says
how far it got, and raises ``Cancelled`` once the user asked to stop; an
import's unit of work then rolls back whole, an export has not written its
file yet. The services know nothing of this: ``watching(session, progress)``
makes every row the work adds one step and every query a place to stop.

``TaskRunner.run`` starts a task and returns what it returned (or raises
what it raised) to the caller on the GUI thread, which keeps painting
meanwhile. For the first half second the user's clicks wait; after that a
window-modal progress dialog with Cancel shows, so nothing else writes to the
database while the task holds the write lock. ``TaskRunner.edit`` records
the rows an import changed in the worker's session and pushes the undo
command on the GUI thread once the unit of work is saved.

A window that closes while a task runs asks first (``stop_before_closing``),
cancels it and waits for it to end: the database holds all of an import or
nothing of it, and an export leaves no file behind.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

from pydantic import BaseModel
from PySide6.QtCore import QEventLoop, QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog, QWidget
from sqlalchemy import event
from sqlmodel import Session

from planner import config
from planner.errors import PlannerError
from planner.services import history

log = logging.getLogger(__name__)
T = TypeVar("T")

# How long a stopped task may take to end when the window closes.
STOP_TIMEOUT_MS = 30_000


class Cancelled(Exception):
    """The user stopped the task; nothing of it was saved or written."""


class TaskFailed(PlannerError):
    """An unexpected error in a task (a bug): logged with its traceback,
    shown to the user as a message; its unit of work was rolled back."""


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
    each query a chance to stop."""
    added = 0

    def row_added(_session, _instance) -> None:
        nonlocal added
        added += 1
        total = max(progress.expected, added + 1) if progress.expected else 0
        progress(added, total)

    def query(_state) -> None:
        progress(added, max(progress.expected, added + 1) if progress.expected else 0)

    event.listen(session, "transient_to_pending", row_added)
    event.listen(session, "do_orm_execute", query)
    try:
        yield
    finally:
        event.remove(session, "transient_to_pending", row_added)
        event.remove(session, "do_orm_execute", query)


def rows_in(document: BaseModel) -> int:
    """About how many rows importing a parsed file adds: one for each item
    of each list in it, counted all the way down."""

    def count(value: Any) -> int:
        if isinstance(value, BaseModel):
            return sum(count(getattr(value, name)) for name in type(value).model_fields)
        if isinstance(value, list):
            return len(value) + sum(count(item) for item in value if isinstance(item, BaseModel))
        return 0

    return 1 + count(document)


class TaskSignals(QObject):
    progress = Signal(int, int)  # done, total (0: unknown)
    finished = Signal(object)  # what the work returned
    failed = Signal(object)  # the exception: Cancelled, a PlannerError, TaskFailed


class Task(QRunnable):
    """One piece of work in a worker thread. Its outcome is kept on the
    task as well as signalled, so a caller that stopped listening (the
    window closed) can still read it."""

    def __init__(self, what: str, work: Callable[[Progress], T]):
        super().__init__()
        self.setAutoDelete(False)  # Python keeps it: its outcome is read after the run
        self.what = what
        self._work = work
        # Made on the GUI thread: the signals are delivered there, queued.
        self.signals = TaskSignals()
        self.progress = Progress(self.signals.progress.emit)
        self.ended = threading.Event()
        self._result: T | None = None
        self._error: BaseException | None = None

    def cancel(self) -> None:
        self.progress.cancel()

    def run(self) -> None:
        try:
            self._result = self._work(self.progress)
        except (Cancelled, PlannerError) as error:
            self._error = error
        except BaseException as error:  # a bug: logged with its traceback, shown as a message
            log.exception("%s stopped on an unexpected error", self.what)
            self._error = TaskFailed(
                f"{self.what[:1].upper()}{self.what[1:]} stopped on an unexpected error "
                f"({type(error).__name__}: {error}); nothing was changed. "
                f"Details are in {config.log_dir() / 'planner.log'}."
            )
        finally:
            # Always said, or the window would wait for it for ever.
            self.ended.set()
            if self._error is None:
                self.signals.finished.emit(self._result)
            else:
                self.signals.failed.emit(self._error)

    def outcome(self) -> T:
        """What the work returned; raises what it raised."""
        if self._error is not None:
            raise self._error
        return self._result  # type: ignore[return-value]


class TaskRunner(QObject):
    """Runs a window's long tasks, one at a time, with a progress dialog."""

    # A task that ends sooner shows no dialog (tests set it to 0).
    SHOW_DIALOG_AFTER_MS = 500

    def __init__(self, context, window: QWidget):
        super().__init__(window)
        self.context = context
        self.window = window
        # Its own pool: closing waits for this window's tasks only.
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self.current: Task | None = None
        self.dialog: QProgressDialog | None = None
        self.closing = False
        self._stopping_cursor = False

    @classmethod
    def of(cls, window: QWidget) -> TaskRunner:
        """The window's runner, made when first needed."""
        runner = window.findChild(TaskRunner)
        return runner if runner is not None else cls(window.context, window)

    def busy(self) -> bool:
        return self.current is not None

    def run(self, what: str, label: str, work: Callable[[Progress], T]) -> T:
        """Run ``work(progress)`` in a worker thread, showing ``label`` in a
        progress dialog if it takes a while, and return its result here.
        ``what`` names it in messages ("an import"). Raises Cancelled when
        the user stopped it, its PlannerError, or TaskFailed for a bug."""
        if self.current is not None:
            running = self.current.what
            raise PlannerError(f"{running[:1].upper()}{running[1:]} is still running; try again when it has finished")
        task = Task(what, work)
        self.current = task
        self.closing = False
        loop = QEventLoop()
        task.signals.finished.connect(loop.quit)
        task.signals.failed.connect(loop.quit)
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        self.pool.start(task)
        try:
            # A short task ends before the dialog would show. Until then the
            # user's clicks wait (they are not lost): nothing else may edit
            # while the task holds the database's write lock.
            timer = QTimer(singleShot=True, interval=self.SHOW_DIALOG_AFTER_MS)
            timer.timeout.connect(loop.quit)
            timer.start()
            loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
            timer.stop()
            if not task.ended.is_set():
                QApplication.restoreOverrideCursor()
                self._show_dialog(task, label)
                try:
                    loop.exec()
                finally:
                    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
                    self._close_dialog()
        finally:
            if not task.ended.is_set():
                # The loop was left without the task ending (the app quits).
                task.cancel()
            # The worker may still be signalling the end: the task (and its
            # signals) must outlive that, so wait for the thread to let go.
            self.pool.waitForDone()
            QApplication.restoreOverrideCursor()
            self.current = None
        if self.closing and task._error is not None and not isinstance(task._error, Cancelled):
            # The window closed meanwhile: no message box after it has gone.
            log.info("%s ended as the window closed: %s", what, task._error)
            raise Cancelled() from task._error
        return task.outcome()

    def edit(self, what: str, label: str, undo_label: str, work: Callable[[Session, Progress], T]) -> T:
        """``run`` a unit of work that edits the user's data: saved whole when
        the work ends (nothing of it when it is stopped or fails), and
        undoable as ``undo_label``. The rows it changes are recorded in the
        worker's session; the undo command is pushed here."""
        store = self.context.store

        def in_worker(progress: Progress):
            with store.write() as session:
                recorder = history.record(session)
                with watching(session, progress):
                    result = work(session, progress)
                changes = recorder.finish()
                progress.check()  # the last moment to stop: nothing is saved yet
            return result, changes

        result, changes = self.run(what, label, in_worker)
        self.context.push_edit(undo_label, changes)
        return result

    def stop(self, timeout_ms: int = STOP_TIMEOUT_MS) -> bool:
        """Ask the running task to stop and wait for it; False if it has not
        ended within the time."""
        if self.current is not None:
            self.current.cancel()
        return self.pool.waitForDone(timeout_ms)

    def _show_dialog(self, task: Task, label: str) -> None:
        dialog = QProgressDialog(label, "Cancel", 0, 0, self.window)
        dialog.setWindowTitle("Planner")
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setMinimumDuration(0)
        dialog.setMinimumWidth(420)

        def show_progress(done: int, total: int) -> None:
            if total > 0:
                dialog.setMaximum(total)
                dialog.setValue(min(done, total))

        def cancel() -> None:
            if not task.progress.cancelled:
                task.cancel()
                QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # until it has stopped
                self._stopping_cursor = True

        show_progress(*task.progress.reported)  # what came before the dialog
        task.signals.progress.connect(show_progress)
        dialog.canceled.connect(cancel)
        self.dialog = dialog
        dialog.show()

    def _close_dialog(self) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is not None:
            if self._stopping_cursor:
                QApplication.restoreOverrideCursor()  # the one cancel() set
                self._stopping_cursor = False
            dialog.hide()
            dialog.deleteLater()


def stop_before_closing(window: QWidget) -> bool:
    """For a window that is asked to close: True when it may close. A task
    still running is stopped, after the user agreed, and waited for."""
    runner = window.findChild(TaskRunner)
    if runner is None or runner.current is None:
        return True
    what = runner.current.what
    answer = QMessageBox.question(
        window,
        "Quit Planner",
        f"{what[:1].upper()}{what[1:]} is running. Stop it and quit?\n\nNothing of it will be saved or written.",
    )
    if answer != QMessageBox.StandardButton.Yes:
        return False
    runner.closing = True
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        if not runner.stop():
            log.warning("%s had not stopped %d s after it was asked to", what, STOP_TIMEOUT_MS // 1000)
    finally:
        QApplication.restoreOverrideCursor()
    return True
