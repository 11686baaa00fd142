"""The memory of messages made from templates: each one sent by mail or
written to a file is recorded right after the server took it or the file
was written, and shown with the participant and in the person's history."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import select
from sqlmodel import Session, col

from planner.db.models import Event, MessageSent

MAIL = "mail"  # handed to the mail server
FILE = "file"  # written as an .eml file for the user's own mail program


@dataclass(frozen=True)
class SentMessage:
    """One message as the window and the command line show it."""

    event_id: int
    event_title: str
    person_id: int | None
    email: str
    template: str
    subject: str
    attachments: tuple[str, ...]
    how: str
    sent_at: datetime  # UTC

    def describe(self) -> str:
        """ "Tue 13 Mar 2018 09:00 UTC: 'Reminder' sent by mail, with Itinerary.pdf"."""
        how = "sent by mail" if self.how == MAIL else "written to a file"
        attached = f", with {', '.join(self.attachments)}" if self.attachments else ""
        return f"{self.sent_at:%a %d %b %Y %H:%M} UTC: '{self.template}' {how}{attached}"


def record_message(
    session: Session,
    event_id: int,
    *,
    person_id: int | None,
    email: str,
    template: str,
    subject: str,
    attachments: Sequence[str],
    how: str,
    now: datetime | None = None,
) -> None:
    """Note one message that went out."""
    if how not in (MAIL, FILE):
        raise ValueError(f"how a message went out is {MAIL!r} or {FILE!r}, not {how!r}")
    sent_at = (now or datetime.now(UTC)).astimezone(UTC).replace(tzinfo=None, microsecond=0)
    session.add(
        MessageSent(
            event_id=event_id,
            person_id=person_id,
            email=email,
            template=template,
            subject=subject,
            attachments=list(attachments),
            how=how,
            sent_at=sent_at,
        )
    )
    session.flush()


def _shown(row: MessageSent, title: str) -> SentMessage:
    return SentMessage(
        row.event_id,
        title,
        row.person_id,
        row.email,
        row.template,
        row.subject,
        tuple(row.attachments),
        row.how,
        row.sent_at,
    )


def messages_to_person(session: Session, person_id: int) -> list[SentMessage]:
    """Every message sent to the person, newest first, with its event."""
    rows = session.execute(
        select(MessageSent, col(Event.title))
        .join(Event, col(Event.id) == col(MessageSent.event_id))
        .where(col(MessageSent.person_id) == person_id)
        .order_by(col(MessageSent.sent_at).desc(), col(MessageSent.id).desc())
    )
    return [_shown(row, title) for row, title in rows]


def messages_of_event(session: Session, event_id: int) -> dict[int, list[SentMessage]]:
    """The event's messages by person, newest first."""
    event = session.get(Event, event_id)
    title = event.title if event is not None else ""
    rows = session.scalars(
        select(MessageSent)
        .where(col(MessageSent.event_id) == event_id, col(MessageSent.person_id).is_not(None))
        .order_by(col(MessageSent.sent_at).desc(), col(MessageSent.id).desc())
    )
    found: dict[int, list[SentMessage]] = {}
    for row in rows:
        assert row.person_id is not None
        found.setdefault(row.person_id, []).append(_shown(row, title))
    return found
