"""Calendar ▸ Import calendar with a calendar imported before: the changes
are shown first, Apply makes them as one undoable step, Cancel leaves the
event as it was."""

from __future__ import annotations

from datetime import timedelta

from icalendar import Calendar
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox

from planner.calendar.update_plan import CalendarPlan
from planner.services import agenda, events
from planner.ui.calendar_plan import CHANGES_SHOWN, CalendarPlanDialog
from tests.ui.conftest import event_id_of, finish

CHANGES = ["Title: 'Forum' → 'Danube forum'", "Welcome coffee moves from Tue 9:00 to Tue 9:30"]


def test_the_plan_dialog_lists_the_changes_and_applies_or_not(qtbot):
    dialog = CalendarPlanDialog(CalendarPlan(1, "Forum", list(CHANGES)), "forum.ics")
    qtbot.addWidget(dialog)
    assert dialog.text() == "forum.ics is a newer calendar of “Forum”. Importing it makes these 2 changes:"
    assert (
        dialog.informativeText()
        == "• Title: 'Forum' → 'Danube forum'\n• Welcome coffee moves from Tue 9:00 to Tue 9:30"
    )
    assert dialog.apply_button.text() == "Apply"
    QTimer.singleShot(0, dialog.apply_button.click)
    assert dialog.applies()

    cancelled = CalendarPlanDialog(CalendarPlan(1, "Forum", list(CHANGES)), "forum.ics")
    qtbot.addWidget(cancelled)
    QTimer.singleShot(0, cancelled.button(QMessageBox.StandardButton.Cancel).click)
    assert not cancelled.applies()


def test_a_long_plan_shows_the_first_changes_and_all_in_the_details(qtbot):
    changes = [f"New item: Talk {number} (Tue 9:00–9:30)" for number in range(CHANGES_SHOWN + 3)]
    dialog = CalendarPlanDialog(CalendarPlan(1, "Forum", changes), "forum.ics")
    qtbot.addWidget(dialog)
    assert dialog.informativeText().splitlines()[-1] == "… and 3 more"
    assert dialog.detailedText().splitlines() == changes


def items_by_title(context, event_id):
    with context.read() as session:
        return {item.title: (item.starts_at, item.ends_at) for item in agenda.items_of(session, event_id)}


def test_own_calendar_imported_again_asks_then_updates_and_undo_restores(qtbot, window, context, tmp_path, monkeypatch):
    munich = event_id_of(context, "study_visit")
    window.open_event(munich)
    exported = tmp_path / "munich.ics"
    finish(qtbot, window, window.files.export_calendar_file(exported))
    before = items_by_title(context, munich)
    title, (start, end) = next(iter(before.items()))
    calendar = Calendar.from_ical(exported.read_bytes())
    for component in calendar.walk("VEVENT"):
        if str(component["SUMMARY"]) == title:
            component["DTSTART"].dt += timedelta(minutes=15)
            component["DTEND"].dt += timedelta(minutes=15)
    edited = tmp_path / "edited.ics"
    edited.write_bytes(calendar.to_ical())

    asked: list[CalendarPlanDialog] = []

    def cancel(dialog: CalendarPlanDialog) -> bool:
        asked.append(dialog)
        return False

    monkeypatch.setattr(CalendarPlanDialog, "applies", cancel)
    assert window.files.import_calendar_file(edited) is None  # Cancel
    assert items_by_title(context, munich) == before
    moved = f"{title} moves from {start:%a} {start.hour}:{start:%M} to "
    assert asked[0].informativeText().startswith(f"• {moved}")

    monkeypatch.setattr(CalendarPlanDialog, "applies", lambda dialog: True)
    finish(qtbot, window, window.files.import_calendar_file(edited))
    assert window.current_event_id() == munich
    after = items_by_title(context, munich)
    assert after[title] == (start + timedelta(minutes=15), end + timedelta(minutes=15))
    assert window.undo_action.text() == "&Undo Import calendar"
    window.undo_action.trigger()
    assert items_by_title(context, munich) == before


def test_a_calendar_that_changes_nothing_is_reported(qtbot, window, context, tmp_path, monkeypatch):
    munich = event_id_of(context, "study_visit")
    window.open_event(munich)
    exported = tmp_path / "munich.ics"
    finish(qtbot, window, window.files.export_calendar_file(exported))
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text, *args: told.append(text))
    count = context.undo_stack.count()
    assert window.files.import_calendar_file(exported) is None
    with context.read() as session:
        title = events.get_event(session, munich).title
    assert told == [f"munich.ics: Nothing changes: the calendar says what “{title}” already holds"]
    assert context.undo_stack.count() == count
