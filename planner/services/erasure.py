"""Forgetting one person on their request (GDPR Art. 17): what it will do,
worked out before anything changes, so the user reads it first.

Erased: the person and the rows only about them are deleted, when no
funder's evidence holds them (none of their events belongs to a
programme). Anonymised: when their events belong to programmes whose
audit is over, their rows stay as statistics and only who they are goes
(``anonymising.strip_identities``, the one way Planner anonymises).
Refused: while a programme's evidence must still be kept (its audit date
is today or later), or while nobody has said until when."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from pathlib import Path

from babel.dates import format_date
from sqlalchemy import func, or_, select
from sqlmodel import Session, col

from planner.db.backups import backups_of, thinned_away_by
from planner.db.models import (
    AgendaItem,
    AgendaSpeaker,
    Cost,
    Event,
    InvitationSent,
    MessageSent,
    MinutesItem,
    Organisation,
    Participation,
    Programme,
    Stay,
    TravelLeg,
)
from planner.services.anonymous_names import anonymous_name
from planner.services.directory import display_name, get_person
from planner.services.language import PLANNER_DOMAIN, interface_language, say, say_n, wording
from planner.services.programmes import name_key


class Way(StrEnum):
    ERASE = "erase"
    ANONYMISE = "anonymise"
    REFUSED = "refused"


@dataclass(frozen=True)
class ErasurePlan:
    """What forgetting one person will do, in the user's words."""

    person_id: int
    name: str  # as the Directory shows them, before
    way: Way
    removed: tuple[str, ...]
    kept: tuple[str, ...]
    refusals: tuple[str, ...]  # why it cannot be done (yet), with the date

    @property
    def refused(self) -> bool:
        return self.way is Way.REFUSED


def _count(session: Session, *conditions: object) -> int:
    return int(session.scalar(select(func.count()).where(*conditions)) or 0)  # type: ignore[arg-type]


def _events_of(session: Session, person_id: int) -> set[int]:
    """The events whose records hold the person: taking part, travelling,
    staying, costs paid to them, speaking or moderating in their agendas."""
    found: set[int] = set()
    for event_id, person in (
        (col(Participation.event_id), col(Participation.person_id)),
        (col(TravelLeg.event_id), col(TravelLeg.person_id)),
        (col(Stay.event_id), col(Stay.person_id)),
        (col(Cost.event_id), col(Cost.person_id)),
    ):
        found.update(session.scalars(select(event_id).where(person == person_id)))
    speaking = select(col(AgendaItem.event_id)).join(AgendaSpeaker, col(AgendaSpeaker.item_id) == col(AgendaItem.id))
    found.update(session.scalars(speaking.where(col(AgendaSpeaker.person_id) == person_id)))
    found.update(session.scalars(select(col(AgendaItem.event_id)).where(col(AgendaItem.moderator_id) == person_id)))
    return found


def _long_day(day: date) -> str:
    """ "31 December 2031", as the window's language writes it."""
    locale = wording(interface_language(), PLANNER_DOMAIN).locale
    return format_date(day, "d MMMM y" if locale.language == "en" else "long", locale=locale)


def kept_evidence(session: Session, person_id: int, today: date) -> tuple[list[str], bool]:
    """(why the person's data must still be kept, whether a funder's
    evidence held them at all): one sentence per programme."""
    programmes = {name_key(row.name): row for row in session.scalars(select(Programme))}
    names = session.scalars(select(col(Event.programme)).where(col(Event.id).in_(_events_of(session, person_id))))
    refusals: list[str] = []
    funded = False
    for name in sorted({name.strip() for name in names if name.strip()}, key=str.casefold):
        funded = True
        programme = programmes.get(name_key(name))
        if programme is None or programme.audit_until is None:
            refusals.append(
                say(
                    "the audit date of {programme} is not set, so its evidence is kept: "
                    "set it in the programme's details (Event > Programme details…)",
                    programme=name,
                )
            )
        elif programme.audit_until >= today:
            refusals.append(
                say(
                    "kept until {day} for the audit of {programme}",
                    day=_long_day(programme.audit_until),
                    programme=programme.name,
                )
            )
    return refusals, funded


def erasure_plan(session: Session, person_id: int, today: date) -> ErasurePlan:
    person = get_person(session, person_id)
    refusals, funded = kept_evidence(session, person_id, today)
    if funded and not refusals and person.anonymised_on is not None:  # nothing is left to remove
        refusals.append(say("already anonymised on {day}", day=_long_day(person.anonymised_on)))
    way = Way.REFUSED if refusals else Way.ANONYMISE if funded else Way.ERASE
    organisation = session.get(Organisation, person.organisation_id) if person.organisation_id else None
    stand_in = anonymous_name(organisation.name if organisation else "")
    erase = way is Way.ERASE
    removed: list[str] = []
    kept: list[str] = []
    if erase:
        removed.append(say("their record in the Directory"))
    else:
        removed.append(say("their name, position, e-mail, phone, language and dietary and access needs"))
        kept.append(
            say(
                "their country, region, organisation and gender, for the statistics; lists show them as '{stand_in}'",
                stand_in=stand_in,
            )
        )
    (removed if erase else kept).extend(_rows_in_events(session, person_id))
    costs = _count(session, col(Cost.person_id) == person_id)
    if costs:
        kept.append(
            say_n(
                "{count} cost stays in its event's accounts, without their name",
                "{count} costs stay in their events' accounts, without their name",
                costs,
            )
            if erase
            else say_n(
                "{count} cost stays in its event's accounts", "{count} costs stay in their events' accounts", costs
            )
        )
    # Erased: their places in agendas and actions are emptied; anonymised: kept, without their name.
    (removed if erase else kept).extend(_agenda(session, person_id, erase, stand_in))
    removed.extend(_proposals(session, person_id, organisation))
    (removed if erase else kept).extend(_actions(session, person_id, erase, stand_in))
    removed.extend(_sent(session, person_id, (person.email or "").strip()))
    removed.append(say("their name and e-mail address wherever they were typed (notes, minutes, descriptions)"))
    return ErasurePlan(
        person_id,
        display_name(person.honorific, person.given_name, person.family_name) or stand_in,
        way,
        tuple(removed),
        tuple(kept),
        tuple(refusals),
    )


def _rows_in_events(session: Session, person_id: int) -> list[str]:
    taking_part = _count(session, col(Participation.person_id) == person_id)
    legs = _count(session, col(TravelLeg.person_id) == person_id)
    stays = _count(session, col(Stay.person_id) == person_id)
    worded = (
        (
            taking_part,
            say_n(
                "{count} participation, with its attendance and consents",
                "{count} participations, with their attendance and consents",
                taking_part,
            ),
        ),
        (legs, say_n("{count} travel leg", "{count} travel legs", legs)),
        (stays, say_n("{count} hotel stay", "{count} hotel stays", stays)),
    )
    return [words for count, words in worded if count]


def _agenda(session: Session, person_id: int, erase: bool, stand_in: str) -> list[str]:
    speaking = _count(session, col(AgendaSpeaker.person_id) == person_id)
    moderating = _count(session, col(AgendaItem.moderator_id) == person_id)
    found = []
    if speaking:
        found.append(
            say_n("removed as speaker of {count} agenda item", "removed as speaker of {count} agenda items", speaking)
            if erase
            else say_n(
                "{count} agenda item names them as speaker '{stand_in}'",
                "{count} agenda items name them as speaker '{stand_in}'",
                speaking,
                stand_in=stand_in,
            )
        )
    if moderating:
        found.append(
            say_n(
                "{count} agenda item will have no moderator", "{count} agenda items will have no moderator", moderating
            )
            if erase
            else say_n(
                "{count} agenda item names them as moderator '{stand_in}'",
                "{count} agenda items name them as moderator '{stand_in}'",
                moderating,
                stand_in=stand_in,
            )
        )
    return found


def _proposals(session: Session, person_id: int, organisation: Organisation | None) -> list[str]:
    proposed = _count(session, col(MinutesItem.by_person_id) == person_id)
    if not proposed:
        return []
    return [
        say_n(
            "minutes: {count} item they proposed will be credited to {organisation}",
            "minutes: {count} items they proposed will be credited to {organisation}",
            proposed,
            organisation=organisation.name,
        )
        if organisation is not None
        else say_n(
            "minutes: {count} item they proposed will no longer say who proposed it",
            "minutes: {count} items they proposed will no longer say who proposed them",
            proposed,
        )
    ]


def _actions(session: Session, person_id: int, erase: bool, stand_in: str) -> list[str]:
    owned = _count(session, col(MinutesItem.owner_id) == person_id)
    if not owned:
        return []
    return [
        say_n(
            "minutes: {count} action they own will have no owner",
            "minutes: {count} actions they own will have no owner",
            owned,
        )
        if erase
        else say_n(
            "minutes: {count} action they own will read '{stand_in}'",
            "minutes: {count} actions they own will read '{stand_in}'",
            owned,
            stand_in=stand_in,
        )
    ]


def _sent(session: Session, person_id: int, email: str) -> list[str]:
    to_them = [col(MessageSent.person_id) == person_id] + ([col(MessageSent.email) == email] if email else [])
    invited = [col(InvitationSent.person_id) == person_id] + ([col(InvitationSent.email) == email] if email else [])
    messages = _count(session, or_(*to_them))
    invitations = _count(session, or_(*invited))
    found = []
    if messages:
        found.append(
            say_n(
                "{count} record of a message sent to them keeps no address",
                "{count} records of messages sent to them keep no address",
                messages,
            )
        )
    if invitations:
        found.append(
            say_n(
                "{count} record of an invitation sent to them is removed",
                "{count} records of invitations sent to them are removed",
                invitations,
            )
        )
    return found


def older_backups(database: Path, folder: Path | None = None) -> str:
    """What the backups made before now still hold of a person forgotten
    now, and until when ("" when there are none): the erasure reaches the
    database and the backups made after it, not the copies made before."""
    made = backups_of(database, folder)
    if not made:
        return ""
    return say_n(
        "{count} backup made before now still holds them: it is thinned away by {day} (backups are in {folder})",
        "{count} backups made before now still hold them: they are thinned away by {day} (backups are in {folder})",
        len(made),
        day=_long_day(max(thinned_away_by(backup.made_at) for backup in made)),
        folder=made[0].path.parent,
    )
