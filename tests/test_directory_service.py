"""The Directory's read models: people, organisations, a person's history."""

from __future__ import annotations

from datetime import date

import pytest

from planner.services import directory, events, participants

pytestmark = pytest.mark.both_back_ends  # each test on a database file and on PostgreSQL


def _event(session, title: str, starts_on: date):
    return events.create_event(
        session, title=title, kind="workshop", starts_on=starts_on, ends_on=starts_on, timezone="Europe/Madrid"
    )


def test_people_rows_count_events_and_show_organisations(session):
    cluster = directory.create_organisation(session, name="madri+d", country="ES")
    lucia = directory.create_person(
        session,
        honorific="Ms.",
        given_name="Lucía",
        family_name="Fernández Gil",
        organisation_id=cluster.id,
        country="ES",
        email="l.fernandez@example.org",
    )
    directory.create_person(session, given_name="Anna", family_name="Nowak")
    for title, day in (("Workshop", date(2009, 6, 3)), ("Conference", date(2009, 6, 5))):
        participants.add_participant(session, _event(session, title, day).id, lucia.id)
    rows = directory.people_rows(session)
    assert [(row.name, row.organisation, row.events) for row in rows] == [
        ("Ms. Lucía Fernández Gil", "madri+d", 2),
        ("Anna Nowak", "", 0),
    ]
    assert rows[1].email == ""


def test_organisation_rows_count_members(session):
    biom = directory.create_organisation(session, name="BioM", kind="cluster", region="Bavaria", country="DE")
    directory.create_organisation(session, name="Bioib", country="ES")
    for given in ("Horst", "Tobias"):
        directory.create_person(session, given_name=given, family_name="X", organisation_id=biom.id)
    rows = directory.organisation_rows(session)
    assert [(row.name, row.members) for row in rows] == [("Bioib", 0), ("BioM", 2)]
    assert (rows[1].kind, rows[1].region, rows[1].country) == ("cluster", "Bavaria", "DE")


def test_history_lists_events_newest_first(session):
    person = directory.create_person(session, given_name="Lucía", family_name="Fernández Gil")
    workshop = _event(session, "Workshop", date(2009, 6, 3))
    conference = _event(session, "Conference", date(2009, 6, 5))
    participants.add_participant(session, workshop.id, person.id, role="speaker", status="attended")
    participants.add_participant(session, conference.id, person.id, role="moderator", status="confirmed")
    history = directory.participation_history(session, person.id)
    assert [(row.title, row.starts_on, row.role, row.status) for row in history] == [
        ("Conference", date(2009, 6, 5), "moderator", "confirmed"),
        ("Workshop", date(2009, 6, 3), "speaker", "attended"),
    ]


def test_with_organisation_finds_or_creates_by_name(session):
    biom = directory.create_organisation(session, name="BioM", country="DE")
    assert directory.with_organisation(session, {"country": "DE"}, "biom")["organisation_id"] == biom.id
    created = directory.with_organisation(session, {"country": "PL"}, "KLK")["organisation_id"]
    assert created != biom.id
    assert directory.with_organisation(session, {"organisation_id": biom.id}, "  ") == {"organisation_id": biom.id}


def test_person_and_organisation_values_are_what_the_updates_take(session):
    biom = directory.create_organisation(session, name="BioM", country="DE", website="https://www.bio-m.org")
    person = directory.create_person(session, given_name="Horst", family_name="Domdey", organisation_id=biom.id)
    directory.update_person(session, person.id, **directory.person_values(session, person.id))
    directory.update_organisation(session, biom.id, **directory.organisation_values(session, biom.id))
    assert directory.person_values(session, person.id)["organisation_id"] == biom.id
    assert directory.organisation_choices(session) == [(biom.id, "BioM")]
