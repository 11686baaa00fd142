"""Who changed what, and when: one entry of ``change_log`` for every row an
operation adds, changes or removes, written in the operation's unit of
work; and what several organisers on one shared database need of it.

- An edit made over a row someone else changed since the window last read
  it is refused (``refuse_newer``), naming the row, who and when; an edit of
  other fields of that row is let through (the update writes only its own
  fields, so both are kept).
- On PostgreSQL each unit of work tells the other Planners what it changed
  (``NOTIFY planner_changes``), once it is committed; ``change_feed`` hears it.
- Entries name the fields changed, never their values: nothing personal is
  kept twice, and erasing a person leaves nothing of them here.
"""

from __future__ import annotations

import getpass
import json
import secrets
import weakref
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import Engine, func, insert, text
from sqlmodel import Session, SQLModel, col, select

from planner.db.models import ChangeLog
from planner.services import records
from planner.services.change_set import Change, ChangedElsewhere, ChangeSet, Seen, chosen_author, set_author
from planner.services.language import say

__all__ = ["set_author"]

CHANNEL = "planner_changes"
# Each open database's mark on what it tells the others, so that a window
# does not read again what it changed itself. Random: it says nothing of anyone.
_MARKS: weakref.WeakKeyDictionary[Engine, str] = weakref.WeakKeyDictionary()


def mark_of(engine: Engine) -> str:
    """The mark of the Planner that writes through ``engine`` on its news."""
    return _MARKS.setdefault(engine, secrets.token_hex(8))


# The columns an entry never names: counted by the database itself.
UNNAMED = frozenset({"id", "version"})


def author(session: Session) -> str:
    """Who the entries are recorded under: the name set in Preferences,
    else the database's user name on a server, the computer's for a file."""
    if chosen_author():
        return chosen_author()
    connection = session.connection()
    if connection.dialect.name == "postgresql":
        return str(connection.execute(text("SELECT session_user")).scalar())
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no user name the system knows
        return ""


def _logged(change: Change) -> bool:
    """Rows of the tables organisers edit (those with a version), really changed."""
    return change.before != change.after and "version" in (change.before or change.after or {})


def _fields(change: Change) -> list[str]:
    if change.before is None or change.after is None:
        return []
    return [name for name in change.changed_columns() if name not in UNNAMED]


def _action(change: Change) -> str:
    return "added" if change.before is None else "removed" if change.after is None else "changed"


def _event_of(change: Change) -> int | None:
    state = change.after or change.before or {}
    if change.table == "event":
        return state.get("id")
    return state.get("event_id")


def note(session: Session, changes: ChangeSet) -> list[int]:
    """Record who changed each row of ``changes`` (the ids of the entries),
    and on a server tell the other Planners once the work is committed."""
    logged = [change for change in changes.changes.values() if _logged(change)]
    if not logged:
        return []
    now = datetime.now(UTC).replace(tzinfo=None)
    who = author(session)
    rows = [
        {
            "happened_at": now,
            "author": who,
            "table_name": change.table,
            "row_id": change.key[0],
            "event_id": _event_of(change),
            "action": _action(change),
            "fields": " ".join(_fields(change)),
        }
        for change in logged
    ]
    connection = session.connection()
    table = ChangeLog.__table__  # type: ignore[attr-defined]
    # One statement for thousands of rows (an import), as the rows were written.
    if connection.dialect.insert_executemany_returning:
        ids = list(connection.execute(insert(table).returning(table.c.id), rows).scalars())
    else:  # an SQLite older than 3.35: one at a time
        ids = [(connection.execute(insert(table), row).inserted_primary_key or (0,))[0] for row in rows]
    if connection.dialect.name == "postgresql":
        events = sorted({row["event_id"] for row in rows if row["event_id"] is not None})
        payload = {
            "by": mark_of(connection.engine),
            "upto": max(ids),
            "tables": sorted({row["table_name"] for row in rows}),
            # A long list is not sent (a NOTIFY holds 8000 bytes): every event is read again.
            "events": events if len(events) <= 100 else [],
        }
        connection.execute(
            text("SELECT pg_notify(:channel, :payload)"), {"channel": CHANNEL, "payload": json.dumps(payload)}
        )
    return ids


def latest(session: Session) -> int:
    """The last entry of the log (0: none yet): how far a window has seen."""
    return int(session.execute(select(func.coalesce(func.max(ChangeLog.id), 0))).scalar_one())


def refuse_newer(session: Session, changes: ChangeSet, seen: Seen) -> None:
    """Refuse (``ChangedElsewhere``) work that changed a row someone else
    added to, changed or removed after ``seen``: the same fields of it, or
    the row at all when either removes it. Changes to other fields of the
    same row are both kept."""
    mine = {(change.table, change.key[0]): change for change in changes.changes.values() if _logged(change)}
    if not mine:
        return
    since = min([seen.mark, *(mark for _table, _row, mark in seen.held)])
    query = select(ChangeLog).where(col(ChangeLog.id) > since).order_by(col(ChangeLog.id))
    for entry in session.exec(query):
        change = mine.get((entry.table_name, entry.row_id))
        if change is None or entry.id in seen.own or (entry.id or 0) <= seen.mark_of(entry.table_name, entry.row_id):
            continue
        theirs = set(entry.fields.split())
        both_changed = entry.action == "changed" and change.before is not None and change.after is not None
        if both_changed and not theirs & set(_fields(change)):
            continue  # other fields: both kept
        row = change.before or change.after or {}
        named = ", ".join(records.COLUMN_NAMES.get(name, name.replace("_", " ")) for name in sorted(theirs))
        raise ChangedElsewhere(
            say(
                "{row} was changed by {author} at {time} UTC ({fields}) after you last saw it; nothing was changed",
                row=records.describe(session, entry.table_name, row),
                author=entry.author or say("someone"),
                time=f"{entry.happened_at:%Y-%m-%d %H:%M}",
                fields=named or _ACTIONS[entry.action](),
            ),
            sorted({entry.table_name}),
            [entry.event_id] if entry.event_id is not None else [],
        )


def last_change(session: Session, table: str, row_id: int) -> ChangeLog | None:
    """The newest entry of a row: who saved over the version a refused save read."""
    query = (
        select(ChangeLog)
        .where(col(ChangeLog.table_name) == table, col(ChangeLog.row_id) == row_id)
        .order_by(col(ChangeLog.id).desc())
    )
    return session.exec(query).first()


@dataclass(frozen=True)
class Entry:
    """One line of an event's history, as the window shows it."""

    happened_at: datetime  # UTC
    author: str
    what: str  # "the agenda item ‘Welcome’"
    action: str  # added, changed, removed
    fields: str  # the fields changed, as a message names them


def event_history(session: Session, event_id: int, limit: int = 500) -> list[Entry]:
    """The changes of ``event_id``'s rows, newest first."""
    from planner.services import history

    query = select(ChangeLog).where(col(ChangeLog.event_id) == event_id).order_by(col(ChangeLog.id).desc()).limit(limit)
    entries = list(session.exec(query))
    connection = session.connection()
    found: list[Entry] = []
    for entry in entries:
        table = history._table(entry.table_name)
        row = history.stored_rows(connection, table, [(entry.row_id,)]).get((entry.row_id,))
        what = records.describe(session, entry.table_name, row) if row is not None else _gone(entry.table_name)
        fields = ", ".join(records.COLUMN_NAMES.get(name, name.replace("_", " ")) for name in entry.fields.split())
        found.append(Entry(entry.happened_at, entry.author, what, entry.action, fields))
    return found


_ACTIONS = {
    "added": lambda: say("added"),
    "changed": lambda: say("changed"),
    "removed": lambda: say("removed"),
}


def action_words(action: str) -> str:
    """ "added", "changed", "removed", in the user's language."""
    return _ACTIONS[action]() if action in _ACTIONS else action


def changed_meanwhile(session: Session, table: str, row_id: int | None) -> ChangedElsewhere:
    """The refusal of a save over a version of a row someone else saved
    while this one was being made (the version check of the update)."""
    from planner.services import history

    row = None
    if row_id is not None and table in SQLModel.metadata.tables:
        row = history.stored_rows(session.connection(), history._table(table), [(row_id,)]).get((row_id,))
    found = last_change(session, table, row_id) if row_id is not None else None
    what = records.describe(session, table, row) if row is not None else say("a row of {table}", table=table)
    return ChangedElsewhere(
        say(
            "{row} was changed by {author} at {time} UTC while you were saving; nothing was changed",
            row=what,
            author=(found.author if found is not None and found.author else say("someone")),
            time=f"{found.happened_at:%Y-%m-%d %H:%M}" if found is not None else "?",
        ),
        [table],
        [found.event_id] if found is not None and found.event_id is not None else [],
    )


def _gone(table: str) -> str:
    return say("a row of {table} since removed", table=table.replace("_", " "))
