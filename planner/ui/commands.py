"""One QUndoCommand for every edit: it holds the rows the edit changed
(see planner.services.history) and puts them back or forward."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand

from planner.services import history

if TYPE_CHECKING:
    from planner.ui.context import AppContext

log = logging.getLogger(__name__)


class RecordedEdit(QUndoCommand):
    """An edit already done and saved; undo and redo replay its rows."""

    def __init__(self, context: AppContext, label: str, changes: history.ChangeSet):
        super().__init__(label)
        self._context = context
        self._changes = changes
        self._done = True  # QUndoStack.push calls redo() at once: the edit is already saved

    def redo(self) -> None:
        if self._done:
            return
        self._replay("after")
        self._done = True

    def undo(self) -> None:
        self._replay("before")
        self._done = False

    def _replay(self, direction: str) -> None:
        with self._context.store.write() as session:
            history.apply(session, self._changes, direction)
        self._context.data_changed.emit(self._changes)
