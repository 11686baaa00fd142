"""Undo and redo of any service call: the database returns exactly to the
state before, and again to the state after."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from planner.db.models import ALL_TABLES
from planner.services import agenda, directory, events, history
from tests.databases import data_of

pytestmark = pytest.mark.both_back_ends  # each test on a database file and on PostgreSQL


def _dump(store) -> dict:
    """Every row of every table, as plain values."""
    with store.engine.connect() as connection:
        return {
            model.__tablename__: sorted((tuple(row) for row in connection.execute(data_of(model))), key=repr)
            for model in ALL_TABLES
        }


def _do(store, work):
    with store.write() as session:
        recorder = history.record(session)
        work(session)
        return recorder.finish()


def _undo(store, changes):
    with store.write() as session:
        history.replay(session, changes, "before")


def _redo(store, changes):
    with store.write() as session:
        history.replay(session, changes, "after")


@pytest.fixture
def samples_store(store, samples):
    return store


def _first_event_id(store, kind):
    with store.read() as session:
        return next(event.id for event in events.list_events(session) if event.kind == kind)


@pytest.mark.parametrize(
    "work",
    [
        pytest.param(lambda s, e: events.delete_event(s, e), id="delete a whole event"),
        pytest.param(
            lambda s, e: events.update_event(s, e, title="Renamed", ends_on=date(2018, 3, 24)), id="change an event"
        ),
        pytest.param(
            lambda s, e: agenda.create_item(
                s,
                e,
                title="Extra",
                starts_at=datetime(2018, 3, 23, 8),
                ends_at=datetime(2018, 3, 23, 9),
                speakers=[p.id for p in directory_people(s)[:2]],
            ),
            id="add an item with speakers",
        ),
        pytest.param(
            lambda s, e: agenda.set_speakers(s, agenda.items_of(s, e)[1].id, [p.id for p in directory_people(s)[2:4]]),
            id="replace speakers",
        ),
    ],
)
def test_undo_restores_exactly_and_redo_repeats_exactly(samples_store, work):
    event_id = _first_event_id(samples_store, "study_visit")
    before = _dump(samples_store)
    changes = _do(samples_store, lambda session: work(session, event_id))
    after = _dump(samples_store)
    assert after != before and not changes.empty
    _undo(samples_store, changes)
    assert _dump(samples_store) == before
    _redo(samples_store, changes)
    assert _dump(samples_store) == after
    _undo(samples_store, changes)
    assert _dump(samples_store) == before


def directory_people(session):
    from sqlalchemy import select

    from planner.db.models import Person

    return list(session.scalars(select(Person).order_by(Person.id)))


def test_an_undone_creation_comes_back_with_the_same_id(store):
    changes = _do(
        store,
        lambda s: events.create_event(
            s,
            title="New",
            kind="meeting",
            starts_on=date(2026, 1, 5),
            ends_on=date(2026, 1, 5),
            timezone="Europe/Paris",
        ),
    )
    with store.read() as session:
        [created] = events.list_events(session)
    _undo(store, changes)
    with store.read() as session:
        assert events.list_events(session) == []
    _redo(store, changes)
    with store.read() as session:
        assert [event.id for event in events.list_events(session)] == [created.id]
    assert changes.event_ids() == {created.id}


def test_detaching_members_and_deleting_an_organisation_is_undone(store):
    with store.write() as session:
        cluster = directory.create_organisation(session, name="HBio", country="GR")
        directory.create_person(session, given_name="Dimitra", family_name="Alexiou", organisation_id=cluster.id)
    before = _dump(store)
    changes = _do(store, lambda s: directory.delete_organisation(s, cluster.id, detach_members=True))
    _undo(store, changes)
    assert _dump(store) == before
