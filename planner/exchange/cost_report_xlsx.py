"""The cost report for one funder as an Excel workbook (.xlsx): the same
lines as the PDF, one row each, amounts as numbers with the currency's
decimals (the exact decimal written, never a float's rounding), then the
totals per currency; a second sheet with the budget against spending."""

from __future__ import annotations

import io
from decimal import Decimal

from babel.numbers import get_currency_precision
from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from planner.services.cost_report import CostReport
from planner.services.labels import label
from planner.services.language import LANGUAGES, language_code, wording

BOLD = Font(bold=True)


def _number_format(currency: str) -> str:
    digits = get_currency_precision(currency)
    return "#,##0" + ("." + "0" * digits if digits else "")


def _amount(sheet: Worksheet, row: int, column: int, amount: Decimal, currency: str, *, bold: bool = False) -> None:
    cell = sheet.cell(row, column, amount)
    cell.number_format = _number_format(currency)
    if bold:
        cell.font = BOLD


def _heading(sheet: Worksheet, row: int, titles: list[str]) -> None:
    for column, title in enumerate(titles, start=1):
        sheet.cell(row, column, title).font = BOLD


def cost_report_workbook(report: CostReport, language: str | None = None) -> bytes:
    words = wording(language_code(language) if language in LANGUAGES else "en", "documents")
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = words.gettext("Cost report")[:31]
    sheet.cell(1, 1, report.event_title).font = Font(bold=True, size=13)
    sheet.cell(2, 1, words.gettext("Funder: {funder}").format(funder=report.funder)).font = BOLD
    if report.programme or report.funding:
        sheet.cell(3, 1, " · ".join(part for part in (report.programme, report.funding) if part))
    row = 5
    _heading(
        sheet,
        row,
        [
            words.gettext("No."),
            words.gettext("Date"),
            words.gettext("Paid to / person"),
            words.gettext("Category"),
            words.gettext("Description"),
            words.gettext("Evidence"),
            words.gettext("Amount"),
            words.gettext("Currency"),
        ],
    )
    for line in report.lines:
        row += 1
        payee = line.payee + (f" ({line.person})" if line.person and line.person != line.payee else "")
        sheet.cell(row, 1, line.number)
        if line.spent_on is not None:
            sheet.cell(row, 2, line.spent_on).number_format = "yyyy-mm-dd"
        sheet.cell(row, 3, payee)
        sheet.cell(row, 4, label(line.category, words.language))
        sheet.cell(row, 5, line.description)
        sheet.cell(row, 6, line.evidence)
        _amount(sheet, row, 7, line.amount, line.currency)
        sheet.cell(row, 8, line.currency)
    row += 2
    sheet.cell(row, 1, words.gettext("Totals per currency")).font = BOLD
    for currency, total in report.totals:
        row += 1
        sheet.cell(row, 6, words.gettext("Total")).font = BOLD
        _amount(sheet, row, 7, total, currency, bold=True)
        sheet.cell(row, 8, currency).font = BOLD
    for column, width in enumerate((6, 12, 28, 16, 44, 22, 14, 10), start=1):
        sheet.column_dimensions[get_column_letter(column)].width = width
    sheet.freeze_panes = "A6"

    spending = workbook.create_sheet(words.gettext("Budget and spending")[:31])
    _heading(
        spending,
        1,
        [
            words.gettext("Category"),
            words.gettext("Currency"),
            words.gettext("Planned"),
            words.gettext("Spent"),
            words.gettext("Left"),
            "",
        ],
    )
    for number, budget_row in enumerate(report.budget, start=2):
        spending.cell(number, 1, label(budget_row.category, words.language))
        spending.cell(number, 2, budget_row.currency)
        _amount(spending, number, 3, budget_row.planned, budget_row.currency)
        _amount(spending, number, 4, budget_row.spent, budget_row.currency)
        _amount(spending, number, 5, budget_row.left, budget_row.currency)
        if budget_row.over:
            spending.cell(number, 6, words.gettext("over budget")).font = Font(bold=True, color="B3261E")
    for column, width in enumerate((22, 10, 14, 14, 14, 16), start=1):
        spending.column_dimensions[get_column_letter(column)].width = width
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
