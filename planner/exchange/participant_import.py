"""Importing a participant list into an event: all rows or none.

``plan_import`` reads the table and the database and says, row by row,
what an import would do (a new person, a person already in the Directory,
someone already on the list) and what is wrong; it writes nothing.
``apply_import`` does what the plan says, in the caller's unit of work,
through the services (so the app's undo records every row), and only when
no row has a problem: otherwise it raises before writing anything. Every
row is checked before the first is written; new people and participants
are then written many at once, so that a list of thousands takes about a
second, not a minute.

People are matched, not doubled: by e-mail address (case ignored) first,
else by name (case and accents ignored) and organisation when both sides
have one. A matched person keeps what the Directory holds; what it lacks
(phone, dietary needs, organisation, …) is filled in from the list.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

from planner.exchange import participant_consent
from planner.exchange.participant_table import FIELDS, ParticipantFileError, SheetTable
from planner.exchange.participant_values import PERSON_FIELDS, RowValues, field_label, row_values
from planner.services import bulk, directory, directory_bulk, participants, participants_bulk
from planner.services.errors import InvalidInput
from planner.services.events import get_event
from planner.services.language import say, say_n
from planner.services.search import fold
from planner.services.vocabulary import ParticipationStatus, Role

if TYPE_CHECKING:
    from sqlmodel import Session

    from planner.services.directory_bulk import KnownPerson, NamedOrganisation

DEFAULT_ROLE = Role.PARTICIPANT.value
DEFAULT_STATUS = ParticipationStatus.REGISTERED.value
_NAME_FIELDS = ("full_name", "given_name", "family_name")
# Never changed on a person found in the Directory: they identify them.
_KEPT_PERSON_FIELDS = ("given_name", "family_name")

NEW, MATCHED, ALREADY = "new", "matched", "already"


@dataclass(frozen=True)
class PlannedRow:
    row_number: int
    name: str  # as it will be shown: "Małgorzata Żurawska"
    email: str
    organisation: str
    action: (
        str  # "new person", "matches Dr. Jürgen Großmann (j.grossmann@example.org)", "already on the list (updated)"
    )
    problems: tuple[str, ...]  # "e-mail: 'x@' is not a valid e-mail address …"; empty when fine
    kind: str = ""  # "new", "matched", "already"; empty for a row with problems
    changes: tuple[str, ...] = ()  # what changes on a person or participation already there: ("phone", "status")


@dataclass(frozen=True)
class ImportPlan:
    rows: list[PlannedRow]
    new_people: int
    matched_people: int  # in the Directory, not yet on the list
    already_participants: int  # on the list already
    updated_participants: int = 0  # of those, the ones the list changes
    file_name: str = ""

    @property
    def problems(self) -> list[str]:
        """ "row 7: e-mail: …" for every problem of every row."""
        return [
            say("row {number}: {problem}", number=row.row_number, problem=problem)
            for row in self.rows
            for problem in row.problems
        ]

    @property
    def rows_with_problems(self) -> int:
        return sum(1 for row in self.rows if row.problems)

    def summary(self, *, done: bool = True) -> str:
        """ "Imported 23 participants: 18 new people, 5 already in the
        directory; 2 already on the list were updated." (or "Would import
        …" for a plan not yet carried out)."""
        added = self.new_people + self.matched_people
        if done:
            text = say_n("Imported {count} participant", "Imported {count} participants", added)
        else:
            text = say_n("Would import {count} participant", "Would import {count} participants", added)
        if added:
            people = say_n(
                "{count} new person, {matched} already in the directory",
                "{count} new people, {matched} already in the directory",
                self.new_people,
                matched=self.matched_people,
            )
            text = say("{summary}: {details}", summary=text, details=people)
        already = self.already_participants
        if already:
            if self.updated_participants == already and done:
                kept = say_n(
                    "{count} already on the list was updated", "{count} already on the list were updated", already
                )
            elif self.updated_participants == already:
                kept = say_n(
                    "{count} already on the list would be updated",
                    "{count} already on the list would be updated",
                    already,
                )
            elif self.updated_participants == 0:
                kept = say_n(
                    "{count} already on the list (no change)", "{count} already on the list (no change)", already
                )
            else:
                kept = say_n(
                    "{count} already on the list ({updated} updated)",
                    "{count} already on the list ({updated} updated)",
                    already,
                    updated=self.updated_participants,
                )
            text = say("{summary}; {details}", summary=text, details=kept)
        return text + "."


@dataclass
class _Step:
    """What importing one row does, as planned."""

    row_number: int
    values: RowValues
    kind: str = NEW
    person_id: int | None = None
    person_name: str = ""
    person_country: str = ""
    participation_id: int | None = None
    person_changes: dict[str, Any] = field(default_factory=dict)
    participation_changes: dict[str, Any] = field(default_factory=dict)


def plan_import(session: Session, event_id: int, table: SheetTable, mapping: dict[int, str | None]) -> ImportPlan:
    """What importing ``table`` with ``mapping`` into the event would do;
    reads only."""
    return _plan(session, event_id, table, mapping)[0]


def apply_import(session: Session, event_id: int, table: SheetTable, mapping: dict[int, str | None]) -> ImportPlan:
    """Import every row, in the caller's unit of work; when any row has a
    problem, raise ParticipantFileError listing them all before anything
    is written."""
    plan, steps, directory_ = _plan(session, event_id, table, mapping)
    if plan.problems:
        count = plan.rows_with_problems
        raise ParticipantFileError(
            say_n(
                "{file}: {count} row cannot be imported; nothing was imported",
                "{file}: {count} rows cannot be imported; nothing was imported",
                count,
                file=table.name,
            ),
            [f"{table.name}: {problem}" for problem in plan.problems],
        )
    _carry_out(session, event_id, table.name, steps, directory_)
    return plan


# -- planning ----------------------------------------------------------------


def _plan(
    session: Session, event_id: int, table: SheetTable, mapping: dict[int, str | None]
) -> tuple[ImportPlan, list[_Step], _Directory]:
    get_event(session, event_id)  # NotFound names the event
    _check_mapping(table, mapping)
    headers = {key: table.headers[column] for column, key in mapping.items() if key and column < len(table.headers)}
    read = [row_values(cells, mapping, headers) for cells in table.rows]
    directory_ = _Directory(session, event_id, read)
    seen = _SeenRows()
    rows, steps = [], []
    counts = {NEW: 0, MATCHED: 0, ALREADY: 0, "updated": 0}
    for number, values in zip(table.row_numbers, read, strict=True):
        step = _Step(number, values)
        action = ""
        if not values.problems:
            action = _decide(step, directory_, seen)
        if values.problems:
            action = say("cannot be imported")
        else:
            counts[step.kind] += 1
            if step.kind == ALREADY and (step.person_changes or step.participation_changes):
                counts["updated"] += 1
            steps.append(step)
        rows.append(
            PlannedRow(
                number,
                values.name or values.texts.get("full_name", "") or step.person_name,
                values.person.get("email") or values.texts.get("email", ""),
                values.organisation,
                action,
                tuple(values.problems),
                "" if values.problems else step.kind,
                () if values.problems else _changed_fields(step),
            )
        )
    plan = ImportPlan(rows, counts[NEW], counts[MATCHED], counts[ALREADY], counts["updated"], table.file_name)
    return plan, steps, directory_


def _changed_fields(step: _Step) -> tuple[str, ...]:
    changed = list(step.person_changes)
    if step.kind == ALREADY:
        changed += list(step.participation_changes)
    return tuple(field_label(name) for name in changed)


def _check_mapping(table: SheetTable, mapping: dict[int, str | None]) -> None:
    for column, key in mapping.items():
        if key is not None and key not in FIELDS:
            header = (
                table.headers[column] if 0 <= column < len(table.headers) else say("column {number}", number=column + 1)
            )
            raise ParticipantFileError(
                say(
                    "{file}: column '{header}': '{key}' is not a field; use one of: {fields}",
                    file=table.name,
                    header=header,
                    key=key,
                    fields=", ".join(FIELDS),
                )
            )
        if not 0 <= column < len(table.headers):
            raise ParticipantFileError(
                say("{file}: the list has no column {number}", file=table.name, number=column + 1)
            )
    # Without names, only people found by their address can be imported.
    if not any(mapping.get(column) in (*_NAME_FIELDS, "email") for column in range(len(table.headers))):
        columns = ", ".join(f"'{header}'" for header in table.headers[:12])
        raise ParticipantFileError(
            say(
                "{file}: no column holds the participants' names (the columns are {columns}); say which one does, "
                "or name it 'Name' (or 'Given name' and 'Family name') in the file",
                file=table.name,
                columns=columns,
            )
        )


def _decide(step: _Step, directory_: _Directory, seen: _SeenRows) -> str:
    """Find the row's person and say what importing it does; a problem
    (a repeated row, dates out of order) goes to the row's problems."""
    values = step.values
    person = directory_.match(values)
    if person is None and not values.person["given_name"] and not values.person["family_name"]:
        values.problems.append(say("name: this row has no name; every new participant needs a given or a family name"))
        return ""
    earlier = seen.earlier_row(values, person)
    if earlier is not None:
        number, why = earlier
        values.problems.append(say("repeats row {number}: {why}; keep one of the rows", number=number, why=why))
        return ""
    seen.add(step.row_number, values, person)
    given = values.participation
    if person is None:
        step.kind = NEW
        step.participation_changes = {"role": DEFAULT_ROLE, "status": DEFAULT_STATUS} | given
        return "new person"
    step.person_id = person.id
    step.person_name = _shown(person, with_email=False)
    step.person_country = person.country
    step.person_changes = _fill_in(person, values)
    participation = directory_.participations.get(step.person_id)
    if participation is None:
        step.kind = MATCHED
        step.participation_changes = {"role": DEFAULT_ROLE, "status": DEFAULT_STATUS} | given
        return say("matches {person}", person=_shown(person))
    step.kind = ALREADY
    step.participation_id = participation["id"]
    step.participation_changes = {name: value for name, value in given.items() if participation[name] != value}
    arrives = step.participation_changes.get("arrives_on", participation["arrives_on"])
    departs = step.participation_changes.get("departs_on", participation["departs_on"])
    if arrives and departs and departs < arrives:
        values.problems.append(
            say(
                "departs: {departs} is before the arrival on {arrives} (already on the list)",
                departs=departs,
                arrives=arrives,
            )
        )
        return ""
    changed = step.person_changes or step.participation_changes
    return say("already on the list (updated)") if changed else say("already on the list (no change)")


def _fill_in(person: KnownPerson, values: RowValues) -> dict[str, Any]:
    """What the list knows about a person and the Directory does not."""
    changes = {
        name: values.person[name]
        for name in PERSON_FIELDS
        if name not in _KEPT_PERSON_FIELDS and values.person.get(name) and not getattr(person, name)
    }
    if person.organisation_id is None and values.organisation:
        changes["organisation"] = values.organisation
    return changes


def _shown(person: KnownPerson, *, with_email: bool = True) -> str:
    """ "Dr. Jürgen Großmann (j.grossmann@example.org)"."""
    name = " ".join(part for part in (person.honorific, person.given_name, person.family_name) if part)
    return f"{name} ({person.email})" if person.email and with_email else name


class _Directory:
    """The people of the database the rows could match (by their address or
    their family name), read at once, to match rows against."""

    def __init__(self, session: Session, event_id: int, rows: list[RowValues]):
        self.by_email: dict[str, KnownPerson] = {}
        self.by_name: dict[tuple[str, str], list[tuple[KnownPerson, str]]] = {}
        emails = {email.lower() for values in rows if (email := values.person.get("email"))}
        families = {fold(values.person.get("family_name") or "") for values in rows}
        people = directory_bulk.people_to_match(session, emails, families, fold)
        # Names and organisations recur across the Directory: folded once each.
        words = {word for person in people for word in (person.given_name, person.family_name, person.organisation)}
        folded = {word: fold(word) for word in words}
        for person in people:
            if person.email:
                self.by_email.setdefault(person.email.lower(), person)
            key = (folded[person.given_name], folded[person.family_name])
            self.by_name.setdefault(key, []).append((person, folded[person.organisation]))
        # The event's participations as stored, by person.
        self.participations: dict[int, dict[str, Any]] = participants_bulk.participations_of_event(session, event_id)

    def match(self, values: RowValues) -> KnownPerson | None:
        email = (values.person.get("email") or "").lower()
        if email and email in self.by_email:
            return self.by_email[email]
        key = (fold(values.person["given_name"]), fold(values.person["family_name"]))
        organisation = fold(values.organisation)
        for person, their_organisation in self.by_name.get(key, []):
            if email and person.email:
                continue  # a namesake with another address is another person
            if organisation and their_organisation and organisation != their_organisation:
                continue
            return person
        return None


class _SeenRows:
    """The rows of the file so far, to find one that names the same person:
    the same person found in the Directory, the same e-mail address, or
    the same name where neither the addresses nor the organisations differ."""

    def __init__(self) -> None:
        self.by_person: dict[int, int] = {}
        self.by_email: dict[str, int] = {}
        self.by_name: dict[tuple[str, str], list[tuple[int, str, str, int | None]]] = {}

    def earlier_row(self, values: RowValues, person: KnownPerson | None) -> tuple[int, str] | None:
        """(row number, why it is the same person) of an earlier row."""
        email = (values.person.get("email") or "").lower()
        person_id = person.id if person is not None else None
        if person is not None and person_id is not None and person_id in self.by_person:
            return self.by_person[person_id], say("both are {person}", person=_shown(person))
        if email and email in self.by_email:
            return self.by_email[email], say("both have the address {address}", address=values.person["email"])
        organisation = fold(values.organisation)
        for number, their_email, their_organisation, their_person in self.by_name.get(_name_key(values), []):
            if email and their_email and email != their_email:
                continue
            if organisation and their_organisation and organisation != their_organisation:
                continue
            if person_id is not None and their_person is not None and person_id != their_person:
                continue
            return number, say("{name} is on this list twice", name=values.name)
        return None

    def add(self, number: int, values: RowValues, person: KnownPerson | None) -> None:
        email = (values.person.get("email") or "").lower()
        person_id = person.id if person is not None else None
        if person_id is not None:
            self.by_person.setdefault(person_id, number)
        if email:
            self.by_email.setdefault(email, number)
        entry = (number, email, fold(values.organisation), person_id)
        self.by_name.setdefault(_name_key(values), []).append(entry)


def _name_key(values: RowValues) -> tuple[str, str]:
    return fold(values.person["given_name"]), fold(values.person["family_name"])


# -- carrying it out -----------------------------------------------------------


@contextmanager
def _at_row(file_name: str, step: _Step) -> Iterator[None]:
    """A refusal of the services, named by the row. The plan checked what
    they check; should they still refuse, the caller's unit of work rolls
    back what was done."""
    try:
        yield
    except InvalidInput as problem:
        raise ParticipantFileError(
            say(
                "{file}: row {number}: {field}: {problem}; nothing was imported",
                file=file_name,
                number=step.row_number,
                field=field_label(problem.field),
                problem=problem.message,
            )
        ) from None


@dataclass
class _Writing:
    """What carrying out one row writes, checked before anything is."""

    step: _Step
    person: dict[str, Any] | None = None  # a new person's fields
    person_changes: dict[str, Any] = field(default_factory=dict)  # on a person found in the Directory
    organisation: NamedOrganisation | None = None
    participation: dict[str, Any] | None = None  # a new participation's fields


def _carry_out(session: Session, event_id: int, file_name: str, steps: list[_Step], directory_: _Directory) -> None:
    """Check every row's values as the services would, then write many at
    once: organisations, new people, what people found in the Directory
    lack, new participations, changes of those already on the list."""
    organisations = directory_bulk.OrganisationsByName(session)
    writing = []
    for step in steps:
        with _at_row(file_name, step):
            writing.append(_checked(step, organisations))
        bulk.rows_added(session)
    organisations.add_new(session)
    new = [row for row in writing if row.person is not None]
    for row in new:
        assert row.person is not None  # new
        row.person["organisation_id"] = row.organisation.id if row.organisation is not None else None
    for row, person_id in zip(new, directory_bulk.add_people(session, [row.person or {} for row in new]), strict=True):
        row.step.person_id = person_id
    _complete_people(session, file_name, [row for row in writing if row.person_changes], directory_)
    joining = [row.participation | {"person_id": row.step.person_id} for row in writing if row.participation]
    added = participants_bulk.add_many(session, event_id, joining)
    for row, participation_id in zip([row for row in writing if row.participation], added, strict=True):
        row.step.participation_id = participation_id
    before, changes = [], []
    for row in writing:
        if row.step.kind == ALREADY and row.step.participation_changes:
            assert row.step.person_id is not None  # already on the list (_decide)
            stored = directory_.participations[row.step.person_id]
            with _at_row(file_name, row.step):
                before.append(stored)
                changes.append(participants_bulk.changed_participation(stored, row.step.participation_changes))
    participants_bulk.update_many(session, before, changes)
    # What each row's person agreed to on the form, once their participation exists.
    answers = []
    for row in writing:
        if row.step.participation_id is not None and row.step.values.consents:
            answers.append((row.step.participation_id, row.step.values.consents, row.step.values.consent_on))
    participant_consent.record(session, answers, date.today())


def _complete_people(session: Session, file_name: str, rows: list[_Writing], directory_: _Directory) -> None:
    """Fill in what people found in the Directory lack, checked as an edit
    of each would be."""
    stored = directory_bulk.stored_people(
        session, [row.step.person_id for row in rows if row.step.person_id is not None]
    )
    before, changes = [], []
    for row in rows:
        assert row.step.person_id is not None  # found in the Directory (_decide)
        person = stored[row.step.person_id]
        wanted = dict(row.person_changes)
        if row.organisation is not None:
            wanted["organisation_id"] = row.organisation.id
        with _at_row(file_name, row.step):
            changed = directory_bulk.changed_person(person, wanted)
            owner = directory_.by_email.get((changed.get("email") or "").lower())
            if owner is not None and owner.id != row.step.person_id:
                raise InvalidInput(
                    "email",
                    say("{address} is already the address of {name}", address=changed["email"], name=owner.full_name),
                )
        before.append(person)
        changes.append(changed)
    directory_bulk.update_people(session, before, changes)


def _checked(step: _Step, organisations: directory_bulk.OrganisationsByName) -> _Writing:
    values = step.values
    row = _Writing(step)
    if step.kind == NEW:
        # The address was checked when the row was read.
        row.person = directory.clean_person(dict(values.person), email_checked=True)
        if values.organisation.strip():
            row.organisation = organisations.named(values.organisation, row.person["country"])
    elif step.person_changes:
        row.person_changes = dict(step.person_changes)
        name = row.person_changes.pop("organisation", "")
        if name:
            row.organisation = organisations.named(name, row.person_changes.get("country") or step.person_country)
    if step.kind in (NEW, MATCHED):
        row.participation = participants.clean_participation(step.participation_changes)
        del row.participation["event_id"], row.participation["person_id"]
    return row
