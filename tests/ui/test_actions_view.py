"""The Actions view: open actions of every event, overdue ones marked, a
jump to the action in its event's minutes."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from planner.operations.minutes import AddOutcome
from planner.services import minutes
from planner.ui import theme
from planner.ui.actions import ActionsView
from planner.ui.actions.model import ACTION, DUE, EVENT, OWNER, STATE, ActionsModel
from planner.ui.tables import select_id


@pytest.fixture
def view(qtbot, context):
    widget = ActionsView(context)
    qtbot.addWidget(widget)
    widget.today = date(2018, 5, 1)
    widget.show()  # a hidden view is read when the window shows it
    return widget


def table_rows(view) -> list[list[str]]:
    proxy = view.table.model()
    return [
        [proxy.index(row, column).data() or "" for column in range(proxy.columnCount())]
        for row in range(proxy.rowCount())
    ]


def test_the_model_marks_overdue_actions_in_red_with_a_sign(context, qtbot):
    with context.read() as session:
        rows = minutes.open_actions(session, date(2018, 7, 1))
    model = ActionsModel()
    model.set_rows(rows)
    assert [model.text(row, STATE) for row in range(2)] == ["Overdue", "Overdue"]
    assert model.text(0, EVENT).startswith("Jun 2009 · Improvement of management skills")
    for row in range(2):
        assert model.index(row, DUE).data(Qt.ItemDataRole.ForegroundRole).color() == theme.colour("error")
        assert model.index(row, DUE).data(Qt.ItemDataRole.DecorationRole) is not None
    assert model.index(0, OWNER).data(Qt.ItemDataRole.ForegroundRole) is None


def test_the_view_lists_the_open_actions_of_the_sample_events(view):
    rows = table_rows(view)
    assert [(row[OWNER], row[DUE], row[STATE]) for row in rows] == [
        ("Lucía Fernández Gil", "Wed 15 Jul 2009", "Overdue"),
        ("Marta Ferrer Vidal", "Sat 30 Jun 2018", "Open"),
    ]
    assert rows[1][EVENT] == "Mar 2018 · ECRI study visit to BioM, Munich"
    assert rows[1][ACTION].startswith("Each partner to draft a short note")
    assert view.counts.text() == "2 open actions, 1 overdue"
    proxy = view.table.model()
    assert proxy.index(0, DUE).data(Qt.ItemDataRole.DecorationRole) is not None
    assert proxy.index(1, DUE).data(Qt.ItemDataRole.DecorationRole) is None


def test_show_done_adds_the_done_actions(view):
    view.show_done.setChecked(True)
    states = sorted(row[STATE] for row in table_rows(view))
    assert states == ["Done", "Done", "Open", "Overdue"]


def test_sorting_by_owner_and_filtering(view):
    view.table.sortByColumn(OWNER, Qt.SortOrder.DescendingOrder)
    assert [row[OWNER] for row in table_rows(view)] == ["Marta Ferrer Vidal", "Lucía Fernández Gil"]
    view.filter.setText("munich")
    assert [row[OWNER] for row in table_rows(view)] == ["Marta Ferrer Vidal"]


def test_double_click_asks_to_open_the_action_in_its_event(view, qtbot, event_ids):
    view.table.selectRow(0)
    item_id = view.table.model().index(0, 0).data(Qt.ItemDataRole.UserRole)
    with qtbot.waitSignal(view.open_event_item) as signal:
        view.table.doubleClicked.emit(view.table.model().index(0, ACTION))
    assert signal.args == [event_ids["Improvement"], "minutes_item", item_id]


def test_mark_done_from_the_list_and_undo(view, context):
    assert select_id(view.table, view.model.rows[0].item_id)
    item_id = view.model.rows[0].item_id
    view.done_action.trigger()
    assert context.undo_stack.undoText() == "Mark action done"
    assert len(table_rows(view)) == 1  # it left the list of open actions
    with context.read() as session:
        assert minutes.get_item(session, item_id).state == "done"
    context.undo_stack.undo()
    assert len(table_rows(view)) == 2


def test_the_view_follows_edits_in_any_event(view, context, event_ids):
    context.perform(
        AddOutcome(event_ids["CLUNET"], {"kind": "action", "text": "Publish the proceedings", "due": date(2018, 1, 1)})
    )
    rows = table_rows(view)
    assert len(rows) == 3 and rows[1][ACTION] == "Publish the proceedings" and rows[1][STATE] == "Overdue"
    context.undo_stack.undo()
    assert len(table_rows(view)) == 2


def test_a_hidden_view_reads_what_changed_when_it_is_shown_again(view, context, event_ids):
    view.hide()
    context.perform(
        AddOutcome(event_ids["CLUNET"], {"kind": "action", "text": "Publish the proceedings", "due": date(2018, 1, 1)})
    )
    assert view.stale and len(table_rows(view)) == 2  # not read while hidden
    view.show()
    assert len(table_rows(view)) == 3


def test_show_item_selects_an_action(view, context, event_ids):
    item_id = view.model.rows[1].item_id
    assert view.show_item("minutes_item", item_id)
    assert view.done_action.isEnabled() and view.open_action.isEnabled()
    assert not view.show_item("agenda_item", item_id)
