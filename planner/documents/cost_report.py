"""The cost report for one funder: what an auditor follows line by line.
Each cost the funder pays, numbered, with its date, whom it was paid to
(or the person it is for), category, description, evidence reference,
amount and currency; the totals per currency (never added across
currencies) and per category; the funder's budget against what was spent,
over-spending marked; and a place to certify the statement."""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from babel.numbers import format_currency
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from planner.documents.cells import unbroken
from planner.documents.dates import day_month_year
from planner.documents.heading import event_facts, title_block
from planner.documents.marked import N_
from planner.documents.options import DocumentOptions
from planner.documents.page import MARGIN, DocumentInfo, build_pdf
from planner.documents.styles import ACCENT, INK, Styles, data_table, make_styles
from planner.documents.text import bold, filled, para
from planner.documents.wording import document_words
from planner.services.cost_report import CostReport, cost_report
from planner.services.labels import label
from planner.services.language import Wording

if TYPE_CHECKING:
    from sqlmodel import Session

DOCUMENT = N_("Cost report")
# Column weights: No., Date, Paid to, Category, Description, Evidence, Amount, Currency.
WEIGHTS = (0.45, 1.1, 2.0, 1.2, 3.0, 1.6, 1.3, 0.8)
OVER = "#b3261e"


def money(amount: Decimal, currency: str, language: str) -> str:
    """1.234,50 in German: the currency's own decimals, the language's signs."""
    return format_currency(amount, currency, format="#,##0.00", locale=language)


def _lines_table(report: CostReport, styles: Styles, width: float, words: Wording) -> Table:
    language = words.language
    titles = [
        words.gettext("No."),
        words.gettext("Date"),
        words.gettext("Paid to / person"),
        words.gettext("Category"),
        words.gettext("Description"),
        words.gettext("Evidence"),
        words.gettext("Amount"),
        words.gettext("Currency"),
    ]
    header = [para(title, styles.header_cell) for title in titles]
    header[6] = para(titles[6], styles.header_cell.clone("amount_header", alignment=2))
    data: list[list[object]] = [header]
    for line in report.lines:
        payee = line.payee + (f" ({line.person})" if line.person and line.person != line.payee else "")
        data.append(
            [
                para(str(line.number), styles.cell_right),
                para(day_month_year(line.spent_on, language) if line.spent_on else "—", styles.cell),
                para(payee or "—", styles.cell),
                para(label(line.category, language), styles.cell),
                para(line.description, styles.cell),
                para(line.evidence or "—", styles.cell),
                para(money(line.amount, line.currency, language), styles.cell_right),
                para(line.currency, styles.cell),
            ]
        )
    unit = width / sum(WEIGHTS)
    widths = [weight * unit for weight in WEIGHTS]
    # Every column keeps its words whole ("Accommodation"), the description giving the room.
    for column in (1, 2, 3, 5, 7):
        widths = unbroken(widths, column, [row[column] for row in data], giver=4)
    return data_table(data, widths)


def _totals(report: CostReport, styles: Styles, words: Wording) -> list[Flowable]:
    language = words.language
    rows: list[list[object]] = [
        [para(words.gettext("Currency"), styles.header_cell), para(words.gettext("Total"), styles.header_cell)]
    ]
    rows += [
        [para(currency, styles.cell_bold), Paragraph(bold(money(total, currency, language)), styles.cell_right)]
        for currency, total in report.totals
    ]
    by_category: list[list[object]] = [
        [
            para(words.gettext("Category"), styles.header_cell),
            para(words.gettext("Currency"), styles.header_cell),
            para(words.gettext("Total"), styles.header_cell),
        ]
    ]
    by_category += [
        [
            para(label(category, language), styles.cell),
            para(currency, styles.cell),
            para(money(total, currency, language), styles.cell_right),
        ]
        for category, currency, total in report.by_category
    ]
    return [
        KeepTogether(
            [
                para(words.gettext("Totals per currency"), styles.heading),
                data_table(rows, [30 * mm, 40 * mm], zebra=False),
            ]
        ),
        KeepTogether(
            [
                para(words.gettext("Totals by category"), styles.heading),
                data_table(by_category, [50 * mm, 25 * mm, 40 * mm]),
            ]
        ),
    ]


def _budget(report: CostReport, styles: Styles, words: Wording) -> list[Flowable]:
    if not report.budget:
        return []
    language = words.language
    titles = [
        words.gettext("Category"),
        words.gettext("Currency"),
        words.gettext("Planned"),
        words.gettext("Spent"),
        words.gettext("Left"),
    ]
    rows: list[list[object]] = [[para(title, styles.header_cell) for title in titles]]
    over_style = styles.cell_right.clone("left_over", textColor=OVER)
    for row in report.budget:
        left = money(row.left, row.currency, language)
        rows.append(
            [
                para(label(row.category, language), styles.cell),
                para(row.currency, styles.cell),
                para(money(row.planned, row.currency, language), styles.cell_right),
                para(money(row.spent, row.currency, language), styles.cell_right),
                Paragraph(bold(f"{left} · {words.gettext('over budget')}"), over_style)
                if row.over
                else para(left, styles.cell_right),
            ]
        )
    return [
        CondPageBreak(40 * mm),
        para(words.gettext("Budget and spending"), styles.heading),
        data_table(rows, [45 * mm, 22 * mm, 35 * mm, 35 * mm, 50 * mm]),
    ]


def _certification(report: CostReport, styles: Styles, width: float, words: Wording) -> list[Flowable]:
    statement = filled(
        words.gettext("I certify that the costs listed above were incurred for this event and charged to {funder}."),
        funder=report.funder,
    )
    table = Table(
        [[para(words.gettext("Name and signature"), styles.small), "", para(words.gettext("Date"), styles.small)],
         ["", "", ""]],
        colWidths=[width * 0.5, width * 0.1, width * 0.3],
        rowHeights=[None, 14 * mm],
        hAlign="LEFT",
    )  # fmt: skip
    table.setStyle(
        TableStyle(
            [
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("LINEBELOW", (0, 1), (0, 1), 0.6, INK),
                ("LINEBELOW", (2, 1), (2, 1), 0.6, INK),
            ]
        )
    )
    return [CondPageBreak(35 * mm), KeepTogether([Spacer(1, 6 * mm), Paragraph(statement, styles.body), table])]


def build(session: Session, event_id: int, options: DocumentOptions) -> bytes:
    words = document_words(options.language)
    facts = event_facts(session, event_id, words.language)
    report = cost_report(session, event_id, options.funder)
    info = DocumentInfo(
        title=facts.title,
        document=words.gettext(DOCUMENT),
        author=facts.author,
        printed_on=options.printed_on,
        paper=options.paper,
        landscape=True,
        language=words.language,
    )
    styles = make_styles()
    width = info.pagesize[0] - 2 * MARGIN
    funder_line = filled(words.gettext("Funder: {funder}"), funder=report.funder)
    story: list[Flowable] = title_block(facts, styles, words, words.gettext(DOCUMENT))
    story.insert(-1, Paragraph(bold(funder_line), styles.subtitle.clone("funder", textColor=ACCENT)))
    if report.lines:
        story.append(_lines_table(report, styles, width, words))
    else:
        story.append(para(words.gettext("No cost is charged to this funder yet."), styles.body))
    story += _totals(report, styles, words)
    story += _budget(report, styles, words)
    story += _certification(report, styles, width, words)
    return build_pdf(story, info)
