"""The itinerary of a visit across the change to summer time, with a
traveller whose local clock runs ahead of the event's: rows in the order
of the times printed, the zone where it changes, the season's zone day
by day, the programme across the traveller column, bookmarks."""

from __future__ import annotations

import io

import pypdf
from conftest import make_pdf, pdf_pages, pdf_text
from harder import add


def _flat(text: str) -> str:
    return " ".join(text.split())


def _day(text: str, day: str, following: str) -> str:
    return text[text.index(day) : text.index(following)]


def test_the_change_to_summer_time_is_told_for_each_day(store):
    first = _flat(pdf_pages(make_pdf(store, "itinerary", add(store)))[0])
    assert "Munich time: CET (UTC+01:00) on 24 March, CEST (UTC+02:00) from 25 March 2018." in first
    assert "(CET, UTC+01:00)" not in first


def test_rows_follow_the_times_printed_with_the_zone_where_it_changes(store):
    text = _flat(pdf_text(make_pdf(store, "itinerary", add(store))))
    saturday = _day(text, "Saturday 24 March 2018", "Sunday 25 March 2018")
    # 20:20 (Munich) before 20:30 (Athens), each time with its clock in view.
    assert saturday.index("20:20–22:00") < saturday.index("20:30 EET → 21:55 CET")
    assert "20:20–22:00 CET" not in saturday  # the zone of the programme, as the note says
    monday = text[text.index("Monday 26 March 2018") :]
    assert "18:00 CEST → 21:50 EEST" in monday
    assert monday.index("Session in Room A") < monday.index("Session in Room B") < monday.index("Check-out")


def test_a_programme_row_shows_its_zone_when_the_row_above_was_on_another_clock(store):
    text = _flat(pdf_text(make_pdf(store, "itinerary", add(store))))
    monday = text[text.index("Monday 26 March 2018") :]
    assert "10:00–11:00 Session Session in Room A" in monday  # CEST, as the note says for that day


def test_parallel_rooms_in_their_order(store):
    text = _flat(pdf_text(make_pdf(store, "itinerary", add(store))))
    rooms = [text.index(f"Workshop in Room {room}") for room in "ABCD"]
    assert rooms == sorted(rooms)


def test_the_days_and_sections_have_bookmarks(store):
    data = make_pdf(store, "itinerary", add(store))
    titles = [item.title for item in pypdf.PdfReader(io.BytesIO(data)).outline]
    assert titles[:2] == ["Contacts", "Travellers"]
    assert titles[2:] == ["Saturday 24 March 2018", "Sunday 25 March 2018", "Monday 26 March 2018"]
