"""How long personal data is kept: the needs date of an event (its last day
plus its days or the database's), whose needs go (not those of someone
coming to a later event), the evidence date (the programme's audit date),
what is due on a day; purging needs and anonymising an event, each
recorded, backed up first, and undone."""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta

import pytest
from sqlalchemy import select

from planner.db import backups
from planner.db.models import ALL_TABLES, Event, Purge
from planner.errors import PlannerError
from planner.operations import perform, replay
from planner.operations.retention import (
    AnonymiseEvent,
    PurgeNeeds,
    SetAuditDate,
    SetDatabaseNeedsDays,
    SetEventNeedsDays,
    back_up_first,
)
from planner.services import directory, events, participants, retention
from planner.services.statistics import Scope, statistics
from tests.databases import data_of

LAST_DAY = date(2026, 3, 6)  # the workshop's last day
NEEDS_DATE = LAST_DAY + timedelta(days=28)
AUDIT = date(2031, 12, 31)


def _event(session, title: str, first: date, last: date, programme: str = "") -> int:
    event = events.create_event(
        session, title=title, kind="workshop", starts_on=first, ends_on=last, timezone="Europe/Madrid"
    )
    event.programme = programme
    session.add(event)
    session.flush()
    return event.id


def _person(session, given: str, family: str, *, dietary: str = "", access: str = "", country: str = "ES") -> int:
    person = directory.create_person(
        session,
        given_name=given,
        family_name=family,
        email=f"{given.lower()}@example.org",
        dietary=dietary,
        accessibility=access,
        country=country,
        gender="woman",
    )
    return person.id


@pytest.fixture
def network(store):
    """A workshop (4-6 Mar 2026) of the programme Interreg (audit date
    31 Dec 2031) with Ana (vegetarian), Ben (wheelchair) and Carla (no
    needs); Ben also comes to a partner meeting in September."""
    with store.write() as session:
        from planner.db.models import Programme

        session.add(Programme(name="Interreg", audit_until=AUDIT))
        workshop = _event(session, "Madrid workshop", date(2026, 3, 4), LAST_DAY, "Interreg")
        later = _event(session, "Partner meeting", date(2026, 9, 1), date(2026, 9, 2))
        ana = _person(session, "Ana", "Alvarez", dietary="vegetarian")
        ben = _person(session, "Ben", "Brandt", access="wheelchair", country="DE")
        carla = _person(session, "Carla", "Conti", country="IT")
        for person in (ana, ben, carla):
            participants.add_participant(session, workshop, person, status="confirmed")
        participants.add_participant(session, later, ben, status="confirmed")
        return {"workshop": workshop, "later": later, "ana": ana, "ben": ben, "carla": carla}


def _needs_date(store, event_id: int) -> date:
    with store.read() as session:
        return retention.needs_date(session, session.get(Event, event_id))


def _due(store, today: date) -> list[tuple[str, int]]:
    with store.read() as session:
        return [(item.kind, item.event_id) for item in retention.due_on(session, today)]


def test_the_needs_date_is_the_last_day_plus_the_database_s_days_or_the_event_s(store, network):
    assert _needs_date(store, network["workshop"]) == NEEDS_DATE
    perform(store, SetDatabaseNeedsDays(14))
    assert _needs_date(store, network["workshop"]) == LAST_DAY + timedelta(days=14)
    perform(store, SetEventNeedsDays(network["workshop"], 60))
    assert _needs_date(store, network["workshop"]) == LAST_DAY + timedelta(days=60)
    perform(store, SetEventNeedsDays(network["workshop"], None))  # back to the database's
    assert _needs_date(store, network["workshop"]) == LAST_DAY + timedelta(days=14)


def test_needs_are_due_on_their_date_not_the_day_before(store, network):
    workshop = network["workshop"]
    assert ("needs", workshop) not in _due(store, NEEDS_DATE - timedelta(days=1))
    assert ("needs", workshop) in _due(store, NEEDS_DATE)
    assert ("needs", workshop) in _due(store, NEEDS_DATE + timedelta(days=1))


def test_a_person_coming_to_a_later_event_keeps_their_needs(store, network):
    with store.read() as session:
        (due,) = [item for item in retention.due_on(session, NEEDS_DATE) if item.kind == "needs"]
    assert (due.event_id, due.people, due.kept) == (network["workshop"], 1, 1)  # Ana's go, Ben's stay
    with store.read() as session:
        purge = retention.needs_purge(session, session.get(Event, network["workshop"]), NEEDS_DATE)
    assert purge.removed == [network["ana"]]  # Carla has none to remove
    assert purge.kept_for_later == [network["ben"]]
    done = perform(store, PurgeNeeds(network["workshop"], NEEDS_DATE))
    assert (done.result.removed, done.result.kept_for_later) == (1, 1)
    with store.read() as session:
        assert directory.get_person(session, network["ana"]).dietary == ""
        assert directory.get_person(session, network["ben"]).accessibility == "wheelchair"
    assert b"vegetarian" not in _raw_bytes(store)  # not in free pages or the write-ahead log either
    # Once the later event is past its own date, Ben's go with it.
    later_date = _needs_date(store, network["later"])
    assert ("needs", network["later"]) not in _due(store, later_date - timedelta(days=1))
    assert ("needs", network["later"]) in _due(store, later_date)
    perform(store, PurgeNeeds(network["later"], later_date))
    with store.read() as session:
        assert directory.get_person(session, network["ben"]).accessibility == ""


def test_a_purge_is_recorded_in_words_that_name_nobody_and_is_no_longer_due(store, network):
    perform(store, PurgeNeeds(network["workshop"], NEEDS_DATE))
    with store.read() as session:
        purge = session.scalars(select(Purge)).one()
        assert (purge.kind, purge.event_id, purge.count) == ("needs", network["workshop"], 1)
        assert purge.what == "Dietary and access needs of 1 participant"
        assert session.get(Event, network["workshop"]).needs_purged_on == NEEDS_DATE
    assert ("needs", network["workshop"]) not in _due(store, NEEDS_DATE)


def test_needs_are_not_purged_before_the_event_is_over(store, network):
    with pytest.raises(PlannerError, match="not over yet"):
        perform(store, PurgeNeeds(network["workshop"], LAST_DAY))


def test_a_backup_is_made_first_and_holds_the_needs_the_purge_removes(store, network):
    made = back_up_first(store)
    assert made.name.endswith("-before-removing.sqlite")
    assert backups.backups_of(store.path)[0].reason == backups.BEFORE_REMOVING
    perform(store, PurgeNeeds(network["workshop"], NEEDS_DATE))
    kept = sqlite3.connect(made)
    try:
        assert kept.execute("SELECT dietary FROM person WHERE id = ?", (network["ana"],)).fetchone() == ("vegetarian",)
        assert kept.execute("SELECT count(*) FROM purge").fetchone() == (0,)
    finally:
        kept.close()


def _dump(store) -> dict:
    with store.engine.connect() as connection:
        return {
            model.__tablename__: sorted((tuple(row) for row in connection.execute(data_of(model))), key=repr)
            for model in ALL_TABLES
        }


def test_undoing_a_purge_brings_the_needs_back_and_forgets_the_record(store, network):
    before = _dump(store)
    done = perform(store, PurgeNeeds(network["workshop"], NEEDS_DATE))
    replay(store, done.changes, "before")
    assert _dump(store) == before


def test_the_evidence_date_is_the_programme_s_audit_date(store, network):
    workshop = network["workshop"]
    assert ("event", workshop) not in _due(store, AUDIT - timedelta(days=1))
    assert ("event", workshop) not in _due(store, AUDIT)  # kept until that day
    assert ("event", workshop) in _due(store, AUDIT + timedelta(days=1))
    with store.read() as session:
        assert retention.evidence(session, session.get(Event, network["later"])).reason == retention.NO_PROGRAMME
    # The later event keeps no funder evidence: never proposed.
    assert ("event", network["later"]) not in _due(store, AUDIT + timedelta(days=3650))


def test_a_programme_without_audit_date_is_not_due(store, network):
    perform(store, SetAuditDate("interreg", None))
    with store.read() as session:
        kept = retention.evidence(session, session.get(Event, network["workshop"]))
    assert (kept.until, kept.reason) == (None, retention.AUDIT_DATE_NOT_SET)
    assert ("event", network["workshop"]) not in _due(store, date(2099, 1, 1))
    with pytest.raises(PlannerError, match="audit date of the programme Interreg is not set"):
        perform(store, AnonymiseEvent(network["workshop"], date(2099, 1, 1)))


def test_an_event_is_not_anonymised_before_its_audit_date_has_passed(store, network):
    with pytest.raises(PlannerError, match="evidence is kept until"):
        perform(store, AnonymiseEvent(network["workshop"], AUDIT))


def _raw_bytes(store) -> bytes:
    """The database file and its WAL as stored, in lower case."""
    files = (store.path, store.path.with_name(store.path.name + "-wal"))
    return b"".join(file.read_bytes().lower() for file in files if file.exists())


def _figures(store, event_id: int):
    with store.read() as session:
        figures = statistics(session, Scope(event_id=event_id))
    return figures


def test_an_anonymised_event_gives_the_same_statistics_and_names_nobody(store, network):
    with store.read() as session:
        people = [directory.get_person(session, network[name]) for name in ("ana", "carla")]
        names = [(person.given_name, person.family_name, person.email) for person in people]
    before = _figures(store, network["workshop"])
    after_audit = AUDIT + timedelta(days=1)
    done = perform(store, AnonymiseEvent(network["workshop"], after_audit))
    # Ben comes to the partner meeting, whose records are still kept: he stays named.
    assert (done.result.stripped, done.result.kept_for_other_events) == (2, 1)
    assert _figures(store, network["workshop"]) == before
    text = repr(_dump(store)).lower()
    raw = _raw_bytes(store)  # nor in the file's free pages or its write-ahead log
    for given, family, email in names:
        assert given.lower() not in text and family.lower() not in text and email.lower() not in text
        assert family.lower().encode() not in raw and email.lower().encode() not in raw
    with store.read() as session:
        purge = session.scalars(select(Purge)).one()
        assert (purge.kind, purge.count, purge.what) == ("event", 2, "Names and contact details of 2 participants")
        assert session.get(Event, network["workshop"]).anonymised_on == after_audit
    assert ("event", network["workshop"]) not in _due(store, after_audit)


def test_undoing_an_anonymisation_brings_every_row_back(store, network):
    before = _dump(store)
    done = perform(store, AnonymiseEvent(network["workshop"], AUDIT + timedelta(days=1)))
    replay(store, done.changes, "before")
    assert _dump(store) == before


def test_days_out_of_range_are_refused_in_the_user_s_words(store, network):
    with pytest.raises(PlannerError, match="between 0 and 3650"):
        perform(store, SetDatabaseNeedsDays(-1))
    with pytest.raises(PlannerError, match="no event belongs to a programme called 'Erasmus'"):
        perform(store, SetAuditDate("Erasmus", AUDIT))
