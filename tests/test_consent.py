"""The rules of consent: when a consent holds on a day, who may be on a
list given to others and who is left off and why, and the edits that
record, withdraw and switch it, each undone whole."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from planner.db.models import Consent
from planner.operations.base import perform, replay
from planner.operations.consent import SetConsent, SwitchConsentNeeded, WithdrawConsent
from planner.services import consent, directory, participants
from planner.services.errors import InvalidInput

LIST_DAY = date(2009, 6, 1)  # the day the list is given out
ONE_DAY = timedelta(days=1)


def _join(session, event_id: int, given: str, family: str, **person) -> int:
    someone = directory.create_person(session, given_name=given, family_name=family, **person)
    return participants.add_participant(session, event_id, someone.id).id


@pytest.mark.parametrize(
    ("given_on", "holds"),
    [(LIST_DAY - ONE_DAY, True), (LIST_DAY, True), (LIST_DAY + ONE_DAY, False), (None, True)],
)
def test_a_consent_holds_from_the_day_it_was_given(given_on, holds):
    assert consent.agreed(Consent(participation_id=1, purpose="shared_list", given_on=given_on), LIST_DAY) is holds


@pytest.mark.parametrize(
    ("withdrawn_on", "holds"),
    [(LIST_DAY - ONE_DAY, False), (LIST_DAY, False), (LIST_DAY + ONE_DAY, True)],
)
def test_a_consent_withdrawn_on_or_before_the_day_no_longer_holds(withdrawn_on, holds):
    given = Consent(participation_id=1, purpose="shared_list", given_on=date(2009, 5, 1), withdrawn_on=withdrawn_on)
    assert consent.agreed(given, LIST_DAY) is holds
    assert consent.why_not(given, LIST_DAY) == ("" if holds else consent.WITHDREW)


def test_a_refusal_and_no_answer_never_hold():
    refused = Consent(participation_id=1, purpose="photos", given=False, given_on=date(2009, 5, 1))
    assert not consent.agreed(refused, LIST_DAY)
    assert consent.why_not(refused, LIST_DAY) == consent.REFUSED
    assert not consent.agreed(None, LIST_DAY)
    assert consent.why_not(None, LIST_DAY) == consent.NEVER_ASKED


def test_recording_again_replaces_the_answer_and_withdrawing_keeps_how_it_was_given(session, workshop):
    joined = _join(session, workshop.id, "Anna", "Nowak")
    consent.record(session, joined, "photos", given=False, given_on=date(2009, 5, 2), how="paper")
    consent.record(
        session, joined, "photos", given=True, given_on=date(2009, 5, 3), how="email", wording=" Photos on the site "
    )
    consent.withdraw(session, joined, "photos", date(2009, 6, 5))
    recorded = consent.consents_of(session, joined)
    assert list(recorded) == ["photos"]
    photos = recorded["photos"]
    assert (photos.given, photos.given_on, photos.how, photos.wording, photos.withdrawn_on) == (
        True,
        date(2009, 5, 3),
        "email",
        "Photos on the site",
        date(2009, 6, 5),
    )


def test_what_cannot_be_recorded_is_refused_in_words(session, workshop):
    joined = _join(session, workshop.id, "Anna", "Nowak")
    with pytest.raises(InvalidInput, match="no consent given to withdraw"):
        consent.withdraw(session, joined, "photos", LIST_DAY)
    with pytest.raises(InvalidInput, match="'selfies' is not one of"):
        consent.record(session, joined, "selfies", given=True)
    with pytest.raises(InvalidInput, match="'fax' is not one of"):
        consent.record(session, joined, "photos", given=True, how="fax")
    with pytest.raises(InvalidInput, match="before it was given"):
        consent.record(session, joined, "photos", given=True, given_on=LIST_DAY, withdrawn_on=LIST_DAY - ONE_DAY)
    assert consent.consents_of(session, joined) == {}


def test_a_list_given_to_others_keeps_those_who_agreed_and_says_who_was_left_off(session, workshop):
    agreed = _join(session, workshop.id, "Anna", "Nowak")
    refused = _join(session, workshop.id, "Jan", "Kowalski")
    withdrew = _join(session, workshop.id, "Eva", "Berg")
    _join(session, workshop.id, "Zoe", "Adams")  # never asked
    later = _join(session, workshop.id, "Luis", "García")
    consent.record(session, agreed, "shared_list", given=True, given_on=LIST_DAY)
    consent.record(session, refused, "shared_list", given=False, given_on=LIST_DAY - ONE_DAY)
    consent.record(session, withdrew, "shared_list", given=True, given_on=date(2009, 5, 1), withdrawn_on=LIST_DAY)
    consent.record(session, later, "shared_list", given=True, given_on=LIST_DAY + ONE_DAY)
    consent.record(session, refused, "photos", given=True)  # another purpose says nothing of the list
    rows = participants.participant_rows(session, workshop.id)

    kept, left_off = consent.shared_list(session, workshop.id, rows, LIST_DAY)
    assert len(kept) == 5 and left_off == []  # the event does not ask for consent

    consent.set_consent_needed(session, workshop.id, True)
    kept, left_off = consent.shared_list(session, workshop.id, rows, LIST_DAY)
    assert [row.full_name for row in kept] == ["Anna Nowak"]
    assert [(entry.name, entry.why) for entry in left_off] == [
        ("Zoe Adams", consent.NEVER_ASKED),
        ("Eva Berg", consent.WITHDREW),
        ("Luis García", consent.NEVER_ASKED),
        ("Jan Kowalski", consent.REFUSED),
    ]
    assert consent.left_off_message(left_off) == (
        "4 participants left off: no consent to the shared list (Zoe Adams: never asked, Eva Berg: withdrew, "
        "Luis García: never asked, Jan Kowalski: refused)"
    )
    # A day later, the consent given late holds.
    kept, _ = consent.shared_list(session, workshop.id, rows, LIST_DAY + ONE_DAY)
    assert {row.full_name for row in kept} == {"Anna Nowak", "Luis García"}


def test_the_table_marks_who_is_kept_off_shared_lists_and_needs_kept_without_consent(session, workshop):
    vegan = _join(session, workshop.id, "Anna", "Nowak", dietary="vegan")
    ramp = _join(session, workshop.id, "Jan", "Kowalski", accessibility="step-free access")
    _join(session, workshop.id, "Eva", "Berg")
    consent.record(session, vegan, "needs", given=True, given_on=date(2009, 5, 1))
    consent.record(session, vegan, "shared_list", given=True, given_on=date(2009, 5, 1))
    rows = participants.participant_rows(session, workshop.id)
    marks = consent.marks(session, workshop.id, rows, LIST_DAY)
    assert not marks.consent_needed and marks.not_shared == {}
    assert marks.needs_unconsented == {ramp}
    consent.set_consent_needed(session, workshop.id, True)
    marks = consent.marks(session, workshop.id, rows, LIST_DAY)
    assert vegan not in marks.not_shared and marks.not_shared[ramp] == consent.NEVER_ASKED
    assert len(marks.not_shared) == 2


def test_each_edit_is_undone_whole(store):
    from planner.services import events

    with store.write() as session:
        event = events.create_event(
            session, title="Visit", kind="study_visit", starts_on=LIST_DAY, ends_on=LIST_DAY, timezone="Europe/Berlin"
        )
        event_id = event.id
        joined = _join(session, event_id, "Anna", "Nowak")

    def stored() -> tuple:
        with store.read() as session:
            found = consent.consents_of(session, joined).get("shared_list")
            needed = consent.consent_needed(session, event_id)
            if found is None:
                return needed, None
            return needed, (found.given, found.given_on, found.how, found.wording, found.withdrawn_on)

    agreed = perform(store, SetConsent(joined, "shared_list", True, date(2009, 5, 1), "form", "May we list you?"))
    assert stored() == (False, (True, date(2009, 5, 1), "form", "May we list you?", None))
    withdrawn = perform(store, WithdrawConsent(joined, "shared_list", date(2009, 5, 20)))
    assert stored()[1][-1] == date(2009, 5, 20)
    switched = perform(store, SwitchConsentNeeded(event_id, True))
    assert stored()[0] is True
    cleared = perform(store, SetConsent(joined, "shared_list", None))
    assert stored() == (True, None)

    replay(store, cleared.changes, "before")
    replay(store, switched.changes, "before")
    assert stored() == (False, (True, date(2009, 5, 1), "form", "May we list you?", date(2009, 5, 20)))
    replay(store, withdrawn.changes, "before")
    assert stored()[1][-1] is None
    replay(store, agreed.changes, "before")
    assert stored() == (False, None)


def test_removing_a_participant_takes_their_consents_and_undo_brings_them_back(store):
    from planner.operations.participants import RemoveParticipants
    from planner.services import events

    with store.write() as session:
        event = events.create_event(
            session, title="Visit", kind="study_visit", starts_on=LIST_DAY, ends_on=LIST_DAY, timezone="Europe/Berlin"
        )
        joined = _join(session, event.id, "Anna", "Nowak")
        consent.record(session, joined, "photos", given=True, given_on=LIST_DAY, how="oral", wording="Photos?")
    removed = perform(store, RemoveParticipants((joined,)))
    with store.read() as session:
        assert session.get(Consent, 1) is None
    replay(store, removed.changes, "before")
    with store.read() as session:
        photos = consent.consents_of(session, joined)["photos"]
        assert (photos.given, photos.given_on, photos.how, photos.wording) == (True, LIST_DAY, "oral", "Photos?")
