"""Signature sheets: the attendance evidence funders ask for. One sheet per
day of the event, each starting on a new page and saying on its own which
event, programme and funding, date and venue it is for; then numbered rows
(family name first, organisation, country, a box tall enough to sign in),
empty numbered rows for people who come unannounced, and a place for the
organiser's or host's signature and the date."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, PageBreak, Paragraph, Spacer, Table, TableStyle

from planner.documents.breaking import keep_rows
from planner.documents.dates import long_day, short_day
from planner.documents.heading import EventFacts, event_facts
from planner.documents.marked import N_
from planner.documents.options import DocumentOptions
from planner.documents.page import MARGIN, DocumentInfo, build_pdf
from planner.documents.people import listed_name, listed_people
from planner.documents.styles import INK, RULE, Styles, data_table, make_styles
from planner.documents.text import bold, capitals, filled, joined, para
from planner.documents.wording import document_words
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
# Column weights: No., Name, Organisation, Country, Signature.
WEIGHTS = (0.5, 2.5, 2.6, 1.3, 2.7)
HINT = N_(
    "Please sign in the row with your name (the list is by family name). Not on the list? "
    "Write your name and organisation in an empty row at the end and sign there."
)


def _sheet_heading(
    facts: EventFacts, day: date, number: int, days: int, styles: Styles, words: Wording
) -> list[Flowable]:
    """What the sheet is for, so that each day's sheet stands on its own."""
    which = words.gettext("Day {number} of {total}").format(number=number, total=days) if days > 1 else ""
    sheet = words.gettext("Signature sheet")
    kicker = f"{words.gettext(DOCUMENT)} · {sheet}"
    block: list[Flowable] = [
        para(capitals(kicker, words.language), styles.small),
        para(facts.title, styles.title),
        Paragraph(joined([bold(long_day(day, words.language)), which, facts.kind]), styles.subtitle),
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
    block += [Spacer(1, 2.5 * mm), para(words.gettext(HINT), styles.small), Spacer(1, 3 * mm)]
    return block


def _sheet_table(
    rows: list[ParticipantRow], blank_rows: int, day: date, styles: Styles, info: DocumentInfo, words: Wording
) -> Table:
    cell, header = styles.cell, styles.dense_header
    titles = [words.gettext("No."), words.gettext("Name"), words.gettext("Organisation"), words.gettext("Country")]
    titles.append(words.gettext("Signature · {day}").format(day=f"{short_day(day, words.language)} {day.year}"))
    data: list[list[object]] = [[para(title, header) for title in titles]]

    # The signature cell holds the row open to a height one can sign in;
    # a longer name or organisation makes the row taller still.
    def signature() -> Spacer:
        return Spacer(1, ROW_HEIGHT - TOP_PADDING - BOTTOM_PADDING)

    for number, row in enumerate(rows, start=1):
        data.append(
            [
                [para(str(number), styles.cell_right)],
                [Paragraph(listed_name(row), cell)],
                [para(row.organisation, cell)],
                [para(country_name(row.country, words.language), cell)],
                [signature()],
            ]
        )
    for number in range(len(rows) + 1, len(rows) + blank_rows + 1):
        data.append([[para(str(number), styles.cell_right)], "", "", "", [signature()]])
    unit = (info.pagesize[0] - 2 * MARGIN) / sum(WEIGHTS)
    table = data_table(
        data,
        [weight * unit for weight in WEIGHTS],
        zebra=False,
        extra=[
            ("TOPPADDING", (0, 1), (-1, -1), TOP_PADDING),
            ("BOTTOMPADDING", (0, 1), (-1, -1), BOTTOM_PADDING),
            ("GRID", (0, 1), (-1, -1), 0.5, RULE),
            ("BOX", (0, 0), (-1, -1), 0.8, INK),
            ("LINEBEFORE", (-1, 0), (-1, -1), 0.8, INK),  # the signature box stands out
            ("LINEBELOW", (0, "splitlast"), (-1, "splitlast"), 0.8, INK),  # the box closes at a page's foot
        ],
    )
    # Rows break between pages whole: a name is never parted from its box.
    return keep_rows(table, info.pagesize[1], MARGIN)


def _organiser_signature(facts: EventFacts, styles: Styles, width: float, words: Wording) -> list[Flowable]:
    """Where the organiser or host confirms the sheet, as funders' forms have it."""
    label = ParagraphStyle("attendance_label", parent=styles.small)
    who = words.gettext("Signature of the organiser / host") + (f" ({facts.host})" if facts.host else "")
    table = Table(
        [[para(who, label), "", para(words.gettext("Date"), label)], ["", "", ""]],
        colWidths=[width * 0.62, width * 0.06, width * 0.32],
        rowHeights=[None, 14 * mm],
        hAlign="LEFT",
        splitInRow=1,  # a host's name of any length still fits
    )
    table.setStyle(
        TableStyle(
            [
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("LINEBELOW", (0, 1), (0, 1), 0.6, INK),
                ("LINEBELOW", (2, 1), (2, 1), 0.6, INK),
            ]
        )
    )
    return [CondPageBreak(30 * mm), KeepTogether([Spacer(1, 8 * mm), table])]


def build(session: Session, event_id: int, options: DocumentOptions) -> bytes:
    words = document_words(options.language)
    facts = event_facts(session, event_id, words.language)
    rows = listed_people(session, event_id, options)
    info = DocumentInfo(
        title=facts.title,
        document=words.gettext(DOCUMENT),
        author=facts.author,
        printed_on=options.printed_on,
        paper=options.paper,
        language=words.language,
    )
    styles = make_styles()
    width = info.pagesize[0] - 2 * MARGIN
    days = day_range(facts.starts_on, facts.ends_on)
    story: list[Flowable] = []
    for number, day in enumerate(days, start=1):
        if number > 1:
            story.append(PageBreak())  # each day's sheet on its own pages
        story += _sheet_heading(facts, day, number, len(days), styles, words)
        if not rows and not options.blank_rows:
            story.append(para(words.gettext("Nobody is on the list."), styles.body))
        else:
            story.append(_sheet_table(rows, options.blank_rows, day, styles, info, words))
        story += _organiser_signature(facts, styles, width, words)
    return build_pdf(story, info)
