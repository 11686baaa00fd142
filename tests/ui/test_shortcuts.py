"""Keyboard shortcuts as a user presses them: Ctrl+Shift+Z redoes, and no
key is given to two things at once (Qt then does neither)."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction

from tests.ui.conftest import event_id_of


def _title(context, event_id: int) -> str:
    from planner.services import events

    with context.read() as session:
        return events.get_event(session, event_id).title


def test_ctrl_shift_z_redoes_wherever_the_focus_is(window, context, qtbot, qtlog):
    munich = event_id_of(context, "study_visit")
    window.open_event(munich)
    overview = window.event_view.pages[0]
    for number in range(len(window.event_view.pages)):
        overview.form.widgets["title"].setText(f"Study visit {number}")
        overview.save_field("title")
        overview.form.widgets["venue_city"].setText(f"München {number}")
        overview.save_field("venue_city")
    for page in [window.navigator, *window.event_view.pages[1:]]:
        window.undo_action.trigger()
        undone = context.undo_stack.index()
        page.setFocus()
        qtbot.keyClick(page, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
        assert context.undo_stack.index() == undone + 1, type(page).__name__
    assert _title(context, munich) == f"Study visit {len(window.event_view.pages) - 1}"
    assert not [record for record in qtlog.records if "Ambiguous" in record.message]


def test_no_key_of_the_window_is_given_to_two_of_its_commands(window):
    keys = Counter(
        sequence.toString()
        for action in window.findChildren(QAction)
        if action.shortcutContext() == Qt.ShortcutContext.WindowShortcut
        for sequence in action.shortcuts()
    )
    assert [key for key, count in keys.items() if count > 1] == []
    assert "Ctrl+Shift+Z" in keys
