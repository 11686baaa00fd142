"""What each participant of an event will get when the invitations go out,
and why: a new invitation, an update, a cancellation, or nothing.

The window lists this before anything is sent, so an organiser sees the
whole list (also those who get nothing, with the reason) and not just the
messages due.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from planner.calendar.invitations import Invitation, Invitations, file_name, invitations, record
from planner.calendar.text import one_line
from planner.services import events, mail_settings, participants
from planner.services.labels import label
from planner.services.language import say
from planner.services.vocabulary import EventStatus, ParticipationStatus

if TYPE_CHECKING:
    from sqlmodel import Session

NEW = "New invitation"
UPDATE = "Update"
CANCELLATION = "Cancellation"
NOTHING = "Nothing"


@dataclass(frozen=True)
class Planned:
    """One line of the list: who, what they get and why; ``mail`` is the
    message to deliver (None: nothing goes to them)."""

    recipient: str
    what: str
    why: str
    mail: Invitation | None
    file_name: str = ""  # for the message saved as a file

    @property
    def due(self) -> bool:
        return self.mail is not None


@dataclass(frozen=True)
class InvitationPlan:
    event_id: int
    event_title: str
    sender: str  # the envelope's sender
    lines: tuple[Planned, ...]

    @property
    def due(self) -> list[Planned]:
        return [line for line in self.lines if line.due]


def _why_message(invitation: Invitation, event_cancelled: bool) -> tuple[str, str]:
    target = invitation.target
    if invitation.kind == "cancellation":
        if event_cancelled:
            return CANCELLATION, say("the event is cancelled")
        if target.role:
            return CANCELLATION, say("no longer coming (status changed since the invitation)")
        return CANCELLATION, say("taken off the participant list since the invitation")
    if invitation.kind == "update":
        if invitation.due:
            version = target.record.sequence if target.record else 0
            return UPDATE, say("the invitation sent (version {version}) has changed", version=version)
        return NOTHING, say("has the latest invitation")
    return NEW, say("on the participant list, nothing sent yet")  # said of the confirmed too, so not "invited"


def plan_invitations(session: Session, event_id: int) -> InvitationPlan:
    """Every participant (and every address once sent an invitation) with
    what they get now; From the saved mail account's sender when there is
    one (Reply-To the organiser), else from the organiser."""
    settings = mail_settings.load(session)
    sender = settings.sender if settings else None
    batch: Invitations = invitations(session, event_id, sender=sender)
    event = events.get_event(session, event_id)
    event_cancelled = event.status == EventStatus.CANCELLED.value
    taken: set[str] = set()
    lines: list[Planned] = []
    covered: set[int] = set()
    for invitation in batch.messages:
        what, why = _why_message(invitation, event_cancelled)
        if invitation.target.person_id is not None:
            covered.add(invitation.target.person_id)
        if what == NOTHING:
            lines.append(Planned(invitation.recipient, what, why, None))
            continue
        suffix = "-cancelled" if what == CANCELLATION else ""
        name = file_name(invitation.target.name or invitation.address, taken, suffix)
        lines.append(Planned(invitation.recipient, what, why, invitation, name))
    unusable = dict(batch.unusable)
    for participation, person in participants.participations_of(session, event_id):
        if person.id in covered:
            continue
        who = one_line(person.full_name, 200) or say("person {id}", id=person.id)
        shown = f"{who} <{one_line(person.email, 200)}>" if person.email else who
        if not person.email:
            why = say("no e-mail address")
        elif event_cancelled:
            why = say("the event is cancelled and no invitation was sent to them")
        elif participation.status == ParticipationStatus.DECLINED.value:
            why = say("declined; nothing more is sent")
        elif participation.status == ParticipationStatus.CANCELLED.value:
            why = say("{status}; no invitation was sent to them", status=label(participation.status).lower())
        else:
            reason = next((reason for recipient, reason in unusable.items() if person.email in recipient), "")
            why = say("the address cannot be used ({reason})", reason=reason) if reason else say("nothing to send")
        lines.append(Planned(shown, NOTHING, why, None))
    order = {NEW: 0, UPDATE: 1, CANCELLATION: 2, NOTHING: 3}
    lines.sort(key=lambda line: (order[line.what], line.recipient.casefold()))
    return InvitationPlan(event_id, one_line(event.title, 200), batch.sender, tuple(lines))


def record_delivered(session: Session, plan: InvitationPlan, invitation: Invitation, *, to_file: bool = False) -> None:
    """Note that ``invitation`` went out (or was saved to be sent by the
    organiser, ``to_file``): the next plan counts it as sent either way."""
    record(session, plan.event_id, invitation)
