"""What calendars need to remember between exports: the database's own UID
part, and for each item sent the hash of what was said and its SEQUENCE.

A calendar client keeps an item by its UID and takes a copy with a higher
SEQUENCE as the newer one; so an item keeps its UID for ever and its
SEQUENCE rises by one whenever what a calendar says about it changes.
"""

from __future__ import annotations

import secrets
from datetime import UTC, datetime

from sqlalchemy import select
from sqlmodel import Session, col

from planner.db.models import CalendarIdentity, CalendarItemState

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
    query for what was sent before, one flush for what changed."""
    now = (now or datetime.now(UTC)).astimezone(UTC).replace(tzinfo=None)
    uids = list(contents)
    known: dict[str, CalendarItemState] = {}
    for start in range(0, len(uids), 500):  # below SQLite's limit of bound values
        chunk = uids[start : start + 500]
        known.update(
            (state.uid, state)
            for state in session.scalars(select(CalendarItemState).where(col(CalendarItemState.uid).in_(chunk)))
        )
    sequences = {}
    for uid, content_hash in contents.items():
        state = known.get(uid)
        if state is None:
            session.add(CalendarItemState(uid=uid, content_hash=content_hash, sequence=0, updated_at=now))
        elif state.content_hash != content_hash:
            state.content_hash = content_hash
            state.sequence += 1
            state.updated_at = now
        sequences[uid] = 0 if state is None else state.sequence
    session.flush()
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
