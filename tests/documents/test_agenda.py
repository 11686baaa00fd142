"""The agenda as the room reads it: days in order under their weekday,
times as the event's clocks show them with the zone named once, speakers
with their organisations, breaks set apart, parallel items together."""

from __future__ import annotations

import io
import re
from datetime import datetime, timedelta

import pypdf
from conftest import GREEK, HOSTILE_TITLE, POLISH, add_event, hostile_event_data, make_pdf, pdf_pages, pdf_text
from reportlab.lib.rl_accel import fp_str

from planner.documents.agenda import NOT_SET
from planner.documents.styles import SET_APART
from planner.services import values


def _flat(text: str) -> str:
    return " ".join(text.split())


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines()]


def _bands(data: bytes) -> int:
    """How many times a page is painted in the breaks' colour."""
    colour = fp_str(SET_APART.red, SET_APART.green, SET_APART.blue) + " rg"
    reader = pypdf.PdfReader(io.BytesIO(data))
    return sum(page.get_contents().get_data().decode("latin-1").count(colour) for page in reader.pages)


def _positions(data: bytes, page: int = 0) -> dict[str, tuple[float, float]]:
    """Where each piece of text of a page starts: {text: (x, y)}."""
    found: dict[str, tuple[float, float]] = {}

    def visit(text, cm, tm, font, size):
        if text.strip():
            found.setdefault(text.strip(), (round(cm[4] + tm[4], 1), round(cm[5] + tm[5], 1)))

    pypdf.PdfReader(io.BytesIO(data)).pages[page].extract_text(visitor_text=visit)
    return found


def _item(day: str, start: str, end: str, title: str, **fields) -> dict:
    return {"starts_at": f"{day}T{start}", "ends_at": f"{day}T{end}", "kind": "session", "title": title} | fields


def test_days_follow_in_order_under_their_weekday(store, samples):
    text = pdf_text(make_pdf(store, "agenda", samples["Improvement"]))
    first, second = text.index("Wednesday 3 June 2009"), text.index("Thursday 4 June 2009")
    assert first < text.index("Registration and welcome coffee") < second
    assert second < text.index("Closing remarks")
    assert text.index("Workshop dinner") < second  # the evening stays on its own day


def test_times_are_the_events_own_clock_and_its_zone_is_named_once(store, samples):
    text = pdf_text(make_pdf(store, "agenda", samples["Improvement"]))
    assert "All times are Madrid time (CEST, UTC+02:00)." in text
    assert text.count("CEST") == 1 and text.count("UTC+") == 1
    lines = _lines(text)
    assert "09:00–09:30" in lines and "16:00–17:30" in lines and "20:30–23:00" in lines


def test_the_zone_is_that_of_the_venue_city_and_of_the_season(store, samples):
    text = pdf_text(make_pdf(store, "agenda", samples["ECRI"]))
    # Munich in March, before summer time; the venue's own town is named.
    assert "All times are local time in Martinsried/Planegg (CET, UTC+01:00)." in text
    assert "14:30–14:45" in _lines(text)


def test_a_far_zone_prints_its_wall_clock_unconverted(store):
    data = hostile_event_data(timezone="Asia/Tokyo", venue={"name": "Hall", "city": "Tokyo", "country": "JP"})
    data["agenda"] = [_item("2026-03-28", "09:00", "10:00", "Opening")]
    text = pdf_text(make_pdf(store, "agenda", add_event(store, data)))
    assert "All times are Tokyo time (JST, UTC+09:00)." in text
    assert "09:00–10:00" in _lines(text)


def test_a_change_of_clocks_during_the_event_is_said_in_the_one_zone_line(store, hostile_event):
    # 29 March 2026: Berlin goes from CET to CEST.
    text = _flat(pdf_text(make_pdf(store, "agenda", hostile_event)))
    assert "All times are Berlin time: CET (UTC+01:00) on 28 March, CEST (UTC+02:00) from 29 March 2026." in text
    assert text.count("All times") == 1


def test_items_show_kind_room_speakers_with_organisations_and_chair(store, samples):
    text = _flat(pdf_text(make_pdf(store, "agenda", samples["Improvement"])))
    assert (
        "Presentation · Room A Diagnosis of training needs in biotechnological companies "
        "Speaker: Javier Sánchez Ortega (Madrid Biocluster) Chair: Pablo Herrero Muñoz (madri+d)"
    ) in text
    assert (
        "Speakers: Pieter Vermeulen (Vlaams Biotechnologie Netwerk), Łukasz Wójcik (Łódzki Klaster "
        "Biotechnologiczny), Jürgen Großmann (Biotech Netzwerk Berlin)"
    ) in text
    assert "Results of the needs diagnosis carried out by Madrid Biocluster" in text  # the description


def test_breaks_and_meals_are_a_light_band_of_one_line(store, samples):
    data = make_pdf(store, "agenda", samples["Improvement"])
    lines = _lines(pdf_text(data))
    for time, what in [
        ("11:00–11:30", "Coffee break · Foyer"),
        ("13:00–14:30", "Lunch · Cafeteria"),
        ("20:30–23:00", "Workshop dinner · Restaurante El Olivar de Chamartín"),
    ]:
        assert lines[lines.index(what) - 1] == time
    assert _bands(data) == 6  # four breaks and meals on the first day, two on the second
    sessions = make_pdf(store, "agenda", samples["CLUNET"])
    assert _bands(sessions) == 2  # coffee and lunch; no session is painted so


def test_parallel_items_are_side_by_side_under_one_time(store, hostile_event):
    data = make_pdf(store, "agenda", hostile_event)
    text = pdf_text(data)
    sunday = text.index("Sunday 29 March 2026")
    assert sunday < text.index("Ελληνικές εμπειρίες") and sunday < text.index("Parallel: Wspólne szkolenia")
    lines = _lines(text)
    at = lines.index("09:00–10:30")
    assert lines[at + 1] == "2 in parallel"
    assert "Saal 1" in lines[at:] and "Saal 2" in lines[at:]
    assert text.count("09:00–10:30") == 1  # one time for both
    where = _positions(data)
    (x1, y1), (x2, y2) = where["Saal 1"], where["Saal 2"]
    assert y1 == y2 and x2 > x1 + 100  # the rooms head two columns
    assert GREEK in text and POLISH in text


def test_many_parallel_items_are_listed_under_one_time_without_losing_any(store):
    data = hostile_event_data()
    data["agenda"] = [
        _item("2026-03-28", "10:00", "12:00", f"Workshop {number}", location=f"Room {number}") for number in range(1, 7)
    ]
    text = pdf_text(make_pdf(store, "agenda", add_event(store, data)))
    assert "6 in parallel" in text
    assert all(f"Workshop {number}" in text and f"Room {number}" in text for number in range(1, 7))


def test_overlapping_items_show_their_own_times(store):
    data = hostile_event_data()
    data["agenda"] = [
        _item("2026-03-28", "14:00", "16:00", "Long track", location="Hall"),
        _item("2026-03-28", "14:30", "15:15", "Short track", location="Room 2"),
    ]
    lines = _lines(pdf_text(make_pdf(store, "agenda", add_event(store, data))))
    assert lines[lines.index("14:00–16:00") + 1] == "2 in parallel"
    assert "14:30–15:15 · Session" in lines


def test_a_day_with_nothing_on_it_is_not_printed(store):
    data = hostile_event_data(ends_on="2026-03-30")
    data["agenda"] = [_item("2026-03-28", "10:00", "11:00", "First"), _item("2026-03-30", "10:00", "11:00", "Last")]
    text = pdf_text(make_pdf(store, "agenda", add_event(store, data)))
    assert "Saturday 28 March 2026" in text and "Monday 30 March 2026" in text
    assert "Sunday 29 March 2026" not in text


def test_an_event_without_items_says_the_programme_is_not_set(store):
    data = hostile_event_data()
    data["agenda"] = []
    text = _flat(pdf_text(make_pdf(store, "agenda", add_event(store, data))))
    assert NOT_SET in text
    assert "Interreg <Central> Europe" in text  # the title block is there
    assert "All times" not in text and "Saturday 28 March 2026" not in text


def test_a_long_day_runs_over_pages_and_names_the_day_on_each_without_cutting_an_item(store):
    data = hostile_event_data()
    data["agenda"] = []
    for number in range(40):
        start = datetime(2026, 3, 28, 8) + timedelta(minutes=15 * number)
        data["agenda"].append(
            {
                "starts_at": f"{start:%Y-%m-%dT%H:%M}",
                "ends_at": f"{start + timedelta(minutes=15):%Y-%m-%dT%H:%M}",
                "kind": "presentation",
                "title": f"Talk {number}",
                "location": "Saal 1",
                "description": "Clusters and their members. " * 6 + f"End of talk {number}.",
            }
        )
    pages = pdf_pages(make_pdf(store, "agenda", add_event(store, data)))
    assert len(pages) >= 3
    assert all("Saturday 28 March 2026" in page for page in pages)
    for number in range(40):
        holding = [page for page in pages if f"Talk {number}\n" in page]
        assert len(holding) == 1 and f"End of talk {number}." in holding[0]


def test_a_very_long_description_and_an_unbroken_title_print_whole(store):
    words = " ".join(f"word{number}" for number in range(700))[:5000]
    data = hostile_event_data()
    data["agenda"][0]["description"] = words
    data["agenda"][1]["title"] = "x" * values.TITLE  # the coffee break, the longest title, with no space to wrap at
    pages = [_flat(page) for page in pdf_pages(make_pdf(store, "agenda", add_event(store, data)))]
    # Read across the pages as a reader does: without their footers, running
    # headers and the day's heading repeated on the next page.
    marks = re.escape(HOSTILE_TITLE) + r" · Agenda|Agenda · printed [^·]*? Page \d+ of \d+"
    pages = [re.sub(marks, "", page).strip() for page in pages]
    text = " ".join([pages[0]] + [page.removeprefix("Saturday 28 March 2026 (continued) ") for page in pages[1:]])
    assert words in text
    assert text.replace(" ", "").count("x" * values.TITLE) == 1
    assert "Visit to <the> lab" in text and "Parallel: Wspólne szkolenia" in text  # what follows is there
