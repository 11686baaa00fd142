"""Logistics ▸ Budget: the planned budget by funder, category and currency
against the costs charged to each funder, with what is left and
over-spending marked; budget lines added, changed and deleted as undoable
steps; allowances; and the cost report per funder (PDF or .xlsx)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from planner.errors import PlannerError
from planner.operations.budget import DeleteBudgetLine, DeleteBudgetLines, new_budget_line_values
from planner.services import budget
from planner.services.budget import BudgetRow, FunderTotal
from planner.services.labels import label
from planner.services.language import interface_language
from planner.ui.budget.allowances_dialog import AllowancesDialog
from planner.ui.budget.forms import budget_line_dialog
from planner.ui.budget.model import BudgetModel, decimal_text
from planner.ui.context import AppContext
from planner.ui.shown_rows import ShownRows
from planner.ui.tables import make_stretching_table, select_id, selected_id

translate = QCoreApplication.translate


def page_title() -> str:
    """The page's tab title, in the window's language."""
    return translate("BudgetPage", "Budget")


def write_cost_report(context: AppContext, event_id: int, funder: str, path: Path) -> None:
    """The cost report as PDF, or as an Excel workbook when the file's name ends in .xlsx."""
    from planner.documents.catalogue import render
    from planner.documents.disclosed import cost_workbook_disclosed, document_disclosed
    from planner.documents.options import DocumentOptions
    from planner.exchange.cost_report_xlsx import cost_report_workbook
    from planner.services.cost_report import cost_report
    from planner.services.disclosures import write_and_record

    language = interface_language()
    with context.read() as session:
        if path.suffix.casefold() == ".xlsx":
            data = cost_report_workbook(cost_report(session, event_id, funder), language)
            whose = cost_workbook_disclosed(session, event_id, funder)
        else:
            options = DocumentOptions(funder=funder, language=language)
            data = render(session, "costs", event_id, options)
            whose = document_disclosed(session, "costs", event_id, options)
    write_and_record(context.store, path, data, whose)


class BudgetPage(QWidget):
    selection_changed = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.event_id: int | None = None
        self.model = BudgetModel(self)
        proxy = ShownRows(self)
        proxy.setSourceModel(self.model)
        self.table = make_stretching_table(proxy, self, stretch=0)
        self.table.setObjectName("budget")
        self.table.doubleClicked.connect(lambda *_args: self.edit_selected())
        self.table.selectionModel().selectionChanged.connect(lambda *_args: self._update_buttons())

        self.add_button = QPushButton(translate("BudgetPage", "Add budget line…"), self)
        self.add_button.clicked.connect(self.add_line)
        self.edit_button = QPushButton(translate("BudgetPage", "Change…"), self)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button = QPushButton(translate("BudgetPage", "Delete"), self)
        self.delete_button.clicked.connect(self.delete_selected)
        self.allowances_button = QPushButton(translate("BudgetPage", "Allowances…"), self)
        self.allowances_button.setToolTip(
            translate("BudgetPage", "Daily allowances and unit costs a funder pays travellers, added as costs")
        )
        self.allowances_button.clicked.connect(self.open_allowances)
        self.report_button = QPushButton(translate("BudgetPage", "Cost report…"), self)
        self.report_button.setToolTip(
            translate("BudgetPage", "One funder's costs line by line for the auditor, as PDF or Excel workbook")
        )
        self.report_button.clicked.connect(self.save_report)
        self.totals = QLabel(self)
        self.totals.setWordWrap(True)
        self.empty_note = QLabel(
            translate(
                "BudgetPage",
                "No budget yet. Add what each funder is planned to pay per category with “Add budget line”; "
                "costs charged to a funder (“Funded by”) are set against it.",
            ),
            self,
        )
        self.empty_note.setWordWrap(True)

        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addSpacing(12)
        buttons.addWidget(self.allowances_button)
        buttons.addWidget(self.report_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_note)
        layout.addWidget(self.totals)
        self._update_buttons()

    def load(self, event_id: int | None) -> None:
        """Read the event's budget against its costs (none: empty)."""
        selected = selected_id(self.table)
        self.event_id = event_id
        rows: list[BudgetRow] = []
        if event_id is not None:
            with self.context.read() as session:
                rows = budget.budget_against_costs(session, event_id)
        self.model.set_rows(rows)
        self.empty_note.setVisible(event_id is not None and not rows)
        self.totals.setText(self._totals_text(budget.funder_totals(rows)))
        if selected is not None:
            select_id(self.table, selected)
        self._update_buttons()

    def _totals_text(self, totals: list[FunderTotal]) -> str:
        lines = []
        for total in totals:
            line = translate("BudgetPage", "{funder}: {spent} of {planned} {currency} spent, {left} left").format(
                funder=total.funder,
                spent=decimal_text(total.spent, total.currency),
                planned=decimal_text(total.planned, total.currency),
                currency=total.currency,
                left=decimal_text(total.left, total.currency),
            )
            if total.over:
                line += " — " + translate("BudgetPage", "over budget")
            lines.append(line)
        return "\n".join(lines)

    def selected_row(self) -> BudgetRow | None:
        key = selected_id(self.table)
        return next((row for row in self.model.rows if self.model.row_id(row) == key), None) if key else None

    def _update_buttons(self) -> None:
        has_event = self.event_id is not None
        row = self.selected_row()
        for button in (self.add_button, self.allowances_button, self.report_button):
            button.setEnabled(has_event)
        self.edit_button.setEnabled(has_event and row is not None)
        self.delete_button.setEnabled(has_event and row is not None and bool(row.line_ids))
        self.selection_changed.emit()

    def add_line(self) -> None:
        if self.event_id is None:
            return
        row = self.selected_row()
        proposed = new_budget_line_values()
        if row is not None:  # a line for what is selected: spent without a budget, or another currency
            proposed |= {"funder": row.funder, "category": row.category, "currency": row.currency}
        budget_line_dialog(self.context, self, self.event_id, proposed).exec()

    def edit_selected(self) -> None:
        """Change the selected row's budget line; a row spent without a
        budget gets one, proposed at what was spent."""
        row = self.selected_row()
        if row is None or self.event_id is None:
            return
        if not row.line_ids:
            values = {"funder": row.funder, "category": row.category, "currency": row.currency}
            budget_line_dialog(self.context, self, self.event_id, values | {"amount_minor": str(row.spent)}).exec()
            return
        with self.context.read() as session:
            line = next(line for line in budget.budget_lines(session, self.event_id) if line.id == row.line_ids[0])
            values = budget.budget_line_values(line)
        budget_line_dialog(self.context, self, self.event_id, values, line_id=row.line_ids[0]).exec()

    def delete_selected(self) -> None:
        row = self.selected_row()
        if row is None or not row.line_ids:
            return
        question = translate("BudgetPage", "Delete the budget of {funder} for {category} in {currency}?").format(
            funder=row.funder, category=label(row.category), currency=row.currency
        )
        title = translate("BudgetPage", "Delete budget line")
        if QMessageBox.question(self, title, question) != QMessageBox.StandardButton.Yes:
            return
        if len(row.line_ids) == 1:
            self.context.try_perform(self, DeleteBudgetLine(row.line_ids[0]))
        else:
            self.context.try_perform(self, DeleteBudgetLines(row.line_ids))

    def open_allowances(self) -> None:
        if self.event_id is not None:
            AllowancesDialog(self.context, self.event_id, self).exec()

    def save_report(self) -> None:
        if self.event_id is None:
            return
        with self.context.read() as session:
            funders = budget.funders(session, self.event_id)
        if not funders:
            QMessageBox.information(
                self,
                translate("BudgetPage", "Cost report"),
                translate("BudgetPage", "No cost or budget line names a funder yet: fill in “Funded by” first."),
            )
            return
        row = self.selected_row()
        current = funders.index(row.funder) if row is not None and row.funder in funders else 0
        funder, chosen = QInputDialog.getItem(
            self, translate("BudgetPage", "Cost report"), translate("BudgetPage", "Funder:"), funders, current, False
        )
        if not chosen:
            return
        path, _filter = QFileDialog.getSaveFileName(
            self,
            translate("BudgetPage", "Save cost report"),
            "",
            translate("BudgetPage", "PDF document (*.pdf);;Excel workbook (*.xlsx)"),
        )
        if not path:
            return
        try:
            write_cost_report(self.context, self.event_id, funder, Path(path))
        except (PlannerError, OSError) as error:
            QMessageBox.warning(self, translate("BudgetPage", "Cost report"), str(error))
