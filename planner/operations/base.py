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

import re
from abc import ABC, abstractmethod
from collections.abc import Callable, Hashable
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass
from typing import TYPE_CHECKING, Generic, TypeVar

from sqlalchemy import inspect
from sqlalchemy.orm.exc import StaleDataError
from sqlmodel import Session

from planner.db.models import Purge
from planner.db.sqlite import leave_no_trace
from planner.services import change_log, checkouts, history
from planner.services.change_set import ChangedElsewhere, Seen
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
    # The entries of the change log it wrote (who changed which row, when).
    logged: tuple[int, ...] = ()


Watch = Callable[[Session], AbstractContextManager[object]]


def perform(store: Store, operation: Operation[R], *, watch: Watch | None = None, seen: Seen | None = None) -> Done[R]:
    """Run ``operation`` in one unit of work, committed whole or not at all,
    recording the rows it changes and who changed them. ``watch(session)``
    gives a context manager that follows the work (the window's progress of
    a long import, which may stop it). ``seen``: how far the window has read
    the change log; a change over rows someone else changed since is refused
    (``ChangedElsewhere``), as is one over a version of a row saved by
    someone else while this one ran."""
    with store.write() as session:
        recorder = history.record(session)
        try:
            with watch(session) if watch is not None else nullcontext():
                result = operation.run(session)
            changes = recorder.finish()
        except StaleDataError as error:
            raise _saved_meanwhile(store, session, error) from None
        checkouts.refuse_checked_out(session, changes)
        if seen is not None:
            change_log.refuse_newer(session, changes, seen)
        logged = change_log.note(session, changes)
    return Done(operation, result, changes, tuple(logged))


def _saved_meanwhile(store: Store, session: Session, error: StaleDataError) -> ChangedElsewhere:
    """Which row the version check found saved by someone else, in words."""
    found = re.search(r"table '(\w+)'", str(error))
    table = found.group(1) if found else ""
    named = re.search(r"\(row (\d+)\)", str(error))  # the writes of many rows name it
    states = [inspect(row) for row in [*session.dirty, *session.deleted, *session.identity_map.values()]]
    row_id = (
        int(named.group(1))
        if named
        else next(
            (state.identity[0] for state in states if state.mapper.local_table.name == table and state.identity), None
        )
    )
    with store.read() as reading:
        return change_log.changed_meanwhile(reading, table, row_id)


def replay(store: Store, changes: history.ChangeSet, direction: history.Direction, label: str = "") -> tuple[int, ...]:
    """Undo (``"before"``) or redo (``"after"``) an operation's changes in one
    unit of work; refused whole, with a message naming the row, when someone
    changed its rows since (``history.ReplayRefused``). Gives the entries of
    the change log it wrote."""
    with store.write() as session:
        if _purges_again(changes, direction):
            leave_no_trace(session)  # personal data removed again is removed as thoroughly as the first time
        history.replay(session, changes, direction, label)
        checkouts.refuse_checked_out(session, _replayed(changes, direction))
        return tuple(change_log.note(session, _replayed(changes, direction)))


def _replayed(changes: history.ChangeSet, direction: history.Direction) -> history.ChangeSet:
    """What an undo (or redo) changes: the rows from one side to the other."""
    if direction == "after":
        return changes
    return history.ChangeSet(
        {key: history.Change(c.table, c.key, c.after, c.before) for key, c in changes.changes.items()}
    )


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
