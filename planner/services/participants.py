"""Who takes part in an event: role, status, arrival and departure."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import partial
from operator import attrgetter
from typing import Any, NamedTuple

from sqlalchemy import ColumnElement, Date, func, text
from sqlmodel import Session, col, select

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
from planner.db.quick_reads import all_rows
from planner.services import bulk, directory, history, messages_sent, values
from planner.services.anonymous_names import shown_name
from planner.services.common import create_row, fetch, update_row
from planner.services.errors import InUse, InvalidInput, NotFound
from planner.services.events import get_event
from planner.services.labels import choices
from planner.services.language import say, say_n
from planner.services.name_order import by_name, name_key

# -- the vocabulary of a participation, for forms and lists -------------------

ROLE_CHOICES: list[tuple[str, str]] = choices(Role)
STATUS_CHOICES: list[tuple[str, str]] = choices(ParticipationStatus)
DEFAULT_ROLE = Role.PARTICIPANT.value
DEFAULT_STATUS = ParticipationStatus.INVITED.value
# The order a participation moves through: counts and sorting follow it.
STATUS_ORDER: list[str] = [status.value for status in ParticipationStatus]
# Those who will not be, or were not, there.
ABSENT = frozenset(
    {ParticipationStatus.DECLINED.value, ParticipationStatus.CANCELLED.value, ParticipationStatus.NO_SHOW.value}
)
# People on the list who will not come: left off printed lists and invitations.
NOT_COMING = frozenset({ParticipationStatus.DECLINED.value, ParticipationStatus.CANCELLED.value})

# Participation ids are looked up this many at a time.
_CHUNK = 500


def chunks(ids: Sequence[int]) -> Iterable[Sequence[int]]:
    """``ids`` a few hundred at a time: what one query looks up."""
    for start in range(0, len(ids), _CHUNK):
        yield ids[start : start + _CHUNK]


def clean_participation(raw: dict[str, Any]) -> dict[str, Any]:
    """A participation's fields checked one by one and together (not against
    other rows): role, status, days in order, notes."""
    cleaned: dict[str, Any] = {
        "event_id": raw.get("event_id"),
        "person_id": raw.get("person_id"),
        "role": values.choice(raw.get("role"), Role, "role", default=DEFAULT_ROLE),
        "status": values.choice(raw.get("status"), ParticipationStatus, "status", default=DEFAULT_STATUS),
        "arrives_on": values.day(raw.get("arrives_on"), "arrives_on", required=False),
        "departs_on": values.day(raw.get("departs_on"), "departs_on", required=False),
        "notes": values.text(raw.get("notes"), "notes", values.NOTE),
    }
    arrives, departs = cleaned["arrives_on"], cleaned["departs_on"]
    if arrives and departs and departs < arrives:
        raise InvalidInput(
            "departs_on", say("{departs} is before arrives_on {arrives}", departs=departs, arrives=arrives)
        )
    return cleaned


def normalise_participation(session: Session, raw: dict[str, Any]) -> dict[str, Any]:
    cleaned = clean_participation(raw)
    person = fetch(session, Person, cleaned["person_id"], "person")
    existing = session.exec(
        select(Participation).where(
            col(Participation.event_id) == cleaned["event_id"], col(Participation.person_id) == person.id
        )
    ).first()
    if existing is not None and existing.id != raw.get("id"):
        raise InvalidInput("person", say("{name} already takes part in this event", name=person.full_name))
    return cleaned


def add_participant(session: Session, event_id: int, person_id: int, **fields: Any) -> Participation:
    get_event(session, event_id)
    return create_row(
        session, Participation, fields | {"event_id": event_id, "person_id": person_id}, normalise_participation
    )


def update_participation(session: Session, participation_id: int, **changes: Any) -> Participation:
    row = fetch(session, Participation, participation_id, "participation")
    return update_row(session, row, changes, normalise_participation)


def _participations(session: Session, participation_ids: Iterable[int]) -> list[Participation]:
    """The rows, in the order asked for (each once); NotFound for one that
    is not there."""
    wanted = list(dict.fromkeys(participation_ids))
    found: dict[int | None, Participation] = {}
    for chunk in chunks(wanted):
        found.update(
            (row.id, row) for row in session.exec(select(Participation).where(col(Participation.id).in_(chunk)))
        )
    rows = []
    for participation_id in wanted:
        row = found.get(participation_id)
        rows.append(row if row is not None else fetch(session, Participation, participation_id, "participation"))
    return rows


def set_many(session: Session, participation_ids: Sequence[int], **changes: Any) -> None:
    """Change the status or role of several participants at once."""
    if not set(changes) <= {"status", "role"}:
        for participation_id in participation_ids:
            update_participation(session, participation_id, **changes)
        return
    # Status and role need no check against other rows: check the values
    # once, read the rows in a few queries and write them in one statement
    # (a flush per row would make thousands of participants take minutes).
    cleaned = {}
    if "role" in changes:
        cleaned["role"] = values.choice(changes["role"], Role, "role", default=DEFAULT_ROLE)
    if "status" in changes:
        cleaned["status"] = values.choice(changes["status"], ParticipationStatus, "status", default=DEFAULT_STATUS)
    before, each = [], []
    for row in _stored_participations(session, participation_ids):
        changed = {name: value for name, value in cleaned.items() if row[name] != value}
        if changed:
            before.append(row)
            each.append(changed)
    bulk.update_rows(session, Participation, before, each)


def _stored_participations(session: Session, participation_ids: Sequence[int]) -> list[dict[str, Any]]:
    """The rows as stored (plain values), in the order asked for (each
    once); NotFound for one that is not there."""
    session.flush()
    wanted = list(dict.fromkeys(participation_ids))
    stored = history.stored_rows(session.connection(), bulk.table_of(Participation), [(key,) for key in wanted])
    for participation_id in wanted:
        if (participation_id,) not in stored:
            fetch(session, Participation, participation_id, "participation")  # NotFound names it
    return [stored[(participation_id,)] for participation_id in wanted]


# -- what refers to a participant ---------------------------------------------

SPEAKER, MODERATOR = "agenda items as speaker", "agenda items as moderator"
TRAVEL_LEGS, HOTEL_STAYS, COSTS = "travel legs", "hotel stays", "costs"
# Taking part in the agenda needs the person in the event; travel, stays and
# costs are records of bookings and money, which stay when the person goes.
BLOCKING_REFERENCES = (SPEAKER, MODERATOR)


def references_of(session: Session, participation_ids: Sequence[int]) -> dict[int, dict[str, int]]:
    """What in each participation's event still refers to its person, as
    counts by description ("agenda items as speaker": 2); a few queries
    however many participations are asked about."""
    rows = _participations(session, participation_ids)
    found: dict[int, dict[str, int]] = {row.id: {} for row in rows if row.id is not None}
    by_event: dict[int, dict[int, int]] = {}  # event → person → participation
    for row in rows:
        if row.id is not None:
            by_event.setdefault(row.event_id, {})[row.person_id] = row.id

    def add(what: str, counts: Iterable[tuple[int, int, int]]) -> None:
        for event_id, person_id, number in counts:
            participation_id = by_event.get(event_id, {}).get(person_id)
            if participation_id is not None and number:
                found[participation_id][what] = number

    for event_id, people in by_event.items():
        person_ids = list(people)
        for chunk in chunks(person_ids):
            in_event = col(AgendaItem.event_id) == event_id
            speaking = (
                select(AgendaItem.event_id, AgendaSpeaker.person_id, func.count())
                .join(AgendaItem, col(AgendaItem.id) == col(AgendaSpeaker.item_id))
                .where(in_event, col(AgendaSpeaker.person_id).in_(chunk))
                .group_by(col(AgendaItem.event_id), col(AgendaSpeaker.person_id))
            )
            add(SPEAKER, _counted(session, speaking))
            moderating = (
                select(AgendaItem.event_id, col(AgendaItem.moderator_id), func.count())
                .where(in_event, col(AgendaItem.moderator_id).in_(chunk))
                .group_by(col(AgendaItem.event_id), col(AgendaItem.moderator_id))
            )
            add(MODERATOR, _counted(session, moderating))
            for what, model in ((TRAVEL_LEGS, TravelLeg), (HOTEL_STAYS, Stay)):
                add(what, _counted(session, _per_person(model, event_id, chunk)))
            add(COSTS, _counted(session, _per_person(Cost, event_id, chunk)))
    # In the order the question lists them.
    order = (SPEAKER, MODERATOR, TRAVEL_LEGS, HOTEL_STAYS, COSTS)
    return {key: {what: counts[what] for what in order if what in counts} for key, counts in found.items()}


def _per_person(model: type[TravelLeg] | type[Stay] | type[Cost], event_id: int, person_ids: Sequence[int]) -> Any:
    """(event, person, count) of a model's rows of the event."""
    return (
        select(col(model.event_id), col(model.person_id), func.count())
        .where(col(model.event_id) == event_id, col(model.person_id).in_(person_ids))
        .group_by(col(model.event_id), col(model.person_id))
    )


def _counted(session: Session, query: Any) -> list[tuple[int, int, int]]:
    return [(int(event_id), int(person_id), int(number)) for event_id, person_id, number in session.exec(query)]


def _titles(session: Session, condition: ColumnElement[bool]) -> str:
    """'Opening', 'Panel' and 2 more."""
    query = select(AgendaItem.title).where(condition).order_by(col(AgendaItem.starts_at), col(AgendaItem.id))
    titles = [say("'{title}'", title=title) for title in session.exec(query)]
    shown = ", ".join(titles[:3])
    return say("{shown} and {count} more", shown=shown, count=len(titles) - 3) if len(titles) > 3 else shown


def _what_they_lead(session: Session, row: Participation, references: dict[str, int]) -> tuple[str, str]:
    """The titles of the agenda items the person speaks in and of those
    they moderate ("" for none): "'Opening', 'Panel' and 2 more"."""
    in_event = col(AgendaItem.event_id) == row.event_id
    speaking = moderating = ""
    if SPEAKER in references:
        spoken = select(AgendaSpeaker.item_id).where(col(AgendaSpeaker.person_id) == row.person_id)
        speaking = _titles(session, in_event & col(AgendaItem.id).in_(spoken))
    if MODERATOR in references:
        moderating = _titles(session, in_event & (col(AgendaItem.moderator_id) == row.person_id))
    return speaking, moderating


def removal_refusal(
    session: Session, participation_ids: Sequence[int], references: dict[int, dict[str, int]] | None = None
) -> str:
    """Why these participants cannot be taken out of their event ("" when
    they can): who speaks in or moderates which agenda items.
    ``references``: ``references_of`` them, when already read."""
    if references is None:
        references = references_of(session, participation_ids)
    blocked = [
        row
        for row in _participations(session, participation_ids)
        if row.id is not None and any(what in references[row.id] for what in BLOCKING_REFERENCES)
    ]
    if not blocked:
        return ""
    advice = say("Take them off those agenda items first, or set their status to Cancelled.")
    people = {row.id: fetch(session, Person, row.person_id, "person").full_name for row in blocked}
    if len(blocked) == 1:
        [row] = blocked
        assert row.id is not None
        speaking, moderating = _what_they_lead(session, row, references[row.id])
        name = people[row.id]
        if speaking and moderating:
            return say(
                "{name} cannot be removed from this event: they speak in {speaking} and moderate {moderating}. {advice}",
                name=name,
                speaking=speaking,
                moderating=moderating,
                advice=advice,
            )
        if speaking:
            return say(
                "{name} cannot be removed from this event: they speak in {speaking}. {advice}",
                name=name,
                speaking=speaking,
                advice=advice,
            )
        return say(
            "{name} cannot be removed from this event: they moderate {moderating}. {advice}",
            name=name,
            moderating=moderating,
            advice=advice,
        )
    shown = []
    for row in blocked[:3]:
        assert row.id is not None
        speaking, moderating = _what_they_lead(session, row, references[row.id])
        name = people[row.id]
        if speaking and moderating:
            shown.append(
                say(
                    "{name} speaks in {speaking} and moderates {moderating}",
                    name=name,
                    speaking=speaking,
                    moderating=moderating,
                )
            )
        elif speaking:
            shown.append(say("{name} speaks in {speaking}", name=name, speaking=speaking))
        else:
            shown.append(say("{name} moderates {moderating}", name=name, moderating=moderating))
    listed = "; ".join(shown)
    if len(blocked) > 3:
        listed = say("{listed}; and {count} more", listed=listed, count=len(blocked) - 3)
    return say_n(
        "{count} of them cannot be removed from this event: {listed}. {advice}",
        "{count} of them cannot be removed from this event: {listed}. {advice}",
        len(blocked),
        listed=listed,
        advice=advice,
    )


def remove_participants(session: Session, participation_ids: Sequence[int]) -> None:
    """Take people out of their event (they stay in the Directory, with
    their travel, stays and costs). All or none: refused (InUse) while any
    of them speaks in or moderates agenda items of the event."""
    refusal = removal_refusal(session, participation_ids)
    if refusal:
        raise InUse(refusal)
    bulk.delete_rows(session, Participation, _stored_participations(session, participation_ids))


def remove_participant(session: Session, participation_id: int) -> None:
    """Take a person out of an event (they stay in the Directory). Refused
    while they speak in or moderate agenda items of the event."""
    remove_participants(session, [participation_id])


def participant_name(session: Session, participation_id: int) -> str:
    """ "Matteo Galli": the participant's given and family name."""
    row = fetch(session, Participation, participation_id, "participation")
    return fetch(session, Person, row.person_id, "person").full_name


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
    assert created.id is not None  # flushed
    return add_participant(session, event_id, created.id, **participation)


def participant_by_email(session: Session, event: Event, email: str) -> Person:
    """The participant of ``event`` with this e-mail address, or an error
    naming why there is none."""
    person = directory.find_person_by_email(session, email)
    if person is None:
        raise NotFound(say("{address}: there is no person with this e-mail address", address=email))
    found = session.exec(
        select(Participation.id).where(
            col(Participation.event_id) == event.id, col(Participation.person_id) == person.id
        )
    ).first()
    if found is None:
        raise NotFound(
            say(
                "{address}: {name} is not a participant of '{event}'",
                address=email,
                name=person.full_name,
                event=event.title,
            )
        )
    return person


def participant_by_id(session: Session, event: Event, person_id: int) -> Person:
    """The participant of ``event`` who is the person ``person_id``, or an
    error naming why there is none."""
    person = session.get(Person, person_id)
    if person is None:
        raise NotFound(say("person {id}: there is no such person", id=person_id))
    found = session.exec(
        select(Participation.id).where(
            col(Participation.event_id) == event.id, col(Participation.person_id) == person.id
        )
    ).first()
    if found is None:
        raise NotFound(say("{name} is not a participant of '{event}'", name=person.full_name, event=event.title))
    return person


def participations_of(session: Session, event_id: int) -> list[tuple[Participation, Person]]:
    query = (
        select(Participation, Person)
        .join(Person, col(Person.id) == col(Participation.person_id))
        .where(col(Participation.event_id) == event_id)
        .order_by(col(Person.family_name), col(Person.given_name), col(Person.id))
    )
    return [(participation, person) for participation, person in session.exec(query)]


# -- read models ---------------------------------------------------------------


@dataclass(frozen=True)
class ListedEvent:
    """The event a participant list belongs to, as its views name it."""

    id: int
    title: str
    starts_on: date


def listed_event(session: Session, event_id: int) -> ListedEvent:
    event = get_event(session, event_id)
    return ListedEvent(event_id, event.title, event.starts_on)


class ParticipantRow(NamedTuple):
    """One line of an event's participant list: the participation with its
    person and organisation, as plain values (a named tuple: thousands are
    made at once, each in one step)."""

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
    language: str  # their preferred language's code, "" when not known
    gender: str  # a value of Gender, "" while not stated
    role: str
    status: str
    arrives_on: date | None
    departs_on: date | None
    notes: str
    # Their last answer to the invitation, as read back from their reply
    # (ACCEPTED, DECLINED, TENTATIVE; "" for none).
    answer: str = ""
    # The messages made from templates sent or written to them for this
    # event, newest first, each on a line.
    messages: tuple[str, ...] = ()

    @property
    def name(self) -> str:
        """ "Dr. Francesca Colombo"; "a participant from HBio" once anonymised."""
        return shown_name(
            " ".join(part for part in (self.honorific, self.given_name, self.family_name) if part), self.organisation
        )

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


# The event's participants with their people and organisations, and each
# one's newest answer read back (one pass over the event's invitations, not
# a look-up per row). Written out: a list opened once per event pays no
# building of the statement, and the rows come as plain values.
_PARTICIPANTS = text(
    """
    SELECT participation.id, person.id, person.honorific, person.given_name, person.family_name,
        person.organisation_id, organisation.name, person.position,
        coalesce(nullif(person.region, ''), organisation.region, ''), person.country, person.email,
        person.phone, person.dietary, person.accessibility, person.language, person.gender,
        participation.role, participation.status, participation.arrives_on, participation.departs_on,
        participation.notes, answer.reply
    FROM participation JOIN person ON person.id = participation.person_id
    LEFT OUTER JOIN organisation ON organisation.id = person.organisation_id
    LEFT OUTER JOIN (
        SELECT person_id, reply,
            row_number() OVER (PARTITION BY person_id ORDER BY replied_at DESC) AS newest
        FROM invitation_sent
        WHERE event_id = :event_id AND replied_at IS NOT NULL
    ) AS answer ON answer.person_id = participation.person_id AND answer.newest = 1
    WHERE participation.event_id = :event_id
    """
).columns(arrives_on=Date, departs_on=Date)


def participant_rows(session: Session, event_id: int) -> list[ParticipantRow]:
    """The event's participants with their people and organisations, in one
    query (and one for the messages sent), in the order of names
    (``name_order``)."""
    sent = {
        person_id: tuple(message.describe() for message in messages)
        for person_id, messages in messages_sent.messages_of_event(session, event_id).items()
    }  # one query, whatever the number of people
    make = partial(tuple.__new__, ParticipantRow)  # each row in one step: the query gives every field
    # Through the connection: plain rows, without the ORM's loading of entities.
    rows = [
        make(
            (
                participation,
                person,
                honorific,
                given,
                family,
                organisation_id,
                organisation or "",  # no organisation
                position,
                region,
                country,
                email or "",  # no e-mail is NULL
                phone,
                dietary,
                accessibility,
                language,
                gender,
                role,
                status,
                arrives,
                departs,
                notes,
                answer or "",  # no answer read back
                sent.get(person, ()),
            )
        )
        for (
            participation,
            person,
            honorific,
            given,
            family,
            organisation_id,
            organisation,
            position,
            region,
            country,
            email,
            phone,
            dietary,
            accessibility,
            language,
            gender,
            role,
            status,
            arrives,
            departs,
            notes,
            answer,
        ) in all_rows(session.connection(), _PARTICIPANTS.bindparams(event_id=event_id))
    ]
    return by_name(rows, attrgetter("family_name"), attrgetter("given_name"), attrgetter("person_id"))


def people_not_in_event(session: Session, event_id: int) -> list[tuple[int, str]]:
    """(person id, "Name — Organisation") for everyone in the Directory who
    does not take part in the event yet, by family name."""
    taking_part = select(Participation.person_id).where(col(Participation.event_id) == event_id)
    query = (
        select(Person.id, Person.given_name, Person.family_name, Organisation.name)
        .outerjoin(Organisation, col(Organisation.id) == col(Person.organisation_id))
        .where(col(Person.id).not_in(taking_part))
        .order_by(col(Person.family_name), col(Person.given_name), col(Person.id))
    )
    people = []
    found = sorted(session.exec(query), key=lambda row: name_key(row[2], row[1]))
    for person_id, given, family, organisation in found:
        name = " ".join(part for part in (given, family) if part)
        assert person_id is not None  # a stored row's key
        people.append((person_id, f"{name} — {organisation}" if organisation else name))
    return people


def participations_by_person(session: Session, event_id: int) -> dict[int, Participation]:
    """The event's participations by the person's id."""
    query = select(Participation).where(col(Participation.event_id) == event_id)
    return {row.person_id: row for row in session.exec(query)}
