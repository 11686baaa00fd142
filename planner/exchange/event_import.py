"""Importing an event file: everything or nothing.

The caller gives a session inside one unit of work (``Store.write()``);
any problem raises EventFileError naming its place, and the unit of work
rolls back, so the database is as it was.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, TypeVar

from planner.exchange.event_file import EventFileError, parse
from planner.exchange.event_schema import EventFile, Money, OrganisationPart, PersonPart
from planner.services import agenda, directory, events, logistics, minutes, participants
from planner.services.common import id_of
from planner.services.errors import InvalidInput, NotFound

if TYPE_CHECKING:
    from sqlmodel import Session

    from planner.db.models import Event, Person

T = TypeVar("T")

_FILLABLE_PERSON_FIELDS = (
    "honorific", "position", "region", "country", "email", "phone", "dietary", "accessibility",
)  # fmt: skip


@contextmanager
def _at(where: str) -> Iterator[None]:
    """Name the place in the file of any problem a service finds."""
    try:
        yield
    except InvalidInput as problem:
        raise EventFileError([problem.within(where).args[0]]) from None
    except NotFound as problem:
        raise EventFileError([f"{where}: {problem}"]) from None


class _Keys:
    """The file-local keys of people and organisations, mapped to ids."""

    def __init__(self, label: str):
        self.label = label
        self.ids: dict[str, int] = {}

    def resolve(self, key: str, where: str) -> int | None:
        """The id of ``key``; None for no key."""
        return self.require(key, where) if key else None

    def require(self, key: str, where: str) -> int:
        if not key:
            raise EventFileError([f"{where}: required field is missing"])
        if key not in self.ids:
            raise EventFileError([f"{where}: no {self.label} with key '{key}' in {self.label}s"])
        return self.ids[key]


def import_event_bytes(session: Session, data: bytes, *, as_sample: bool = False) -> Event:
    return import_event(session, parse(data), as_sample=as_sample)


def import_event(session: Session, document: EventFile, *, as_sample: bool = False) -> Event:
    _check_keys(document)
    organisations = _import_organisations(session, document, as_sample)
    people = _import_people(session, document, organisations, as_sample)
    event = _import_event_part(session, document, organisations, as_sample)
    event_id = id_of(event)
    _import_participants(session, document, event_id, people)
    _import_agenda(session, document, event_id, people)
    _import_logistics(session, document, event_id, people)
    _import_minutes(session, document, event_id, people, organisations)
    events.attach_waiting_links(session, event)
    return event


def _check_keys(document: EventFile) -> None:
    keyed: tuple[tuple[str, Sequence[OrganisationPart | PersonPart]], ...] = (
        ("organisations", document.organisations),
        ("people", document.people),
    )
    for label, parts in keyed:
        seen: dict[str, int] = {}
        for index, part in enumerate(parts):
            where = f"{label}[{index}].key"
            if not part.key.strip():
                raise EventFileError([f"{where}: required field is missing"])
            if part.key in seen:
                raise EventFileError([f"{where}: '{part.key}' is also the key of {label}[{seen[part.key]}]"])
            seen[part.key] = index
    emails: dict[str, int] = {}
    for index, person in enumerate(document.people):
        address = person.email.strip().lower()
        if address and address in emails:
            raise EventFileError(
                [f"people[{index}].email: {person.email} is also the address of people[{emails[address]}]"]
            )
        if address:
            emails[address] = index


def _import_organisations(session: Session, document: EventFile, as_sample: bool) -> _Keys:
    keys = _Keys("organisation")
    for index, part in enumerate(document.organisations):
        where = f"organisations[{index}]"
        fields = part.model_dump(exclude={"key"})
        with _at(where):
            existing = directory.find_organisation(session, part.name, part.country.strip().upper())
            if existing is None:
                row = directory.create_organisation(session, **fields, is_sample=as_sample)
            else:
                row = _fill_empty(
                    existing,
                    fields,
                    lambda **changes: directory.update_organisation(session, id_of(existing), **changes),  # noqa: B023 - called at once
                )
        keys.ids[part.key] = id_of(row)
    return keys


def _import_people(session: Session, document: EventFile, organisations: _Keys, as_sample: bool) -> _Keys:
    keys = _Keys("person")
    for index, part in enumerate(document.people):
        where = f"people[{index}]"
        organisation_id = organisations.resolve(part.organisation, f"{where}.organisation")
        fields = part.model_dump(exclude={"key", "organisation"}) | {"organisation_id": organisation_id}
        with _at(where):
            existing = _matching_person(session, part, organisation_id)
            if existing is None:
                row = directory.create_person(session, **fields, is_sample=as_sample)
            else:
                fillable = {name: fields[name] for name in _FILLABLE_PERSON_FIELDS}
                if existing.organisation_id is None:
                    fillable["organisation_id"] = organisation_id
                row = _fill_empty(
                    existing,
                    fillable,
                    lambda **changes: directory.update_person(session, id_of(existing), **changes),  # noqa: B023 - called at once
                )
        keys.ids[part.key] = id_of(row)
    return keys


def _matching_person(session: Session, part: PersonPart, organisation_id: int | None) -> Person | None:
    """The same person already in the database: same e-mail, or else the
    same full name in the same organisation."""
    if part.email.strip():
        found = directory.find_person_by_email(session, part.email)
        if found is not None:
            return found
    found = directory.find_person_by_name(session, part.given_name, part.family_name, organisation_id)
    if found is not None and found.email and part.email.strip():
        return None  # a namesake with another address is another person
    return found


def _fill_empty(row: T, fields: dict[str, Any], update: Callable[..., T]) -> T:
    """Complete a reused record with what the file knows and it does not;
    never overwrite what the database already holds."""
    changes = {
        name: value
        for name, value in fields.items()
        if value not in ("", None) and getattr(row, name) in ("", None) and name != "name"
    }
    return update(**changes) if changes else row


def _import_event_part(session: Session, document: EventFile, organisations: _Keys, as_sample: bool) -> Event:
    part = document.event
    venue = part.venue.model_dump() if part.venue else {}
    fields = part.model_dump(exclude={"venue", "host", "related"}) | {
        "venue_name": venue.get("name", ""),
        "venue_address": venue.get("address", ""),
        "venue_city": venue.get("city", ""),
        "venue_country": venue.get("country", ""),
        "host_id": organisations.resolve(part.host, "event.host"),
        "minutes_summary": document.minutes.summary if document.minutes else "",
        "is_sample": as_sample,
    }
    with _at("event"):
        event = events.create_event(session, **fields)
    for index, related in enumerate(part.related):
        target = events.find_event(session, related.title, related.starts_on) if related.title.strip() else None
        with _at(f"event.related[{index}]"):
            events.add_link(
                session,
                id_of(event),
                **related.model_dump(),
                target_event_id=target.id if target is not None and target.id != event.id else None,
            )
    return event


def _import_participants(session: Session, document: EventFile, event_id: int, people: _Keys) -> None:
    for index, part in enumerate(document.participants):
        where = f"participants[{index}]"
        person_id = people.require(part.person, f"{where}.person")
        with _at(where):
            participants.add_participant(session, event_id, person_id, **part.model_dump(exclude={"person"}))


def _import_agenda(session: Session, document: EventFile, event_id: int, people: _Keys) -> None:
    for index, part in enumerate(document.agenda):
        where = f"agenda[{index}]"
        speakers = [people.require(key, f"{where}.speakers[{position}]") for position, key in enumerate(part.speakers)]
        fields = part.model_dump(exclude={"speakers", "moderator"}) | {
            "moderator_id": people.resolve(part.moderator, f"{where}.moderator"),
        }
        with _at(where):
            agenda.create_item(session, event_id, speakers=speakers, **fields)


def _money(cost: Money | None) -> dict[str, Any]:
    return {"cost_minor": cost.amount, "cost_currency": cost.currency} if cost else {}


def _import_logistics(session: Session, document: EventFile, event_id: int, people: _Keys) -> None:
    for index, leg in enumerate(document.travel):
        where = f"travel[{index}]"
        fields = leg.model_dump(include={"mode", "carrier", "number", "reference"}) | {
            "person_id": people.require(leg.person, f"{where}.person"),
            "from_place": leg.departure.place,
            "from_at": leg.departure.at,
            "from_timezone": leg.departure.timezone,
            "to_place": leg.arrival.place,
            "to_at": leg.arrival.at,
            "to_timezone": leg.arrival.timezone,
            **_money(leg.cost),
        }
        with _at(where):
            logistics.add_leg(session, event_id, **fields)
    for index, stay in enumerate(document.stays):
        where = f"stays[{index}]"
        fields = stay.model_dump(exclude={"person", "cost"}) | {
            "person_id": people.resolve(stay.person, f"{where}.person"),
            **_money(stay.cost),
        }
        with _at(where):
            logistics.add_stay(session, event_id, **fields)
    for index, cost in enumerate(document.costs):
        where = f"costs[{index}]"
        fields = cost.model_dump(exclude={"person", "amount"}) | {
            "amount_minor": cost.amount,
            "person_id": people.resolve(cost.person, f"{where}.person"),
        }
        with _at(where):
            logistics.add_cost(session, event_id, **fields)


def _import_minutes(session: Session, document: EventFile, event_id: int, people: _Keys, organisations: _Keys) -> None:
    if document.minutes is None:
        return
    for index, part in enumerate(document.minutes.items):
        where = f"minutes.items[{index}]"
        fields = part.model_dump(exclude={"by", "organisation", "owner"}) | {
            "by_person_id": people.resolve(part.by, f"{where}.by"),
            "by_organisation_id": organisations.resolve(part.organisation, f"{where}.organisation"),
            "owner_id": people.resolve(part.owner, f"{where}.owner"),
        }
        with _at(where):
            minutes.add_item(session, event_id, **fields)
