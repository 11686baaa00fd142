"""The Minutes tab: summary, outcomes in the user's order, reordering,
marking actions done, follow-up links; every edit undoable."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from planner.operations.minutes import ChangeOutcome
from planner.services import events, minutes
from planner.ui import theme
from planner.ui.minutes import MinutesTab
from planner.ui.minutes.model import DUE, STATE, TEXT, WHO, OutcomesModel, counts_text
from planner.ui.tables import select_id
from tests.ui.conftest import answer_dialogs

KIND = 0


@pytest.fixture
def tab(qtbot, context, event_ids):
    widget = MinutesTab(context)
    qtbot.addWidget(widget)
    widget.today = date(2018, 5, 1)
    widget.resize(1280, 720)
    widget.show()  # a view on screen follows every change at once
    widget.show_event(event_ids["Improvement"])
    return widget


def shown(tab) -> list[tuple[str, str]]:
    model = tab.model
    return [(model.text(row, KIND), model.text(row, TEXT).split("\n")[0][:30]) for row in range(model.rowCount())]


def stored(context, event_id) -> list[str]:
    with context.read() as session:
        return [item.text[:30] for item in minutes.items_of(session, event_id)]


def item_where(context, event_id, start: str):
    with context.read() as session:
        return next(item for item in minutes.items_of(session, event_id) if item.text.startswith(start))


# -- the model, without a view ------------------------------------------------------


def test_outcomes_show_who_proposed_and_actions_with_owner_due_and_state(context, event_ids, qtbot):
    with context.read() as session:
        outcomes = minutes.outcomes_of(session, event_ids["Improvement"])
    model = OutcomesModel()
    model.today = date(2018, 5, 1)
    model.set_rows(outcomes)
    rows = [[model.text(row, column) for column in range(model.columnCount())] for row in range(model.rowCount())]
    assert [row[KIND] for row in rows] == [
        "Proposal",
        "Proposal",
        "Discussion point",
        "Decision",
        "Action",
        "Action",
        "Conclusion",
    ]
    assert rows[0][WHO] == "by Jocelyne Le Seyec" and rows[1][WHO] == "by Madrid Biocluster"
    assert rows[5][WHO:] == ["Lucía Fernández Gil", "Wed 15 Jul 2009", "Open"]
    overdue, done = model.index(5, DUE), model.index(4, DUE)
    assert overdue.data(Qt.ItemDataRole.ForegroundRole).color() == theme.colour("error")
    assert overdue.data(Qt.ItemDataRole.DecorationRole) is not None
    assert done.data(Qt.ItemDataRole.ForegroundRole) is None and done.data(Qt.ItemDataRole.DecorationRole) is None
    assert model.index(5, STATE).data(Qt.ItemDataRole.ToolTipRole) == "Overdue: due Wed 15 Jul 2009 and still open"
    assert counts_text(outcomes, date(2018, 5, 1)) == (
        "1 conclusion · 2 proposals · 1 decision · 2 actions (1 open, 1 overdue) · 1 discussion point"
    )


# -- the tab ------------------------------------------------------------------------------


def test_the_tab_shows_the_summary_then_the_outcomes(tab):
    assert tab.summary.toPlainText().startswith("The Spanish partner organised a meeting in Madrid")
    assert shown(tab)[0] == ("Proposal", "A good area for cooperation is")
    assert tab.counts.text().startswith("· 1 conclusion")


def test_reorder_outcomes_then_undo_and_redo_restore_the_database(tab, context, event_ids):
    madrid = event_ids["Improvement"]
    original = stored(context, madrid)
    decision = item_where(context, madrid, "Partners decided")
    assert tab.show_item("minutes_item", decision.id)
    tab.up_action.trigger()
    tab.up_action.trigger()
    moved = stored(context, madrid)
    assert moved[1] == "Partners decided to continue t" and moved[2] == original[1]
    assert [text for _kind, text in shown(tab)] == moved
    assert tab.selected_id() == decision.id  # the moved outcome stays selected
    assert context.undo_stack.undoText() == "Move outcome"
    context.undo_stack.undo()
    context.undo_stack.undo()
    assert stored(context, madrid) == original
    assert [text for _kind, text in shown(tab)] == original
    context.undo_stack.redo()
    context.undo_stack.redo()
    assert stored(context, madrid) == moved
    select_id(tab.table, decision.id)
    tab.down_action.trigger()
    assert stored(context, madrid)[2] == "Partners decided to continue t"


def test_the_first_outcome_cannot_move_up(tab):
    tab.table.selectRow(0)
    assert not tab.up_action.isEnabled() and tab.down_action.isEnabled()
    tab.table.selectRow(tab.model.rowCount() - 1)
    assert tab.up_action.isEnabled() and not tab.down_action.isEnabled()


def test_mark_an_action_done_and_undo_it(tab, context, event_ids):
    action = item_where(context, event_ids["Improvement"], "Send interested partners")
    tab.show_item("minutes_item", action.id)
    assert tab.done_action.isEnabled() and tab.done_action.text() == "Mark done"
    tab.done_action.trigger()
    assert context.undo_stack.undoText() == "Mark action done"
    with context.read() as session:
        assert minutes.get_item(session, action.id).state == "done"
    row = tab.model.row_of(action.id)
    assert tab.model.text(row, STATE) == "Done"
    assert tab.model.index(row, DUE).data(Qt.ItemDataRole.DecorationRole) is None  # no longer overdue
    assert tab.done_action.text() == "Reopen"
    context.undo_stack.undo()
    with context.read() as session:
        assert minutes.get_item(session, action.id).state == "open"
    context.undo_stack.redo()
    with context.read() as session:
        assert minutes.get_item(session, action.id).state == "done"


def test_mark_done_is_only_for_actions(tab):
    tab.table.selectRow(0)  # a proposal
    assert not tab.done_action.isEnabled()


def test_the_summary_is_saved_on_leaving_it_as_one_undoable_edit(tab, context, event_ids, qtbot):
    tab.summary.setFocus()
    qtbot.waitUntil(tab.summary.hasFocus)
    tab.summary.setPlainText("Στη Μαδρίτη: współpraca der Cluster.")
    tab.table.setFocus()
    qtbot.waitUntil(lambda: not tab.summary.hasFocus())
    assert context.undo_stack.undoText() == "Change summary of the meeting"
    with context.read() as session:
        assert (
            events.get_event(session, event_ids["Improvement"]).minutes_summary
            == "Στη Μαδρίτη: współpraca der Cluster."
        )
    steps = context.undo_stack.count()
    tab.summary.setFocus()
    tab.table.setFocus()  # nothing changed: no new edit
    assert context.undo_stack.count() == steps
    context.undo_stack.undo()
    assert tab.summary.toPlainText().startswith("The Spanish partner")


def test_closing_the_window_saves_the_summary(tab, context, event_ids, qtbot):
    tab.summary.setPlainText("Written just before closing")
    tab.close()
    with context.read() as session:
        assert events.get_event(session, event_ids["Improvement"]).minutes_summary == "Written just before closing"


def test_switching_events_saves_the_summary_of_the_one_left(tab, context, event_ids):
    tab.summary.setPlainText("Madrid, rewritten")
    tab.show_event(event_ids["ECRI"])
    with context.read() as session:
        assert events.get_event(session, event_ids["Improvement"]).minutes_summary == "Madrid, rewritten"
    assert tab.summary.toPlainText().startswith("Four European life science clusters")


def test_add_a_proposal_by_an_organisation(tab, context, event_ids, monkeypatch):
    with context.read() as session:
        _people, organisations = minutes.proposer_choices(session)
    madri_d = next(ident for ident, name in organisations if name == "madri+d")
    opened = answer_dialogs(
        monkeypatch, {"text": "Share the on-line training tools", "topic": "training", "by": f"organisation:{madri_d}"}
    )
    tab.add("proposal")
    assert opened[0].form.value("kind") == "proposal"
    assert context.undo_stack.undoText() == "Add outcome"
    row = tab.model.row_of(tab.selected_id())
    assert (tab.model.text(row, KIND), tab.model.text(row, WHO)) == ("Proposal", "by madri+d")
    assert row == tab.model.rowCount() - 1  # added at the end, and selected
    context.undo_stack.undo()
    assert tab.model.rowCount() == 7


def test_an_outcome_without_text_is_refused_at_its_field(tab, context, event_ids, monkeypatch):
    opened = answer_dialogs(monkeypatch, {"text": "   "})
    tab.add("decision")
    assert opened[0].form.problem_text("text") == "must not be empty"
    assert len(stored(context, event_ids["Improvement"])) == 7


def test_an_action_form_shows_owner_due_and_state_only_for_actions(tab, context, event_ids, monkeypatch):
    from planner.ui.minutes import dialogs

    dialog = dialogs.outcome_dialog(context, tab, event_ids["Improvement"], kind="decision")
    layout = dialog.form.layout()
    assert not layout.isRowVisible(dialog.form.widgets["owner_id"].parentWidget())
    assert layout.isRowVisible(dialog.form.widgets["by"].parentWidget())
    dialog.form.set_values({"kind": "action"})
    assert layout.isRowVisible(dialog.form.widgets["due"].parentWidget())
    assert not layout.isRowVisible(dialog.form.widgets["by"].parentWidget())
    dialog.deleteLater()


def test_link_an_outcome_to_a_follow_up_event(tab, context, event_ids, monkeypatch, qtbot):
    action = item_where(context, event_ids["Improvement"], "Present the outcomes")
    tab.show_item("minutes_item", action.id)
    answer_dialogs(monkeypatch, {"follow_up_event_id": event_ids["CLUNET"]})
    tab.follow_up_action.trigger()
    assert context.undo_stack.undoText() == "Link follow-up event"
    row = tab.model.row_of(action.id)
    assert tab.model.text(row, TEXT).endswith("\n→ CLUNET final conference")
    assert tab.go_action.isEnabled()
    with qtbot.waitSignal(tab.open_event) as signal:
        tab.go_action.trigger()
    assert signal.args == [event_ids["CLUNET"]]
    context.undo_stack.undo()
    assert "→" not in tab.model.text(row, TEXT)
    assert not tab.go_action.isEnabled()


def test_edit_an_action_keeps_its_owner_and_changes_its_due_date(tab, context, event_ids, monkeypatch):
    action = item_where(context, event_ids["Improvement"], "Send interested partners")
    tab.show_item("minutes_item", action.id)
    answer_dialogs(monkeypatch, {"due": date(2018, 12, 31)})
    tab.edit_action.trigger()
    assert context.undo_stack.undoText() == "Change outcome"
    with context.read() as session:
        changed = minutes.get_item(session, action.id)
    assert (changed.due, changed.owner_id, changed.state) == (date(2018, 12, 31), action.owner_id, "open")
    row = tab.model.row_of(action.id)
    assert tab.model.index(row, DUE).data(Qt.ItemDataRole.DecorationRole) is None


def test_editing_a_proposal_keeps_who_proposed_it(tab, context, event_ids, monkeypatch):
    proposal = item_where(context, event_ids["Improvement"], "Madrid Biocluster and madri+d")
    tab.show_item("minutes_item", proposal.id)
    answer_dialogs(monkeypatch, {"topic": "e-training"})
    tab.edit_action.trigger()
    with context.read() as session:
        changed = minutes.get_item(session, proposal.id)
    assert (changed.topic, changed.by_organisation_id, changed.by_person_id, changed.state) == (
        "e-training",
        proposal.by_organisation_id,
        None,
        "",
    )


def test_delete_an_outcome_after_asking(tab, context, event_ids, monkeypatch):
    decision = item_where(context, event_ids["Improvement"], "Partners decided")
    tab.show_item("minutes_item", decision.id)
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *args: asked.append(args[2]) or QMessageBox.StandardButton.Yes)
    tab.delete_action.trigger()
    assert asked == [
        "Delete the decision “Partners decided to continue their cooperation activities based on the above subjects.”?"
    ]
    assert len(stored(context, event_ids["Improvement"])) == 6
    assert context.undo_stack.undoText() == "Delete outcome"
    context.undo_stack.undo()
    assert stored(context, event_ids["Improvement"])[3] == "Partners decided to continue t"


def test_no_event_means_nothing_to_edit(tab):
    tab.show_event(None)
    assert tab.model.rowCount() == 0 and not tab.summary.isEnabled() and not tab.add_action.isEnabled()


def test_keyboard_moves_and_ticks_off_but_enter_in_the_summary_types_a_new_line(
    tab, context, event_ids, monkeypatch, qtbot
):
    with qtbot.waitActive(tab):
        tab.show()
        tab.activateWindow()
    opened = answer_dialogs(monkeypatch)
    action = item_where(context, event_ids["Improvement"], "Send interested partners")
    tab.show_item("minutes_item", action.id)
    qtbot.keyClick(tab.table, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(tab.table, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert [context.undo_stack.text(index) for index in range(context.undo_stack.count())] == [
        "Mark action done",
        "Move outcome",
    ]
    with context.read() as session:
        assert [item.id for item in minutes.items_of(session, event_ids["Improvement"])][4] == action.id
    tab.summary.setFocus()
    qtbot.keyClick(tab.summary, Qt.Key.Key_Return)
    assert opened == [] and tab.summary.toPlainText().count("\n") == 1


def test_an_edit_elsewhere_never_overwrites_unsaved_typing_in_the_summary(tab, context, event_ids):
    tab.summary.setPlainText("Half-written summary")
    decision = item_where(context, event_ids["Improvement"], "Partners decided")
    context.perform(ChangeOutcome(decision.id, {"topic": "cooperation"}))
    assert tab.summary.toPlainText() == "Half-written summary"
    assert "cooperation" in [tab.model.text(row, 2) for row in range(tab.model.rowCount())]


# -- a view of the window ------------------------------------------------------------


def test_a_hidden_tab_reads_the_event_when_it_is_shown(context, event_ids, qtbot):
    hidden = MinutesTab(context)
    qtbot.addWidget(hidden)
    hidden.show_event(event_ids["Improvement"])
    assert hidden.stale and hidden.model.rowCount() == 0  # nothing read while nobody looks
    context.perform(ChangeOutcome(item_where(context, event_ids["Improvement"], "Partners decided").id, {"topic": "x"}))
    hidden.show()
    assert not hidden.stale and hidden.model.rowCount() == 7
    assert "x" in [hidden.model.text(row, 2) for row in range(hidden.model.rowCount())]


def test_renaming_the_follow_up_event_shows_its_new_title(tab, context, event_ids):
    from planner.operations.events import ChangeEvent
    from planner.operations.minutes import LinkFollowUp

    action = item_where(context, event_ids["Improvement"], "Present the outcomes")
    context.perform(LinkFollowUp(action.id, event_ids["CLUNET"]))
    context.perform(ChangeEvent(event_ids["CLUNET"], {"title": "CLUNET closing conference"}))
    assert tab.model.text(tab.model.row_of(action.id), TEXT).endswith("\n→ CLUNET closing conference")


def test_opening_another_database_saves_the_summary_where_it_was_typed_and_not_into_the_other(
    tab, context, event_ids, tmp_path
):
    from planner.db.store import Store
    from planner.exchange.samples import add_samples

    other = Store.open(tmp_path / "other.sqlite", backup_dir=tmp_path / "other-backups")
    with other.write() as session:
        add_samples(session)
    with other.read() as session:
        theirs = events.get_event(session, event_ids["Improvement"]).minutes_summary
    tab.summary.setPlainText("Typed for the database that is being closed")
    first = context.store.path
    context.replace_store(other)
    with other.read() as session:
        assert events.get_event(session, event_ids["Improvement"]).minutes_summary == theirs
    assert tab.event_id is None and tab.summary.toPlainText() == "" and not tab.summary.isEnabled()
    again = Store.open(first, backup_dir=tmp_path / "first-backups")
    try:
        with again.read() as session:
            typed = events.get_event(session, event_ids["Improvement"]).minutes_summary
        assert typed == "Typed for the database that is being closed"
    finally:
        again.close()


def test_the_add_menu_opens_the_form_of_the_kind_chosen(tab, context, event_ids, monkeypatch):
    opened = answer_dialogs(monkeypatch, {"text": "Meet again in Kraków"})
    entry = next(action for action in tab.add_menu.actions() if action.text() == "Decision")
    entry.trigger()
    assert opened[0].form.value("kind") == "decision"
    assert stored(context, event_ids["Improvement"])[-1] == "Meet again in Kraków"
    assert tab.model.text(tab.model.row_of(tab.selected_id()), KIND) == "Decision"


def test_outcome_rows_grow_when_the_table_narrows_and_shrink_when_it_widens(tab, qtbot):
    row = max(range(tab.model.rowCount()), key=lambda number: len(tab.model.text(number, TEXT)))
    wide = tab.table.rowHeight(row)
    tab.resize(700, 720)  # beside the event list, in a narrow window
    qtbot.waitUntil(lambda: tab.table.rowHeight(row) > wide)
    tab.resize(1280, 720)
    qtbot.waitUntil(lambda: tab.table.rowHeight(row) == wide)
    narrower = tab.table.horizontalHeader().sectionSize(WHO) + 200
    tab.table.horizontalHeader().resizeSection(WHO, narrower)  # the text column gives way
    assert tab.table.rowHeight(row) > wide
