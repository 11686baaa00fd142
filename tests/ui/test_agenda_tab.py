"""The Agenda tab as an organiser uses it: add, edit, duplicate, delete,
drag and stretch in the timeline, and undo and redo of each."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtWidgets import QMessageBox

from planner.operations.agenda import ChangeAgendaItem
from planner.operations.participants import ChangeParticipation
from planner.services import agenda, participants
from planner.ui import shortcuts
from planner.ui.agenda import AgendaTab
from planner.ui.agenda.model import SPEAKERS, TIME, TITLE

MUNICH = datetime(2018, 3, 23)


# `context` (the sample events in a fresh database) and `event_ids` come from tests/ui/conftest.py.
@pytest.fixture
def tab(context, event_ids, qtbot):
    widget = AgendaTab(context)
    qtbot.addWidget(widget)
    widget.resize(1280, 680)
    widget.show()
    widget.show_event(event_ids["ECRI"])
    return widget


def munich(hour, minute=0):
    return MUNICH.replace(hour=hour, minute=minute)


def stored(context, event_id):
    """What the database holds: (title, HH:MM–HH:MM) in time order."""
    with context.read() as session:
        return [
            (item.title, f"{item.starts_at:%H:%M}–{item.ends_at:%H:%M}") for item in agenda.items_of(session, event_id)
        ]


def shown(tab):
    """What the list shows: (time, title) per row."""
    table = tab.table.model()
    return [(table.index(row, TIME).data(), table.index(row, TITLE).data()) for row in range(table.rowCount())]


def item_id(tab, title):
    return next(entry.id for entry in tab.entries if entry.title == title)


def test_the_list_shows_the_day_in_the_events_time_zone(tab):
    assert tab.day_combo.currentText() == "Fri 23 Mar 2018"
    assert tab.zone_label.texts()[0] == "Times in Europe/Berlin (CET, UTC+1)"
    assert shown(tab)[:3] == [
        ("14:30–14:45", "Welcome"),
        ("14:45–15:30", "The biotech landscape in Bavaria and the Bavarian Biotechnology Cluster"),
        ("15:30–15:45", "Coffee"),
    ]
    assert len(shown(tab)) == 7
    assert not tab.edit_action.isEnabled() and tab.add_action.isEnabled()


def test_a_click_on_a_heading_sorts_the_day_and_the_order_stays_after_an_edit(tab, context, event_ids, qtbot):
    header = tab.table.horizontalHeader()
    qtbot.mouseClick(
        header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(header.sectionViewportPosition(TITLE) + 5, 5)
    )
    titles = [title for _time, title in shown(tab)]
    assert titles == sorted(titles, key=str.casefold) and titles[0] == "Coffee"
    coffee = item_id(tab, "Coffee")
    context.perform(ChangeAgendaItem(coffee, {"title": "Afternoon coffee"}))
    assert shown(tab)[0][1] == "Afternoon coffee"
    tab.table.sortByColumn(TIME, Qt.SortOrder.AscendingOrder)
    assert shown(tab)[0] == ("14:30–14:45", "Welcome")


def test_add_through_the_dialog_then_undo_and_redo(tab, context, event_ids):
    before = stored(context, event_ids["ECRI"])
    dialog = tab.add_dialog()
    form = dialog.form
    # The first free hour of the day, after the site visit.
    assert (form.value("starts_at"), form.value("ends_at")) == (munich(18, 15), munich(19, 15))
    people = {form.widgets["speakers"].item(row).text(): row for row in range(form.widgets["speakers"].count())}
    assert "Horst Domdey (BioM)" in people
    horst = form.widgets["speakers"].item(people["Horst Domdey (BioM)"]).data(Qt.ItemDataRole.UserRole)
    form.set_values(
        {
            "title": "Wrap-up",
            "location": "BioM premises",
            "kind": "discussion",
            "speakers": [horst],
            "ends_at": munich(19),
        }
    )
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted

    after = stored(context, event_ids["ECRI"])
    assert ("Wrap-up", "18:15–19:00") in after and len(after) == len(before) + 1
    assert ("18:15–19:00", "Wrap-up") in shown(tab)
    assert tab.selected_entry().title == "Wrap-up"
    assert [speaker.label for speaker in tab.selected_entry().speakers] == ["Horst Domdey (BioM)"]
    assert context.undo_stack.undoText() == "Add agenda item"

    context.undo_stack.undo()
    assert stored(context, event_ids["ECRI"]) == before
    assert ("18:15–19:00", "Wrap-up") not in shown(tab)
    context.undo_stack.redo()
    assert stored(context, event_ids["ECRI"]) == after
    assert ("18:15–19:00", "Wrap-up") in shown(tab)


def test_an_end_before_the_start_is_marked_at_ends_and_nothing_is_saved(tab, context, event_ids):
    before = stored(context, event_ids["ECRI"])
    dialog = tab.add_dialog()
    dialog.form.set_values({"title": "Backwards", "starts_at": munich(19), "ends_at": munich(18)})
    dialog.accept()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert dialog.form.problem_text("ends_at") == "18:00 is before starts_at 19:00"
    assert dialog.form.problem_text("title") == ""
    assert stored(context, event_ids["ECRI"]) == before
    assert context.undo_stack.count() == 0


def test_edit_changes_the_item_and_undo_puts_it_back(tab, context, event_ids):
    before = stored(context, event_ids["ECRI"])
    assert tab.show_item("agenda_item", item_id(tab, "Open discussion"))
    dialog = tab.edit_dialog()
    assert dialog.form.value("title") == "Open discussion" and dialog.form.value("moderator_id") is not None
    dialog.form.set_values({"title": "Open discussion: services for members", "ends_at": munich(17)})
    dialog.accept()
    assert ("Open discussion: services for members", "15:45–17:00") in stored(context, event_ids["ECRI"])
    assert context.undo_stack.undoText() == "Change agenda item"
    context.undo_stack.undo()
    assert stored(context, event_ids["ECRI"]) == before
    assert ("15:45–16:45", "Open discussion") in shown(tab)


def test_a_longer_item_in_the_dialog_moves_the_following_ones_when_asked(tab, context, event_ids):
    tab.shift_box.setChecked(True)
    tab.show_item("agenda_item", item_id(tab, "Welcome"))
    dialog = tab.edit_dialog()
    dialog.form.set_values({"ends_at": munich(15)})
    dialog.accept()
    after = dict(stored(context, event_ids["ECRI"]))
    assert after["Welcome"] == "14:30–15:00"
    assert after["Coffee"] == "15:45–16:00" and after["Dinner"] == "19:45–21:45"
    context.undo_stack.undo()
    assert dict(stored(context, event_ids["ECRI"]))["Dinner"] == "19:30–21:30"


def test_duplicate_goes_to_the_next_free_slot_and_undo_removes_it(tab, context, event_ids):
    before = stored(context, event_ids["ECRI"])
    tab.show_item("agenda_item", item_id(tab, "Coffee"))
    tab.duplicate_action.trigger()
    after = stored(context, event_ids["ECRI"])
    assert after.count(("Coffee", "15:30–15:45")) == 1 and ("Coffee", "18:15–18:30") in after
    assert tab.selected_entry().starts_at == munich(18, 15)
    assert context.undo_stack.undoText() == "Duplicate agenda item"
    context.undo_stack.undo()
    assert stored(context, event_ids["ECRI"]) == before


def test_delete_asks_first_and_undo_brings_the_item_and_its_speakers_back(tab, context, event_ids, monkeypatch):
    before = stored(context, event_ids["ECRI"])
    tab.show_item(
        "agenda_item", item_id(tab, "Identification of best practices and reflection on each cluster's situation")
    )
    asked = []
    monkeypatch.setattr(
        QMessageBox, "question", lambda *args, **kwargs: asked.append(args[2]) or QMessageBox.StandardButton.No
    )
    tab.delete_action.trigger()
    assert stored(context, event_ids["ECRI"]) == before
    assert "Identification of best practices" in asked[0]

    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: QMessageBox.StandardButton.Yes)
    tab.delete_action.trigger()
    assert len(stored(context, event_ids["ECRI"])) == len(before) - 1
    assert len(shown(tab)) == len(before) - 1
    assert tab.selected_entry().title == "Visit of the BioM premises"  # the next row
    assert context.undo_stack.undoText() == "Delete agenda item"
    context.undo_stack.undo()
    assert stored(context, event_ids["ECRI"]) == before
    row = [title for _, title in shown(tab)].index(
        "Identification of best practices and reflection on each cluster's situation"
    )
    assert (
        tab.table.model().index(row, SPEAKERS).data().startswith("Marta Ferrer Vidal (Bioib), Agnieszka Wróbel (KLK)")
    )
    context.undo_stack.redo()
    assert len(stored(context, event_ids["ECRI"])) == len(before) - 1


def test_dragging_a_block_moves_the_item_and_can_be_undone(tab, context, event_ids, qtbot):
    tab.show_view(1)
    scene = tab.timeline.timeline
    coffee = item_id(tab, "Coffee")
    block = scene.blocks[coffee]
    geometry = scene.geometry
    # Drag the coffee break down by 35 minutes with the mouse.
    view = tab.timeline
    start = view.mapFromScene(block.rect().center())
    end = view.mapFromScene(block.rect().center() + QPointF(0, 35 * geometry.px_per_minute))
    qtbot.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(view.viewport(), pos=end)
    qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=end)
    qtbot.waitUntil(lambda: ("Coffee", "16:05–16:20") in stored(context, event_ids["ECRI"]))
    assert context.undo_stack.undoText() == "Move agenda item"
    assert scene.blocks[coffee].rect().top() == pytest.approx(scene.geometry.y(munich(16, 5)))
    context.undo_stack.undo()
    assert ("Coffee", "15:30–15:45") in stored(context, event_ids["ECRI"])
    assert scene.blocks[coffee].rect().top() == pytest.approx(scene.geometry.y(munich(15, 30)))


def test_a_refused_move_shows_why_and_the_block_goes_back(tab, context, event_ids, warnings_shown):
    tab.show_view(1)
    scene = tab.timeline.timeline
    welcome = item_id(tab, "Welcome")
    before = stored(context, event_ids["ECRI"])
    scene.blocks[welcome].show_times(munich(9), munich(9, 15))  # as if dragged
    scene.commit_drag(welcome, "move", munich(9) + timedelta(days=1), munich(9, 15) + timedelta(days=1))
    assert "would move from Fri 23 Mar to Sat 24 Mar 09:00" in warnings_shown[0]
    assert stored(context, event_ids["ECRI"]) == before and context.undo_stack.count() == 0
    assert scene.blocks[welcome].rect().top() == pytest.approx(scene.geometry.y(munich(14, 30)))


def test_stretching_with_move_following_items_moves_the_rest_of_the_day(tab, context, event_ids):
    tab.show_view(1)
    tab.shift_box.setChecked(True)
    scene = tab.timeline.timeline
    scene.commit_drag(item_id(tab, "Open discussion"), "resize", munich(15, 45), munich(17, 0))
    after = dict(stored(context, event_ids["ECRI"]))
    assert after["Open discussion"] == "15:45–17:00"
    assert after["Visit of the BioM premises"] == "17:45–18:30" and after["Dinner"] == "19:45–21:45"
    assert after["Welcome"] == "14:30–14:45"
    assert context.undo_stack.undoText() == "Change length of agenda item" and context.undo_stack.count() == 1
    context.undo_stack.undo()
    assert dict(stored(context, event_ids["ECRI"]))["Dinner"] == "19:30–21:30"

    tab.shift_box.setChecked(False)
    scene.commit_drag(item_id(tab, "Open discussion"), "resize", munich(15, 45), munich(16, 30))
    after = dict(stored(context, event_ids["ECRI"]))
    assert after["Open discussion"] == "15:45–16:30" and after["Dinner"] == "19:30–21:30"


def test_the_timeline_puts_parallel_rooms_side_by_side_and_marks_conflicts(tab, context, event_ids):
    tab.show_event(event_ids["Improvement"])
    tab.show_view(1)
    scene = tab.timeline.timeline
    assert tab.day_combo.currentText() == "Wed 03 Jun 2009"
    assert scene.rooms == ["Foyer", "Room A", "Room B"]
    funding, hands_on = (
        item_id(tab, "Funding for companies in the “valley of death”"),
        item_id(tab, "Hands-on: the e-training platform"),
    )
    a, b = scene.blocks[funding].rect(), scene.blocks[hands_on].rect()
    assert a.top() == b.top() and a.height() == b.height() and a.right() <= b.left()
    lunch = scene.blocks[item_id(tab, "Lunch")].rect()
    assert lunch.left() <= a.left() and lunch.right() >= b.right()  # meals go across
    assert not scene.blocks[funding].conflicts

    javier = next(entry for entry in tab.entries if entry.id == hands_on).speakers[0].id
    speakers = [speaker.id for speaker in next(entry for entry in tab.entries if entry.id == funding).speakers]
    context.perform(ChangeAgendaItem(funding, {"speakers": [*speakers, javier]}))
    for block in (scene.blocks[funding], scene.blocks[hands_on]):
        assert "Javier Sánchez Ortega is in" in block.toolTip() and block.conflicts


def test_show_item_goes_to_its_day_and_day_switching(tab, event_ids):
    tab.show_event(event_ids["Improvement"])
    closing = next(entry for entry in tab.entries if entry.title == "Closing remarks")
    assert tab.show_item("agenda_item", closing.id)
    assert tab.day_combo.currentText() == "Thu 04 Jun 2009"
    assert tab.selected_entry() == closing
    assert not tab.show_item("stay", 1) and not tab.show_item("agenda_item", 99999)
    tab.previous_day_action.trigger()
    assert tab.day_combo.currentText() == "Wed 03 Jun 2009" and tab.selected_entry() is None


def test_a_double_click_on_an_empty_slot_offers_that_time_and_room(tab, event_ids):
    tab.show_event(event_ids["Improvement"])
    tab.show_view(1)
    scene = tab.timeline.timeline
    column = scene.rooms.index("Room B")
    point = QPointF(60 + column * scene.column_width + 20, scene.geometry.y(datetime(2009, 6, 3, 10, 20)))
    assert scene.slot_at(point) == (datetime(2009, 6, 3, 10, 15), "Room B")
    dialog = tab.add_dialog(*scene.slot_at(point))
    assert dialog.form.value("starts_at") == datetime(2009, 6, 3, 10, 15) and dialog.form.value("location") == "Room B"


def test_a_new_arrival_marks_the_speakers_item(tab, context, event_ids):
    with context.read() as session:
        rows = participants.participations_of(session, event_ids["ECRI"])
    horst = next(participation for participation, person in rows if person.family_name == "Domdey")
    context.perform(
        ChangeParticipation(
            horst.id,
            {"arrives_on": MUNICH.date() + timedelta(days=1), "departs_on": MUNICH.date() + timedelta(days=2)},
        ),
    )
    title = "The biotech landscape in Bavaria and the Bavarian Biotechnology Cluster"
    row = [text for _, text in shown(tab)].index(title)
    assert "Horst Domdey arrives" in tab.table.model().index(row, TITLE).data(Qt.ItemDataRole.ToolTipRole)


def test_the_actions_have_the_shortcuts_of_the_app(tab):
    assert tab.add_action.shortcut() == shortcuts.ADD_ITEM and tab.delete_action.shortcut() == shortcuts.DELETE
    assert tab.edit_action.shortcut() == shortcuts.EDIT and tab.duplicate_action.shortcut() == shortcuts.DUPLICATE
    assert {action.text() for action in tab.actions()} >= {"Add item…", "Edit…", "Duplicate", "Delete…"}


def test_stretching_the_bottom_edge_with_the_mouse_changes_the_length(tab, context, event_ids, qtbot):
    tab.show_view(1)
    view, scene = tab.timeline, tab.timeline.timeline
    rect = scene.blocks[item_id(tab, "Open discussion")].rect()
    edge = view.mapFromScene(QPointF(rect.center().x(), rect.bottom() - 2))
    lower = view.mapFromScene(QPointF(rect.center().x(), rect.bottom() - 2 + 20 * scene.geometry.px_per_minute))
    qtbot.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=edge)
    qtbot.mouseMove(view.viewport(), pos=lower)
    qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=lower)
    qtbot.waitUntil(lambda: context.undo_stack.count() == 1)
    after = dict(stored(context, event_ids["ECRI"]))
    assert after["Open discussion"] == "15:45–17:05" and after["Dinner"] == "19:30–21:30"
    assert context.undo_stack.undoText() == "Change length of agenda item"


def test_enter_edits_and_delete_asks_then_deletes_from_the_keyboard(
    tab, context, event_ids, qtbot, monkeypatch, answer_yes
):
    tab.show()
    tab.activateWindow()
    qtbot.waitUntil(tab.isActiveWindow)
    tab.show_item("agenda_item", item_id(tab, "Coffee"))
    tab.table.setFocus()
    qtbot.waitUntil(tab.table.hasFocus)
    opened = []
    monkeypatch.setattr(tab, "edit_item", lambda item_id=None: opened.append(tab.selected_entry().title))
    qtbot.keyClick(tab.table, Qt.Key.Key_Return)
    assert opened == ["Coffee"]
    qtbot.keyClick(tab.table, Qt.Key.Key_Delete)
    assert "Coffee" not in dict(stored(context, event_ids["ECRI"]))
    assert context.undo_stack.undoText() == "Delete agenda item"
