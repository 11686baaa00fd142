"""What calendars need to remember between exports: the database's own UID
part, and for each item sent the hash of what was said and its SEQUENCE.

A calendar client keeps an item by its UID and takes a copy with a higher
SEQUENCE as the newer one; so an item keeps its UID for ever and its
SEQUENCE rises by one whenever what a calendar says about it changes.
"""

from __future__ import annotations

import secrets
from datetime import UTC, datetime

from sqlalchemy import insert, select
from sqlmodel import Session, col

from planner.db.models import CalendarIdentity, CalendarItemState
from planner.services import bulk, history

UID_DOMAIN = "planner"


def database_uid(session: Session) -> str:
    """The random part of this database's UIDs, made on first use."""
    row = session.scalars(select(CalendarIdentity).order_by(col(CalendarIdentity.id))).first()
    if row is None:
        row = CalendarIdentity(database_uid=secrets.token_hex(8))
        session.add(row)
        session.flush()
    return row.database_uid


def item_uid(session: Session, kind: str, row_id: int, database: str | None = None) -> str:
    """``agenda-item-123.<database uid>@planner``: the row id keeps it
    stable across edits, the database part apart from other databases.
    (SQLite may give a deleted last row's id to a new row; the new item then
    takes over the UID and a higher SEQUENCE, which replaces the gone one.)
    ``database``: the database's UID part, when the caller has it already."""
    return f"{kind}-{row_id}.{database or database_uid(session)}@{UID_DOMAIN}"


def next_sequence(session: Session, uid: str, content_hash: str, now: datetime | None = None) -> int:
    """The SEQUENCE to send ``uid`` with: 0 the first time, the last one
    again while the content is the same, one more when it changed."""
    now = (now or datetime.now(UTC)).astimezone(UTC).replace(tzinfo=None)
    state = session.get(CalendarItemState, uid)
    if state is None:
        session.add(CalendarItemState(uid=uid, content_hash=content_hash, sequence=0, updated_at=now))
        session.flush()
        return 0
    if state.content_hash != content_hash:
        state.content_hash = content_hash
        state.sequence += 1
        state.updated_at = now
        session.flush()
    return state.sequence


def next_sequences(session: Session, contents: dict[str, str], now: datetime | None = None) -> dict[str, int]:
    """``next_sequence`` for many UIDs (uid → content hash) at once: one
    query for what was sent before, one statement for the items sent for
    the first time and one for those that changed. A calendar of hundreds
    of items records them without an object each (recorded for undo)."""
    now = (now or datetime.now(UTC)).astimezone(UTC).replace(tzinfo=None)
    table = bulk.table_of(CalendarItemState)
    session.flush()  # an item the session recorded already is read here
    connection = session.connection()
    uids = list(contents)
    known: dict[str, bulk.Row] = {}
    for start in range(0, len(uids), 500):  # below SQLite's limit of bound values
        chunk = uids[start : start + 500]
        known.update(
            (row["uid"], row)
            for row in history.as_dicts(connection.execute(select(table).where(table.c.uid.in_(chunk))))
        )
    sequences = {}
    added: list[bulk.Row] = []
    before: list[bulk.Row] = []
    changes: list[bulk.Row] = []
    for uid, content_hash in contents.items():
        row = known.get(uid)
        if row is None:
            added.append({"uid": uid, "content_hash": content_hash, "sequence": 0, "updated_at": now})
            sequences[uid] = 0
        elif row["content_hash"] != content_hash:
            before.append(row)
            changes.append({"content_hash": content_hash, "sequence": row["sequence"] + 1, "updated_at": now})
            sequences[uid] = row["sequence"] + 1
        else:
            sequences[uid] = row["sequence"]
    if added:
        # Every column is given: the rows are as the database holds them.
        connection.execute(insert(table), added)
        history.written(session, table, [None] * len(added), list(added))
    bulk.update_rows(session, CalendarItemState, before, changes)
    return sequences


def was_sent(session: Session, uid: str) -> bool:
    """Whether a calendar has carried ``uid`` before (a done action that was
    sent as open is sent again as completed)."""
    return session.get(CalendarItemState, uid) is not None


def sent_uids(session: Session, prefix: str = "") -> list[str]:
    """UIDs sent before, e.g. to cancel those an export no longer holds."""
    query = select(col(CalendarItemState.uid))
    if prefix:
        query = query.where(col(CalendarItemState.uid).startswith(prefix))
    return list(session.scalars(query.order_by(col(CalendarItemState.uid))))
