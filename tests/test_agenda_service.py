"""The agenda's read model and placing helpers (Qt-free)."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import event as sa_event

from planner.services import agenda, directory, participants
from planner.services.errors import InvalidInput

pytestmark = pytest.mark.both_back_ends  # each test on a database file and on PostgreSQL


def at(hour, minute=0, day=3):
    return datetime(2009, 6, day, hour, minute)


def add(session, event, title, start, end, **fields):
    return agenda.create_item(session, event.id, title=title, starts_at=start, ends_at=end, **fields)


@pytest.fixture
def people(session, workshop):
    madrid = directory.create_organisation(session, name="Madrid Biocluster", kind="cluster")
    elena = directory.create_person(session, given_name="Elena", family_name="Martínez Ruiz", organisation_id=madrid.id)
    giorgos = directory.create_person(session, given_name="Γιώργος", family_name="Παπαδόπουλος")
    anna = directory.create_person(session, given_name="Anna", family_name="Nowak")
    participants.add_participant(session, workshop.id, elena.id)
    participants.add_participant(session, workshop.id, giorgos.id)
    return elena, giorgos, anna


def test_entries_carry_speaker_and_moderator_names_with_organisations(store, session, workshop, people):
    elena, giorgos, anna = people
    talk = add(
        session, workshop, "Talk", at(9), at(10), speakers=[giorgos.id, elena.id], moderator_id=anna.id, topics=["IPR"]
    )
    add(session, workshop, "Coffee", at(10), at(10, 30), kind="break")
    session.commit()

    statements = []
    sa_event.listen(store.engine, "before_cursor_execute", lambda *args: statements.append(args[2]))
    with store.read() as reader:
        entries = agenda.agenda_entries(reader, workshop.id)
    assert len(statements) <= 3
    first, coffee = entries
    assert first.id == talk.id and first.title == "Talk" and first.topics == ("IPR",)
    assert [speaker.label for speaker in first.speakers] == [
        "Γιώργος Παπαδόπουλος",
        "Elena Martínez Ruiz (Madrid Biocluster)",
    ]
    assert first.moderator.label == "Anna Nowak"
    assert first.values()["speakers"] == [giorgos.id, elena.id] and first.values()["moderator_id"] == anna.id
    assert not first.is_pause and coffee.is_pause and coffee.speakers == () and coffee.moderator is None


def test_people_for_the_agenda_are_the_participants_and_who_is_already_on_it(session, workshop, people):
    _elena, _giorgos, anna = people
    directory.create_person(session, given_name="Jürgen", family_name="Großmann")  # in the directory only
    assert [person.label for person in agenda.people_for_agenda(session, workshop.id)] == [
        "Elena Martínez Ruiz (Madrid Biocluster)",
        "Γιώργος Παπαδόπουλος",
    ]
    add(session, workshop, "Talk", at(9), at(10), moderator_id=anna.id)
    assert [person.name for person in agenda.people_for_agenda(session, workshop.id)] == [
        "Elena Martínez Ruiz",
        "Anna Nowak",
        "Γιώργος Παπαδόπουλος",
    ]


def test_a_room_or_person_booked_twice_is_reported_on_both_items(session, workshop, people):
    elena, _, _ = people
    first = add(session, workshop, "Panel", at(9), at(10), location="Room A", speakers=[elena.id])
    second = add(session, workshop, "Demo", at(9, 30), at(10, 30), location="room a")
    third = add(session, workshop, "Talk", at(9, 45), at(10, 15), location="Room B", speakers=[elena.id])
    apart = add(session, workshop, "Lunch", at(13), at(14), location="Room A", kind="meal")
    found = agenda.conflicts_by_item(session, workshop.id)
    assert any("Room A holds 'Panel' and 'Demo'" in message for message in found[first.id])
    assert any("Room A holds 'Panel' and 'Demo'" in message for message in found[second.id])
    assert any("Elena Martínez Ruiz is in 'Panel' and 'Talk'" in message for message in found[first.id])
    assert any("Elena Martínez Ruiz is in 'Panel' and 'Talk'" in message for message in found[third.id])
    assert not any("Room A holds" in message for message in found.get(third.id, []))
    assert apart.id not in found


def test_the_free_slot_is_the_first_gap_long_enough(session, workshop):
    assert agenda.free_slot(session, workshop.id, date(2009, 6, 3), timedelta(hours=1)) == at(9)
    add(session, workshop, "Welcome", at(9, 30), at(10))
    add(session, workshop, "Talk", at(10, 30), at(11))
    add(session, workshop, "Panel", at(11), at(12))
    hour = timedelta(hours=1)
    assert agenda.free_slot(session, workshop.id, date(2009, 6, 3), hour) == at(12)
    assert agenda.free_slot(session, workshop.id, date(2009, 6, 3), timedelta(minutes=30)) == at(10)
    assert agenda.free_slot(session, workshop.id, date(2009, 6, 4), hour) == at(9, day=4)
    assert agenda.free_slot(session, workshop.id, date(2009, 6, 3), hour, after=at(23, 30)) is None


def test_moving_keeps_the_length_and_stays_on_the_day(session, workshop):
    talk = add(session, workshop, "Talk", at(9), at(10, 15))
    agenda.move_item(session, talk.id, at(14, 5))
    assert (talk.starts_at, talk.ends_at) == (at(14, 5), at(15, 20))
    with pytest.raises(InvalidInput, match=r"^starts_at: 'Talk' would move from Wed 03 Jun to Thu 04 Jun 09:00"):
        agenda.move_item(session, talk.id, at(9, day=4))
    closing = add(session, workshop, "Closing", at(16, day=4), at(17, day=4))
    with pytest.raises(InvalidInput, match=r"^ends_at: 2009-06-05T00:30 is outside the event's days"):
        agenda.move_item(session, closing.id, at(23, 30, day=4))
    assert (talk.starts_at, talk.ends_at) == (at(14, 5), at(15, 20))
    assert (closing.starts_at, closing.ends_at) == (at(16, day=4), at(17, day=4))


def test_a_duplicate_can_start_elsewhere_with_the_same_length(session, workshop, people):
    elena, _, _ = people
    talk = add(session, workshop, "Talk", at(9), at(9, 45), speakers=[elena.id], location="Room A")
    copy = agenda.duplicate_item(session, talk.id, starts_at=at(11))
    assert (copy.starts_at, copy.ends_at, copy.location) == (at(11), at(11, 45), "Room A")
    assert agenda.speakers_by_item(session, workshop.id)[copy.id] == [elena.id]


def test_stretching_that_pushes_a_following_item_out_of_the_event_names_it(session, workshop):
    talk = add(session, workshop, "Talk", at(20, day=4), at(21, day=4))
    add(session, workshop, "Dinner", at(21, day=4), at(23, 30, day=4), kind="meal")
    with pytest.raises(
        InvalidInput, match=r"^ends_at: the following item 'Dinner' cannot move: .*outside the event's days"
    ):
        agenda.resize_item(session, talk.id, at(22, day=4), shift_following=True)
