"""Who takes part in an event: role, status, arrival and departure."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlmodel import Session

from planner.db.enums import ParticipationStatus, Role
from planner.db.models import (
    AgendaItem,
    AgendaSpeaker,
    Cost,
    Event,
    Organisation,
    Participation,
    Person,
    Stay,
    TravelLeg,
)
from planner.services import directory, values
from planner.services.common import create_row, fetch, update_row
from planner.services.errors import InUse, InvalidInput, NotFound
from planner.services.events import get_event


def normalise_participation(session: Session, raw: dict[str, Any]) -> dict[str, Any]:
    cleaned = {
        "event_id": raw["event_id"],
        "person_id": raw.get("person_id"),
        "role": values.choice(raw.get("role"), Role, "role", default=Role.PARTICIPANT),
        "status": values.choice(raw.get("status"), ParticipationStatus, "status", default=ParticipationStatus.INVITED),
        "arrives_on": values.day(raw.get("arrives_on"), "arrives_on", required=False),
        "departs_on": values.day(raw.get("departs_on"), "departs_on", required=False),
        "notes": values.text(raw.get("notes"), "notes"),
    }
    person = fetch(session, Person, cleaned["person_id"], "person")
    arrives, departs = cleaned["arrives_on"], cleaned["departs_on"]
    if arrives and departs and departs < arrives:
        raise InvalidInput("departs_on", f"{departs} is before arrives_on {arrives}")
    existing = session.scalars(
        select(Participation).where(Participation.event_id == cleaned["event_id"], Participation.person_id == person.id)
    ).first()
    if existing is not None and existing.id != raw.get("id"):
        raise InvalidInput("person", f"{person.full_name} already takes part in this event")
    return cleaned


def add_participant(session: Session, event_id: int, person_id: int, **fields: Any) -> Participation:
    get_event(session, event_id)
    return create_row(
        session, Participation, fields | {"event_id": event_id, "person_id": person_id}, normalise_participation
    )


def update_participation(session: Session, participation_id: int, **changes: Any) -> Participation:
    row = fetch(session, Participation, participation_id, "participation")
    return update_row(session, row, changes, normalise_participation)


def set_many(session: Session, participation_ids: list[int], **changes: Any) -> None:
    """Change the status or role of several participants at once."""
    if not set(changes) <= {"status", "role"}:
        for participation_id in participation_ids:
            update_participation(session, participation_id, **changes)
        return
    # Status and role need no check against other rows: check the values
    # once, load the rows in a few queries and flush once (one flush per
    # row would make thousands of participants take minutes).
    cleaned = {}
    if "role" in changes:
        cleaned["role"] = values.choice(changes["role"], Role, "role", default=Role.PARTICIPANT)
    if "status" in changes:
        cleaned["status"] = values.choice(
            changes["status"], ParticipationStatus, "status", default=ParticipationStatus.INVITED
        )
    wanted = list(dict.fromkeys(participation_ids))
    found: dict[int, Participation] = {}
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        found.update((row.id, row) for row in session.scalars(select(Participation).where(Participation.id.in_(chunk))))
    for participation_id in wanted:
        row = found.get(participation_id)
        if row is None:
            fetch(session, Participation, participation_id, "participation")  # raises NotFound
        for name, value in cleaned.items():
            if getattr(row, name) != value:
                setattr(row, name, value)
    session.flush()


def participation_references(session: Session, participation_id: int) -> dict[str, int]:
    """What in the participation's event still refers to its person, as
    counts by description ("agenda items as speaker": 2)."""
    row = fetch(session, Participation, participation_id, "participation")
    event_id, person_id = row.event_id, row.person_id

    def count(*conditions) -> int:
        return session.scalar(select(func.count()).where(*conditions)) or 0

    counts = {
        "agenda items as speaker": count(
            AgendaSpeaker.person_id == person_id,
            AgendaSpeaker.item_id.in_(select(AgendaItem.id).where(AgendaItem.event_id == event_id)),
        ),
        "agenda items as moderator": count(AgendaItem.event_id == event_id, AgendaItem.moderator_id == person_id),
        "travel legs": count(TravelLeg.event_id == event_id, TravelLeg.person_id == person_id),
        "hotel stays": count(Stay.event_id == event_id, Stay.person_id == person_id),
        "costs": count(Cost.event_id == event_id, Cost.person_id == person_id),
    }
    return {label: number for label, number in counts.items() if number}


# Taking part in the agenda needs the person in the event; travel, stays and
# costs are records of bookings and money, which stay when the person goes.
BLOCKING_REFERENCES = ("agenda items as speaker", "agenda items as moderator")


def _titles(session: Session, query) -> str:
    """'Opening', 'Panel' and 2 more."""
    titles = [f"'{title}'" for title in session.scalars(query.order_by(AgendaItem.starts_at, AgendaItem.id))]
    shown = ", ".join(titles[:3])
    return f"{shown} and {len(titles) - 3} more" if len(titles) > 3 else shown


def remove_participant(session: Session, participation_id: int) -> None:
    """Take a person out of an event (they stay in the Directory). Refused
    while they speak in or moderate agenda items of the event."""
    row = fetch(session, Participation, participation_id, "participation")
    references = participation_references(session, participation_id)
    if any(label in references for label in BLOCKING_REFERENCES):
        person = fetch(session, Person, row.person_id, "person")
        items = select(AgendaItem.title).where(AgendaItem.event_id == row.event_id)
        parts = []
        if "agenda items as speaker" in references:
            speaking = select(AgendaSpeaker.item_id).where(AgendaSpeaker.person_id == row.person_id)
            parts.append(f"speak in {_titles(session, items.where(AgendaItem.id.in_(speaking)))}")
        if "agenda items as moderator" in references:
            parts.append(f"moderate {_titles(session, items.where(AgendaItem.moderator_id == row.person_id))}")
        raise InUse(
            f"{person.full_name} cannot be removed from this event: they {' and '.join(parts)}. "
            "Take them off those agenda items first, or set their status to Cancelled."
        )
    session.delete(row)
    session.flush()


def add_new_person(
    session: Session,
    event_id: int,
    person: dict[str, Any],
    *,
    organisation_name: str = "",
    **participation: Any,
) -> Participation:
    """Create a person (and their organisation when ``organisation_name``
    names one not yet in the Directory) and add them to the event, all in
    the caller's unit of work."""
    get_event(session, event_id)
    created = directory.create_person(session, **directory.with_organisation(session, person, organisation_name))
    return add_participant(session, event_id, created.id, **participation)


# People on the list who will not come: left off printed lists and invitations.
NOT_COMING = frozenset({ParticipationStatus.DECLINED.value, ParticipationStatus.CANCELLED.value})


def participant_by_email(session: Session, event: Event, email: str) -> Person:
    """The participant of ``event`` with this e-mail address, or an error
    naming why there is none."""
    person = directory.find_person_by_email(session, email)
    if person is None:
        raise NotFound(f"{email}: there is no person with this e-mail address")
    found = session.scalars(
        select(Participation.id).where(Participation.event_id == event.id, Participation.person_id == person.id)
    ).first()
    if found is None:
        raise NotFound(f"{email}: {person.full_name} is not a participant of '{event.title}'")
    return person


def participations_of(session: Session, event_id: int) -> list[tuple[Participation, Person]]:
    query = (
        select(Participation, Person)
        .join(Person, Person.id == Participation.person_id)
        .where(Participation.event_id == event_id)
        .order_by(Person.family_name, Person.given_name, Person.id)
    )
    return [(participation, person) for participation, person in session.execute(query)]


# -- read model --------------------------------------------------------------


@dataclass(frozen=True)
class ParticipantRow:
    """One line of an event's participant list: the participation with its
    person and organisation, as plain values."""

    participation_id: int
    person_id: int
    honorific: str
    given_name: str
    family_name: str
    organisation_id: int | None
    organisation: str
    position: str
    region: str  # the person's own, else their organisation's
    country: str
    email: str
    phone: str
    dietary: str
    accessibility: str
    role: str
    status: str
    arrives_on: date | None
    departs_on: date | None
    notes: str

    @property
    def name(self) -> str:
        """ "Dr. Francesca Colombo"."""
        return " ".join(part for part in (self.honorific, self.given_name, self.family_name) if part)

    @property
    def full_name(self) -> str:
        return " ".join(part for part in (self.given_name, self.family_name) if part)

    def participation_values(self) -> dict[str, Any]:
        """The fields ``update_participation`` takes."""
        return {
            "role": self.role,
            "status": self.status,
            "arrives_on": self.arrives_on,
            "departs_on": self.departs_on,
            "notes": self.notes,
        }


def participant_rows(session: Session, event_id: int) -> list[ParticipantRow]:
    """The event's participants with their people and organisations, in one
    query, by family name."""
    query = (
        select(
            Participation.id,
            Person.id,
            Person.honorific,
            Person.given_name,
            Person.family_name,
            Person.organisation_id,
            Organisation.name,
            Person.position,
            func.coalesce(func.nullif(Person.region, ""), Organisation.region, ""),
            Person.country,
            Person.email,
            Person.phone,
            Person.dietary,
            Person.accessibility,
            Participation.role,
            Participation.status,
            Participation.arrives_on,
            Participation.departs_on,
            Participation.notes,
        )
        .join(Person, Person.id == Participation.person_id)
        .outerjoin(Organisation, Organisation.id == Person.organisation_id)
        .where(Participation.event_id == event_id)
        .order_by(Person.family_name, Person.given_name, Person.id)
    )
    rows = []
    # Through the connection: plain rows, without the ORM's loading of
    # entities (a fifth of the time for 5,000 participants).
    for values_ in session.connection().execute(query):
        data = list(values_)
        data[6] = data[6] or ""  # no organisation
        data[10] = data[10] or ""  # no e-mail is NULL
        rows.append(ParticipantRow(*data))
    return rows


def people_not_in_event(session: Session, event_id: int) -> list[tuple[int, str]]:
    """(person id, "Name — Organisation") for everyone in the Directory who
    does not take part in the event yet, by family name."""
    taking_part = select(Participation.person_id).where(Participation.event_id == event_id)
    query = (
        select(Person.id, Person.given_name, Person.family_name, Organisation.name)
        .outerjoin(Organisation, Organisation.id == Person.organisation_id)
        .where(Person.id.not_in(taking_part))
        .order_by(Person.family_name, Person.given_name, Person.id)
    )
    choices = []
    for person_id, given, family, organisation in session.execute(query):
        name = " ".join(part for part in (given, family) if part)
        choices.append((person_id, f"{name} — {organisation}" if organisation else name))
    return choices
