"""Signature sheets as an EU project officer checks them: the programme's
logos, funding statement and grant agreement number on every page; name,
organisation, country, e-mail and signature per row; morning and afternoon
where the event asks for it; the number present; "sheet 1 of 2 for this
day"; the walk-in rows and the organiser's signature never on a page of
their own; the table's edges on the page's margins."""

from __future__ import annotations

import io
import re
import struct
import zlib
from datetime import date

import pypdf
import pytest
from conftest import add_event, hostile_event_data, make_pdf, pdf_pages

from planner.documents.page import MARGIN
from planner.operations import perform
from planner.operations.attendance import MarkPresent, SaveProgramme, SetProgrammeImage, SignInHalves
from planner.services.participants import participant_rows

PROGRAMME = "Interreg <Central> Europe"  # the hostile event's


def png(width: int, height: int, colour: tuple[int, int, int]) -> bytes:
    """A plain PNG picture, written by hand (an independent writer)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    rows = b"".join(b"\x00" + bytes(colour) * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b"")


def _funded(store) -> None:
    perform(store, SaveProgramme(PROGRAMME, "Co-funded by the European Union", "101083928"))
    perform(store, SetProgrammeImage(PROGRAMME, "logo", png(300, 100, (29, 78, 137))))
    perform(store, SetProgrammeImage(PROGRAMME, "emblem", png(150, 100, (0, 51, 153))))


def _crowd(count: int, blank_rows_event: dict | None = None) -> dict:
    data = hostile_event_data(**(blank_rows_event or {}))
    for number in range(count):
        key = f"person-{number:03d}"
        data["people"].append(
            {
                "key": key,
                "given_name": f"Given{number:03d}",
                "family_name": f"Family{number:03d}",
                "organisation": "klaster-życia",
                "country": "PL",
                "email": f"g{number:03d}.family@klaster-zycia-lifesciences.example.org",
            }
        )
        data["participants"].append({"person": key, "role": "participant", "status": "confirmed"})
    return data


def _days(pages: list[str]) -> list[list[str]]:
    days: list[list[str]] = []
    for page in pages:
        if re.search(r"Sheet 1 of \d+ for this day", page):
            days.append([])
        days[-1].append(page)
    return days


def _numbers(page: str) -> list[int]:
    return [int(line) for line in (line.strip() for line in page.splitlines()) if re.fullmatch(r"\d+", line)]


def test_every_page_carries_the_logos_the_funding_statement_and_the_grant_number(store, hostile_event):
    _funded(store)
    data = make_pdf(store, "attendance", add_event(store, _crowd(30)))
    reader = pypdf.PdfReader(io.BytesIO(data))
    assert len(reader.pages) >= 4  # two days, each over two pages at least
    for page in reader.pages:
        text = " ".join(page.extract_text().split())
        assert "Co-funded by the European Union" in text
        assert "Grant agreement No. 101083928" in text
        assert len(page.images) == 2  # the programme's logo and the funder's emblem


def test_the_other_documents_of_the_programme_carry_the_band_on_their_first_page(store, hostile_event):
    _funded(store)
    for kind in ("agenda", "participants", "itinerary", "minutes", "statistics", "costs"):
        data = make_pdf(store, kind, hostile_event)
        reader = pypdf.PdfReader(io.BytesIO(data))
        first = " ".join(reader.pages[0].extract_text().split())
        assert "Co-funded by the European Union" in first and "Grant agreement No. 101083928" in first, kind
        assert len(reader.pages[0].images) == 2, kind


def test_an_event_of_no_recorded_programme_has_no_band(store, hostile_event):
    data = make_pdf(store, "attendance", hostile_event)
    assert "Grant agreement" not in "\n".join(pdf_pages(data))
    assert sum(len(page.images) for page in pypdf.PdfReader(io.BytesIO(data)).pages) == 0


def test_each_row_has_name_organisation_country_and_email_never_broken_inside_a_word(store):
    event_id = add_event(store, _crowd(12))
    pages = pdf_pages(make_pdf(store, "attendance", event_id))
    text = "\n".join(pages)
    for number in range(12):
        address = f"g{number:03d}.family@klaster-zycia-lifesciences.example.org"
        # too long for its column: broken before the "@", and after a dot if
        # need be, never inside a word
        shown = re.search("\n?".join(re.escape(character) for character in address), text)
        assert shown is not None, address
        assert "\n@" in shown.group()
        for place in (index for index, character in enumerate(shown.group()) if character == "\n"):
            assert shown.group()[place + 1] == "@" or shown.group()[place - 1] in ".-", shown.group()
    assert "j.grossmann@example.org" in text  # short enough: on one line
    assert "Name\nOrganisation\nCountry\nE-mail\nSignature" in pages[0]


@pytest.mark.parametrize("people", [0, 3, 9, 11, 13, 15, 17, 19, 24, 33])
def test_walk_in_rows_and_the_organisers_signature_stay_with_the_days_people(store, people):
    """Whatever the number of people, the day's last page holds some of
    them, the walk-in rows and the closing block: never the block alone,
    never a few walk-in rows on a page of their own."""
    event_id = add_event(store, _crowd(people))
    listed = people + 3  # the hostile event's own three
    pages = pdf_pages(make_pdf(store, "attendance", event_id, blank_rows=8))
    days = _days(pages)
    assert len(days) == 2
    for day in days:
        last = day[-1]
        assert "Signature of the organiser / host" in last and "Number present" in last
        assert "Data protection:" in last
        assert all("Signature of the organiser" not in page for page in day[:-1])
        numbers = [number for page in day for number in _numbers(page)]
        assert numbers[:listed] == list(range(1, listed + 1))
        walk_ins = len(numbers) - listed
        assert 3 <= walk_ins <= 8
        assert any(number <= listed for number in _numbers(last))  # people, not walk-ins alone
        assert all(f"Sheet {number} of {len(day)} for this day" in page for number, page in enumerate(day, 1))


def _stroke_extents(page: pypdf.PageObject) -> tuple[float, float]:
    """The leftmost and rightmost x of every line and rectangle drawn
    between the top and bottom margins (the table's; not the running
    header's or footer's rules), in page coordinates."""
    top = float(page.mediabox.height) - MARGIN
    matrix = [1.0, 0.0, 0.0, 1.0, 0.0, 0.0]
    saved: list[list[float]] = []
    xs: list[float] = []
    operations = pypdf.generic.ContentStream(page.get_contents(), page.pdf).operations
    for operands, operator in operations:
        if operator == b"q":
            saved.append(list(matrix))
        elif operator == b"Q":
            matrix = saved.pop()
        elif operator == b"cm":
            a, b, c, d, e, f = (float(value) for value in operands)
            m = matrix
            matrix = [
                a * m[0] + b * m[2],
                a * m[1] + b * m[3],
                c * m[0] + d * m[2],
                c * m[1] + d * m[3],
                e * m[0] + f * m[2] + m[4],
                e * m[1] + f * m[3] + m[5],
            ]
        elif operator in (b"m", b"l"):
            x, y = (float(value) for value in operands)
            if MARGIN <= matrix[1] * x + matrix[3] * y + matrix[5] <= top:
                xs.append(matrix[0] * x + matrix[2] * y + matrix[4])
        elif operator == b"re":
            x, y, width, _ = (float(value) for value in operands)
            if MARGIN <= matrix[1] * x + matrix[3] * y + matrix[5] <= top:
                xs += [matrix[0] * x + matrix[4], matrix[0] * (x + width) + matrix[4]]
    return min(xs), max(xs)


@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_the_table_starts_and_ends_on_the_margins(store, hostile_event, paper):
    data = make_pdf(store, "attendance", hostile_event, paper=paper)
    reader = pypdf.PdfReader(io.BytesIO(data))
    for page in reader.pages:
        width = float(page.mediabox.width)
        left, right = _stroke_extents(page)
        # the footer's rule runs from margin to margin; the table's box must not pass it
        assert left == pytest.approx(MARGIN, abs=0.5)
        assert right == pytest.approx(width - MARGIN, abs=0.5)
    # and the table's left edge is on the margin, not 6 points inside it
    first = reader.pages[0]
    lefts: list[float] = []

    def visit(text, cm, tm, font, size):
        if text.strip() == "No.":
            lefts.append(tm[4] * cm[0] + cm[4])

    first.extract_text(visitor_text=visit)
    assert lefts and lefts[0] == pytest.approx(MARGIN + 3.5, abs=0.6)


def _person_ids(store, event_id: int) -> dict[str, int]:
    with store.read() as session:
        return {row.family_name: row.person_id for row in participant_rows(session, event_id)}


def test_the_number_present_is_counted_from_the_marks_of_the_day(store, hostile_event):
    people = _person_ids(store, hostile_event)
    first = date(2026, 3, 28)
    for name in ("Großmann", "Żurawska"):
        perform(store, MarkPresent(hostile_event, people[name], first))
    days = _days(pdf_pages(make_pdf(store, "attendance", hostile_event)))
    assert "Number present\n2" in "\n".join(days[0])
    # nobody marked on the second day: the number is left to write in
    second = "\n".join(days[1])
    assert "Number present" in second and not re.search(r"Number present\n\d", second)


def test_an_event_signed_morning_and_afternoon_has_two_signature_boxes(store, hostile_event):
    perform(store, SignInHalves(hostile_event, True))
    people = _person_ids(store, hostile_event)
    perform(store, MarkPresent(hostile_event, people["Großmann"], date(2026, 3, 28), "morning"))
    pages = pdf_pages(make_pdf(store, "attendance", hostile_event))
    first = pages[0]
    words = " ".join(first.split())
    assert "Signature, morning Sat 28 Mar 2026 Signature, afternoon Sat 28 Mar 2026" in words
    assert "Number present, morning 1 Number present, afternoon 0" in words


def test_the_sheet_is_worded_in_the_language_asked_for(store, hostile_event):
    _funded(store)
    perform(store, SaveProgramme(PROGRAMME, "Kofinanziert von der Europäischen Union", "101083928"))
    text = pdf_pages(make_pdf(store, "attendance", hostile_event, language="de"))[0]
    assert "Finanzhilfevereinbarung Nr. 101083928" in text  # on one line, the statement beside it
    page = " ".join(text.split())
    assert "Blatt 1 von 1 für diesen Tag" in page
    assert "Kofinanziert von der Europäischen Union" in page
    assert "Anzahl der Anwesenden" in page and "Datenschutz:" in page
