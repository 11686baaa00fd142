"""Name badges as the registration desk cuts them out: eight to a page,
every name right and readable, long names kept inside their badge."""

from __future__ import annotations

import pytest
from conftest import (
    GERMAN,
    GREEK,
    POLISH,
    add_event,
    hostile_event_data,
    make_pdf,
    page_size,
    pdf_image_count,
    pdf_pages,
)
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.pdfbase.pdfmetrics import stringWidth

from planner.documents import badges
from planner.documents.badges import HEIGHT, PADDING, WIDTH, Person, name_blocks
from planner.documents.fonts import register_fonts
from planner.services import directory, participants, values

LONG_GIVEN = "María de los Ángeles Guadalupe"
LONG_FAMILY = "Fernández-Castañeda Rodríguez"  # with the given name: 60 characters


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines()]


def _event_with(store, count: int, **person) -> int:
    """The hostile event (three people) with ``count`` more participants."""
    event_id = add_event(store, hostile_event_data())
    with store.write() as session:
        for number in range(count):
            fields = {"given_name": f"Given{number:02d}", "family_name": f"Family{number:02d}", "country": "IT"}
            created = directory.create_person(session, **(fields | person))
            participants.add_participant(session, event_id, created.id, status="confirmed")
    return event_id


def test_every_persons_given_and_family_name_on_a_line_of_their_own(store, samples):
    lines = _lines("\n".join(pdf_pages(make_pdf(store, "badges", samples["ECRI"]))))
    for given, family in (
        ("Dimitra", "Alexiou"),
        ("Tobias", "Bäumler"),
        ("Horst", "Domdey"),
        ("Marta", "Ferrer Vidal"),
        ("Paweł", "Łoś"),
        ("Agnieszka", "Wróbel"),
    ):
        assert lines[lines.index(given) + 1] == family  # the family name right under the given name
    assert "Greece" in lines and "Poland" in lines and "HBio" in lines


def test_names_in_every_script(store, hostile_event):
    lines = _lines("\n".join(pdf_pages(make_pdf(store, "badges", hostile_event))))
    assert lines[lines.index("Γιώργος") + 1] == GREEK
    assert lines[lines.index("Małgorzata") + 1] == POLISH
    assert lines[lines.index("Jürgen") + 1] == GERMAN


@pytest.mark.parametrize("paper, size", [("a4", A4), ("letter", LETTER)])
def test_eight_badges_a_page_on_a4_and_letter(store, paper, size):
    event_id = _event_with(store, 17)  # 20 people
    data = make_pdf(store, "badges", event_id, paper=paper)
    pages = pdf_pages(data)
    assert page_size(data) == pytest.approx(size, abs=0.1)
    assert len(pages) == 3
    counts = [sum(line.startswith("Family") for line in _lines(text)) for text in pages]
    assert counts == [8, 8, 1]  # FamilyNN sort first; Großmann, Żurawska, Παπαδόπουλος end page 3
    assert sum(GREEK in text or GERMAN in text or POLISH in text for text in pages) >= 1
    assert pdf_image_count(data) == 0  # names are text, not pictures


def test_the_last_page_is_filled_with_blank_badges(store, samples):
    pages = pdf_pages(make_pdf(store, "badges", samples["ECRI"]))  # 11 people
    assert len(pages) == 2
    title = "ECRI study visit to BioM, Munich"
    # Eight badges each name the event; page 2 also has it in its running header.
    assert pages[0].count(title) == 8 and pages[1].count(title) == 9
    assert "Wróbel" in pages[1] and "Vlachos" in pages[1]


def test_a_60_character_name_fits_inside_its_badge(store):
    assert len(f"{LONG_GIVEN} {LONG_FAMILY}") == 60
    event_id = _event_with(store, 1, given_name=LONG_GIVEN, family_name=LONG_FAMILY, organisation_id=None)
    text = " ".join(" ".join(pdf_pages(make_pdf(store, "badges", event_id))).split())
    assert LONG_GIVEN in text and LONG_FAMILY in text
    register_fonts()
    inner = WIDTH - 2 * PADDING
    blocks = name_blocks(
        Person(LONG_GIVEN, LONG_FAMILY, "Universidad Complutense de Madrid, Facultad de Biología", "Spain"),
        inner,
        HEIGHT / 2,
    )
    for block in blocks:
        assert all(stringWidth(line, block.font, block.size) <= inner for line in block.lines)
    assert sum(block.height for block in blocks) <= HEIGHT / 2
    assert " ".join(blocks[0].lines) == LONG_GIVEN and " ".join(blocks[1].lines) == LONG_FAMILY
    assert blocks[0].size > blocks[1].size >= 8  # the given name stays the largest, and readable


def test_short_names_are_printed_large(store):
    register_fonts()
    given, family, _organisation = name_blocks(Person("Jan", "Nowak", "KLK", "Poland"), WIDTH - 2 * PADDING, 30 * 2.83)
    assert given.size == 26 and family.size == 15 and given.lines == ("Jan",)


def test_text_no_badge_could_hold_shrinks_and_is_cut_but_never_overflows(store):
    register_fonts()
    inner = WIDTH - 2 * PADDING
    organisation = "Organisation " * 80
    blocks = name_blocks(Person("X" * 300, "Y" * 300, organisation, ""), inner, HEIGHT / 2)
    for block in blocks:
        assert all(stringWidth(line, block.font, block.size) <= inner + 0.01 for line in block.lines)
    assert blocks[2].lines[-1].endswith("…")
    # and a whole document with such a person renders
    event_id = _event_with(store, 1, given_name="X" * values.NAME, family_name="Y" * values.NAME)  # the longest names
    assert len(pdf_pages(make_pdf(store, "badges", event_id))) == 1


def test_the_grid_stays_clear_of_header_and_footer_on_both_papers():
    class Document:
        pagesize = A4

    for size in (A4, LETTER):
        Document.pagesize = size
        frames = badges._frames(Document)
        assert len(frames) == 8
        lowest = min(frame._y1 for frame in frames) - badges.MARK_OFFSET - badges.MARK_LENGTH
        highest = max(frame._y1 + frame._height for frame in frames) + badges.MARK_OFFSET + badges.MARK_LENGTH
        assert lowest > badges.FOOTER_TOP and highest < size[1] - badges.HEADER_BOTTOM
        assert min(frame._x1 for frame in frames) - badges.MARK_OFFSET - badges.MARK_LENGTH > 5 * 2.83
        assert max(frame._x1 + frame._width for frame in frames) + 20 < size[0]


def test_people_who_do_not_come_get_no_badge_unless_selected(store, hostile_event):
    with store.write() as session:
        row = next(row for row in participants.participant_rows(session, hostile_event) if row.family_name == GREEK)
        participants.update_participation(session, row.participation_id, status="declined")
    assert GREEK not in "\n".join(pdf_pages(make_pdf(store, "badges", hostile_event)))
    chosen = "\n".join(pdf_pages(make_pdf(store, "badges", hostile_event, person_ids=frozenset({row.person_id}))))
    assert GREEK in chosen and GERMAN not in chosen
