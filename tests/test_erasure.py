"""Forgetting one person: the plan read before anything changes (what is
removed, what is kept, why it is refused and until when), the erasure or
anonymisation it announces, and undo."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import select

from planner.db.models import AgendaItem, AgendaSpeaker, Event, MinutesItem, Participation, Person, Programme, Purge
from planner.operations import perform, replay
from planner.operations.erasure import EvidenceKept, ForgetPerson
from planner.services import agenda, directory, minutes, participants
from planner.services.erasure import Way, erasure_plan

AUDIT = date(2031, 12, 31)


def _visitor(store, samples, programme: str = "") -> tuple[int, int]:
    """A participant of the Munich visit who proposed two outcomes, owns an
    action, speaks in and moderates an agenda item; (person id, event id)."""
    munich = samples["ECRI"]
    with store.write() as session:
        event = session.get(Event, munich)
        event.programme = programme
        session.add(event)
        row = participants.participant_rows(session, munich)[0]
        minutes.add_item(session, munich, kind="proposal", text="Share the pilot lines", by_person_id=row.person_id)
        minutes.add_item(session, munich, kind="proposal", text="Meet again in Lyon", by_person_id=row.person_id)
        minutes.add_item(session, munich, kind="action", text="Send the slides", owner_id=row.person_id)
        item = agenda.items_of(session, munich)[0]
        stored = session.get(AgendaItem, item.id)
        stored.moderator_id = row.person_id
        session.add(stored)
        session.add(AgendaSpeaker(item_id=item.id, person_id=row.person_id))
        return row.person_id, munich


def _audited(store, name: str, until: date | None) -> None:
    with store.write() as session:
        session.add(Programme(name=name, audit_until=until))


def test_a_person_of_no_funded_event_is_erased_and_the_plan_says_what_goes(store, samples):
    person_id, munich = _visitor(store, samples)
    with store.read() as session:
        person = directory.get_person(session, person_id)
        organisation = directory.organisation_values(session, person.organisation_id)["name"]
        plan = erasure_plan(session, person_id, date(2026, 12, 4))
    assert plan.way is Way.ERASE and not plan.refusals
    assert plan.name == directory.display_name(person.honorific, person.given_name, person.family_name)
    assert plan.removed[:6] == (
        "their record in the Directory",
        "1 participation, with its attendance and consents",
        "2 travel legs",
        "1 hotel stay",
        "removed as speaker of 1 agenda item",
        "2 agenda items will have no moderator",  # one in the samples already
    )
    assert f"minutes: 2 items they proposed will be credited to {organisation}" in plan.removed
    assert plan.removed[-1] == "their name and e-mail address wherever they were typed (notes, minutes, descriptions)"
    assert plan.kept == ("1 cost stays in its event's accounts, without their name",)

    assert perform(store, ForgetPerson(person_id, date(2026, 12, 4))).result is Way.ERASE
    with store.read() as session:
        assert session.get(Person, person_id) is None
        assert session.scalars(select(Participation).where(Participation.person_id == person_id)).all() == []
        items = session.scalars(select(MinutesItem).where(MinutesItem.event_id == munich)).all()
        proposals = [item for item in items if item.text in ("Share the pilot lines", "Meet again in Lyon")]
        assert {item.by_organisation_id for item in proposals} == {person.organisation_id}
        assert [item.owner_id for item in items if item.text == "Send the slides"] == [None]
        assert session.scalars(select(AgendaSpeaker).where(AgendaSpeaker.person_id == person_id)).all() == []
        assert session.scalars(select(AgendaItem).where(AgendaItem.moderator_id == person_id)).all() == []
        assert [purge.what for purge in session.scalars(select(Purge))] == ["one person erased on their request"]


@pytest.mark.parametrize(
    ("today", "way"),
    [
        (AUDIT - timedelta(days=1), Way.REFUSED),
        (AUDIT, Way.REFUSED),
        (AUDIT + timedelta(days=1), Way.ANONYMISE),
    ],
)
def test_evidence_is_kept_until_the_programmes_audit_date_then_the_person_is_anonymised(store, samples, today, way):
    person_id, _ = _visitor(store, samples, programme="Interreg Europe")
    _audited(store, "Interreg Europe", AUDIT)
    with store.read() as session:
        plan = erasure_plan(session, person_id, today)
    assert plan.way is way
    if way is Way.REFUSED:
        assert plan.refusals == ("kept until 31 December 2031 for the audit of Interreg Europe",)
        with pytest.raises(EvidenceKept, match="cannot be forgotten yet: kept until 31 December 2031"):
            perform(store, ForgetPerson(person_id, today))
        with store.read() as session:
            assert directory.get_person(session, person_id).anonymised_on is None
        return
    assert "1 participation, with its attendance and consents" not in plan.removed
    assert "1 participation, with its attendance and consents" in plan.kept
    assert "minutes: 2 actions they own will read 'a participant from HBio'" in plan.kept
    assert "minutes: 2 items they proposed will be credited to HBio" in plan.removed
    assert perform(store, ForgetPerson(person_id, today)).result is Way.ANONYMISE
    with store.read() as session:
        person = directory.get_person(session, person_id)
        assert person.anonymised_on == today and person.full_name == "" and person.email is None


def test_a_programme_without_an_audit_date_keeps_the_evidence_and_says_where_to_set_it(store, samples):
    person_id, _ = _visitor(store, samples, programme="Horizon")
    with store.read() as session:
        plan = erasure_plan(session, person_id, date(2040, 1, 1))
    assert plan.refused
    assert plan.refusals == (
        (
            "the audit date of Horizon is not set, so its evidence is kept: "
            "set it in the programme's details (Event > Programme details…)"
        ),
    )


def test_anonymised_people_are_shown_as_a_participant_from_their_organisation(store, samples):
    person_id, munich = _visitor(store, samples, programme="Interreg Europe")
    _audited(store, "Interreg Europe", date(2020, 1, 1))
    with store.read() as session:
        organisation = directory.organisation_values(session, directory.get_person(session, person_id).organisation_id)[
            "name"
        ]
    perform(store, ForgetPerson(person_id, date(2026, 12, 4)))
    with store.read() as session:
        shown = {row.id: row.name for row in directory.people_rows(session)}
        listed = {row.person_id: row.name for row in participants.participant_rows(session, munich)}
        owners = [o.owner_name for o in minutes.outcomes_of(session, munich) if o.item.text == "Send the slides"]
        assert directory.person_name(session, person_id) == f"a participant from {organisation}"
    assert shown[person_id] == listed[person_id] == f"a participant from {organisation}"
    assert owners == [f"a participant from {organisation}"]


def test_undo_brings_the_erased_person_back(store, samples):
    person_id, _ = _visitor(store, samples)
    with store.read() as session:
        before = directory.person_values(session, person_id)
        taking_part = len(session.scalars(select(Participation).where(Participation.person_id == person_id)).all())
    done = perform(store, ForgetPerson(person_id, date(2026, 12, 4)))
    replay(store, done.changes, "before")
    with store.read() as session:
        assert directory.person_values(session, person_id) == before
        assert (
            len(session.scalars(select(Participation).where(Participation.person_id == person_id)).all()) == taking_part
        )
        assert session.scalars(select(Purge)).all() == []


def test_a_person_already_anonymised_is_not_anonymised_again(store, samples):
    person_id, _ = _visitor(store, samples, programme="Interreg Europe")
    _audited(store, "Interreg Europe", date(2020, 1, 1))
    perform(store, ForgetPerson(person_id, date(2026, 12, 4)))
    with store.read() as session:
        plan = erasure_plan(session, person_id, date(2026, 12, 5))
    assert plan.refused and plan.refusals == ("already anonymised on 4 December 2026",)
    assert plan.name == "a participant from HBio"


def test_a_speaker_in_a_funded_events_agenda_is_held_by_its_evidence(store, samples):
    """A guest speaker of the Munich visit (of ECRI, whose audit date is not
    set) who is not among its participants."""
    with store.write() as session:
        guest = directory.create_person(session, given_name="Ada", family_name="Gast", email="ada.gast@example.org")
        item = agenda.items_of(session, samples["ECRI"])[0]
        session.add(AgendaSpeaker(item_id=item.id, person_id=guest.id))
        session.flush()
        plan = erasure_plan(session, guest.id, date(2026, 12, 4))
    assert plan.refused
    assert plan.refusals[0].startswith("the audit date of ECRI")
