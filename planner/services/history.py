"""What a unit of work changed, so it can be undone and redone.

``record(session)`` watches a session: for every row the unit of work
inserts, updates or deletes it keeps the row as it was before and, once
``finish()`` is called, as it is after. ``apply(session, changes, "before")``
puts those rows back as they were (undo); ``"after"`` puts them back as the
work left them (redo). Rows are addressed by table and primary key, so an
undone insert comes back with the same id.

This works because services change rows through the ORM one by one (no bulk
UPDATE or DELETE statements, and no database-side cascades): every change
passes through the session's flush.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from sqlalchemy import Table, delete, event, insert, inspect, select, update
from sqlmodel import Session, SQLModel

Row = dict[str, Any]
Key = tuple[str, tuple[Any, ...]]


@dataclass
class Change:
    table: str
    key: tuple[Any, ...]
    before: Row | None
    after: Row | None = None


@dataclass
class ChangeSet:
    """Every row one unit of work touched, in the order first touched."""

    changes: dict[Key, Change] = field(default_factory=dict)

    @property
    def empty(self) -> bool:
        return all(change.before == change.after for change in self.changes.values())

    def tables(self) -> set[str]:
        return {change.table for change in self.changes.values()}

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


def _table(row: Any) -> Table:
    return row.__table__


def _key_of(table: Table, values: Row) -> tuple[Any, ...]:
    return tuple(values[column.name] for column in table.primary_key.columns)


def _stored_row(session: Session, table: Table, key: tuple[Any, ...]) -> Row | None:
    condition = [column == value for column, value in zip(table.primary_key.columns, key, strict=True)]
    found = session.connection().execute(select(table).where(*condition)).mappings().first()
    return dict(found) if found is not None else None


class _Recorder:
    def __init__(self, session: Session):
        self.session = session
        self.result = ChangeSet()
        event.listen(session, "before_flush", self._before_flush)
        event.listen(session, "after_flush", self._after_flush)

    def _remember(self, table: Table, key: tuple[Any, ...], before: Row | None) -> None:
        self.result.changes.setdefault((table.name, key), Change(table.name, key, before))

    def _before_flush(self, session: Session, _context, _instances) -> None:
        # Rows about to change or go: their state in the database is the "before".
        for row in list(session.dirty) + list(session.deleted):
            state = inspect(row)
            if state.key is None:
                continue
            table = _table(row)
            key = state.key[1]
            if (table.name, key) not in self.result.changes:
                self._remember(table, key, _stored_row(session, table, key))

    def _after_flush(self, session: Session, _context) -> None:
        # New rows have their keys now; they did not exist before.
        for row in session.new:
            table = _table(row)
            key = _key_of(table, {column.name: getattr(row, column.name) for column in table.primary_key.columns})
            self._remember(table, key, None)

    def finish(self) -> ChangeSet:
        self.session.flush()
        event.remove(self.session, "before_flush", self._before_flush)
        event.remove(self.session, "after_flush", self._after_flush)
        tables = SQLModel.metadata.tables
        for change in self.result.changes.values():
            change.after = _stored_row(self.session, tables[change.table], change.key)
        return self.result


def record(session: Session) -> _Recorder:
    return _Recorder(session)


def apply(session: Session, changes: ChangeSet, direction: Literal["before", "after"]) -> None:
    """Make every recorded row as it was ``before`` the work or ``after`` it."""
    tables = SQLModel.metadata.tables
    order = {table.name: index for index, table in enumerate(SQLModel.metadata.sorted_tables)}
    wanted = [(change, getattr(change, direction)) for change in changes.changes.values()]
    connection = session.connection()
    # Children first when removing rows, parents first when adding them.
    for change, state in sorted(wanted, key=lambda pair: -order[pair[0].table]):
        if state is None:
            table = tables[change.table]
            condition = [column == value for column, value in zip(table.primary_key.columns, change.key, strict=True)]
            connection.execute(delete(table).where(*condition))
    for change, state in sorted(wanted, key=lambda pair: order[pair[0].table]):
        if state is None:
            continue
        table = tables[change.table]
        if _stored_row(session, table, change.key) is None:
            connection.execute(insert(table).values(**state))
        else:
            condition = [column == value for column, value in zip(table.primary_key.columns, change.key, strict=True)]
            connection.execute(update(table).where(*condition).values(**state))
    session.expire_all()
