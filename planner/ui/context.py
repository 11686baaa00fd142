"""The one object handed to every window and view: the open database, the
undo stack, the settings, the task runner, the event shown and what is
selected in it, and the signal that says what changed.

Views never read each other: what one shows that others need (the current
event, the people selected) is set here and observed. Every change of the
user's data is an operation (``planner.operations``) carried out by
``perform``, which makes it one undoable step.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import partial
from importlib import import_module
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from planner import config
from planner.errors import PlannerError, StoreError
from planner.services import change_set as history
from planner.services.change_set import ChangedElsewhere
from planner.services.errors import InvalidInput
from planner.services.language import SOURCE_LANGUAGE, interface_language
from planner.ui import after_paint, auto_backup, changed_elsewhere
from planner.ui.change_listener import ChangeListener
from planner.ui.commands import RecordedEdit, UndoStack

if TYPE_CHECKING:
    from sqlmodel import Session

    from planner.db.first_look import FirstLook, Rows
    from planner.db.store import Store
    from planner.operations import Done, Operation
    from planner.services.conflict_cache import ConflictCache

log = logging.getLogger(__name__)
R = TypeVar("R")
translate = QCoreApplication.translate


def _still_running(what: str) -> str:
    from planner.ui.tasks import still_running  # the task runner's wording

    return still_running(what)


# What opening a Store loads, largest first: loaded one per step once the
# window is on screen, rather than all in the step that opens the store.
STORE_MODULES = ("sqlalchemy", "sqlalchemy.orm", "sqlmodel", "planner.db.models", "planner.db.store")


def open_settings() -> QSettings:
    """Settings in an INI file in the data folder (moved with PLANNER_DATA_DIR)."""
    return QSettings(str(config.data_dir() / "settings.ini"), QSettings.Format.IniFormat)


def _load(module: str) -> None:
    import_module(module)


class AppContext(QObject):
    # A ChangeSet of what an edit, an undo or a redo changed.
    data_changed = Signal(object)
    # Another database is about to be opened: views save what is typed but not yet saved.
    store_replacing = Signal()
    # Another database was opened: every view starts again.
    store_replaced = Signal()
    # The event the window shows (int, or None for none).
    current_event_changed = Signal(object)
    # The people selected in the event shown changed.
    selection_changed = Signal()
    # An edit, undo or redo that was refused: a title and the message to show.
    refused = Signal(str, str)

    def __init__(
        self,
        store: Store | None,
        settings: QSettings | None = None,
        parent: QObject | None = None,
        lock=None,
        *,
        first_look: FirstLook | None = None,
        open_store: Callable[[], Store] | None = None,
    ):
        """``store`` open, or None with a ``first_look`` at the database
        and ``open_store`` to open it (``open_later`` does it once the
        window is on screen, step by step; anything that needs it before
        opens it at once)."""
        super().__init__(parent)
        self._store = store
        self._first_look = first_look
        self._open_store = open_store
        # The claim to write this database while the window has it open
        # (None: opened read-only, or by a test that needs no lock).
        self.lock = lock
        self.settings = settings or open_settings()
        self.undo_stack = UndoStack(self)
        self.undo_stack.setUndoLimit(500)
        self.undo_stack.refused.connect(self.refused)
        self.current_event_id: int | None = None
        self.selected_people: frozenset[int] = frozenset()
        # Each event's conflicts, shared by the tabs that show them (made
        # when first asked for: its module loads the models); a change drops
        # those it may have made wrong before any view reads again.
        self._conflicts: ConflictCache | None = None
        self.data_changed.connect(self._forget_conflicts)
        # Set by the task runner while long work holds the database's write lock.
        self.busy_with: str = ""
        # Other organisers' changes: how far they were read, and the news of them.
        self.elsewhere = ChangeListener(self)

    # -- the database ---------------------------------------------------------

    @property
    def store(self) -> Store:
        """The open database (opened now if the window has only looked at it so far)."""
        if self._store is None:
            self._open_now()
        assert self._store is not None
        return self._store

    @property
    def database_path(self) -> Path:
        """The database's file, known before it is open (None for a shared database: see database_location)."""
        if self._store is None and self._first_look is not None:
            return self._first_look.path
        return self.store.path

    @property
    def database_location(self) -> str:
        """Where the database is, as the settings remember it: the file's
        path, or a shared database's URL (without its password)."""
        if self._store is None and self._first_look is not None:
            return str(self._first_look.path)
        return self.store.location

    @property
    def database_shown(self) -> str:
        """Where the database is, as the user sees it (never a password)."""
        if self._store is None and self._first_look is not None:
            return str(self._first_look.path)
        return self.store.shown_location

    @property
    def database_name(self) -> str:
        """The file's name, or a shared database's ``host/dbname``."""
        if self._store is None and self._first_look is not None:
            return self._first_look.path.name
        return self.store.name

    @property
    def is_shared(self) -> bool:
        """The database is shared on a server (a first look is always at a file)."""
        return self._store is not None and bool(self._store.is_shared)

    @property
    def store_is_open(self) -> bool:
        return self._store is not None

    def open_later(self) -> None:
        """Once the window is on screen, the database code is loaded (a
        module per turn of the event loop, so that the window answers in
        between) and the database looked at is opened."""
        for module in STORE_MODULES:
            after_paint.later(partial(_load, module))
        after_paint.later(self._open_if_waiting)

    def _open_if_waiting(self) -> None:
        if self._store is None:
            try:
                self._open_now()
            except StoreError:  # told to the user, and the app is ending
                log.info("the database looked at could not be opened", exc_info=True)

    def _open_now(self) -> None:
        if self._open_store is None:
            raise StoreError("no database is open")
        opening, self._open_store = self._open_store, None
        self._store = opening()
        looked_at = self._first_look
        self._first_look = None
        if looked_at is not None:
            looked_at.close()
            if self._store.location != str(looked_at.path):  # another database opened instead: shown afresh
                self.remember_database(self._store.location)
                self.set_current_event(None)
                self.store_replaced.emit()
            elif self._store.read_only:  # SQLite would not write it after all: the window says so
                self.store_replaced.emit()
            else:  # what the window shows is the database as it is now: the changes of others come after
                self.elsewhere.catch_up()

    def found_damaged(self) -> bool:
        """Whether SQLite's check of the database only looked at found damage."""
        return self._first_look is not None and self._first_look.damage() is not None

    def abandon_first_look(self) -> None:
        """The database looked at will not be opened here (the full opening
        takes over): its lock is let go."""
        if self._first_look is not None:
            self._first_look.close()
            self._first_look = None
        self._open_store = None
        self.release_lock()

    def close(self) -> None:
        """The app ends: the database closed, or only its first look."""
        self.elsewhere.stop()
        if self._store is not None:
            self._store.close()
        elif self._first_look is not None:
            self._first_look.close()
            self._first_look = None

    @property
    def conflicts(self) -> ConflictCache:
        if self._conflicts is None:
            from planner.services.conflict_cache import ConflictCache

            self._conflicts = ConflictCache()
        return self._conflicts

    def _forget_conflicts(self, changes: history.ChangeSet) -> None:
        if self._conflicts is not None:
            self._conflicts.forget(changes)

    # -- reading --------------------------------------------------------------

    @contextmanager
    def rows(self) -> Iterator[Rows]:
        """Plain SQL reads (services/event_reads.py): through the first look
        while the database is not open yet, else through the store."""
        if self._store is None and self._first_look is not None:
            yield self._first_look.rows
            return
        with self.store.rows() as rows:
            yield rows

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self.store.read() as session:
            yield session

    # -- changing -------------------------------------------------------------

    def perform(self, operation: Operation[R], *, over_newer: bool = False) -> R:
        """Carry out ``operation``, save it, and make it one undoable step.
        A refusal (InvalidInput and the other PlannerErrors) raises, and
        nothing is saved; so does an edit over someone else's newer change
        (ChangedElsewhere), unless ``over_newer``."""
        self.refuse_if_read_only()
        if self.busy_with:
            raise PlannerError(_still_running(self.busy_with))
        from planner.operations import perform

        done = perform(self.store, operation, seen=None if over_newer else self.elsewhere.seen())
        self.record(done)
        return done.result

    def try_perform(self, parent: QWidget | None, operation: Operation[R]) -> R | None:
        """``perform``, with a refusal shown to the user in a message box."""
        try:
            return self.perform(operation)
        except ChangedElsewhere as refused:
            return changed_elsewhere.settle(self, parent, operation, refused)
        except PlannerError as error:
            label = operation.shown_label
            if interface_language() == SOURCE_LANGUAGE:  # English runs the edit's name into the sentence
                label = label[:1].lower() + label[1:]
            if isinstance(error, InvalidInput):
                title = translate("AppContext", "Cannot save this")
            else:
                title = translate("AppContext", "Cannot {action}").format(action=label)
            if self.read_only:
                title = translate("AppContext", "The database is open read-only")
            # A refused value is told in the user's words, without the field's internal name.
            QMessageBox.warning(parent, title, error.message if isinstance(error, InvalidInput) else str(error))
            return None

    def record(self, done: Done[Any]) -> None:
        """Make an operation already saved (on a worker thread, say) one
        undoable step, and tell the views."""
        self.elsewhere.own(done.logged)
        self.elsewhere.release({(change.table, change.key[0]) for change in done.changes.changes.values()})
        if done.changes.empty:
            return
        self.undo_stack.push(
            RecordedEdit(self._replay, done.operation.shown_label, done.changes, done.operation.merge_key())
        )
        self.data_changed.emit(done.changes)

    def _replay(self, changes: history.ChangeSet, direction: history.Direction, label: str) -> None:
        self.refuse_if_read_only()
        if self.busy_with:
            raise PlannerError(_still_running(self.busy_with))
        from planner.operations import replay

        self.elsewhere.own(replay(self.store, changes, direction, label))
        self.data_changed.emit(changes)

    def undo(self) -> None:
        self.undo_stack.undo()

    def redo(self) -> None:
        self.undo_stack.redo()

    @property
    def read_only(self) -> bool:
        """The database was opened read-only: every edit is refused. (A
        database only looked at so far is one the window may write.)"""
        return self._store is not None and bool(self._store.read_only)

    def refuse_if_read_only(self) -> None:
        if self.read_only:
            raise StoreError(
                translate(
                    "AppContext",
                    "{path}: opened read-only; nothing was changed. To make changes, close it in the "
                    "other Planner (or make the file writable), then open it again with File ▸ Open database.",
                ).format(path=self.database_shown)
            )

    # -- what the window shows ------------------------------------------------

    def set_current_event(self, event_id: int | None) -> None:
        if event_id != self.current_event_id:
            self.current_event_id = event_id
            self.set_selected_people(frozenset())
            self.current_event_changed.emit(event_id)

    def set_selected_people(self, people: frozenset[int]) -> None:
        """The people selected in the event shown (its Participants tab)."""
        if people != self.selected_people:
            self.selected_people = people
            self.selection_changed.emit()

    # -- the database ---------------------------------------------------------

    def replace_store(self, store, lock=None) -> None:
        self.store_replacing.emit()
        old = self.store
        self._store = store
        if self._conflicts is not None:
            self._conflicts.clear()
        self.undo_stack.clear()
        auto_backup.wait()
        old.close()
        self.release_lock()
        self.lock = lock
        self.set_current_event(None)
        self.store_replaced.emit()

    def release_lock(self) -> None:
        """Let another Planner write the database (the window closes)."""
        if self.lock is not None:
            self.lock.release()
            self.lock = None

    def remember_database(self, location: Path | str) -> None:
        """Last database opened, and the recent ones (newest first): a
        file's path, or a shared database's URL without its password."""
        text = str(location)
        recent = [entry for entry in self.recent_databases() if entry != text]
        self.settings.setValue("database/last", text)
        self.settings.setValue("database/recent", [text, *recent][:8])

    def recent_databases(self) -> list[str]:
        value = self.settings.value("database/recent", [])
        # QSettings gives a lone entry as a string.
        entries = [value] if isinstance(value, str) else value if isinstance(value, list) else []
        return [entry for entry in entries if entry]
