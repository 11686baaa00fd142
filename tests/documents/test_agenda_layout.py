"""The agenda of a harder event, as a reader looks at it: a long item
goes on over the page instead of leaving it empty, a day that goes on
says so, parallel rooms in their order, the funding under its label,
and a bookmark for each day."""

from __future__ import annotations

import io
import re

import pypdf
from conftest import make_pdf, pdf_pages
from harder import add
from pdf_positions import drawn

from planner.documents.page import MARGIN


def _flat(text: str) -> str:
    return " ".join(text.split())


def test_a_long_item_starts_on_the_first_page_and_goes_on_over_it(store):
    for paper in ("a4", "letter"):
        data = make_pdf(store, "agenda", add(store), paper=paper)
        pages = [_flat(text) for text in pdf_pages(data)]
        assert "Point 1:" in pages[0] and "Point 29:" not in pages[0]
        assert "Point 29:" in pages[1]
        # The first page is filled: its last text is near the footer.
        lowest = min(y for _, y, _, _ in drawn(data, 0).texts if y > 40)
        assert lowest < 100, f"the first page ends {lowest:.0f} pt above the bottom on {paper}"


def test_a_day_that_goes_on_over_a_page_is_named_again_continued(store):
    pages = [_flat(text) for text in pdf_pages(make_pdf(store, "agenda", add(store)))]
    assert "Saturday 24 March 2018 (continued)" in pages[1]
    assert "Saturday 24 March 2018 (continued)" not in pages[0]


def test_parallel_rooms_in_their_order(store):
    text = _flat("\n".join(pdf_pages(make_pdf(store, "agenda", add(store)))))
    rooms = [text.index(f"Workshop in Room {room}") for room in "ABCD"]
    assert rooms == sorted(rooms)
    assert text.index("Session in Room A") < text.index("Session in Room B")


def test_programme_and_funding_each_under_their_label(store):
    first = _flat(pdf_pages(make_pdf(store, "agenda", add(store)))[0])
    assert "Programme: CLUNET · Funding: CLUNET pilot project" in first


def test_the_summer_time_change_is_told(store):
    first = _flat(pdf_pages(make_pdf(store, "agenda", add(store)))[0])
    assert "CET (UTC+01:00) on 24 March, CEST (UTC+02:00) from 25 March 2018" in first


def test_each_day_has_a_bookmark(store):
    data = make_pdf(store, "agenda", add(store))
    reader = pypdf.PdfReader(io.BytesIO(data))
    entries = [(item.title, reader.get_destination_page_number(item)) for item in reader.outline]
    assert [title for title, _ in entries] == ["Saturday 24 March 2018", "Sunday 25 March 2018", "Monday 26 March 2018"]
    assert entries[0][1] == 0 and entries[-1][1] == len(reader.pages) - 1


def test_the_days_tables_start_and_end_on_the_margins(store):
    data = make_pdf(store, "agenda", add(store))
    width = float(pypdf.PdfReader(io.BytesIO(data)).pages[0].mediabox.width)
    rules = [line for line in drawn(data, 0).lines if abs(line[1] - line[3]) < 0.01 and line[2] - line[0] > 300]
    assert rules and all(abs(x0 - MARGIN) < 0.01 and abs(x1 - (width - MARGIN)) < 0.01 for x0, _, x1, _ in rules)
    assert re.search(r"Page 1 of \d", pdf_pages(data)[0])


def test_parallel_sessions_read_one_after_the_other_not_interleaved(store):
    text = _flat("\n".join(pdf_pages(make_pdf(store, "agenda", add(store)))))
    monday = text[text.index("Monday 26 March 2018") :]
    # Room A's whole item (room, kind, title) is read before Room B's begins.
    assert "Room A Session Session in Room A Room B Session Session in Room B" in monday
