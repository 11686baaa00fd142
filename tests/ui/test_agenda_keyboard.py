"""Everything a drag does in the agenda's timeline, from the keyboard: the
same edits, the same rules, the same undo."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from planner.ui import shortcuts
from tests.ui.test_agenda_tab import item_id, munich, stored, tab  # noqa: F401  (the tab fixture)


@pytest.fixture
def focused(tab, qtbot):  # noqa: F811
    """The timeline shown and focused, the coffee break selected."""
    tab.show_view(1)
    tab.activateWindow()
    qtbot.waitUntil(tab.isActiveWindow)
    tab.show_item("agenda_item", item_id(tab, "Coffee"))
    tab.timeline.setFocus()
    qtbot.waitUntil(tab.timeline.hasFocus)
    return tab


def _press(qtbot, shown_tab, key, modifiers) -> None:
    qtbot.keyClick(shown_tab.timeline, key, modifiers)


ALT = Qt.KeyboardModifier.AltModifier
ALT_SHIFT = Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ShiftModifier


def test_alt_down_moves_the_selected_block_like_a_drag_and_undo_puts_it_back(focused, context, event_ids, qtbot):
    scene = focused.timeline.timeline
    coffee = item_id(focused, "Coffee")
    _press(qtbot, focused, Qt.Key.Key_Down, ALT)
    _press(qtbot, focused, Qt.Key.Key_Down, ALT)
    assert dict(stored(context, event_ids["ECRI"]))["Coffee"] == "15:40–15:55"
    assert context.undo_stack.undoText() == "Move agenda item"  # the drag's own edit
    assert scene.blocks[coffee].isSelected()  # still selected: the next press moves it again
    assert scene.blocks[coffee].rect().top() == pytest.approx(scene.geometry.y(munich(15, 40)))
    _press(qtbot, focused, Qt.Key.Key_Up, ALT)
    assert dict(stored(context, event_ids["ECRI"]))["Coffee"] == "15:35–15:50"
    for _step in range(3):  # one undo step a press
        context.undo_stack.undo()
    assert dict(stored(context, event_ids["ECRI"]))["Coffee"] == "15:30–15:45"


def test_alt_shift_changes_the_length_following_items_moving_when_asked(focused, context, event_ids, qtbot):
    focused.shift_box.setChecked(True)
    _press(qtbot, focused, Qt.Key.Key_Down, ALT_SHIFT)
    after = dict(stored(context, event_ids["ECRI"]))
    assert after["Coffee"] == "15:30–15:50" and after["Dinner"] == "19:35–21:35"
    assert context.undo_stack.undoText() == "Change length of agenda item"
    focused.shift_box.setChecked(False)
    _press(qtbot, focused, Qt.Key.Key_Up, ALT_SHIFT)
    after = dict(stored(context, event_ids["ECRI"]))
    assert after["Coffee"] == "15:30–15:45" and after["Dinner"] == "19:35–21:35"
    context.undo_stack.undo()
    context.undo_stack.undo()
    assert dict(stored(context, event_ids["ECRI"]))["Dinner"] == "19:30–21:30"


def test_an_item_never_gets_shorter_than_a_drag_allows(focused, context, event_ids, qtbot):
    for _press_number in range(5):  # 15 minutes long: two presses leave 5 minutes
        _press(qtbot, focused, Qt.Key.Key_Up, ALT_SHIFT)
    assert dict(stored(context, event_ids["ECRI"]))["Coffee"] == "15:30–15:35"
    assert context.undo_stack.count() == 2


def test_a_refused_move_from_the_keyboard_says_why_like_a_drag(tab, context, event_ids, qtbot, warnings_shown):  # noqa: F811
    tab.show_view(1)
    tab.show_item("agenda_item", item_id(tab, "Welcome"))
    before = stored(context, event_ids["ECRI"])
    for _step in range(14 * 12 + 31):  # past midnight, into the day before
        tab.earlier_action.trigger()
        if warnings_shown:
            break
    assert "would move from Fri 23 Mar to Thu 22 Mar" in warnings_shown[0]
    assert context.undo_stack.count() == 14 * 12 + 6  # every step to 00:00 was made, none after
    assert stored(context, event_ids["ECRI"])[0][1] == "00:00–00:15"
    assert before[0][1] == "14:30–14:45"


def test_the_keys_are_the_apps_and_need_a_selected_item(tab):  # noqa: F811
    assert tab.later_action.shortcut() == shortcuts.LATER and tab.longer_action.shortcut() == shortcuts.LONGER
    assert "(Alt+Down)" in tab.later_action.toolTip()
    tab.show_item("agenda_item", item_id(tab, "Coffee"))
    assert all(action.isEnabled() for action in tab.timing_actions())
    tab.day_combo.setCurrentIndex(1)  # a day whose items none is selected
    assert not any(action.isEnabled() for action in tab.timing_actions())


def test_alt_down_in_the_days_box_is_left_to_the_box(focused, context, event_ids, qtbot):
    focused.day_combo.setFocus()
    qtbot.waitUntil(focused.day_combo.hasFocus)
    qtbot.keyClick(focused.day_combo, Qt.Key.Key_Down, ALT)
    assert dict(stored(context, event_ids["ECRI"]))["Coffee"] == "15:30–15:45"
    assert context.undo_stack.count() == 0
    focused.day_combo.hidePopup()


def test_the_keys_work_in_the_list_too(focused, context, event_ids, qtbot):
    focused.show_view(0)
    focused.table.setFocus()
    qtbot.waitUntil(focused.table.hasFocus)
    qtbot.keyClick(focused.table, Qt.Key.Key_Down, ALT)
    assert dict(stored(context, event_ids["ECRI"]))["Coffee"] == "15:35–15:50"
