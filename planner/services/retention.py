"""How long personal data is kept, as rules on dates given to them (the
caller says which day it is: nothing here reads the clock).

Dietary and access needs are health data (GDPR Art. 9): an event's
participants' needs may be removed from its *needs date*, its last day plus
the days it keeps them (its own, or the database's default). A person's
needs live on their record, shared by all their events, so someone who
comes to a later event keeps theirs until that event is past its own date.

The funder's evidence of an event (who came, from where) is kept until its
programme's audit date; the day after, the event may be anonymised: names
and contact details removed, what the statistics count kept. An event of
no programme keeps no funder evidence; a programme whose audit date is not
set keeps its events' evidence until it is."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from sqlalchemy import select
from sqlmodel import Session, col

from planner.db.models import DataPolicy, Event, Participation, Person, Programme, Purge
from planner.services.errors import InvalidInput
from planner.services.language import say
from planner.services.programmes import name_key

DEFAULT_NEEDS_DAYS = 28
LONGEST_DAYS = 3650  # ten years: longer is surely a slip of the keyboard


# -- how long ---------------------------------------------------------------------


def database_days(session: Session) -> int:
    """Days after an event that needs are kept, unless the event says otherwise."""
    policy = session.get(DataPolicy, 1)
    return policy.needs_kept_days if policy is not None else DEFAULT_NEEDS_DAYS


def checked_days(days: int | None, where: str) -> int | None:
    """A number of days as the user gave it (None: the database's)."""
    if days is None:
        return None
    if not 0 <= days <= LONGEST_DAYS:
        raise InvalidInput(where, say("the days needs are kept must be between 0 and {most}", most=LONGEST_DAYS))
    return days


def kept_days(session: Session, event: Event) -> int:
    return event.needs_kept_days if event.needs_kept_days is not None else database_days(session)


def needs_date(session: Session, event: Event) -> date:
    """The first day the event's needs may be removed: its last day plus the days they are kept."""
    return event.ends_on + timedelta(days=kept_days(session, event))


# -- whose needs --------------------------------------------------------------------


@dataclass(frozen=True)
class NeedsPurge:
    """Whose dietary and access needs go when an event's are purged, and who
    keeps theirs for a later event (person ids)."""

    removed: list[int] = field(default_factory=list)
    kept_for_later: list[int] = field(default_factory=list)


def _has_needs(person: Person) -> bool:
    return bool(person.dietary.strip() or person.accessibility.strip())


def _events_of(session: Session, person_ids: list[int]) -> dict[int, list[Event]]:
    rows = session.execute(
        select(col(Participation.person_id), Event)
        .join(Event, col(Event.id) == col(Participation.event_id))
        .where(col(Participation.person_id).in_(person_ids))
    ).all()
    found: dict[int, list[Event]] = defaultdict(list)
    for person_id, event in rows:
        found[person_id].append(event)
    return found


def _people_of(session: Session, event_id: int) -> list[Person]:
    return list(
        session.scalars(
            select(Person)
            .join(Participation, col(Participation.person_id) == col(Person.id))
            .where(col(Participation.event_id) == event_id)
            .order_by(col(Person.id))
        ).all()
    )


def needs_purge(session: Session, event: Event, today: date) -> NeedsPurge:
    """The participants of ``event`` whose needs may go on ``today``: those
    holding any, every other event of whom is past its needs date too (or
    already purged or anonymised). One coming to an event not yet past its
    date keeps theirs: the caterer of that event still needs them."""
    assert event.id is not None
    holding = [person for person in _people_of(session, event.id) if _has_needs(person)]
    others = _events_of(session, [person.id for person in holding if person.id is not None])
    removed: list[int] = []
    kept: list[int] = []
    for person in holding:
        assert person.id is not None
        later = [
            other
            for other in others.get(person.id, [])
            if other.id != event.id and not _needs_gone(session, other, today)
        ]
        (kept if later else removed).append(person.id)
    return NeedsPurge(removed, kept)


def _needs_gone(session: Session, event: Event, today: date) -> bool:
    return event.needs_purged_on is not None or event.anonymised_on is not None or needs_date(session, event) <= today


# -- funder evidence ------------------------------------------------------------------


@dataclass(frozen=True)
class Evidence:
    """How long an event's funder evidence is kept: ``until`` (the
    programme's audit date) or, when there is none, why (``reason``)."""

    until: date | None
    reason: str = ""  # "no programme", "audit date not set"

    def due(self, today: date) -> bool:
        """Whether the evidence may go on ``today``: the day after the audit date."""
        return self.until is not None and today > self.until


NO_PROGRAMME = "no programme"
AUDIT_DATE_NOT_SET = "audit date not set"


def programme_of(session: Session, event: Event) -> Programme | None:
    return _programme_named(session, event.programme)


def _programme_named(session: Session, name: str) -> Programme | None:
    key = name_key(name)
    if not key:
        return None
    return next((row for row in session.scalars(select(Programme)) if name_key(row.name) == key), None)


def evidence(session: Session, event: Event) -> Evidence:
    """An event's evidence date: its programme's audit date. An event of no
    programme keeps no funder evidence (nothing to wait for, nothing
    proposed); a programme without an audit date keeps it until one is set."""
    if not name_key(event.programme):
        return Evidence(None, NO_PROGRAMME)
    programme = programme_of(session, event)
    if programme is None or programme.audit_until is None:
        return Evidence(None, AUDIT_DATE_NOT_SET)
    return Evidence(programme.audit_until)


@dataclass(frozen=True)
class Anonymising:
    """Who loses their name and contact details when an event is
    anonymised, and who is kept because another event still keeps its
    records of them (person ids)."""

    stripped: list[int] = field(default_factory=list)
    kept_for_other_events: list[int] = field(default_factory=list)


def still_kept(session: Session, event: Event, today: date) -> bool:
    """Whether an event keeps its records of people on ``today``: not
    anonymised, and its evidence not yet due to go."""
    return event.anonymised_on is None and not evidence(session, event).due(today)


def anonymising(session: Session, event: Event, today: date) -> Anonymising:
    """The event's participants not yet anonymised, split: those in no other
    event still kept lose who they are; the others stay named, because the
    other event's evidence (its signed sheets, its funder's lists) must
    still say who came."""
    assert event.id is not None
    people = [person for person in _people_of(session, event.id) if person.anonymised_on is None]
    others = _events_of(session, [person.id for person in people if person.id is not None])
    stripped: list[int] = []
    kept: list[int] = []
    for person in people:
        assert person.id is not None
        elsewhere = [
            other for other in others.get(person.id, []) if other.id != event.id and still_kept(session, other, today)
        ]
        (kept if elsewhere else stripped).append(person.id)
    return Anonymising(stripped, kept)


# -- what is due ---------------------------------------------------------------------


@dataclass(frozen=True)
class Due:
    """An event with personal data past its time: ``kind`` "needs" (its
    participants' needs may be purged from ``since``) or "event" (it may be
    anonymised: its evidence was kept until the day before ``since``)."""

    kind: str
    event_id: int
    title: str
    starts_on: date
    since: date
    people: int  # how many would lose something
    kept: int = 0  # how many keep theirs: a later event, or another event still kept, needs them


NEEDS = "needs"
EVENT = "event"


def due_on(session: Session, today: date) -> list[Due]:
    """What is due on ``today``: events whose needs date has come and whose
    needs are not purged yet (and someone's would go), and events whose
    evidence date has passed and that are not anonymised yet; by event date.
    Read when the window opens: the events no participant has needs for are
    known from one query, the audit dates from another."""
    holding_needs = set(
        session.scalars(
            select(col(Participation.event_id))
            .join(Person, col(Person.id) == col(Participation.person_id))
            .where((col(Person.dietary) != "") | (col(Person.accessibility) != ""))
            .distinct()
        )
    )
    audits = {name_key(row.name): row.audit_until for row in session.scalars(select(Programme))}
    found: list[Due] = []
    for event in session.scalars(select(Event).order_by(col(Event.starts_on), col(Event.id))).all():
        assert event.id is not None
        if event.anonymised_on is not None:
            continue
        if event.id in holding_needs and event.needs_purged_on is None and needs_date(session, event) <= today:
            purge = needs_purge(session, event, today)
            if purge.removed:
                since = needs_date(session, event)
                removed, kept = len(purge.removed), len(purge.kept_for_later)
                found.append(Due(NEEDS, event.id, event.title, event.starts_on, since, removed, kept))
        until = audits.get(name_key(event.programme))
        if until is not None and today > until:
            split = anonymising(session, event, today)
            stripped, kept = len(split.stripped), len(split.kept_for_other_events)
            found.append(Due(EVENT, event.id, event.title, event.starts_on, until + timedelta(days=1), stripped, kept))
    return found


def due_events(items: list[Due]) -> int:
    """How many events the items are about (an event may be due twice)."""
    return len({item.event_id for item in items})


# -- what the window shows ------------------------------------------------------------


@dataclass(frozen=True)
class EventNeeds:
    """How long an event keeps its participants' needs, as its Overview shows it."""

    own_days: int | None  # None: as the database says
    database_days: int
    needs_date: date
    purged_on: date | None
    anonymised_on: date | None


def event_needs(session: Session, event_id: int) -> EventNeeds | None:
    event = session.get(Event, event_id)
    if event is None:
        return None
    return EventNeeds(
        event.needs_kept_days,
        database_days(session),
        needs_date(session, event),
        event.needs_purged_on,
        event.anonymised_on,
    )


def audit_date(session: Session, programme: str) -> date | None:
    """The audit date of the programme of this name (None: not set, or no such programme)."""
    found = _programme_named(session, programme)
    return found.audit_until if found is not None else None


@dataclass(frozen=True)
class PurgeRecord:
    """A removal as the record lists it: when (UTC), what kind, of which event, in words naming nobody."""

    done_at: datetime
    kind: str
    event_title: str  # "" when the event was deleted since
    what: str
    count: int


def recorded_purges(session: Session, limit: int = 50) -> list[PurgeRecord]:
    """The latest removals of personal data, newest first."""
    rows = session.execute(
        select(Purge, col(Event.title))
        .outerjoin(Event, col(Event.id) == col(Purge.event_id))
        .order_by(col(Purge.done_at).desc(), col(Purge.id).desc())
        .limit(limit)
    ).all()
    return [PurgeRecord(purge.done_at, purge.kind, title or "", purge.what, purge.count) for purge, title in rows]
