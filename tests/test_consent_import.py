"""Consents from a registration form's list: the consent columns are
recognised in the partners' languages, each yes or no recorded as given
on a form on the consent date (or the day of the import), and a value
that is neither is refused with its row and column named, nothing
imported."""

from __future__ import annotations

from datetime import date

import pytest

from planner.exchange.participant_import import apply_import, plan_import
from planner.exchange.participant_table import ParticipantFileError, guess_mapping, read_table
from planner.services import consent, events, participants


@pytest.fixture
def visit(session):
    return events.create_event(
        session,
        title="Visit",
        kind="study_visit",
        starts_on=date(2026, 6, 3),
        ends_on=date(2026, 6, 4),
        timezone="Europe/Warsaw",
    ).id


def _table(tmp_path, text: str, name: str = "registrations.csv"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return read_table(path.read_bytes(), path.name)


def _recorded(session, event_id: int) -> dict[str, dict[str, tuple]]:
    found: dict[str, dict[str, tuple]] = {}
    for row in participants.participant_rows(session, event_id):
        consents = consent.consents_of(session, row.participation_id)
        found[row.family_name] = {
            purpose: (given.given, given.given_on, given.how) for purpose, given in consents.items()
        }
    return found


def test_consent_columns_of_a_form_are_recorded_as_given_on_the_form(tmp_path, session, visit):
    table = _table(
        tmp_path,
        "Name,E-mail,Consent to participant list,Photo consent,Consent to keep dietary needs,Dietary needs,"
        "Consent date\n"
        "Anna Nowak,anna@example.pl,Tak,nie,yes,vegan,12.05.2026\n"
        "Jan Müller,jan@example.de,Ja,,Nein,,\n"
        "Zoé Martin,zoe@example.fr,Oui,NON,,,2026-05-14\n"
        "Ελένη Παππά,eleni@example.gr,ναι,Όχι,,,\n",
    )
    mapping = guess_mapping(table.headers)
    assert [mapping[column] for column in range(len(table.headers))] == [
        "full_name",
        "email",
        "consent_shared_list",
        "consent_photos",
        "consent_needs",
        "dietary",
        "consent_date",
    ]
    apply_import(session, visit, table, mapping)
    today = date.today()
    assert _recorded(session, visit) == {
        "Nowak": {
            "shared_list": (True, date(2026, 5, 12), "form"),
            "photos": (False, date(2026, 5, 12), "form"),
            "needs": (True, date(2026, 5, 12), "form"),
        },
        "Müller": {"shared_list": (True, today, "form"), "needs": (False, today, "form")},
        "Martin": {"shared_list": (True, date(2026, 5, 14), "form"), "photos": (False, date(2026, 5, 14), "form")},
        "Παππά": {"shared_list": (True, today, "form"), "photos": (False, today, "form")},
    }


@pytest.mark.parametrize(
    "header",
    [
        "Einwilligung Teilnehmerliste",
        "Consentement liste des participants",
        "Consentimiento lista de participantes",
        "Consenso elenco partecipanti",
        "Zgoda na listę uczestników",
        "Συγκατάθεση λίστα συμμετεχόντων",
    ],
)
def test_the_shared_list_column_is_recognised_in_the_partners_languages(header):
    assert guess_mapping(["Name", header, "Dietary needs"]) == {0: "full_name", 1: "consent_shared_list", 2: "dietary"}


def test_an_answer_that_is_neither_yes_nor_no_is_refused_and_nothing_is_imported(tmp_path, session, visit):
    table = _table(
        tmp_path,
        "Name,Consent to participant list,Photo consent,Consent date\n"
        "Anna Nowak,yes,yes,12.05.2026\n"
        "Jan Müller,maybe,yes,\n"
        "Zoé Martin,oui,oui,sometime\n",
    )
    mapping = guess_mapping(table.headers)
    plan = plan_import(session, visit, table, mapping)
    assert plan.problems == [
        (
            "row 3: column 'Consent to participant list': 'maybe' is neither yes nor no; write yes or no "
            "(ja, oui, sí, sì, tak, ναι)"
        ),
        "row 4: column 'Consent date': 'sometime' is not a date; write it as 2024-06-03 or 03.06.2024 (day first)",
    ]
    with pytest.raises(ParticipantFileError, match="2 rows cannot be imported; nothing was imported"):
        apply_import(session, visit, table, mapping)
    assert participants.participant_rows(session, visit) == []


def test_importing_again_replaces_the_answer_and_keeps_the_wording(tmp_path, session, visit):
    first = _table(tmp_path, "Name,E-mail,Photo consent\nAnna Nowak,anna@example.pl,yes\n")
    apply_import(session, visit, first, guess_mapping(first.headers))
    row = participants.participant_rows(session, visit)[0]
    consent.record(
        session, row.participation_id, "photos", given=True, given_on=date(2026, 5, 1), how="form", wording="Photos?"
    )
    again = _table(tmp_path, "Name,E-mail,Photo consent,Consent date\nAnna Nowak,anna@example.pl,no,20.05.2026\n")
    apply_import(session, visit, again, guess_mapping(again.headers))
    photos = consent.consents_of(session, row.participation_id)["photos"]
    assert (photos.given, photos.given_on, photos.how, photos.wording) == (False, date(2026, 5, 20), "form", "Photos?")
