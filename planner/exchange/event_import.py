"""Importing an event file: everything or nothing.

The caller gives a session inside one unit of work (``Store.write()``);
any problem raises EventFileError naming its place, and the unit of work
rolls back, so the database is as it was. People and participants, which
may be thousands, are checked one by one and written many at once.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from planner.exchange.event_file import EventFileError, parse
from planner.exchange.event_schema import EventFile, Money, OrganisationPart, PersonPart
from planner.services import (
    agenda,
    attendance,
    budget,
    bulk,
    consent,
    directory,
    directory_bulk,
    events,
    logistics,
    minutes,
    participants,
    participants_bulk,
    values,
)
from planner.services.common import id_of
from planner.services.errors import InvalidInput, NotFound
from planner.services.language import say

if TYPE_CHECKING:
    from sqlmodel import Session

    from planner.db.models import Event
    from planner.services.directory_bulk import KnownPerson, NamedOrganisation


_FILLABLE_PERSON_FIELDS = (
    "honorific", "position", "region", "country", "email", "phone", "dietary", "accessibility", "language",
    "gender",
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
        self.names: dict[str, str] = {}  # people's full names, for messages

    def resolve(self, key: str, where: str) -> int | None:
        """The id of ``key``; None for no key."""
        return self.require(key, where) if key else None

    def require(self, key: str, where: str) -> int:
        if not key:
            raise EventFileError([say("{where}: required field is missing", where=where)])
        if key not in self.ids:
            raise EventFileError(
                [
                    say(
                        "{where}: no {thing} with key '{key}' in {things}",
                        where=where,
                        thing=self.label,
                        key=key,
                        things=self.label + "s",
                    )
                ]
            )
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
                raise EventFileError([say("{where}: required field is missing", where=where)])
            if part.key in seen:
                other = f"{label}[{seen[part.key]}]"
                raise EventFileError(
                    [say("{where}: '{key}' is also the key of {other}", where=where, key=part.key, other=other)]
                )
            seen[part.key] = index
    emails: dict[str, int] = {}
    for index, person in enumerate(document.people):
        address = person.email.strip().lower()
        if address and address in emails:
            where, other = f"people[{index}].email", f"people[{emails[address]}]"
            raise EventFileError(
                [
                    say(
                        "{where}: {address} is also the address of {other}",
                        where=where,
                        address=person.email,
                        other=other,
                    )
                ]
            )
        if address:
            emails[address] = index


def _import_organisations(session: Session, document: EventFile, as_sample: bool) -> _Keys:
    keys = _Keys("organisation")
    known = directory_bulk.OrganisationsByName(session)
    found: dict[str, NamedOrganisation] = {}
    for index, part in enumerate(document.organisations):
        where = f"organisations[{index}]"
        fields = part.model_dump(exclude={"key"})
        with _at(where):
            existing = known.find(part.name, part.country.strip().upper())
            if existing is None:
                existing = known.add(directory.clean_organisation(fields | {"is_sample": as_sample}))
            else:
                changes = _missing(existing.fields, {name: value for name, value in fields.items() if name != "name"})
                if changes and existing.id is None:  # named twice in the file: one organisation, completed
                    existing.fields = directory.clean_organisation(existing.fields | changes)
                elif changes:
                    assert existing.id is not None  # in the Directory
                    existing.fields |= directory_bulk.update_organisation_values(session, existing.id, **changes)
        found[part.key] = existing
        bulk.rows_added(session)
    known.add_new(session)
    for key, organisation in found.items():
        assert organisation.id is not None  # added above
        keys.ids[key] = organisation.id
    return keys


def _import_people(session: Session, document: EventFile, organisations: _Keys, as_sample: bool) -> _Keys:
    keys = _Keys("person")
    families = {part.family_name.strip().lower() for part in document.people}
    known = _People(directory_bulk.people_to_match(session, _addresses(document), families, str.lower))
    for index, part in enumerate(document.people):
        where = f"people[{index}]"
        organisation_id = organisations.resolve(part.organisation, f"{where}.organisation")
        fields = part.model_dump(exclude={"key", "organisation"}) | {"organisation_id": organisation_id}
        found: KnownPerson | _NewPerson
        with _at(where):
            existing = known.match(part, organisation_id)
            if existing is None:
                found = known.add(directory.clean_person(fields | {"is_sample": as_sample}))
            elif isinstance(existing, _NewPerson):
                # Named twice in the file (same name, no address): one person, completed.
                found = existing
                missing = _missing(existing.fields, _fillable(fields, existing.fields["organisation_id"]))
                existing.fields = directory.clean_person(existing.fields | missing)
            else:
                found = existing
                completed = known.completed.setdefault(existing.id, _Completed(where, existing._asdict()))
                changes = _missing(completed.person, _fillable(fields, completed.person["organisation_id"]))
                if changes:
                    completed.changes |= changes
                    completed.person |= changes
                    known.changed(existing, changes)
        keys.names[part.key] = _full_name(found)
        known.keys[part.key] = found
        bulk.rows_added(session)
    _complete(session, known)
    ids = directory_bulk.add_people(session, [person.fields for person in known.new])
    for person, person_id in zip(known.new, ids, strict=True):
        person.id = person_id
    for key, found in known.keys.items():
        assert found.id is not None  # added above
        keys.ids[key] = found.id
    return keys


def _addresses(document: EventFile) -> set[str]:
    """The file's addresses in lower case, as written (people are matched by
    them) and as checked ("X@Bücher.DE" is "X@bücher.de"; an address given
    to someone must be no one else's): the Directory's owners of these are
    all it needs to read."""
    found = set()
    for part in document.people:
        address = part.email.strip()
        if address:
            found.add(address.lower())
            with suppress(InvalidInput):  # refused later, at its place
                found.add(values.email(address, "email").lower())
    return found


@dataclass
class _Completed:
    """A person already in the database, completed from the file."""

    where: str  # the first part of the file naming them: "people[3]"
    person: dict[str, Any]  # their fields, with what the file adds
    changes: dict[str, Any] = field(default_factory=dict)


def _complete(session: Session, known: _People) -> None:
    """Fill in what people already in the database lack, checked as an edit
    of each would be, in a statement per set of fields."""
    waiting = {ident: completed for ident, completed in known.completed.items() if completed.changes}
    stored = directory_bulk.stored_people(session, list(waiting))
    before, changes = [], []
    for ident, completed in waiting.items():
        with _at(completed.where):
            changed = directory_bulk.changed_person(stored[ident], completed.changes)
            owner = known.by_email.get((changed.get("email") or "").lower())
            if owner is not None and not isinstance(owner, _NewPerson) and owner.id != ident:
                raise InvalidInput(
                    "email",
                    say("{address} is already the address of {name}", address=changed["email"], name=owner.full_name),
                )
        before.append(stored[ident])
        changes.append(changed)
    directory_bulk.update_people(session, before, changes)


def _fillable(fields: dict[str, Any], organisation_id: int | None) -> dict[str, Any]:
    """What the file may add to a person already there: the fields left empty,
    and the organisation when they have none."""
    fillable = {name: fields[name] for name in _FILLABLE_PERSON_FIELDS}
    if organisation_id is None:
        fillable["organisation_id"] = fields["organisation_id"]
    return fillable


def _full_name(person: KnownPerson | _NewPerson) -> str:
    if isinstance(person, _NewPerson):
        return " ".join(part for part in (person.fields["given_name"], person.fields["family_name"]) if part)
    return person.full_name


class _NewPerson:
    """A person of the file not found in the database: checked fields, and
    the id once added."""

    def __init__(self, fields: dict[str, Any]):
        self.fields = fields
        self.id: int | None = None


class _People:
    """The people of the database the file could name (by their address or
    their family name), read at once, and those of the file added so far:
    matched as the services find them (same e-mail address, case ignored;
    else the same full name in the same organisation)."""

    def __init__(self, people: list[KnownPerson]):
        self.by_email: dict[str, KnownPerson | _NewPerson] = {}
        self.by_name: dict[tuple[str, str, int | None], KnownPerson | _NewPerson] = {}
        self.new: list[_NewPerson] = []
        self.keys: dict[str, KnownPerson | _NewPerson] = {}
        self.completed: dict[int, _Completed] = {}  # by id
        for person in people:
            self._index(person, person.email, person.given_name, person.family_name, person.organisation_id)

    def _index(
        self,
        person: KnownPerson | _NewPerson,
        email: str | None,
        given_name: str,
        family_name: str,
        organisation_id: int | None,
    ) -> None:
        # The first added wins, as the services' queries by id find it.
        if email:
            self.by_email.setdefault(email.lower(), person)
        self.by_name.setdefault((family_name.lower(), given_name.lower(), organisation_id), person)

    def match(self, part: PersonPart, organisation_id: int | None) -> KnownPerson | _NewPerson | None:
        address = part.email.strip()
        if address:
            found = self.by_email.get(address.lower())
            if found is not None:
                return found
        name = (part.family_name.strip().lower(), part.given_name.strip().lower(), organisation_id)
        named = self.by_name.get(name)
        if named is not None and _email_of(named) and address:
            return None  # a namesake with another address is another person
        return named

    def add(self, fields: dict[str, Any]) -> _NewPerson:
        person = _NewPerson(fields)
        self.new.append(person)
        self._index(person, fields["email"], fields["given_name"], fields["family_name"], fields["organisation_id"])
        return person

    def changed(self, person: KnownPerson, changes: dict[str, Any]) -> None:
        """A person completed from the file is found by what they now have."""
        email = changes.get("email", person.email)
        organisation_id = changes.get("organisation_id", person.organisation_id)
        self._index(person, email, person.given_name, person.family_name, organisation_id)


def _email_of(person: KnownPerson | _NewPerson) -> str | None:
    return person.fields["email"] if isinstance(person, _NewPerson) else person.email


def _missing(current: dict[str, Any], fields: dict[str, Any]) -> dict[str, Any]:
    """What the file knows and a person already there does not: never
    overwrite what the database already holds."""
    return {name: value for name, value in fields.items() if value not in ("", None) and current[name] in ("", None)}


def _import_event_part(session: Session, document: EventFile, organisations: _Keys, as_sample: bool) -> Event:
    part = document.event
    venue = part.venue.model_dump() if part.venue else {}
    fields = part.model_dump(exclude={"venue", "host", "related", "consent_needed"}) | {
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
    if part.consent_needed:
        consent.set_consent_needed(session, id_of(event), True)
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
    rows = []
    taking_part: set[int] = set()
    for index, part in enumerate(document.participants):
        where = f"participants[{index}]"
        person_id = people.require(part.person, f"{where}.person")
        with _at(where):
            cleaned = participants.clean_participation(part.model_dump(exclude={"person", "present", "consents"}))
            if person_id in taking_part:
                raise InvalidInput(
                    "person", say("{name} already takes part in this event", name=people.names[part.person])
                )
        taking_part.add(person_id)
        rows.append(cleaned | {"person_id": person_id})
        bulk.rows_added(session)
    for row in rows:
        del row["event_id"]
    added = participants_bulk.add_many(session, event_id, rows)
    for index, (part, participation_id) in enumerate(zip(document.participants, added, strict=True)):
        purposes: set[str] = set()
        for position, given in enumerate(part.consents):
            with _at(f"participants[{index}].consents[{position}]"):
                if given.purpose in purposes:
                    raise InvalidInput("purpose", say("'{purpose}' is given twice", purpose=given.purpose))
                purposes.add(given.purpose)
                consent.record(session, participation_id, **given.model_dump())
    for index, part in enumerate(document.participants):
        for position, mark in enumerate(part.present):
            with _at(f"participants[{index}].present[{position}]"):
                attendance.set_present(
                    session, event_id, people.require(part.person, ""), mark.day, mark.part, True, mark.source
                )


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
    for index, line in enumerate(document.budget):
        fields = line.model_dump(exclude={"amount"}) | {"amount_minor": line.amount}
        with _at(f"budget[{index}]"):
            budget.add_budget_line(session, event_id, **fields)


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
