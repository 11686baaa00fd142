"""The participant list as an organiser hands it out without retouching:
its tables on the margins, addresses and dates whole, groups in one table
named again over a page, no-shows marked and not counted, the counts on
one page, and links, bookmarks and contact cards a reader can use."""

from __future__ import annotations

import io
from datetime import date
from itertools import groupby

import pypdf
import segno
from conftest import GERMAN, GREEK, add_event, hostile_event_data, make_pdf, pdf_pages, pdf_text
from pdf_positions import drawn

from planner.documents.contact import vcard
from planner.documents.page import MARGIN
from planner.documents.participant_list import CARD_SIZE
from planner.services import directory, participants

LONG_ADDRESS = "eleni.papadopoulou-konstantinidou@hbio.example.org"


def _event_with(store, count: int, **person) -> int:
    """The hostile event and ``count`` more people, all in one organisation."""
    event_id = add_event(store, hostile_event_data())
    with store.write() as session:
        for number in range(count):
            added = directory.create_person(
                session,
                given_name=f"Given{number:03d}",
                family_name=f"Family{number:03d}",
                country=("ES", "IT")[number % 2],
                email=f"person{number:03d}@e{event_id}.example.org",
                **person,
            )
            participants.add_participant(
                session,
                event_id,
                added.id,
                status="confirmed",
                arrives_on=date(2026, 3, 26),
                departs_on=date(2026, 3, 30),
            )
    return event_id


def _bands(data: bytes, page: int = 0) -> list[tuple[float, float, float, float]]:
    """The wide filled rectangles: the tables' header bands and zebra rows."""
    return [box for box in drawn(data, page).rectangles if box[2] - box[0] > 200]


def test_tables_start_and_end_on_the_margins(store, hostile_event):
    for paper, columns in (("a4", ()), ("letter", ("email", "stay"))):
        data = make_pdf(store, "participants", hostile_event, paper=paper, columns=columns)
        width = float(pypdf.PdfReader(io.BytesIO(data)).pages[0].mediabox.width)
        bands = _bands(data)
        assert bands, "no table band found"
        for x0, _, x1, _ in bands:
            assert abs(x0 - MARGIN) < 0.01 and abs(x1 - (width - MARGIN)) < 0.01
        # The footer's rule spans the same width.
        rules = [line for line in drawn(data).lines if abs(line[1] - line[3]) < 0.01 and line[2] - line[0] > 300]
        assert any(abs(x0 - MARGIN) < 0.01 and abs(x1 - (width - MARGIN)) < 0.01 for x0, _, x1, _ in rules)


def test_a_long_address_is_whole_or_broken_after_the_at_sign_and_is_a_link(store):
    event_id = _event_with(store, 3)
    with store.write() as session:
        person = directory.create_person(session, given_name="Eleni", family_name="Papadopoulou", email=LONG_ADDRESS)
        participants.add_participant(session, event_id, person.id, status="confirmed")
    data = make_pdf(store, "participants", event_id, columns=("email", "needs", "stay", "status"))
    lines = pdf_text(data).splitlines()
    local = LONG_ADDRESS.split("@")[0]
    assert any(LONG_ADDRESS in line for line in lines) or any(line.endswith(f"{local}@") for line in lines)
    assert not any(line.strip() in {"mple.org", "org"} for line in lines)
    links = [
        annotation.get_object()["/A"]["/URI"]
        for page in pypdf.PdfReader(io.BytesIO(data)).pages
        for annotation in page.get("/Annots", [])
    ]
    assert f"mailto:{LONG_ADDRESS}" in links and any(link.startswith("mailto:person001@") for link in links)


def test_arrival_and_departure_dates_are_never_broken_inside_a_date(store):
    event_id = _event_with(store, 6)
    text = pdf_text(make_pdf(store, "participants", event_id, columns=("email", "needs", "stay", "status")))
    # With no-break spaces inside each date: "Thu 26 Mar – Mon 30 Mar" on one line.
    flat = text.replace("\u00a0", " ")
    assert "Thu 26 Mar – Mon 30 Mar" in flat
    assert not any(line.rstrip().endswith(("Thu", "Mon", "Thu 26")) for line in flat.splitlines())


def test_no_shows_are_marked_and_not_counted_as_the_report_does(store, hostile_event):
    with store.write() as session:
        greek = next(row for row in participants.participant_rows(session, hostile_event) if row.family_name == GREEK)
        participants.update_participation(session, greek.participation_id, status="no_show")
    text = pdf_text(make_pdf(store, "participants", hostile_event))
    flat = " ".join(text.split())
    assert "2 participants from 2 organisations in 2 countries." in flat
    assert "Listed but not counted: 1 × No-show." in flat
    # Listed, marked, and not numbered: the numbers run 1, 2.
    greek_line = next(line for line in text.splitlines() if GREEK in line)
    assert not greek_line.strip()[0].isdigit()
    assert "No-show" in text.split(GREEK, 1)[1].split("\n", 3)[1] + text.split(GREEK, 1)[1]
    with_status = pdf_text(make_pdf(store, "participants", hostile_event, columns=("status",)))
    assert "Status" in with_status.split("In numbers")[0] and "No-show" in with_status


def test_once_attendance_is_recorded_only_those_who_attended_are_counted(store, hostile_event):
    with store.write() as session:
        for row in participants.participant_rows(session, hostile_event):
            if row.family_name != GREEK:
                participants.update_participation(session, row.participation_id, status="attended")
    flat = " ".join(pdf_text(make_pdf(store, "participants", hostile_event)).split())
    assert "2 participants from 2 organisations in 2 countries." in flat
    assert "Listed but not counted: 1 × Registered." in flat


def test_groups_are_rows_of_one_table_named_again_when_they_go_over_a_page(store):
    event_id = _event_with(store, 70)
    data = make_pdf(store, "participants", event_id, group_by="country", columns=("email",))
    pages = pdf_pages(data)
    assert len(pages) >= 2
    # Spain's 35 and Italy's 35 cannot share one page: the one that goes on is named again.
    assert any("(continued)" in text.split("\n", 3)[-1] for text in pages[1:])
    continued = [line for text in pages[1:] for line in text.splitlines() if "(continued)" in line]
    assert continued and all(line.split(" (continued)")[0] in {"Italy", "Spain"} for line in continued)
    # The columns keep their place: every page's header band spans the same columns.
    for page in range(len(pages) - 1):
        for x0, _, _, _ in _bands(data, page):
            assert abs(x0 - MARGIN) < 0.01
    # Grouped by country, the place column holds only the region.
    assert "Region and country" not in pages[0] and "Region" in pages[0]


def test_grouped_by_organisation_the_organisation_is_not_repeated_in_a_column(store, hostile_event):
    text = pdf_pages(make_pdf(store, "participants", hostile_event, group_by="organisation"))[0]
    header = text.split("Klaster Życia")[0]
    assert "Organisation" not in header.split("Name", 1)[1]
    assert "Klaster Życia (1)" in text


def test_the_counts_are_never_split_over_two_pages(store):
    for count in range(40, 58, 3):  # the counts fall at a page's foot for some of them
        event_id = _event_with(store, count)
        pages = pdf_pages(make_pdf(store, "participants", event_id))
        holding = [index for index, text in enumerate(pages) if "Status" in text and "Country" in text]
        assert len(holding) == 1, f"{count} people: the counts on pages {holding}"
        last = pages[-1]
        assert "In numbers" in last and "Italy" in last.split("In numbers")[1] and "Spain" in last


def test_bookmarks_name_the_groups_and_the_counts(store, hostile_event):
    data = make_pdf(store, "participants", hostile_event, group_by="country")
    outline = [item.title for item in pypdf.PdfReader(io.BytesIO(data)).outline]
    assert outline == ["Germany (1)", "Greece (1)", "Poland (1)", "In numbers"]


def test_a_contact_card_column_holds_a_qr_code_per_person(store, hostile_event):
    data = make_pdf(store, "participants", hostile_event, columns=("card",))
    cards = [
        vcard("Jürgen", GERMAN, "Bio-Netzwerk Süd", "j.grossmann@example.org"),
        vcard("Małgorzata", "Żurawska", "Klaster Życia", "m.zurawska@example.org"),
        vcard("Γιώργος", GREEK, "Ελληνικό BioCluster", "g.papadopoulos@example.org"),
    ]
    matrices = [segno.make_qr(card, error="M").matrix for card in cards]
    expected = sum(sum(1 for dark, _ in groupby(row) if dark) for matrix in matrices for row in matrix)
    modules = {CARD_SIZE / len(matrix) for matrix in matrices}
    runs = [box for box in drawn(data, 0).rectangles if any(abs((box[3] - box[1]) - size) < 0.001 for size in modules)]
    assert len(runs) == expected  # the three people's contact cards, exactly


def test_bookmarks_print_a_groups_name_as_typed(store):
    data = hostile_event_data()
    data["organisations"][0]["name"] = "R&D <b>(Süd)</b>"
    event_id = add_event(store, data)
    pdf = make_pdf(store, "participants", event_id, group_by="organisation", language="el")
    outline = [item.title for item in pypdf.PdfReader(io.BytesIO(pdf)).outline]
    assert outline == ["Klaster Życia (1)", "R&D <b>(Süd)</b> (1)", "Ελληνικό BioCluster (1)", "Σε αριθμούς"]


def test_on_letter_paper_a_group_split_over_pages_keeps_its_name_and_no_page_ends_on_a_groups_row(store):
    from harder import add

    pages = pdf_pages(make_pdf(store, "participants", add(store), paper="letter", group_by="organisation"))
    assert len(pages) >= 2
    assert "BioM Biotech Cluster (40)" in pages[0]
    assert "BioM Biotech Cluster (continued)" in pages[1]
    for text in pages[:-1]:
        marks = ("printed", "Page ", "· Participant list")  # the footer and the running header
        rows = [line for line in text.splitlines() if line.strip() and not any(mark in line for mark in marks)]
        assert not rows[-1].rstrip().endswith(")"), f"a page ends on a group's row: {rows[-1]!r}"
