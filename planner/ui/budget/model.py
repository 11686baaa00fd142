"""The Qt models of the Budget page: the budget against costs, a funder's
rates, and the allowances they give travellers."""

from __future__ import annotations

from decimal import Decimal

from babel.numbers import format_decimal, get_currency_precision
from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QBrush, QFont

from planner.services.allowances import DAY, Allowance
from planner.services.budget import BudgetRow, decimal_amount
from planner.services.labels import label
from planner.services.language import interface_language
from planner.ui import theme
from planner.ui.tables import RIGHT, Column, RowsModel

translate = QCoreApplication.translate


def decimal_text(value: Decimal, currency: str) -> str:
    """1.234,50 in German: the currency's decimals, the window's signs."""
    digits = get_currency_precision(currency)
    pattern = "#,##0." + "0" * digits if digits else "#,##0"
    return format_decimal(value, format=pattern, locale=interface_language())


def row_key(row: BudgetRow) -> str:
    return f"{row.funder.casefold()}|{row.category}|{row.currency}"


class BudgetModel(RowsModel[BudgetRow]):
    """One row per funder, category and currency: planned, spent, left."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [
                Column(translate("BudgetModel", "Funder"), lambda row: row.funder),
                Column(translate("BudgetModel", "Category"), lambda row: label(row.category)),
                Column(translate("BudgetModel", "Currency"), lambda row: row.currency),
                Column(
                    translate("BudgetModel", "Planned"),
                    lambda row: decimal_text(row.planned, row.currency),
                    lambda row: row.planned,
                    RIGHT,
                ),
                Column(
                    translate("BudgetModel", "Spent"),
                    lambda row: decimal_text(row.spent, row.currency),
                    lambda row: row.spent,
                    RIGHT,
                ),
                Column(
                    translate("BudgetModel", "Left"),
                    lambda row: decimal_text(row.left, row.currency),
                    lambda row: row.left,
                    RIGHT,
                ),
                Column(
                    translate("BudgetModel", "Note"),
                    lambda row: (
                        translate("BudgetModel", "Over budget")
                        if row.over and row.line_ids
                        else translate("BudgetModel", "Not in the budget")
                        if row.over
                        else ""
                    ),
                ),
            ],
            row_key,
            parent,
        )

    def style(self, row: BudgetRow, column: int, role: int):
        # Over-spending stands out: in the warning colour, in bold.
        if row.over and column >= 5:
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(theme.colour("error"))
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
        return None


def rate_text(basis: str, from_km: int | None, to_km: int | None) -> str:
    if basis == DAY:
        return translate("RatesModel", "Per day away")
    if to_km is None:
        return translate("RatesModel", "Journey of {start} km or more").format(start=from_km)
    return translate("RatesModel", "Journey of {start}–{end} km").format(start=from_km, end=to_km)


class RatesModel(RowsModel[tuple[int, str, int | None, int | None, int, str]]):
    """A funder's rates: (id, basis, from km, to km, amount in minor units, currency)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [
                Column(translate("RatesModel", "Rate"), lambda rate: rate_text(rate[1], rate[2], rate[3])),
                Column(
                    translate("RatesModel", "Amount"),
                    lambda rate: f"{decimal_text(decimal_amount(rate[4], rate[5]), rate[5])} {rate[5]}",
                    lambda rate: rate[4],
                    RIGHT,
                ),
            ],
            lambda rate: rate[0],
            parent,
        )


def _allowance_kind(allowance: Allowance) -> str:
    if allowance.basis == DAY:
        return translate("AllowancesModel", "Daily allowance")
    return translate("AllowancesModel", "Travel (distance band)")


def _allowance_units(allowance: Allowance) -> str:
    if allowance.basis == DAY:
        return translate("AllowancesModel", "{days} × {rate}").format(
            days=allowance.units, rate=decimal_text(allowance.rate, allowance.currency)
        )
    return translate("AllowancesModel", "{distance} km").format(distance=allowance.distance_km)


class AllowancesModel(RowsModel[Allowance]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [
                Column(translate("AllowancesModel", "Traveller"), lambda allowance: allowance.name),
                Column(translate("AllowancesModel", "Allowance"), _allowance_kind),
                Column(translate("AllowancesModel", "Worked out from"), _allowance_units),
                Column(
                    translate("AllowancesModel", "Amount"),
                    lambda allowance: f"{decimal_text(allowance.amount, allowance.currency)} {allowance.currency}",
                    lambda allowance: allowance.amount_minor,
                    RIGHT,
                ),
            ],
            lambda allowance: f"{allowance.person_id}|{allowance.basis}",
            parent,
        )
