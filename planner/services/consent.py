"""What a participant agreed to, for one event: the rules of consent.

A consent is kept per participation and purpose (enums.ConsentPurpose):
given or refused, on which day, how (enums.ConsentWay) and in which
words, and the day it was withdrawn. No row: the person was never asked.

``agreed(consent, on)`` is the one rule of whether a consent holds on a
day; ``shared_list`` applies it to a list given to others when the event
asks for consent (Event.consent_needed), and says who was left off and
why, so that the organiser can be told why the count differs.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Protocol, TypeVar

from sqlmodel import Session, col, select

from planner.db.enums import ConsentPurpose, ConsentWay
from planner.db.models import Consent, Event, Participation
from planner.services import bulk, values
from planner.services.common import fetch
from planner.services.errors import InvalidInput
from planner.services.language import marked, say, say_n
from planner.services.participants import chunks
from planner.services.search import name_order

PURPOSES: tuple[str, ...] = tuple(purpose.value for purpose in ConsentPurpose)
WAYS: tuple[str, ...] = tuple(way.value for way in ConsentWay)

# Each purpose as a refusal names it.
PURPOSE_WORDS = {
    "shared_list": marked("The participant list given to others"),
    "photos": marked("Photos"),
    "needs": marked("Dietary and access needs"),
    "contact_after": marked("Contact after the event"),
}

# Why someone is left off a list given to others.
REFUSED, WITHDREW, NEVER_ASKED = "refused", "withdrew", "never_asked"


# -- the rule -------------------------------------------------------------------


def agreed(consent: Consent | None, on: date) -> bool:
    """Whether ``consent`` holds on the day ``on``: given, on that day or
    before (or on a day not recorded), and not withdrawn on or before it."""
    if consent is None or not consent.given:
        return False
    if consent.given_on is not None and consent.given_on > on:
        return False
    return consent.withdrawn_on is None or consent.withdrawn_on > on


def why_not(consent: Consent | None, on: date) -> str:
    """Why ``consent`` does not hold on ``on`` (REFUSED, WITHDREW or
    NEVER_ASKED); "" when it does. Agreed only after that day counts as
    not asked by then."""
    if agreed(consent, on):
        return ""
    if consent is None:
        return NEVER_ASKED
    if not consent.given:
        return REFUSED
    if consent.withdrawn_on is not None and consent.withdrawn_on <= on:
        return WITHDREW
    return NEVER_ASKED


# -- reading and writing ----------------------------------------------------------


def consents_of(session: Session, participation_id: int) -> dict[str, Consent]:
    """The participation's consents by purpose (a purpose never asked about is missing)."""
    fetch(session, Participation, participation_id, "participation")
    found = session.exec(select(Consent).where(col(Consent.participation_id) == participation_id))
    return {consent.purpose: consent for consent in found}


def consents_of_event(session: Session, event_id: int, purpose: str) -> dict[int, Consent]:
    """Every participant's consent to ``purpose``, by participation id."""
    found = session.exec(
        select(Consent)
        .join(Participation, col(Participation.id) == col(Consent.participation_id))
        .where(col(Participation.event_id) == event_id, col(Consent.purpose) == purpose)
    )
    return {consent.participation_id: consent for consent in found}


def _purpose(purpose: str) -> str:
    return values.choice(purpose, ConsentPurpose, "purpose")


def record(
    session: Session,
    participation_id: int,
    purpose: str,
    *,
    given: bool,
    given_on: date | None = None,
    how: str = "",
    wording: str = "",
    withdrawn_on: date | None = None,
) -> Consent:
    """Record the participant's answer for ``purpose``, replacing the one
    recorded before."""
    purpose = _purpose(purpose)
    how = values.optional_choice(how, ConsentWay, "how")
    if withdrawn_on is not None and not given:
        raise InvalidInput("withdrawn_on", say("only a consent that was given can be withdrawn"))
    if withdrawn_on is not None and given_on is not None and withdrawn_on < given_on:
        raise InvalidInput(
            "withdrawn_on",
            say(
                "withdrawn on {withdrawn}, before it was given on {given}",
                withdrawn=withdrawn_on.isoformat(),
                given=given_on.isoformat(),
            ),
        )
    consent = consents_of(session, participation_id).get(purpose)
    if consent is None:
        consent = Consent(participation_id=participation_id, purpose=purpose)
    consent.given = given
    consent.given_on = given_on
    consent.how = how
    consent.wording = wording.strip()
    consent.withdrawn_on = withdrawn_on
    session.add(consent)
    session.flush()
    return consent


def withdraw(session: Session, participation_id: int, purpose: str, on: date) -> Consent:
    """The participant withdrew their consent to ``purpose`` on ``on``."""
    purpose = _purpose(purpose)
    consent = consents_of(session, participation_id).get(purpose)
    if consent is None or not consent.given:
        raise InvalidInput("withdrawn_on", say("there is no consent given to withdraw"))
    return record(
        session,
        participation_id,
        purpose,
        given=True,
        given_on=consent.given_on,
        how=consent.how,
        wording=consent.wording,
        withdrawn_on=on,
    )


def forget(session: Session, participation_id: int, purpose: str) -> None:
    """Back to "not asked": the answer recorded for ``purpose`` removed."""
    consent = consents_of(session, participation_id).get(_purpose(purpose))
    if consent is not None:
        session.delete(consent)
        session.flush()


def set_consent_needed(session: Session, event_id: int, needed: bool) -> None:
    """Whether the event's lists given to others hold only those who agreed."""
    event = fetch(session, Event, event_id, "event")
    if event.consent_needed != needed:
        event.consent_needed = needed
        session.add(event)
        session.flush()


def consent_needed(session: Session, event_id: int) -> bool:
    return fetch(session, Event, event_id, "event").consent_needed


# -- lists given to others ----------------------------------------------------------


class _Listed(Protocol):
    @property
    def participation_id(self) -> int: ...
    @property
    def given_name(self) -> str: ...
    @property
    def family_name(self) -> str: ...


Listed = TypeVar("Listed", bound=_Listed)


@dataclass(frozen=True)
class LeftOff:
    """Someone left off a list given to others, and why (REFUSED, WITHDREW
    or NEVER_ASKED)."""

    participation_id: int
    name: str
    why: str


def shared_list(
    session: Session, event_id: int, rows: Sequence[Listed], on: date
) -> tuple[list[Listed], list[LeftOff]]:
    """The rows that may be on a list given to others on the day ``on``:
    all of them unless the event needs consent, else those whose consent to
    the shared list holds that day. Also who was left off and why, by name."""
    if not consent_needed(session, event_id):
        return list(rows), []
    consents = consents_of_event(session, event_id, ConsentPurpose.SHARED_LIST.value)
    kept: list[Listed] = []
    left_off: list[tuple[tuple[str, str, str, str], LeftOff]] = []
    for row in rows:
        why = why_not(consents.get(row.participation_id), on)
        if not why:
            kept.append(row)
            continue
        name = " ".join(part for part in (row.given_name, row.family_name) if part)
        left_off.append((name_order(row.family_name, row.given_name), LeftOff(row.participation_id, name, why)))
    return kept, [entry for _key, entry in sorted(left_off, key=lambda pair: pair[0])]


def why_words(why: str) -> str:
    """ "refused", "withdrew", "never asked", in the window's language."""
    if why == REFUSED:
        return say("refused")
    if why == WITHDREW:
        return say("withdrew")
    return say("never asked")


def left_off_message(left_off: Sequence[LeftOff]) -> str:
    """ "2 participants left off: no consent to the shared list (Anna
    Nowak: refused, Jan Kowalski: never asked)"; "" for nobody."""
    if not left_off:
        return ""
    who = ", ".join(
        say("{name}: {why}", name=entry.name, why=why_words(entry.why)) if entry.name else why_words(entry.why)
        for entry in left_off
    )
    return say_n(
        "{count} participant left off: no consent to the shared list ({who})",
        "{count} participants left off: no consent to the shared list ({who})",
        len(left_off),
        who=who,
    )


# -- what the participant table marks --------------------------------------------


@dataclass(frozen=True)
class ConsentMarks:
    """What the participant table shows of an event's consents on a day:
    who is kept off lists given to others (when the event needs consent) and
    why, and whose dietary or access needs are kept without their consent."""

    consent_needed: bool
    not_shared: dict[int, str]  # participation id → why (REFUSED, WITHDREW, NEVER_ASKED)
    needs_unconsented: frozenset[int]  # participation ids


class _WithNeeds(_Listed, Protocol):
    @property
    def dietary(self) -> str: ...
    @property
    def accessibility(self) -> str: ...


def marks(session: Session, event_id: int, rows: Iterable[_WithNeeds], on: date) -> ConsentMarks:
    """The marks of the event's participant ``rows`` (as the table holds
    them) on the day ``on``; only the consents are read."""
    needed = consent_needed(session, event_id)
    shared = consents_of_event(session, event_id, ConsentPurpose.SHARED_LIST.value) if needed else {}
    needs = consents_of_event(session, event_id, ConsentPurpose.NEEDS.value)
    not_shared: dict[int, str] = {}
    unconsented: set[int] = set()
    for row in rows:
        if needed:
            why = why_not(shared.get(row.participation_id), on)
            if why:
                not_shared[row.participation_id] = why
        if (row.dietary.strip() or row.accessibility.strip()) and not agreed(needs.get(row.participation_id), on):
            unconsented.add(row.participation_id)
    return ConsentMarks(needed, not_shared, frozenset(unconsented))


# -- many at once (an import) ------------------------------------------------------


@dataclass(frozen=True)
class Answer:
    """A consent as a list gives it: the participation, the purpose, given
    or refused, on which day and how."""

    participation_id: int
    purpose: str
    given: bool
    given_on: date | None
    how: str = ""


def record_many(session: Session, answers: Iterable[Answer]) -> int:
    """Record every answer, replacing what was recorded for the same
    participation and purpose (a withdrawal too; the wording asked stays),
    thousands at once; how many."""
    wanted = list(answers)
    recorded: dict[tuple[int, str], Consent] = {}
    for chunk in chunks(sorted({answer.participation_id for answer in wanted})):
        for found in session.exec(select(Consent).where(col(Consent.participation_id).in_(chunk))):
            recorded[(found.participation_id, found.purpose)] = found
    new: list[dict[str, object]] = []
    for answer in wanted:
        fields = {
            "given": answer.given,
            "given_on": answer.given_on,
            "how": values.optional_choice(answer.how, ConsentWay, "how"),
            "withdrawn_on": None,
        }
        before = recorded.get((answer.participation_id, _purpose(answer.purpose)))
        if before is None:
            new.append(fields | {"participation_id": answer.participation_id, "purpose": _purpose(answer.purpose)})
            continue
        for name, value in fields.items():
            setattr(before, name, value)
        session.add(before)
    session.flush()
    bulk.insert_rows(session, Consent, new)
    return len(wanted)
