"""Signature sheets: the attendance evidence funders ask for. One sheet per
day of the event, each of its pages standing on its own as a loose sheet
does: the programme's logos, funding statement and grant agreement number;
the event, the date and "sheet 1 of 2 for this day", the venue; then
numbered rows (family name first, organisation, country, e-mail, a box tall
enough to sign in, or two where the event is signed morning and afternoon),
empty numbered rows for people who come unannounced, and at the end the
number present, the organiser's or host's signature and the date, and what
the personal data are collected for.

The pages are laid out here rather than left to reportlab's table breaking:
the walk-in rows fill what is left of the day's last page (they never spill
a few rows onto a page of their own), and the closing block always shares
its page with the last rows."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from math import floor
from typing import TYPE_CHECKING

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Paragraph, Spacer, Table, TableStyle

from planner.documents.breaking import FRAME_PADDING
from planner.documents.cells import unbroken
from planner.documents.dates import long_day, short_day
from planner.documents.funding import funding_band
from planner.documents.heading import EventFacts, event_facts
from planner.documents.marked import N_
from planner.documents.options import DocumentOptions
from planner.documents.page import MARGIN, DocumentInfo, build_pdf
from planner.documents.people import listed_name, listed_people
from planner.documents.styles import INK, RULE, Styles, data_table, make_styles
from planner.documents.text import Markup, bold, capitals, escape, filled, joined, para
from planner.documents.wording import document_words, figure
from planner.services import attendance, events
from planner.services.language import Wording
from planner.services.participants import ParticipantRow
from planner.services.times import day_range
from planner.services.values import country_name

if TYPE_CHECKING:
    from sqlmodel import Session

DOCUMENT = N_("Attendance list")
ROW_HEIGHT = 11.5 * mm  # room for a signature
# Text sits a little lower in the tall rows, near their middle. (Cells are
# top-aligned: reportlab splits a middle-aligned row over many pages.)
TOP_PADDING, BOTTOM_PADDING = 9, 3
# Column weights: No., Name, Organisation, Country, E-mail, then the
# signature box, or the morning's and the afternoon's.
WEIGHTS = (0.7, 3.6, 2.8, 1.8, 4.0)
SIGNATURE_WEIGHTS = {False: (4.0,), True: (2.7, 2.7)}
# Fewer walk-in rows than this at the foot of the day's last page would
# leave too little room: then they start a page with the last listed people.
FEWEST_WALK_INS = 3
# Kept free at each page's foot for what measuring may not see.
SAFETY = 4.0
HINT = N_(
    "Please sign in the row with your name (the list is by family name). Not on the list? "
    "Write your name and organisation in an empty row at the end and sign there."
)
DATA_PROTECTION = N_(
    "Data protection: the names, e-mail addresses and signatures on this sheet are collected only as "
    "evidence of attendance for the funder of this event, kept as long as the grant's rules require, "
    "and processed under Regulation (EU) 2016/679 (GDPR)."
)


@dataclass(frozen=True)
class Sheet:
    """What every page of one day's sheet says."""

    facts: EventFacts
    day: date
    number: int  # of the day
    days: int
    halves: bool


def _heading(sheet: Sheet, page: int, pages: int, styles: Styles, words: Wording) -> list[Flowable]:
    """What the page is for, so that each page stands on its own."""
    facts = sheet.facts
    which = words.gettext("Day {number} of {total}").format(number=sheet.number, total=sheet.days)
    kicker = f"{words.gettext(DOCUMENT)} · {words.gettext('Signature sheet')}"
    of_day = words.gettext("Sheet {number} of {total} for this day").format(
        number=figure(page, words.language), total=figure(pages, words.language)
    )
    block: list[Flowable] = [
        *funding_band(facts.funded_by, styles, words),
        para(capitals(kicker, words.language), styles.small),
        para(facts.title, styles.title),
        Paragraph(
            joined([bold(long_day(sheet.day, words.language)), which if sheet.days > 1 else "", facts.kind]),
            styles.subtitle,
        ),
    ]
    address = ", ".join(line.strip() for line in facts.venue_address.splitlines() if line.strip())
    venue = joined([facts.venue_name, address, facts.venue_city, facts.venue_country], ", ")
    if venue:
        block.append(Paragraph(filled(words.gettext("Venue: {venue}"), venue=venue), styles.facts))
    if facts.host:
        block.append(Paragraph(filled(words.gettext("Host: {host}"), host=facts.host), styles.facts))
    funding = joined(
        [
            facts.programme and filled(words.gettext("Programme: {programme}"), programme=facts.programme),
            facts.funding and filled(words.gettext("Funding: {funding}"), funding=facts.funding),
        ],
        " · ",
    )
    if funding:
        block.append(Paragraph(funding, styles.facts))
    block += [Spacer(1, 1.5 * mm), Paragraph(bold(of_day), styles.facts)]
    if page == 1:
        block += [Spacer(1, 1.5 * mm), para(words.gettext(HINT), styles.small)]
    block.append(Spacer(1, 2.5 * mm))
    return block


def email_cell(address: str, style: ParagraphStyle, width: float) -> Paragraph:
    """The address on one line if it fits, else broken before its "@"
    (never inside a word)."""
    room = width - 7  # the cell's padding
    if not address or stringWidth(address, style.fontName, style.fontSize) <= room:
        return para(address, style)
    local, at, domain = address.rpartition("@")
    if not at:
        return para(address, style)
    return Paragraph(escape(local) + Markup("<br/>") + escape(at + domain), style)


def _signature() -> Spacer:
    """Holds a row open to a height one can sign in; a longer name or
    organisation makes the row taller still."""
    return Spacer(1, ROW_HEIGHT - TOP_PADDING - BOTTOM_PADDING)


def _header(sheet: Sheet, styles: Styles, words: Wording) -> list[object]:
    header = styles.dense_header
    titles = [
        words.gettext("No."),
        words.gettext("Name"),
        words.gettext("Organisation"),
        words.gettext("Country"),
        words.gettext("E-mail"),
    ]
    cells: list[object] = [para(title, header) for title in titles]
    # The day on a line of its own under each signature box's name.
    day = escape(f"{short_day(sheet.day, words.language)} {sheet.day.year}")
    if sheet.halves:
        boxes = [words.gettext("Signature, morning"), words.gettext("Signature, afternoon")]
    else:
        boxes = [words.gettext("Signature")]
    return cells + [Paragraph(escape(box) + Markup("<br/>") + day, header) for box in boxes]


def _row(number: int, row: ParticipantRow | None, widths: list[float], styles: Styles, words: Wording) -> list[object]:
    boxes = len(widths) - len(WEIGHTS)
    cells: list[object] = [[para(figure(number, words.language), styles.cell_right)]]
    if row is None:
        cells += ["", "", "", ""]
    else:
        cells += [
            [Paragraph(listed_name(row, words.language), styles.cell)],
            [para(row.organisation, styles.cell)],
            [para(country_name(row.country, words.language), styles.cell)],
            [email_cell(row.email, styles.dense_cell, widths[4])],
        ]
    return cells + [[_signature()] for _ in range(boxes)]


def _table(data: list[list[object]], widths: list[float]) -> Table:
    return data_table(
        data,
        widths,
        zebra=False,
        extra=[
            ("TOPPADDING", (0, 1), (-1, -1), TOP_PADDING),
            ("BOTTOMPADDING", (0, 1), (-1, -1), BOTTOM_PADDING),
            ("GRID", (0, 1), (-1, -1), 0.5, RULE),
            ("BOX", (0, 0), (-1, -1), 0.8, INK),
            ("LINEBEFORE", (len(WEIGHTS), 0), (len(WEIGHTS), -1), 0.8, INK),  # the signature boxes stand out
        ],
    )


class OnMargins(Flowable):
    """A table as wide as the page's margins leave, drawn from the left
    margin: a frame sets its flowables inside its own padding, which would
    start the table inside the margin and end it past the other one."""

    def __init__(self, table: Table, width: float):
        super().__init__()
        self.table, self.full_width = table, width

    def wrap(self, available_width, available_height):
        self.outdent = max(0.0, (self.full_width - available_width) / 2)
        self.width, self.height = self.table.wrap(self.full_width, available_height)
        return self.width - 2 * self.outdent, self.height

    def split(self, available_width, available_height):
        # Only a row taller than a page is ever split (the pages are laid out before).
        return self.table.split(self.full_width, available_height)

    def drawOn(self, canvas, x, y, _sW=0):
        self.table.drawOn(canvas, x - self.outdent, y, _sW)


def _closing(
    sheet: Sheet, present: dict[str, int] | None, styles: Styles, width: float, words: Wording
) -> list[Flowable]:
    """The number present, where the organiser or host confirms the sheet
    (as funders' forms have it), and what the personal data are for."""
    label = ParagraphStyle("attendance_label", parent=styles.small)
    parts = attendance.HALVES if sheet.halves else (attendance.WHOLE_DAY,)
    names = {
        attendance.WHOLE_DAY: words.gettext("Number present"),
        "morning": words.gettext("Number present, morning"),
        "afternoon": words.gettext("Number present, afternoon"),
    }
    counted: list[object] = []
    for part in parts:
        value = figure(present[part], words.language) if present is not None else ""
        counted += [para(names[part], label), para(value, styles.cell_bold)]
    counts = Table([counted], colWidths=[width * 0.22, width * 0.12] * len(parts), hAlign="LEFT")
    counts.setStyle(
        TableStyle(
            [
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                *[("LINEBELOW", (column, 0), (column, 0), 0.6, INK) for column in range(1, 2 * len(parts), 2)],
            ]
        )
    )
    who = words.gettext("Signature of the organiser / host") + (f" ({sheet.facts.host})" if sheet.facts.host else "")
    signing = Table(
        [[para(who, label), "", para(words.gettext("Date"), label)], ["", "", ""]],
        colWidths=[width * 0.62, width * 0.06, width * 0.32],
        rowHeights=[None, 12 * mm],
        hAlign="LEFT",
    )
    signing.setStyle(
        TableStyle(
            [
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("LINEBELOW", (0, 1), (0, 1), 0.6, INK),
                ("LINEBELOW", (2, 1), (2, 1), 0.6, INK),
            ]
        )
    )
    return [
        Spacer(1, 5 * mm),
        counts,
        Spacer(1, 4 * mm),
        signing,
        Spacer(1, 3 * mm),
        para(words.gettext(DATA_PROTECTION), styles.small),
    ]


def _height(flowables: list[Flowable], width: float) -> float:
    """How tall ``flowables`` stand in a frame ``width`` wide, spaces included."""
    total = 0.0
    for flowable in flowables:
        total += flowable.wrap(width, 10_000)[1] + flowable.getSpaceBefore() + flowable.getSpaceAfter()
    return total


def _pack(heights: list[float], first_room: float, other_room: float, *, break_before: int | None = None):
    """The rows of each page, filled in order; and the room left on the last."""
    pages: list[list[int]] = [[]]
    left = first_room
    for index, height in enumerate(heights):
        if pages[-1] and (height > left or index == break_before):
            pages.append([])
            left = other_room
        pages[-1].append(index)
        left -= height
    return pages, left


def _day_pages(
    listed: list[float], blank: float, wanted: int, closing: float, first_room: float, other_room: float
) -> tuple[list[list[int]], int]:
    """Which rows go on which page, and how many walk-in rows there are:
    ``wanted`` where they and the closing block fit after the listed
    people; else as many as fill the last page if that is a few at least;
    else the last few people start a new page with the walk-in rows."""
    pages, left = _pack(listed + [blank] * wanted, first_room, other_room)
    only_walk_ins = bool(listed) and all(index >= len(listed) for index in pages[-1])
    if left >= closing and not only_walk_ins:
        return pages, wanted
    _, left = _pack(listed, first_room, other_room)
    fitting = max(0, floor((left - closing) / blank))
    if fitting >= min(wanted, FEWEST_WALK_INS) and left >= closing:
        count = min(fitting, wanted)
        return _pack(listed + [blank] * count, first_room, other_room)[0], count
    # The last people move on with the walk-in rows and the closing block.
    moved = max(0, len(listed) - FEWEST_WALK_INS)
    count = wanted
    while True:
        pages, left = _pack(listed + [blank] * count, first_room, other_room, break_before=moved or None)
        if left >= closing or count == 0:
            return pages, count
        count -= 1


def _present_counts(sheet: Sheet, marks: attendance.Presence | None, listed: list[ParticipantRow]):
    """How many of the listed people were marked present, by part of the
    day (None when nobody was marked that day: the number is written in)."""
    if marks is None:
        return None
    ids = {row.participation_id for row in listed}
    whole = marks.parts.get(attendance.WHOLE_DAY, frozenset())
    if not sheet.halves:
        return {attendance.WHOLE_DAY: len(ids & marks.anyone)}
    return {part: len(ids & (marks.parts.get(part, frozenset()) | whole)) for part in attendance.HALVES}


def _widths(sheet: Sheet, most: int, width: float, styles: Styles, words: Wording) -> list[float]:
    """The columns' widths: the number column as wide as its widest number
    or heading (never broken), the others sharing the rest by weight."""
    numbers = [(figure(most, words.language), styles.cell_right), (words.gettext("No."), styles.dense_header)]
    first = max(stringWidth(text, style.fontName, style.fontSize) for text, style in numbers) + 8
    first = max(first, WEIGHTS[0] * width / sum(WEIGHTS + SIGNATURE_WEIGHTS[sheet.halves]))
    weights = WEIGHTS[1:] + SIGNATURE_WEIGHTS[sheet.halves]
    unit = (width - first) / sum(weights)
    return [first] + [weight * unit for weight in weights]


def _day_story(
    sheet: Sheet,
    rows: list[ParticipantRow],
    options: DocumentOptions,
    present: dict[str, int] | None,
    styles: Styles,
    info: DocumentInfo,
    words: Wording,
) -> list[Flowable]:
    width = info.pagesize[0] - 2 * MARGIN  # the table runs from margin to margin
    text_width = width - FRAME_PADDING  # what the frame leaves to the heading (its own padding)
    header = _header(sheet, styles, words)
    widths = _widths(sheet, len(rows) + options.blank_rows, width, styles, words)
    listed_data = [_row(number, row, widths, styles, words) for number, row in enumerate(rows, start=1)]
    # A country's name is never broken inside a word: the room comes from the organisation's column.
    widths = unbroken(widths, 3, [row[3][0] for row in listed_data], giver=2)  # type: ignore[index]
    listed_data = [_row(number, row, widths, styles, words) for number, row in enumerate(rows, start=1)]
    # Every row measured once, in a table of them all.
    measured = _table([header, *listed_data, _row(len(rows) + 1, None, widths, styles, words)], widths)
    measured.wrap(width, 10_000)
    heights = list(measured._rowHeights)
    header_height, listed, blank = heights[0], heights[1:-1], heights[-1]

    frame = info.pagesize[1] - 2 * MARGIN - FRAME_PADDING
    first = _height(_heading(sheet, 1, 1, styles, words), text_width)
    other = _height(_heading(sheet, 2, 2, styles, words), text_width)
    closing_block = _closing(sheet, present, styles, text_width, words)
    closing = _height(closing_block, text_width)
    pages, walk_ins = _day_pages(
        listed,
        blank,
        options.blank_rows,
        closing,
        frame - first - header_height - SAFETY,
        frame - other - header_height - SAFETY,
    )
    data = listed_data + [
        _row(number, None, widths, styles, words) for number in range(len(rows) + 1, len(rows) + walk_ins + 1)
    ]

    story: list[Flowable] = []
    for page, indexes in enumerate(pages, start=1):
        if page > 1:
            story.append(PageBreak())
        story += _heading(sheet, page, len(pages), styles, words)
        if indexes:
            story.append(OnMargins(_table([header, *(data[index] for index in indexes)], widths), width))
        elif not data:
            story.append(para(words.gettext("Nobody is on the list."), styles.body))
    story.append(KeepTogether(closing_block))
    return story


def build(session: Session, event_id: int, options: DocumentOptions) -> bytes:
    words = document_words(options.language)
    facts = event_facts(session, event_id, words.language)
    # Everyone, whatever they agreed to: the funder's evidence of who was
    # there, signed by each, is not a list given to others.
    rows = listed_people(session, event_id, options)
    halves = events.get_event(session, event_id).attendance_halves
    marks = attendance.presence(session, event_id)
    info = DocumentInfo(
        title=facts.title,
        document=words.gettext(DOCUMENT),
        author=facts.author,
        printed_on=options.printed_on,
        paper=options.paper,
        language=words.language,
    )
    styles = make_styles()
    days = day_range(facts.starts_on, facts.ends_on)
    story: list[Flowable] = []
    for number, day in enumerate(days, start=1):
        if number > 1:
            story.append(PageBreak())  # each day's sheet on its own pages
        sheet = Sheet(facts, day, number, len(days), halves)
        present = _present_counts(sheet, marks.get(day), rows)
        story += _day_story(sheet, rows, options, present, styles, info, words)
    return build_pdf(story, info)
