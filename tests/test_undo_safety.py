"""Undo and redo are safe: deleting an event, a person or an organisation
and undoing it brings back every row the database took along (found by
walking the schema's foreign keys, so a new table is covered the day its
foreign key is declared), and an undo or redo never overwrites what
someone else changed since."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import select, update

from planner.db.models import (
    ALL_TABLES,
    Consent,
    Disclosure,
    Event,
    InvitationSent,
    MinutesItem,
    Organisation,
    Person,
    Purge,
)
from planner.operations import perform, replay
from planner.operations.agenda import AddAgendaItem, MoveAgendaItem
from planner.operations.events import ChangeEvent, CreateEvent, DeleteEvent
from planner.services import directory, events, history, messages_sent
from planner.services.history import ReplayRefused, following_tables
from tests.databases import data_of

pytestmark = pytest.mark.both_back_ends  # each test on a database file and on PostgreSQL


def _dump(store) -> dict:
    with store.engine.connect() as connection:
        return {
            model.__tablename__: sorted((tuple(row) for row in connection.execute(data_of(model))), key=repr)
            for model in ALL_TABLES
        }


def _foreign_keys():
    for model in ALL_TABLES:
        for constraint in model.__table__.foreign_key_constraints:
            yield model.__tablename__, constraint


def _others_write(store, statement) -> None:
    """Another process (a command, another Planner) writes to the database."""
    with store.engine.begin() as connection:
        connection.execute(statement)


def test_every_foreign_key_says_what_deleting_its_target_does():
    for table, constraint in _foreign_keys():
        assert (constraint.ondelete or "").upper() in ("CASCADE", "SET NULL", "RESTRICT"), (
            f"{table}.{constraint.column_keys}: declare ondelete (CASCADE, SET NULL or RESTRICT)"
        )


@pytest.fixture
def rich(store, samples):
    """The samples, plus what they lack: an invitation and a message from a
    template sent for the study visit, where its calendar came from, links
    and outcomes of other events that lead to it."""
    ecri, madrid = samples["ECRI"], samples["Improvement"]
    with store.write() as session:
        person = session.scalars(select(Person).where(Person.email.is_not(None))).first()
        session.add(
            InvitationSent(
                event_id=ecri,
                email=person.email,
                person_id=person.id,
                uid="uid-1@test",
                content_hash="x",
                sent_at=datetime(2018, 3, 1, 9, tzinfo=UTC).replace(tzinfo=None),
            )
        )
        messages_sent.record_message(
            session,
            ecri,
            person_id=person.id,
            email=person.email,
            template="Reminder (the day before)",
            subject="See you tomorrow",
            attachments=["Agenda.pdf"],
            how=messages_sent.MAIL,
            now=datetime(2018, 3, 22, 9, tzinfo=UTC),
        )
        events.add_link(session, madrid, relation="held_alongside", target_event_id=ecri)
        # As if its calendar had come from a partner: the event and an item.
        from planner.services import agenda, calendar_origins

        calendar_origins.remember(session, "partner-1@test", ecri, None, 2)
        item = agenda.items_of(session, ecri)[0]
        calendar_origins.remember(session, "partner-2@test", ecri, item.id, 0)
        from planner.services import minutes

        minutes.add_item(session, madrid, kind="conclusion", text="Present it in Munich", follow_up_event_id=ecri)
        # Someone ticked present at the door.
        from planner.services import attendance, participants

        visitor = participants.participant_rows(session, ecri)[0]
        attendance.set_present(session, ecri, visitor.person_id, date(2018, 3, 23))
        from planner.services import budget

        budget.add_budget_line(
            session, ecri, funder="ECRI (COSME)", category="travel", amount_minor="3000.00", currency="EUR"
        )
        # What the visitor agreed to, a purge of the visit's needs, a list given out.
        moment = datetime(2018, 4, 30, 9)
        session.add(
            Consent(participation_id=visitor.participation_id, purpose="shared_list", given_on=date(2018, 3, 1))
        )
        session.add(Purge(done_at=moment, kind="needs", event_id=ecri, what="dietary and access needs", count=3))
        session.add(
            Disclosure(
                happened_at=moment, kind="list", event_id=ecri, what="Caterer list", person_ids=[visitor.person_id]
            )
        )
        # The visit's calendar published to a calendar server.
        from planner.services import calendar_publications

        calendar_publications.save(
            session, ecri, "https://dav.example.org/organiser/ecri/", "organiser", "https://dav.example.org/organiser/"
        )
        # And a participant's personal calendar to a collection of its own.
        published = calendar_publications.PublishedItem("/organiser/ecri-visitor/stay.ics", '"1"', "hash")
        calendar_publications.record_personal(
            session, ecri, visitor.person_id, "https://dav.example.org/organiser/ecri-visitor/", {"stay": published}
        )
    return samples


def test_deleting_and_undoing_an_event_brings_back_every_row_the_database_took_along(store, rich):
    ecri = rich["ECRI"]
    before = _dump(store)
    done = perform(store, DeleteEvent(ecri))
    after = _dump(store)
    # Every foreign key the database follows from an event was exercised.
    reached = {change.table for change in done.changes.changes.values()}
    missing = following_tables("event") - reached
    assert not missing, f"the test data has no rows in {missing}: add some to the `rich` fixture"
    replay(store, done.changes, "before")
    assert _dump(store) == before
    replay(store, done.changes, "after")
    assert _dump(store) == after
    replay(store, done.changes, "before")
    assert _dump(store) == before


def test_deleting_a_person_clears_the_records_of_invitations_and_undo_restores_them(store, rich):
    with store.write() as session:
        person = directory.create_person(session, given_name="Ana", family_name="Ruiz", email="ana@example.org")
        session.add(
            InvitationSent(
                event_id=rich["ECRI"],
                email="ana@example.org",
                person_id=person.id,
                uid="uid-2@test",
                content_hash="y",
                sent_at=datetime(2018, 3, 1, 9),
            )
        )
        person_id = person.id
    before = _dump(store)
    with store.write() as session:
        recorder = history.record(session)
        directory.delete_person(session, person_id)
        changes = recorder.finish()
    with store.read() as session:
        assert session.scalars(select(InvitationSent.person_id).where(InvitationSent.uid == "uid-2@test")).one() is None
    replay(store, changes, "before")
    assert _dump(store) == before


def test_every_reference_to_a_person_or_organisation_either_refuses_the_deletion_or_follows_it(store, rich):
    """A deletion that the database would refuse is refused by the service
    first, with a message, never as an internal error."""
    from planner.services.errors import InUse

    deleters = {"person": directory.delete_person, "organisation": directory.delete_organisation}
    for table, constraint in _foreign_keys():
        target = constraint.referred_table.name
        if target not in deleters or (constraint.ondelete or "").upper() != "RESTRICT":
            continue
        column = constraint.elements[0].parent
        with store.read() as session:
            referred = session.execute(select(column).where(column.is_not(None)).limit(1)).scalar()
        assert referred is not None, f"the test data has no {table}.{column.name}: add one to the `rich` fixture"
        with pytest.raises(InUse), store.write() as session:
            deleters[target](session, referred)


def test_an_organisation_deleted_with_its_members_detached_is_undone_and_redone(store):
    with store.write() as session:
        cluster = directory.create_organisation(session, name="HBio", country="GR")
        directory.create_person(session, given_name="Dimitra", family_name="Alexiou", organisation_id=cluster.id)
    before = _dump(store)
    with store.write() as session:
        recorder = history.record(session)
        directory.delete_organisation(session, cluster.id, detach_members=True)
        changes = recorder.finish()
    after = _dump(store)
    replay(store, changes, "before")
    assert _dump(store) == before
    replay(store, changes, "after")
    assert _dump(store) == after


def _new_event(store, title="Partner meeting"):
    return perform(
        store,
        CreateEvent(
            {
                "title": title,
                "kind": "meeting",
                "starts_on": date(2027, 3, 9),
                "ends_on": date(2027, 3, 10),
                "timezone": "Europe/Warsaw",
            }
        ),
    )


def test_an_undo_after_another_process_changed_the_same_field_is_refused_and_says_so(store):
    event_id = _new_event(store).result
    done = perform(store, ChangeEvent(event_id, {"title": "Partner meeting in Kraków"}))
    _others_write(store, update(Event).where(Event.id == event_id).values(title="Partner meeting (moved)"))
    before = _dump(store)
    with pytest.raises(ReplayRefused) as refused:
        replay(store, done.changes, "before", "Change title")
    message = str(refused.value)
    assert message.startswith("Cannot undo “Change title”: the event ‘Partner meeting in Kraków’ was changed")
    assert "its title is now ‘Partner meeting (moved)’" in message and "Nothing was changed" in message
    assert _dump(store) == before


def test_an_undo_keeps_what_another_process_changed_in_another_field_of_the_row(store):
    event_id = _new_event(store).result
    done = perform(store, ChangeEvent(event_id, {"title": "Partner meeting in Kraków"}))
    _others_write(store, update(Event).where(Event.id == event_id).values(venue_city="Kraków"))
    replay(store, done.changes, "before")
    with store.read() as session:
        event = events.get_event(session, event_id)
        assert (event.title, event.venue_city) == ("Partner meeting", "Kraków")


def test_undoing_a_new_event_is_refused_when_another_process_added_to_it(store):
    created = _new_event(store)
    with store.write() as session:  # a command adds an agenda item meanwhile
        from planner.services import agenda

        agenda.create_item(
            session,
            created.result,
            title="Welcome",
            starts_at=datetime(2027, 3, 9, 9),
            ends_at=datetime(2027, 3, 9, 10),
        )
    before = _dump(store)
    with pytest.raises(ReplayRefused, match="now also has the agenda item ‘Welcome’, added elsewhere since"):
        replay(store, created.changes, "before", "New event")
    assert _dump(store) == before


def test_a_redo_is_refused_when_the_row_came_back_another_way(store):
    created = _new_event(store)
    replay(store, created.changes, "before")
    # SQLite gives the next event the same id; a PostgreSQL sequence never
    # does, but another Planner may write a row with that id (a copy from a laptop).
    _others_write(
        store,
        Event.__table__.insert().values(
            id=created.result, title="Another meeting", kind="meeting", status="draft", starts_on=date(2027, 3, 9),
            ends_on=date(2027, 3, 9), timezone="Europe/Warsaw", objectives=[], is_sample=False,
            attendance_halves=False, consent_needed=False,
        ),
    )  # fmt: skip
    with pytest.raises(ReplayRefused, match="‘Another meeting’ was added elsewhere since"):
        replay(store, created.changes, "after", "New event")


def test_an_undo_that_deleted_row_came_back_into_is_refused(store):
    event_id = _new_event(store).result
    done = perform(store, ChangeEvent(event_id, {"venue_city": "Kraków"}))
    _others_write(store, Event.__table__.delete().where(Event.id == event_id))
    with pytest.raises(ReplayRefused, match="‘Partner meeting’ was deleted elsewhere since"):
        replay(store, done.changes, "before", "Change city")


def test_what_an_undo_writes_back_must_pass_the_rules_of_an_edit(store):
    event_id = _new_event(store).result
    added = perform(
        store,
        AddAgendaItem(
            event_id, {"title": "Visit", "starts_at": datetime(2027, 3, 10, 9), "ends_at": datetime(2027, 3, 10, 11)}
        ),
    )
    moved = perform(store, MoveAgendaItem(added.result, datetime(2027, 3, 10, 14)))
    # Meanwhile the event loses its second day elsewhere (the item moved along with it).
    _others_write(store, update(Event).where(Event.id == event_id).values(ends_on=date(2027, 3, 9)))
    before = _dump(store)
    with pytest.raises(ReplayRefused, match=r"the agenda item ‘Visit’: starts_at: .* is outside the event's days"):
        replay(store, moved.changes, "before", "Move agenda item")
    assert _dump(store) == before


def test_changes_in_a_row_merge_into_one_step(store):
    event_id = _new_event(store).result
    first = perform(store, ChangeEvent(event_id, {"title": "A"}))
    second = perform(store, ChangeEvent(event_id, {"title": "B"}))
    assert first.operation.merge_key() == second.operation.merge_key()
    merged = first.changes.merged(second.changes)
    replay(store, merged, "before")
    with store.read() as session:
        assert events.get_event(session, event_id).title == "Partner meeting"
    replay(store, merged, "after")
    with store.read() as session:
        assert events.get_event(session, event_id).title == "B"


def test_outcomes_leading_to_a_deleted_event_lose_the_link_and_get_it_back(store, rich):
    ecri = rich["ECRI"]
    done = perform(store, DeleteEvent(ecri))
    with store.read() as session:
        assert (
            session.scalars(select(MinutesItem).where(MinutesItem.text == "Present it in Munich"))
            .one()
            .follow_up_event_id
            is None
        )
    replay(store, done.changes, "before")
    with store.read() as session:
        assert (
            session.scalars(select(MinutesItem).where(MinutesItem.text == "Present it in Munich"))
            .one()
            .follow_up_event_id
            == ecri
        )
        assert session.get(Organisation, events.get_event(session, ecri).host_id) is not None
