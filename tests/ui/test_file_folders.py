"""File dialogs start in the folder last used for that kind of file, not
always in the home folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog

from tests.ui.conftest import event_id_of, finish


def test_each_kind_of_file_dialog_starts_where_that_kind_was_last_saved(window, context, qtbot, tmp_path, monkeypatch):
    shared = tmp_path / "shared folder"
    calendars = tmp_path / "calendars"
    shared.mkdir()
    calendars.mkdir()
    asked: list[tuple[str, str]] = []
    answers = iter([shared / "visit.planner.json", calendars / "visit.ics"])

    def save_as(_parent, title, start, *_args, **_kwargs):
        asked.append((title, start))
        return str(next(answers)), ""

    def open_one(_parent, title, start, *_args, **_kwargs):
        asked.append((title, start))
        return "", ""  # looked, then cancelled

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", open_one)
    window.open_event(event_id_of(context, "study_visit"))
    home = str(Path.home())

    finish(qtbot, window, window.files.export_event_file())
    assert (shared / "visit.planner.json").exists()
    window.files.import_event_file()
    finish(qtbot, window, window.files.export_calendar_file())
    assert (calendars / "visit.ics").exists()
    window.files.import_calendar_file()

    (_, first), (import_event, second), (_, third), (import_calendar, fourth) = asked
    assert Path(first).parent == Path(home)  # nothing chosen yet: the home folder
    assert (import_event, second) == ("Import event file", str(shared))
    assert Path(third).parent == Path(home)  # calendars remember their own folder
    assert (import_calendar, fourth) == ("Import calendar", str(calendars))
