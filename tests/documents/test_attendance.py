"""Signature sheets as a funder checks them: one per day of the event, each
saying which event, programme, funding, day and venue; the people by family
name in numbered rows; empty numbered rows for walk-ins; the header row on
every page."""

from __future__ import annotations

import re

from conftest import GERMAN, GREEK, POLISH, add_event, hostile_event_data, make_pdf, pdf_pages

from planner.services import values
from planner.services.participants import participant_rows

HEADER = ["No.", "Name", "Organisation", "Country", "E-mail"]


def _numbers(page: str) -> list[int]:
    """The row numbers of a page: the lines that hold a number alone."""
    return [int(line) for line in (line.strip() for line in page.splitlines()) if re.fullmatch(r"\d+", line)]


def _sheets(pages: list[str]) -> list[list[str]]:
    """The pages grouped by day: a day's sheet starts with its sheet 1."""
    sheets: list[list[str]] = []
    for page in pages:
        assert "ATTENDANCE LIST · SIGNATURE SHEET" in page  # every page stands on its own
        if re.search(r"Sheet 1 of \d+ for this day", page):
            sheets.append([])
        sheets[-1].append(page)
    return sheets


def _crowd(count: int) -> dict:
    """The hostile event with ``count`` more people, all coming."""
    data = hostile_event_data()
    for number in range(count):
        key = f"person-{number:03d}"
        data["people"].append(
            {
                "key": key,
                "given_name": f"Given{number:03d}",
                "family_name": f"Family{number:03d}",
                "organisation": "klaster-życia",
                "country": "PL",
            }
        )
        data["participants"].append({"person": key, "role": "participant", "status": "confirmed"})
    return data


def test_one_sheet_per_day_each_starting_a_page_with_its_date(store, samples):
    pages = pdf_pages(make_pdf(store, "attendance", samples["Improvement"]))
    sheets = _sheets(pages)
    assert len(sheets) == 2  # the workshop's two days
    first, second = "\n".join(sheets[0]), "\n".join(sheets[1])
    assert "Wednesday 3 June 2009 · Day 1 of 2" in first and "Thursday 4 June 2009" not in first
    assert "Thursday 4 June 2009 · Day 2 of 2" in second and "Wednesday 3 June 2009" not in second
    # Every page of a sheet names its day, in its heading and the signature column's.
    assert all("Wednesday 3 June 2009" in page and "Signature\nWed 3 Jun 2009" in page for page in sheets[0])
    assert all("Thursday 4 June 2009" in page and "Signature\nThu 4 Jun 2009" in page for page in sheets[1])


def test_a_one_day_visit_has_one_sheet(store, samples):
    pages = pdf_pages(make_pdf(store, "attendance", samples["ECRI"]))
    assert len(_sheets(pages)) == 1
    assert "Friday 23 March 2018" in pages[0] and "Day 1 of" not in pages[0]


def test_each_sheet_names_event_programme_funding_and_venue(store, hostile_event):
    for sheet in _sheets(pdf_pages(make_pdf(store, "attendance", hostile_event))):
        first = " ".join(sheet[0].split())
        assert "Programme: Interreg <Central> Europe · Funding: ERDF 80% & partners' own funds" in first
        assert "Venue: Haus der Wissenschaft, Straße des 17. Juni 1, 10623 Berlin, Berlin, Germany" in first
        assert "Signature of the organiser / host (Bio-Netzwerk Süd)" in "\n".join(sheet)


def test_people_are_listed_family_name_first_in_that_order(store, hostile_event):
    page = pdf_pages(make_pdf(store, "attendance", hostile_event))[0]
    names = [f"{GERMAN}, Jürgen", f"{POLISH}, Małgorzata", f"{GREEK}, Γιώργος"]
    words = " ".join(page.split())  # a name may wrap after its comma
    places = [words.index(name) for name in names]
    assert places == sorted(places)
    assert f"{GERMAN}, Jürgen Bio-Netzwerk Süd Germany j.grossmann@example.org" in words


def test_rows_are_numbered_on_with_the_walk_in_rows_counted(store, hostile_event):
    pages = pdf_pages(make_pdf(store, "attendance", hostile_event, blank_rows=3))
    for sheet in _sheets(pages):
        assert [number for page in sheet for number in _numbers(page)] == [1, 2, 3, 4, 5, 6]
    none = pdf_pages(make_pdf(store, "attendance", hostile_event, blank_rows=0))
    assert _numbers(none[0]) == [1, 2, 3]


def test_a_selection_lists_only_those_people(store, hostile_event):
    with store.read() as session:
        chosen = frozenset(
            row.person_id for row in participant_rows(session, hostile_event) if row.family_name in (GREEK, GERMAN)
        )
    page = pdf_pages(make_pdf(store, "attendance", hostile_event, person_ids=chosen, blank_rows=2))[0]
    assert GREEK in page and GERMAN in page and POLISH not in page
    assert _numbers(page) == [1, 2, 3, 4]


def test_people_not_coming_are_not_on_the_sheet(store, samples):
    page = pdf_pages(make_pdf(store, "attendance", samples["Improvement"], blank_rows=0))
    listed = "\n".join(_sheets(page)[0])
    with store.read() as session:
        rows = participant_rows(session, samples["Improvement"])
    declined = [row for row in rows if row.status == "declined"]
    assert declined and all(f"{row.family_name}, {row.given_name}" not in listed for row in declined)


def test_two_hundred_people_run_over_pages_each_with_the_header(store):
    event_id = add_event(store, _crowd(200))
    pages = pdf_pages(make_pdf(store, "attendance", event_id, blank_rows=5))
    sheets = _sheets(pages)
    assert len(sheets) == 2
    for sheet in sheets:
        assert len(sheet) >= 8  # rows tall enough to sign in: about 20 to a page
        assert all(all(title in page for title in HEADER) for page in sheet)
        # Once a page: no part of the table starts again below another.
        assert all(page.count("Signature\n") == 1 for page in sheet)
        assert all(f"Sheet {number} of {len(sheet)} for this day" in page for number, page in enumerate(sheet, 1))
        numbers = [number for page in sheet for number in _numbers(page)]
        assert numbers == list(range(1, 203 + 5 + 1))
        assert "Signature of the organiser / host" in sheet[-1]
        assert all("Signature of the organiser" not in page for page in sheet[:-1])


def test_letter_paper_fits_the_columns(store, hostile_event):
    page = pdf_pages(make_pdf(store, "attendance", hostile_event, paper="letter"))[0]
    assert "Signature\nSat 28 Mar 2026" in page  # the day on one line under the column's name


def test_very_long_names_still_make_sheets(store):
    data = hostile_event_data()
    # the longest names there may be: the host, on every organiser line, and one with no space to wrap at
    data["organisations"][0]["name"] = ("Host " + "very long name " * 400)[: values.NAME].strip()
    data["people"][1]["family_name"] = "Ż" * values.NAME
    pages = pdf_pages(make_pdf(store, "attendance", add_event(store, data)))
    sheets = _sheets(pages)
    assert len(sheets) == 2
    for sheet in sheets:
        text = "\n".join(sheet)
        assert text.count("Signature of the organiser / host") == 1
        assert GREEK in text and GERMAN in text
        assert [number for page in sheet for number in _numbers(page)] == list(range(1, 12))
