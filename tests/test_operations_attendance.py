"""Attendance and programmes without a window: a participant ticked present
at the door on one day has attended; taking the last tick back makes them
confirmed again; a signed sheet entered for a day marks exactly those who
signed; a programme's statement, grant number and pictures are kept and
checked; every step undone gives back exactly what was there."""

from __future__ import annotations

import struct
import zlib
from datetime import date
from pathlib import Path

import pytest

from planner.db.models import ALL_TABLES
from planner.errors import PlannerError
from planner.operations import perform, replay
from planner.operations.attendance import (
    ImportProgrammeImage,
    MarkPresent,
    RecordSignedSheet,
    SaveProgramme,
    SetProgrammeImage,
    SignInHalves,
)
from planner.services import attendance, participants, programmes
from planner.services.errors import InvalidInput
from planner.services.participants import participant_rows
from tests.databases import data_of

pytestmark = pytest.mark.both_back_ends  # each test on a database file and on PostgreSQL

FIRST, SECOND = date(2009, 6, 3), date(2009, 6, 4)  # the Madrid workshop's days


def png() -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", 2, 2, 8, 2, 0, 0, 0)
    rows = b"".join(b"\x00" + b"\x00\x33\x99" * 2 for _ in range(2))
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b"")


def _dump(store) -> dict:
    with store.engine.connect() as connection:
        return {
            model.__tablename__: sorted((tuple(row) for row in connection.execute(data_of(model))), key=repr)
            for model in ALL_TABLES
        }


def _rows(store, event_id: int):
    with store.read() as session:
        return {row.family_name: row for row in participant_rows(session, event_id)}


@pytest.fixture
def madrid(store, samples) -> int:
    """The Madrid workshop as it is on its first morning: those who attended
    in the samples are confirmed, nobody is marked yet."""
    event_id = samples["Improvement"]
    with store.write() as session:
        for row in participant_rows(session, event_id):
            if row.status == "attended":
                participants.update_participation(session, row.participation_id, status="confirmed")
    return event_id


def _confirmed(store, event_id: int) -> list:
    return [row for row in _rows(store, event_id).values() if row.status == "confirmed"]


def test_ticked_at_the_door_a_participant_has_attended_and_undo_takes_it_back(store, madrid):
    before = _dump(store)
    someone = _confirmed(store, madrid)[0]
    done = perform(store, MarkPresent(madrid, someone.person_id, FIRST))
    assert done.result is True and done.operation.label == "Mark present"
    assert _rows(store, madrid)[someone.family_name].status == "attended"
    with store.read() as session:
        assert attendance.present_people(session, madrid, FIRST) == {someone.person_id}
        assert attendance.present_people(session, madrid, SECOND) == frozenset()
    after = _dump(store)
    replay(store, done.changes, "before")
    assert _dump(store) == before
    replay(store, done.changes, "after")
    assert _dump(store) == after


def test_ticked_twice_changes_nothing_and_the_last_tick_taken_back_makes_them_confirmed(store, madrid):
    someone = _confirmed(store, madrid)[0]
    perform(store, MarkPresent(madrid, someone.person_id, FIRST))
    perform(store, MarkPresent(madrid, someone.person_id, SECOND))
    again = perform(store, MarkPresent(madrid, someone.person_id, SECOND))
    assert again.result is False and again.changes.empty
    perform(store, MarkPresent(madrid, someone.person_id, FIRST, present=False))
    assert _rows(store, madrid)[someone.family_name].status == "attended"  # still there on the second day
    done = perform(store, MarkPresent(madrid, someone.person_id, SECOND, present=False))
    assert done.operation.label == "Mark not present"
    assert _rows(store, madrid)[someone.family_name].status == "confirmed"


def test_a_day_outside_the_event_or_someone_not_taking_part_is_refused_and_nothing_is_written(store, madrid, samples):
    before = _dump(store)
    someone = _confirmed(store, madrid)[0]
    with pytest.raises(InvalidInput, match="is not one of the event's days"):
        perform(store, MarkPresent(madrid, someone.person_id, date(2009, 6, 5)))
    with pytest.raises(InvalidInput, match="not a part of the day"):
        perform(store, MarkPresent(madrid, someone.person_id, FIRST, part="evening"))
    outsider = next(
        row for row in _rows(store, samples["ECRI"]).values() if row.family_name not in _rows(store, madrid)
    )
    with pytest.raises(InvalidInput, match="does not take part in the event"):
        perform(store, MarkPresent(madrid, outsider.person_id, FIRST))
    assert _dump(store) == before


def test_a_signed_sheet_marks_exactly_those_who_signed_that_day(store, madrid):
    coming = _confirmed(store, madrid)
    signed = frozenset(row.person_id for row in coming[:3])
    perform(store, MarkPresent(madrid, coming[4].person_id, FIRST))  # ticked at the door, but did not sign
    done = perform(store, RecordSignedSheet(madrid, FIRST, signed))
    assert done.result == 4  # three marked, one taken back
    with store.read() as session:
        assert attendance.present_people(session, madrid, FIRST) == signed
    rows = _rows(store, madrid)
    assert {row.person_id for row in rows.values() if row.status == "attended"} == signed


def test_morning_and_afternoon_are_marked_apart_where_the_event_asks_for_it(store, madrid):
    perform(store, SignInHalves(madrid, True))
    someone = _confirmed(store, madrid)[0]
    perform(store, MarkPresent(madrid, someone.person_id, FIRST, part="afternoon"))
    with store.read() as session:
        marks = attendance.presence(session, madrid)
        assert marks[FIRST].parts == {"afternoon": frozenset({someone.participation_id})}
        assert attendance.present_people(session, madrid, FIRST, "morning") == frozenset()


def test_a_programme_keeps_its_statement_grant_number_and_pictures_and_undo_takes_them_back(store, madrid):
    before = _dump(store)
    saved = perform(store, SaveProgramme("CLUNET", "Co-funded by the European Union", "101083928"))
    logo = perform(store, SetProgrammeImage("clunet", "logo", png()))  # the same programme, case aside
    with store.read() as session:
        found = programmes.event_programme(session, madrid)
    assert found is not None
    assert (found.name, found.funding_statement, found.grant_number) == (
        "CLUNET",
        "Co-funded by the European Union",
        "101083928",
    )
    assert found.logo == png() and found.emblem is None
    replay(store, logo.changes, "before")
    replay(store, saved.changes, "before")
    assert _dump(store) == before


def test_a_picture_that_is_not_png_or_jpeg_is_refused_by_its_name(store, tmp_path: Path):
    before = _dump(store)
    text = tmp_path / "logo.gif"
    text.write_bytes(b"GIF89a....")
    with pytest.raises(InvalidInput, match="the funder's emblem must be a PNG, JPEG or SVG picture"):
        perform(store, ImportProgrammeImage("CLUNET", "emblem", text))
    with pytest.raises(PlannerError, match="cannot be read"):
        perform(store, ImportProgrammeImage("CLUNET", "logo", tmp_path / "missing.png"))
    assert _dump(store) == before
    picture = tmp_path / "logo.png"
    picture.write_bytes(png())
    perform(store, ImportProgrammeImage("CLUNET", "logo", picture))
    with store.read() as session:
        assert programmes.programme_named(session, "CLUNET").logo == png()


def test_the_command_line_marks_present_and_records_a_signed_sheet_as_the_window_does(store, madrid):
    from planner.operations.registry import build

    coming = _confirmed(store, madrid)
    ticked = build("mark-present", [f"event_id={madrid}", f"person_id={coming[0].person_id}", "day=2009-06-03"])
    assert ticked == MarkPresent(madrid, coming[0].person_id, FIRST)
    sheet = build(
        "record-signed-sheet",
        [f"event_id={madrid}", "day=2009-06-04", f"person_ids={coming[1].person_id},{coming[2].person_id}"],
    )
    assert perform(store, sheet).result == 2
    halves = build("sign-in-halves", [f"event_id={madrid}", "halves=yes"])
    perform(store, halves)
    with store.read() as session:
        assert attendance.present_people(session, madrid, SECOND) == {coming[1].person_id, coming[2].person_id}
