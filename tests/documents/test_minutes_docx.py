"""The conclusions report as a Word document, read back with python-docx:
the same headings, paragraphs, lists and tables as the PDF, as Word's own
headings, numbered lists and tables, in the report's language."""

from __future__ import annotations

import io
from datetime import date

import docx
import pytest
from conftest import make_pdf, pdf_text
from docx.oxml.ns import qn

from planner.documents.catalogue import render_word
from planner.documents.options import DocumentOptions


def _word(store, event_id: int, **options) -> docx.document.Document:
    with store.read() as session:
        return docx.Document(io.BytesIO(render_word(session, event_id, DocumentOptions(**options))))


def _flat(text: str) -> str:
    return " ".join(text.split())


def _headings(document, level: int = 1) -> list[str]:
    return [paragraph.text for paragraph in document.paragraphs if paragraph.style.name == f"Heading {level}"]


def _pdf_headings(data: bytes, wanted: list[str]) -> list[str]:
    return [line.strip() for line in pdf_text(data).splitlines() if line.strip() in wanted]


def _numbering(paragraph) -> int:
    return paragraph._p.pPr.numPr.numId.val


@pytest.mark.parametrize("language", ["en", "de", "el"])
def test_the_word_document_has_the_pdfs_headings_in_its_order(store, samples, language):
    for event_id in (samples["Improvement"], samples["ECRI"]):
        document = _word(store, event_id, language=language)
        headings = _headings(document)
        pdf = make_pdf(store, "minutes", event_id, language=language)
        assert headings and headings == _pdf_headings(pdf, headings)
        days = _headings(document, 2)
        assert days == _pdf_headings(pdf, days) and days


def test_every_paragraph_and_cell_of_the_word_document_is_in_the_pdf(store, samples):
    madrid = samples["Improvement"]
    document = _word(store, madrid)
    pdf = _flat(pdf_text(make_pdf(store, "minutes", madrid))).replace("• ", "")
    texts = [paragraph.text for paragraph in document.paragraphs if paragraph.text.strip()]
    texts += [cell.text for table in document.tables for row in table.rows for cell in row.cells if cell.text]
    assert len(texts) > 60
    for text in texts:
        assert _flat(text) in pdf, text


def test_the_madrid_report_in_word_reads_as_the_model(store, samples):
    document = _word(store, samples["Improvement"])
    paragraphs = [(paragraph.style.name, paragraph.text) for paragraph in document.paragraphs]
    assert paragraphs[1] == (
        "Title",
        "Improvement of management skills in biotechnological companies: the role of clusters",
    )
    assert paragraphs[2] == ("Subtitle", "Madrid, 3–4 June 2009 · Workshop")
    assert _headings(document)[0] == "How the meeting was organised"
    assert _headings(document)[-1] == "Who took part"
    texts = [text for _, text in paragraphs]
    proposals = texts.index("Proposals")
    assert texts[proposals + 1].startswith("Mrs. Jocelyne Le Seyec, Brittany (FR), proposed that a good area")
    day = texts.index("Wednesday 3 June 2009")
    assert paragraphs[day + 1] == ("List Bullet", "09:30–10:00 Welcome and introduction to the CLUNET pilot project")
    assert document.core_properties.title.startswith("Conclusions report: Improvement of management skills")
    assert document.core_properties.language == "en-GB"


def test_each_numbered_list_counts_from_one(store, samples):
    document = _word(store, samples["ECRI"])
    numbered = [paragraph for paragraph in document.paragraphs if paragraph.style.name == "List Number"]
    lists = {_numbering(paragraph) for paragraph in numbered}
    assert len(numbered) == 10 and len(lists) == 3  # conclusions, best practices, discussion points
    numbering = document.part.numbering_part.element
    for number in lists:
        start = numbering.num_having_numId(number).lvlOverride_lst[0].startOverride
        assert start is not None and start.val == 1


def test_the_tables_are_word_tables_with_a_header_on_every_page(store, samples):
    document = _word(store, samples["Improvement"], report_date=date(2009, 8, 1))
    actions, countries, organisations = document.tables
    assert [cell.text for cell in actions.rows[0].cells] == ["#", "Action", "Owner", "Due", "State"]
    assert [cell.text for cell in actions.rows[2].cells][3:] == ["15 Jul 2009", "Open\noverdue"]
    assert actions.rows[0]._tr.trPr.xpath("./w:tblHeader")
    assert [cell.text for cell in countries.rows[-1].cells] == ["Total", "12"]
    assert [cell.text for cell in organisations.rows[0].cells] == ["Organisation", "Country", "Participants", "Number"]


def test_the_organisers_address_is_a_mail_link(store, samples):
    document = _word(store, samples["ECRI"])
    links = [relation.target_ref for relation in document.part.rels.values() if relation.reltype.endswith("/hyperlink")]
    assert links == ["mailto:ecri.studyvisit@example.org"]
    contact = next(paragraph for paragraph in document.paragraphs if paragraph.text.startswith("Contact:"))
    assert contact.text == "Contact: ecri.studyvisit@example.org"


def test_the_word_document_in_polish_is_worded_and_sized_as_asked(store, samples):
    document = _word(store, samples["Improvement"], language="pl", paper="letter")
    assert _headings(document)[0] == "Przebieg spotkania"
    assert document.core_properties.language == "pl-PL"
    section = document.sections[0]
    assert round(section.page_width.pt) == 612 and round(section.page_height.pt) == 792
    proposal = next(paragraph.text for paragraph in document.paragraphs if "Le Seyec" in paragraph.text)
    assert proposal.startswith("Propozycja zgłoszona przez Mrs. Jocelyne Le Seyec, Brittany (FR): A good area")


def test_every_page_says_which_page_of_how_many(store, samples):
    document = _word(store, samples["Improvement"], language="de")
    footer = document.sections[0].footer.paragraphs[0]
    fields = [field.get(qn("w:instr")) for field in footer._p.iter(qn("w:fldSimple"))]
    assert fields == ["PAGE", "NUMPAGES"]
    assert footer.text.startswith("Ergebnisbericht · Seite ")
