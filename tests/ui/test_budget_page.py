"""Logistics ▸ Budget: the budget by funder against the costs, lines added,
changed and deleted through forms as undoable steps, over-spending marked,
allowances added as costs, the cost report saved as PDF and .xlsx; and the
cost form asks what an auditor needs."""

from __future__ import annotations

import io

import openpyxl
import pypdf
import pytest
from PySide6.QtWidgets import QFileDialog, QInputDialog
from sqlalchemy import func, select

from planner.db.models import BudgetLine, Cost
from planner.ui.logistics import LogisticsTab
from planner.ui.logistics.tab import BUDGET
from planner.ui.tables import select_id
from tests.ui.conftest import answer_dialogs

FUNDER = "ECRI (COSME)"


@pytest.fixture
def tab(qtbot, context, event_ids):
    widget = LogisticsTab(context)
    qtbot.addWidget(widget)
    widget.resize(1280, 720)
    widget.show()
    widget.show_event(event_ids["ECRI"])
    widget.pages.setCurrentIndex(BUDGET)
    return widget


def rows_of(table) -> list[list[str]]:
    model = table.model()
    return [
        [model.index(row, column).data() or "" for column in range(model.columnCount())]
        for row in range(model.rowCount())
    ]


def count(context, model) -> int:
    with context.read() as session:
        return session.scalar(select(func.count()).select_from(model))


def test_a_budget_line_is_set_against_the_costs_and_undone(tab, context, monkeypatch):
    page = tab.budget_page
    assert tab.pages.tabText(BUDGET) == "Budget"
    # Before any budget: what the funder spent shows as not in the budget.
    travel = next(row for row in rows_of(page.table) if row[1] == "Travel" and row[2] == "EUR")
    assert travel == [FUNDER, "Travel", "EUR", "0.00", "2,537.00", "-2,537.00", "Not in the budget"]
    answer_dialogs(
        monkeypatch,
        {"funder": FUNDER, "category": "travel", "amount_minor": "3000.00", "currency": "EUR"},
    )
    page.add_button.click()
    assert count(context, BudgetLine) == 1
    assert context.undo_stack.undoText() == "Add budget line"
    travel = next(row for row in rows_of(page.table) if row[1] == "Travel" and row[2] == "EUR")
    assert travel == [FUNDER, "Travel", "EUR", "3,000.00", "2,537.00", "463.00", ""]
    # The funder as a whole: all its EUR costs against all its EUR budget.
    assert "ECRI (COSME): 6,015.00 of 3,000.00 EUR spent, -3,015.00 left — over budget" in page.totals.text()

    # Changed to less than was spent: marked over budget.
    assert select_id(page.table, f"{FUNDER.casefold()}|travel|EUR")
    answer_dialogs(monkeypatch, {"amount_minor": "2500"})
    page.edit_button.click()
    travel = next(row for row in rows_of(page.table) if row[1] == "Travel" and row[2] == "EUR")
    assert travel[3:] == ["2,500.00", "2,537.00", "-37.00", "Over budget"]

    # A refusal names the field and keeps nothing.
    opened = answer_dialogs(monkeypatch, {"amount_minor": "12.345"})
    undo_steps = context.undo_stack.count()
    page.edit_button.click()
    assert "more decimals than EUR allows" in opened[0].form.problem_text("amount_minor")
    assert context.undo_stack.count() == undo_steps

    context.undo_stack.undo()
    context.undo_stack.undo()
    assert count(context, BudgetLine) == 0
    assert "Not in the budget" in next(row for row in rows_of(page.table) if row[1] == "Travel")[6]


def test_a_row_of_two_budget_lines_is_deleted_in_one_step(tab, context, monkeypatch, answer_yes):
    page = tab.budget_page
    line = {"funder": FUNDER, "category": "catering", "amount_minor": "400.00", "currency": "EUR"}
    answer_dialogs(monkeypatch, line, line | {"amount_minor": "100.00"})
    page.add_button.click()
    page.add_button.click()
    catering = next(row for row in rows_of(page.table) if row[1] == "Catering")
    assert catering[3:] == ["500.00", "612.00", "-112.00", "Over budget"]
    assert select_id(page.table, f"{FUNDER.casefold()}|catering|EUR")
    steps = context.undo_stack.count()
    page.delete_button.click()
    assert count(context, BudgetLine) == 0 and context.undo_stack.count() == steps + 1
    context.undo_stack.undo()
    assert count(context, BudgetLine) == 2


def test_allowances_are_added_as_costs_from_the_dialog(tab, context, monkeypatch):
    from planner.ui.budget.allowances_dialog import AllowancesDialog

    dialog = AllowancesDialog(context, tab.budget_page.event_id, tab)
    dialog.funder.setCurrentText(FUNDER)
    answer_dialogs(monkeypatch, {"basis": "day", "amount_minor": "80.00", "currency": "EUR"})
    dialog.add_rate_button.click()
    assert rows_of(dialog.rates_table) == [["Per day away", "80.00 EUR"]]
    allowances = rows_of(dialog.allowances_table)
    assert allowances and all(row[1] == "Daily allowance" for row in allowances)
    before = count(context, Cost)
    dialog.add_costs_button.click()
    assert count(context, Cost) == before + len(allowances)
    assert "added" in dialog.status.text()
    context.undo_stack.undo()
    assert count(context, Cost) == before


def test_the_cost_report_is_saved_as_pdf_and_as_a_workbook(tab, monkeypatch, tmp_path):
    page = tab.budget_page
    monkeypatch.setattr(QInputDialog, "getItem", lambda *args, **kwargs: (FUNDER, True))
    for name in ("costs.pdf", "costs.xlsx"):
        target = tmp_path / name
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, target=target, **kwargs: (str(target), ""))
        page.report_button.click()
        assert target.exists()
    text = " ".join(
        page.extract_text() for page in pypdf.PdfReader(io.BytesIO((tmp_path / "costs.pdf").read_bytes())).pages
    )
    assert "Funder: ECRI (COSME)" in text
    assert openpyxl.load_workbook(tmp_path / "costs.xlsx")["Cost report"]["A2"].value == "Funder: ECRI (COSME)"


def test_the_cost_form_asks_for_the_date_payee_and_evidence(tab):
    from planner.ui.logistics.dialogs import cost_fields

    labels = [field.label for field in cost_fields([])]
    assert labels[-3:] == ["Date", "Paid to", "Evidence"]
