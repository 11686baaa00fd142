"""Messages made from a template for chosen participants of an event.

``compose`` fills the template in for each recipient and makes one
EmailMessage each, From the event's organiser, with the attachments asked
for. A recipient for whom a placeholder the template uses is empty is
``incomplete``: the caller shows ``problem`` and holds them back unless the
user says to send anyway. Each recipient gets the message in their
preferred language (English when not known) unless a ``language`` is
given: a template shipped with Planner in that language's version, a
template of the user's own as typed; the values put in (dates, roles,
journeys) in that language. Each message has ``recipient``, ``address`` and
``message``, so planner.calendar.outbox delivers it (send_all or
write_all); ``record`` notes it as sent once the server took it or the
file was written.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.message import EmailMessage
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from planner.calendar.invitations import file_name
from planner.calendar.letterhead import new_message, organiser_address, other_sender
from planner.calendar.mail_headers import UnusableAddress, mail_address
from planner.calendar.text import one_line, plain_text
from planner.mail.attachments import Attacher
from planner.services import consent, disclosures, events, message_recipients, messages_sent, template_values, templates
from planner.services.common import id_of
from planner.services.language import SOURCE_LANGUAGE, say
from planner.services.reader_words import reader_wording

if TYPE_CHECKING:
    from sqlmodel import Session


@dataclass(frozen=True)
class TemplateMessage:
    """One message to one participant."""

    person_id: int
    name: str
    address: str  # checked, the domain in ASCII: the envelope's recipient
    template: str
    subject: str
    attachments: tuple[str, ...]  # file names
    problem: str  # "Paweł Łoś: no hotel ({hotel})", or "" when nothing is missing
    message: EmailMessage
    event_id: int | None = None
    also_named: tuple[int, ...] = ()  # whose data its attachments hold beside the recipient's

    @property
    def disclosed(self) -> disclosures.Disclosed:
        """For the record of what left the laptop: called by its template's
        name, the participant's data (and what its attachments name) to
        their address."""
        people = [self.person_id, *self.also_named]
        return disclosures.disclosed(disclosures.MESSAGE, self.event_id, self.template, people, [self.address])

    @property
    def recipient(self) -> str:
        """As lists show it: "Paweł Łoś <p.los@example.org>"."""
        name = one_line(self.name, 200)
        return f"{name} <{self.address}>" if name else self.address

    @property
    def incomplete(self) -> bool:
        return bool(self.problem)


@dataclass
class Batch:
    """The messages of one template for one event, and who gets none."""

    event_id: int
    template: str
    sender: str  # the envelope's sender: the organiser, or who sends for them
    messages: list[TemplateMessage] = field(default_factory=list)
    without_address: list[str] = field(default_factory=list)  # names, left out
    unusable: list[tuple[str, str]] = field(default_factory=list)  # (recipient, why)
    # (recipient, why): after the event, those who refused to be contacted after it.
    held_back: list[tuple[str, str]] = field(default_factory=list)

    @property
    def complete(self) -> list[TemplateMessage]:
        return [message for message in self.messages if not message.incomplete]

    @property
    def incomplete(self) -> list[TemplateMessage]:
        return [message for message in self.messages if message.incomplete]

    def to_deliver(self, *, send_incomplete: bool = False) -> list[TemplateMessage]:
        return list(self.messages) if send_incomplete else self.complete

    def file_names(self, messages: Sequence[TemplateMessage]) -> list[tuple[TemplateMessage, str]]:
        """Each message with a file name of its own, for outbox.write_all."""
        taken: set[str] = set()
        return [(message, file_name(message.name or message.address, taken)) for message in messages]


def _message(
    organiser: tuple[str, str],
    sender: tuple[str, str] | None,
    to: tuple[str, str],
    subject: str,
    body: str,
    attached: list,
    now: datetime,
) -> EmailMessage:
    message = new_message(organiser, sender, to, subject, now)
    message.set_content(plain_text(body), cte="quoted-printable")
    for attachment in attached:
        message.add_attachment(
            attachment.data, maintype=attachment.maintype, subtype=attachment.subtype, filename=attachment.filename
        )
    return message


def compose(
    session: Session,
    event_id: int,
    template_name: str,
    *,
    to: Sequence[str] = (),
    person_ids: Sequence[int] | None = None,
    attach: Sequence[str] = (),
    now: datetime | None = None,
    sender: tuple[str, str] | None = None,
    language: str | None = None,
) -> Batch:
    """The template called ``template_name`` made into a message for each
    participant chosen (``to``: statuses, roles, e-mail addresses;
    ``person_ids``: the people selected; neither: everyone coming), with
    ``attach`` ("itinerary", "calendar", "agenda", "minutes"); ``sender``
    (name, address): who sends them, when not the organiser (answers still
    go to the organiser); ``language``: one language for everyone, rather
    than each recipient's own. Needs a writing session: a personal calendar
    notes what it said."""
    template = templates.find_template(session, template_name)
    event = events.get_event(session, event_id)
    events.require_in_years(session, event)
    organiser_mail = organiser_address(event, "messages")
    other = other_sender(sender, organiser_mail)
    batch = Batch(event_id, template.name, other[1] if other else organiser_mail)
    now = (now or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
    facts = template_values.event_facts(session, event)
    organiser = (facts.organiser_name, organiser_mail)
    chosen = message_recipients.recipients(session, event_id, to, person_ids)
    # After the event's last day, where it was held, no message to those who refused to be contacted then.
    today = now.astimezone(ZoneInfo(event.timezone)).date()
    after = consent.consents_of_event(session, event_id, "contact_after") if today > event.ends_on else {}
    attacher = Attacher(session, event_id, tuple(attach))
    named = attacher.people_named()
    for participation, person in chosen:
        name = one_line(person.full_name)
        if not person.email:
            batch.without_address.append(name)
            continue
        try:
            address = mail_address(person.email)
        except UnusableAddress as error:
            batch.unusable.append((f"{name} <{one_line(person.email, 200)}>", str(error)))
            continue
        if id_of(participation) in after and consent.why_not(after[id_of(participation)], today):
            why = say("held back: they did not agree to be contacted after the event")
            batch.held_back.append((f"{name} <{address}>", why))
            continue
        written_in = language or person.language or SOURCE_LANGUAGE
        version = templates.in_language(template, written_in)
        words = reader_wording(written_in, "messages")
        filled = template_values.fill_in(
            version.subject, version.body, template_values.values(session, facts, participation, person, words)
        )
        attached = attacher.for_person(id_of(person), name, person.email)
        subject = one_line(filled.subject)
        message = _message(organiser, other, (person.full_name, address), subject, filled.body, attached, now)
        batch.messages.append(
            TemplateMessage(
                id_of(person),
                name,
                address,
                template.name,
                subject,
                tuple(attachment.filename for attachment in attached),
                filled.problem(name or address),
                message,
                event_id,
                named,
            )
        )
    return batch


def record(session: Session, event_id: int, message: TemplateMessage, how: str, *, now: datetime | None = None) -> None:
    """Note that ``message`` went out: ``how`` is messages_sent.MAIL (the
    server took it) or messages_sent.FILE (written as .eml)."""
    messages_sent.record_message(
        session,
        event_id,
        person_id=message.person_id,
        email=message.address,
        template=message.template,
        subject=message.subject,
        attachments=message.attachments,
        how=how,
        now=now,
    )
