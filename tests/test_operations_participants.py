"""The participant operations without a window: adding someone (from the
Directory, or new with their organisation), changing one or many, removing
with the rule that speakers and moderators stay, and undo bringing back
exactly what was there."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from planner.db.models import ALL_TABLES, Organisation, Participation, Person
from planner.operations import perform, replay
from planner.operations.participants import (
    AddNewParticipant,
    AddParticipant,
    ChangeParticipants,
    ChangeParticipation,
    RemoveParticipants,
    new_participation_values,
    removal_of,
)
from planner.services import participants
from planner.services.errors import InUse, InvalidInput
from tests.databases import data_of

pytestmark = pytest.mark.both_back_ends  # each test on a database file and on PostgreSQL


def _dump(store) -> dict:
    with store.engine.connect() as connection:
        return {
            model.__tablename__: sorted((tuple(row) for row in connection.execute(data_of(model))), key=repr)
            for model in ALL_TABLES
        }


def _rows(store, event_id: int) -> dict[str, participants.ParticipantRow]:
    """The event's participants by family name."""
    with store.read() as session:
        return {row.family_name: row for row in participants.participant_rows(session, event_id)}


def _person_id(store, family_name: str) -> int:
    with store.read() as session:
        return session.scalars(select(Person.id).where(Person.family_name == family_name)).one()


@pytest.fixture
def madrid(samples) -> int:
    return samples["Improvement"]


@pytest.fixture
def munich(samples) -> int:
    return samples["ECRI"]


def test_someone_from_the_directory_is_added_invited_as_a_participant_and_undo_takes_it_back(store, munich):
    before = _dump(store)
    colombo = _person_id(store, "Colombo")  # in Madrid, not in Munich
    done = perform(store, AddParticipant(munich, colombo))
    assert done.operation.label == "Add participant"
    row = _rows(store, munich)["Colombo"]
    assert (row.participation_id, row.role, row.status, row.arrives_on) == (done.result, "participant", "invited", None)
    after = _dump(store)
    replay(store, done.changes, "before")
    assert _dump(store) == before
    replay(store, done.changes, "after")
    assert _dump(store) == after


def test_the_form_for_a_new_participant_proposes_what_adding_without_values_gives(store, munich):
    proposed = new_participation_values()
    added = perform(store, AddParticipant(munich, _person_id(store, "Colombo"))).result
    with store.read() as session:
        row = session.get(Participation, added)
        assert {name: getattr(row, name) for name in proposed} == proposed


def test_someone_already_on_the_list_is_refused_at_the_person(store, madrid):
    before = _dump(store)
    with pytest.raises(InvalidInput, match=r"^person: Łukasz Wójcik already takes part in this event$"):
        perform(store, AddParticipant(madrid, _person_id(store, "Wójcik"), {"role": "observer"}))
    assert _dump(store) == before


def test_a_new_person_and_their_new_organisation_are_one_step(store, munich):
    before = _dump(store)
    done = perform(
        store,
        AddNewParticipant(
            munich,
            {"given_name": "Agata", "family_name": "Wiśniewska", "country": "pl", "email": "a.w@example.org"},
            organisation_name="Pomorski Klaster Biotech",
            values={"role": "speaker", "arrives_on": date(2018, 3, 13)},
        ),
    )
    assert done.operation.label == "Add participant"
    row = _rows(store, munich)["Wiśniewska"]
    assert (row.participation_id, row.role, row.status, row.country) == (done.result, "speaker", "invited", "PL")
    assert (row.organisation, row.arrives_on) == ("Pomorski Klaster Biotech", date(2018, 3, 13))
    with store.read() as session:
        organisation = session.scalars(select(Organisation).where(Organisation.name == "Pomorski Klaster Biotech"))
        assert organisation.one().country == "PL"
    replay(store, done.changes, "before")
    assert _dump(store) == before  # the person and the organisation are gone too


def test_an_organisation_typed_as_it_is_in_the_directory_is_not_doubled(store, munich):
    with store.read() as session:
        organisations = len(session.scalars(select(Organisation)).all())
    perform(store, AddNewParticipant(munich, {"given_name": "Anna", "family_name": "Nowak"}, organisation_name="biom"))
    with store.read() as session:
        assert len(session.scalars(select(Organisation)).all()) == organisations
    assert _rows(store, munich)["Nowak"].organisation == "BioM"


def test_a_new_person_with_a_bad_address_leaves_no_organisation_behind(store, munich):
    before = _dump(store)
    with pytest.raises(InvalidInput, match=r"^email: 'anna@' is not a valid e-mail address"):
        perform(
            store,
            AddNewParticipant(
                munich, {"given_name": "Anna", "family_name": "Nowak", "email": "anna@"}, organisation_name="New one"
            ),
        )
    assert _dump(store) == before


def test_changing_a_participation_checks_the_days_and_is_undone(store, madrid):
    row = _rows(store, madrid)["Żurawska"]
    before = _dump(store)
    with pytest.raises(InvalidInput, match=r"^departs_on: 2009-06-01 is before arrives_on 2009-06-02"):
        perform(
            store,
            ChangeParticipation(row.participation_id, {"arrives_on": date(2009, 6, 2), "departs_on": date(2009, 6, 1)}),
        )
    assert _dump(store) == before
    done = perform(store, ChangeParticipation(row.participation_id, {"status": "no_show", "notes": "Flight cancelled"}))
    assert done.operation.label == "Change participant"
    changed = _rows(store, madrid)["Żurawska"]
    assert (changed.status, changed.notes, changed.role) == ("no_show", "Flight cancelled", row.role)
    replay(store, done.changes, "before")
    assert _dump(store) == before


def test_the_status_of_many_is_one_step_and_undo_gives_each_its_own_back(store, madrid):
    rows = _rows(store, madrid)
    chosen = ("Colombo", "Galli", "Kovács", "Wójcik")
    statuses = {name: rows[name].status for name in rows}
    assert len({statuses[name] for name in chosen}) > 1  # not all the same before
    before = _dump(store)
    operation = ChangeParticipants(tuple(rows[name].participation_id for name in chosen), status="confirmed")
    assert operation.label == "Change status of 4 participants"
    done = perform(store, operation)
    after = _rows(store, madrid)
    assert {name: row.status for name, row in after.items()} == statuses | dict.fromkeys(chosen, "confirmed")
    assert all(after[name].role == rows[name].role for name in rows)
    replay(store, done.changes, "before")
    assert _dump(store) == before


def test_the_role_of_one_is_named_in_the_singular(store, madrid):
    galli = _rows(store, madrid)["Galli"].participation_id
    operation = ChangeParticipants((galli,), role="observer")
    assert operation.label == "Change role of 1 participant"
    perform(store, operation)
    assert _rows(store, madrid)["Galli"].role == "observer"


def test_a_status_that_does_not_exist_is_refused_and_nothing_changes(store, madrid):
    rows = _rows(store, madrid)
    before = _dump(store)
    with pytest.raises(InvalidInput, match=r"^status: 'maybe' is not one of"):
        perform(store, ChangeParticipants(tuple(row.participation_id for row in rows.values()), status="maybe"))
    assert _dump(store) == before


def test_removing_keeps_the_person_and_their_travel_and_stays_and_undo_brings_it_back(store, munich):
    pons = _rows(store, munich)["Pons Sastre"]
    removal = removal_of_ids(store, [pons.participation_id])
    assert removal.refusal == ""
    assert removal.question == (
        "Remove Joan Pons Sastre from this event?\n\nThey stay in the Directory. "
        "Their 2 travel legs and 2 hotel stays in this event are kept."
    )
    before = _dump(store)
    done = perform(store, RemoveParticipants((pons.participation_id,)))
    assert done.operation.label == "Remove participant"
    assert "Pons Sastre" not in _rows(store, munich)
    after = _dump(store)
    assert after["person"] == before["person"]
    assert after["travel_leg"] == before["travel_leg"] and after["stay"] == before["stay"]
    replay(store, done.changes, "before")
    assert _dump(store) == before


def removal_of_ids(store, ids: list[int]):
    with store.read() as session:
        return removal_of(session, ids)


def test_the_question_for_someone_without_bookings_says_only_that_they_stay(store, madrid):
    galli = _rows(store, madrid)["Galli"].participation_id
    assert removal_of_ids(store, [galli]).question == (
        "Remove Matteo Galli from this event?\n\nThey stay in the Directory."
    )


def test_removing_a_speaker_is_refused_naming_the_items_and_nobody_of_the_selection_goes(store, madrid):
    rows = _rows(store, madrid)
    ids = (rows["Galli"].participation_id, rows["Wójcik"].participation_id)
    removal = removal_of_ids(store, list(ids))
    assert removal.who == "2 participants" and removal.question.startswith("Remove 2 participants from this event?")
    assert removal.refusal.startswith("Łukasz Wójcik cannot be removed from this event: they speak in '")
    assert removal.refusal.endswith("Take them off those agenda items first, or set their status to Cancelled.")
    before = _dump(store)
    operation = RemoveParticipants(ids)
    assert operation.label == "Remove 2 participants"
    with pytest.raises(InUse) as refused:
        perform(store, operation)
    assert str(refused.value) == removal.refusal
    assert _dump(store) == before


def test_removing_a_speaker_and_a_moderator_names_each_of_them(store, madrid):
    rows = _rows(store, madrid)
    ids = (rows["Wójcik"].participation_id, rows["Herrero Muñoz"].participation_id)
    with pytest.raises(InUse) as refused:
        perform(store, RemoveParticipants(ids))
    message = str(refused.value)
    assert message.startswith("2 of them cannot be removed from this event: ")
    assert "Łukasz Wójcik speaks in '" in message and "Pablo Herrero Muñoz moderates '" in message


def test_removing_everyone_who_leads_nothing_is_one_step(store, madrid):
    before = _dump(store)
    with store.read() as session:
        references = participants.references_of(
            session, [row.participation_id for row in _rows(store, madrid).values()]
        )
    free = tuple(key for key, found in references.items() if not set(found) & set(participants.BLOCKING_REFERENCES))
    assert len(free) == 2  # in Madrid, nearly everyone spoke
    done = perform(store, RemoveParticipants(free))
    assert len(_rows(store, madrid)) == 14 - len(free)
    replay(store, done.changes, "before")
    assert _dump(store) == before
