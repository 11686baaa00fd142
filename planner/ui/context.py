"""The one object handed to every window and view: the open database, the
undo stack, the settings, and the signal that says what changed."""

from __future__ import annotations

import logging
from collections.abc import Callable
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMessageBox, QWidget
from sqlmodel import Session

from planner import config
from planner.db.lock import DatabaseLock
from planner.db.store import Store
from planner.errors import PlannerError, StoreError
from planner.services import history
from planner.services.errors import InvalidInput
from planner.ui import auto_backup
from planner.ui.commands import RecordedEdit

log = logging.getLogger(__name__)
T = TypeVar("T")


def open_settings() -> QSettings:
    """Settings in an INI file in the data folder (moved with PLANNER_DATA_DIR)."""
    return QSettings(str(config.data_dir() / "settings.ini"), QSettings.Format.IniFormat)


class AppContext(QObject):
    # A ChangeSet of what an edit, an undo or a redo changed.
    data_changed = Signal(object)
    # Another database was opened: every view starts again.
    store_replaced = Signal()

    def __init__(
        self,
        store: Store,
        settings: QSettings | None = None,
        parent: QObject | None = None,
        lock: DatabaseLock | None = None,
    ):
        super().__init__(parent)
        self.store = store
        # The claim to write this database while the window has it open
        # (None: opened read-only, or by a test that needs no lock).
        self.lock = lock
        self.settings = settings or open_settings()
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setUndoLimit(500)

    @contextmanager
    def read(self):
        with self.store.read() as session:
            yield session

    def edit(self, label: str, work: Callable[[Session], T]) -> T:
        """Do one edit in one unit of work, save it, and make it undoable as
        ``label`` ("Move agenda item"). A refused edit (InvalidInput and the
        other PlannerErrors) raises, and nothing is saved."""
        self._refuse_if_read_only()
        with self.store.write() as session:
            recorder = history.record(session)
            result = work(session)
            changes = recorder.finish()
        self.push_edit(label, changes)
        return result

    def push_edit(self, label: str, changes: history.ChangeSet) -> None:
        """Make saved changes one undoable step named ``label`` and tell the
        views; for edits saved elsewhere (a worker thread) as well."""
        if not changes.empty:
            self.undo_stack.push(RecordedEdit(self, label, changes))
            self.data_changed.emit(changes)

    def run(self, work: Callable[[Session], T]) -> T:
        """A unit of work that is bookkeeping, not an edit of the user's data
        (what a calendar export has sent): saved, but not on the undo stack."""
        self._refuse_if_read_only()
        with self.store.write() as session:
            return work(session)

    @property
    def read_only(self) -> bool:
        """The database was opened read-only: every edit is refused."""
        return self.store.read_only

    def _refuse_if_read_only(self) -> None:
        if self.read_only:
            raise StoreError(
                f"{self.store.path}: opened read-only; nothing was changed. To make changes, close it in the "
                "other Planner (or make the file writable), then open it again with File ▸ Open database."
            )

    def try_edit(self, parent: QWidget | None, label: str, work: Callable[[Session], T]) -> T | None:
        """``edit``, with a refusal shown to the user in a message box."""
        try:
            return self.edit(label, work)
        except PlannerError as error:
            title = "Cannot save this" if isinstance(error, InvalidInput) else f"Cannot {label[:1].lower()}{label[1:]}"
            if self.read_only:
                title = "The database is open read-only"
            QMessageBox.warning(parent, title, str(error))
            return None

    def replace_store(self, store: Store, lock: DatabaseLock | None = None) -> None:
        old = self.store
        self.store = store
        self.undo_stack.clear()
        auto_backup.wait()
        old.close()
        self.release_lock()
        self.lock = lock
        self.store_replaced.emit()

    def release_lock(self) -> None:
        """Let another Planner write the database (the window closes)."""
        if self.lock is not None:
            self.lock.release()
            self.lock = None

    def remember_database(self, path: Path) -> None:
        """Last database opened, and the recent ones (newest first)."""
        text = str(path)
        recent = [entry for entry in self.recent_databases() if entry != text]
        self.settings.setValue("database/last", text)
        self.settings.setValue("database/recent", [text, *recent][:8])

    def recent_databases(self) -> list[str]:
        value = self.settings.value("database/recent", [])
        if isinstance(value, str):  # QSettings gives a lone entry as a string
            value = [value]
        return [entry for entry in value or [] if entry]


def changed_for(changes: history.ChangeSet, event_id: int | None, tables: set[str] | None = None) -> bool:
    """Whether a view showing ``event_id`` (and these tables) must reload."""
    if tables is not None and not changes.tables() & tables:
        return False
    return event_id is None or not changes.event_ids() or event_id in changes.event_ids()


def call_safely(parent: QWidget | None, what: str, work: Callable[[], Any]) -> Any:
    """Run a read or a file operation; show a PlannerError instead of raising."""
    try:
        return work()
    except PlannerError as error:
        QMessageBox.warning(parent, what, str(error))
        return None
