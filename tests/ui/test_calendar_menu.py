"""The Calendar menu: personal calendars for the participants selected in
the Participants tab, one file for one person, a folder for several, read
back by a second parser."""

from __future__ import annotations

import hashlib

from planner.services import logistics, participants
from tests.ui.conftest import finish
from tests.vobject_reading import read_calendar


def summaries(path) -> list[str]:
    return [component.summary.value for component in read_calendar(path.read_text("utf-8")).vevent_list]


def routes(context, event_id, person_id) -> set[str]:
    with context.read() as session:
        return {
            f"{leg.from_place} → {leg.to_place}"
            for leg in logistics.legs_of(session, event_id)
            if leg.person_id == person_id
        }


def travellers(context, event_id) -> dict[str, int]:
    """Participants of the event who travel, by full name."""
    with context.read() as session:
        legs = logistics.legs_of(session, event_id)
        travelling = {leg.person_id for leg in legs}
        return {
            person.full_name: person.id
            for _participation, person in participants.participations_of(session, event_id)
            if person.id in travelling
        }


def test_the_calendar_menu_holds_the_calendars_in_and_out(window):
    titles = [action.text() for action in window.menuBar().actions()]
    assert "&Calendar" in titles
    inside = window.calendar.menu.actions()
    assert window.files.export_calendar_action in inside and window.files.import_calendar_action in inside
    assert window.calendar.personal_action in inside and window.replies.import_action in inside


def test_personal_calendars_of_the_selected_participants_one_file_each(qtbot, window, context, event_ids, tmp_path):
    munich = event_ids["ECRI"]
    window.open_event(munich)
    assert not window.calendar.personal_action.isEnabled()  # nobody selected yet
    people = travellers(context, munich)
    chosen = sorted(people)[:2]
    context.set_selected_people(frozenset(people[name] for name in chosen))
    assert window.calendar.personal_action.isEnabled()

    folder = tmp_path / "calendars"
    finish(qtbot, window, window.calendar.export_personal_calendars(folder, with_actions=True))
    files = sorted(folder.iterdir())
    assert [path.suffix for path in files] == [".ics", ".ics"]
    for name, path in zip(chosen, files, strict=True):
        calendar = read_calendar(path.read_text("utf-8"))
        assert name in calendar.contents["x-wr-calname"][0].value
        # Their own travel is in their calendar, each leg named by its ends.
        written = " | ".join(summaries(path))
        assert all(route in written for route in routes(context, munich, people[name]))
    assert "written to" in window.statusBar().currentMessage()


def test_one_participant_gets_one_file_and_another_kind_of_file_is_not_replaced(
    qtbot, window, context, event_ids, tmp_path, warnings_shown, monkeypatch
):
    munich = event_ids["ECRI"]
    window.open_event(munich)
    name, person_id = sorted(travellers(context, munich).items())[0]
    context.set_selected_people(frozenset({person_id}))
    assert window.calendar.personal_action.text() == "Export &personal calendar…"

    notes = tmp_path / "notes.ics"
    notes.write_bytes(b"%PDF-1.7 my notes")
    kept = hashlib.sha256(notes.read_bytes()).hexdigest()
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: QMessageBox.StandardButton.No)
    assert window.calendar.export_personal_calendars(notes, with_actions=False) is None
    assert hashlib.sha256(notes.read_bytes()).hexdigest() == kept

    target = tmp_path / "mine.ics"
    finish(qtbot, window, window.calendar.export_personal_calendars(target, with_actions=False))
    assert name in read_calendar(target.read_text("utf-8")).contents["x-wr-calname"][0].value


def test_the_backup_folder_and_the_database_are_never_targets(qtbot, window, context, event_ids, warnings_shown):
    munich = event_ids["ECRI"]
    window.open_event(munich)
    people = travellers(context, munich)
    context.set_selected_people(frozenset(people.values()))
    database = context.store.path
    before = hashlib.sha256(database.read_bytes()).hexdigest()
    backups = next(iter(context.store.protected().folders))
    assert window.calendar.export_personal_calendars(backups, with_actions=False) is None
    assert "backup folder" in warnings_shown[-1]
    context.set_selected_people(frozenset(list(people.values())[:1]))
    assert window.calendar.export_personal_calendars(database, with_actions=False) is None
    assert "the database itself" in warnings_shown[-1]
    assert hashlib.sha256(database.read_bytes()).hexdigest() == before
