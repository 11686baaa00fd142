"""The head of every message Planner writes to a participant, invitation
or letter from a template: From the event's organiser, or From the mail
account's sender with Reply-To the organiser (answers go to whoever
organises); To the participant; the subject, date and message id. Every
address goes through mail_headers, so no name can add a recipient, and a
message to or from an address with letters outside ASCII before the @ is
written with UTF-8 headers (RFC 6532)."""

from __future__ import annotations

from datetime import datetime
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from typing import TYPE_CHECKING

from planner.calendar.mail_headers import (
    POLICY,
    UTF8_POLICY,
    UnusableAddress,
    mail_address,
    needs_utf8,
    set_addresses,
    set_text,
)
from planner.calendar.text import one_line
from planner.errors import PlannerError
from planner.services.language import marked, say

if TYPE_CHECKING:
    from planner.db.models import Event

Mailbox = tuple[str, str]  # (name, address)


# What is sent from the organiser's address, as the messages name it.
SENT = {"invitations": marked("invitations"), "messages": marked("messages")}


def organiser_address(event: Event, what: str = "invitations") -> str:
    """The organiser's address, checked: ``what`` ("invitations" or
    "messages") is sent from it (or on its behalf)."""
    # Said in the words of the event's details, where the user sets it.
    where = f"“{one_line(event.title, 80)}”"
    sent = say(SENT[what])
    if not event.organiser_email.strip():
        raise PlannerError(
            say(
                "{event} has no organiser e-mail: {what} are sent from it, so enter it in the event's details first",
                event=where,
                what=sent,
            )
        )
    try:
        return mail_address(event.organiser_email)
    except UnusableAddress as error:
        raise PlannerError(
            say(
                "The organiser e-mail of {event} {problem}; {what} are sent from it",
                event=where,
                problem=error,
                what=sent,
            )
        ) from None


def other_sender(sender: Mailbox | None, organiser: str) -> Mailbox | None:
    """``sender`` checked, or None when there is none or it is the organiser."""
    if sender is None:
        return None
    name, address = sender
    try:
        checked = mail_address(address)
    except UnusableAddress as error:
        raise PlannerError(say("the sender's e-mail address {problem}", problem=error)) from None
    return None if checked.casefold() == organiser.casefold() else (one_line(name), checked)


def new_message(organiser: Mailbox, sender: Mailbox | None, to: Mailbox, subject: str, now: datetime) -> EmailMessage:
    """A message with its head written; the caller adds the body and parts."""
    addresses = (organiser[1], to[1], *((sender[1],) if sender else ()))
    message = EmailMessage(policy=UTF8_POLICY if any(needs_utf8(each) for each in addresses) else POLICY)
    if sender is None:
        set_addresses(message, "From", [organiser])
    else:
        set_addresses(message, "From", [sender])
        set_addresses(message, "Reply-To", [organiser])
    set_addresses(message, "To", [to])
    set_text(message, "Subject", subject)  # not through the standard parser: see mail_headers
    message["Date"] = format_datetime(now)
    message["Message-ID"] = make_msgid(domain=(sender or organiser)[1].rpartition("@")[2])
    return message
