"""A person's gender, for the statistics funders ask for: optional (not
stated until said), taken as registration forms write it, refused with a
message naming the field or the row for a word that says no gender, and
carried wherever a person's data goes: participant lists in and out, the
event file in and out (older files without it still read)."""

from __future__ import annotations

import io
import json
from datetime import date

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from planner.db.models import Person
from planner.exchange.event_export import export_event
from planner.exchange.event_file import EventFileError, dumps
from planner.exchange.event_import import import_event_bytes
from planner.exchange.participant_export import export_participants
from planner.exchange.participant_import import apply_import, plan_import
from planner.exchange.participant_table import ParticipantFileError, guess_mapping, read_table
from planner.operations import perform
from planner.operations.base import replay
from planner.operations.directory import AddPerson, ChangePerson
from planner.services import events, participants
from planner.services.errors import InvalidInput


def _new_event(store) -> int:
    with store.write() as session:
        return events.create_event(
            session,
            title="Partner meeting",
            kind="meeting",
            starts_on=date(2024, 6, 3),
            ends_on=date(2024, 6, 4),
            timezone="Europe/Brussels",
        ).id


def _genders(store, event_id: int) -> dict[str, str]:
    with store.read() as session:
        return {row.family_name: row.gender for row in participants.participant_rows(session, event_id)}


@pytest.mark.parametrize(
    ("written", "stored"),
    [
        ("woman", "woman"),
        ("F", "woman"),
        ("female", "woman"),
        ("weiblich", "woman"),
        ("Frau", "woman"),
        ("femme", "woman"),
        ("Mujer", "woman"),
        ("kobieta", "woman"),
        ("Γυναίκα", "woman"),
        ("M", "man"),
        ("male", "man"),
        ("männlich", "man"),
        ("uomo", "man"),
        ("Mężczyzna", "man"),
        ("άνδρας", "man"),
        ("another", "another"),
        ("divers", "another"),
        ("non-binary", "another"),
        ("not stated", ""),
        ("not_stated", ""),
        ("prefer not to say", ""),
        ("keine Angabe", ""),
        ("", ""),
    ],
)
def test_a_gender_is_taken_as_forms_write_it(store, written, stored):
    done = perform(store, AddPerson({"given_name": "Ana", "family_name": "Test", "gender": written}))
    with store.read() as session:
        assert session.get(Person, done.result).gender == stored


def test_a_person_has_no_gender_until_one_is_stated(store):
    done = perform(store, AddPerson({"given_name": "Ana", "family_name": "Test"}))
    with store.read() as session:
        assert session.get(Person, done.result).gender == ""


@pytest.mark.parametrize("written", ["yes", "Mrs.", "42"])
def test_a_word_that_says_no_gender_is_refused_naming_the_field(store, written):
    with pytest.raises(InvalidInput) as refused:
        perform(store, AddPerson({"given_name": "Ana", "family_name": "Test", "gender": written}))
    message = str(refused.value)
    assert message == (
        f"gender: '{written}' is not a gender Planner knows; use woman, man, another or not stated, or leave it empty"
    )
    with store.read() as session:
        assert session.scalars(select(Person).where(Person.family_name == "Test")).first() is None


def test_changing_a_persons_gender_and_undoing_it(store):
    added = perform(store, AddPerson({"given_name": "Jan", "family_name": "Kowalski"}))
    done = perform(store, ChangePerson(added.result, {"gender": "man"}))
    with store.read() as session:
        assert session.get(Person, added.result).gender == "man"
    replay(store, done.changes, "before")
    with store.read() as session:
        assert session.get(Person, added.result).gender == ""


# -- participant lists ------------------------------------------------------------


def test_a_geschlecht_column_is_imported_and_the_export_reads_back_in(store):
    event_id = _new_event(store)
    text = (
        "Vorname;Nachname;E-Mail;Geschlecht\n"
        "Paweł;Łoś;p.los@example.org;männlich\n"
        "Δήμητρα;Αλεξίου;d.alexiou@example.org;weiblich\n"
        "Kim;Berger;k.berger@example.org;divers\n"
        "Ana;García;a.garcia@example.org;\n"
    )
    table = read_table(text.encode("utf-8"), "anmeldungen.csv")
    mapping = guess_mapping(table.headers)
    assert mapping[3] == "gender"
    with store.write() as session:
        apply_import(session, event_id, table, mapping)
    expected = {"Łoś": "man", "Αλεξίου": "woman", "Berger": "another", "García": ""}
    assert _genders(store, event_id) == expected

    with store.read() as session:
        exported_csv = export_participants(session, event_id, "csv")
        exported_xlsx = export_participants(session, event_id, "xlsx")
    lines = exported_csv.decode("utf-8-sig").splitlines()
    assert lines[0].endswith(",Language,Gender")
    sheet = load_workbook(io.BytesIO(exported_xlsx)).active
    header = [cell.value for cell in sheet[1]]
    column = header.index("Gender")
    assert {row[2].value: row[column].value for row in sheet.iter_rows(min_row=2)} == {
        "Łoś": "Man",
        "Αλεξίου": "Woman",
        "Berger": "Another",
        "García": None,
    }
    for name, data in (("participants.csv", exported_csv), ("participants.xlsx", exported_xlsx)):
        again = _new_event(store)
        table = read_table(data, name)
        with store.write() as session:
            apply_import(session, again, table, guess_mapping(table.headers))
        assert _genders(store, again) == expected


@pytest.mark.parametrize("header", ["Gender", "Sex", "Geschlecht", "Sexe", "Género", "Sesso", "Płeć", "Φύλο"])
def test_the_gender_column_is_found_under_its_usual_names(header):
    assert guess_mapping(["Name", "E-mail", header]) == {0: "full_name", 1: "email", 2: "gender"}


def test_a_person_already_known_gets_the_gender_the_directory_lacks_and_keeps_a_stated_one(store):
    event_id = _new_event(store)
    rossi = perform(store, AddPerson({"given_name": "Maria", "family_name": "Rossi", "email": "m.rossi@example.org"}))
    galli = perform(
        store,
        AddPerson({"given_name": "Matteo", "family_name": "Galli", "email": "m.galli@example.org", "gender": "man"}),
    )
    text = "Name,E-mail,Sesso\nMaria Rossi,m.rossi@example.org,donna\nMatteo Galli,m.galli@example.org,\n"
    table = read_table(text.encode("utf-8"), "lista.csv")
    with store.write() as session:
        plan = plan_import(session, event_id, table, guess_mapping(table.headers))
        assert plan.rows[0].changes == ("gender",)
        assert plan.rows[1].changes == ()
        apply_import(session, event_id, table, guess_mapping(table.headers))
    with store.read() as session:
        assert session.get(Person, rossi.result).gender == "woman"
        assert session.get(Person, galli.result).gender == "man"


def test_a_bad_gender_in_a_list_names_its_row_and_nothing_is_imported(store):
    event_id = _new_event(store)
    text = "Name,E-mail,Gender\nAna García,a.garcia@example.org,F\nJan Novák,j.novak@example.org,yes\n"
    table = read_table(text.encode("utf-8"), "list.csv")
    with store.read() as session:
        plan = plan_import(session, event_id, table, guess_mapping(table.headers))
    assert plan.problems == [
        "row 3: gender: 'yes' is not a gender Planner knows; use woman, man, another or not stated, or leave it empty"
    ]
    with pytest.raises(ParticipantFileError), store.write() as session:
        apply_import(session, event_id, table, guess_mapping(table.headers))
    assert _genders(store, event_id) == {}


# -- the event file ---------------------------------------------------------------


def _event_file(people: list[dict]) -> bytes:
    document = {
        "format": "planner-event",
        "version": 1,
        "event": {
            "title": "Study visit",
            "kind": "study_visit",
            "starts_on": "2018-03-22",
            "ends_on": "2018-03-23",
            "timezone": "Europe/Berlin",
        },
        "people": people,
        "participants": [{"person": person["key"]} for person in people],
    }
    return json.dumps(document, ensure_ascii=False).encode("utf-8")


def test_the_event_file_keeps_the_gender_and_reads_older_files_without_it(store):
    data = _event_file(
        [
            {"key": "los", "given_name": "Paweł", "family_name": "Łoś", "gender": "man"},
            {"key": "alexiou", "given_name": "Dimitra", "family_name": "Alexiou", "gender": "woman"},
            {"key": "berger", "given_name": "Kim", "family_name": "Berger", "gender": "another"},
            {"key": "quiet", "given_name": "Ana", "family_name": "García", "gender": "not_stated"},
            {"key": "older", "given_name": "Jocelyne", "family_name": "Le Seyec"},
        ]
    )
    with store.write() as session:
        event_id = import_event_bytes(session, data).id
    expected = {"Łoś": "man", "Alexiou": "woman", "Berger": "another", "García": "", "Le Seyec": ""}
    assert _genders(store, event_id) == expected
    with store.read() as session:
        exported = json.loads(dumps(export_event(session, event_id)))
    written = {person["family_name"]: person.get("gender") for person in exported["people"]}
    assert written == {"Łoś": "man", "Alexiou": "woman", "Berger": "another", "García": None, "Le Seyec": None}

    with store.write() as session:
        again = import_event_bytes(session, dumps(exported)).id
    assert _genders(store, again) == expected


def test_a_bad_gender_in_an_event_file_names_its_place(store):
    data = _event_file(
        [
            {"key": "los", "given_name": "Paweł", "family_name": "Łoś", "gender": "man"},
            {"key": "novak", "given_name": "Jan", "family_name": "Novák", "gender": "unsure"},
        ]
    )
    with pytest.raises(EventFileError) as refused, store.write() as session:
        import_event_bytes(session, data)
    assert str(refused.value).startswith("people[1].gender: 'unsure' is not a gender Planner knows")
    with store.read() as session:
        assert session.scalars(select(Person).where(Person.family_name == "Łoś")).first() is None
