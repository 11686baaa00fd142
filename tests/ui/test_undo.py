"""Undo and redo in the window as a user meets them: one step per field
however often it is changed, a step refused (and kept) when someone
changed the same thing since, the menu naming each step."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from planner.services import events
from tests.ui.conftest import event_id_of

PLANNER = str(Path(sys.executable).parent / "planner")


def _title(context, event_id: int) -> str:
    with context.read() as session:
        return events.get_event(session, event_id).title


def _type_into(overview, name: str, text: str) -> None:
    overview.form.widgets[name].setText(text)
    overview.save_field(name)


def test_a_field_changed_again_and_again_is_one_undo_step(window, context):
    munich = event_id_of(context, "study_visit")
    window.open_event(munich)
    overview = window.event_view.pages[0]
    original = _title(context, munich)
    for text in ("Study visit", "Study visit to BioM", "Study visit to BioM, spring"):
        _type_into(overview, "title", text)
    assert context.undo_stack.count() == 1
    assert window.undo_action.text() == "&Undo Change title"
    _type_into(overview, "venue_city", "München")
    assert context.undo_stack.count() == 2  # another field is another step
    window.undo_action.trigger()
    window.undo_action.trigger()
    assert _title(context, munich) == original
    assert overview.form.value("title") == original
    window.redo_action.trigger()
    assert _title(context, munich) == "Study visit to BioM, spring"


def test_an_undo_after_a_command_changed_the_same_field_is_refused_says_why_and_stays(
    window, context, data_dir, monkeypatch
):
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, title, text, *args: shown.append((title, text)))
    munich = event_id_of(context, "study_visit")
    window.open_event(munich)
    overview = window.event_view.pages[0]
    _type_into(overview, "title", "Study visit (spring)")
    _type_into(overview, "venue_city", "München")
    # A colleague's command renames the event while the window is open.
    subprocess.run(
        [PLANNER, "--db", str(context.store.path), "do", "change-event", f"event_id={munich}",
         "changes.title=Renamed by a colleague"],
        check=True, capture_output=True, env=os.environ | {"PLANNER_DATA_DIR": str(data_dir)},
    )  # fmt: skip
    window.undo_action.trigger()  # the city: nobody else touched it
    with context.read() as session:
        assert events.get_event(session, munich).venue_city != "München"
    assert shown == []
    window.undo_action.trigger()  # the title: changed elsewhere since
    assert _title(context, munich) == "Renamed by a colleague"
    [(title, text)] = shown
    assert title == "Undo refused"
    assert text.startswith("Cannot undo “Change title”: the event ‘Study visit (spring)’ was changed elsewhere since")
    assert "‘Renamed by a colleague’" in text and text.endswith("Nothing was changed.")
    assert context.undo_stack.canUndo() and window.undo_action.text() == "&Undo Change title"
    assert window.redo_action.text() == "&Redo Change city"
