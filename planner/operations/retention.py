"""Removing personal data past its time, and how long it is kept: the
needs of an event's participants purged, an event anonymised, the days
needs are kept (the database's, an event's), a programme's audit date.

A purge or an anonymisation is done only when the user asked for it (a
confirmation in the window, a question or --yes on the command line), after
``back_up_first``; each is recorded in words that name nobody (a Purge row)
and, like every operation, undone from the Edit menu while the window is
open."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlmodel import Session, col

from planner.db.enums import PurgeKind
from planner.db.models import DataPolicy, Event, Person, Programme, Purge
from planner.db.sqlite import leave_no_trace
from planner.errors import PlannerError
from planner.operations.base import Operation
from planner.services import retention
from planner.services.anonymising import strip_identities
from planner.services.common import fetch
from planner.services.errors import InvalidInput
from planner.services.labels import day
from planner.services.language import english_n, marked, say
from planner.services.programmes import name_key

if TYPE_CHECKING:
    from planner.db.store import Store


def back_up_first(store: Store) -> Path:
    """The backup made before personal data is removed: kept like the
    backups made before an upgrade (90 days at least), so that what a purge
    removed can be brought back after the window is closed too."""
    from planner.db import backups

    return backups.back_up(store, reason=backups.BEFORE_REMOVING)


def _record(session: Session, kind: PurgeKind, event_id: int, what: str, count: int) -> None:
    now = datetime.now(UTC).replace(tzinfo=None)
    session.add(Purge(done_at=now, kind=kind.value, event_id=event_id, what=what, count=count))


@dataclass(frozen=True)
class NeedsPurged:
    removed: int  # people whose needs were removed
    kept_for_later: int  # people who keep theirs for a later event


@dataclass(frozen=True)
class PurgeNeeds(Operation[NeedsPurged]):
    """Remove the dietary and access needs of an event's participants
    (health data), once the event is over; those coming to a later event
    keep theirs. Recorded as a purge."""

    event_id: int
    today: date
    label = marked("Remove dietary and access needs")

    def run(self, session: Session) -> NeedsPurged:
        leave_no_trace(session)  # health data removed is gone from the file and its WAL too
        event = fetch(session, Event, self.event_id, "event")
        if self.today <= event.ends_on:
            raise PlannerError(
                say("{event}: is not over yet; its participants' needs are still needed", event=event.title)
            )
        if event.anonymised_on is not None:
            raise PlannerError(say("{event}: is anonymised already; no needs are left", event=event.title))
        purge = retention.needs_purge(session, event, self.today)
        for person_id in purge.removed:
            person = fetch(session, Person, person_id, "person")
            person.dietary, person.accessibility = "", ""
            session.add(person)
        event.needs_purged_on = self.today
        session.add(event)
        assert event.id is not None
        what = english_n(
            "Dietary and access needs of {number} participant",
            "Dietary and access needs of {number} participants",
            len(purge.removed),
            number=len(purge.removed),
        )
        _record(session, PurgeKind.NEEDS, event.id, what, len(purge.removed))
        return NeedsPurged(len(purge.removed), len(purge.kept_for_later))


@dataclass(frozen=True)
class EventAnonymised:
    stripped: int  # people whose names and contact details were removed
    kept_for_other_events: int  # people left named: another event still keeps its records of them


def evidence_still_kept(session: Session, event: Event, today: date) -> str:
    """Why the event may not be anonymised on ``today`` ("" when it may)."""
    kept = retention.evidence(session, event)
    if kept.reason == retention.AUDIT_DATE_NOT_SET:
        return say(
            "{event}: the audit date of the programme {programme} is not set; its funder's evidence is kept until it is",
            event=event.title,
            programme=event.programme,
        )
    if kept.until is not None and not kept.due(today):
        return say("{event}: the funder's evidence is kept until {day}", event=event.title, day=day(kept.until))
    if today <= event.ends_on:
        return say("{event}: is not over yet", event=event.title)
    return ""


@dataclass(frozen=True)
class AnonymiseEvent(Operation[EventAnonymised]):
    """Remove the names and contact details of an event's participants once
    its funder's evidence is no longer kept; what the statistics count
    (countries, organisations, gender) stays. Recorded as a purge."""

    event_id: int
    today: date
    label = marked("Anonymise event")

    def run(self, session: Session) -> EventAnonymised:
        leave_no_trace(session)  # names removed are gone from the file and its WAL too
        event = fetch(session, Event, self.event_id, "event")
        if event.anonymised_on is not None:
            raise PlannerError(say("{event}: is anonymised already", event=event.title))
        why_not = evidence_still_kept(session, event, self.today)
        if why_not:
            raise PlannerError(why_not)
        # A participant of another event whose records are still kept stays
        # named: that event's signed sheets and funder's lists must still say
        # who came. They are anonymised with the last of their events.
        split = retention.anonymising(session, event, self.today)
        people = [fetch(session, Person, person_id, "person") for person_id in split.stripped]
        strip_identities(session, people, self.today)
        event = fetch(session, Event, self.event_id, "event")  # strip_identities expired what was loaded
        event.anonymised_on = self.today
        session.add(event)
        assert event.id is not None
        what = english_n(
            "Names and contact details of {number} participant",
            "Names and contact details of {number} participants",
            len(people),
            number=len(people),
        )
        _record(session, PurgeKind.EVENT, event.id, what, len(people))
        return EventAnonymised(len(people), len(split.kept_for_other_events))


@dataclass(frozen=True)
class SetDatabaseNeedsDays(Operation[int]):
    """How many days after an event its participants' dietary and access
    needs are kept, unless the event says otherwise."""

    days: int
    label = marked("Change how long needs are kept")

    def run(self, session: Session) -> int:
        days = retention.checked_days(self.days, "days")
        assert days is not None
        policy = session.get(DataPolicy, 1) or DataPolicy(id=1)
        policy.needs_kept_days = days
        session.add(policy)
        return days

    def merge_key(self) -> str:
        return "database needs days"  # a spin box stepped again and again is one step


@dataclass(frozen=True)
class SetEventNeedsDays(Operation[int]):
    """How many days after this event its participants' needs are kept
    (None: as the database says); returns the days in force."""

    event_id: int
    days: int | None
    label = marked("Change how long needs are kept")

    def run(self, session: Session) -> int:
        event = fetch(session, Event, self.event_id, "event")
        event.needs_kept_days = retention.checked_days(self.days, "needs_kept_days")
        session.add(event)
        return retention.kept_days(session, event)

    def merge_key(self) -> tuple[str, int]:
        return ("event needs days", self.event_id)  # a spin box stepped again and again is one step


@dataclass(frozen=True)
class SetAuditDate(Operation[str]):
    """The day until which the funder's evidence of a programme's events is
    kept (None: not known yet: kept); returns the programme's name."""

    programme: str
    audit_until: date | None
    label = marked("Change audit date")

    def run(self, session: Session) -> str:
        key = name_key(self.programme)
        found = next((row for row in session.scalars(select(Programme)) if name_key(row.name) == key), None)
        if found is None:
            named = {name_key(name) for name in session.scalars(select(col(Event.programme)))}
            if not key or key not in named:
                raise InvalidInput(
                    "programme", say("no event belongs to a programme called '{name}'", name=self.programme)
                )
            found = Programme(name=" ".join(self.programme.split()))
        found.audit_until = self.audit_until
        session.add(found)
        return found.name
