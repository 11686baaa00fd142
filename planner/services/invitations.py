"""Invitations by e-mail: who is invited to an event, what was sent to whom,
and what needs sending now.

Who is invited: the event's participants with an e-mail address whose
status is not declined or cancelled (and nobody while the event itself is
cancelled). What each address was last sent is kept in ``InvitationSent``:
the invitation's UID, SEQUENCE, method and a hash of what it said. So a run
sends a REQUEST to someone new, an updated REQUEST (same UID, SEQUENCE + 1)
to someone whose invitation now says something else, and a CANCEL to an
address that holds a REQUEST and is no longer invited: the event was
cancelled, or the participant was taken off the list or set to cancelled.
A participant who declined gets nothing more. SEQUENCE is counted per
address: each recipient's copy rises by one with every change they are sent.

Each message is recorded in its own unit of work right after the mail
server accepted it (``record_sent``), so a send that fails half-way leaves
a true record and the next run sends only what is missing.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import select
from sqlmodel import Session, col

from planner.db.enums import EventStatus, ParticipationStatus
from planner.db.models import Event, InvitationSent, Participation, Person
from planner.services.common import id_of
from planner.services.participants import NOT_COMING

REQUEST = "REQUEST"
CANCEL = "CANCEL"

# Participants who get no invitation: they said no, or were called off.


@dataclass(frozen=True)
class Sent:
    """What was last sent to an address, as plain values (usable after the
    unit of work that read it has ended)."""

    id: int
    method: str
    sequence: int
    content_hash: str


@dataclass(frozen=True)
class Target:
    """An address that holds, or is to hold, this event's invitation."""

    email: str
    name: str
    person_id: int | None
    role: str  # the participation's role; "" when they no longer take part
    method: str  # REQUEST (invited) or CANCEL (to be told it is off)
    record: Sent | None  # what was last sent to this address
    language: str = ""  # the person's preferred language ("": not known, so English)


def sent_records(session: Session, event_id: int) -> dict[str, InvitationSent]:
    """What was last sent for the event, by address (lower case)."""
    rows = session.scalars(select(InvitationSent).where(col(InvitationSent.event_id) == event_id))
    return {row.email.lower(): row for row in rows}


def _sent(row: InvitationSent | None) -> Sent | None:
    return None if row is None else Sent(id_of(row), row.method, row.sequence, row.content_hash)


def targets(session: Session, event: Event) -> tuple[list[Target], list[str]]:
    """Everyone invited now (REQUEST) and every address to be told the
    invitation is off (CANCEL, only where a REQUEST was sent), by name; and
    the names of invited participants without an e-mail address."""
    records = sent_records(session, id_of(event))
    cancelled_event = event.status == EventStatus.CANCELLED.value
    rows = session.execute(
        select(Participation, Person)
        .join(Person, col(Person.id) == col(Participation.person_id))
        .where(col(Participation.event_id) == event.id)
        .order_by(col(Person.family_name), col(Person.given_name), col(Person.id))
    ).all()
    invited: list[Target] = []
    without_address: list[str] = []
    declined: set[int] = set()
    roles: dict[int, str] = {}
    for participation, person in rows:
        roles[id_of(person)] = participation.role
        if participation.status == ParticipationStatus.DECLINED.value:
            declined.add(id_of(person))
        if cancelled_event or participation.status in NOT_COMING:
            continue
        if not person.email:
            without_address.append(person.full_name or f"person {person.id}")
            continue
        invited.append(
            Target(
                person.email,
                person.full_name,
                person.id,
                participation.role,
                REQUEST,
                _sent(records.get(person.email.lower())),
                person.language,
            )
        )
    invited_addresses = {target.email.lower() for target in invited}
    cancels = []
    for address, record in sorted(records.items()):
        if record.method != REQUEST or address in invited_addresses:
            continue
        if not cancelled_event and record.person_id in declined:
            continue  # they said no themselves: nothing more to tell them
        person = session.get(Person, record.person_id) if record.person_id is not None else None
        name = person.full_name if person is not None else ""
        role = roles.get(record.person_id, "") if record.person_id is not None else ""
        language = person.language if person is not None else ""
        cancels.append(Target(record.email, name, record.person_id, role, CANCEL, _sent(record), language))
    return invited + cancels, without_address


def due_sequence(target: Target, content_hash: str) -> int | None:
    """The SEQUENCE to send ``target`` its message with, or None when it
    has it already: 0 the first time, one more than last time when what it
    says changed (or it was cancelled and is invited again)."""
    record = target.record
    if record is None:
        return 0 if target.method == REQUEST else None
    if record.method == target.method and (target.method == CANCEL or record.content_hash == content_hash):
        return None
    return record.sequence + 1


def current_sequence(target: Target, content_hash: str) -> int:
    """The SEQUENCE the target's message has now, due or not (for a preview)."""
    due = due_sequence(target, content_hash)
    if due is not None:
        return due
    return target.record.sequence if target.record is not None else 0


def record_sent(
    session: Session,
    event_id: int,
    target: Target,
    *,
    uid: str,
    sequence: int,
    content_hash: str,
    now: datetime | None = None,
) -> None:
    """Note that the mail server accepted ``target``'s message."""
    now = (now or datetime.now(UTC)).astimezone(UTC).replace(tzinfo=None, microsecond=0)
    row = session.scalars(
        select(InvitationSent).where(
            col(InvitationSent.event_id) == event_id, col(InvitationSent.email) == target.email
        )
    ).first()
    if row is None and target.record is not None:
        row = session.get(InvitationSent, target.record.id)
    if row is None:
        row = InvitationSent(event_id=event_id, email=target.email, uid=uid, content_hash=content_hash, sent_at=now)
        session.add(row)
    row.person_id = target.person_id
    row.uid = uid
    row.sequence = sequence
    row.method = target.method
    row.content_hash = content_hash
    row.sent_at = now
    session.flush()
