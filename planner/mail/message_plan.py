"""What each participant chosen gets when a template goes out, and why: a
message, or nothing (no address, an unusable one, or a placeholder that is
empty for them and would be sent as a blank).

The window lists this before anything is sent, as it does for invitations.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from planner.mail.template_messages import TemplateMessage, compose, record
from planner.services import mail_settings, messages_sent

if TYPE_CHECKING:
    from sqlmodel import Session

MESSAGE = "Message"
INCOMPLETE = "Message, incomplete"
NOTHING = "Nothing"


@dataclass(frozen=True)
class PlannedMessage:
    recipient: str
    what: str
    why: str
    mail: TemplateMessage | None
    file_name: str = ""


@dataclass(frozen=True)
class MessagePlan:
    event_id: int
    template: str
    sender: str
    lines: tuple[PlannedMessage, ...]


def _attached(message: TemplateMessage) -> str:
    return "with " + ", ".join(message.attachments) if message.attachments else "ready"


def plan_messages(
    session: Session,
    event_id: int,
    template: str,
    *,
    to: Sequence[str] = (),
    person_ids: Sequence[int] | None = None,
    attach: Sequence[str] = (),
    send_incomplete: bool = False,
    send_again: bool = False,
) -> MessagePlan:
    """The template made into a message for each participant chosen (see
    template_messages.compose), listed with what each gets and why; From
    the saved mail account's sender when there is one. Whoever got this
    template for the event before gets nothing unless ``send_again``: a
    letter is not sent twice by a second click."""
    settings = mail_settings.load(session)
    sender = settings.sender if settings else None
    batch = compose(session, event_id, template, to=to, person_ids=person_ids, attach=attach, sender=sender)
    names = {id(message): name for message, name in batch.file_names(batch.messages)}
    lines: list[PlannedMessage] = []
    earlier = _sent_before(session, event_id, batch.template)
    for message in batch.messages:
        before = earlier.get(message.person_id)
        if before is not None and not send_again:
            why = f"got it already ({before:%a %d %b %Y %H:%M} UTC)"
            lines.append(PlannedMessage(message.recipient, NOTHING, why, None))
        elif not message.incomplete:
            lines.append(PlannedMessage(message.recipient, MESSAGE, _attached(message), message, names[id(message)]))
        elif send_incomplete:
            lines.append(PlannedMessage(message.recipient, INCOMPLETE, message.problem, message, names[id(message)]))
        else:
            why = f"held back, it would have a blank: {message.problem}"
            lines.append(PlannedMessage(message.recipient, NOTHING, why, None))
    lines += [PlannedMessage(name, NOTHING, "no e-mail address", None) for name in batch.without_address]
    lines += [PlannedMessage(who, NOTHING, f"the address cannot be used ({why})", None) for who, why in batch.unusable]
    lines += [PlannedMessage(who, NOTHING, why, None) for who, why in batch.held_back]
    order = {MESSAGE: 0, INCOMPLETE: 1, NOTHING: 2}
    lines.sort(key=lambda line: (order[line.what], line.recipient.casefold()))
    return MessagePlan(event_id, batch.template, batch.sender, tuple(lines))


def _sent_before(session: Session, event_id: int, template: str) -> dict[int, datetime]:
    """When each participant last got ``template`` for the event, by person."""
    last: dict[int, datetime] = {}
    for person_id, sent in messages_sent.messages_of_event(session, event_id).items():
        times = [message.sent_at for message in sent if message.template == template]
        if times:
            last[person_id] = max(times)
    return last


def record_delivered(session: Session, plan: MessagePlan, message: TemplateMessage, *, to_file: bool) -> None:
    """Remember that ``message`` went out (sent, or saved as a file)."""
    record(session, plan.event_id, message, messages_sent.FILE if to_file else messages_sent.MAIL)
