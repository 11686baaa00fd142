"""The caps themselves: texts by what they hold, an event's length, the
workbook's cells, the time zones an .ics defines, the unfolding of long
lines. Each asserts the cap, never a clock."""

from __future__ import annotations

import io
import zipfile
from datetime import date

import pytest

from planner.calendar import ics_entries
from planner.calendar.ics_entries import MOST_DEFINED_ZONES
from planner.calendar.ics_import import import_ics
from planner.calendar.ics_syntax import IcsImportError, _unfolded
from planner.exchange.participant_table import ParticipantFileError
from planner.exchange.xlsx_limits import LONGEST_CELL, check_workbook
from planner.services import events, values
from planner.services.errors import InvalidInput


def test_names_and_titles_are_one_line_and_texts_keep_their_lines():
    assert values.line(" Anna\r\nMaria\x00 \u2028Schmidt\t\x1b ", "given_name") == "Anna Maria Schmidt"
    assert values.text("first\r\nsecond\rthird\x00\x07\ttab", "notes") == "first\nsecond\nthird\ttab"
    with pytest.raises(InvalidInput, match=r"^title: character 3 is a lone surrogate"):
        values.line("ab\ud800", "title")


@pytest.mark.parametrize(
    ("check", "limit"),
    [(values.line, values.NAME), (values.text, values.DESCRIPTION)],
)
def test_a_text_longer_than_what_it_holds_is_refused_naming_the_field(check, limit):
    assert check("x" * limit, "field") == "x" * limit
    with pytest.raises(InvalidInput, match=rf"^field: longer than {limit:,} characters \(it has {limit + 1:,}\)"):
        check("x" * (limit + 1), "field")


def test_a_message_repeats_a_value_on_one_line_cut_short():
    assert values.shown("a\nb\x00c\ud800" + "x" * 10_000_000) == "a bc\ufffd" + "x" * 54 + "…"


def test_an_event_lasts_at_most_its_cap_when_made_and_when_changed(session):
    last = date(2026, 3, 1).toordinal() + events.LONGEST_EVENT_DAYS - 1
    fields = {"title": "Long", "kind": "conference", "starts_on": date(2026, 3, 1), "timezone": "Europe/Berlin"}
    event = events.create_event(session, **fields, ends_on=date.fromordinal(last))
    with pytest.raises(InvalidInput, match=rf"^ends_on: .* is {events.LONGEST_EVENT_DAYS + 1} days"):
        events.create_event(session, **fields, ends_on=date.fromordinal(last + 1))
    with pytest.raises(InvalidInput, match=r"^ends_on: .*link them \(part_of\)"):
        events.update_event(session, event.id, ends_on=date(2026, 12, 31))


def test_unfolding_joins_every_piece_of_a_long_line_once():
    pieces = [f"{index:05d}" for index in range(20_000)]
    text = "\r\n".join(
        ["BEGIN:VCALENDAR", "DESCRIPTION:" + pieces[0], *(" " + piece for piece in pieces[1:]), "END:VCALENDAR"]
    )
    assert _unfolded(text) == [(1, "BEGIN:VCALENDAR"), (2, "DESCRIPTION:" + "".join(pieces)), (20_002, "END:VCALENDAR")]


def custom_zones(count: int, *, same: bool) -> bytes:
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:test"]
    for number in range(count):
        standard = "16011028T030000" if same else f"{1601 + number}1028T030000"
        lines += [
            "BEGIN:VTIMEZONE", f"TZID:Custom {number}", "BEGIN:STANDARD", f"DTSTART:{standard}",
            "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "END:STANDARD",
            "BEGIN:DAYLIGHT", "DTSTART:16010325T020000", "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3",
            "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "END:DAYLIGHT", "END:VTIMEZONE",
        ]  # fmt: skip
    for number in range(count):
        hour = 9 + number % 8
        lines += [
            "BEGIN:VEVENT", f"UID:{number}", "DTSTAMP:20260101T000000Z",
            f"DTSTART;TZID=Custom {number}:20260301T{hour:02d}0000",
            f"DTEND;TZID=Custom {number}:20260301T{hour + 1:02d}0000", f"SUMMARY:Item {number}", "END:VEVENT",
        ]  # fmt: skip
    return "\r\n".join([*lines, "END:VCALENDAR", ""]).encode()


def test_a_vtimezone_repeated_under_many_names_is_matched_once(session, monkeypatch):
    matched = []
    original = ics_entries.Zones._match
    monkeypatch.setattr(ics_entries.Zones, "_match", lambda self, *args: matched.append(1) or original(self, *args))
    [event] = import_ics(session, custom_zones(300, same=True))
    assert event.timezone == "Europe/Berlin" and len(matched) == 1


def test_more_time_zones_of_its_own_than_a_calendar_needs_are_refused(session):
    with pytest.raises(
        IcsImportError,
        match=rf'^VEVENT {MOST_DEFINED_ZONES + 1} \("Item {MOST_DEFINED_ZONES}"\): the start \(DTSTART\): the file defines more than {MOST_DEFINED_ZONES} time zones',
    ):
        import_ics(session, custom_zones(MOST_DEFINED_ZONES + 1, same=False))


def shared_string_workbook(texts: list[str], cells: dict[str, int]) -> bytes:
    """A minimal workbook whose cells show shared strings, as Excel writes."""
    main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    relations = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    shown = "".join(f'<c r="{cell}" t="s"><v>{index}</v></c>' for cell, index in cells.items())
    strings = "".join(f"<si><t>{text}</t></si>" for text in texts)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/workbook.xml", f'<workbook xmlns="{main}" xmlns:r="{relations}"/>')
        archive.writestr("xl/sharedStrings.xml", f'<sst xmlns="{main}">{strings}</sst>')
        archive.writestr(
            "xl/worksheets/sheet1.xml",
            f'<worksheet xmlns="{main}"><sheetData><row r="1">{shown}</row></sheetData></worksheet>',
        )
    return out.getvalue()


def test_a_long_shared_string_is_named_by_the_cell_that_shows_it():
    data = shared_string_workbook(["Name", "x" * (LONGEST_CELL + 1)], {"A1": 0, "C1": 1})
    with pytest.raises(ParticipantFileError, match=rf"^list.xlsx: cell C1 holds more than {LONGEST_CELL:,} characters"):
        check_workbook(data, "list.xlsx")
    with pytest.raises(ParticipantFileError, match=r"^list.xlsx: shared text 2, which no cell shows, holds more"):
        check_workbook(shared_string_workbook(["Name", "x" * (LONGEST_CELL + 1)], {"A1": 0}), "list.xlsx")
    check_workbook(shared_string_workbook(["Name", "x" * LONGEST_CELL], {"A1": 0, "C1": 1}), "list.xlsx")
