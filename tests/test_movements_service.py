"""Who travels: the travellers of an event, and arrivals and departures
for pick-ups."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from planner.services import directory, events, logistics, movements, participants, times

pytestmark = pytest.mark.both_back_ends  # each test on a database file and on PostgreSQL


def test_travellers_are_participants_and_anyone_with_travel_with_counts(store, samples):
    with store.write() as session:
        guest = directory.create_person(session, given_name="Jan", family_name="Kowalski")
        logistics.add_stay(
            session,
            samples["ECRI"],
            person_id=guest.id,
            name="Hotel Würmtal Residenz",
            check_in=date(2018, 3, 22),
            check_out=date(2018, 3, 24),
        )
    with store.read() as session:
        found = {row.name: row for row in movements.travellers(session, samples["ECRI"])}
    assert (found["Joan Pons Sastre"].legs, found["Joan Pons Sastre"].stays) == (2, 2)
    assert (found["Horst Domdey"].legs, found["Horst Domdey"].stays) == (0, 0)
    assert found["Jan Kowalski"].stays == 1  # not a participant, but has a stay
    assert found["Dimitra Alexiou"].organisation == "HBio"


def test_arrivals_and_departures_of_the_munich_visit_by_day(store, samples):
    with store.read() as session:
        moves = movements.arrivals_and_departures(session, samples["ECRI"])
    arrivals = movements.movements_by_day(moves, movements.ARRIVAL)
    departures = movements.movements_by_day(moves, movements.DEPARTURE)
    assert [(day, len(found)) for day, found in arrivals] == [(date(2018, 3, 21), 4), (date(2018, 3, 22), 4)]
    assert [(day, len(found)) for day, found in departures] == [(date(2018, 3, 24), 6), (date(2018, 3, 25), 2)]
    first = arrivals[0][1][0]
    assert (first.at, first.person_name, first.organisation, first.leg.number, first.other_place, first.place) == (
        datetime(2018, 3, 21, 10, 0),
        "Dimitra Alexiou",
        "HBio",
        "A3 820",
        "Athens",
        "Munich",
    )
    # Sunday 25 March: summer time has begun; the wall clock is still 10:40.
    joan = departures[1][1][0]
    assert (joan.person_name, joan.at, times.zone_abbreviation(joan.local_at, joan.local_zone)) == (
        "Joan Pons Sastre",
        datetime(2018, 3, 25, 10, 40),
        "CEST",
    )


def test_a_connection_is_not_taken_for_the_arrival(store, samples):
    """Rennes → Paris by train, then Paris → Madrid: the arrival is the flight."""
    with store.read() as session:
        moves = movements.arrivals_and_departures(session, samples["Improvement"])
    mine = [m for m in moves if m.person_name == "Jocelyne Le Seyec"]
    assert [(m.kind, m.leg.number, m.other_place) for m in mine] == [
        ("arrival", "IB 3403", "Paris-Orly"),
        ("departure", "IB 3406", "Paris-Orly"),
    ]


def _event_with_person(store, starts_on: date, ends_on: date):
    with store.write() as session:
        event = events.create_event(
            session,
            title="Partner meeting",
            kind="meeting",
            starts_on=starts_on,
            ends_on=ends_on,
            timezone="Europe/Berlin",
            venue_city="Munich",
        )
        person = directory.create_person(session, given_name="Anna", family_name="Nowak")
        participants.add_participant(session, event.id, person.id)
        return event.id, person.id


def _leg(session, event_id, person_id, start, start_zone, start_place, end, end_zone, end_place):
    return logistics.add_leg(
        session,
        event_id,
        person_id=person_id,
        mode="flight",
        from_place=start_place,
        from_at=start,
        from_timezone=start_zone,
        to_place=end_place,
        to_at=end,
        to_timezone=end_zone,
    )


def test_the_stay_at_the_event_is_the_gap_overlapping_it_most(store):
    """A stop-over in Frankfurt before a one-day meeting in Munich, then home
    the same evening: arrival is the Frankfurt → Munich leg."""
    event_id, person_id = _event_with_person(store, date(2026, 5, 6), date(2026, 5, 6))
    with store.write() as session:
        _leg(
            session,
            event_id,
            person_id,
            datetime(2026, 5, 4, 7, 0),
            "Europe/Warsaw",
            "Warsaw",
            datetime(2026, 5, 4, 9, 0),
            "Europe/Berlin",
            "Frankfurt",
        )
        stop = _leg(
            session,
            event_id,
            person_id,
            datetime(2026, 5, 6, 7, 0),
            "Europe/Berlin",
            "Frankfurt",
            datetime(2026, 5, 6, 8, 0),
            "Europe/Berlin",
            "Munich",
        )
        home = _leg(
            session,
            event_id,
            person_id,
            datetime(2026, 5, 6, 19, 0),
            "Europe/Berlin",
            "Munich",
            datetime(2026, 5, 6, 20, 30),
            "Europe/Warsaw",
            "Warsaw",
        )
    with store.read() as session:
        moves = movements.arrivals_and_departures(session, event_id)
    assert [(m.kind, m.leg.id) for m in moves] == [("arrival", stop.id), ("departure", home.id)]


def test_a_single_leg_home_on_the_evening_is_a_departure(store):
    event_id, person_id = _event_with_person(store, date(2026, 5, 6), date(2026, 5, 6))
    with store.write() as session:
        home = _leg(
            session,
            event_id,
            person_id,
            datetime(2026, 5, 6, 19, 0),
            "Europe/Berlin",
            "Munich",
            datetime(2026, 5, 6, 20, 30),
            "Europe/Warsaw",
            "Warsaw",
        )
    with store.read() as session:
        moves = movements.arrivals_and_departures(session, event_id)
    assert [(m.kind, m.leg.id, m.other_place) for m in moves] == [("departure", home.id, "Warsaw")]


def test_an_arrival_is_shown_in_the_event_zone_with_its_local_time(store):
    event_id, person_id = _event_with_person(store, date(2026, 5, 6), date(2026, 5, 7))
    with store.write() as session:
        _leg(
            session,
            event_id,
            person_id,
            datetime(2026, 5, 5, 9, 0),
            "Europe/Athens",
            "Athens",
            datetime(2026, 5, 5, 11, 0),
            "Europe/London",
            "London",
        )
    with store.read() as session:
        (arrival,) = movements.arrivals_and_departures(session, event_id)
    assert (arrival.at, arrival.local_at, arrival.local_zone) == (
        datetime(2026, 5, 5, 12, 0),
        datetime(2026, 5, 5, 11, 0),
        "Europe/London",
    )
