"""The Directory's operations, without the window: a person with an
organisation typed in, what a deletion asks first or refuses, members
detached, and undo and redo bringing back exactly what was there."""

from __future__ import annotations

from datetime import datetime

import pytest
from sqlalchemy import select

from planner.db.models import ALL_TABLES, InvitationSent, MessageSent, Organisation, Person
from planner.operations import perform, replay
from planner.operations.directory import (
    AddOrganisation,
    AddPerson,
    ChangeOrganisation,
    ChangePerson,
    DeleteOrganisation,
    DeletePerson,
    new_organisation_values,
    organisation_deletion,
    person_deletion,
)
from planner.services import directory, messages_sent
from planner.services.errors import InUse, InvalidInput
from planner.services.history import following_tables
from tests.databases import data_of

pytestmark = pytest.mark.both_back_ends  # each test on a database file and on PostgreSQL


def _dump(store) -> dict:
    with store.engine.connect() as connection:
        return {
            model.__tablename__: sorted((tuple(row) for row in connection.execute(data_of(model))), key=repr)
            for model in ALL_TABLES
        }


def _person(store, family_name: str) -> Person:
    with store.read() as session:
        return session.scalars(select(Person).where(Person.family_name == family_name)).one()


def _organisation_id(store, name: str) -> int:
    with store.read() as session:
        return session.scalars(select(Organisation.id).where(Organisation.name == name)).one()


def _undone_and_redone(store, done) -> None:
    """Undo brings back exactly what was there before, redo what the
    operation left."""
    after = _dump(store)
    replay(store, done.changes, "before")
    assert _dump(store) != after
    before = _dump(store)
    replay(store, done.changes, "after")
    assert _dump(store) == after
    replay(store, done.changes, "before")
    assert _dump(store) == before


def test_the_edit_menu_names_them_as_the_directory_did():
    assert [
        operation.label
        for operation in (
            AddPerson({}),
            ChangePerson(1, {}),
            DeletePerson(1),
            AddOrganisation({}),
            ChangeOrganisation(1, {}),
            DeleteOrganisation(1),
        )
    ] == [
        "Add person",
        "Change person",
        "Delete person",
        "Add organisation",
        "Change organisation",
        "Delete organisation",
    ]


def test_a_person_with_a_new_organisation_typed_in_is_one_step(store):
    before = _dump(store)
    done = perform(
        store,
        AddPerson({"given_name": "Κατερίνα", "family_name": "Ιωάννου", "country": "GR"}, "Crete Biotech Cluster"),
    )
    with store.read() as session:
        person = session.get(Person, done.result)
        organisation = session.get(Organisation, person.organisation_id)
        assert (organisation.name, organisation.country) == ("Crete Biotech Cluster", "GR")
    assert done.changes.tables() == {"person", "organisation"}
    replay(store, done.changes, "before")
    assert _dump(store) == before
    replay(store, done.changes, "after")
    with store.read() as session:
        assert session.get(Person, done.result).organisation_id == organisation.id


def test_an_organisation_typed_in_that_the_directory_has_is_reused(store, samples):
    biom = _organisation_id(store, "BioM")
    done = perform(store, AddPerson({"given_name": "Horst", "family_name": "Weber", "country": "DE"}, "  biom "))
    assert done.changes.tables() == {"person"}
    assert _person(store, "Weber").organisation_id == biom


def test_a_person_refused_saves_nothing_not_even_the_organisation_typed_in(store, samples):
    before = _dump(store)
    taken = _person(store, "Wójcik").email
    with pytest.raises(InvalidInput) as refused:
        perform(store, AddPerson({"given_name": "Jan", "family_name": "Nowak", "email": taken}, "Nowa Organizacja"))
    assert refused.value.field == "email" and "is already the address of Łukasz Wójcik" in str(refused.value)
    with pytest.raises(InvalidInput) as refused:
        perform(store, AddPerson({"given_name": "", "family_name": ""}))
    assert refused.value.field == "family_name"
    assert _dump(store) == before


def test_changing_a_person_with_a_new_organisation_is_undone_whole(store, samples):
    person = _person(store, "Wójcik")
    done = perform(
        store, ChangePerson(person.id, {"position": "Cluster manager", "organisation_id": None}, "Klaster Łódź Nowy")
    )
    assert done.result == person.id
    changed = _person(store, "Wójcik")
    assert changed.position == "Cluster manager" and changed.organisation_id != person.organisation_id
    _undone_and_redone(store, done)
    assert _person(store, "Wójcik").model_dump(exclude={"version"}) == person.model_dump(exclude={"version"})


def test_a_person_someone_refers_to_is_not_asked_about_and_the_deletion_says_why(store, samples):
    person = _person(store, "Wójcik")
    before = _dump(store)
    with store.read() as session:
        deletion = person_deletion(session, person.id)
    assert deletion.question == "" and deletion.operation == DeletePerson(person.id)
    with pytest.raises(InUse) as refused:
        perform(store, deletion.operation)
    assert str(refused.value) == (
        "Łukasz Wójcik cannot be deleted: still in 2 participations, 2 agenda items as speaker, 4 travel legs, "
        "1 hotel stays, 1 costs"
    )
    assert _dump(store) == before


def test_deleting_a_person_and_undoing_it_brings_back_the_records_of_invitations_sent(store, samples):
    added = perform(
        store, AddPerson({"honorific": "Dr.", "given_name": "Ana", "family_name": "Ruiz", "email": "ana@example.org"})
    )
    with store.write() as session:
        session.add(
            InvitationSent(
                event_id=samples["ECRI"],
                email="ana@example.org",
                person_id=added.result,
                uid="uid-ana@test",
                content_hash="z",
                sent_at=datetime(2018, 3, 1, 9),
            )
        )
        messages_sent.record_message(
            session,
            samples["ECRI"],
            person_id=added.result,
            email="ana@example.org",
            template="Reminder (the day before)",
            subject="See you tomorrow",
            attachments=[],
            how=messages_sent.FILE,
            now=datetime(2018, 3, 22, 9),
        )
    before = _dump(store)
    with store.read() as session:
        deletion = person_deletion(session, added.result)
    assert deletion.question == "Delete Dr. Ana Ruiz from the Directory?"
    done = perform(store, deletion.operation)
    # Every table the database clears or empties when a person goes was reached.
    reached = {change.table for change in done.changes.changes.values()}
    assert following_tables("person") <= reached
    with store.read() as session:
        sent = session.scalars(select(InvitationSent).where(InvitationSent.uid == "uid-ana@test")).one()
        assert (sent.person_id, sent.email) == (None, "ana@example.org")
        # The message sent stays on record with its address, no longer the person's.
        [message] = session.scalars(select(MessageSent)).all()
        assert (message.person_id, message.email) == (None, "ana@example.org")
    _undone_and_redone(store, done)
    assert _dump(store) == before


def test_a_new_organisation_is_proposed_as_a_cluster_and_names_stay_unique(store, samples):
    done = perform(store, AddOrganisation(new_organisation_values() | {"name": "Bioregio Stern", "country": "DE"}))
    with store.read() as session:
        assert directory.organisation_values(session, done.result)["kind"] == "cluster"
    before = _dump(store)
    with pytest.raises(InvalidInput) as refused:
        perform(store, ChangeOrganisation(_organisation_id(store, "BioM"), {"name": "bioregio stern"}))
    assert (refused.value.field, refused.value.message) == (
        "name",
        "an organisation named 'Bioregio Stern' already exists",
    )
    assert _dump(store) == before
    renamed = perform(store, ChangeOrganisation(done.result, {"region": "Baden-Württemberg"}))
    assert renamed.result == done.result
    _undone_and_redone(store, renamed)


def test_an_organisation_without_members_or_events_is_asked_about_plainly(store):
    created = perform(store, AddOrganisation({"name": "HBio", "country": "GR"}))
    with store.read() as session:
        deletion = organisation_deletion(session, created.result)
    assert deletion.question == "Delete HBio from the Directory?"
    assert deletion.operation == DeleteOrganisation(created.result, detach_members=False)
    done = perform(store, deletion.operation)
    _undone_and_redone(store, done)


def test_an_organisations_members_stay_without_it_when_the_user_agrees_and_come_back_on_undo(store):
    cluster = perform(store, AddOrganisation({"name": "Wielkopolska Test Cluster", "country": "PL"})).result
    for given in ("Jan", "Anna"):
        perform(store, AddPerson({"given_name": given, "family_name": "Kowalski", "organisation_id": cluster}))
    before = _dump(store)
    with store.read() as session:
        deletion = organisation_deletion(session, cluster)
    assert deletion.question == (
        "Delete Wielkopolska Test Cluster from the Directory?\n\n"
        "Its 2 members stay in the Directory, without an organisation."
    )
    assert deletion.operation == DeleteOrganisation(cluster, detach_members=True)
    done = perform(store, deletion.operation)
    with store.read() as session:
        assert session.get(Organisation, cluster) is None
        members = session.scalars(select(Person.organisation_id).where(Person.family_name == "Kowalski")).all()
        assert members == [None, None]
    assert following_tables("organisation") <= {change.table for change in done.changes.changes.values()}
    _undone_and_redone(store, done)
    assert _dump(store) == before


def test_an_organisation_is_not_deleted_from_under_a_member_added_since_the_user_was_asked(store):
    cluster = perform(store, AddOrganisation({"name": "HBio", "country": "GR"})).result
    with store.read() as session:
        deletion = organisation_deletion(session, cluster)
    perform(store, AddPerson({"given_name": "Dimitra", "family_name": "Alexiou", "organisation_id": cluster}))
    before = _dump(store)
    with pytest.raises(InUse, match="organisation 'HBio' cannot be deleted: it has 1 members"):
        perform(store, deletion.operation)
    assert _dump(store) == before


def test_an_organisation_hosting_an_event_is_not_asked_about_and_the_deletion_says_why(store, samples):
    biom = _organisation_id(store, "BioM")
    before = _dump(store)
    with store.read() as session:
        deletion = organisation_deletion(session, biom)
    assert deletion.question == ""
    assert deletion.operation == DeleteOrganisation(biom)  # members are not detached when it cannot go
    with pytest.raises(InUse) as refused:
        perform(store, deletion.operation)
    assert str(refused.value).startswith("organisation 'BioM' cannot be deleted: it has") and "1 events hosted" in str(
        refused.value
    )
    assert _dump(store) == before
