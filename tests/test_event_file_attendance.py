"""Who was present on which day travels with the event file, and so does
a morning-and-afternoon signature sheet; older files read as before."""

from __future__ import annotations

import json
from datetime import date

from planner.exchange.event_export import export_event
from planner.exchange.event_file import dumps
from planner.exchange.event_import import import_event_bytes
from planner.services import attendance, events, participants


def test_marks_of_presence_and_half_day_sheets_survive_an_event_file(store, samples):
    munich = samples["ECRI"]
    with store.write() as session:
        events.update_event(session, munich, attendance_halves=True)
        someone, other = (row.person_id for row in participants.participant_rows(session, munich)[:2])
        attendance.set_present(session, munich, someone, date(2018, 3, 23), "morning", True, "door")
        attendance.set_present(session, munich, someone, date(2018, 3, 23), "afternoon", True, "sheet")
        attendance.set_present(session, munich, other, date(2018, 3, 23), "morning", True, "sheet")
        written = dumps(export_event(session, munich))
    document = json.loads(written)
    assert document["event"]["attendance_halves"] is True
    assert any(part.get("present") for part in document["participants"])
    with store.write() as session:
        copy = import_event_bytes(session, written.encode() if isinstance(written, str) else written).id
        assert events.get_event(session, copy).attendance_halves
        before = attendance.marks_by_person(session, munich)
        after = attendance.marks_by_person(session, copy)
    assert sorted(after.values()) == sorted(before.values())
    assert sorted(after[someone]) == [
        (date(2018, 3, 23), "afternoon", "sheet"),
        (date(2018, 3, 23), "morning", "door"),
    ]


def test_a_file_without_marks_reads_as_before_and_writes_none(store, samples):
    with store.read() as session:
        document = json.loads(dumps(export_event(session, samples["CLUNET"])))
    assert "attendance_halves" not in document["event"]
    assert not any("present" in part for part in document["participants"])
