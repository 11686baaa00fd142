"""Consents: what a participant agreed to, changed as the user does it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlmodel import Session

from planner.errors import PlannerError
from planner.operations.base import Operation
from planner.services import consent
from planner.services.errors import InvalidInput
from planner.services.language import marked, say


@dataclass(frozen=True)
class SetConsent(Operation[None]):
    """Record a participant's answer for one purpose (shared_list, photos,
    needs, contact_after), replacing the one before: given yes (agreed), no
    (refused) or none (never asked: the answer recorded is removed); how:
    form, email, paper or oral."""

    participation_id: int
    purpose: str
    given: bool | None
    given_on: date | None = None
    how: str = ""
    wording: str = ""
    withdrawn_on: date | None = None
    label = marked("Set consent")

    def run(self, session: Session) -> None:
        try:
            if self.given is None:
                consent.forget(session, self.participation_id, self.purpose)
                return
            consent.record(
                session,
                self.participation_id,
                self.purpose,
                given=self.given,
                given_on=self.given_on,
                how=self.how,
                wording=self.wording,
                withdrawn_on=self.withdrawn_on,
            )
        except InvalidInput as problem:
            if self.purpose not in consent.PURPOSE_WORDS:
                raise
            # Said with the purpose it concerns: a dialog shows four of them.
            purpose = say(consent.PURPOSE_WORDS[self.purpose])
            raise PlannerError(say("{purpose}: {problem}", purpose=purpose, problem=problem.message)) from None


@dataclass(frozen=True)
class SetConsents(Operation[None]):
    """Several answers of one participant (SetConsent each), as one step."""

    answers: tuple[SetConsent, ...]
    label = marked("Set consent")

    def run(self, session: Session) -> None:
        for answer in self.answers:
            answer.run(session)


@dataclass(frozen=True)
class WithdrawConsent(Operation[None]):
    """The participant withdrew a consent they had given, on a day."""

    participation_id: int
    purpose: str
    on: date
    label = marked("Withdraw consent")

    def run(self, session: Session) -> None:
        consent.withdraw(session, self.participation_id, self.purpose, self.on)


@dataclass(frozen=True)
class SwitchConsentNeeded(Operation[None]):
    """Whether the event's lists given to others hold only those who
    agreed to be on them."""

    event_id: int
    needed: bool
    label = marked("Change consent for shared lists")

    def run(self, session: Session) -> None:
        consent.set_consent_needed(session, self.event_id, self.needed)


@dataclass(frozen=True)
class WithConsents(Operation[Any]):
    """Another edit of a participation (its role, status, days) and its
    consents, saved by one OK: one step to undo."""

    edit: Operation[Any]
    consents: SetConsents

    @property
    def label(self) -> str:
        return self.edit.label

    def run(self, session: Session) -> Any:
        result = self.edit.run(session)
        self.consents.run(session)
        return result
