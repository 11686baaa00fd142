"""Badges as the desk cuts them: the names at the same height whether or
not a badge has an organisation, the event's title readable, the cut marks
clear of the footer on Letter paper too, a contact card's QR code on each,
and the text of each badge read in its order."""

from __future__ import annotations

from itertools import groupby

import segno
from conftest import add_event, hostile_event_data, make_pdf, pdf_pages
from harder import add
from pdf_positions import drawn
from reportlab.lib.units import mm

from planner.documents.badges import CODE_SIZE
from planner.services import directory, participants


def _event_with_and_without_organisation(store) -> int:
    data = hostile_event_data()
    data["people"] = data["people"][:1]
    data["participants"] = data["participants"][:1]
    data["agenda"], data["travel"], data["stays"], data["minutes"] = [], [], [], {}
    data["costs"], data["budget"] = [], []  # they name the people left out
    event_id = add_event(store, data)
    with store.write() as session:
        alone = directory.create_person(session, given_name="Zoe", family_name="Zwart", country="NL")
        participants.add_participant(session, event_id, alone.id, status="confirmed")
    return event_id


def _given_names(data: bytes, page: int = 0) -> list[tuple[float, float, float]]:
    """(x, y, size) of the largest text on each badge: the given names."""
    texts = drawn(data, page).texts
    largest = max(size for _, _, size, _ in texts)
    return [(x, y, size) for x, y, size, _ in texts if size > largest * 0.6]


def test_names_stand_at_the_same_height_with_or_without_an_organisation(store):
    data = make_pdf(store, "badges", _event_with_and_without_organisation(store))
    first, second = sorted(_given_names(data), key=lambda found: found[0])[:2]
    assert first[0] < second[0]  # side by side
    assert abs(first[1] - second[1]) < 0.01 and abs(first[2] - second[2]) < 0.01


def test_the_events_title_is_readable(store):
    data = make_pdf(store, "badges", add(store))
    texts = drawn(data, 0).texts
    tops = [(y, size) for _, y, size, _ in texts if size < 12]
    title_size = max(size for y, size in tops if y > max(y2 for y2, _ in tops) - 20)
    assert title_size >= 7.5


def test_cut_marks_keep_clear_of_the_footer_and_header_on_both_papers(store):
    event_id = add(store)
    for paper, height in (("a4", 297 * mm), ("letter", 279.4 * mm)):
        data = make_pdf(store, "badges", event_id, paper=paper)
        marks = [line for line in drawn(data, 1).lines if max(abs(line[2] - line[0]), abs(line[3] - line[1])) < 5 * mm]
        lowest = min(min(line[1], line[3]) for line in marks)
        highest = max(max(line[1], line[3]) for line in marks)
        assert lowest - 12 * mm >= 6 * mm, f"{paper}: cut marks {(lowest - 12 * mm) / mm:.1f} mm above the footer"
        assert height - 12.5 * mm - highest >= 6 * mm, f"{paper}: cut marks too near the running header"
        # Eight to a page on both: 43 people and 5 blank badges on six pages.
        assert len(pdf_pages(data)) == 6


def _dark_runs(data: str) -> int:
    """How many runs of dark squares, row by row, the QR code of ``data`` has."""
    return sum(sum(1 for dark, _ in groupby(row) if dark) for row in segno.make_qr(data, error="M").matrix)


def test_each_badge_has_a_code_a_phone_reads_as_the_persons_e_mail_address(store):
    data = make_pdf(store, "badges", add(store))
    module = CODE_SIZE / len(
        segno.make_qr("mailto:given00.family00@biom-biotech-cluster.example.org", error="M").matrix
    )
    runs = [box for box in drawn(data, 0).rectangles if abs((box[3] - box[1]) - module) < 0.01]
    # The codes drawn are exactly those of the eight people's addresses.
    expected = sum(
        _dark_runs(f"mailto:given{number:02d}.family{number:02d}@biom-biotech-cluster.example.org")
        for number in range(8)
    )
    assert len(runs) == expected
    # Each code inside its badge's lower right corner, clear of the names.
    names = [y for _, y, _ in _given_names(data)]
    assert not any(box[1] - 2 <= y <= box[3] + 2 for box in runs for y in names)


def test_each_badge_reads_in_order_title_names_organisation_country(store):
    pages = pdf_pages(make_pdf(store, "badges", add(store)))
    lines = [line.strip() for line in pages[0].splitlines() if line.strip()]
    for number in range(8):
        given = lines.index(f"Given{number:02d}")
        assert lines[given + 1 : given + 4] == [f"Family{number:02d}", "BioM Biotech Cluster", "Germany"]
    assert lines.index("Given00") < lines.index("Given01") < lines.index("Given02")
