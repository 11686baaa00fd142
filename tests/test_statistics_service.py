"""The figures a project reports: on the sample events (counted from
attendance as recorded), and over a programme of three events built
here, where people come back, one event's attendance is not recorded
(those coming are counted) and a cancelled event counts for nothing."""

from __future__ import annotations

from datetime import date

import pytest

from planner.services import directory, participants
from planner.services.errors import InvalidInput
from planner.services.statistics import Scope, programmes, statistics
from tests.statistics_events import programme_of_three

pytestmark = pytest.mark.both_back_ends  # each test on a database file and on PostgreSQL


def test_the_workshop_counts_those_who_attended(store, samples):
    with store.read() as session:
        figures = statistics(session, Scope(event_id=samples["Improvement"]))
    (event,) = figures.events
    assert event.attendance_recorded and figures.attendance == "recorded"
    # 14 on the list: one declined and one did not show up.
    assert figures.participations == figures.people == event.participants == 12
    assert dict(figures.by_country) == {"ES": 4, "IT": 1, "DE": 1, "HU": 1, "FR": 1, "PL": 2, "GR": 1, "BE": 1}
    assert figures.by_country[0] == ("ES", 4)
    assert figures.countries == 8
    assert dict(figures.by_gender) == {"woman": 0, "man": 0, "another": 0, "": 12}  # nobody's is stated
    assert dict(figures.by_organisation_kind) == {"cluster": 9, "public_body": 2, "": 1}
    assert (figures.new, figures.returning) == (12, 0)
    assert figures.events_held == 1


def test_at_the_final_conference_the_workshops_participants_are_returning(store, samples):
    with store.read() as session:
        conference = statistics(session, Scope(event_id=samples["CLUNET"]))
        programme = statistics(session, Scope(programme="clunet"))
        period = statistics(session, Scope(starts=date(2009, 1, 1), ends=date(2009, 12, 31)))
    assert (conference.participations, conference.new, conference.returning) == (7, 1, 6)
    assert [event.title.split()[0] for event in programme.events] == ["Improvement", "CLUNET"]
    assert (programme.participations, programme.people, programme.new, programme.returning) == (19, 13, 13, 6)
    assert programme.events_held == 2
    assert period == programme  # both CLUNET events, and nothing else, started in 2009


def test_genders_are_counted_as_stated(store, samples):
    with store.write() as session:
        rows = participants.participant_rows(session, samples["CLUNET"])
        stated = {"Le Seyec": "woman", "Wójcik": "man", "Martínez Ruiz": "woman", "Παπαδόπουλος": "another"}
        for row in rows:
            if row.family_name in stated:
                directory.update_person(session, row.person_id, gender=stated[row.family_name])
    with store.read() as session:
        figures = statistics(session, Scope(event_id=samples["CLUNET"]))
    assert figures.by_gender == (("woman", 2), ("man", 1), ("another", 1), ("", 3))


def test_a_programme_of_three_events_with_people_coming_back(session):
    made = programme_of_three(session)
    figures = statistics(session, Scope(programme="Interreg BioNet"))
    assert [event.title for event in figures.events] == ["Kick-off", "Workshop", "Closing meeting"]
    by_event = {event.title: event for event in figures.events}
    # Kick-off: Anna and Marc attended (Kim did not show up): both new.
    assert (by_event["Kick-off"].participants, by_event["Kick-off"].new, by_event["Kick-off"].returning) == (2, 2, 0)
    # Workshop: not recorded, so those coming: Anna (back) and Kim (new: she did not show up at the kick-off).
    assert not by_event["Workshop"].attendance_recorded
    assert (by_event["Workshop"].participants, by_event["Workshop"].new, by_event["Workshop"].returning) == (2, 1, 1)
    # Closing: Anna and Kim back; Ola new to this programme (her other event is COSME's).
    assert (by_event["Closing meeting"].new, by_event["Closing meeting"].returning) == (1, 2)
    assert dict(by_event["Closing meeting"].by_gender) == {"woman": 1, "man": 0, "another": 1, "": 1}
    assert figures.attendance == "mixed"
    assert (figures.participations, figures.people, figures.new, figures.returning) == (7, 4, 4, 3)
    assert dict(figures.by_gender) == {"woman": 3, "man": 1, "another": 2, "": 1}
    assert dict(figures.by_country) == {"DE": 3, "FR": 1, "SI": 2, "PL": 1}
    assert dict(figures.by_organisation_kind) == {"university": 1, "cluster": 3, "": 3}
    assert figures.by_organisation_kind[-1] == ("", 3)  # no organisation: last
    assert (figures.events_held, figures.organisations, figures.countries) == (2, 2, 4)

    # Over a period: the events that start in it.
    spring = statistics(session, Scope(programme="Interreg BioNet", starts=date(2024, 3, 1), ends=date(2024, 8, 31)))
    assert [event.title for event in spring.events] == ["Workshop"]
    everything_2024 = statistics(session, Scope(starts=date(2024, 1, 1), ends=date(2024, 12, 31)))
    assert len(everything_2024.events) == 4  # the cancelled visit is left out
    assert everything_2024.returning == 3  # Ola at the COSME event: new there, and new to BioNet later
    assert programmes(session) == ["COSME", "Interreg BioNet"]
    assert statistics(session, Scope(event_id=made["visit"])).participations == 1  # asked for by itself


def test_a_scope_that_cannot_be_meant_is_refused(session):
    programme_of_three(session)
    with pytest.raises(
        InvalidInput,
        match=r"^programme: no event belongs to a programme named 'Horizon' \(known: COSME, Interreg BioNet\)$",
    ):
        statistics(session, Scope(programme="Horizon"))
    with pytest.raises(
        InvalidInput, match=r"^to: the period ends on Mon 01 Jan 2024, before it starts on Tue 31 Dec 2024$"
    ):
        statistics(session, Scope(starts=date(2024, 12, 31), ends=date(2024, 1, 1)))
