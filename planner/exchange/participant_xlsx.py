"""Excel workbooks (.xlsx) of participants, read and written with openpyxl.

Reading takes the first visible sheet that holds anything, with every
cell as text as a user would type it: dates as ISO dates, whole numbers
without ".0", TRUE/FALSE as yes/no. openpyxl fails on damaged or foreign
files with many kinds of errors; all of them become one message naming
the file.
"""

from __future__ import annotations

import io
import logging
from collections.abc import Sequence
from datetime import date, datetime, time, timedelta
from decimal import Decimal

from openpyxl import Workbook, load_workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from planner.exchange.participant_table import ParticipantFileError
from planner.exchange.xlsx_limits import check_workbook

log = logging.getLogger(__name__)

Records = list[tuple[int, list[str]]]


def read_workbook(data: bytes, name: str) -> tuple[str, Records]:
    """The title and the (row number, cells) of the first visible sheet
    with data."""
    check_workbook(data, name)
    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as error:  # noqa: BLE001 - openpyxl raises anything from KeyError to XML errors on a bad file
        log.info("%s: openpyxl could not open it: %r", name, error)
        raise ParticipantFileError(
            f"{name}: cannot be read as an Excel workbook (.xlsx); it may be damaged or made by another program: "
            "open it in Excel or LibreOffice, save it again as .xlsx or .csv, and import that"
        ) from None
    try:
        for sheet in workbook.worksheets:
            if getattr(sheet, "sheet_state", "visible") != "visible":
                continue
            sheet.reset_dimensions()  # some writers store a wrong size; read every cell there is
            records = [
                (number, [cell_text(value) for value in values])
                for number, values in enumerate(sheet.iter_rows(values_only=True), start=1)
            ]
            if any(cell.strip() for _number, cells in records for cell in cells):
                return sheet.title, records
    except Exception as error:  # noqa: BLE001 - a sheet that cannot be parsed
        log.info("%s: openpyxl could not read a sheet: %r", name, error)
        raise ParticipantFileError(
            f"{name}: a sheet of this workbook is damaged; open it in Excel or LibreOffice, save it again as .xlsx "
            "or .csv, and import that"
        ) from None
    finally:
        workbook.close()
    raise ParticipantFileError(f"{name}: every sheet of this workbook is empty; export the participant list again")


def cell_text(value: object) -> str:
    """A cell's value as the text a user would have typed."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, datetime):
        if value.time() == time(0):
            return value.date().isoformat()
        return value.isoformat(sep=" ", timespec="minutes")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, time):
        return value.isoformat(timespec="minutes")
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e15:
            return str(int(value))
        return repr(value)
    if isinstance(value, (int, Decimal, timedelta)):
        return str(value)
    return str(value)


def write_workbook(title: str, headers: Sequence[str], rows: Sequence[Sequence[object]]) -> bytes:
    """One sheet: the header row in bold and frozen, a filter on it, every
    text cell stored as text (never as a formula), dates as dates, columns
    as wide as their content (within reason)."""
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = title[:31]
    bold = Font(bold=True)
    widths = [len(header) for header in headers]
    for column, header in enumerate(headers, start=1):
        cell = sheet.cell(row=1, column=column, value=header)
        cell.font = bold
    for row_index, row in enumerate(rows, start=2):
        for column, value in enumerate(row, start=1):
            cell = sheet.cell(row=row_index, column=column)
            if isinstance(value, date):
                cell.value = value
                cell.number_format = "yyyy-mm-dd"
                shown = 10
            else:
                text = ILLEGAL_CHARACTERS_RE.sub("", str(value or ""))
                cell.value = text
                cell.data_type = "s"  # "=SUM(…)" from a web form stays text
                shown = max((len(line) for line in text.splitlines()), default=0)
            widths[column - 1] = max(widths[column - 1], shown)
    for column, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(column)].width = min(max(width + 2, 8), 50)
    sheet.freeze_panes = "A2"
    if headers:
        sheet.auto_filter.ref = f"A1:{get_column_letter(len(headers))}{max(len(rows) + 1, 1)}"
    stream = io.BytesIO()
    workbook.save(stream)
    return stream.getvalue()
