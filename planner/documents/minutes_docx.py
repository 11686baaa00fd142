"""The conclusions report as a Word document (.docx), for organisers who
edit it before sending it: the same blocks as the PDF (minutes_content.py)
as Word's own headings, lists and tables, so that Word's navigation pane,
numbering and table tools work on it."""

from __future__ import annotations

import io
import re
from typing import TYPE_CHECKING

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

from planner.documents.minutes_content import report
from planner.documents.options import DocumentOptions
from planner.documents.page import PAPERS
from planner.documents.report_blocks import Grid, Heading, Items, Line, Report, Run, Text
from planner.documents.wording import document_words

if TYPE_CHECKING:
    from docx.document import Document as WordDocument
    from docx.text.paragraph import Paragraph
    from sqlmodel import Session

MUTED = RGBColor(0x5F, 0x6B, 0x7A)
ALERT = RGBColor(0xA4, 0x26, 0x2C)
LINK = RGBColor(0x1D, 0x4E, 0x89)
MARGIN = Mm(18)
TEXT_STYLES = {"kicker": "Normal", "title": "Title", "subtitle": "Subtitle", "facts": "Normal", "body": "Normal"}
# Locales Word knows a language by, for its spelling and hyphenation.
WORD_LANGUAGES = {
    "en": "en-GB",
    "es": "es-ES",
    "de": "de-DE",
    "fr": "fr-FR",
    "it": "it-IT",
    "pl": "pl-PL",
    "el": "el-GR",
}


def _run(paragraph: Paragraph, run: Run, *, small: bool = False) -> None:
    if run.link:
        _hyperlink(paragraph, run)
        return
    piece = paragraph.add_run(run.text)  # a line break in the text becomes Word's
    piece.bold = run.bold or None
    piece.italic = run.italic or None
    if run.muted or small:
        piece.font.color.rgb = MUTED
    if run.alert:
        piece.font.color.rgb = ALERT
    if small:
        piece.font.size = Pt(9)


def _hyperlink(paragraph: Paragraph, run: Run) -> None:
    """A link Word opens (a mailto: address), blue and underlined."""
    target = paragraph.part.relate_to(run.link, RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), target)
    piece = OxmlElement("w:r")
    properties = OxmlElement("w:rPr")
    colour = OxmlElement("w:color")
    colour.set(qn("w:val"), str(LINK))
    underline = OxmlElement("w:u")
    underline.set(qn("w:val"), "single")
    properties.append(colour)
    properties.append(underline)
    piece.append(properties)
    text = OxmlElement("w:t")
    text.text = run.text
    text.set(qn("xml:space"), "preserve")
    piece.append(text)
    link.append(piece)
    paragraph._p.append(link)


def _line(paragraph: Paragraph, runs: Line, *, small: bool = False) -> Paragraph:
    for run in runs:
        _run(paragraph, run, small=small)
    return paragraph


def _numbering_from_one(document: WordDocument) -> int:
    """A new numbering of Word's "List Number" list that starts at 1: each
    numbered list of the report counts from 1, not on from the one before."""
    numbering = document.part.numbering_part.numbering_definitions._numbering
    style_number = document.styles["List Number"].element.pPr.numPr.numId.val
    abstract = numbering.num_having_numId(style_number).abstractNumId.val
    number = numbering.add_num(abstract)
    number.add_lvlOverride(ilvl=0).add_startOverride(1)
    return number.numId


def _items(document: WordDocument, block: Items) -> None:
    numbering = _numbering_from_one(document) if block.numbered else None
    for item in block.items:
        paragraph = document.add_paragraph(style="List Number" if block.numbered else "List Bullet")
        if numbering is not None:
            properties = paragraph._p.get_or_add_pPr().get_or_add_numPr()
            properties.get_or_add_ilvl().val = 0
            properties.get_or_add_numId().val = numbering
        _line(paragraph, item)


def _repeat_header(row) -> None:
    """The header row printed again on every page the table runs onto."""
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    row._tr.get_or_add_trPr().append(header)


def _grid(document: WordDocument, block: Grid, width: int) -> None:
    table = document.add_table(rows=1, cols=len(block.header))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.LEFT
    widths = [int(width * share / sum(block.shares)) for share in block.shares]
    _repeat_header(table.rows[0])
    for index, title in enumerate(block.header):
        cell = table.rows[0].cells[index]
        cell.width = widths[index]
        paragraph = cell.paragraphs[0]
        paragraph.add_run(title).bold = True
        if index in block.right:
            paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for row in block.rows:
        cells = table.add_row().cells
        for index, runs in enumerate(row):
            cells[index].width = widths[index]
            paragraph = _line(cells[index].paragraphs[0], runs)
            if index in block.right:
                paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    document.add_paragraph()  # a table followed directly by another would merge with it


def _field(paragraph: Paragraph, code: str) -> None:
    """A field Word fills in (the page number, the number of pages)."""
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), code)
    piece = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "1"
    piece.append(text)
    field.append(piece)
    paragraph._p.append(field)


def _footer(document: WordDocument, content: Report) -> None:
    """ "Conclusions report · Page 2 of 3" at the foot of every page, as on
    the PDF."""
    paragraph = document.sections[0].footer.paragraphs[0]
    words = document_words(content.language)
    pages = words.gettext("Page {number} of {total}")
    _run(paragraph, Run(f"{content.document} · "), small=True)
    for part in re.split(r"(\{number\}|\{total\})", pages):
        if part == "{number}":
            _field(paragraph, "PAGE")
        elif part == "{total}":
            _field(paragraph, "NUMPAGES")
        elif part:
            _run(paragraph, Run(part), small=True)


def _language(document: WordDocument, language: str) -> None:
    """The text's language, for Word's spelling and hyphenation."""
    properties = document.styles["Normal"].element.get_or_add_rPr()
    mark = OxmlElement("w:lang")
    mark.set(qn("w:val"), WORD_LANGUAGES.get(language, language))
    properties.append(mark)
    document.core_properties.language = WORD_LANGUAGES.get(language, language)


def write(content: Report, options: DocumentOptions) -> bytes:
    document = Document()
    section = document.sections[0]
    width, height = PAPERS[options.paper]
    section.page_width, section.page_height = Pt(width), Pt(height)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, MARGIN)
    text_width = section.page_width - 2 * MARGIN
    properties = document.core_properties
    properties.title = f"{content.document}: {content.title}"
    properties.subject = content.document
    properties.author = content.author
    _language(document, content.language)
    _footer(document, content)
    for block in content.blocks:
        if isinstance(block, Heading):
            document.add_heading(block.text, level=block.level)
        elif isinstance(block, Text):
            paragraph = document.add_paragraph(style=TEXT_STYLES[block.kind])
            _line(paragraph, block.runs, small=block.kind in ("kicker", "facts"))
        elif isinstance(block, Items):
            _items(document, block)
        else:
            _grid(document, block, text_width)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def build(session: Session, event_id: int, options: DocumentOptions) -> bytes:
    """The Word document of an event's conclusions report."""
    return write(report(session, event_id, options.language, options.report_date), options)
