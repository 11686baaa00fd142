"""What a unit of work changed, so it can be undone and redone safely.

``record(session)`` watches a session: for every row the unit of work
inserts, updates or deletes it keeps the row as it was before and, once
``finish()`` is called, as it is after. Rows the database itself deletes or
clears (``ON DELETE CASCADE`` and ``SET NULL``) are found by walking the
foreign keys of the schema, so an owner's rows are never listed by hand and
a new table is covered the day its foreign key is declared.

``replay(session, changes, "before")`` puts the rows back as they were
(undo); ``"after"`` as the work left them (redo). It first checks that every
row still holds what the other side left there: a row changed, added or
deleted since by someone else (a command, another Planner) is never
overwritten; the replay is refused with ``ReplayRefused`` naming the row.
An update writes back only the columns the work changed, so a change made
meanwhile to another column of the same row stays. What is written back
must then pass the same rules as an edit (``records.check_row``).

Work that writes many rows at once through SQLAlchemy Core (an import of
thousands of participants) bypasses the session's flushes: it tells the
recorder what it wrote with ``written(session, table, before, after)``, so
the record is made from what was written instead of reading each row back.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from typing import Any

from sqlalchemy import Connection, Result, Table, bindparam, delete, event, insert, inspect, select, tuple_, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import UOWTransaction
from sqlalchemy.orm.exc import StaleDataError
from sqlmodel import Session, SQLModel

from planner.errors import PlannerError
from planner.services.change_set import Change, ChangeSet, Direction, Key, PrimaryKey, Row
from planner.services.language import say

__all__ = ["Change", "ChangeSet", "Direction", "Key", "PrimaryKey", "Row"]

# The column counted up by every change of a row (models.Versioned).
VERSION = "version"

# Rows are looked up this many keys at a time (SQLite's limit on variables
# is far above it; the queries stay short).
CHUNK = 500


class UnfollowedKey(Exception):
    """The schema holds a foreign key undo cannot follow (a programming
    error caught by the schema tests, never met by a user)."""


class ReplayRefused(PlannerError):
    """An undo or redo that would overwrite what someone else changed, or
    write back what the rules no longer accept; nothing was changed."""


# -- the schema's foreign keys -------------------------------------------------


@dataclass(frozen=True)
class Dependent:
    """A foreign key that the database follows when a row it refers to is
    deleted: the child rows go with it (CASCADE) or lose the reference
    (SET NULL)."""

    child: Table
    column: str  # in the child
    referred: str  # the parent's column it refers to
    on_delete: str  # "CASCADE" or "SET NULL"


@cache
def dependents(table_name: str) -> tuple[Dependent, ...]:
    """The foreign keys of the schema that point at ``table_name`` with a
    delete action the database carries out by itself."""
    found = []
    for child in SQLModel.metadata.sorted_tables:
        for constraint in child.foreign_key_constraints:
            if constraint.referred_table.name != table_name:
                continue
            action = (constraint.ondelete or "").upper()
            if action not in ("CASCADE", "SET NULL"):
                continue  # RESTRICT or NO ACTION: the delete fails instead
            if len(constraint.elements) != 1:
                # Planner's schema has none; a migration adding one must teach undo to follow it.
                raise UnfollowedKey(f"{child.name}: a foreign key of several columns, which undo does not follow")
            element = constraint.elements[0]
            found.append(Dependent(child, element.parent.name, element.column.name, action))
    return tuple(found)


def following_tables(table_name: str) -> set[str]:
    """Every table whose rows the database deletes or clears, directly or
    further down, when a row of ``table_name`` is deleted."""
    found: set[str] = set()
    waiting = [table_name]
    while waiting:
        for dependent in dependents(waiting.pop()):
            if dependent.child.name not in found:
                found.add(dependent.child.name)
                if dependent.on_delete == "CASCADE":
                    waiting.append(dependent.child.name)
    return found


def forget_followers(session: Session, table_name: str) -> None:
    """After deleting a row of ``table_name``, the rows the database took
    along or cleared may still sit in the session as they were: those gone
    are let go of, those cleared are read again when next used."""
    followers = following_tables(table_name)
    connection = session.connection()
    for row in list(session.identity_map.values()):
        table = _table_of(row)
        if table.name not in followers:
            continue
        key = inspect(row).identity
        if key is None or _stored_row(connection, table, tuple(key)) is None:
            session.expunge(row)
        else:
            session.expire(row)


def _table(name: str) -> Table:
    return SQLModel.metadata.tables[name]


def _table_of(row: object) -> Table:
    """The table a mapped row is stored in (its model's ``__table__``)."""
    table: Table = inspect(row).mapper.local_table
    return table


@cache
def _key_names(table: Table) -> tuple[str, ...]:
    """The names of the key's columns (going through the table's column
    collection each time costs more than the rest of recording a row)."""
    return tuple(column.name for column in table.primary_key.columns)


def _key_of(table: Table, values: Row) -> PrimaryKey:
    return tuple(values[name] for name in _key_names(table))


def _key_condition(table: Table, key: PrimaryKey) -> list[Any]:
    return [column == value for column, value in zip(table.primary_key.columns, key, strict=True)]


def _stored_row(connection: Connection, table: Table, key: PrimaryKey) -> Row | None:
    found = connection.execute(select(table).where(*_key_condition(table, key))).mappings().first()
    return dict(found) if found is not None else None


def as_dicts(result: Result[Any]) -> list[Row]:
    """A result's rows as dictionaries (column → value), made in one go:
    a dictionary of each row's mapping costs as much again, for thousands."""
    names = list(result.keys())
    return [dict(zip(names, row, strict=True)) for row in result.all()]


def stored_rows(connection: Connection, table: Table, keys: Iterable[PrimaryKey]) -> dict[PrimaryKey, Row]:
    """The rows of ``table`` with these keys as stored, by key (those not
    there left out): a query per CHUNK keys, not one per row."""
    columns = list(table.primary_key.columns)
    wanted = list(dict.fromkeys(keys))
    found: dict[PrimaryKey, Row] = {}
    for chunk in _chunks(wanted):
        if len(columns) == 1:
            condition = columns[0].in_([key[0] for key in chunk])
        else:
            condition = tuple_(*columns).in_(chunk)
        for values in as_dicts(connection.execute(select(table).where(condition))):
            found[_key_of(table, values)] = values
    return found


def _chunks(values: list[Any]) -> Iterator[list[Any]]:
    for start in range(0, len(values), CHUNK):
        yield values[start : start + CHUNK]


def rows_that_follow(connection: Connection, table: Table, rows: Iterable[Row]) -> Iterator[tuple[Dependent, Row]]:
    """Every row the database deletes (CASCADE) or clears (SET NULL) when
    ``rows`` of ``table`` are deleted, all the way down, with the foreign key
    that reaches it."""
    level: list[tuple[Table, list[Row]]] = [(table, list(rows))]
    while level:
        following: list[tuple[Table, list[Row]]] = []
        for parent, parent_rows in level:
            for dependent in dependents(parent.name):
                values = sorted({row[dependent.referred] for row in parent_rows} - {None}, key=repr)
                found: list[Row] = []
                column = dependent.child.columns[dependent.column]
                for chunk in _chunks(values):
                    found += [
                        dict(row)
                        for row in connection.execute(select(dependent.child).where(column.in_(chunk))).mappings()
                    ]
                for row in found:
                    yield dependent, row
                if found and dependent.on_delete == "CASCADE":
                    following.append((dependent.child, found))
        level = following


# -- recording -----------------------------------------------------------------


# Where a session keeps the recorder watching it (``Session.info``).
_RECORDER = "planner.history.recorder"


class Recorder:
    """Keeps the rows a session's unit of work changes; ``finish()`` gives them."""

    def __init__(self, session: Session):
        self.session = session
        self.result = ChangeSet()
        # Rows whose state after the work their writer told (``written``):
        # not read back, unless the session changes them again later.
        self.known: dict[Key, Row | None] = {}
        session.info[_RECORDER] = self
        event.listen(session, "before_flush", self._before_flush)
        event.listen(session, "after_flush", self._after_flush)

    def _remember(self, table: Table, key: PrimaryKey, before: Row | None) -> None:
        self.result.changes.setdefault((table.name, key), Change(table.name, key, before))

    def _before_flush(self, session: Session, _context: UOWTransaction, _instances: object) -> None:
        # Rows about to change or go: their state in the database is the "before".
        connection = session.connection()
        going = session.deleted  # an identity set: rows compare by identity
        touched: dict[str, tuple[Table, list[tuple[PrimaryKey, bool]]]] = {}
        for row in list(session.dirty) + list(going):
            state = inspect(row)
            if state.key is None:
                continue
            table = _table_of(row)
            touched.setdefault(table.name, (table, []))[1].append((state.key[1], row in going))
        deleted: dict[str, tuple[Table, list[Row]]] = {}
        for table, keys in touched.values():
            stored = stored_rows(connection, table, [key for key, _gone in keys])
            for key, gone in keys:
                self.known.pop((table.name, key), None)  # changed again: read back at the end
                if (table.name, key) not in self.result.changes:
                    self._remember(table, key, stored.get(key))
                if gone and key in stored:
                    deleted.setdefault(table.name, (table, []))[1].append(stored[key])
        # What the database deletes or clears along with them.
        for table, rows in deleted.values():
            for dependent, child in rows_that_follow(connection, table, rows):
                self._remember(dependent.child, _key_of(dependent.child, child), child)

    def _after_flush(self, session: Session, _context: UOWTransaction) -> None:
        # New rows have their keys now; they did not exist before.
        for row in session.new:
            table = _table_of(row)
            self._remember(
                table,
                _key_of(table, {column.name: getattr(row, column.name) for column in table.primary_key.columns}),
                None,
            )

    def written(self, table: Table, before: list[Row | None], after: list[Row | None]) -> None:
        for old, new in zip(before, after, strict=True):
            key = _key_of(table, old if old is not None else new or {})
            self._remember(table, key, old)
            self.known[(table.name, key)] = new

    def touched(self, table: Table, before: list[Row]) -> None:
        for row in before:
            key = _key_of(table, row)
            self._remember(table, key, row)
            self.known.pop((table.name, key), None)

    def finish(self) -> ChangeSet:
        self.session.flush()
        event.remove(self.session, "before_flush", self._before_flush)
        event.remove(self.session, "after_flush", self._after_flush)
        self.session.info.pop(_RECORDER, None)
        connection = self.session.connection()
        unknown: dict[str, list[PrimaryKey]] = {}
        for key, change in self.result.changes.items():
            if key in self.known:
                change.after = self.known[key]
            else:
                unknown.setdefault(change.table, []).append(change.key)
        for table_name, keys in unknown.items():
            stored = stored_rows(connection, _table(table_name), keys)
            for key in keys:
                self.result.changes[(table_name, key)].after = stored.get(key)
        return self.result


def record(session: Session) -> Recorder:
    return Recorder(session)


def written(session: Session, table: Table, before: list[Row | None], after: list[Row | None]) -> None:
    """Tell the recorder watching ``session`` (if one is) about rows written
    without the session: each row as it was (None: it was added) and as
    it is now (None: it was deleted), every column, as the database holds
    it (so that undo finds it unchanged). Rows the database deletes or clears along with deleted ones
    must be told too (``rows_that_follow``)."""
    recorder = session.info.get(_RECORDER)
    if isinstance(recorder, Recorder):
        recorder.written(table, before, after)


def touched(session: Session, table: Table, before: list[Row]) -> None:
    """Tell the recorder watching ``session`` (if one is) about rows changed
    without the session, as they were: how they are is read at the end."""
    recorder = session.info.get(_RECORDER)
    if isinstance(recorder, Recorder):
        recorder.touched(table, before)


def watched(session: Session) -> bool:
    """Whether a recorder keeps what ``session`` changes (worth telling)."""
    return isinstance(session.info.get(_RECORDER), Recorder)


# -- replaying -----------------------------------------------------------------


@dataclass
class _Step:
    change: Change
    table: Table
    want: Row | None  # the state to write
    left: Row | None  # the state the other side left, which must still be there
    now: Row | None  # the state in the database now


def replay(session: Session, changes: ChangeSet, direction: Direction, label: str = "") -> None:
    """Make every recorded row as it was ``before`` the work or ``after``
    it, if the rows still hold what the other side left; else refuse with
    ``ReplayRefused`` and change nothing (the caller rolls back)."""
    from planner.services import records  # the rules of every table: they build on this module's callers

    other: Direction = "after" if direction == "before" else "before"
    if direction == "before":
        heading = say("Cannot undo “{label}”", label=label) if label else say("Cannot undo this")
    else:
        heading = say("Cannot redo “{label}”", label=label) if label else say("Cannot redo this")
    connection = session.connection()
    wanted = []
    keys: dict[str, list[PrimaryKey]] = {}
    for change in changes.changes.values():
        want, left = getattr(change, direction), getattr(change, other)
        if want == left:
            continue
        wanted.append((change, want, left))
        keys.setdefault(change.table, []).append(change.key)
    now = {name: stored_rows(connection, _table(name), table_keys) for name, table_keys in keys.items()}
    steps = [
        _Step(change, _table(change.table), want, left, now[change.table].get(change.key))
        for change, want, left in wanted
    ]
    for step in steps:
        problem = _changed_since(session, step)
        if problem:
            raise ReplayRefused(say("{heading}: {problem}. Nothing was changed.", heading=heading, problem=problem))
    _refuse_lost_dependents(session, connection, steps, heading)
    order = {table.name: index for index, table in enumerate(SQLModel.metadata.sorted_tables)}
    try:
        # New rows first (parents before children), so that updates may refer
        # to them; then updates, so that references leave the rows that go;
        # deletions last (children before parents). Rows of one table are
        # written together, in one statement for each kind of change.
        parents_first = sorted(steps, key=lambda step: order[step.table.name])
        _insert_all(connection, [step for step in parents_first if step.now is None and step.want is not None])
        _update_all(connection, [step for step in parents_first if step.now is not None and step.want is not None])
        children_first = sorted(steps, key=lambda step: -order[step.table.name])
        _delete_all(connection, [step for step in children_first if step.want is None])
    except IntegrityError as error:
        # A reference to a row deleted meanwhile, or a value now taken by another row.
        raise ReplayRefused(
            say(
                "{heading}: rows it would write back clash with changes made elsewhere since ({error}). "
                "Nothing was changed.",
                heading=heading,
                error=error.orig,
            )
        ) from None
    kept: dict[str, list[_Step]] = {}
    for step in steps:
        if step.want is not None:
            kept.setdefault(step.table.name, []).append(step)
    for name, table_steps in kept.items():
        back = stored_rows(connection, _table(name), [step.change.key for step in table_steps])
        rows = [back.get(step.change.key) or step.want or {} for step in table_steps]
        for step, problem in zip(table_steps, records.rules_broken(session, name, rows), strict=True):
            if problem:
                raise ReplayRefused(
                    say(
                        "{heading}: {row}: {problem}. Nothing was changed.",
                        heading=heading,
                        row=records.describe(session, name, step.want or {}),
                        problem=problem,
                    )
                )
    session.expire_all()


def _runs(steps: list[_Step], same: Any) -> Iterator[list[_Step]]:
    """``steps`` cut where ``same(step)`` changes: the runs written by one statement."""
    run: list[_Step] = []
    for step in steps:
        if run and same(run[-1]) != same(step):
            yield run
            run = []
        run.append(step)
    if run:
        yield run


def _key_parameters(key: PrimaryKey) -> Row:
    return {f"k_{index}": value for index, value in enumerate(key)}


def _by_key(table: Table) -> list[Any]:
    return [column == bindparam(f"k_{index}") for index, column in enumerate(table.primary_key.columns)]


def _insert_all(connection: Connection, steps: list[_Step]) -> None:
    for run in _runs(steps, lambda step: step.table.name):
        connection.execute(insert(run[0].table), [step.want or {} for step in run])


def _update_all(connection: Connection, steps: list[_Step]) -> None:
    def what(step: _Step) -> tuple[str, tuple[str, ...]]:
        return step.table.name, tuple(name for name in step.change.changed_columns() if name != VERSION)

    for run in _runs(steps, what):
        table, columns = run[0].table, what(run[0])[1]
        if not columns:
            continue  # only its version differed
        statement = update(table).where(*_by_key(table)).values({name: bindparam(f"v_{name}") for name in columns})
        versioned = VERSION in table.columns
        if versioned:
            # Counted up, never put back, from the version just read: a save
            # by someone else in between leaves the row unmatched.
            statement = statement.where(table.c.version == bindparam("seen_version")).values(
                {VERSION: table.c.version + 1}
            )
        parameters = []
        for step in run:
            assert step.want is not None  # an update
            values = {f"v_{name}": step.want[name] for name in columns}
            if versioned:
                assert step.now is not None
                values["seen_version"] = step.now[VERSION]
            parameters.append(values | _key_parameters(step.change.key))
        result = connection.execute(statement, parameters)
        if versioned and connection.dialect.supports_sane_multi_rowcount and result.rowcount != len(parameters):
            raise StaleDataError(f"UPDATE statement on table '{table.name}' matched fewer rows than read")


def _delete_all(connection: Connection, steps: list[_Step]) -> None:
    for run in _runs(steps, lambda step: step.table.name):
        table = run[0].table
        connection.execute(delete(table).where(*_by_key(table)), [_key_parameters(step.change.key) for step in run])


def _changed_since(session: Session, step: _Step) -> str:
    """Why the row no longer holds what the other side left ("" if it does)."""
    from planner.services import records

    if step.left is None:
        if step.now is not None:
            return say("{row} was added elsewhere since", row=records.describe(session, step.table.name, step.now))
        return ""
    if step.now is None:
        return say("{row} was deleted elsewhere since", row=records.describe(session, step.table.name, step.left))
    columns = list(step.left) if step.want is None else step.change.changed_columns()
    # The version is counted up by every change, this replay's too: the values tell.
    differ = [name for name in columns if name != VERSION and step.now.get(name) != step.left.get(name)]
    if not differ:
        return ""
    shown = ", ".join(records.column_change(name, step.now[name]) for name in differ[:3])
    return say(
        "{row} was changed elsewhere since ({changes})",
        row=records.describe(session, step.table.name, step.left),
        changes=shown,
    )


def _refuse_lost_dependents(session: Session, connection: Connection, steps: list[_Step], heading: str) -> None:
    """Deleting a row takes the rows that depend on it along (the database
    cascades): each of them must be one the replay itself deletes or clears,
    never one added elsewhere since."""
    from planner.services import records

    handled = {(step.table.name, step.change.key) for step in steps}
    going: dict[str, tuple[Table, list[Row]]] = {}
    for step in steps:
        if step.want is None and step.now is not None:
            going.setdefault(step.table.name, (step.table, []))[1].append(step.now)
    for table, rows in going.values():
        for dependent, child in rows_that_follow(connection, table, rows):
            if (dependent.child.name, _key_of(dependent.child, child)) not in handled:
                parent = next(row for row in rows if row[dependent.referred] == child[dependent.column])
                raise ReplayRefused(
                    say(
                        "{heading}: {row} now also has {other}, added elsewhere since. Nothing was changed.",
                        heading=heading,
                        row=records.describe(session, table.name, parent),
                        other=records.describe(session, dependent.child.name, child),
                    )
                )
