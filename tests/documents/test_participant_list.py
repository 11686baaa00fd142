"""The participant list as the host and the hotel read it."""

from __future__ import annotations

import re

from conftest import GERMAN, GREEK, POLISH, add_event, hostile_event_data, make_pdf, pdf_pages, pdf_text

from planner.services import directory, participants


def _big_event(store, count: int) -> int:
    """An event with ``count`` participants from three countries."""
    event_id = add_event(store, hostile_event_data())
    with store.write() as session:
        for number in range(count):
            person = directory.create_person(
                session,
                given_name=f"Given{number:03d}",
                family_name=f"Family{number:03d}",
                country=("IT", "PL", "GR")[number % 3],
            )
            participants.add_participant(session, event_id, person.id, status="confirmed")
    return event_id


def test_sorted_by_family_name_as_a_reader_looks_it_up(store, hostile_event):
    text = pdf_text(make_pdf(store, "participants", hostile_event))
    # Großmann (G), Παπαδόπουλος (Greek after Latin), Żurawska (Z with a dot: among the Z's)
    assert text.index(GERMAN) < text.index(POLISH) < text.index(GREEK)
    assert "Großmann, Jürgen" in text  # family name first, as sorted


def test_500_people_span_several_pages_each_with_the_header(store):
    event_id = _big_event(store, 500)
    pages = pdf_pages(make_pdf(store, "participants", event_id))
    assert len(pages) >= 5
    for text in pages:
        assert "Organisation" in text and "Region and country" in text and "Role" in text
    everyone = "\n".join(pages)
    assert all(f"Family{number:03d}, Given{number:03d}" in everyone for number in range(500))
    # Each row reads as one line, its number first: 500 + the three people
    # of the event, numbered on across the pages.
    numbers = {int(found) for found in re.findall(r"^(\d+) ", everyone, flags=re.MULTILINE)}
    assert set(range(1, 504)) <= numbers and 504 not in numbers


def test_counts_at_the_end(store, hostile_event):
    text = pdf_pages(make_pdf(store, "participants", hostile_event))[-1]
    assert "In numbers" in text
    assert "3 participants from 3 organisations in 3 countries." in " ".join(text.split())


def test_people_who_declined_are_not_listed_unless_selected(store, hostile_event):
    with store.write() as session:
        rows = participants.participant_rows(session, hostile_event)
        greek = next(row for row in rows if row.family_name == GREEK)
        participants.update_participation(session, greek.participation_id, status="declined")
    assert GREEK not in pdf_text(make_pdf(store, "participants", hostile_event))
    chosen = make_pdf(store, "participants", hostile_event, person_ids=frozenset({greek.person_id}))
    text = pdf_text(chosen)
    assert GREEK in text and GERMAN not in text and "A selection of 1 participant." in text


def test_optional_columns_for_the_host_and_the_hotel(store, hostile_event):
    plain = pdf_text(make_pdf(store, "participants", hostile_event))
    assert "m.zurawska@example.org" not in plain and "keine Nüsse" not in plain
    full = pdf_text(make_pdf(store, "participants", hostile_event, columns=("email", "needs", "stay")))
    flat = " ".join(full.split())
    assert "m.zurawska@example.org" in flat
    assert "vegetarisch; keine Nüsse" in flat
    assert "Access: wheelchair <access> & lift" in flat
    assert "Fri 27 Mar – Mon 30 Mar" in flat  # the Greek speaker's stay


def test_grouped_by_country_with_the_size_of_each_group(store):
    event_id = _big_event(store, 30)
    text = pdf_text(make_pdf(store, "participants", event_id, group_by="country"))
    # Countries in alphabetical order, each with its count (10 each + the event's own three).
    germany, greece, italy, poland = (text.index(f"{name} (") for name in ("Germany", "Greece", "Italy", "Poland"))
    assert germany < greece < italy < poland
    assert "Greece (11)" in text and "Italy (10)" in text and "Poland (11)" in text and "Germany (1)" in text


def test_grouped_by_organisation(store, hostile_event):
    text = pdf_text(make_pdf(store, "participants", hostile_event, group_by="organisation"))
    assert "Bio-Netzwerk Süd (1)" in text and "Klaster Życia (1)" in text and "Ελληνικό BioCluster (1)" in text
