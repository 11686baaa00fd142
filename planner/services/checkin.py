"""A laptop copy checked back in: what was changed on the road (the copy's
own change log says which rows) carried to the server, merged with what
the other organisers changed there meanwhile (the server's log since the
copy was taken).

- A field both sides changed is a conflict: listed with both values, who
  changed it on the server and when; the server's value stays and the
  laptop's is kept in the list, never lost.
- A row added on the laptop keeps its number unless the server gave it to
  another row meanwhile: then it gets a new one, and the rows added with it
  refer to that.
- A row removed on the laptop is removed, unless someone changed it on the
  server since (a conflict).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Table, delete, insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, SQLModel, col
from sqlmodel import select as select_model

from planner.db.copying import SETTINGS, rows_of_events, sequences_past_copied_keys
from planner.db.models import ChangeLog, CopyOrigin
from planner.errors import PlannerError
from planner.services import change_log, checkouts, records
from planner.services.change_set import Change, ChangeSet
from planner.services.language import say

_BOOKKEEPING = frozenset({"change_log", "copy_origin", "event_checkout"})


@dataclass
class _Net:
    """All the log says of one row since a mark: how it began and ended,
    which fields changed, and the last hand on it."""

    first: str
    last: str
    fields: set[str] = field(default_factory=set)
    author: str = ""
    happened_at: datetime | None = None


@dataclass(frozen=True)
class Conflict:
    what: str  # "the agenda item ‘Welcome’"
    fields: tuple[str, ...]  # as a message names them
    laptop: tuple[Any, ...]  # the laptop's values of those fields (nothing: removed on the laptop)
    server: tuple[Any, ...]
    author: str  # who changed it on the server
    happened_at: datetime | None  # when (UTC)
    # "laptop" or "server": the row is gone there; what the server would not
    # take: "clash" (an added row), "refused" (a change), "kept" (a removal).
    removed_on: str = ""

    def line(self) -> str:
        when = f"{self.happened_at:%Y-%m-%d %H:%M}" if self.happened_at else "?"
        if self.removed_on == "server":
            return say(
                "{row}: changed on the laptop ({both}), but removed on the server by {author} at {time} UTC",
                row=self.what,
                both="; ".join(f"{name}: {value!r}" for name, value in zip(self.fields, self.laptop, strict=True)),
                author=self.author or say("someone"),
                time=when,
            )
        if self.removed_on == "refused":
            return say(
                "{row}: changed on the laptop ({both}), but the server would not take it (another row has the same, "
                "or it refers to a row the server lacks); kept as on the server",
                row=self.what,
                both="; ".join(f"{name}: {value!r}" for name, value in zip(self.fields, self.laptop, strict=True)),
            )
        if self.removed_on == "kept":
            return say(
                "{row}: removed on the laptop, but other rows on the server still refer to it; kept on the server",
                row=self.what,
            )
        if self.removed_on == "clash":
            return say(
                "{row}: added on the laptop, but the server holds one like it (or lacks what it refers to); "
                "not added ({both})",
                row=self.what,
                both="; ".join(f"{name}: {value!r}" for name, value in zip(self.fields, self.laptop, strict=True)),
            )
        if self.removed_on == "laptop":
            return say(
                "{row}: removed on the laptop, but changed on the server by {author} at {time} UTC; kept on the server",
                row=self.what,
                author=self.author or say("someone"),
                time=when,
            )
        both = "; ".join(
            say("{field}: laptop {laptop}, server {server}", field=name, laptop=repr(mine), server=repr(theirs))
            for name, mine, theirs in zip(self.fields, self.laptop, self.server, strict=True)
        )
        return say(
            "{row}: changed on the server by {author} at {time} UTC; the server's value was kept ({both})",
            row=self.what,
            author=self.author or say("someone"),
            time=when,
            both=both,
        )


@dataclass
class CheckedIn:
    added: int = 0
    changed: int = 0
    removed: int = 0
    # Rows the change log does not follow (speakers, attendance, messages
    # sent): made as on the laptop for the events checked out to it.
    in_step: int = 0
    conflicts: list[Conflict] = field(default_factory=list)
    released: list[int] = field(default_factory=list)


def _net(session: Session, after: int) -> dict[tuple[str, int], _Net]:
    found: dict[tuple[str, int], _Net] = {}
    for entry in session.exec(select_model(ChangeLog).where(col(ChangeLog.id) > after).order_by(col(ChangeLog.id))):
        key = (entry.table_name, entry.row_id)
        net = found.setdefault(key, _Net(entry.action, entry.action))
        net.last = entry.action
        net.fields |= set(entry.fields.split()) - change_log.UNNAMED
        net.author, net.happened_at = entry.author, entry.happened_at
    return found


def _row(session: Session, table: Table, row_id: int) -> dict[str, Any] | None:
    found = session.connection().execute(select(table).where(table.c.id == row_id)).mappings().first()
    return dict(found) if found is not None else None


def check_in(laptop: Session, server: Session, copy_name: str) -> CheckedIn:
    """Carry the laptop's changes to the server in ``server``'s unit of
    work (the caller commits it, or not for a dry run), and release the
    events checked out to the copy."""
    origin = checkouts.origin(laptop)
    if origin is None:
        raise PlannerError(say("{place}: is not a copy of chosen events of a shared database", place=copy_name))
    ours = _net(laptop, origin.copy_mark)
    theirs = _net(server, origin.server_mark)
    done = CheckedIn()
    changes = ChangeSet()
    renumbered: dict[str, dict[int, int]] = {}
    tables = [table for table in SQLModel.metadata.sorted_tables if table.name not in _BOOKKEEPING]
    connection = server.connection()

    refused: dict[str, set[int]] = {}  # rows added on the laptop that the server would not take

    def refers_to_refused(table: Table, row: dict[str, Any]) -> bool:
        return any(row.get(key.parent.name) in refused.get(key.column.table.name, set()) for key in table.foreign_keys)

    def remapped(table: Table, row: dict[str, Any]) -> dict[str, Any]:
        for key in table.foreign_keys:
            moved = renumbered.get(key.column.table.name, {})
            if row.get(key.parent.name) in moved:
                row[key.parent.name] = moved[row[key.parent.name]]
        return row

    for table in tables:
        for (name, row_id), mine in sorted(ours.items()):
            if name != table.name or mine.last == "removed":
                continue
            row = _row(laptop, table, row_id)
            if row is None:
                continue
            if mine.first == "added" and refers_to_refused(table, row):
                refused.setdefault(table.name, set()).add(row_id)
                done.conflicts.append(_not_added(laptop, table, row_id, row))
                continue
            row = remapped(table, row)
            if mine.first == "added":
                try:
                    with connection.begin_nested():  # refused alone, listed, when the server holds one like it
                        if _row(server, table, row_id) is not None:  # its number was given to another row meanwhile
                            del row["id"]
                            row["id"] = connection.execute(insert(table).values(row).returning(table.c.id)).scalar_one()
                            renumbered.setdefault(table.name, {})[row_id] = row["id"]
                        else:
                            connection.execute(insert(table).values(row))
                except IntegrityError:
                    refused.setdefault(table.name, set()).add(row_id)
                    done.conflicts.append(_not_added(laptop, table, row_id, row))
                    continue
                changes.changes[(table.name, (row["id"],))] = Change(table.name, (row["id"],), None, row)
                done.added += 1
                continue
            current = _row(server, table, row_id)
            other = theirs.get((name, row_id))
            if current is None:
                named = sorted(mine.fields)
                done.conflicts.append(
                    Conflict(
                        records.describe(laptop, table.name, row),
                        tuple(records.COLUMN_NAMES.get(n, n.replace("_", " ")) for n in named),
                        tuple(row.get(n) for n in named),
                        (),
                        other.author if other else "",
                        other.happened_at if other else None,
                        "server",
                    )
                )
                continue
            clash = sorted(mine.fields & other.fields) if other is not None else []
            if clash:
                done.conflicts.append(
                    Conflict(
                        records.describe(server, table.name, current),
                        tuple(records.COLUMN_NAMES.get(n, n.replace("_", " ")) for n in clash),
                        tuple(row[n] for n in clash),
                        tuple(current[n] for n in clash),
                        other.author if other else "",
                        other.happened_at if other else None,
                    )
                )
            values = {n: row[n] for n in sorted(mine.fields - set(clash)) if n in row and row[n] != current[n]}
            if not values:
                continue
            values["version"] = current["version"] + 1
            taken = not refers_to_refused(table, values)
            if taken:
                try:
                    with connection.begin_nested():  # refused alone when it would break the server's rules
                        connection.execute(update(table).where(table.c.id == row_id).values(values))
                except IntegrityError:
                    taken = False
            if not taken:
                named = [n for n in values if n != "version"]
                done.conflicts.append(
                    Conflict(
                        records.describe(server, table.name, current),
                        tuple(records.COLUMN_NAMES.get(n, n.replace("_", " ")) for n in named),
                        tuple(values[n] for n in named),
                        tuple(current[n] for n in named),
                        "",
                        None,
                        "refused",
                    )
                )
                continue
            changes.changes[(table.name, (row_id,))] = Change(table.name, (row_id,), current, current | values)
            done.changed += 1
    _unversioned_rows(laptop, server, origin, tables, remapped, refers_to_refused, done)
    for table in reversed(tables):
        for (name, row_id), mine in sorted(ours.items()):
            if name != table.name or mine.last != "removed" or mine.first == "added":
                continue
            current = _row(server, table, row_id)
            if current is None:
                continue  # removed on the server too
            other = theirs.get((name, row_id))
            if other is not None:
                done.conflicts.append(
                    Conflict(
                        records.describe(server, table.name, current),
                        (),
                        (),
                        (),
                        other.author,
                        other.happened_at,
                        "laptop",
                    )
                )
                continue
            try:
                with connection.begin_nested():
                    connection.execute(delete(table).where(table.c.id == row_id))
            except IntegrityError:
                done.conflicts.append(
                    Conflict(records.describe(server, table.name, current), (), (), (), "", None, "kept")
                )
                continue
            changes.changes[(table.name, (row_id,))] = Change(table.name, (row_id,), current, None)
            done.removed += 1
    sequences_past_copied_keys(connection)
    change_log.note(server, changes)
    done.released = checkouts.release(server, laptop, copy_name)
    # What a later check-in carries starts here; the copy is read-only again.
    kept = laptop.get(CopyOrigin, origin.id)
    if kept is not None:
        kept.copy_mark = change_log.latest(laptop)
        kept.server_mark = change_log.latest(server)
        kept.copied_at = datetime.now(UTC).replace(tzinfo=None)
        laptop.add(kept)
    return done


def _not_added(laptop: Session, table: Table, row_id: int, row: dict[str, Any]) -> Conflict:
    """A row added on the laptop that the server would not take, with its values."""
    named = [n for n in row if n not in change_log.UNNAMED and not n.endswith("_id")]
    return Conflict(
        records.describe(laptop, table.name, _row(laptop, table, row_id) or row),
        tuple(records.COLUMN_NAMES.get(n, n.replace("_", " ")) for n in named),
        tuple(row[n] for n in named),
        (),
        "",
        None,
        "clash",
    )


def _part_not_added(table: Table, row: dict[str, Any]) -> Conflict:
    """A row without a version of its own (a presence, a speaker) the server would not take."""
    named = [n for n in row if not n.endswith("_id") and n != "id"]
    return Conflict(
        say("a row of {table}", table=table.name.replace("_", " ")),
        tuple(records.COLUMN_NAMES.get(n, n.replace("_", " ")) for n in named),
        tuple(row[n] for n in named),
        (),
        "",
        None,
        "clash",
    )


def _unversioned_rows(
    laptop: Session,
    server: Session,
    origin: CopyOrigin,
    tables: list[Table],
    remapped: Callable[[Table, dict[str, Any]], dict[str, Any]],
    refers_to_refused: Callable[[Table, dict[str, Any]], bool],
    done: CheckedIn,
) -> None:
    """The rows of the events checked out to the copy that carry no version
    (who speaks in an item, who was present, what was sent), which the
    change log does not follow: added and changed as on the laptop; removed
    only for events already checked out when the copy was taken, since
    nobody else could have added any to the server meanwhile."""
    held = {row.event_id: row for row in checkouts.checked_out(laptop).values()}
    if not held:
        return
    connection = server.connection()
    mine = rows_of_events(laptop.connection(), sorted(held))
    theirs = rows_of_events(connection, sorted(held))
    # Still held on the server (not given back meanwhile), since before the copy was taken.
    still = checkouts.checked_out(server)
    locked = all(
        row.since <= origin.copied_at and event_id in still and still[event_id].copy_name == row.copy_name
        for event_id, row in held.items()
    )
    for table in tables:
        if "version" in table.c or table.name in SETTINGS:
            continue
        keys = list(table.primary_key.columns)
        waiting = [dict(r) for r in mine[table.name]]
        mine[table.name] = [r for r in waiting if not refers_to_refused(table, r)]
        for row in waiting:
            if refers_to_refused(table, row):  # it would be put on another row the server has under that number
                done.conflicts.append(_part_not_added(table, row))
        laptop_rows = {
            tuple(row[c.name] for c in keys): row for row in (remapped(table, dict(r)) for r in mine[table.name])
        }
        server_rows = {tuple(row[c.name] for c in keys): row for row in theirs[table.name]}
        for key, row in laptop_rows.items():
            if key in server_rows:
                if row != server_rows[key]:
                    connection.execute(
                        update(table).where(*[c == v for c, v in zip(keys, key, strict=True)]).values(row)
                    )
                    done.in_step += 1
                continue
            single = len(keys) == 1 and keys[0].autoincrement and keys[0].type.python_type is int
            taken = connection.execute(select(table).where(*[c == v for c, v in zip(keys, key, strict=True)])).first()
            if taken is not None and not single:
                continue  # the same row already there, outside these events
            if taken is not None:
                row = {name: value for name, value in row.items() if name != keys[0].name}
            try:
                with connection.begin_nested():  # one that refers to a row the server would not take
                    connection.execute(insert(table).values(row))
            except IntegrityError:
                done.conflicts.append(_part_not_added(table, row))
                continue
            done.in_step += 1
        if locked:
            for key in set(server_rows) - set(laptop_rows):
                connection.execute(delete(table).where(*[c == v for c, v in zip(keys, key, strict=True)]))
                done.in_step += 1
