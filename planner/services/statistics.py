"""The figures a project reports to its funder, for one event or over a
programme or a period: participants by country, gender, type of
organisation, new or returning to the network, and the counts EU
indicators ask for (participations in joint actions, events held,
organisations and countries involved).

Who counts: at an event whose attendance is recorded (anyone marked as
attended), those who attended; at one whose attendance is not recorded,
those who were coming (everyone on the list but those who declined,
cancelled or did not show up). Cancelled events count for nothing.

What is counted is a participation (a person at an event), as EU
indicators count "participations in joint actions": someone at three
events of a programme counts three times in the tables; the number of
different people is given beside it.

New or returning: a participation is returning when the person took part
(by the same rule) in an event of the same programme that started on an
earlier day; for an event without a programme, in any event that started
on an earlier day."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlmodel import Session, col

from planner.db.enums import EventStatus, Gender, OrganisationKind
from planner.db.models import Event, Organisation, Participation, Person
from planner.services import labels
from planner.services.common import fetch, id_of
from planner.services.errors import InvalidInput
from planner.services.language import say
from planner.services.taking_part import taking_part

# The order the tables show genders in; "" is not stated.
GENDERS = (str(Gender.WOMAN), str(Gender.MAN), str(Gender.ANOTHER), "")


@dataclass(frozen=True)
class Scope:
    """Which events: one (``event_id``), or those of a programme, or those
    starting in a period, or those of a programme in a period."""

    event_id: int | None = None
    programme: str | None = None
    starts: date | None = None  # first day of the period
    ends: date | None = None  # last day of the period


@dataclass(frozen=True)
class EventFigures:
    """One event of the scope and its own counts."""

    event_id: int
    title: str
    starts_on: date
    ends_on: date
    programme: str
    city: str
    country: str
    status: str
    attendance_recorded: bool  # False: those who were coming are counted
    participants: int
    by_gender: tuple[tuple[str, int], ...]  # in GENDERS' order
    new: int
    returning: int


@dataclass(frozen=True)
class Statistics:
    events: tuple[EventFigures, ...]  # by date
    participations: int  # a person at an event: "participations in joint actions"
    people: int  # different people
    by_country: tuple[tuple[str, int], ...]  # ISO code ("" not known), most first
    by_gender: tuple[tuple[str, int], ...]  # in GENDERS' order, every one
    by_organisation_kind: tuple[tuple[str, int], ...]  # OrganisationKind's order, "" (no organisation) last
    new: int
    returning: int
    organisations: int  # of the participants and the hosts
    countries: int  # of the participants

    @property
    def events_held(self) -> int:
        return sum(1 for event in self.events if event.status == EventStatus.HELD)

    @property
    def attendance(self) -> str:
        """ "recorded" (at every event), "expected" (at none) or "mixed"."""
        recorded = {event.attendance_recorded for event in self.events}
        if recorded == {True}:
            return "recorded"
        return "expected" if recorded <= {False} else "mixed"


@dataclass(frozen=True)
class _Event:
    id: int
    programme: str
    starts_on: date


def programmes(session: Session) -> list[str]:
    """The programmes events belong to, by name."""
    query = select(col(Event.programme)).where(col(Event.programme) != "").distinct()
    return sorted(session.scalars(query), key=str.casefold)


def check_scope(session: Session, scope: Scope) -> None:
    """Refuse a scope that cannot be meant, naming what is wrong."""
    if scope.starts and scope.ends and scope.ends < scope.starts:
        raise InvalidInput(
            "to",
            say(
                "the period ends on {end}, before it starts on {start}",
                end=labels.day(scope.ends),
                start=labels.day(scope.starts),
            ),
        )
    if scope.event_id is not None:
        fetch(session, Event, scope.event_id, "event")
    if scope.programme and _programme_key(scope.programme) not in {
        _programme_key(name) for name in programmes(session)
    }:
        known = ", ".join(programmes(session)) or "none yet"
        raise InvalidInput(
            "programme",
            say(
                "no event belongs to a programme named '{name}' (known: {known})",
                name=scope.programme.strip(),
                known=known,
            ),
        )


def _programme_key(name: str) -> str:
    return " ".join(name.split()).casefold()


def scope_events(session: Session, scope: Scope) -> list[Event]:
    """The events of the scope by date; cancelled ones only when asked for by id."""
    check_scope(session, scope)
    if scope.event_id is not None:
        return [fetch(session, Event, scope.event_id, "event")]
    query = select(Event).where(col(Event.status) != EventStatus.CANCELLED)
    if scope.starts:
        query = query.where(col(Event.starts_on) >= scope.starts)
    if scope.ends:
        query = query.where(col(Event.starts_on) <= scope.ends)
    found = list(session.scalars(query.order_by(col(Event.starts_on), col(Event.id))))
    if scope.programme:
        wanted = _programme_key(scope.programme)
        found = [event for event in found if _programme_key(event.programme) == wanted]
    return found


def who_took_part(statuses: Iterable[tuple[int, str]]) -> tuple[set[int], bool]:
    """The people counted at one event (from each participation's person
    and status), and whether attendance is recorded there."""
    counted, recorded = taking_part(statuses, lambda row: row[1])
    return {person for person, _ in counted}, recorded


def statistics(session: Session, scope: Scope) -> Statistics:
    chosen = scope_events(session, scope)
    everything = [
        _Event(ident, programme, starts_on)
        for ident, programme, starts_on in session.execute(
            select(col(Event.id), col(Event.programme), col(Event.starts_on)).where(
                col(Event.status) != EventStatus.CANCELLED
            )
        )
    ]
    events: dict[int, _Event] = {event.id: event for event in everything}
    events |= {id_of(event): _Event(id_of(event), event.programme, event.starts_on) for event in chosen}
    statuses: dict[int, list[tuple[int, str]]] = {}
    for event_id, person_id, status in session.execute(
        select(col(Participation.event_id), col(Participation.person_id), col(Participation.status))
    ):
        if event_id in events:
            statuses.setdefault(event_id, []).append((person_id, status))
    present: dict[int, set[int]] = {}
    recorded: dict[int, bool] = {}
    for event_id in events:
        present[event_id], recorded[event_id] = who_took_part(statuses.get(event_id, ()))
    # Where each person took part: (programme, first day) of each event.
    taken_part: dict[int, list[_Event]] = {}
    for event_id, present_there in present.items():
        for person_id in present_there:
            taken_part.setdefault(person_id, []).append(events[event_id])

    def returning(person_id: int, event: _Event) -> bool:
        same = _programme_key(event.programme)
        return any(
            earlier.starts_on < event.starts_on and (not same or _programme_key(earlier.programme) == same)
            for earlier in taken_part[person_id]
        )

    counted_people = {person for event in chosen for person in present[id_of(event)]}
    people = _people(session, counted_people)
    kinds = _organisation_kinds(session, {organisation for _, _, organisation in people.values() if organisation})
    countries: Counter[str] = Counter()
    genders: Counter[str] = Counter()
    organisation_kinds: Counter[str] = Counter()
    organisations: set[int] = {event.host_id for event in chosen if event.host_id is not None}
    figures: list[EventFigures] = []
    all_new = all_returning = 0
    for event in chosen:
        ident = id_of(event)
        event_genders: Counter[str] = Counter()
        new = back = 0
        for person_id in present[ident]:
            country, gender, organisation_id = people[person_id]
            countries[country] += 1
            event_genders[gender] += 1
            organisation_kinds[kinds.get(organisation_id, "") if organisation_id else ""] += 1
            if organisation_id:
                organisations.add(organisation_id)
            if returning(person_id, events[ident]):
                back += 1
            else:
                new += 1
        genders.update(event_genders)
        all_new, all_returning = all_new + new, all_returning + back
        figures.append(
            EventFigures(
                ident,
                event.title,
                event.starts_on,
                event.ends_on,
                event.programme,
                event.venue_city,
                event.venue_country,
                event.status,
                recorded[ident],
                len(present[ident]),
                tuple((gender, event_genders[gender]) for gender in GENDERS),
                new,
                back,
            )
        )
    kind_order = [str(kind) for kind in OrganisationKind] + [""]
    return Statistics(
        events=tuple(figures),
        participations=sum(countries.values()),
        people=len(counted_people),
        by_country=tuple(sorted(countries.items(), key=lambda item: (item[0] == "", -item[1], item[0]))),
        by_gender=tuple((gender, genders[gender]) for gender in GENDERS),
        by_organisation_kind=tuple((kind, organisation_kinds[kind]) for kind in kind_order if organisation_kinds[kind]),
        new=all_new,
        returning=all_returning,
        organisations=len(organisations),
        countries=len([country for country in countries if country]),
    )


def _people(session: Session, person_ids: set[int]) -> dict[int, tuple[str, str, int | None]]:
    """(country, gender, organisation id) by person id."""
    found: dict[int, tuple[str, str, int | None]] = {}
    ids = sorted(person_ids)
    for start in range(0, len(ids), 500):
        query = select(col(Person.id), col(Person.country), col(Person.gender), col(Person.organisation_id)).where(
            col(Person.id).in_(ids[start : start + 500])
        )
        for ident, country, gender, organisation in session.execute(query):
            found[ident] = (country, gender, organisation)
    return found


def _organisation_kinds(session: Session, organisation_ids: set[int]) -> dict[int, str]:
    ids = sorted(organisation_ids)
    found: dict[int, str] = {}
    for start in range(0, len(ids), 500):
        query = select(col(Organisation.id), col(Organisation.kind)).where(
            col(Organisation.id).in_(ids[start : start + 500])
        )
        found.update((ident, kind) for ident, kind in session.execute(query))
    return found
