"""Work off the GUI thread: imports, exports, documents, plans of imports.

A task is a function ``work(progress)`` run in a worker thread (QThreadPool
+ QRunnable), in its own database session. ``progress(done, total)`` says
how far it got and raises ``Cancelled`` once the user asked to stop: an
import's unit of work then rolls back whole, an export has not written its
file yet. The services know nothing of this: ``watching(session, progress)``
makes every row the work adds one step and every query a place to stop.

``TaskRunner`` is the one way to run such work, and it never waits in a
nested event loop: ``start`` returns at once and the outcome comes back on
the GUI thread, to ``on_done``, ``on_failed`` (a PlannerError whose message
can be shown as it is; a bug is logged and becomes a ``TaskFailed``) or
``on_cancelled``. Two kinds:

- exclusive work (``start``, ``perform``): one at a time; it may hold the
  database's write lock, so edits are refused while it runs (the context
  says why), and after half a second a window-modal progress dialog with
  Cancel shows. ``perform`` runs an operation and makes it one undo step.
- background work (``start_background``): reads that may run beside
  everything else (a document preview, the plan of an import), without a
  dialog.

A window that closes while exclusive work runs asks first
(``stop_before_closing``), cancels it and waits for it to end: the database
holds all of an import or nothing of it, and an export leaves no file.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog, QWidget

from planner import config
from planner.errors import PlannerError
from planner.operations.progress import Cancelled, Progress, watching

if TYPE_CHECKING:
    from planner.operations import Done, Operation

__all__ = ["Cancelled", "Progress", "Task", "TaskFailed", "TaskRunner", "stop_before_closing", "watching"]

log = logging.getLogger(__name__)
T = TypeVar("T")
translate = QCoreApplication.translate

# How long a stopped task may take to end when the window closes.
STOP_TIMEOUT_MS = 30_000


def capitalised(what: str) -> str:
    """A task's name at the start of a sentence: "an import" -> "An import"."""
    return what[:1].upper() + what[1:]


def still_running(what: str) -> str:
    return translate("TaskRunner", "{task} is still running; try again when it has finished").format(
        task=capitalised(what)
    )


class TaskFailed(PlannerError):
    """An unexpected error in a task (a bug): logged with its traceback,
    shown to the user as a message; its unit of work was rolled back."""


class TaskSignals(QObject):
    progress = Signal(int, int)  # done, total (0: unknown)
    ended = Signal()  # the outcome is on the task


class Task(QRunnable, Generic[T]):
    """One piece of work in a worker thread. Its outcome is kept on the
    task, read on the GUI thread once ``signals.ended`` arrives."""

    def __init__(self, what: str, work: Callable[[Progress], T]):
        super().__init__()
        self.setAutoDelete(False)  # Python keeps it: its outcome is read after the run
        self.what = what
        self._work = work
        # Made on the GUI thread: the signals are delivered there, queued.
        self.signals = TaskSignals()
        self.progress = Progress(self.signals.progress.emit)
        self.ended = threading.Event()
        self.result: T | None = None
        self.error: BaseException | None = None

    def cancel(self) -> None:
        self.progress.cancel()

    def run(self) -> None:
        try:
            self.result = self._work(self.progress)
        except (Cancelled, PlannerError) as error:
            self.error = error
        except BaseException as error:  # a bug: logged with its traceback, shown as a message
            log.exception("%s failed on an unexpected error", self.what)
            self.error = TaskFailed(
                translate(
                    "TaskRunner",
                    "{task} stopped on an unexpected error ({error}); nothing was changed. Details are in {log}.",
                ).format(
                    task=capitalised(self.what),
                    error=f"{type(error).__name__}: {error}",
                    log=config.log_dir() / "planner.log",
                )
            )
        finally:
            # Always said, or the window would wait for it for ever.
            self.ended.set()
            self.signals.ended.emit()


class _Callbacks(Generic[T]):
    def __init__(
        self,
        on_done: Callable[[T], None] | None,
        on_failed: Callable[[PlannerError], None] | None,
        on_cancelled: Callable[[], None] | None,
    ):
        self.on_done, self.on_failed, self.on_cancelled = on_done, on_failed, on_cancelled


class TaskRunner(QObject):
    """Runs a window's work off the GUI thread (see the module's doc)."""

    # A task that ends sooner shows no dialog (tests set it to 0).
    SHOW_DIALOG_AFTER_MS = 500
    # Exclusive work ended and its outcome was handed on.
    idle = Signal()

    def __init__(self, context: Any, window: QWidget):
        super().__init__(window)
        self.context = context
        self.window = window
        # Its own pools: closing waits for this window's work only.
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self.background_pool = QThreadPool(self)
        self.current: Task[Any] | None = None
        self.dialog: QProgressDialog | None = None
        self.closing = False
        # What to do with each task's outcome, by its signals object (the
        # sender when it ends: a slot of this GUI-thread object runs there).
        self._pending: dict[TaskSignals, tuple[Task[Any], _Callbacks[Any], bool]] = {}

    @classmethod
    def of(cls, window: QWidget) -> TaskRunner:
        """The window's runner, made when first needed."""
        runner = window.findChild(TaskRunner, options=Qt.FindChildOption.FindDirectChildrenOnly)
        return runner if runner is not None else cls(window.context, window)  # type: ignore[attr-defined]

    def busy(self) -> bool:
        return self.current is not None

    # -- exclusive work --------------------------------------------------------

    def start(
        self,
        what: str,
        label: str,
        work: Callable[[Progress], T],
        *,
        on_done: Callable[[T], None] | None = None,
        on_failed: Callable[[PlannerError], None] | None = None,
        on_cancelled: Callable[[], None] | None = None,
    ) -> Task[T]:
        """Run ``work(progress)`` in a worker thread, showing ``label`` in a
        progress dialog if it takes a while. ``what`` names it in messages
        ("an import"). Without ``on_failed`` a failure is shown in a message
        box; refused at once (PlannerError) while other exclusive work runs."""
        if self.current is not None:
            raise PlannerError(still_running(self.current.what))
        task: Task[T] = Task(what, work)
        callbacks = _Callbacks(on_done, on_failed, on_cancelled)
        self.current = task
        self.closing = False
        self.context.busy_with = what
        QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        self._pending[task.signals] = (task, callbacks, True)
        task.signals.ended.connect(self._task_ended)
        QTimer.singleShot(self.SHOW_DIALOG_AFTER_MS, lambda: self._show_dialog(task, label))
        self.pool.start(task)
        return task

    def perform(
        self,
        operation: Operation[T],
        label: str,
        *,
        what: str | None = None,
        expect: int = 0,
        on_done: Callable[[T], None] | None = None,
        on_failed: Callable[[PlannerError], None] | None = None,
        on_cancelled: Callable[[], None] | None = None,
    ) -> Task[Done[T]]:
        """``start`` an operation: saved whole when it ends (nothing of it
        when it is stopped or fails) and then one undoable step. ``expect``:
        about how many rows it adds, for the progress bar (else the
        operation's own guess)."""
        self.context.refuse_if_read_only()
        store = self.context.store
        what = what or translate("TaskRunner", "an import")

        from planner.operations import perform

        def in_worker(progress: Progress) -> Done[T]:
            progress.expect(expect or operation.expected_rows())
            return perform(store, operation, watch=lambda session: watching(session, progress))

        def done(outcome: Done[T]) -> None:
            self.context.record(outcome)
            if on_done is not None:
                on_done(outcome.result)

        return self.start(what, label, in_worker, on_done=done, on_failed=on_failed, on_cancelled=on_cancelled)

    def _task_ended(self) -> None:
        found = self._pending.pop(self.sender(), None)  # type: ignore[call-overload]
        if found is None:
            return
        task, callbacks, exclusive = found
        if exclusive:
            self._ended(task, callbacks)
        elif not task.progress.cancelled and not self.closing:
            self._hand_on(task, callbacks, None)

    def _ended(self, task: Task[T], callbacks: _Callbacks[T]) -> None:
        self._close_dialog()
        QApplication.restoreOverrideCursor()
        self.current = None
        self.context.busy_with = ""
        if self.closing:
            # The window closed meanwhile: no message box after it has gone.
            if task.error is not None and not isinstance(task.error, Cancelled):
                log.info("%s ended as the window closed: %s", task.what, task.error)
        else:
            self._hand_on(task, callbacks, self.window)
        self.idle.emit()

    @staticmethod
    def _hand_on(task: Task[T], callbacks: _Callbacks[T], window: QWidget | None) -> None:
        error = task.error
        if error is None:
            if callbacks.on_done is not None:
                callbacks.on_done(task.result)  # type: ignore[arg-type]
        elif isinstance(error, Cancelled):
            if callbacks.on_cancelled is not None:
                callbacks.on_cancelled()
        elif isinstance(error, PlannerError):
            if callbacks.on_failed is not None:
                callbacks.on_failed(error)
            else:
                QMessageBox.warning(window, "Planner", str(error))  # the program's name

    # -- background work -------------------------------------------------------

    def start_background(
        self,
        what: str,
        work: Callable[[Progress], T],
        *,
        on_done: Callable[[T], None] | None = None,
        on_failed: Callable[[PlannerError], None] | None = None,
    ) -> Task[T]:
        """Run a read beside everything else, without a dialog; its outcome
        comes back to ``on_done``/``on_failed`` unless ``task.cancel()``
        was called first (the one asking lost interest)."""
        task: Task[T] = Task(what, work)
        self._pending[task.signals] = (task, _Callbacks(on_done, on_failed, None), False)
        task.signals.ended.connect(self._task_ended)
        self.background_pool.start(task)
        return task

    # -- stopping --------------------------------------------------------------

    def stop(self, timeout_ms: int = STOP_TIMEOUT_MS) -> bool:
        """Ask the running work to stop and wait for it; False if it has not
        ended within the time."""
        for task, _callbacks, _exclusive in self._pending.values():
            task.cancel()
        ended = self.pool.waitForDone(timeout_ms)
        return self.background_pool.waitForDone(timeout_ms) and ended

    def _show_dialog(self, task: Task[Any], label: str) -> None:
        if task is not self.current or task.ended.is_set() or self.closing:
            return
        dialog = QProgressDialog(label, translate("TaskRunner", "Cancel"), 0, 0, self.window)
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
                dialog.setLabelText(translate("TaskRunner", "Stopping…"))

        show_progress(*task.progress.reported)  # what came before the dialog
        task.signals.progress.connect(show_progress)
        dialog.canceled.connect(cancel)
        self.dialog = dialog
        dialog.show()

    def _close_dialog(self) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is not None:
            dialog.hide()
            dialog.deleteLater()


def stop_before_closing(window: QWidget) -> bool:
    """For a window that is asked to close: True when it may close. Work
    still running is stopped, after the user agreed, and waited for."""
    runner = window.findChild(TaskRunner, options=Qt.FindChildOption.FindDirectChildrenOnly)
    if runner is None:
        return True
    if runner.current is None:
        runner.closing = True
        runner.stop()  # background reads: nobody waits for them any more
        return True
    what = runner.current.what
    answer = QMessageBox.question(
        window,
        translate("TaskRunner", "Quit Planner"),
        translate(
            "TaskRunner", "{task} is running. Stop it and quit?\n\nNothing of it will be saved or written."
        ).format(task=capitalised(what)),
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
