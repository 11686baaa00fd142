"""The event's home page lists what needs attention: each need counted, and
where it is, so that a click can go there."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from planner.db.models import InvitationSent
from planner.services import agenda, attention, directory, events, logistics, minutes, participants
from planner.services.errors import NotFound


def _person(session, event_id: int, name: str, status: str = "confirmed") -> int:
    person = directory.create_person(session, given_name=name, family_name="Test", email=f"{name.lower()}@example.org")
    participants.add_participant(session, event_id, person.id, status=status)
    return person.id


def _leg(session, event_id: int, person_id: int) -> None:
    logistics.add_leg(
        session,
        event_id,
        person_id=person_id,
        mode="train",
        from_place="Zaragoza",
        from_at=datetime(2009, 6, 2, 8),
        from_timezone="Europe/Madrid",
        to_place="Madrid",
        to_at=datetime(2009, 6, 2, 10),
        to_timezone="Europe/Madrid",
    )


def _invited(session, event_id: int, person_id: int, reply: str = "", method: str = "REQUEST") -> None:
    session.add(
        InvitationSent(
            event_id=event_id,
            email=f"{person_id}@example.org",
            person_id=person_id,
            uid=f"uid-{person_id}@test",
            method=method,
            content_hash="x",
            sent_at=datetime(2009, 5, 1, 9),
            reply=reply,
            replied_at=datetime(2009, 5, 2, 9) if reply else None,
        )
    )
    session.flush()


BEFORE = date(2009, 5, 1)  # a month before the workshop


def _lines(session, event_id: int, today: date = BEFORE) -> dict[str, str]:
    return {need.kind: need.text for need in attention.needs_of(session, event_id, today)}


def test_an_event_with_nothing_to_do_lists_nothing(session, workshop):
    _person(session, workshop.id, "Ana")
    assert attention.needs_of(session, workshop.id, date(2009, 7, 1)) == []


def test_travel_and_hotel_are_missed_only_where_others_have_them(session, workshop):
    ana, ben, cleo = (_person(session, workshop.id, name) for name in ("Ana", "Ben", "Cleo"))
    _person(session, workshop.id, "Dan", status="declined")  # not coming: nothing to book
    assert _lines(session, workshop.id) == {}
    _leg(session, workshop.id, ana)
    logistics.add_stay(
        session, workshop.id, person_id=ben, name="Hotel Prado", check_in=date(2009, 6, 2), check_out=date(2009, 6, 4)
    )
    needs = {need.kind: need for need in attention.needs_of(session, workshop.id, BEFORE)}
    assert needs[attention.NO_TRAVEL].text == "2 people coming without travel"
    assert needs[attention.NO_TRAVEL].person_ids == {ben, cleo}
    assert (needs[attention.NO_TRAVEL].target, needs[attention.NO_TRAVEL].target_id) == ("traveller", ben)
    assert needs[attention.NO_TRAVEL].first_names == ("Ben Test", "Cleo Test")
    assert needs[attention.NO_HOTEL].text == "2 people coming without a hotel"
    assert needs[attention.NO_HOTEL].person_ids == {ana, cleo}


def test_invitations_not_answered_leave_out_answers_cancellations_and_refusals(session, workshop):
    ana, ben, cleo, dan = (_person(session, workshop.id, name) for name in ("Ana", "Ben", "Cleo", "Dan"))
    eve = _person(session, workshop.id, "Eve", status="declined")
    _invited(session, workshop.id, ana)
    _invited(session, workshop.id, ben, reply="ACCEPTED")
    _invited(session, workshop.id, cleo, method="CANCEL")
    _invited(session, workshop.id, dan, reply="TENTATIVE")
    _invited(session, workshop.id, eve)  # marked as declined by hand since
    need = next(n for n in attention.needs_of(session, workshop.id, BEFORE) if n.kind == attention.UNANSWERED)
    assert (need.count, need.text, need.person_ids) == (1, "1 invitation not answered", {ana})
    assert need.first_names == ("Ana Test",)


def test_overdue_actions_point_at_the_one_due_first(session, workshop):
    owner = _person(session, workshop.id, "Ana")
    late = minutes.add_item(
        session, workshop.id, kind="action", text="Send the slides", owner_id=owner, due=date(2009, 6, 20), state="open"
    )
    minutes.add_item(session, workshop.id, kind="action", text="Book", due=date(2009, 6, 25), state="open")
    minutes.add_item(session, workshop.id, kind="action", text="Done", due=date(2009, 6, 1), state="done")
    minutes.add_item(session, workshop.id, kind="action", text="Later", due=date(2009, 8, 1), state="open")
    minutes.add_item(session, workshop.id, kind="decision", text="Meet again")
    need = attention.needs_of(session, workshop.id, date(2009, 7, 1))[0]
    assert (need.kind, need.text, need.target, need.target_id) == (
        attention.OVERDUE,
        "2 actions overdue",
        "minutes_item",
        late.id,
    )
    # Due today is not overdue yet.
    assert [n.count for n in attention.needs_of(session, workshop.id, date(2009, 6, 25))] == [1]


def test_conflicts_are_counted_and_lead_to_an_item_concerned(session, workshop):
    speaker = _person(session, workshop.id, "Ana")
    first = agenda.create_item(
        session,
        workshop.id,
        title="Opening",
        starts_at=datetime(2009, 6, 3, 9),
        ends_at=datetime(2009, 6, 3, 10),
        location="Room A",
        speakers=[speaker],
    )
    second = agenda.create_item(
        session,
        workshop.id,
        title="Parallel",
        starts_at=datetime(2009, 6, 3, 9, 30),
        ends_at=datetime(2009, 6, 3, 10, 30),
        location="Room B",
        speakers=[speaker],
    )
    need = attention.needs_of(session, workshop.id, date(2009, 7, 1))[0]
    assert (need.kind, need.count, need.target) == (attention.CONFLICTS, 1, "agenda_item")
    assert need.target_id in (first.id, second.id)
    assert need.text == "1 conflict"


def test_an_event_deleted_meanwhile_is_not_found(session):
    with pytest.raises(NotFound):
        attention.needs_of(session, 9999, date(2009, 7, 1))


def test_once_the_event_is_over_or_called_off_only_conflicts_and_actions_remain(session, workshop):
    ana = _person(session, workshop.id, "Ana")
    ben = _person(session, workshop.id, "Ben")
    _leg(session, workshop.id, ana)
    _invited(session, workshop.id, ben)
    minutes.add_item(session, workshop.id, kind="action", text="Report", due=date(2009, 6, 20), state="open")
    assert set(_lines(session, workshop.id, date(2009, 6, 4))) == {attention.NO_TRAVEL, attention.UNANSWERED}
    assert set(_lines(session, workshop.id, date(2009, 6, 5))) == set()  # the day after: nothing to book
    assert set(_lines(session, workshop.id, date(2009, 7, 1))) == {attention.OVERDUE}
    events.update_event(session, workshop.id, status="cancelled")
    assert set(_lines(session, workshop.id, BEFORE)) == set()
