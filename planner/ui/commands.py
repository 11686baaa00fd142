"""The undo stack: one command per operation carried out, holding the rows
it changed (see planner.services.history).

Undo and redo go through ``UndoStack.undo``/``redo``, which replay the rows
first and move the stack only when that worked: a replay refused because
someone else changed the rows since leaves the stack where it was and says
why (``refused``). Operations in a row with the same merge key (typing in
one field) become one command.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable

from PySide6.QtCore import Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from planner.errors import PlannerError
from planner.services import change_set as history

# Replays the changes in the direction given ("before" undoes, "after" redoes)
# with the command's label; raises a PlannerError when it cannot.
Replayer = Callable[[history.ChangeSet, history.Direction, str], None]

_merge_ids: dict[Hashable, int] = {}


def _merge_id(key: Hashable | None) -> int:
    """Qt merges commands with the same int id; -1 never merges."""
    if key is None:
        return -1
    return _merge_ids.setdefault(key, len(_merge_ids) + 1)


class RecordedEdit(QUndoCommand):
    """An edit already done and saved; undo and redo replay its rows."""

    def __init__(self, replayer: Replayer, label: str, changes: history.ChangeSet, merge_key: Hashable | None = None):
        super().__init__(label)
        self._replayer = replayer
        self.changes = changes
        self.merge_key = merge_key
        # QUndoStack.push calls redo() at once, and UndoStack replays before it
        # moves: in both cases the rows are already as they should be.
        self._already_done = True

    def replay(self, direction: history.Direction) -> None:
        self._replayer(self.changes, direction, self.text())
        self._already_done = True

    def redo(self) -> None:
        if not self._already_done:
            self.replay("after")
        self._already_done = False

    def undo(self) -> None:
        if not self._already_done:
            self.replay("before")
        self._already_done = False

    def id(self) -> int:
        return _merge_id(self.merge_key)

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, RecordedEdit) or other.merge_key != self.merge_key or self.merge_key is None:
            return False
        self.changes = self.changes.merged(other.changes)
        return True


class UndoStack(QUndoStack):
    """A QUndoStack whose undo and redo never overwrite what they did not
    write. Its undo and redo actions are made by ``planner.ui.main_window``
    (they call these methods, not Qt's slots)."""

    # Title and message of an undo or redo that was refused.
    refused = Signal(str, str)

    def undo(self) -> None:
        if self.canUndo():
            self._step(self.command(self.index() - 1), "before", super().undo)

    def redo(self) -> None:
        if self.canRedo():
            self._step(self.command(self.index()), "after", super().redo)

    def _step(self, command: QUndoCommand, direction: history.Direction, move: Callable[[], None]) -> None:
        if isinstance(command, RecordedEdit):
            try:
                command.replay(direction)
            except PlannerError as error:
                what = "Undo" if direction == "before" else "Redo"
                self.refused.emit(f"{what} refused", str(error))
                return
        move()
