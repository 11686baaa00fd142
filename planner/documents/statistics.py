"""The statistics a project reports to its funder, printed: what the
figures are of and whom they count, the counts EU indicators ask for,
participants by country, gender, type of organisation and new or
returning, and over several events a row per event."""

from __future__ import annotations

from typing import TYPE_CHECKING

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from planner.documents.breaking import FRAME_PADDING
from planner.documents.cells import CELL_PADDING, unbroken
from planner.documents.funding import funding_band
from planner.documents.options import DocumentOptions
from planner.documents.page import MARGIN, DocumentInfo, build_pdf
from planner.documents.statistics_tables import (
    DOCUMENT,
    FigureTable,
    counting_rule,
    event_line,
    figure_tables,
    period_line,
    returning_rule,
    scope_title,
    who_is_counted,
)
from planner.documents.styles import Styles, data_table, make_styles
from planner.documents.text import bold, capitals, para
from planner.documents.wording import document_words, figure, share
from planner.services import events, programmes
from planner.services.language import Wording
from planner.services.statistics import Scope, statistics

if TYPE_CHECKING:
    from sqlmodel import Session

# A table this short is kept whole on one page with its heading.
KEPT_WHOLE_MOST = 25


def build(session: Session, event_id: int, options: DocumentOptions) -> bytes:
    """The statistics of one event (the document kind "statistics")."""
    return statistics_pdf(session, Scope(event_id=event_id), options)


def statistics_pdf(session: Session, scope: Scope, options: DocumentOptions) -> bytes:
    """The statistics of one event, or over a programme or a period."""
    words = document_words(options.language)
    figures = statistics(session, scope)
    event = events.get_event(session, scope.event_id) if scope.event_id is not None else None
    title = scope_title(scope, event.title if event else "", words)
    author = events.host_name(session, event) if event else ""
    info = DocumentInfo(
        title=title,
        document=words.gettext(DOCUMENT),
        author=author or "Planner",
        printed_on=options.printed_on,
        paper=options.paper,
        language=words.language,
    )
    styles = make_styles()
    width = info.pagesize[0] - 2 * MARGIN - FRAME_PADDING  # inside the frame's own padding
    # The programme's band (its logos, funding statement and grant number) above the title.
    programme = programmes.programme_named(session, event.programme if event else scope.programme or "")
    story: list[Flowable] = [
        *funding_band(programme, styles, words),
        para(capitals(words.gettext(DOCUMENT), words.language), styles.small),
        para(title, styles.title),
    ]
    when = (
        event_line(event.kind, event.starts_on, event.ends_on, event.venue_city, event.venue_country, words)
        if event
        else ""
    )
    for line in (when, period_line(scope, words)):
        if line:
            story.append(para(line, styles.facts))
    story.append(Spacer(1, 3 * mm))
    for sentence in (who_is_counted(figures, words), counting_rule(figures, words), returning_rule(words)):
        if sentence:
            story.append(para(sentence, styles.body))
    for table in figure_tables(figures, words):
        story += _table(table, styles, width, words)
    return build_pdf(story, info)


def _shown(value: object, language: str, is_share: bool) -> str:
    if is_share and isinstance(value, float):
        return share(value, language)
    if isinstance(value, int):
        return figure(value, language)
    return str(value)


def _table(table: FigureTable, styles: Styles, width: float, words: Wording) -> list[Flowable]:
    language = words.language
    numeric = [
        index
        for index in range(len(table.headers))
        if table.rows and all(isinstance(row[index], int | float) for row in table.rows)
    ]
    many = len(table.headers) > 4  # the events: a narrow type, so that every heading fits
    plain_header = styles.dense_header if many else styles.header_cell
    right_header = _right_header(plain_header)
    header = [
        para(text, right_header if index in numeric else plain_header) for index, text in enumerate(table.headers)
    ]
    data: list[list[object]] = [header]
    for row in table.rows:
        data.append(
            [
                para(
                    _shown(value, language, index == table.shares),
                    styles.cell_right if index in numeric else styles.cell,
                )
                for index, value in enumerate(row)
            ]
        )
    extra: list[tuple] = []
    if table.total:
        data.append(
            [
                Paragraph(
                    bold(_shown(value, language, index == table.shares)),
                    styles.cell_right if index in numeric else styles.cell_bold,
                )
                for index, value in enumerate(table.total)
            ]
        )
        extra.append(("LINEABOVE", (0, -1), (-1, -1), 0.8, styles.cell.textColor))
    if many:
        widths = _event_widths(header, numeric, width)
        for index in (2, 1):  # whom a row counts ("attended"), a month's name: never broken inside a word
            widths = unbroken(widths, index, [row[index] for row in data], giver=0)
    else:
        widths = [width * 0.55, width * 0.15] if len(table.headers) == 2 else [width * 0.45, width * 0.15, width * 0.12]
        for index in numeric:  # a heading such as "Participants" is never broken inside a word
            widths = unbroken(widths, index, [header[index]], giver=0)
    flowable = data_table(data, widths, extra=extra)
    heading = para(table.title, styles.heading)
    if len(data) <= KEPT_WHOLE_MOST:
        return [KeepTogether([heading, flowable])]
    return [heading, flowable]


def _event_widths(header: list[Paragraph], numeric: list[int], width: float) -> list[float]:
    """Each number column as wide as its heading's longest word; the rest
    shared by the title (most), the dates and whom the row counts."""
    numbers = {index: max(header[index].minWidth() + CELL_PADDING + 1, 22.0) for index in numeric}
    rest = width - sum(numbers.values())
    shares = iter((0.55, 0.28, 0.17))
    return [numbers[index] if index in numbers else rest * next(shares, 0.0) for index in range(len(header))]


def _right_header(style: ParagraphStyle) -> ParagraphStyle:
    return ParagraphStyle(f"{style.name}_right", parent=style, alignment=TA_RIGHT)
