"""The forms of budgets: a budget line, a funder's rate, and the fields an
auditor asks of a cost (its date, whom it was paid to, its evidence),
which the cost form shows after its own."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from planner.operations.budget import AddAllowanceRate, AddBudgetLine, ChangeBudgetLine
from planner.services import logistics
from planner.services.allowances import DAY, DISTANCE
from planner.ui.context import AppContext
from planner.ui.forms import Field, FormDialog

translate = QCoreApplication.translate


def audit_fields() -> list[Field]:
    """What the cost form asks besides the amount: for the cost report."""
    return [
        Field("spent_on", translate("CostDialog", "Date"), "optional_date"),
        Field(
            "payee",
            translate("CostDialog", "Paid to"),
            placeholder=translate("CostDialog", "e.g. the hotel, the caterer"),
        ),
        Field(
            "evidence",
            translate("CostDialog", "Evidence"),
            placeholder=translate("CostDialog", "e.g. invoice or receipt number"),
        ),
    ]


def budget_line_fields() -> list[Field]:
    return [
        Field(
            "funder",
            translate("BudgetLineDialog", "Funder"),
            placeholder=translate("BudgetLineDialog", "as the costs name it in “Funded by”"),
        ),
        Field("category", translate("BudgetLineDialog", "Category"), "choice", choices=logistics.cost_categories()),
        Field(
            "amount_minor",
            translate("BudgetLineDialog", "Planned amount"),
            aliases=("amount",),
            placeholder=translate("BudgetLineDialog", "e.g. 4800.00"),
        ),
        Field(
            "currency",
            translate("BudgetLineDialog", "Currency"),
            placeholder=translate("BudgetLineDialog", "e.g. {currency}").format(currency="EUR"),
        ),
        Field("note", translate("BudgetLineDialog", "Note")),
    ]


def budget_line_dialog(
    context: AppContext, parent: QWidget, event_id: int, values: dict[str, Any], line_id: int | None = None
) -> FormDialog:
    if line_id is None:
        title = translate("BudgetLineDialog", "Add budget line")
        return FormDialog(
            title,
            budget_line_fields(),
            lambda fields: context.perform(AddBudgetLine(event_id, fields)),
            parent,
            values,
        )
    return FormDialog(
        translate("BudgetLineDialog", "Change budget line"),
        budget_line_fields(),
        lambda fields: context.perform(ChangeBudgetLine(line_id, fields)),
        parent,
        values,
    )


def rate_fields() -> list[Field]:
    return [
        Field("funder", translate("RateDialog", "Funder")),
        Field(
            "basis",
            translate("RateDialog", "Paid"),
            "choice",
            choices=[
                (DAY, translate("RateDialog", "per day away")),
                (DISTANCE, translate("RateDialog", "per journey, by distance band")),
            ],
        ),
        Field(
            "from_km",
            translate("RateDialog", "Band from (km)"),
            placeholder=translate("RateDialog", "distance bands only, e.g. 500"),
        ),
        Field(
            "to_km",
            translate("RateDialog", "Band to (km)"),
            placeholder=translate("RateDialog", "empty: and farther"),
        ),
        Field(
            "amount_minor",
            translate("RateDialog", "Amount"),
            aliases=("amount",),
            placeholder=translate("RateDialog", "e.g. 80.00"),
        ),
        Field(
            "currency",
            translate("RateDialog", "Currency"),
            placeholder=translate("RateDialog", "e.g. {currency}").format(currency="EUR"),
        ),
    ]


def rate_dialog(context: AppContext, parent: QWidget, values: dict[str, Any]) -> FormDialog:
    return FormDialog(
        translate("RateDialog", "Add rate"),
        rate_fields(),
        lambda fields: context.perform(AddAllowanceRate(fields)),
        parent,
        values,
    )
