"""Events checked out to a laptop copy: the simple rule that keeps two
organisers from changing the same event apart.

- On the server, an event checked out to someone's copy is theirs until
  they check it in: every other write to it is refused, naming who has it
  and since when.
- On a laptop copy, the shared events not checked out to it are a copy to
  read: a change to one is refused until it is checked out.
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import text
from sqlmodel import Session, col, select

from planner.db.models import CopyOrigin, Event, EventCheckout
from planner.errors import PlannerError
from planner.services import change_log
from planner.services.change_set import ChangeSet
from planner.services.language import say


class CheckedOut(PlannerError):
    """A write to an event that this database may not change now."""


def origin(session: Session) -> CopyOrigin | None:
    """Where this laptop copy came from; None for a database of its own."""
    return session.exec(select(CopyOrigin)).first()


def checked_out(session: Session) -> dict[int, EventCheckout]:
    """The events checked out: away from this server, or to this copy."""
    return {row.event_id: row for row in session.exec(select(EventCheckout))}


def refuse_checked_out(session: Session, changes: ChangeSet) -> None:
    """Refuse (``CheckedOut``) work that changes an event this database may
    not change: one checked out to a laptop (on the server), or one not
    checked out to this copy (on a laptop)."""
    touched = changes.event_ids() | _events_through_parents(session, changes)
    if not touched:
        return
    if origin(session) is not None:
        mine = set(session.exec(select(EventCheckout.event_id).where(col(EventCheckout.event_id).in_(touched))))
        for event_id in sorted(touched - mine):
            raise CheckedOut(
                say(
                    "{event} is a copy of the shared event; check it out to change it",
                    event=_title(session, event_id),
                )
            )
        return
    for row in session.exec(select(EventCheckout).where(col(EventCheckout.event_id).in_(touched))):
        raise CheckedOut(
            say(
                "{event} is checked out by {author} to {copy} since {time} UTC; nothing was changed",
                event=_title(session, row.event_id),
                author=row.author or say("someone"),
                copy=row.copy_name,
                time=f"{row.since:%Y-%m-%d %H:%M}",
            )
        )


# Rows with no event of their own, and the row that names it: who was
# present (a participation), who speaks (an agenda item).
_PARENTS = {"participation_id": "participation", "item_id": "agenda_item"}


def _events_through_parents(session: Session, changes: ChangeSet) -> set[int]:
    found: set[int] = set()
    for change in changes.changes.values():
        for state in (change.before, change.after):
            if not state or "event_id" in state:
                continue
            for column, parent in _PARENTS.items():
                if state.get(column) is not None:
                    event_id = (
                        session.connection()
                        .execute(text(f"SELECT event_id FROM {parent} WHERE id = :id"), {"id": state[column]})
                        .scalar()
                    )
                    if event_id is not None:
                        found.add(int(event_id))
    return found


def _title(session: Session, event_id: int) -> str:
    event = session.get(Event, event_id)
    return f"‘{event.title}’" if event is not None else say("Event {number}", number=event_id)


def hold(server: Session, event_id: int, copy_name: str) -> EventCheckout:
    """Mark ``event_id`` checked out to ``copy_name`` on the server, or
    refuse when someone else has it."""
    held = server.get(EventCheckout, event_id)
    if held is not None and held.copy_name != copy_name:
        raise CheckedOut(
            say(
                "{event} is already checked out by {author} to {copy} since {time} UTC",
                event=_title(server, event_id),
                author=held.author or say("someone"),
                copy=held.copy_name,
                time=f"{held.since:%Y-%m-%d %H:%M}",
            )
        )
    if held is not None:
        return held
    if server.get(Event, event_id) is None:
        raise CheckedOut(say("No event numbered {number}", number=event_id))
    now = datetime.now(UTC).replace(tzinfo=None)
    row = EventCheckout(event_id=event_id, author=change_log.author(server), copy_name=copy_name, since=now)
    server.add(row)
    return row


def check_out(server: Session, laptop: Session, event_id: int, copy_name: str) -> EventCheckout:
    """Mark ``event_id`` checked out on the server and on the copy, or
    refuse when someone else has it."""
    if laptop.get(Event, event_id) is None:
        raise CheckedOut(
            say("{place}: holds no copy of event {number}; take a new copy", place=copy_name, number=event_id)
        )
    row = hold(server, event_id, copy_name)
    if laptop.get(EventCheckout, event_id) is None:
        laptop.add(EventCheckout(event_id=event_id, author=row.author, copy_name=copy_name, since=row.since))
    return row


def release(server: Session, laptop: Session, copy_name: str) -> list[int]:
    """Give back every event checked out to the copy: the server's
    organisers may change them again, the copy may not."""
    released = []
    for row in server.exec(select(EventCheckout).where(col(EventCheckout.copy_name) == copy_name)):
        released.append(row.event_id)
        server.delete(row)
    for row in laptop.exec(select(EventCheckout)):
        laptop.delete(row)
    return sorted(released)


def release_event(server: Session, event_id: int, copy_name: str) -> None:
    """Give back one event held for a copy that could not be made."""
    row = server.get(EventCheckout, event_id)
    if row is not None and row.copy_name == copy_name:
        server.delete(row)
