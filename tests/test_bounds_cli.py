"""Hostile and out-of-bounds input on the command line, each as the input
that found it, generated here: a clear one-line message naming the place,
exit status 1, and every file in the folder unchanged."""

from __future__ import annotations

import hashlib
import io
import json
import sqlite3
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook

from planner.cli import main
from planner.exchange.xlsx_limits import LONGEST_CELL
from planner.services import values
from planner.services.events import LONGEST_EVENT_DAYS
from tests.databases import saved_database

EVENT = {
    "title": "T",
    "kind": "meeting",
    "starts_on": "2026-03-01",
    "ends_on": "2026-03-02",
    "timezone": "Europe/Berlin",
}


def event_file(**event) -> str:
    return json.dumps({"format": "planner-event", "version": 1, "event": EVENT | event})


def calendar(*lines: str) -> bytes:
    head = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:test", "BEGIN:VEVENT", "UID:1", "DTSTAMP:20260101T000000Z"]
    return "\r\n".join([*head, *lines, "END:VEVENT", "END:VCALENDAR", ""]).encode()


def hashes(folder: Path) -> dict[str, str]:
    return {path.name: hashlib.sha256(path.read_bytes()).hexdigest() for path in folder.iterdir() if path.is_file()}


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    saved_database(tmp_path / "work.sqlite")
    return tmp_path


def refused(capsys, folder: Path, *args: str) -> str:
    """Run planner; it must refuse with exit 1, one line, nothing changed."""
    before = hashes(folder)
    code = main(["--db", str(folder / "work.sqlite"), *args])
    err = capsys.readouterr().err
    assert code == 1, err
    assert err.startswith("planner: ") and err.count("\n") == 1, err
    assert hashes(folder) == before
    return err


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (event_file()[:-1] + ', "x": ' + "[" * 500 + "]" * 500 + "}", "nested more than 32 deep"),
        (event_file().replace('"version": 1', '"version": ' + "9" * 5000), "a number of 5,000 digits"),
        (event_file(title="\ud800"), "event.title: character 1 of the text is a lone surrogate"),
        (event_file(starts_on="9999-12-31", ends_on="9999-12-31", timezone="Pacific/Pago_Pago"), "event.starts_on: 9999-12-31 is not in the years"),
        (event_file(ends_on="9999-03-23"), "event.ends_on: 9999-03-23 is not in the years"),
        (event_file(ends_on="2026-05-01"), f"event.ends_on: from 2026-03-01 to 2026-05-01 is 62 days; an event lasts at most {LONGEST_EVENT_DAYS} days"),
        (event_file(title="x" * (values.TITLE + 1)), f"event.title: longer than {values.TITLE} characters"),
    ],
    ids=["nested", "version", "surrogate", "9999 Pago Pago", "until 9999", "two months", "long title"],
)  # fmt: skip
def test_an_event_file_out_of_bounds_is_refused_naming_the_place(capsys, folder, text, place):
    (folder / "event.json").write_text(text, encoding="utf-8", errors="surrogatepass")
    assert place in refused(capsys, folder, "import-event", str(folder / "event.json"))


def test_an_event_at_the_edge_of_the_years_imports(capsys, folder):
    agenda = [{"title": "Late", "starts_at": "2200-12-31T23:00", "ends_at": "2200-12-31T23:30"}]
    document = json.loads(event_file(starts_on="2200-12-31", ends_on="2200-12-31", timezone="Pacific/Pago_Pago"))
    (folder / "event.json").write_text(json.dumps(document | {"agenda": agenda}))
    database = str(folder / "work.sqlite")
    assert main(["--db", database, "import-event", str(folder / "event.json")]) == 0
    event_id = capsys.readouterr().out.split()[-1]
    assert main(["--db", database, "ics", event_id, "-o", str(folder / "edge.ics")]) == 0
    assert b"DTSTART;TZID=Pacific/Pago_Pago:22001231T230000" in (folder / "edge.ics").read_bytes()


def test_a_title_with_line_breaks_and_controls_is_stored_on_one_line(capsys, folder):
    (folder / "event.json").write_text(event_file(title="Partner\r\nmeeting\x00\x07 \n\u2028 Munich\x1b"))
    database = str(folder / "work.sqlite")
    assert main(["--db", database, "import-event", str(folder / "event.json")]) == 0
    assert "Imported 'Partner meeting Munich'." in capsys.readouterr().out


@pytest.mark.parametrize(
    ("lines", "place"),
    [
        (["DTSTART:20260301T090000Z", "DURATION:P99999999D", "SUMMARY:Long"], 'VEVENT 1 ("Long"): the length (DURATION): 99,999,999 days'),
        (["DTSTART;VALUE=DATE:20260301", "DTEND;VALUE=DATE:20360301", "SUMMARY:Ten years"], 'VEVENT 1 ("Ten years"): the end (DTEND): from 2026-03-01 to 2036-02-29 is 3,653 days'),
        (["DTSTART;TZID=Pacific/Kiritimati:99991231T230000", "DURATION:PT1H", "SUMMARY:Late\\nline"], 'VEVENT 1 ("Late line"): the start (DTSTART): 9999-12-31 is not in the years'),
        (["DTSTART;TZID=Pacific/Pago_Pago:99991231T230000", "DTEND;TZID=Pacific/Pago_Pago:99991231T233000"], "VEVENT 1: the start (DTSTART): 9999-12-31"),
    ],
    ids=["duration", "ten years all day", "9999 Kiritimati", "9999 Pago Pago"],
)  # fmt: skip
def test_an_ics_out_of_bounds_is_refused_naming_the_vevent(capsys, folder, lines, place):
    (folder / "in.ics").write_bytes(calendar(*lines))
    assert place in refused(capsys, folder, "import-ics", str(folder / "in.ics"))


def test_a_4_mb_folded_description_is_read_and_refused_at_its_cap(capsys, folder):
    description = "DESCRIPTION:" + "x" * 4_000_000
    folded = [description[:75], *(" " + description[at : at + 74] for at in range(75, len(description), 74))]
    (folder / "in.ics").write_bytes(
        calendar("DTSTART:20260301T090000Z", "DTEND:20260301T100000Z", "SUMMARY:Big", *folded)
    )
    message = refused(capsys, folder, "import-ics", str(folder / "in.ics"))
    assert (
        f'VEVENT 1 ("Big"): the description (DESCRIPTION): longer than {values.DESCRIPTION:,} characters (it has 4,000,000)'
        in message
    )


def big_cell_workbook(length: int) -> bytes:
    """A participant list whose cell B2 holds ``length`` characters, written
    as a stream: the file is small, the cell is not."""
    workbook = Workbook()
    workbook.active.append(["given_name", "family_name", "email"])
    workbook.active.append(["Ada", "PLACEHOLDER", "ada@example.org"])
    saved = io.BytesIO()
    workbook.save(saved)
    source = zipfile.ZipFile(saved)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            content = source.read(info.filename)
            if b"PLACEHOLDER" not in content:
                target.writestr(info.filename, content)
                continue
            before, after = content.split(b"PLACEHOLDER")
            with target.open(info.filename, "w", force_zip64=True) as stream:
                stream.write(before)
                for _ in range(length // 1_000_000):
                    stream.write(b"x" * 1_000_000)
                stream.write(b"x" * (length % 1_000_000) + after)
    return out.getvalue()


@pytest.mark.slow  # a hundred megabytes to deflate
def test_a_small_workbook_with_a_cell_of_a_hundred_megabytes_is_refused_naming_the_cell(capsys, folder):
    (folder / "list.xlsx").write_bytes(big_cell_workbook(100_000_000))
    assert (folder / "list.xlsx").stat().st_size < 200_000
    message = refused(capsys, folder, "import-participants", "1", str(folder / "list.xlsx"))
    assert f"list.xlsx: cell B2 holds more than {LONGEST_CELL:,} characters" in message


def test_a_cell_one_over_the_cap_is_refused_and_at_the_cap_read_on(capsys, folder):
    (folder / "list.xlsx").write_bytes(big_cell_workbook(LONGEST_CELL + 1))
    assert f"cell B2 holds more than {LONGEST_CELL:,}" in refused(
        capsys, folder, "import-participants", "1", str(folder / "list.xlsx")
    )
    (folder / "list.xlsx").write_bytes(big_cell_workbook(LONGEST_CELL))
    # past the workbook's check, the family name's own cap speaks
    message = refused(capsys, folder, "import-participants", "1", str(folder / "list.xlsx"))
    assert f"longer than {values.NAME} characters" in message and "row 2" in message


def test_text_in_the_database_that_is_not_utf8_is_shown_and_named_by_check(capsys, folder):
    database = folder / "work.sqlite"
    with sqlite3.connect(database) as connection:
        connection.execute("UPDATE event SET title = CAST(X'434C554E4554FF2066696E616C' AS TEXT) WHERE id = 1")
    connection.close()
    assert main(["--db", str(database), "check"]) == 1
    out = capsys.readouterr().out
    assert "database: event row 1: title is not UTF-8 text" in out
    assert main(["--db", str(database), "export-event", "1", "-o", str(folder / "out.json")]) == 0
    assert json.loads((folder / "out.json").read_text())["event"]["title"] == "CLUNET\ufffd final"
    assert main(["--db", str(database), "events"]) == 0
    assert "CLUNET\ufffd final" in capsys.readouterr().out


@pytest.mark.parametrize("command", [["ics", "1", "-o", "out.ics"], ["invites", "1", "--out", "mail"]])
def test_a_calendar_of_an_event_in_year_9999_already_in_the_database_is_refused(capsys, folder, command):
    with sqlite3.connect(folder / "work.sqlite") as connection:
        connection.execute(
            "UPDATE event SET starts_on = '9999-12-31', ends_on = '9999-12-31', timezone = 'Pacific/Kiritimati', "
            "organiser_email = 'host@example.org' WHERE id = 1"
        )
    connection.close()
    command = [folder.joinpath(part).as_posix() if part in ("out.ics", "mail") else part for part in command]
    message = refused(capsys, folder, *command)
    assert "event 1 ('CLUNET final conference'): starts_on: 9999-12-31 is not in the years 1900 to 2200" in message
    assert not (folder / "mail").exists()
