"""The Directory many people at a time, for imports of thousands and
their undo: the people rows may match read at once, organisations found
by name in memory, people added and completed in a statement or two, and
the rules of an edit checked for thousands of rows in a few queries."""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from sqlalchemy import ColumnElement, Select, func, select
from sqlmodel import Session, col

from planner.db.caseless import beyond_ascii, caseless
from planner.db.models import Organisation, Person
from planner.services import bulk, history, values
from planner.services.directory import clean_organisation, clean_person, update_organisation
from planner.services.errors import InvalidInput, NotFound
from planner.services.language import say

# Ids are looked up this many at a time.
_CHUNK = 500


class KnownPerson(NamedTuple):
    """A person of the Directory as an import matches and completes them:
    plain values, everyone read in one query (a tuple: made ten times
    faster than a frozen dataclass, for tens of thousands of people)."""

    id: int
    honorific: str
    given_name: str
    family_name: str
    organisation_id: int | None
    organisation: str  # its name, "" for none
    position: str
    region: str
    country: str
    email: str | None
    phone: str
    dietary: str
    accessibility: str
    language: str  # a code of LANGUAGES, "" when not known
    gender: str  # a value of Gender, "" while not stated

    @property
    def full_name(self) -> str:
        return " ".join(part for part in (self.given_name, self.family_name) if part)


def _known_query() -> Select[*tuple[Any, ...]]:
    """A person's KnownPerson fields, their organisation's name included."""
    return select(
        col(Person.id),
        col(Person.honorific),
        col(Person.given_name),
        col(Person.family_name),
        col(Person.organisation_id),
        func.coalesce(col(Organisation.name), ""),
        col(Person.position),
        col(Person.region),
        col(Person.country),
        col(Person.email),
        col(Person.phone),
        col(Person.dietary),
        col(Person.accessibility),
        col(Person.language),
        col(Person.gender),
    ).outerjoin(Organisation, col(Organisation.id) == col(Person.organisation_id))


def people_to_match(
    session: Session, emails: Collection[str], families: Collection[str], family_key: Callable[[str], str]
) -> list[KnownPerson]:
    """The people of the Directory rows could be matched with: everyone
    whose address in lower case (``str.lower``) is one of ``emails``, and
    everyone whose family name gives one of ``families`` by
    ``family_key``; in the order they were added. Only these are read, not
    the whole Directory, in a few queries however many rows."""
    connection = session.connection()
    found: dict[int, KnownPerson] = {}

    def read(condition: ColumnElement[bool]) -> None:
        for row in connection.execute(_known_query().where(condition)):
            found[row[0]] = KnownPerson._make(row)  # the row's values are KnownPerson's fields, in order

    # An address of printable ASCII is found through the case-ignoring index
    # (planner.db.caseless), which ignores the case of ASCII letters only; those
    # with any other character (few) are all read, and compared below in
    # Python's lower case, which folds every script (even "K", the Kelvin
    # sign, to "k").
    ascii_emails = sorted(email for email in emails if email.isascii())
    for start in range(0, len(ascii_emails), _CHUNK):
        read(caseless(col(Person.email)).in_([email.lower() for email in ascii_emails[start : start + _CHUNK]]))
    read(beyond_ascii(col(Person.email)))
    # The family names of the Directory are far fewer than its people: each
    # is compared once, and the people of those that match are read by name.
    names = [
        name
        for (name,) in connection.execute(select(col(Person.family_name)).distinct())
        if family_key(name) in families
    ]
    for start in range(0, len(names), _CHUNK):
        read(col(Person.family_name).in_(names[start : start + _CHUNK]))
    return [
        person
        for _ident, person in sorted(found.items())
        if (person.email or "").lower() in emails or family_key(person.family_name) in families
    ]


@dataclass
class NamedOrganisation:
    """An organisation an import refers to by name: in the Directory (its
    id), or to be added (``id`` None until ``OrganisationsByName.add_new``)."""

    name: str
    country: str
    id: int | None = None
    # Every field: as stored for one in the Directory, checked for one to be added.
    fields: dict[str, Any] = field(default_factory=dict)


class OrganisationsByName:
    """The Directory's organisations, read once, found by name as
    ``organisation_named`` finds them (case ignored; in the same country
    when both sides name one); a name found nowhere is an organisation to
    add, all added at once by ``add_new``."""

    def __init__(self, session: Session):
        self._by_name: dict[str, list[NamedOrganisation]] = {}
        self.new: list[NamedOrganisation] = []
        table = bulk.table_of(Organisation)
        for row in history.as_dicts(session.connection().execute(select(table).order_by(table.c.id))):
            found = NamedOrganisation(row["name"], row["country"], row["id"], row)
            self._by_name.setdefault(found.name.lower(), []).append(found)

    def find(self, name: str, country: str = "") -> NamedOrganisation | None:
        """As ``find_organisation``: ``country`` an ISO code or empty."""
        for found in self._by_name.get(name.strip().lower(), []):
            if not country or not found.country or found.country == country:
                return found
        return None

    def named(self, name: str, country: str = "", **fields: Any) -> NamedOrganisation:
        """The organisation of this name, to be added if there is none (with
        ``fields``); a refusal names the field ``organisation``."""
        found = self.find(name, values.line(country, "country").upper())
        if found is not None:
            return found
        try:
            return self.add(clean_organisation({"name": name, "country": country, **fields}))
        except InvalidInput as problem:
            raise InvalidInput("organisation" if problem.field == "name" else problem.field, problem.message) from None

    def add(self, cleaned: dict[str, Any]) -> NamedOrganisation:
        """An organisation to be added, with fields ``clean_organisation``
        gave; found by name from now on."""
        added = NamedOrganisation(cleaned["name"], cleaned["country"], None, cleaned)
        self._by_name.setdefault(added.name.lower(), []).append(added)
        self.new.append(added)
        return added

    def add_new(self, session: Session) -> None:
        """Add every organisation found nowhere, in one statement."""
        waiting = [organisation for organisation in self.new if organisation.id is None]
        stored = bulk.insert_rows(session, Organisation, [organisation.fields for organisation in waiting])
        for organisation, row in zip(waiting, stored, strict=True):
            organisation.id = row["id"]


def stored_people(session: Session, person_ids: list[int]) -> dict[int, dict[str, Any]]:
    """People as stored (plain values, every column), by id: a query per
    few hundred."""
    found = history.stored_rows(session.connection(), bulk.table_of(Person), [(ident,) for ident in person_ids])
    return {key[0]: row for key, row in found.items()}


def changed_person(before: dict[str, Any], changes: dict[str, Any]) -> dict[str, Any]:
    """The columns ``changes`` would change of the person ``before`` (as
    stored), each checked as an edit checks it; their organisation must
    exist and a new address be no one else's (the caller makes sure)."""
    cleaned = clean_person(before | changes)
    return {name: value for name, value in cleaned.items() if before[name] != value}


def update_people(session: Session, before: list[dict[str, Any]], changes: list[dict[str, Any]]) -> None:
    """Change people (``before``: each as stored) by what ``changed_person``
    gave for each, in a statement per set of columns changed."""
    bulk.update_rows(session, Person, before, changes)


def add_people(session: Session, people: list[dict[str, Any]]) -> list[int]:
    """Add people whose fields ``clean_person`` checked, whose organisations
    exist and whose addresses no one else has (the caller made sure), in
    one statement; their ids, in the order given."""
    return [row["id"] for row in bulk.insert_rows(session, Person, people)]


def people_problems(session: Session, rows: list[dict[str, Any]]) -> list[str]:
    """What ``normalise_person`` would say against each of ``rows`` (each
    with its id; "" where nothing), in a few queries however many rows:
    for undo and redo, which write back thousands of an import."""
    organisation_ids = sorted({row["organisation_id"] for row in rows if row.get("organisation_id") is not None})
    organisations: set[int] = set()
    for start in range(0, len(organisation_ids), _CHUNK):
        chunk = organisation_ids[start : start + _CHUNK]
        organisations.update(session.scalars(select(col(Organisation.id)).where(col(Organisation.id).in_(chunk))))
    owners: dict[str, tuple[int, str]] = {}  # address, case ignored → (id, name) of the first with it
    query = (
        select(col(Person.id), col(Person.email), col(Person.given_name), col(Person.family_name))
        .where(col(Person.email).is_not(None))
        .order_by(col(Person.id))
    )
    for ident, email, given, family in session.connection().execute(query):
        owners.setdefault((email or "").lower(), (int(ident or 0), " ".join(part for part in (given, family) if part)))
    problems = []
    for row in rows:
        try:
            cleaned = clean_person(row)
            if cleaned["organisation_id"] is not None and cleaned["organisation_id"] not in organisations:
                raise NotFound(say("organisation {id}: there is no such organisation", id=cleaned["organisation_id"]))
            owner = owners.get(cleaned["email"].lower()) if cleaned["email"] else None
            if owner is not None and owner[0] != row.get("id"):
                raise InvalidInput(
                    "email", say("{address} is already the address of {name}", address=cleaned["email"], name=owner[1])
                )
        except (InvalidInput, NotFound) as problem:
            problems.append(str(problem))
        else:
            problems.append("")
    return problems


def update_organisation_values(session: Session, organisation_id: int, **changes: Any) -> dict[str, Any]:
    """``update_organisation``, giving the organisation's fields as stored after."""
    row = update_organisation(session, organisation_id, **changes)
    return {name: getattr(row, name) for name in type(row).model_fields}
