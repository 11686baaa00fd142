"""Calendar ▸ Message templates…: the shipped templates read-only, a copy
edited with placeholders inserted and a live preview for a participant of
the event shown, new and delete; every change undone with Edit ▸ Undo."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from shiboken6 import isValid

from planner.services import templates
from planner.services.template_text import PLACEHOLDERS
from planner.ui.templates_dialog import TemplatesDialog

REMINDER = "Reminder (the day before)"


@pytest.fixture
def dialog(window, event_ids, qtbot):
    window.open_event(event_ids["ECRI"])
    window.calendar.templates_action.trigger()
    opened = window.findChild(TemplatesDialog)
    assert opened is not None and opened.isVisible()
    yield opened
    if isValid(opened):  # closed by the test, the dialog is gone
        opened.close()


def names(dialog) -> list[str]:
    return [dialog.list.item(row).text() for row in range(dialog.list.count())]


def own(context) -> list[templates.Template]:
    with context.read() as session:
        return templates.own_templates(session)


def choose_participant(dialog, name: str) -> None:
    dialog.participant.setCurrentIndex(dialog.participant.findText(name))


def test_shipped_templates_are_listed_read_only_with_a_preview(dialog):
    assert names(dialog) == [
        "Practical information (a week before) (shipped)",
        "Reminder (the day before) (shipped)",
        "Thank you, with the conclusions report (shipped)",
    ]
    assert dialog.body.isReadOnly() and dialog.subject.isReadOnly()
    assert not dialog.delete_button.isEnabled() and dialog.copy_button.isEnabled()
    choose_participant(dialog, "Paweł Łoś")
    assert "Dear Paweł," in dialog.preview.toPlainText()
    choose_participant(dialog, "Tobias Bäumler")
    # The practical information needs a hotel Tobias Bäumler has not got: said before anything is sent.
    assert "Tobias Bäumler: no journey there ({arrival})" in dialog.preview.toPlainText()
    assert "no hotel ({hotel})" in dialog.preview.toPlainText()


def test_a_copy_is_edited_with_placeholders_inserted_saved_and_undone(dialog, context, qtbot):
    dialog.list.setCurrentRow(1)
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert dialog.current().name == "Copy of Reminder (the day before)"
    assert not dialog.body.isReadOnly()

    dialog.body.setPlainText("Dear ")
    cursor = dialog.body.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    dialog.body.setTextCursor(cursor)
    dialog.placeholders.setCurrentRow(list(PLACEHOLDERS).index("given_name"))
    qtbot.mouseClick(dialog.insert_button, Qt.MouseButton.LeftButton)
    dialog.body.insertPlainText(", your hotel: ")
    dialog.placeholders.setCurrentRow(list(PLACEHOLDERS).index("hotel"))
    qtbot.mouseClick(dialog.insert_button, Qt.MouseButton.LeftButton)
    assert dialog.body.toPlainText() == "Dear {given_name}, your hotel: {hotel}"

    choose_participant(dialog, "Paweł Łoś")
    assert "Dear Paweł, your hotel: Hotel Isarbogen Garten" in dialog.preview.toPlainText()
    choose_participant(dialog, "Tobias Bäumler")
    assert dialog.preview.toPlainText().startswith("Missing, so not sent unless you say so: Tobias Bäumler: no hotel")

    assert dialog.save_button.isEnabled()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    [saved] = own(context)
    assert saved.body == "Dear {given_name}, your hotel: {hotel}"

    context.undo_stack.undo()  # the change
    with context.read() as session:
        assert own(context)[0].body == templates.find_template(session, REMINDER).body
    assert dialog.body.toPlainText() == own(context)[0].body
    context.undo_stack.undo()  # the copy
    assert own(context) == []
    assert len(names(dialog)) == 3


def test_an_unknown_placeholder_shows_in_the_preview_and_is_not_saved(dialog, context, qtbot, warnings_shown):
    qtbot.mouseClick(dialog.new_button, Qt.MouseButton.LeftButton)
    assert dialog.current().name == "New template"
    dialog.body.setPlainText("Dear {given_name}, see you at {hotle}")
    assert "Cannot be filled in: body: {hotle} is not a placeholder Planner knows" in dialog.preview.toPlainText()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert warnings_shown and "{hotle} is not a placeholder" in warnings_shown[0]
    assert own(context)[0].body == "Dear {given_name},\n\n"


def test_delete_asks_and_undo_brings_the_template_back(dialog, context, qtbot, answer_yes):
    qtbot.mouseClick(dialog.new_button, Qt.MouseButton.LeftButton)
    dialog.name.setText("Welcome pack")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "Welcome pack" in names(dialog)
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    assert own(context) == [] and "Welcome pack" not in names(dialog)
    context.undo_stack.undo()
    assert [template.name for template in own(context)] == ["Welcome pack"]
    assert "Welcome pack" in names(dialog)


def test_closing_saves_what_was_typed(dialog, context, qtbot):
    qtbot.mouseClick(dialog.new_button, Qt.MouseButton.LeftButton)
    dialog.subject.setText("Your visit to {venue_city}")
    dialog.reject()
    assert not dialog.isVisible()
    assert [template.subject for template in own(context)] == ["Your visit to {venue_city}"]
