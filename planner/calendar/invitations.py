"""Invitations as e-mail messages, and sending them over SMTP.

Each invited participant gets one message: From the event's organiser
(``organiser_email``), To the participant, a plain-text body repeating the
essentials (dates, venue, their role, the agenda in brief), and the
invitation as an alternative part ``text/calendar; method=REQUEST`` (the
same .ics also attached as ``invite.ics``, which Outlook likes). A
cancellation is the same with ``method=CANCEL`` and STATUS:CANCELLED.

The invitation calendar holds ONE VEVENT for the event as a whole: from the
first agenda item's start to the last one's end in the event's zone when
there is an agenda, else all-day over the event's days. Its UID is
``invitation-<event id>.<database uid>@planner``: stable per event, and
apart from the event's UID in the published .ics (whose SEQUENCE is
counted separately; sharing the UID would make one overwrite the other in a
calendar that holds both). ORGANIZER is the organiser; the one ATTENDEE is
the recipient with ROLE (OPT-PARTICIPANT for observers, REQ-PARTICIPANT for
everyone else), PARTSTAT=NEEDS-ACTION and RSVP=TRUE. SEQUENCE comes from
``services.invitations``: per address, one more with every change sent.
"""

from __future__ import annotations

import hashlib
import re
import smtplib
import ssl
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime
from email import policy
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from typing import TYPE_CHECKING

from icalendar import Event as VEvent
from icalendar import vCalAddress

from planner.calendar.builder import CalendarBuilder, all_day
from planner.calendar.event_calendar import _status, _venue
from planner.errors import PlannerError
from planner.services import agenda, directory, events
from planner.services import invitations as memory
from planner.services.common import id_of
from planner.services.invitations import CANCEL, REQUEST, Target
from planner.services.labels import label
from planner.services.vocabulary import EventStatus, Role

if TYPE_CHECKING:
    from sqlmodel import Session

    from planner.db.models import Event

OPTIONAL_ROLES = frozenset({Role.OBSERVER.value})


@dataclass(frozen=True)
class Invitation:
    """One message to one address, and what to record once it is sent."""

    target: Target
    uid: str
    sequence: int
    content_hash: str
    due: bool  # not sent in this form yet
    message: EmailMessage

    @property
    def recipient(self) -> str:
        return f"{self.target.name} <{self.target.email}>" if self.target.name else self.target.email

    @property
    def kind(self) -> str:
        if self.target.method == CANCEL:
            return "cancellation"
        return "update" if self.target.record is not None else "invitation"


def _day(day: date) -> str:
    return f"{day:%a} {day.day} {day:%b %Y}"


def _when(event: Event, entries: list[agenda.AgendaEntry]) -> str:
    if entries:
        first, last = entries[0].starts_at, max(entry.ends_at for entry in entries)
        if first.date() == last.date():
            return f"{_day(first)}, {first:%H:%M}–{last:%H:%M} ({event.timezone})"
        return f"{_day(first)} {first:%H:%M} – {_day(last)} {last:%H:%M} ({event.timezone})"
    if event.starts_on == event.ends_on:
        return _day(event.starts_on)
    return f"{_day(event.starts_on)} – {_day(event.ends_on)}"


def _agenda_in_brief(entries: list[agenda.AgendaEntry], person_id: int | None) -> list[str]:
    lines: list[str] = []
    day = None
    for entry in entries:
        if entry.day != day:
            day = entry.day
            lines.append(_day(day))
        parts = []
        if person_id is not None and any(speaker.id == person_id for speaker in entry.speakers):
            parts.append("you speak")
        if person_id is not None and entry.moderator and entry.moderator.id == person_id:
            parts.append("you moderate")
        mine = f"  ({', '.join(parts)})" if parts else ""
        lines.append(f"  {entry.starts_at:%H:%M}–{entry.ends_at:%H:%M}  {entry.title}{mine}")
    return lines


def essentials(session: Session, event: Event, target: Target, entries: list[agenda.AgendaEntry]) -> str:
    """The key facts, for the DESCRIPTION and the mail body."""
    lines = [event.title, "", f"When: {_when(event, entries)}"]
    if _venue(event):
        lines.append(f"Where: {', '.join(_venue(event) + ([event.venue_country] if event.venue_country else []))}")
    if target.method == REQUEST and target.role:
        lines.append(f"Your role: {label(target.role)}")
    host = events.host_name(session, event)
    if host:
        lines.append(f"Host: {host}")
    lines.append(f"Organiser: {event.organiser_email}")
    if entries and target.method == REQUEST:
        lines += ["", "Agenda in brief:", *_agenda_in_brief(entries, target.person_id)]
    return "\n".join(lines)


def _organiser_name(session: Session, event: Event) -> str:
    person = directory.find_person_by_email(session, event.organiser_email)
    if person is not None and person.full_name:
        return person.full_name
    return events.host_name(session, event) or event.title


def _calendar(
    session: Session,
    event: Event,
    target: Target,
    entries: list[agenda.AgendaEntry],
    description: str,
    organiser: str,
    now: datetime | None,
) -> tuple[CalendarBuilder, VEvent, str, str]:
    """The calendar and its VEVENT without DTSTAMP and SEQUENCE; its UID
    and the hash of what it says."""
    builder = CalendarBuilder(session, event.title, method=target.method, now=now)
    component = VEvent()
    component.add("SUMMARY", event.title)
    if entries:
        component.add("DTSTART", builder.at(entries[0].starts_at, event.timezone))
        component.add("DTEND", builder.at(max(entry.ends_at for entry in entries), event.timezone))
    else:
        all_day(component, event.starts_on, event.ends_on)
    if _venue(event):
        component.add("LOCATION", ", ".join(_venue(event)))
    component.add("DESCRIPTION", description)
    component.add("STATUS", "CANCELLED" if target.method == CANCEL else _status(event))
    address = vCalAddress(f"mailto:{event.organiser_email}")
    address.params["CN"] = organiser
    component.add("ORGANIZER", address)
    attendee = vCalAddress(f"mailto:{target.email}")
    if target.name:
        attendee.params["CN"] = target.name
    attendee.params["CUTYPE"] = "INDIVIDUAL"
    attendee.params["ROLE"] = "OPT-PARTICIPANT" if target.role in OPTIONAL_ROLES else "REQ-PARTICIPANT"
    attendee.params["PARTSTAT"] = "NEEDS-ACTION"
    attendee.params["RSVP"] = "TRUE" if target.method == REQUEST else "FALSE"
    component.add("ATTENDEE", attendee)
    uid = builder.uid("invitation", id_of(event))
    component.add("UID", uid)
    content_hash = hashlib.sha256(target.method.encode() + b"\n" + component.to_ical()).hexdigest()
    return builder, component, uid, content_hash


def _body(event: Event, target: Target, facts: str, organiser: str) -> str:
    greeting = f"Dear {target.name}," if target.name else "Hello,"
    if target.method == CANCEL:
        if event.status == EventStatus.CANCELLED.value:
            intro = f"{event.title} has been cancelled. Please remove it from your calendar."
        else:
            intro = f"Your invitation to {event.title} is withdrawn. Please remove it from your calendar."
    elif target.record is not None:
        intro = f"The details of {event.title} have changed. Here is the updated invitation."
    else:
        intro = f"You are invited to {event.title}."
    closing = (
        "Please accept or decline with your calendar (the invitation is attached as invite.ics)."
        if target.method == REQUEST
        else ""
    )
    parts = [greeting, "", intro, "", facts, ""]
    if closing:
        parts += [closing, ""]
    parts += ["Best regards,", organiser, ""]
    return "\n".join(parts)


def _subject(event: Event, target: Target, when: str) -> str:
    if target.method == CANCEL:
        return f"Cancelled: {event.title} ({when})"
    prefix = "Updated invitation" if target.record is not None else "Invitation"
    return f"{prefix}: {event.title} ({when})"


def _message(
    event: Event, target: Target, organiser: str, subject: str, body: str, ics: bytes, now: datetime
) -> EmailMessage:
    message = EmailMessage(policy=policy.SMTP)
    message["From"] = Address(organiser, addr_spec=event.organiser_email)
    message["To"] = Address(target.name, addr_spec=target.email)
    message["Subject"] = subject
    message["Date"] = format_datetime(now)
    message["Message-ID"] = make_msgid(domain=event.organiser_email.rpartition("@")[2] or None)
    message.set_content(body, cte="quoted-printable")
    params = {"method": target.method, "charset": "UTF-8"}
    message.add_alternative(ics, maintype="text", subtype="calendar", params=params)
    message.add_attachment(ics, maintype="text", subtype="calendar", filename="invite.ics", params=params)
    return message


def invitations(session: Session, event_id: int, *, now: datetime | None = None) -> tuple[list[Invitation], list[str]]:
    """The message for every address that holds or is to hold the event's
    invitation (``due`` says which are to be sent now), and the names of
    participants left out for want of an e-mail address."""
    event = events.get_event(session, event_id)
    events.require_in_years(session, event)
    if not event.organiser_email.strip():
        raise PlannerError(
            f"event {event.id} ('{event.title}'): organiser_email is empty; "
            "set the organiser's e-mail address, invitations are sent from it"
        )
    now = (now or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
    entries = agenda.agenda_entries(session, id_of(event))
    organiser = _organiser_name(session, event)
    targets, without_address = memory.targets(session, event)
    made = []
    for target in targets:
        facts = essentials(session, event, target, entries)
        builder, component, uid, content_hash = _calendar(session, event, target, entries, facts, organiser, now)
        due = memory.due_sequence(target, content_hash)
        if due is None and target.method == CANCEL:
            continue  # told already
        sequence = memory.current_sequence(target, content_hash)
        component.add("DTSTAMP", builder.now)
        component.add("SEQUENCE", sequence)
        builder.calendar.add_component(component)
        ics = builder.to_ical()
        message = _message(
            event,
            target,
            organiser,
            _subject(event, target, _when(event, entries)),
            _body(event, target, facts, organiser),
            ics,
            now,
        )
        made.append(Invitation(target, uid, sequence, content_hash, due is not None, message))
    return made, without_address


def record(session: Session, event_id: int, invitation: Invitation, *, now: datetime | None = None) -> None:
    """Note that ``invitation`` was accepted by the mail server."""
    memory.record_sent(
        session,
        event_id,
        invitation.target,
        uid=invitation.uid,
        sequence=invitation.sequence,
        content_hash=invitation.content_hash,
        now=now,
    )


def file_name(name: str, taken: set[str]) -> str:
    """``Paweł-Łoś.eml``: the name in characters safe in a file name, made
    unique among ``taken`` (which it joins)."""
    stem = re.sub(r"[^\w.-]+", "-", name, flags=re.UNICODE).strip("-.") or "participant"
    candidate, number = f"{stem}.eml", 2
    while candidate.lower() in taken:
        candidate, number = f"{stem}-{number}.eml", number + 1
    taken.add(candidate.lower())
    return candidate


# -- SMTP ----------------------------------------------------------------------


class SendFailed(Exception):
    """One message was not accepted; the message says why, in one line.
    ``connection_lost``: the server is gone, the next ones cannot be sent."""

    def __init__(self, reason: str, *, connection_lost: bool = False):
        super().__init__(reason)
        self.connection_lost = connection_lost


def parse_server(value: str) -> tuple[str, int]:
    host, _, port = value.rpartition(":")
    if not host or not port.isdigit() or not 0 < int(port) < 65536:
        raise PlannerError(f"--smtp {value}: give the mail server as HOST:PORT, e.g. mail.example.org:587")
    return host.strip("[]"), int(port)


class _Connection(smtplib.SMTP):
    # The server as HOST:PORT, for send()'s refusals that hold for the whole session.
    planner_where = "mail server"


@contextmanager
def smtp_connection(
    host: str,
    port: int,
    *,
    starttls: bool = False,
    user: str | None = None,
    password: str | None = None,
    timeout: float = 30,
) -> Iterator[smtplib.SMTP]:
    """A connection to the mail server, logged in when ``user`` is given;
    failures become one-line PlannerErrors."""
    where = f"{host}:{port}"
    try:
        connection = _Connection(host, port, timeout=timeout)
    except (OSError, smtplib.SMTPException) as error:
        raise PlannerError(f"{where}: cannot connect to the mail server ({_reason(error)})") from None
    try:
        try:
            connection.ehlo()
            if starttls:
                if not connection.has_extn("starttls"):
                    raise PlannerError(f"{where}: the mail server does not offer STARTTLS")
                connection.starttls(context=ssl.create_default_context())
                connection.ehlo()
            if user:
                connection.login(user, password or "")
        except smtplib.SMTPAuthenticationError as error:
            raise PlannerError(f"{where}: the mail server refused the login of {user} ({_reason(error)})") from None
        except smtplib.SMTPNotSupportedError:
            if not starttls and connection.has_extn("starttls"):
                raise PlannerError(
                    f"{where}: the mail server requires STARTTLS before logging in (use --starttls)"
                ) from None
            raise PlannerError(f"{where}: the mail server does not support logging in (try --starttls)") from None
        except UnicodeEncodeError:  # smtplib sends AUTH credentials as ASCII only
            raise PlannerError(
                f"{where}: cannot log in as {user}: the user name and password must be ASCII for SMTP login"
            ) from None
        except (OSError, smtplib.SMTPException, ssl.SSLError) as error:
            raise PlannerError(f"{where}: the mail server failed ({_reason(error)})") from None
        connection.planner_where = where  # for send()'s session-wide refusals
        yield connection
    finally:
        try:
            connection.quit()
        except (OSError, smtplib.SMTPException):
            connection.close()


def _reason(error: BaseException) -> str:
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        codes = [f"{code} {_text(text)}" for code, text in error.recipients.values()]
        return "refused by the mail server: " + "; ".join(codes)
    if isinstance(error, smtplib.SMTPResponseException):
        return f"{error.smtp_code} {_text(error.smtp_error)}"
    if isinstance(error, OSError) and error.strerror:
        return error.strerror
    return str(error) or type(error).__name__


def _text(value: bytes | str) -> str:
    text = value.decode("utf-8", "replace") if isinstance(value, bytes) else str(value)
    return " ".join(text.split())


def send(connection: smtplib.SMTP, invitation: Invitation, sender: str) -> None:
    """Hand one message to the server; SendFailed says why it was not taken.
    A lost connection is raised as SendFailed too, and ``connection`` is
    then unusable."""
    try:
        refused = connection.send_message(invitation.message, from_addr=sender, to_addrs=[invitation.target.email])
    except smtplib.SMTPServerDisconnected as error:
        raise SendFailed(
            f"the connection to the mail server was lost ({_reason(error)})", connection_lost=True
        ) from None
    except smtplib.SMTPSenderRefused as error:
        if error.smtp_code == 530:
            # 530 5.7.0 to MAIL FROM: STARTTLS (RFC 3207) or a login (RFC 4954)
            # is required for the whole session; no message can be sent.
            where = getattr(connection, "planner_where", "mail server")
            needed = (
                "STARTTLS (use --starttls)" if "starttls" in _reason(error).lower() else "logging in (use --smtp-user)"
            )
            raise PlannerError(
                f"{where}: the mail server requires {needed} before sending ({_reason(error)})"
            ) from None
        raise SendFailed(_reason(error)) from None
    except smtplib.SMTPException as error:  # (a subclass of OSError) the server said no to this one
        raise SendFailed(_reason(error)) from None
    except OSError as error:
        raise SendFailed(
            f"the connection to the mail server was lost ({_reason(error)})", connection_lost=True
        ) from None
    if refused:
        raise SendFailed(_reason(smtplib.SMTPRecipientsRefused(refused)))
