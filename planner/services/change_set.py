"""What one unit of work changed, row by row: the record that undo and
redo replay (planner/services/history.py makes and replays it) and that
tells the window's views what to show again. Plain data, loaded without
the database code."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from planner.errors import PlannerError

Row = dict[str, Any]
PrimaryKey = tuple[Any, ...]
Key = tuple[str, PrimaryKey]
Direction = Literal["before", "after"]


@dataclass
class Change:
    table: str
    key: PrimaryKey
    before: Row | None
    after: Row | None = None

    def changed_columns(self) -> list[str]:
        """The columns an update changed (every column of an insert or delete)."""
        if self.before is None or self.after is None:
            return list((self.before or self.after or {}).keys())
        return [name for name, value in self.before.items() if self.after.get(name) != value]


@dataclass
class ChangeSet:
    """Every row one unit of work touched, in the order first touched."""

    changes: dict[Key, Change] = field(default_factory=dict)

    @property
    def empty(self) -> bool:
        return all(change.before == change.after for change in self.changes.values())

    def tables(self) -> set[str]:
        return {change.table for change in self.changes.values() if change.before != change.after}

    def event_ids(self) -> set[int]:
        """The events whose rows changed (for refreshing what shows them)."""
        found = set()
        for change in self.changes.values():
            for state in (change.before, change.after):
                if not state:
                    continue
                if change.table == "event":
                    found.add(state["id"])
                elif state.get("event_id") is not None:
                    found.add(state["event_id"])
        return found

    def heard_from_elsewhere(self) -> bool:
        """Whether this tells of another Planner's change (``elsewhere``)."""
        return any(key[1][:1] == ("elsewhere",) for key in self.changes)

    def concerns_event(self, event_id: int) -> bool:
        """Whether what shows ``event_id`` may have to change: rows of that
        event changed, or rows of no event (people, organisations)."""
        touched = self.event_ids()
        return not touched or event_id in touched

    @classmethod
    def noted(cls, table: str, event_id: int) -> ChangeSet:
        """What views are told when bookkeeping outside undo (a message sent
        and recorded) added to ``table`` for ``event_id``: it says which,
        and holds nothing to replay."""
        return cls({(table, ("noted",)): Change(table, ("noted",), None, {"event_id": event_id})})

    def merged(self, later: ChangeSet) -> ChangeSet:
        """One change set for this work followed by ``later``: each row as it
        was before the first and as it is after the second."""
        result = dict(self.changes)
        for key, change in later.changes.items():
            first = result.get(key)
            result[key] = change if first is None else Change(change.table, change.key, first.before, change.after)
        return ChangeSet(result)


def elsewhere(tables: list[str], event_ids: list[int | None]) -> ChangeSet:
    """What views are told when another Planner changed ``tables`` (of
    ``event_ids``; none: of no event, or of any): it says which, and holds
    nothing to replay."""
    changes = ChangeSet()
    for table in tables:
        for event_id in [*event_ids] or [None]:
            column = "id" if table == "event" else "event_id"  # as ChangeSet.event_ids reads them
            after = {column: event_id} if event_id is not None else {}
            changes.changes[(table, ("elsewhere", event_id))] = Change(table, ("elsewhere", event_id), None, after)
    return changes


@dataclass(frozen=True)
class Seen:
    """How far a window has seen the database's change log: every entry up
    to ``mark``, and its own entries after it (``own``). An edit over a
    row someone else changed after that is refused (``ChangedElsewhere``)."""

    mark: int = 0
    own: frozenset[int] = frozenset()
    # Rows (table, id) whose news the window heard but did not show (a field
    # kept as typed), with how far it had seen them: their changes after
    # that still count against an edit.
    held: frozenset[tuple[str, int, int]] = frozenset()

    def mark_of(self, table: str, row_id: int) -> int:
        """How far the window has seen ``row_id`` of ``table``."""
        return min([self.mark, *(mark for held, row, mark in self.held if (held, row) == (table, row_id))])


class ChangedElsewhere(PlannerError):
    """A save over a change someone else made since the window last read
    the rows: nothing was changed. ``message`` names the row, who and when;
    ``tables`` and ``event_ids`` are what the window reads again to show theirs."""

    def __init__(self, message: str, tables: list[str], event_ids: list[int]):
        super().__init__(message)
        self.message = message
        self.tables = tables
        self.event_ids = event_ids


# The name changes are recorded under, set in Preferences ("": none set).
_author = ""


def set_author(name: str) -> None:
    """The name the change log records this Planner's changes under; "" for
    the database's user name on a server, the computer's for a file."""
    global _author
    _author = " ".join(name.split())


def chosen_author() -> str:
    return _author
