"""After a calendar import the window shows what was changed or left
aside (the notes), and shows nothing more when there is nothing to say."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from planner.services import agenda
from tests.ui.conftest import finish

REAL = Path(__file__).resolve().parent.parent / "data" / "ics" / "real"


@pytest.fixture
def information_shown(monkeypatch) -> list[tuple[str, str]]:
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        QMessageBox, "information", lambda _parent, title, text, *args, **kwargs: shown.append((title, text))
    )
    return shown


def test_the_notes_of_an_import_are_shown_once_it_is_done(qtbot, window, context, information_shown, warnings_shown):
    finish(qtbot, window, window.files.import_calendar_file(REAL / "rfc9253_untitled_instants.ics"))
    new_id = window.current_event_id()
    with context.read() as session:
        assert len(agenda.items_of(session, new_id)) == 2
    [(title, text)] = information_shown
    assert title == "Calendar imported"
    assert text == (
        "Imported “rfc9253_untitled_instants” from rfc9253_untitled_instants.ics.\n\n"
        "• 2 events have no title (SUMMARY), each is called “(untitled)” (VEVENT 1, 2)\n"
        "• 2 events have no length (their end is their start): each lasts 1 minute\n"
        "• the times are written in UTC and no place names a city or country: they are taken in UTC; "
        "set the event's time zone if it is elsewhere"
    )
    assert warnings_shown == []


def test_an_import_without_notes_shows_no_message(qtbot, window, information_shown, warnings_shown):
    finish(qtbot, window, window.files.import_calendar_file(REAL / "thunderbird_alarm.ics"))
    assert window.statusBar().currentMessage() == "Imported “event with alarms” from thunderbird_alarm.ics"
    assert information_shown == [] and warnings_shown == []


def test_many_notes_are_shown_ten_and_counted(qtbot, window, tmp_path, information_shown):
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Test//EN", "X-WR-CALNAME:Open day"]
    for number in range(13):  # a single event, and twelve recurring ones, each its own series
        rule = ["RRULE:FREQ=DAILY;COUNT=2"] if number else []
        lines += ["BEGIN:VEVENT", f"UID:{number}@example.org", "DTSTAMP:20250101T000000Z", f"SUMMARY:Slot {number}",
                  "DTSTART;TZID=Europe/Rome:20250910T090000", "DTEND;TZID=Europe/Rome:20250910T100000", *rule,
                  "END:VEVENT"]  # fmt: skip
    path = tmp_path / "open-day.ics"
    path.write_bytes(("\r\n".join([*lines, "END:VCALENDAR"]) + "\r\n").encode())
    finish(qtbot, window, window.files.import_calendar_file(path))
    [(_title, text)] = information_shown
    shown = text.split("\n\n", 1)[1].splitlines()
    assert len(shown) == 11 and shown[-1] == "• … and 2 more"
    assert shown[0].startswith('• VEVENT 2 ("Slot 1") (UID 1@example.org): a recurring event (RRULE) was left aside')
