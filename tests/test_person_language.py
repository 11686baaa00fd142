"""A person's preferred language: taken as people write it (a code, a
locale, its name in any of Planner's languages), refused with a message
naming the field or the row when it is no language Planner writes in, and
carried wherever a person's data goes: participant lists in and out, the
event file in and out."""

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


def _languages(store, event_id: int) -> dict[str, str]:
    with store.read() as session:
        return {row.family_name: row.language for row in participants.participant_rows(session, event_id)}


# -- the Directory ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "stored"),
    [
        ("de", "de"),
        ("DE", "de"),
        ("de-AT", "de"),
        ("de_AT", "de"),
        ("German", "de"),
        ("Deutsch", "de"),
        ("allemand", "de"),
        ("niemiecki", "de"),
        ("Ελληνικά", "el"),
        ("greek", "el"),
        ("pl-PL", "pl"),
        ("Polski", "pl"),
        ("Español", "es"),
        ("italiano", "it"),
        ("Français", "fr"),
        ("English", "en"),
        ("", ""),
    ],
)
def test_a_language_is_taken_as_people_write_it(store, written, stored):
    done = perform(store, AddPerson({"given_name": "Ana", "family_name": "Test", "language": written}))
    with store.read() as session:
        assert session.get(Person, done.result).language == stored


@pytest.mark.parametrize("written", ["Klingon", "ru", "Russian", "xx-YY", "de,fr"])
def test_a_language_planner_does_not_write_in_is_refused_naming_the_field(store, written):
    with pytest.raises(InvalidInput) as refused:
        perform(store, AddPerson({"given_name": "Ana", "family_name": "Test", "language": written}))
    message = str(refused.value)
    assert message.startswith(f"language: '{written}' is not a language Planner writes in")
    assert "Deutsch (de)" in message and "Ελληνικά (el)" in message and "\n" not in message
    with store.read() as session:
        assert session.scalars(select(Person).where(Person.family_name == "Test")).first() is None


def test_changing_a_persons_language_and_undoing_it(store):
    added = perform(store, AddPerson({"given_name": "Jan", "family_name": "Kowalski"}))
    perform(store, ChangePerson(added.result, {"language": "Polish"}))
    with store.read() as session:
        assert session.get(Person, added.result).language == "pl"
    with pytest.raises(InvalidInput, match=r"^language: 'Kashubian' is not a language"):
        perform(store, ChangePerson(added.result, {"language": "Kashubian"}))
    with store.read() as session:
        assert session.get(Person, added.result).language == "pl"


# -- participant lists ------------------------------------------------------------


def test_a_sprache_column_is_imported_and_the_export_reads_back_in(store):
    event_id = _new_event(store)
    text = (
        "Vorname;Nachname;E-Mail;Sprache\n"
        "Paweł;Łoś;p.los@example.org;Polnisch\n"
        "Γιώργος;Παπαδόπουλος;g.papadopoulos@example.org;el\n"
        "Jürgen;Großmann;j.grossmann@example.org;Deutsch\n"
        "Ana;García;a.garcia@example.org;\n"
    )
    table = read_table(text.encode("utf-8"), "anmeldungen.csv")
    mapping = guess_mapping(table.headers)
    assert mapping[3] == "language"
    with store.write() as session:
        apply_import(session, event_id, table, mapping)
    assert _languages(store, event_id) == {"Łoś": "pl", "Παπαδόπουλος": "el", "Großmann": "de", "García": ""}

    with store.read() as session:
        exported_csv = export_participants(session, event_id, "csv")
        exported_xlsx = export_participants(session, event_id, "xlsx")
    lines = exported_csv.decode("utf-8-sig").splitlines()
    assert lines[0].endswith(",Language,Gender")
    assert any(line.endswith(",Polski,") for line in lines) and any(line.endswith(",Ελληνικά,") for line in lines)
    sheet = load_workbook(io.BytesIO(exported_xlsx)).active
    header = [cell.value for cell in sheet[1]]
    column = header.index("Language")
    assert {row[2].value: row[column].value for row in sheet.iter_rows(min_row=2)} == {
        "Łoś": "Polski",
        "Παπαδόπουλος": "Ελληνικά",
        "Großmann": "Deutsch",
        "García": None,
    }

    # Read into another event, both files give the same languages again.
    for name, data in (("participants.csv", exported_csv), ("participants.xlsx", exported_xlsx)):
        again = _new_event(store)
        table = read_table(data, name)
        with store.write() as session:
            apply_import(session, again, table, guess_mapping(table.headers))
        assert _languages(store, again) == _languages(store, event_id)


@pytest.mark.parametrize("header", ["Language", "Langue", "Idioma", "Lingua", "Język", "Γλώσσα", "Preferred language"])
def test_the_language_column_is_found_under_its_usual_names(header):
    assert guess_mapping(["Name", "E-mail", header]) == {0: "full_name", 1: "email", 2: "language"}


def test_a_person_already_known_gets_the_language_the_directory_lacks(store):
    event_id = _new_event(store)
    added = perform(store, AddPerson({"given_name": "Maria", "family_name": "Rossi", "email": "m.rossi@example.org"}))
    table = read_table(b"Name,E-mail,Lingua\nMaria Rossi,m.rossi@example.org,italiano\n", "lista.csv")
    with store.write() as session:
        plan = plan_import(session, event_id, table, guess_mapping(table.headers))
        assert plan.rows[0].changes == ("language",)
        apply_import(session, event_id, table, guess_mapping(table.headers))
    with store.read() as session:
        assert session.get(Person, added.result).language == "it"


def test_a_bad_language_in_a_list_names_its_row_and_nothing_is_imported(store):
    event_id = _new_event(store)
    text = "Name,E-mail,Language\nAna García,a.garcia@example.org,es\nJan Novák,j.novak@example.org,Czech\n"
    table = read_table(text.encode("utf-8"), "list.csv")
    with store.read() as session:
        plan = plan_import(session, event_id, table, guess_mapping(table.headers))
    assert plan.problems == [
        (
            "row 3: language: 'Czech' is not a language Planner writes in; use one of English (en), Español (es), "
            "Deutsch (de), Français (fr), Italiano (it), Polski (pl), Ελληνικά (el), or leave it empty"
        )
    ]
    with pytest.raises(ParticipantFileError), store.write() as session:
        apply_import(session, event_id, table, guess_mapping(table.headers))
    assert _languages(store, event_id) == {}


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


def test_the_event_file_keeps_the_language_and_reads_older_files_without_it(store):
    data = _event_file(
        [
            {"key": "los", "given_name": "Paweł", "family_name": "Łoś", "language": "pl"},
            {"key": "alexiou", "given_name": "Dimitra", "family_name": "Alexiou", "language": "Greek"},
            {"key": "older", "given_name": "Jocelyne", "family_name": "Le Seyec"},
        ]
    )
    with store.write() as session:
        event_id = import_event_bytes(session, data).id
    assert _languages(store, event_id) == {"Łoś": "pl", "Alexiou": "el", "Le Seyec": ""}
    with store.read() as session:
        exported = json.loads(dumps(export_event(session, event_id)))
    written = {person["family_name"]: person.get("language") for person in exported["people"]}
    assert written == {"Łoś": "pl", "Alexiou": "el", "Le Seyec": None}  # empty: left out, as every empty field

    with store.write() as session:
        again = import_event_bytes(session, dumps(exported)).id
    assert _languages(store, again) == _languages(store, event_id)


def test_a_bad_language_in_an_event_file_names_its_place(store):
    data = _event_file(
        [
            {"key": "los", "given_name": "Paweł", "family_name": "Łoś", "language": "pl"},
            {"key": "novak", "given_name": "Jan", "family_name": "Novák", "language": "cs"},
        ]
    )
    with pytest.raises(EventFileError) as refused, store.write() as session:
        import_event_bytes(session, data)
    assert str(refused.value).startswith("people[1].language: 'cs' is not a language Planner writes in")
    with store.read() as session:
        assert session.scalars(select(Person).where(Person.family_name == "Łoś")).first() is None
