"""Invitations as e-mail messages, and sending them over SMTP.

Each invited participant gets one message: From the event's organiser
(``organiser_email``), To the participant, a plain-text body repeating the
essentials (dates, venue, their role, the agenda in brief), and the
invitation as an alternative part ``text/calendar; method=REQUEST``. The
same .ics is attached as ``invite.ics`` of type ``application/ics``, not
as a second text/calendar part: some clients take two parts with a method
for two invitations. A cancellation is the same with ``method=CANCEL`` and
STATUS:CANCELLED.

The invitation calendar holds ONE VEVENT for the event as a whole: over
several days it is all-day over them (a timed block would keep the nights
busy too); on one day it is the agenda's span in the event's zone, or the
whole day without an agenda. Its UID is
``invitation-<event id>.<database uid>@planner``: stable per event, and
apart from the event's UID in the published .ics (whose SEQUENCE is
counted separately; sharing the UID would make one overwrite the other in a
calendar that holds both). ORGANIZER is the organiser; the one ATTENDEE is
the recipient with ROLE (OPT-PARTICIPANT for observers, REQ-PARTICIPANT for
everyone else), PARTSTAT=NEEDS-ACTION and RSVP=TRUE. SEQUENCE comes from
``services.invitations``: per address, one more with every change sent.

Mail sent by someone for the organiser (``sender``) is From the sender,
Reply-To the organiser, and its ORGANIZER says SENT-BY the sender
(RFC 5545), so that replies still go to the organiser.

The subject, the body and the calendar's DESCRIPTION are written in the
recipient's preferred language (``Person.language``; English when it is not
known), dates with its weekday and month names; the event's title and
places stay as typed.

An address with letters outside ASCII before the @ is written in UTF-8
headers (RFC 6532); sending it needs a server with SMTPUTF8.

The organiser may add a reminder (a VALARM) and files (the agenda as a
PDF) to the invitations; neither counts as a change of the invitation, so
changing them alone sends no update to those who have it.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from typing import TYPE_CHECKING

from icalendar import Alarm, vCalAddress
from icalendar import Event as VEvent

from planner.calendar.builder import CalendarBuilder, all_day, clean
from planner.calendar.event_calendar import _status, _venue, organiser_name
from planner.calendar.letterhead import new_message, organiser_address, other_sender
from planner.calendar.mail_headers import (
    UnusableAddress,
    mail_address,
)
from planner.calendar.text import cut_to_bytes, one_line, plain_text
from planner.services import agenda, disclosures, events
from planner.services import invitations as memory
from planner.services.common import id_of
from planner.services.invitations import CANCEL, REQUEST, Target
from planner.services.language import marked
from planner.services.reader_words import clock, days, long_day, reader_wording, value_word
from planner.services.vocabulary import EventStatus, Role

if TYPE_CHECKING:
    from sqlmodel import Session

    from planner.db.models import Event
    from planner.services.language import Wording

OPTIONAL_ROLES = frozenset({Role.OBSERVER.value})
# The event's title in a subject line: the rest is in the message.
SUBJECT_TITLE_LIMIT = 150


def recipient_label(target: Target) -> str:
    """The recipient on one line, as the command line names them; a name
    that holds what an address is made of is quoted, so that it cannot be
    mistaken for one."""
    name, email = one_line(target.name, 200), one_line(target.email, 200)
    if re.search(r'[<>,;:@"\\()\[\]]', name):
        name = '"' + name.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return f"{name} <{email}>" if name else email


@dataclass(frozen=True)
class Attachment:
    """A file sent along with each invitation (not with a cancellation)."""

    file_name: str
    content_type: str  # "application/pdf"
    data: bytes


# What the record of what left the laptop calls each message.
INVITATION_SENT = marked("Invitation")
UPDATE_SENT = marked("Invitation update")
CANCELLATION_SENT = marked("Cancellation of the invitation")


@dataclass(frozen=True)
class Invitation:
    """One message to one address, and what to record once it is sent."""

    target: Target
    address: str  # target.email checked, its domain in ASCII: the envelope's recipient
    uid: str
    sequence: int
    content_hash: str
    due: bool  # not sent in this form yet
    message: EmailMessage
    event_id: int | None = None
    also_named: tuple[int, ...] = ()  # whose data its attachments hold (an agenda's speakers)

    @property
    def recipient(self) -> str:
        return recipient_label(self.target)

    @property
    def disclosed(self) -> disclosures.Disclosed:
        """For the record of what left the laptop: the participant's own
        invitation (and whom its attachments name), to their address."""
        what = {"cancellation": CANCELLATION_SENT, "update": UPDATE_SENT}.get(self.kind, INVITATION_SENT)
        people = [self.target.person_id, *self.also_named]
        return disclosures.disclosed(disclosures.MESSAGE, self.event_id, what, people, [self.address])

    @property
    def kind(self) -> str:
        if self.target.method == CANCEL:
            return "cancellation"
        return "update" if self.target.record is not None else "invitation"


@dataclass
class Invitations:
    """The messages of one event, and who gets none."""

    sender: str  # the sender's address (the organiser's unless another sends), checked: the envelope's sender
    messages: list[Invitation] = field(default_factory=list)
    without_address: list[str] = field(default_factory=list)  # names, left out
    unusable: list[tuple[str, str]] = field(default_factory=list)  # (recipient, why) that cannot be written


def _title(event: Event) -> str:
    return one_line(event.title) or f"Event {event.id}"


def _several_days(event: Event) -> bool:
    return event.ends_on > event.starts_on


def _when(event: Event, entries: list[agenda.AgendaEntry], words: Wording) -> str:
    if entries and not _several_days(event):
        first, last = entries[0].starts_at, max(entry.ends_at for entry in entries)
        if first.date() == last.date():
            return f"{long_day(first, words)}, {clock(first)}–{clock(last)} ({event.timezone})"
        return f"{long_day(first, words)} {clock(first)} – {long_day(last, words)} {clock(last)} ({event.timezone})"
    return days(event.starts_on, event.ends_on, words)


def _agenda_in_brief(entries: list[agenda.AgendaEntry], person_id: int | None, words: Wording) -> list[str]:
    lines: list[str] = []
    day = None
    for entry in entries:
        if entry.day != day:
            day = entry.day
            lines.append(long_day(day, words))
        parts = []
        if person_id is not None and any(speaker.id == person_id for speaker in entry.speakers):
            parts.append(words.gettext("you speak"))
        if person_id is not None and entry.moderator and entry.moderator.id == person_id:
            parts.append(words.gettext("you moderate"))
        mine = f"  ({', '.join(parts)})" if parts else ""
        lines.append(f"  {clock(entry.starts_at)}–{clock(entry.ends_at)}  {one_line(entry.title)}{mine}")
    return lines


def _place(event: Event) -> list[str]:
    return [one_line(part) for part in _venue(event)]


def essentials(
    session: Session, event: Event, target: Target, entries: list[agenda.AgendaEntry], words: Wording | None = None
) -> str:
    """The key facts, for the DESCRIPTION and the mail body: each one line,
    in the recipient's language (``words``; theirs when not given)."""
    words = words or reader_wording(target.language, "messages")
    lines = [_title(event), "", words.gettext("When: {when}").format(when=_when(event, entries, words))]
    if _venue(event):
        country = [one_line(event.venue_country)] if event.venue_country else []
        lines.append(words.gettext("Where: {place}").format(place=", ".join(_place(event) + country)))
    if target.method == REQUEST and target.role:
        lines.append(words.gettext("Your role: {role}").format(role=value_word(target.role, words.language)))
    host = one_line(events.host_name(session, event))
    if host:
        lines.append(words.gettext("Host: {host}").format(host=host))
    lines.append(words.gettext("Organiser: {address}").format(address=one_line(event.organiser_email)))
    if entries and target.method == REQUEST:
        lines += ["", words.gettext("Agenda in brief:"), *_agenda_in_brief(entries, target.person_id, words)]
    return "\n".join(lines)


def _calendar(
    session: Session,
    event: Event,
    target: Target,
    address: str,
    entries: list[agenda.AgendaEntry],
    description: str,
    organiser: tuple[str, str],
    sent_by: str | None,
    now: datetime | None,
) -> tuple[CalendarBuilder, VEvent, str, str]:
    """The calendar and its VEVENT without DTSTAMP and SEQUENCE; its UID
    and the hash of what it says."""
    builder = CalendarBuilder(session, event.title, method=target.method, now=now)
    component = VEvent()
    component.add("SUMMARY", _title(event))
    if entries and not _several_days(event):
        component.add("DTSTART", builder.at(entries[0].starts_at, event.timezone))
        component.add("DTEND", builder.at(max(entry.ends_at for entry in entries), event.timezone))
    else:
        all_day(component, event.starts_on, event.ends_on)
        if _several_days(event):
            # Said outright: some clients show whole days as free unless told they are busy.
            component.add("TRANSP", "OPAQUE")
    if _venue(event):
        component.add("LOCATION", ", ".join(_place(event)))
    component.add("DESCRIPTION", description)
    component.add("STATUS", "CANCELLED" if target.method == CANCEL else _status(event))
    organiser_name, organiser_address = organiser
    calendar_address = vCalAddress(f"mailto:{organiser_address}")
    calendar_address.params["CN"] = organiser_name
    if sent_by is not None:
        calendar_address.params["SENT-BY"] = f"mailto:{sent_by}"
    component.add("ORGANIZER", calendar_address)
    attendee = vCalAddress(f"mailto:{address}")
    if one_line(target.name):
        attendee.params["CN"] = target.name
    attendee.params["CUTYPE"] = "INDIVIDUAL"
    attendee.params["ROLE"] = "OPT-PARTICIPANT" if target.role in OPTIONAL_ROLES else "REQ-PARTICIPANT"
    attendee.params["PARTSTAT"] = "NEEDS-ACTION"
    attendee.params["RSVP"] = "TRUE" if target.method == REQUEST else "FALSE"
    component.add("ATTENDEE", attendee)
    uid = builder.uid("invitation", id_of(event))
    component.add("UID", uid)
    clean(component)  # what the hash covers is what is written
    content_hash = hashlib.sha256(target.method.encode() + b"\n" + component.to_ical()).hexdigest()
    return builder, component, uid, content_hash


def _body(event: Event, target: Target, facts: str, organiser: str, words: Wording) -> str:
    name, title = one_line(target.name), _title(event)
    greeting = words.gettext("Dear {name},").format(name=name) if name else words.gettext("Hello,")
    if target.method == CANCEL:
        if event.status == EventStatus.CANCELLED.value:
            intro = words.gettext("{title} has been cancelled. Please remove it from your calendar.")
        else:
            intro = words.gettext("Your invitation to {title} is withdrawn. Please remove it from your calendar.")
    elif target.record is not None:
        intro = words.gettext("The details of {title} have changed. Here is the updated invitation.")
    else:
        intro = words.gettext("You are invited to {title}.")
    closing = (
        words.gettext("Please accept or decline with your calendar (the invitation is attached as invite.ics).")
        if target.method == REQUEST
        else ""
    )
    parts = [greeting, "", intro.format(title=title), "", facts, ""]
    if closing:
        parts += [closing, ""]
    parts += [words.gettext("Best regards,"), organiser, ""]
    return plain_text("\n".join(parts))


def _subject(event: Event, target: Target, when: str, words: Wording) -> str:
    title = one_line(event.title, SUBJECT_TITLE_LIMIT) or f"Event {event.id}"
    if target.method == CANCEL:
        return words.gettext("Cancelled: {title} ({when})").format(title=title, when=when)
    if target.record is not None:
        return words.gettext("Updated invitation: {title} ({when})").format(title=title, when=when)
    return words.gettext("Invitation: {title} ({when})").format(title=title, when=when)


def _reminder(title: str, before: timedelta, words: Wording) -> Alarm:
    """A reminder shown ``before`` the start (RFC 5545 DISPLAY alarm)."""
    alarm = Alarm()
    alarm.add("ACTION", "DISPLAY")
    alarm.add("DESCRIPTION", words.gettext("Reminder: {title}").format(title=title))
    alarm.add("TRIGGER", -before)
    return alarm


def _message(
    organiser: tuple[str, str],
    sender: tuple[str, str] | None,
    target: Target,
    address: str,
    subject: str,
    body: str,
    ics: bytes,
    now: datetime,
    attachments: Sequence[Attachment] = (),
) -> EmailMessage:
    message = new_message(organiser, sender, (target.name, address), subject, now)
    message.set_content(body, cte="quoted-printable")
    params = {"method": target.method, "charset": "UTF-8"}
    message.add_alternative(ics, maintype="text", subtype="calendar", params=params)
    # The copy to save or open by hand: a file, not a second invitation.
    message.add_attachment(ics, maintype="application", subtype="ics", filename="invite.ics")
    if target.method == REQUEST:
        for attachment in attachments:
            maintype, _, subtype = attachment.content_type.partition("/")
            message.add_attachment(attachment.data, maintype=maintype, subtype=subtype, filename=attachment.file_name)
    return message


def invitations(
    session: Session,
    event_id: int,
    *,
    now: datetime | None = None,
    sender: tuple[str, str] | None = None,
    reminder: timedelta | None = None,
    attachments: Sequence[Attachment] = (),
    named_in_attachments: Sequence[int] = (),
) -> Invitations:
    """The message for every address that holds or is to hold the event's
    invitation (``due`` says which are to be sent now); the names of
    participants left out for want of an e-mail address, and the
    recipients whose address no message can be written to, with why.
    ``sender`` (name, address): who sends them, when not the organiser;
    ``reminder``: how long before the start calendars remind of it;
    ``attachments``: files sent with each invitation, which name the
    people ``named_in_attachments`` (for the record of what left)."""
    event = events.get_event(session, event_id)
    events.require_in_years(session, event)
    organiser = (organiser_name(session, event), organiser_address(event))
    other = other_sender(sender, organiser[1])
    batch = Invitations(sender=other[1] if other else organiser[1])
    now = (now or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
    entries = agenda.agenda_entries(session, id_of(event))
    targets, batch.without_address = memory.targets(session, event)
    for target in targets:
        try:
            address = mail_address(target.email)
        except UnusableAddress as error:
            batch.unusable.append((recipient_label(target), str(error)))
            continue
        # In the recipient's language; the user's own words (the title) as typed.
        words = reader_wording(target.language, "messages")
        facts = essentials(session, event, target, entries, words)
        builder, component, uid, content_hash = _calendar(
            session, event, target, address, entries, facts, organiser, other[1] if other else None, now
        )
        due = memory.due_sequence(target, content_hash)
        if due is None and target.method == CANCEL:
            continue  # told already
        sequence = memory.current_sequence(target, content_hash)
        component.add("DTSTAMP", builder.now)
        component.add("SEQUENCE", sequence)
        if reminder is not None and target.method == REQUEST:
            component.add_component(_reminder(_title(event), reminder, words))
        builder.calendar.add_component(component)
        ics = builder.to_ical()
        message = _message(
            organiser,
            other,
            target,
            address,
            _subject(event, target, _when(event, entries, words), words),
            _body(event, target, facts, organiser[0], words),
            ics,
            now,
            attachments,
        )
        batch.messages.append(
            Invitation(
                target,
                address,
                uid,
                sequence,
                content_hash,
                due is not None,
                message,
                id_of(event),
                tuple(named_in_attachments) if target.method == REQUEST else (),
            )
        )
    return batch


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


# A file name's stem, in UTF-8 bytes: well under the 255 most file systems
# allow, leaving room for "-cancelled", a number and ".eml".
STEM_BYTES = 120
# Names Windows keeps for devices, whatever the extension.
_DEVICES = frozenset({"CON", "PRN", "AUX", "NUL"} | {f"{port}{n}" for port in ("COM", "LPT") for n in range(1, 10)})


def file_name(name: str, taken: set[str], suffix: str = "", extension: str = ".eml") -> str:
    """``Paweł-Łoś.eml``: the name in characters safe in a file name, at
    most STEM_BYTES bytes of UTF-8, then ``suffix``; unique among
    ``taken`` whatever the case or Unicode form (it joins them)."""
    stem = unicodedata.normalize("NFC", one_line(name))
    stem = re.sub(r"[^\w.-]+", "-", stem).strip("-.")
    stem = cut_to_bytes(stem, STEM_BYTES).rstrip("-.") or "participant"
    if stem.partition(".")[0].upper() in _DEVICES:
        stem = f"{stem}-"
    stem += suffix
    candidate, number = f"{stem}{extension}", 2
    while candidate.casefold() in taken:
        candidate, number = f"{stem}-{number}{extension}", number + 1
    taken.add(candidate.casefold())
    return candidate
