"""What the services accept, refuse and report, with the field named."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from planner.services import agenda, directory, events, logistics, minutes, participants, samples
from planner.services.errors import InUse, InvalidInput

pytestmark = pytest.mark.both_back_ends  # each test on a database file and on PostgreSQL


def _refused(field: str, fragment: str):
    """Expect InvalidInput naming ``field`` with ``fragment`` in its message."""
    return pytest.raises(InvalidInput, match=rf"^{field}: .*{fragment}")


# -- validation -----------------------------------------------------------


def test_an_event_ending_before_it_starts_is_refused(session):
    with _refused("ends_on", r"The last day \(Wed 03 Jun 2009\) is before the first day \(Thu 04 Jun 2009\)"):
        events.create_event(
            session,
            title="x",
            kind="meeting",
            starts_on=date(2009, 6, 4),
            ends_on=date(2009, 6, 3),
            timezone="Europe/Madrid",
        )


def test_an_unknown_time_zone_is_refused(session):
    with _refused("timezone", "'Europe/Madird' is neither a time zone \\(such as Europe/Athens\\) nor a place"):
        events.create_event(
            session,
            title="x",
            kind="meeting",
            starts_on=date(2009, 6, 3),
            ends_on=date(2009, 6, 3),
            timezone="Europe/Madird",
        )


def test_an_unknown_kind_is_refused_with_the_choices(session):
    with _refused("kind", "'seminar' is not one of: workshop, meeting"):
        events.create_event(
            session,
            title="x",
            kind="seminar",
            starts_on=date(2009, 6, 3),
            ends_on=date(2009, 6, 3),
            timezone="Europe/Madrid",
        )


@pytest.mark.parametrize("address", ["j.leseyec@", "no at sign", "a@b@example.org", "x@.org"])
def test_a_malformed_email_is_refused(session, address):
    with _refused("email", "is not a valid e-mail address"):
        directory.create_person(session, given_name="Jocelyne", family_name="Le Seyec", email=address)


def test_two_people_cannot_share_an_email_address(session):
    directory.create_person(session, given_name="Jocelyne", family_name="Le Seyec", email="j.leseyec@example.org")
    with _refused("email", "already the address of Jocelyne Le Seyec"):
        directory.create_person(session, given_name="J.", family_name="Seyec", email="J.LESEYEC@example.org")


@pytest.mark.parametrize(
    ("written", "code"),
    [("Greece", "GR"), ("EL", "GR"), ("Ελλάδα", "GR"), ("Griechenland", "GR"), ("Polen", "PL"), ("Polska", "PL"),
     ("UK", "GB"), ("gr", "GR"), ("Pologne", "PL"), ("Grèce", "GR"), ("grece", "GR")],
)  # fmt: skip
def test_countries_are_taken_as_people_write_them_and_kept_as_iso_codes(session, written, code):
    organisation = directory.create_organisation(session, name="Cluster", country=written)
    assert organisation.country == code


def test_a_country_planner_does_not_know_is_refused_in_the_users_words(session):
    with _refused("country", "'Atlantis' is not a country Planner knows; write its name"):
        directory.create_organisation(session, name="Cluster", country="Atlantis")


def test_agenda_item_end_before_start_is_refused(session, workshop):
    with _refused("ends_at", "09:00 is before starts_at 10:30"):
        agenda.create_item(
            session,
            workshop.id,
            title="Talk",
            starts_at=datetime(2009, 6, 3, 10, 30),
            ends_at=datetime(2009, 6, 3, 9, 0),
        )


def test_agenda_item_outside_the_events_days_is_refused(session, workshop):
    with _refused("starts_at", "outside the event's days \\(2009-06-03 to 2009-06-04\\)"):
        agenda.create_item(
            session,
            workshop.id,
            title="Talk",
            starts_at=datetime(2009, 6, 5, 9, 0),
            ends_at=datetime(2009, 6, 5, 10, 0),
        )


def test_a_dinner_may_end_at_midnight_after_the_last_day(session, workshop):
    item = agenda.create_item(
        session,
        workshop.id,
        title="Dinner",
        kind="meal",
        starts_at=datetime(2009, 6, 4, 21, 0),
        ends_at=datetime(2009, 6, 5, 0, 0),
    )
    assert item.ends_at == datetime(2009, 6, 5, 0, 0)


@pytest.mark.parametrize("amount", ["12,50", "abc", "1e", ""])
def test_an_amount_that_is_not_a_decimal_is_refused(session, workshop, amount):
    with _refused("amount", "decimal amount|amount is required"):
        logistics.add_cost(session, workshop.id, category="catering", amount_minor=amount, currency="EUR")


def test_an_amount_with_too_many_decimals_for_its_currency_is_refused(session, workshop):
    with _refused("amount", "0.105 has more decimals than EUR allows"):
        logistics.add_cost(session, workshop.id, category="catering", amount_minor="0.105", currency="EUR")
    with _refused("amount", "has more decimals than JPY allows \\(0\\)"):
        logistics.add_cost(session, workshop.id, category="catering", amount_minor="100.5", currency="JPY")


def test_money_keeps_its_cents(session, workshop):
    cost = logistics.add_cost(session, workshop.id, category="catering", amount_minor="0.10", currency="eur")
    assert (cost.amount_minor, cost.currency) == (10, "EUR")


def test_an_invalid_change_leaves_the_record_as_it_was(session, workshop):
    with _refused("ends_on", "is before"):
        events.update_event(session, workshop.id, ends_on=date(2009, 6, 1))
    assert workshop.ends_on == date(2009, 6, 4)


def test_shortening_an_event_that_has_agenda_on_its_last_day_is_refused(session, workshop):
    agenda.create_item(
        session,
        workshop.id,
        title="Closing",
        starts_at=datetime(2009, 6, 4, 16, 0),
        ends_at=datetime(2009, 6, 4, 17, 0),
    )
    with _refused("ends_on", "'Closing' on 2009-06-04 would fall outside"):
        events.update_event(session, workshop.id, ends_on=date(2009, 6, 3))


def test_participant_departing_before_arriving_is_refused(session, workshop):
    person = directory.create_person(session, given_name="Anna", family_name="Nowak")
    with _refused("departs_on", "2009-06-02 is before arrives_on 2009-06-03"):
        participants.add_participant(
            session, workshop.id, person.id, arrives_on=date(2009, 6, 3), departs_on=date(2009, 6, 2)
        )


def test_only_actions_have_a_state(session, workshop):
    with _refused("state", "only actions have a state"):
        minutes.add_item(session, workshop.id, kind="decision", text="Continue", state="done")
    action = minutes.add_item(session, workshop.id, kind="action", text="Circulate the tools")
    assert action.state == "open"
    assert minutes.set_state(session, action.id, "done").state == "done"


# -- deleting what others refer to -----------------------------------------


def test_an_organisation_with_members_is_not_silently_deleted(session):
    cluster = directory.create_organisation(session, name="Madrid Biocluster", country="ES")
    member = directory.create_person(session, given_name="Elena", family_name="Martínez", organisation_id=cluster.id)
    with pytest.raises(InUse, match="Madrid Biocluster' cannot be deleted: it has 1 members"):
        directory.delete_organisation(session, cluster.id)
    directory.delete_organisation(session, cluster.id, detach_members=True)
    assert member.organisation_id is None


def test_a_person_with_participations_cannot_be_deleted(session, workshop):
    person = directory.create_person(session, given_name="Anna", family_name="Nowak")
    participants.add_participant(session, workshop.id, person.id)
    agenda.create_item(
        session,
        workshop.id,
        title="Talk",
        starts_at=datetime(2009, 6, 3, 9),
        ends_at=datetime(2009, 6, 3, 10),
        speakers=[person.id],
    )
    with pytest.raises(
        InUse, match="Anna Nowak cannot be deleted: still in 1 participations, 1 agenda items as speaker"
    ):
        directory.delete_person(session, person.id)


def test_deleting_an_event_takes_its_parts_but_keeps_people_and_links_from_others(session, workshop):
    person = directory.create_person(session, given_name="Anna", family_name="Nowak")
    participants.add_participant(session, workshop.id, person.id)
    agenda.create_item(
        session,
        workshop.id,
        title="Talk",
        starts_at=datetime(2009, 6, 3, 9),
        ends_at=datetime(2009, 6, 3, 10),
        speakers=[person.id],
    )
    conference = events.create_event(
        session,
        title="Final conference",
        kind="conference",
        starts_on=date(2009, 6, 5),
        ends_on=date(2009, 6, 5),
        timezone="Europe/Madrid",
    )
    link = events.add_link(session, workshop.id, relation="outcomes_presented_at", target_event_id=conference.id)
    back = events.add_link(session, conference.id, relation="follow_up_of", target_event_id=workshop.id)
    events.delete_event(session, workshop.id)
    assert session.get(type(person), person.id) is not None
    assert session.get(type(link), link.id) is None
    session.refresh(back)
    assert (back.target_event_id, back.title, back.starts_on) == (None, "Workshop", date(2009, 6, 3))


# -- time zones and DST -----------------------------------------------------


@pytest.fixture
def spring_meeting(session):
    """A meeting in Munich across the night Europe switches to summer time
    (last Sunday of March 2026: 29 March, 02:00 -> 03:00)."""
    return events.create_event(
        session,
        title="Spring meeting",
        kind="meeting",
        starts_on=date(2026, 3, 28),
        ends_on=date(2026, 3, 30),
        timezone="Europe/Berlin",
    )


def test_agenda_times_keep_their_wall_clock_across_the_dst_change(store, session, spring_meeting):
    saturday = agenda.create_item(
        session,
        spring_meeting.id,
        title="Saturday",
        starts_at=datetime(2026, 3, 28, 9),
        ends_at=datetime(2026, 3, 28, 10),
    )
    sunday = agenda.create_item(
        session,
        spring_meeting.id,
        title="Sunday",
        starts_at=datetime(2026, 3, 29, 9),
        ends_at=datetime(2026, 3, 29, 10),
    )
    night = agenda.create_item(
        session,
        spring_meeting.id,
        title="Night train",
        kind="travel",
        starts_at=datetime(2026, 3, 29, 1, 30),
        ends_at=datetime(2026, 3, 29, 3, 30),
    )
    session.commit()
    with store.read() as reader:
        stored = {item.title: item for item in agenda.items_of(reader, spring_meeting.id)}
    assert stored["Saturday"].starts_at == datetime(2026, 3, 28, 9)  # 08:00 UTC
    assert stored["Sunday"].starts_at == datetime(2026, 3, 29, 9)  # 07:00 UTC: same wall clock
    from planner.services import times

    assert times.to_utc(saturday.starts_at, "Europe/Berlin").hour == 8
    assert times.to_utc(sunday.starts_at, "Europe/Berlin").hour == 7
    # 01:30 to 03:30 on the night of the change lasts one hour, not two.
    assert times.duration(night.starts_at, "Europe/Berlin", night.ends_at, "Europe/Berlin") == timedelta(hours=1)


def test_a_time_skipped_by_the_dst_change_is_refused(session, spring_meeting):
    with _refused("starts_at", "2026-03-29T02:30 does not exist in Europe/Berlin"):
        agenda.create_item(
            session,
            spring_meeting.id,
            title="Ghost",
            starts_at=datetime(2026, 3, 29, 2, 30),
            ends_at=datetime(2026, 3, 29, 4),
        )


def test_travel_legs_keep_local_times_at_both_ends_and_their_true_duration(store, session):
    visit = events.create_event(
        session,
        title="Study visit",
        kind="study_visit",
        starts_on=date(2018, 3, 23),
        ends_on=date(2018, 3, 23),
        timezone="Europe/Berlin",
    )
    traveller = directory.create_person(session, given_name="Nikolaos", family_name="Vlachos")
    # Athens is UTC+2 and Munich UTC+1 on 21 March 2018.
    outward = logistics.add_leg(
        session,
        visit.id,
        person_id=traveller.id,
        mode="flight",
        from_place="Athens",
        from_at=datetime(2018, 3, 21, 8, 20),
        from_timezone="Europe/Athens",
        to_place="Munich",
        to_at=datetime(2018, 3, 21, 10, 0),
        to_timezone="Europe/Berlin",
    )
    # On Sunday 25 March both switched to summer time: Munich UTC+2, Athens UTC+3.
    home = logistics.add_leg(
        session,
        visit.id,
        person_id=traveller.id,
        mode="flight",
        from_place="Munich",
        from_at=datetime(2018, 3, 25, 11, 50),
        from_timezone="Europe/Berlin",
        to_place="Athens",
        to_at=datetime(2018, 3, 25, 15, 15),
        to_timezone="Europe/Athens",
    )
    session.commit()
    with store.read() as reader:
        first, second = logistics.legs_of(reader, visit.id)
    assert (first.from_at, first.to_at) == (datetime(2018, 3, 21, 8, 20), datetime(2018, 3, 21, 10, 0))
    assert logistics.leg_duration(first) == timedelta(hours=2, minutes=40)
    assert (second.from_at, second.to_at) == (home.from_at, home.to_at)
    assert logistics.leg_duration(second) == timedelta(hours=2, minutes=25)
    assert outward.id == first.id


def test_a_leg_arriving_before_it_departs_in_real_time_is_refused(session, workshop):
    traveller = directory.create_person(session, given_name="Anna", family_name="Nowak")
    # 10:30 in Madrid is 11:30 in Athens: the arrival at 11:00 Athens time is earlier.
    with _refused(
        "to.at", "arrives 2009-06-02T11:00 Europe/Athens, not after it departs 2009-06-02T10:30 Europe/Madrid"
    ):
        logistics.add_leg(
            session,
            workshop.id,
            person_id=traveller.id,
            from_place="Madrid",
            from_at=datetime(2009, 6, 2, 10, 30),
            from_timezone="Europe/Madrid",
            to_place="Athens",
            to_at=datetime(2009, 6, 2, 11, 0),
            to_timezone="Europe/Athens",
        )


# -- samples ----------------------------------------------------------------


def test_samples_are_removed_in_one_step_and_other_data_stays(session, workshop):
    from planner.exchange.samples import add_samples

    added, _ = add_samples(session)
    assert len(added) == 3
    mine = directory.create_person(session, given_name="Own", family_name="Contact")
    assert samples.remove_samples(session) == 3
    assert [event.title for event in events.list_events(session)] == ["Workshop"]
    assert session.get(type(mine), mine.id) is not None
    from sqlalchemy import func, select

    from planner.db.models import Organisation, Person

    assert session.scalar(select(func.count()).select_from(Person).where(Person.is_sample)) == 0
    assert session.scalar(select(func.count()).select_from(Organisation).where(Organisation.is_sample)) == 0


def test_changing_many_participants_at_once(session, workshop):
    people = [directory.create_person(session, given_name=name, family_name="Test") for name in ("Ana", "Ben", "Cy")]
    rows = [participants.add_participant(session, workshop.id, person.id) for person in people]
    participants.set_many(session, [row.id for row in rows[:2]], status="confirmed", role="speaker")
    states = [(row.status, row.role) for row, _ in participants.participations_of(session, workshop.id)]
    assert states == [("confirmed", "speaker"), ("confirmed", "speaker"), ("invited", "participant")]
    with _refused("person", "already takes part"):
        participants.update_participation(session, rows[2].id, person_id=people[0].id)


def test_every_part_can_be_changed_and_deleted(session, workshop):
    person = directory.create_person(session, given_name="Anna", family_name="Nowak", email="anna@example.org")
    directory.update_person(session, person.id, email="anna.nowak@example.org", dietary="vegan")
    item = agenda.create_item(
        session, workshop.id, title="Talk", starts_at=datetime(2009, 6, 3, 9), ends_at=datetime(2009, 6, 3, 10)
    )
    agenda.update_item(session, item.id, title="Keynote", speakers=[person.id])
    copy = agenda.duplicate_item(session, item.id)
    assert agenda.speakers_by_item(session, workshop.id) == {item.id: [person.id], copy.id: [person.id]}
    agenda.delete_item(session, copy.id)
    stay = logistics.add_stay(
        session, workshop.id, person_id=person.id, name="Hotel", check_in=date(2009, 6, 2), check_out=date(2009, 6, 4)
    )
    logistics.update_stay(session, stay.id, check_out=date(2009, 6, 5), cost_minor="360.00", cost_currency="EUR")
    assert (stay.cost_minor, stay.cost_currency) == (36000, "EUR")
    cost = logistics.add_cost(session, workshop.id, category="venue", amount_minor="100", currency="EUR")
    logistics.update_cost(session, cost.id, amount_minor="99.90")
    assert cost.amount_minor == 9990
    outcome = minutes.add_item(session, workshop.id, kind="conclusion", text="Good")
    second = minutes.add_item(session, workshop.id, kind="decision", text="Continue")
    minutes.move_item(session, second.id, 0)
    assert [row.text for row in minutes.items_of(session, workshop.id)] == ["Continue", "Good"]
    minutes.delete_item(session, outcome.id)
    for delete, ident in (
        (logistics.delete_stay, stay.id),
        (logistics.delete_cost, cost.id),
        (agenda.delete_item, item.id),
    ):
        delete(session, ident)
    directory.delete_person(session, person.id)
    events.delete_event(session, workshop.id)
    assert events.list_events(session) == []


def test_stretching_an_item_can_move_the_rest_of_the_day(session, workshop):
    def add(title, start, end):
        return agenda.create_item(
            session,
            workshop.id,
            title=title,
            starts_at=datetime(2009, 6, 3, *start),
            ends_at=datetime(2009, 6, 3, *end),
        )

    talk = add("Talk", (9, 0), (10, 0))
    add("Coffee", (10, 0), (10, 30))
    add("Panel", (10, 30), (12, 0))
    agenda.resize_item(session, talk.id, datetime(2009, 6, 3, 10, 15), shift_following=True)
    assert [(i.title, f"{i.starts_at:%H:%M}-{i.ends_at:%H:%M}") for i in agenda.items_of(session, workshop.id)] == [
        ("Talk", "09:00-10:15"),
        ("Coffee", "10:15-10:45"),
        ("Panel", "10:45-12:15"),
    ]
