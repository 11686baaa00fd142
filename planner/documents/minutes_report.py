"""The conclusions report as a PDF: the blocks of minutes_content.py set in
the documents' fonts and table style, every section and day a bookmark,
and a table of contents at the head of a long report.

Bullets and numbers are set in the documents' own font (a Paragraph's
bullets are otherwise set in Helvetica, a font the PDF would not carry)."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from planner.documents.breaking import FRAME_PADDING
from planner.documents.cells import unbroken
from planner.documents.fonts import SANS, SANS_BOLD
from planner.documents.funding import funding_band
from planner.documents.marked import N_
from planner.documents.minutes_content import report
from planner.documents.options import DocumentOptions
from planner.documents.outline import OutlinedHeading
from planner.documents.page import MARGIN, DocumentInfo, build_pdf
from planner.documents.report_blocks import Block, Grid, Heading, Items, Line, Report, Text
from planner.documents.styles import ACCENT, MUTED_HEX, Styles, data_table, make_styles
from planner.documents.text import Markup, escape
from planner.documents.wording import document_words, figure

if TYPE_CHECKING:
    from sqlmodel import Session

ALERT_HEX = "#a4262c"  # an overdue action
ACCENT_HEX = "#1d4e89"  # styles.ACCENT
CONTENTS = N_("Contents")
CONTENTS_FROM_PAGES = 4  # a report this long opens with its table of contents
KEEP_WHOLE_ROWS = 25  # a table this short is never split across pages
PASSES_MOST = 3  # the contents' page numbers settle in two passes; a third if the contents moved a heading


def markup(runs: Line) -> Markup:
    """A line of runs as a Paragraph's markup, every user text escaped."""
    text = Markup("")
    for run in runs:
        piece = escape(run.text)
        if run.bold:
            piece = Markup(f"<b>{piece}</b>")
        if run.italic:
            piece = Markup(f"<i>{piece}</i>")
        if run.muted:
            piece = Markup(f'<font color="{MUTED_HEX}">{piece}</font>')
        if run.alert:
            piece = Markup(f'<font color="{ALERT_HEX}">{piece}</font>')
        if run.link:
            target = escape(run.link).replace('"', "&quot;")
            piece = Markup(f'<a href="{target}" color="{ACCENT_HEX}">{piece}</a>')
        text = Markup(str.__add__(text, piece))
    return text


class _Look:
    """The styles of the report's blocks."""

    def __init__(self, styles: Styles):
        self.styles = styles
        self.text = {
            "kicker": styles.small,
            "title": styles.title,
            "subtitle": styles.subtitle,
            "facts": styles.facts,
            "body": styles.body,
        }
        bullets = {"bulletFontName": SANS, "bulletFontSize": styles.body.fontSize}
        self.bullet = ParagraphStyle(
            "bullet", parent=styles.body, leftIndent=12, bulletIndent=2, spaceAfter=2, **bullets
        )
        self.numbered = ParagraphStyle(
            "numbered", parent=styles.body, leftIndent=18, bulletIndent=0, spaceAfter=5, **bullets
        )
        self.header_right = ParagraphStyle("header_right", parent=styles.header_cell, alignment=TA_RIGHT)
        self.day = ParagraphStyle("day", parent=styles.subheading, textColor=ACCENT)
        self.contents = ParagraphStyle("contents", parent=styles.body, spaceAfter=1)
        self.contents_page = ParagraphStyle("contents_page", parent=self.contents, alignment=TA_RIGHT)


def _items(block: Items, look: _Look) -> list[Flowable]:
    flowables: list[Flowable] = []
    for number, item in enumerate(block.items, start=1):
        if block.numbered:
            mark = Markup(f'<bullet><font name="{SANS_BOLD}" color="{ACCENT_HEX}">{number}.</font></bullet>')
            flowables.append(Paragraph(mark + markup(item), look.numbered))
        else:
            flowables.append(Paragraph(Markup("<bullet>•</bullet>") + markup(item), look.bullet))
    return [*flowables, Spacer(1, 2 * mm)]


def _grid(block: Grid, look: _Look, width: float) -> Flowable:
    styles = look.styles
    header = [
        Paragraph(escape(title), look.header_right if index in block.right else styles.header_cell)
        for index, title in enumerate(block.header)
    ]
    rows = [
        [
            Paragraph(
                markup(_on_one_line(cell) if index in block.whole else cell),
                styles.cell_right if index in block.right else styles.cell,
            )
            for index, cell in enumerate(row)
        ]
        for row in block.rows
    ]
    widths = [width * share for share in block.shares]
    giver = max(range(len(widths)), key=lambda index: widths[index])
    for column in (*block.keep, *block.whole):  # headings, states and dates never broken
        widths = unbroken(widths, column, [row[column] for row in [header, *rows]], giver=giver)
    return _own_font(data_table([header, *rows], widths, zebra=not block.total or len(rows) > 1))


def _on_one_line(runs: Line) -> Line:
    """ "30 Ιουν 2018" kept whole: its spaces do not break."""
    return tuple(replace(run, text=run.text.replace(" ", "\u00a0")) for run in runs)


def _own_font(table: Table) -> Table:
    """A table's cells set in the documents' font: a Table otherwise names
    Helvetica in the page, even when every cell is a Paragraph."""
    table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), SANS)]))
    return table


def _heading(block: Heading, look: _Look, pages: dict[str, int]) -> list[Flowable]:
    if block.level == 1:
        return [CondPageBreak(35 * mm), OutlinedHeading(block.text, look.styles.heading, block.key, 0, pages)]
    return [CondPageBreak(20 * mm), OutlinedHeading(block.text, look.day, block.key, 1, pages)]


def _contents(content: Report, look: _Look, pages: dict[str, int], width: float) -> list[Flowable]:
    """The sections with their pages, each a link to its heading."""
    words = document_words(content.language)
    rows = []
    for heading in content.headings:
        if heading.level != 1:
            continue
        title = Markup(f'<a href="#{heading.key}">') + escape(heading.text) + Markup("</a>")
        page = figure(pages.get(heading.key, 0), content.language)
        rows.append([Paragraph(title, look.contents), Paragraph(escape(page), look.contents_page)])
    table = _own_font(data_table(rows, [width * 0.85, width * 0.15], header_rows=0, zebra=False))
    return [
        CondPageBreak(60 * mm),
        Paragraph(escape(words.gettext(CONTENTS)), look.styles.heading),
        table,
        Spacer(1, 4 * mm),
    ]


def _story(content: Report, look: _Look, width: float, pages: dict[str, int], contents: bool) -> list[Flowable]:
    """The flowables of the report; its headings note their pages in
    ``pages``; with ``contents``, the contents after the head, numbered
    from the pages of the pass before."""
    # The programme's band above the title, as on the other documents of its events.
    flowables: list[Flowable] = funding_band(content.funded_by, look.styles, document_words(content.language))
    head_done = False
    blocks = list(content.blocks)
    index = 0
    while index < len(blocks):
        block = blocks[index]
        if isinstance(block, Heading) and not head_done:
            flowables.append(Spacer(1, 3 * mm))
            if contents:
                flowables += _contents(content, look, dict(pages), width)
            head_done = True
        together = _introduced_table(blocks, index)
        if together:  # a heading, its sentence and its short table on one page
            parts = [part for kept in blocks[index : index + together] for part in _block(kept, look, width, pages)]
            kept_parts: list[Flowable] = []
            for part in parts:  # one KeepTogether: none inside it, nor a page break
                if isinstance(part, KeepTogether):
                    kept_parts += part._content
                elif not isinstance(part, CondPageBreak):
                    kept_parts.append(part)
            flowables.append(KeepTogether(kept_parts))
            index += together
            continue
        flowables += _block(block, look, width, pages)
        index += 1
    return flowables


def _introduced_table(blocks: list[Block], index: int) -> int:
    """How many blocks from ``index`` are a heading, a sentence and a short
    table (the actions, the countries): 0 when they are not."""
    if index + 2 >= len(blocks) or not isinstance(blocks[index], Heading):
        return 0
    sentence, table = blocks[index + 1], blocks[index + 2]
    if isinstance(sentence, Text) and isinstance(table, Grid) and len(table.rows) <= KEEP_WHOLE_ROWS:
        return 3
    return 0


def _block(block: Block, look: _Look, width: float, pages: dict[str, int]) -> list[Flowable]:
    if isinstance(block, Heading):
        return _heading(block, look, pages)
    if isinstance(block, Text):
        return [Paragraph(markup(block.runs), look.text[block.kind])]
    if isinstance(block, Items):
        return _items(block, look)
    table = _grid(block, look, width)
    if len(block.rows) <= KEEP_WHOLE_ROWS:  # a short table is not split for a row or two
        return [KeepTogether([table]), Spacer(1, 4 * mm)]
    return [table, Spacer(1, 4 * mm)]


def render(content: Report, options: DocumentOptions) -> bytes:
    info = DocumentInfo(
        title=content.title,
        document=content.document,
        author=content.author,
        printed_on=options.printed_on,
        paper=options.paper,
        language=content.language,
    )
    look = _Look(make_styles())
    width = info.pagesize[0] - 2 * MARGIN - FRAME_PADDING  # inside the frame's padding
    pages: dict[str, int] = {}
    data = build_pdf(_story(content, look, width, pages, False), info)
    if max(pages.values(), default=1) < CONTENTS_FROM_PAGES:
        return data
    for _ in range(PASSES_MOST):  # until the contents name the pages the headings are on
        seen = dict(pages)
        data = build_pdf(_story(content, look, width, pages, True), info)
        if pages == seen:
            break
    return data


def build(session: Session, event_id: int, options: DocumentOptions) -> bytes:
    return render(report(session, event_id, options.language, options.report_date), options)
