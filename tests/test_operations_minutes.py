"""The operations on an event's minutes, without a window: what each one
changes, the rules the outcome form used to hold, and undo (replaying the
rows) bringing back exactly what was there."""

from __future__ import annotations

from datetime import date

import pytest

from planner.operations import perform, replay
from planner.operations.minutes import (
    AddOutcome,
    ChangeMinutesSummary,
    ChangeOutcome,
    DeleteOutcome,
    LinkFollowUp,
    MoveOutcome,
    SetActionState,
    new_outcome_values,
    toggled_state,
)
from planner.services import events, minutes
from planner.services.errors import InvalidInput
from planner.services.minutes import MinutesEntry

pytestmark = pytest.mark.both_back_ends  # each test on a database file and on PostgreSQL


def entries(store, event_id: int) -> list[MinutesEntry]:
    with store.read() as session:
        return [outcome.item for outcome in minutes.outcomes_of(session, event_id)]


def entry(store, item_id: int) -> MinutesEntry:
    with store.read() as session:
        return MinutesEntry.of(minutes.get_item(session, item_id))


def first(store, event_id: int, kind: str, **where) -> MinutesEntry:
    return next(
        item
        for item in entries(store, event_id)
        if item.kind == kind and all(getattr(item, name) == value for name, value in where.items())
    )


def summary(store, event_id: int) -> str:
    with store.read() as session:
        return minutes.minutes_of(session, event_id).summary


# -- adding -------------------------------------------------------------------------


def test_a_new_outcome_is_a_conclusion_unless_a_kind_is_chosen():
    assert new_outcome_values() == {"kind": "conclusion", "state": "open"}
    assert new_outcome_values("action") == {"kind": "action", "state": "open"}


def test_an_outcome_is_added_at_the_end_and_undo_takes_it_away(store, samples):
    madrid = samples["Improvement"]
    before = entries(store, madrid)
    operation = AddOutcome(madrid, {"kind": "decision", "text": "Meet again in Kraków", "topic": "cooperation"})
    done = perform(store, operation)
    assert operation.label == "Add outcome"
    added = entries(store, madrid)
    assert added[:-1] == before
    assert (added[-1].id, added[-1].text, added[-1].position) == (done.result, "Meet again in Kraków", len(before))
    replay(store, done.changes, "before")
    assert entries(store, madrid) == before
    replay(store, done.changes, "after")
    assert entries(store, madrid) == added


def test_only_an_action_keeps_the_state_the_form_proposes(store, samples):
    """The form proposes "open" for every new outcome (in case it becomes an
    action); only an action keeps it."""
    madrid = samples["Improvement"]
    decision = perform(store, AddOutcome(madrid, new_outcome_values("decision") | {"text": "Continue"})).result
    action = perform(store, AddOutcome(madrid, new_outcome_values("action") | {"text": "Write to DG Regio"})).result
    assert entry(store, decision).state == ""
    assert entry(store, action).state == "open"


def test_an_outcome_without_text_is_refused_at_its_field_and_nothing_is_added(store, samples):
    madrid = samples["Improvement"]
    before = entries(store, madrid)
    with pytest.raises(InvalidInput) as refused:
        perform(store, AddOutcome(madrid, {"kind": "proposal", "text": "   "}))
    assert (refused.value.field, refused.value.message) == ("text", "must not be empty")
    assert entries(store, madrid) == before


# -- changing -------------------------------------------------------------------------


def test_an_action_turned_into_a_decision_loses_only_its_state(store, samples):
    """Fields the form hides for a kind keep what they held: turned back
    into an action, it has its owner and due date again, and is open."""
    madrid = samples["Improvement"]
    action = first(store, madrid, "action", state="done")
    done = perform(store, ChangeOutcome(action.id, {"kind": "decision"}))
    assert done.result == action.id and done.operation.label == "Change outcome"
    decision = entry(store, action.id)
    assert (decision.kind, decision.state, decision.owner_id, decision.due) == (
        "decision",
        "",
        action.owner_id,
        action.due,
    )
    back = perform(store, ChangeOutcome(action.id, {"kind": "action"}))
    again = entry(store, action.id)
    assert (again.kind, again.state, again.owner_id, again.due) == ("action", "open", action.owner_id, action.due)
    replay(store, back.changes, "before")
    replay(store, done.changes, "before")
    assert entry(store, action.id) == action  # done again, as it was


def test_a_state_set_in_the_form_of_a_proposal_is_not_kept(store, samples):
    """The state field is hidden for a proposal: whatever it holds, a
    proposal has no state (the service would refuse one)."""
    proposal = first(store, samples["Improvement"], "proposal")
    perform(store, ChangeOutcome(proposal.id, {"state": "done", "topic": "IPR and patents"}))
    changed = entry(store, proposal.id)
    assert (changed.state, changed.topic) == ("", "IPR and patents")


def test_changing_an_outcome_leaves_the_fields_not_given_as_they_were(store, samples):
    """An imported proposal by a person and an organisation keeps both when
    only its topic is changed (the form's 'By' shows only one of them)."""
    madrid = samples["Improvement"]
    proposal = first(store, madrid, "proposal", by_organisation_id=None)
    with store.write() as session:
        _people, organisations = minutes.proposer_choices(session)
        organisation = organisations[0][0]
        minutes.update_item(session, proposal.id, by_organisation_id=organisation)
    before = entry(store, proposal.id)
    done = perform(store, ChangeOutcome(proposal.id, {"topic": "patents"}))
    after = entry(store, proposal.id)
    assert (after.topic, after.by_person_id, after.by_organisation_id) == (
        "patents",
        proposal.by_person_id,
        organisation,
    )
    replay(store, done.changes, "before")
    assert entry(store, proposal.id) == before


def test_a_change_that_empties_the_text_is_refused_and_changes_nothing(store, samples):
    madrid = samples["Improvement"]
    before = entries(store, madrid)
    decision = first(store, madrid, "decision")
    with pytest.raises(InvalidInput) as refused:
        perform(store, ChangeOutcome(decision.id, {"text": "", "topic": "lost"}))
    assert refused.value.field == "text"
    assert entries(store, madrid) == before


# -- deleting and moving -----------------------------------------------------------------


def test_deleting_an_outcome_moves_the_next_up_and_undo_puts_everything_back(store, samples):
    madrid = samples["Improvement"]
    before = entries(store, madrid)
    done = perform(store, DeleteOutcome(before[1].id))
    assert done.operation.label == "Delete outcome"
    after = entries(store, madrid)
    assert [item.id for item in after] == [item.id for item in before if item.id != before[1].id]
    assert [item.position for item in after] == list(range(len(before) - 1))
    replay(store, done.changes, "before")
    assert entries(store, madrid) == before


def test_moving_an_outcome_and_undoing_it(store, samples):
    madrid = samples["Improvement"]
    before = entries(store, madrid)
    last = before[-1]
    done = perform(store, MoveOutcome(last.id, 0))
    assert done.operation.label == "Move outcome"
    moved = entries(store, madrid)
    assert [item.id for item in moved] == [last.id] + [item.id for item in before[:-1]]
    assert [item.position for item in moved] == list(range(len(before)))
    replay(store, done.changes, "before")
    assert entries(store, madrid) == before
    perform(store, MoveOutcome(before[0].id, 99))  # past the end: the last
    assert entries(store, madrid)[-1].id == before[0].id


# -- actions ---------------------------------------------------------------------------------


def test_the_edit_menu_names_each_change_of_an_action(store, samples):
    assert SetActionState(1, "done").label == "Mark action done"
    assert SetActionState(1, "open").label == "Reopen action"
    assert SetActionState(1, "dropped").label == "Drop action"
    assert [toggled_state(state) for state in ("open", "done", "dropped")] == ["done", "open", "open"]


def test_mark_an_action_done_drop_it_and_undo(store, samples):
    madrid = samples["Improvement"]
    action = first(store, madrid, "action", state="open")
    done = perform(store, SetActionState(action.id, "done"))
    assert entry(store, action.id).state == "done"
    with store.read() as session:
        assert action.id not in [row.item_id for row in minutes.open_actions(session, date(2018, 5, 1))]
    dropped = perform(store, SetActionState(action.id, "dropped"))
    assert entry(store, action.id).state == "dropped"
    replay(store, dropped.changes, "before")
    replay(store, done.changes, "before")
    assert entry(store, action.id) == action


def test_only_an_action_has_a_state(store, samples):
    madrid = samples["Improvement"]
    decision = first(store, madrid, "decision")
    with pytest.raises(InvalidInput, match="only actions have a state, not a decision"):
        perform(store, SetActionState(decision.id, "done"))
    assert entry(store, decision.id) == decision


def test_an_action_is_overdue_when_open_and_due_before_today(store, samples):
    madrid = samples["Improvement"]
    action = first(store, madrid, "action", state="open")
    assert action.overdue_on(date(2018, 5, 1)) and not action.overdue_on(action.due)
    perform(store, SetActionState(action.id, "done"))
    assert not entry(store, action.id).overdue_on(date(2018, 5, 1))


# -- the summary --------------------------------------------------------------------------------


def test_saving_the_summary_again_and_again_is_one_undo_step(store, samples):
    """While the user writes, the summary is saved more than once; the
    steps share a merge key, and their changes merged undo to the original."""
    madrid, munich = samples["Improvement"], samples["ECRI"]
    original = summary(store, madrid)
    first_save = perform(store, ChangeMinutesSummary(madrid, "Στη Μαδρίτη"))
    second_save = perform(store, ChangeMinutesSummary(madrid, "Στη Μαδρίτη: współpraca der Cluster."))
    assert first_save.operation.label == "Change summary of the meeting"
    assert second_save.result == summary(store, madrid) == "Στη Μαδρίτη: współpraca der Cluster."
    assert first_save.operation.merge_key() == second_save.operation.merge_key()
    assert ChangeMinutesSummary(munich, "x").merge_key() != first_save.operation.merge_key()
    # The same key as changing that field of the event in any other way.
    assert first_save.operation.merge_key() == events_merge_key(madrid)
    merged = first_save.changes.merged(second_save.changes)
    replay(store, merged, "before")
    assert summary(store, madrid) == original
    replay(store, merged, "after")
    assert summary(store, madrid) == "Στη Μαδρίτη: współpraca der Cluster."


def events_merge_key(event_id: int):
    from planner.operations.events import ChangeEvent

    return ChangeEvent(event_id, {"minutes_summary": ""}).merge_key()


# -- follow-up events -----------------------------------------------------------------------------


def test_link_an_outcome_to_its_follow_up_event_and_undo(store, samples):
    madrid, clunet = samples["Improvement"], samples["CLUNET"]
    action = first(store, madrid, "action", state="open")
    done = perform(store, LinkFollowUp(action.id, clunet))
    assert done.operation.label == "Link follow-up event" and done.result == action.id
    with store.read() as session:
        shown = next(o for o in minutes.outcomes_of(session, madrid) if o.item.id == action.id)
    assert (shown.follow_up_title, shown.follow_up_starts_on) == ("CLUNET final conference", date(2009, 6, 5))
    with pytest.raises(InvalidInput, match="cannot lead to its own event"):
        perform(store, LinkFollowUp(action.id, madrid))
    unlinked = perform(store, LinkFollowUp(action.id, None))
    assert entry(store, action.id).follow_up_event_id is None
    replay(store, unlinked.changes, "before")
    replay(store, done.changes, "before")
    assert entry(store, action.id) == action


def test_the_minutes_of_a_deleted_event_cannot_be_read(store, samples):
    from planner.services.errors import NotFound

    perform(store, ChangeMinutesSummary(samples["CLUNET"], "Held"))
    with store.write() as session:
        events.delete_event(session, samples["CLUNET"])
    with store.read() as session, pytest.raises(NotFound):
        minutes.minutes_of(session, samples["CLUNET"])


def test_undoing_a_summary_someone_changed_since_is_refused(store, samples):
    """Another Planner (or a command) rewrote the summary after it was
    saved here: undo says so and leaves their text."""
    from sqlalchemy import update

    from planner.db.models import Event
    from planner.services.history import ReplayRefused

    madrid = samples["Improvement"]
    done = perform(store, ChangeMinutesSummary(madrid, "Ours"))
    with store.engine.begin() as connection:
        connection.execute(update(Event).where(Event.id == madrid).values(minutes_summary="Theirs"))
    with pytest.raises(ReplayRefused, match="Cannot undo “Change summary of the meeting”"):
        replay(store, done.changes, "before", done.operation.label)
    assert summary(store, madrid) == "Theirs"
