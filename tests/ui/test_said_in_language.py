"""What Planner itself says, shown by the window in the window's language:
a refused edit's message and the name of the step the Edit menu undoes."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QMessageBox

from planner.operations.events import ChangeEvent
from planner.operations.participants import RemoveParticipants
from planner.services import events
from planner.services.language import SOURCE_LANGUAGE, set_interface_language


@pytest.fixture
def german():
    set_interface_language("de")
    yield
    set_interface_language(SOURCE_LANGUAGE)


@pytest.fixture
def warnings(monkeypatch) -> list[tuple[str, str]]:
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda _parent, title, text, *args, **kwargs: shown.append((title, text))
    )
    return shown


def _first_event(context) -> int:
    with context.read() as session:
        return events.list_events(session)[0].id


def test_a_refused_edit_is_explained_in_german(context, german, warnings):
    event_id = _first_event(context)
    done = context.try_perform(
        None, ChangeEvent(event_id, {"starts_on": date(2026, 3, 5), "ends_on": date(2026, 3, 1)})
    )
    assert done is None
    [(_title, text)] = warnings
    assert "Der letzte Tag (" in text and ") liegt vor dem ersten Tag (" in text
    assert "März 2026" in text  # the days too, in German
    assert text.startswith("Der letzte Tag")  # not the field's internal name ("ends_on: …")
    assert context.undo_stack.count() == 0


def test_the_edit_menu_names_the_step_in_german(context, german):
    event_id = _first_event(context)
    context.perform(ChangeEvent(event_id, {"title": "Partnertreffen"}))
    assert context.undo_stack.undoText() == "Titel ändern"
    context.undo()
    assert context.undo_stack.redoText() == "Titel ändern"


def test_a_count_in_a_step_takes_the_language_s_plural(german):
    assert RemoveParticipants((1, 2, 3)).shown_label == "3 Teilnehmende entfernen"
    assert RemoveParticipants((1,)).shown_label == "Teilnehmende Person entfernen"
    set_interface_language("pl")
    assert RemoveParticipants((1, 2, 3)).shown_label == "Usunięcie 3 uczestników"
    # What is recorded stays English.
    assert RemoveParticipants((1, 2, 3)).label == "Remove 3 participants"


def test_in_english_the_step_is_run_into_the_sentence(context, warnings):
    event_id = _first_event(context)
    context.try_perform(None, ChangeEvent(event_id, {"starts_on": date(2026, 3, 5), "ends_on": date(2026, 3, 1)}))
    [(title, text)] = warnings
    assert title == "Cannot save this"
    assert "The last day (" in text
