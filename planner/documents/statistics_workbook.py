"""The statistics as an Excel workbook (.xlsx): the same tables as the
PDF (statistics_tables), each on its own sheet, numbers as numbers and
shares as percentages, so that a project's figures can be summed and
pasted into a funder's report. The first sheet also says what the
figures are of and whom they count."""

from __future__ import annotations

import io
from typing import TYPE_CHECKING

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from planner.documents.options import DocumentOptions
from planner.documents.statistics_tables import (
    DOCUMENT,
    Cell,
    FigureTable,
    counting_rule,
    event_line,
    figure_tables,
    period_line,
    returning_rule,
    scope_title,
    who_is_counted,
)
from planner.documents.wording import document_words
from planner.services import events
from planner.services.statistics import Scope, statistics

if TYPE_CHECKING:
    from sqlmodel import Session

# Characters a sheet's name may not hold.
_NOT_IN_SHEET_NAMES = str.maketrans(dict.fromkeys("[]:*?/\\", " "))


def statistics_workbook(session: Session, scope: Scope, options: DocumentOptions) -> bytes:
    words = document_words(options.language)
    figures = statistics(session, scope)
    event = events.get_event(session, scope.event_id) if scope.event_id is not None else None
    title = scope_title(scope, event.title if event else "", words)
    when = (
        event_line(event.kind, event.starts_on, event.ends_on, event.venue_city, event.venue_country, words)
        if event
        else ""
    )
    lines = [line for line in (when, period_line(scope, words)) if line]
    notes = [
        line for line in (who_is_counted(figures, words), counting_rule(figures, words), returning_rule(words)) if line
    ]
    workbook = Workbook()
    first = True
    for table in figure_tables(figures, words):
        sheet = workbook.active if first else workbook.create_sheet()
        assert isinstance(sheet, Worksheet)
        sheet.title = " ".join(table.sheet.translate(_NOT_IN_SHEET_NAMES).split())[:31]
        if first:
            heading = [f"{words.gettext(DOCUMENT)}: {title}", *lines, *notes, ""]
            _write(sheet, table, heading)
            first = False
        else:
            _write(sheet, table, [])
    workbook.properties.title = f"{words.gettext(DOCUMENT)}: {title}"
    workbook.properties.creator = "Planner"
    stream = io.BytesIO()
    workbook.save(stream)
    return stream.getvalue()


def _text(value: str) -> str:
    return ILLEGAL_CHARACTERS_RE.sub("", value)


def _write(sheet: Worksheet, table: FigureTable, heading: list[str]) -> None:
    """Lines of text above (the first sheet), then the table: its header
    in bold and frozen, the rows, and the total in bold."""
    bold = Font(bold=True)
    row_number = 1
    for line in heading:
        if line:
            sheet.cell(row=row_number, column=1, value=_text(line)).data_type = "s"
        row_number += 1
    if heading:
        sheet.cell(row=1, column=1).font = Font(bold=True, size=13)
    header_row = row_number
    widths = [len(header) for header in table.headers]
    for column, header in enumerate(table.headers, start=1):
        cell = sheet.cell(row=row_number, column=column, value=_text(header))
        cell.font = bold
    rows: list[tuple[tuple[Cell, ...], bool]] = [(row, False) for row in table.rows]
    if table.total:
        rows.append((table.total, True))
    for values, is_total in rows:
        row_number += 1
        for column, value in enumerate(values, start=1):
            cell = sheet.cell(row=row_number, column=column)
            if isinstance(value, str):
                cell.value = _text(value)
                cell.data_type = "s"  # an event's title "=…" stays text
                widths[column - 1] = max(widths[column - 1], len(value))
            else:
                cell.value = value
                if column - 1 == table.shares:
                    cell.number_format = "0.0%"
            if is_total:
                cell.font = bold
    for column, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(column)].width = min(max(width + 2, 10), 60)
    sheet.freeze_panes = f"A{header_row + 1}"
