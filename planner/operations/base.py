"""Named operations: every change a user makes to their data, the same
from the window and from the command line.

An operation is a small frozen dataclass: its fields are the parameters
("move agenda item 12 to 10:30, with the items after it"), ``label`` names
it in the Edit menu ("Move agenda item") and ``run(session)`` does it
through the services, in the caller's unit of work. The rules of an edit
live here or in the services, never in a widget, so they can be tested
without Qt. ``perform(store, operation)`` runs one in its own unit of work
and returns what it changed, which is what the window's undo replays.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable, Hashable
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass
from typing import TYPE_CHECKING, Generic, TypeVar

from sqlmodel import Session

from planner.db.models import Purge
from planner.db.sqlite import leave_no_trace
from planner.services import history
from planner.services.language import say

if TYPE_CHECKING:
    from planner.db.store import Store

Result = TypeVar("Result", covariant=True)
R = TypeVar("R")


class Operation(ABC, Generic[Result]):
    """One change of the user's data, as one undoable step."""

    @property
    @abstractmethod
    def label(self) -> str:
        """How it is named for the record, in English: "Move agenda item"."""

    @property
    def shown_label(self) -> str:
        """How the Edit menu and a refusal name it, in the window's
        language: the label, translated."""
        return say(self.label)

    @abstractmethod
    def run(self, session: Session) -> Result:
        """Do it in ``session``'s unit of work; raise a PlannerError (and
        change nothing that is kept) when it cannot be done."""

    def expected_rows(self) -> int:
        """About how many rows it will add, for a progress bar (0: unknown).
        Called in the worker thread that runs it, so it may read a file."""
        return 0

    def merge_key(self) -> Hashable | None:
        """Operations in a row with the same key are one undo step (typing in
        one field, changed again and again, is undone at once). None: never
        merged."""
        return None


@dataclass(frozen=True)
class Done(Generic[R]):
    """An operation carried out: what it returned, and the rows it changed."""

    operation: Operation[R]
    result: R
    changes: history.ChangeSet


Watch = Callable[[Session], AbstractContextManager[object]]


def perform(store: Store, operation: Operation[R], *, watch: Watch | None = None) -> Done[R]:
    """Run ``operation`` in one unit of work, committed whole or not at all,
    recording the rows it changes. ``watch(session)`` gives a context
    manager that follows the work (the window's progress of a long import,
    which may stop it)."""
    with store.write() as session:
        recorder = history.record(session)
        with watch(session) if watch is not None else nullcontext():
            result = operation.run(session)
        changes = recorder.finish()
    return Done(operation, result, changes)


def replay(store: Store, changes: history.ChangeSet, direction: history.Direction, label: str = "") -> None:
    """Undo (``"before"``) or redo (``"after"``) an operation's changes in one
    unit of work; refused whole, with a message naming the row, when someone
    changed its rows since (``history.ReplayRefused``)."""
    with store.write() as session:
        if _purges_again(changes, direction):
            leave_no_trace(session)  # personal data removed again is removed as thoroughly as the first time
        history.replay(session, changes, direction, label)


def _purges_again(changes: history.ChangeSet, direction: history.Direction) -> bool:
    """Whether the replay brings back the record of a purge (a redo of a
    removal of personal data, which records one)."""
    other = "before" if direction == "after" else "after"
    return any(
        change.table == Purge.__tablename__
        and getattr(change, direction) is not None
        and getattr(change, other) is None
        for change in changes.changes.values()
    )
