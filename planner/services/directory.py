"""People and organisations: the directory shared by all events."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import partial
from operator import attrgetter
from typing import Any, NamedTuple, cast

from sqlalchemy import ColumnElement, func, or_, select, text
from sqlmodel import Session, col

from planner.db.caseless import caseless_equals
from planner.db.enums import OrganisationKind, ParticipationStatus
from planner.db.models import (
    AgendaItem,
    AgendaSpeaker,
    Cost,
    Event,
    MinutesItem,
    Organisation,
    Participation,
    Person,
    Stay,
    TravelLeg,
)
from planner.db.quick_reads import all_rows
from planner.services import history, messages_sent, values
from planner.services.anonymous_names import shown_name
from planner.services.common import create_row, fetch, update_row
from planner.services.errors import InUse, InvalidInput
from planner.services.genders import stated_gender
from planner.services.labels import choices
from planner.services.language import say, say_n
from planner.services.name_order import by_name
from planner.services.preferred_language import preferred_language


def _caseless(column: object, value: str) -> ColumnElement[bool]:
    # A mapped attribute is a column expression at run time; the models'
    # annotations only say what its values are.
    return caseless_equals(cast("ColumnElement[str]", column), value)


# -- organisations ---------------------------------------------------------


def clean_organisation(raw: dict[str, Any]) -> dict[str, Any]:
    """An organisation's fields checked one by one (not against others)."""
    return {
        "name": values.required_line(raw.get("name"), "name"),
        "kind": values.choice(raw.get("kind"), OrganisationKind, "kind", default=OrganisationKind.OTHER),
        "region": values.line(raw.get("region"), "region"),
        "country": values.country(raw.get("country"), "country"),
        "website": values.line(raw.get("website"), "website", values.NOTE),
        "is_sample": bool(raw.get("is_sample", False)),
    }


def normalise_organisation(session: Session, raw: dict[str, Any]) -> dict[str, Any]:
    cleaned = clean_organisation(raw)
    same = find_organisation(session, cleaned["name"], cleaned["country"])
    if same is not None and same.id != raw.get("id"):
        raise InvalidInput("name", say("an organisation named '{name}' already exists", name=same.name))
    return cleaned


def find_organisation(session: Session, name: str, country: str = "") -> Organisation | None:
    """An organisation of this name (case ignored), in this country when
    both sides give one."""
    name = name.strip()
    query = select(Organisation).where(_caseless(Organisation.name, name))
    for row in session.scalars(query.order_by(col(Organisation.id))):
        if row.name.lower() == name.lower() and (not country or not row.country or row.country == country):
            return row
    return None


def create_organisation(session: Session, **fields: Any) -> Organisation:
    return create_row(session, Organisation, fields, normalise_organisation)


def organisation_named(session: Session, name: str, country: str = "") -> Organisation:
    """The organisation of this name, created if the Directory has none: for
    forms where a person's organisation can be typed in. A refusal names the
    field ``organisation``."""
    found = find_organisation(session, name, values.line(country, "country").upper())
    if found is not None:
        return found
    try:
        return create_organisation(session, name=name, country=country)
    except InvalidInput as problem:
        raise InvalidInput("organisation" if problem.field == "name" else problem.field, problem.message) from None


def with_organisation(session: Session, fields: dict[str, Any], organisation_name: str = "") -> dict[str, Any]:
    """A person's fields with ``organisation_id`` set to the organisation
    named (found or created) when a name was typed instead of picked."""
    if not organisation_name.strip():
        return dict(fields)
    organisation = organisation_named(session, organisation_name, fields.get("country") or "")
    return dict(fields) | {"organisation_id": organisation.id}


def update_organisation(session: Session, organisation_id: int, **changes: Any) -> Organisation:
    row = fetch(session, Organisation, organisation_id, "organisation")

    def normalise(inner: Session, raw: dict[str, Any]) -> dict[str, Any]:
        return normalise_organisation(inner, raw | {"id": organisation_id})

    return update_row(session, row, changes, normalise)


def organisation_kinds() -> list[tuple[str, str]]:
    """(stored value, label) of every kind of organisation, for pickers."""
    return choices(OrganisationKind)


def _count(session: Session, *conditions: ColumnElement[bool]) -> int:
    return session.scalar(select(func.count()).where(*conditions)) or 0


def _counted(references: dict[str, int]) -> str:
    """ "2 participations, 4 travel legs": what still refers to a row, in
    the window's language (in English, the plural even of one)."""
    words = {
        "members": lambda n: say_n("{count} members", "{count} members", n),
        "events hosted": lambda n: say_n("{count} events hosted", "{count} events hosted", n),
        "minutes items proposed": lambda n: say_n(
            "{count} minutes items proposed", "{count} minutes items proposed", n
        ),
        "participations": lambda n: say_n("{count} participations", "{count} participations", n),
        "agenda items as speaker": lambda n: say_n(
            "{count} agenda items as speaker", "{count} agenda items as speaker", n
        ),
        "agenda items as moderator": lambda n: say_n(
            "{count} agenda items as moderator", "{count} agenda items as moderator", n
        ),
        "travel legs": lambda n: say_n("{count} travel legs", "{count} travel legs", n),
        "hotel stays": lambda n: say_n("{count} hotel stays", "{count} hotel stays", n),
        "costs": lambda n: say_n("{count} costs", "{count} costs", n),
        "minutes items": lambda n: say_n("{count} minutes items", "{count} minutes items", n),
    }
    return ", ".join(
        words[label](count) if label in words else f"{count} {label}" for label, count in references.items()
    )


def organisation_references(session: Session, organisation_id: int) -> dict[str, int]:
    """What still refers to an organisation, as counts by description."""
    counts = {
        "members": _count(session, col(Person.organisation_id) == organisation_id),
        "events hosted": _count(session, col(Event.host_id) == organisation_id),
        "minutes items proposed": _count(session, col(MinutesItem.by_organisation_id) == organisation_id),
    }
    return {label: count for label, count in counts.items() if count}


def delete_organisation(session: Session, organisation_id: int, *, detach_members: bool = False) -> None:
    """Delete an organisation. Refused while events or minutes refer to it;
    refused while it has members unless ``detach_members`` says to leave
    them without an organisation."""
    row = fetch(session, Organisation, organisation_id, "organisation")
    references = organisation_references(session, organisation_id)
    if detach_members:
        references.pop("members", None)
    if references:
        raise InUse(
            say("organisation '{name}' cannot be deleted: it has {listed}", name=row.name, listed=_counted(references))
        )
    if detach_members:
        for member in session.scalars(select(Person).where(col(Person.organisation_id) == organisation_id)):
            member.organisation_id = None
        session.flush()
    session.delete(row)
    session.flush()
    history.forget_followers(session, "organisation")


# -- people ----------------------------------------------------------------


def clean_person(raw: dict[str, Any], *, email_checked: bool = False) -> dict[str, Any]:
    """A person's fields checked one by one (not against others).
    ``email_checked``: the address is one ``values.email`` already gave
    (checking one costs more than all the other fields)."""
    address = raw.get("email")
    cleaned: dict[str, Any] = {
        "honorific": values.line(raw.get("honorific"), "honorific"),
        "given_name": values.line(raw.get("given_name"), "given_name"),
        "family_name": values.line(raw.get("family_name"), "family_name"),
        "organisation_id": raw.get("organisation_id"),
        "position": values.line(raw.get("position"), "position"),
        "region": values.line(raw.get("region"), "region"),
        "country": values.country(raw.get("country"), "country"),
        "email": (address if email_checked else values.email(address, "email")) or None,
        "phone": values.line(raw.get("phone"), "phone"),
        "dietary": values.text(raw.get("dietary"), "dietary", values.NOTE),
        "accessibility": values.text(raw.get("accessibility"), "accessibility", values.NOTE),
        "language": preferred_language(raw.get("language"), "language"),
        "gender": stated_gender(raw.get("gender")),
        "is_sample": bool(raw.get("is_sample", False)),
    }
    if not cleaned["given_name"] and not cleaned["family_name"]:
        raise InvalidInput("family_name", say("a person needs a given name or a family name"))
    return cleaned


def normalise_person(session: Session, raw: dict[str, Any]) -> dict[str, Any]:
    cleaned = clean_person(raw)
    if cleaned["organisation_id"] is not None:
        fetch(session, Organisation, cleaned["organisation_id"], "organisation")
    if cleaned["email"]:
        owner = find_person_by_email(session, cleaned["email"])
        if owner is not None and owner.id != raw.get("id"):
            raise InvalidInput(
                "email",
                say("{address} is already the address of {name}", address=cleaned["email"], name=owner.full_name),
            )
    return cleaned


def find_person_by_email(session: Session, address: str) -> Person | None:
    address = address.strip()
    found = session.scalars(select(Person).where(_caseless(Person.email, address)).order_by(col(Person.id)))
    return next((person for person in found if (person.email or "").lower() == address.lower()), None)


def find_person_by_name(
    session: Session, given_name: str, family_name: str, organisation_id: int | None
) -> Person | None:
    """The same full name (case ignored) in the same organisation."""
    given_name, family_name = given_name.strip(), family_name.strip()
    organisation = col(Person.organisation_id)
    query = select(Person).where(
        _caseless(Person.family_name, family_name),
        organisation.is_(None) if organisation_id is None else organisation == organisation_id,
    )
    return next(
        (
            person
            for person in session.scalars(query.order_by(col(Person.id)))
            if person.family_name.lower() == family_name.lower() and person.given_name.lower() == given_name.lower()
        ),
        None,
    )


def create_person(session: Session, **fields: Any) -> Person:
    return create_row(session, Person, fields, normalise_person)


def update_person(session: Session, person_id: int, **changes: Any) -> Person:
    row = fetch(session, Person, person_id, "person")

    def normalise(inner: Session, raw: dict[str, Any]) -> dict[str, Any]:
        return normalise_person(inner, raw | {"id": person_id})

    return update_row(session, row, changes, normalise)


def person_references(session: Session, person_id: int) -> dict[str, int]:
    """What still refers to a person, as counts by description."""
    counts = {
        "participations": _count(session, col(Participation.person_id) == person_id),
        "agenda items as speaker": _count(session, col(AgendaSpeaker.person_id) == person_id),
        "agenda items as moderator": _count(session, col(AgendaItem.moderator_id) == person_id),
        "travel legs": _count(session, col(TravelLeg.person_id) == person_id),
        "hotel stays": _count(session, col(Stay.person_id) == person_id),
        "costs": _count(session, col(Cost.person_id) == person_id),
        "minutes items": _count(
            session, or_(col(MinutesItem.by_person_id) == person_id, col(MinutesItem.owner_id) == person_id)
        ),
    }
    return {label: number for label, number in counts.items() if number}


def delete_person(session: Session, person_id: int) -> None:
    """Delete a person who nothing refers to; otherwise say what does."""
    row = fetch(session, Person, person_id, "person")
    references = person_references(session, person_id)
    if references:
        raise InUse(say("{name} cannot be deleted: still in {listed}", name=row.full_name, listed=_counted(references)))
    session.delete(row)
    session.flush()
    # The records of invitations sent to them lost their link in the database.
    history.forget_followers(session, "person")


# -- read models -------------------------------------------------------------


def display_name(honorific: str, given_name: str, family_name: str) -> str:
    """A person's name as the Directory shows it: "Dr. Dimitra Alexiou"."""
    return " ".join(part for part in (honorific, given_name, family_name) if part)


class PersonRow(NamedTuple):
    """A person as the Directory lists them (a named tuple: tens of
    thousands are made at once, each in one step)."""

    id: int
    honorific: str
    given_name: str
    family_name: str
    organisation_id: int | None
    organisation: str
    position: str
    country: str
    email: str
    events: int

    @property
    def name(self) -> str:
        return shown_name(display_name(self.honorific, self.given_name, self.family_name), self.organisation)


# Everyone, the organisations' names and how many events each person took
# part in: three plain reads joined here by id, quicker than SQLite's joins
# for 20,000 people. Written out: the Directory opened once pays no
# building of statements.
_PEOPLE = text("SELECT id, honorific, given_name, family_name, organisation_id, position, country, email FROM person")
_ORGANISATION_NAMES = text("SELECT id, name FROM organisation")
_EVENTS_TAKEN_PART = text("SELECT person_id, count(*) FROM participation GROUP BY person_id")


def people_rows(session: Session) -> list[PersonRow]:
    """Everyone in the Directory with their organisation and how many events
    they took part in, in three plain reads, in the order of names
    (``name_order``)."""
    connection = session.connection()
    organisations: dict[int | None, str] = dict(all_rows(connection, _ORGANISATION_NAMES))
    taken_part: dict[int, int] = dict(all_rows(connection, _EVENTS_TAKEN_PART))
    make = partial(tuple.__new__, PersonRow)  # each row in one step: the query gives every field
    people = [
        make(
            (
                ident,
                honorific,
                given,
                family,
                organisation_id,
                organisations.get(organisation_id, ""),  # "" for none
                position,
                country,
                email or "",  # no e-mail is NULL
                taken_part.get(ident, 0),
            )
        )
        for ident, honorific, given, family, organisation_id, position, country, email in all_rows(connection, _PEOPLE)
    ]
    return by_name(people, attrgetter("family_name"), attrgetter("given_name"), attrgetter("id"))


class OrganisationRow(NamedTuple):
    id: int
    name: str
    kind: str
    region: str
    country: str
    website: str
    members: int


# Every organisation with its number of members, by name (``lower`` is the
# connection's, which folds every script).
_ORGANISATIONS = text(
    """
    SELECT organisation.id, organisation.name, organisation.kind, organisation.region, organisation.country,
        organisation.website, members.members
    FROM organisation
    LEFT OUTER JOIN (
        SELECT organisation_id, count(*) AS members FROM person
        WHERE organisation_id IS NOT NULL GROUP BY organisation_id
    ) AS members ON members.organisation_id = organisation.id
    ORDER BY lower(organisation.name), organisation.id
    """
)


def organisation_rows(session: Session) -> list[OrganisationRow]:
    """Every organisation with its number of members, in one query, by name."""
    make = partial(tuple.__new__, OrganisationRow)  # each row in one step: the query gives every field
    return [
        make((ident, name, kind, region, country, website, count or 0))
        for ident, name, kind, region, country, website, count in all_rows(session.connection(), _ORGANISATIONS)
    ]


# A participation in which the person did not, or will not, take part.
ABSENT = frozenset({ParticipationStatus.DECLINED, ParticipationStatus.CANCELLED, ParticipationStatus.NO_SHOW})


@dataclass(frozen=True)
class HistoryRow:
    """One event a person took part in."""

    participation_id: int
    event_id: int
    title: str
    starts_on: date
    ends_on: date
    role: str
    status: str
    # The messages made from templates that went to them for the event,
    # newest first, each on a line.
    messages: tuple[str, ...] = ()

    @property
    def absent(self) -> bool:
        """They declined, cancelled or did not come."""
        return self.status in ABSENT


def participation_history(session: Session, person_id: int) -> list[HistoryRow]:
    """The events a person took part in, newest first, in one query."""
    query = (
        select(
            col(Participation.id),
            col(Event.id),
            col(Event.title),
            col(Event.starts_on),
            col(Event.ends_on),
            col(Participation.role),
            col(Participation.status),
        )
        .join(Event, col(Event.id) == col(Participation.event_id))
        .where(col(Participation.person_id) == person_id)
        .order_by(col(Event.starts_on).desc(), col(Event.id).desc())
    )
    sent: dict[int, list[str]] = {}
    for message in messages_sent.messages_to_person(session, person_id):
        sent.setdefault(message.event_id, []).append(message.describe())
    return [
        HistoryRow(participation, event, title, starts_on, ends_on, role, status, tuple(sent.get(event, ())))
        for participation, event, title, starts_on, ends_on, role, status in session.execute(query)
    ]


PERSON_FIELDS = (
    "honorific",
    "given_name",
    "family_name",
    "organisation_id",
    "position",
    "region",
    "country",
    "email",
    "phone",
    "dietary",
    "accessibility",
    "language",
    "gender",
)
ORGANISATION_FIELDS = ("name", "kind", "region", "country", "website")


def person_values(session: Session, person_id: int) -> dict[str, Any]:
    """A person's fields as ``update_person`` takes them."""
    row = fetch(session, Person, person_id, "person")
    return {name: getattr(row, name) for name in PERSON_FIELDS}


def person_name(session: Session, person_id: int) -> str:
    """A person's name as the Directory shows it, honorific included."""
    row = fetch(session, Person, person_id, "person")
    organisation = session.get(Organisation, row.organisation_id) if row.organisation_id is not None else None
    return shown_name(
        display_name(row.honorific, row.given_name, row.family_name), organisation.name if organisation else ""
    )


def organisation_values(session: Session, organisation_id: int) -> dict[str, Any]:
    row = fetch(session, Organisation, organisation_id, "organisation")
    return {name: getattr(row, name) for name in ORGANISATION_FIELDS}


def organisation_choices(session: Session) -> list[tuple[int, str]]:
    """(id, name) of every organisation, for pickers, by name."""
    query = select(col(Organisation.id), col(Organisation.name)).order_by(
        func.lower(col(Organisation.name)), col(Organisation.id)
    )
    return [(ident, name) for ident, name in session.execute(query)]


def people_by_ids(session: Session, person_ids: set[int]) -> list[Person]:
    return list(session.scalars(select(Person).where(col(Person.id).in_(person_ids))))


def organisations_by_ids(session: Session, organisation_ids: set[int]) -> list[Organisation]:
    return list(session.scalars(select(Organisation).where(col(Organisation.id).in_(organisation_ids))))


def get_person(session: Session, person_id: int) -> Person:
    return fetch(session, Person, person_id, "person")
