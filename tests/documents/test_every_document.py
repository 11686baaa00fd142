"""What holds for every document: names in Greek, Polish and German print
exactly, user text is never read as markup, the file is well formed, and
every page says which page of how many it is and when it was printed."""

from __future__ import annotations

import re
from datetime import date

import pytest
from conftest import (
    GERMAN,
    GREEK,
    HOSTILE_TITLE,
    POLISH,
    add_event,
    hostile_event_data,
    make_pdf,
    page_size,
    pdf_image_count,
    pdf_info,
    pdf_pages,
    pdf_text,
    structure_problems,
)

from planner.documents.catalogue import KINDS
from planner.services import values

ALL_KINDS = sorted(KINDS)
# The statistics count people and name none of them.
# Statistics count people; the caterer's list names nobody unless asked to.
NAMING_PEOPLE = [kind for kind in ALL_KINDS if kind not in ("statistics", "catering")]
A4 = (595.3, 841.9)
LETTER = (612.0, 792.0)


def _flat(text: str) -> str:
    """Text with its line breaks and runs of spaces as single spaces: a long
    title may wrap anywhere."""
    return " ".join(text.split())


@pytest.mark.parametrize("kind", NAMING_PEOPLE)
def test_names_in_every_script_print_exactly(store, hostile_event, kind):
    text = pdf_text(make_pdf(store, kind, hostile_event))
    for name in (GREEK, POLISH, GERMAN):
        assert name in text, f"{name} missing from the {kind}"


@pytest.mark.parametrize("kind", ALL_KINDS)
def test_a_title_with_markup_prints_as_typed_and_fetches_nothing(store, hostile_event, kind):
    data = make_pdf(store, kind, hostile_event)
    assert _flat(HOSTILE_TITLE) in _flat(pdf_text(data))
    assert pdf_image_count(data) == 0  # no picture was fetched and placed


@pytest.mark.parametrize("kind", ALL_KINDS)
def test_every_page_is_numbered_and_dated(store, hostile_event, kind):
    pages = pdf_pages(make_pdf(store, kind, hostile_event, printed_on=date(2026, 11, 21)))
    for number, text in enumerate(pages, start=1):
        assert f"Page {number} of {len(pages)}" in text
        assert "printed 21 November 2026" in text


@pytest.mark.parametrize("kind", ALL_KINDS)
def test_the_file_is_well_formed_with_title_and_author(store, hostile_event, kind):
    data = make_pdf(store, kind, hostile_event)
    assert structure_problems(data) == []
    info = pdf_info(data)
    assert info["/Title"].endswith(HOSTILE_TITLE)
    assert info["/Author"] == "Bio-Netzwerk Süd"  # the host


@pytest.mark.parametrize("kind", ALL_KINDS)
def test_a4_by_default_letter_on_request(store, hostile_event, kind):
    a4 = page_size(make_pdf(store, kind, hostile_event))
    letter = page_size(make_pdf(store, kind, hostile_event, paper="letter"))
    assert sorted(round(side, 1) for side in a4) == sorted(A4)
    assert sorted(round(side, 1) for side in letter) == sorted(LETTER)


@pytest.mark.slow
@pytest.mark.parametrize("kind", ALL_KINDS)
def test_a_5000_character_text_everywhere_wraps_without_breaking_the_layout(store, kind):
    count = 0
    while len(" ".join(f"word{number}" for number in range(count))) < 5000:
        count += 1
    words = " ".join(f"word{number}" for number in range(count))  # 5,000 characters, whole words
    unbroken = "x" * 5000  # no space to wrap at
    # each text as long as it may be, up to 5,000 characters
    data = hostile_event_data(title=f"Long {words}"[: values.TITLE].strip(), summary=words)
    data["agenda"][0]["description"] = words
    data["agenda"][1]["title"] = unbroken[: values.TITLE]
    data["minutes"]["items"][0]["text"] = words
    data["minutes"]["summary"] = unbroken
    data["stays"][0]["address"] = words[: values.NOTE].strip()
    data["people"][0]["dietary"] = words[: values.NOTE].strip()
    data["organisations"][0]["name"] = f"Org {words}"[: values.NAME].strip()
    event_id = add_event(store, data)
    pdf = make_pdf(store, kind, event_id)
    pages = pdf_pages(pdf)
    assert structure_problems(pdf) == []
    assert all(re.search(r"Page \d+ of \d+", text) for text in pages)
    assert f"word{count - 1}" in _flat(pdf_text(pdf)) or kind in (
        "badges",
        "attendance",
        "participants",
        "itinerary",
        "statistics",
        "costs",
        "catering",  # the needs only: no summary, agenda or minutes
    )


@pytest.mark.parametrize("kind", ALL_KINDS)
def test_the_sample_events_print(store, samples, kind):
    for event_id in samples.values():
        pdf = make_pdf(store, kind, event_id)
        assert structure_problems(pdf) == []
        assert pdf_pages(pdf)
