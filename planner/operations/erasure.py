"""Forgetting one person on their request: erased (their record and the
rows only about them deleted) or anonymised (statistics kept), as
``services.erasure.erasure_plan`` said before the user agreed; refused
while a funder's evidence must be kept. What it removes leaves no trace
in the database's files once committed; undo, while the window is open,
writes it all back."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlalchemy import select
from sqlmodel import Session, col

from planner.db.enums import PurgeKind
from planner.db.models import AgendaItem, AgendaSpeaker, Cost, MinutesItem, Participation, Purge, Stay, TravelLeg
from planner.db.sqlite import leave_no_trace
from planner.errors import PlannerError
from planner.operations.base import Operation
from planner.services import history
from planner.services.anonymising import strip_identities
from planner.services.directory import get_person
from planner.services.erasure import Way, erasure_plan
from planner.services.language import marked, say

# What the record of removals says, naming nobody.
ERASED = "one person erased on their request"
ANONYMISED = "one person anonymised on their request"


class EvidenceKept(PlannerError):
    """The person's data is still a funder's evidence: nothing was changed."""


@dataclass(frozen=True)
class ForgetPerson(Operation[Way]):
    """Erase or anonymise one person as of ``today``; what was done."""

    person_id: int
    today: date
    label = marked("Forget a person")

    def run(self, session: Session) -> Way:
        plan = erasure_plan(session, self.person_id, self.today)
        if plan.refused:
            raise EvidenceKept(
                say("{name} cannot be forgotten yet: {reasons}", name=plan.name, reasons="; ".join(plan.refusals))
            )
        leave_no_trace(session)
        person = get_person(session, self.person_id)
        strip_identities(session, [person], self.today)
        if plan.way is Way.ERASE:
            _delete(session, self.person_id)
        session.add(
            Purge(
                done_at=datetime.now(UTC).replace(tzinfo=None),
                kind=PurgeKind.PERSON.value,
                what=ERASED if plan.way is Way.ERASE else ANONYMISED,
                count=1,
            )
        )
        session.flush()
        return plan.way


def _delete(session: Session, person_id: int) -> None:
    """The person and what is only about them; what the event's accounts
    and agenda need stays, without them."""
    only_theirs = (
        select(AgendaSpeaker).where(col(AgendaSpeaker.person_id) == person_id),
        select(TravelLeg).where(col(TravelLeg.person_id) == person_id),
        select(Stay).where(col(Stay.person_id) == person_id),
        select(Participation).where(col(Participation.person_id) == person_id),
    )
    for query in only_theirs:
        for row in session.scalars(query).all():
            session.delete(row)
    for item in session.scalars(select(AgendaItem).where(col(AgendaItem.moderator_id) == person_id)).all():
        item.moderator_id = None
        session.add(item)
    for action in session.scalars(select(MinutesItem).where(col(MinutesItem.owner_id) == person_id)).all():
        action.owner_id = None
        session.add(action)
    for cost in session.scalars(select(Cost).where(col(Cost.person_id) == person_id)).all():
        cost.person_id = None
        session.add(cost)
    session.flush()
    session.delete(get_person(session, person_id))
    session.flush()
    history.forget_followers(session, "participation")
    history.forget_followers(session, "person")
