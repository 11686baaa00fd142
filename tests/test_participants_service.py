"""The participant read model, removal rules and adding a new person."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from sqlalchemy import func, select

from planner.db.models import Organisation, Participation, Person
from planner.services import agenda, directory, events, logistics, participants
from planner.services.errors import InUse, InvalidInput

pytestmark = pytest.mark.both_back_ends  # each test on a database file and on PostgreSQL


def test_participant_rows_join_person_and_organisation_by_family_name(session, workshop):
    cluster = directory.create_organisation(session, name="Łódzki Klaster Biotechnologiczny", country="PL")
    lukasz = directory.create_person(
        session,
        honorific="Dr.",
        given_name="Łukasz",
        family_name="Wójcik",
        organisation_id=cluster.id,
        country="PL",
        email="l.wojcik@example.org",
        dietary="vegetarian",
    )
    giorgos = directory.create_person(session, given_name="Γιώργος", family_name="Παπαδόπουλος", country="GR")
    anna = directory.create_person(session, given_name="Anna", family_name="Adamska")
    for person in (lukasz, giorgos, anna):
        participants.add_participant(session, workshop.id, person.id, status="confirmed", arrives_on=date(2009, 6, 2))
    rows = participants.participant_rows(session, workshop.id)
    assert [row.family_name for row in rows] == ["Adamska", "Wójcik", "Παπαδόπουλος"]
    wojcik = rows[1]
    assert wojcik.name == "Dr. Łukasz Wójcik"
    assert (wojcik.organisation, wojcik.country, wojcik.email, wojcik.dietary) == (
        "Łódzki Klaster Biotechnologiczny",
        "PL",
        "l.wojcik@example.org",
        "vegetarian",
    )
    assert (wojcik.status, wojcik.arrives_on, wojcik.departs_on) == ("confirmed", date(2009, 6, 2), None)
    assert rows[0].organisation == "" and rows[0].email == ""


def test_people_not_in_event_are_offered_with_their_organisation(session, workshop):
    cluster = directory.create_organisation(session, name="BioM", country="DE")
    horst = directory.create_person(session, given_name="Horst", family_name="Domdey", organisation_id=cluster.id)
    anna = directory.create_person(session, given_name="Anna", family_name="Nowak")
    participants.add_participant(session, workshop.id, anna.id)
    assert participants.people_not_in_event(session, workshop.id) == [(horst.id, "Horst Domdey — BioM")]


def test_removing_a_speaker_is_refused_naming_the_items(session, workshop):
    person = directory.create_person(session, given_name="Anna", family_name="Nowak")
    taking_part = participants.add_participant(session, workshop.id, person.id)
    agenda.create_item(
        session,
        workshop.id,
        title="Opening",
        starts_at=datetime(2009, 6, 3, 9),
        ends_at=datetime(2009, 6, 3, 10),
        speakers=[person.id],
    )
    agenda.create_item(
        session,
        workshop.id,
        title="Panel",
        starts_at=datetime(2009, 6, 3, 11),
        ends_at=datetime(2009, 6, 3, 12),
        moderator_id=person.id,
    )
    assert participants.references_of(session, [taking_part.id]) == {
        taking_part.id: {"agenda items as speaker": 1, "agenda items as moderator": 1}
    }
    message = (
        "Anna Nowak cannot be removed from this event: they speak in 'Opening' and moderate 'Panel'. "
        "Take them off those agenda items first, or set their status to Cancelled."
    )
    with pytest.raises(InUse, match=f"^{message}$"):
        participants.remove_participant(session, taking_part.id)
    assert session.get(Participation, taking_part.id) is not None


def test_removing_a_participant_keeps_the_person_and_their_travel(session, workshop):
    person = directory.create_person(session, given_name="Nikolaos", family_name="Vlachos")
    taking_part = participants.add_participant(session, workshop.id, person.id)
    leg = logistics.add_leg(
        session,
        workshop.id,
        person_id=person.id,
        mode="flight",
        from_place="Athens",
        to_place="Madrid",
        from_at=datetime(2009, 6, 2, 9),
        from_timezone="Europe/Athens",
        to_at=datetime(2009, 6, 2, 12),
        to_timezone="Europe/Madrid",
    )
    assert participants.references_of(session, [taking_part.id]) == {taking_part.id: {"travel legs": 1}}
    participants.remove_participant(session, taking_part.id)
    assert session.get(Participation, taking_part.id) is None
    assert session.get(Person, person.id) is not None
    assert session.get(type(leg), leg.id) is not None


def test_a_refusal_lists_three_items_and_how_many_more(session, workshop):
    person = directory.create_person(session, given_name="Anna", family_name="Nowak")
    taking_part = participants.add_participant(session, workshop.id, person.id)
    for hour in range(9, 14):
        agenda.create_item(
            session,
            workshop.id,
            title=f"Talk {hour}",
            starts_at=datetime(2009, 6, 3, hour),
            ends_at=datetime(2009, 6, 3, hour, 30),
            speakers=[person.id],
        )
    with pytest.raises(InUse, match="they speak in 'Talk 9', 'Talk 10', 'Talk 11' and 2 more\\."):
        participants.remove_participant(session, taking_part.id)


def test_a_speaker_elsewhere_can_be_removed_from_this_event(session, workshop):
    other = events.create_event(
        session,
        title="Conference",
        kind="conference",
        starts_on=date(2009, 6, 5),
        ends_on=date(2009, 6, 5),
        timezone="Europe/Madrid",
    )
    person = directory.create_person(session, given_name="Anna", family_name="Nowak")
    taking_part = participants.add_participant(session, workshop.id, person.id)
    agenda.create_item(
        session,
        other.id,
        title="Talk",
        starts_at=datetime(2009, 6, 5, 9),
        ends_at=datetime(2009, 6, 5, 10),
        speakers=[person.id],
    )
    participants.remove_participant(session, taking_part.id)
    assert session.get(Participation, taking_part.id) is None


def test_adding_a_new_person_creates_their_organisation_once(session, workshop):
    added = participants.add_new_person(
        session,
        workshop.id,
        {"given_name": "Agnieszka", "family_name": "Wróbel", "country": "PL"},
        organisation_name="Małopolska Klaster",
        role="speaker",
    )
    person = session.get(Person, added.person_id)
    organisation = session.get(Organisation, person.organisation_id)
    assert (organisation.name, organisation.country, added.role) == ("Małopolska Klaster", "PL", "speaker")
    # The same name typed again (in another case) is the same organisation.
    participants.add_new_person(
        session,
        workshop.id,
        {"given_name": "Paweł", "family_name": "Łoś", "country": "PL"},
        organisation_name="małopolska klaster",
    )
    assert session.scalar(select(func.count()).select_from(Organisation)) == 1


def test_a_new_person_with_a_bad_email_is_refused_at_the_email(session, workshop):
    with pytest.raises(InvalidInput, match=r"^email: 'anna@' is not a valid e-mail address"):
        participants.add_new_person(
            session,
            workshop.id,
            {"given_name": "Anna", "family_name": "Nowak", "email": "anna@"},
            organisation_name="New cluster",
        )


def test_an_organisation_name_refused_names_the_organisation_field(session):
    with pytest.raises(InvalidInput, match=r"^organisation: must not be empty"):
        directory.organisation_named(session, "   ")


def test_references_of_several_participations_count_each_in_its_own_event(session, workshop):
    conference = events.create_event(
        session,
        title="Conference",
        kind="conference",
        starts_on=date(2009, 6, 5),
        ends_on=date(2009, 6, 5),
        timezone="Europe/Madrid",
    )
    anna = directory.create_person(session, given_name="Anna", family_name="Nowak")
    piotr = directory.create_person(session, given_name="Piotr", family_name="Lis")
    anna_here = participants.add_participant(session, workshop.id, anna.id)
    anna_there = participants.add_participant(session, conference.id, anna.id)
    piotr_here = participants.add_participant(session, workshop.id, piotr.id)
    agenda.create_item(
        session,
        conference.id,
        title="Keynote",
        starts_at=datetime(2009, 6, 5, 9),
        ends_at=datetime(2009, 6, 5, 10),
        speakers=[anna.id],
    )
    for amount in ("120.00", "80.50"):
        logistics.add_cost(
            session, workshop.id, category="travel", amount_minor=amount, currency="EUR", person_id=anna.id
        )
    logistics.add_cost(session, conference.id, category="travel", amount_minor="10", currency="EUR", person_id=piotr.id)
    assert participants.references_of(session, [anna_here.id, anna_there.id, piotr_here.id]) == {
        anna_here.id: {"costs": 2},
        anna_there.id: {"agenda items as speaker": 1},
        piotr_here.id: {},
    }
    assert participants.removal_refusal(session, [anna_here.id, piotr_here.id]) == ""
    assert participants.removal_refusal(session, [anna_there.id]).startswith(
        "Anna Nowak cannot be removed from this event: they speak in 'Keynote'."
    )
