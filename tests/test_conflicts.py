"""The checks an organiser runs before printing an agenda."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from planner.services import agenda, directory, events, logistics, participants
from planner.services.conflicts import find_conflicts


@pytest.fixture
def meeting(session):
    return events.create_event(
        session,
        title="Partner meeting",
        kind="meeting",
        starts_on=date(2018, 3, 22),
        ends_on=date(2018, 3, 23),
        timezone="Europe/Berlin",
    )


def _person(session, meeting, given, family, **participation):
    person = directory.create_person(session, given_name=given, family_name=family)
    participants.add_participant(session, meeting.id, person.id, **participation)
    return person


def _item(session, meeting, title, start, end, **fields):
    day = datetime(2018, 3, 22)
    return agenda.create_item(
        session,
        meeting.id,
        title=title,
        starts_at=day.replace(hour=start[0], minute=start[1]),
        ends_at=day.replace(hour=end[0], minute=end[1]),
        **fields,
    )


def test_a_well_planned_day_has_no_conflicts(session, meeting):
    speaker = _person(session, meeting, "Horst", "Domdey")
    _item(session, meeting, "Welcome", (9, 0), (9, 30), location="Room A", speakers=[speaker.id])
    _item(session, meeting, "Parallel 1", (9, 30), (10, 30), location="Room A", speakers=[speaker.id])
    _item(session, meeting, "Parallel 2", (9, 30), (10, 30), location="Room B")
    assert find_conflicts(session, meeting.id) == []


def test_a_speaker_in_two_overlapping_items_is_found(session, meeting):
    speaker = _person(session, meeting, "Horst", "Domdey")
    _item(session, meeting, "Landscape of Bavaria", (14, 0), (15, 0), location="Room A", speakers=[speaker.id])
    second = _item(session, meeting, "Panel", (14, 30), (15, 30), location="Room B", moderator_id=speaker.id)
    [conflict] = find_conflicts(session, meeting.id)
    assert conflict.kind == "person_double_booked"
    assert conflict.target_id == second.id and conflict.person_id == speaker.id
    assert "Horst Domdey is in 'Landscape of Bavaria' and 'Panel' at once" in conflict.message


def test_two_items_in_the_same_room_at_once_are_found(session, meeting):
    _item(session, meeting, "Session A", (9, 0), (10, 0), location="Room A")
    clash = _item(session, meeting, "Session B", (9, 45), (10, 30), location="room a")
    [conflict] = find_conflicts(session, meeting.id)
    assert (conflict.kind, conflict.target_id) == ("room_double_booked", clash.id)
    assert "'Session A' and 'Session B' at once" in conflict.message


def test_a_speaker_whose_flight_lands_after_the_talk_starts_is_found(session, meeting):
    speaker = _person(session, meeting, "Agnieszka", "Wróbel", arrives_on=date(2018, 3, 22))
    # Lands 10:05 in Munich; the talk is at 09:30.
    logistics.add_leg(
        session,
        meeting.id,
        person_id=speaker.id,
        mode="flight",
        from_place="Kraków",
        from_at=datetime(2018, 3, 22, 8, 30),
        from_timezone="Europe/Warsaw",
        to_place="Munich",
        to_at=datetime(2018, 3, 22, 10, 5),
        to_timezone="Europe/Berlin",
    )
    talk = _item(session, meeting, "KLK presentation", (9, 30), (10, 0), speakers=[speaker.id])
    later = _item(session, meeting, "Discussion", (11, 0), (12, 0), speakers=[speaker.id])
    conflicts = find_conflicts(session, meeting.id)
    assert [(c.kind, c.target_id) for c in conflicts] == [("not_yet_arrived", talk.id)]
    assert later.id not in {c.target_id for c in conflicts}
    assert "Agnieszka Wróbel arrives Thu 22 Mar 10:05" in conflicts[0].message


def test_a_speaker_who_leaves_the_day_before_is_found(session, meeting):
    speaker = _person(session, meeting, "Joan", "Pons", arrives_on=date(2018, 3, 21), departs_on=date(2018, 3, 21))
    talk = _item(session, meeting, "Bioib presentation", (9, 0), (9, 30), speakers=[speaker.id])
    [conflict] = find_conflicts(session, meeting.id)
    assert (conflict.kind, conflict.target_id) == ("already_left", talk.id)


def test_overlapping_hotel_stays_of_one_person_are_found(session, meeting):
    guest = _person(session, meeting, "Marta", "Ferrer")
    logistics.add_stay(
        session, meeting.id, person_id=guest.id, name="Hotel A", check_in=date(2018, 3, 21), check_out=date(2018, 3, 23)
    )
    second = logistics.add_stay(
        session, meeting.id, person_id=guest.id, name="Hotel B", check_in=date(2018, 3, 22), check_out=date(2018, 3, 24)
    )
    logistics.add_stay(
        session, meeting.id, person_id=guest.id, name="Hotel C", check_in=date(2018, 3, 24), check_out=date(2018, 3, 25)
    )
    [conflict] = find_conflicts(session, meeting.id)
    assert (conflict.kind, conflict.target, conflict.target_id) == ("stays_overlap", "stay", second.id)


def test_kept_conflicts_are_found_again_after_a_change_to_a_person_even_alongside_another_events_rows(session, meeting):
    from planner.services.conflict_cache import ConflictCache
    from planner.services.history import Change, ChangeSet

    speaker = _person(session, meeting, "Horst", "Domdey")
    _item(session, meeting, "Landscape of Bavaria", (14, 0), (15, 0), location="Room A", speakers=[speaker.id])
    _item(session, meeting, "Panel", (14, 30), (15, 30), location="Room B", moderator_id=speaker.id)
    kept = ConflictCache()
    assert "Horst Domdey" in kept.of(session, meeting.id)[0].message

    directory.update_person(session, speaker.id, given_name="Hans")
    other_event = meeting.id + 1
    kept.forget(
        ChangeSet(
            {
                ("stay", (1,)): Change("stay", (1,), None, {"id": 1, "event_id": other_event}),
                ("person", (speaker.id,)): Change(
                    "person", (speaker.id,), {"given_name": "Horst"}, {"given_name": "Hans"}
                ),
            }
        )
    )
    assert "Hans Domdey" in kept.of(session, meeting.id)[0].message
