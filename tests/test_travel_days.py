"""People's names in one order everywhere, and travel legs that fill in a
participant's arrival and departure days."""

from __future__ import annotations

from datetime import date, datetime

from planner.db.models import Participation
from planner.operations import perform, replay
from planner.operations.logistics import AddTravelLeg, ChangeTravelLeg
from planner.services import directory, events, movements, participants

INTO_KRAKOW = {
    "mode": "train",
    "from_place": "Warszawa Centralna",
    "from_at": datetime(2027, 3, 8, 7, 0),
    "from_timezone": "Europe/Warsaw",
    "to_place": "Kraków Główny",
    "to_at": datetime(2027, 3, 8, 9, 30),
    "to_timezone": "Europe/Warsaw",
}
OUT_OF_KRAKOW = INTO_KRAKOW | {
    "from_place": "Kraków Airport (KRK)",
    "from_at": datetime(2027, 3, 11, 18, 0),
    "to_place": "Brussels",
    "to_at": datetime(2027, 3, 11, 20, 10),
    "to_timezone": "Europe/Brussels",
}


def _krakow_meeting(store, *names: tuple[str, str], **days) -> tuple[int, list[int]]:
    """A meeting in Kraków with a participant per (given, family) name."""
    with store.write() as session:
        event = events.create_event(
            session,
            title="Partner meeting",
            kind="meeting",
            starts_on=date(2027, 3, 9),
            ends_on=date(2027, 3, 10),
            timezone="Europe/Warsaw",
            venue_city="Kraków",
        )
        people = []
        for given, family in names:
            person = directory.create_person(session, given_name=given, family_name=family)
            participants.add_participant(session, event.id, person.id, **days)
            people.append(person.id)
        return event.id, people


def _days(store, event_id: int, person_id: int) -> tuple[date | None, date | None]:
    with store.read() as session:
        row: Participation = participants.participations_by_person(session, event_id)[person_id]
        return row.arrives_on, row.departs_on


def test_names_sort_the_same_in_logistics_participants_and_the_directory(store):
    event_id, _people = _krakow_meeting(store, ("Anna", "Wróbel"), ("Paweł", "Łoś"), ("Jan", "Nowak"))
    with store.read() as session:
        logistics_order = [row.name for row in movements.travellers(session, event_id)]
        participants_order = [
            f"{row.given_name} {row.family_name}" for row in participants.participant_rows(session, event_id)
        ]
        directory_order = [f"{row.given_name} {row.family_name}" for row in directory.people_rows(session)]
    assert logistics_order == ["Paweł Łoś", "Jan Nowak", "Anna Wróbel"]
    assert participants_order == logistics_order
    assert directory_order == logistics_order


def test_a_leg_into_the_events_city_gives_the_arrival_day_and_one_out_of_it_the_departure(store):
    event_id, [pawel] = _krakow_meeting(store, ("Paweł", "Łoś"))
    arrival = perform(store, AddTravelLeg(event_id, INTO_KRAKOW | {"person_id": pawel}))
    assert _days(store, event_id, pawel) == (date(2027, 3, 8), None)
    perform(store, AddTravelLeg(event_id, OUT_OF_KRAKOW | {"person_id": pawel}))
    assert _days(store, event_id, pawel) == (date(2027, 3, 8), date(2027, 3, 11))
    # Moving the leg later keeps the day it gave: once given, the day is the participant's.
    perform(
        store,
        ChangeTravelLeg(arrival.result, {"to_at": datetime(2027, 3, 9, 9, 30), "from_at": datetime(2027, 3, 9, 7, 0)}),
    )
    assert _days(store, event_id, pawel) == (date(2027, 3, 8), date(2027, 3, 11))


def test_days_already_given_are_kept_and_undo_takes_back_the_day_with_the_leg(store):
    event_id, [anna, pawel] = _krakow_meeting(store, ("Anna", "Wróbel"), ("Paweł", "Łoś"))
    with store.write() as session:
        row = participants.participations_by_person(session, event_id)[anna]
        participants.update_participation(session, row.id, arrives_on=date(2027, 3, 7))
    perform(store, AddTravelLeg(event_id, INTO_KRAKOW | {"person_id": anna}))
    assert _days(store, event_id, anna) == (date(2027, 3, 7), None)
    done = perform(store, AddTravelLeg(event_id, INTO_KRAKOW | {"person_id": pawel}))
    assert _days(store, event_id, pawel) == (date(2027, 3, 8), None)
    replay(store, done.changes, "before", "Add travel leg")
    assert _days(store, event_id, pawel) == (None, None)


def test_a_leg_elsewhere_leaves_the_days_alone(store):
    event_id, [jan] = _krakow_meeting(store, ("Jan", "Nowak"))
    perform(store, AddTravelLeg(event_id, INTO_KRAKOW | {"person_id": jan, "to_place": "Katowice"}))
    assert _days(store, event_id, jan) == (None, None)
