"""Allowances and unit costs: a funder's rates (per day away, or per
journey by distance band), what they give each traveller of the event,
and a button that adds those amounts as costs (one undoable step)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from planner.operations.budget import AddAllowanceCosts, DeleteAllowanceRate, new_rate_values
from planner.services import allowances, budget
from planner.ui.budget.forms import rate_dialog
from planner.ui.budget.model import AllowancesModel, RatesModel
from planner.ui.context import AppContext
from planner.ui.shown_rows import ShownRows
from planner.ui.tables import make_stretching_table, selected_id

translate = QCoreApplication.translate


class AllowancesDialog(QDialog):
    def __init__(self, context: AppContext, event_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.context, self.event_id = context, event_id
        self.setWindowTitle(translate("AllowancesDialog", "Allowances and unit costs"))
        self.funder = QComboBox(self)
        self.funder.setEditable(True)
        with context.read() as session:
            known = budget.funders(session, event_id) + [rate.funder for rate in allowances.rates(session)]
        for name in dict.fromkeys(known):
            self.funder.addItem(name)
        self.funder.currentTextChanged.connect(lambda _text: self.reload())

        self.rates = RatesModel(self)
        rates_proxy = ShownRows(self)
        rates_proxy.setSourceModel(self.rates)
        self.rates_table = make_stretching_table(rates_proxy, self, stretch=0)
        self.rates_table.setObjectName("rates")
        self.add_rate_button = QPushButton(translate("AllowancesDialog", "Add rate…"), self)
        self.add_rate_button.clicked.connect(self.add_rate)
        self.delete_rate_button = QPushButton(translate("AllowancesDialog", "Delete rate"), self)
        self.delete_rate_button.clicked.connect(self.delete_rate)

        self.allowances = AllowancesModel(self)
        allowances_proxy = ShownRows(self)
        allowances_proxy.setSourceModel(self.allowances)
        self.allowances_table = make_stretching_table(allowances_proxy, self, stretch=0)
        self.allowances_table.setObjectName("allowances")
        self.add_costs_button = QPushButton(translate("AllowancesDialog", "Add as costs"), self)
        self.add_costs_button.setToolTip(
            translate(
                "AllowancesDialog",
                "Add each amount as a cost charged to this funder; those added before are not added again",
            )
        )
        self.add_costs_button.clicked.connect(self.add_costs)
        self.status = QLabel(self)
        self.status.setWordWrap(True)

        top = QHBoxLayout()
        top.addWidget(QLabel(translate("AllowancesDialog", "Funder:"), self))
        top.addWidget(self.funder, 1)
        rate_buttons = QHBoxLayout()
        rate_buttons.addWidget(self.add_rate_button)
        rate_buttons.addWidget(self.delete_rate_button)
        rate_buttons.addStretch(1)
        cost_buttons = QHBoxLayout()
        cost_buttons.addWidget(self.status, 1)
        cost_buttons.addWidget(self.add_costs_button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(QLabel(translate("AllowancesDialog", "The funder's rates"), self))
        layout.addWidget(self.rates_table, 1)
        layout.addLayout(rate_buttons)
        layout.addWidget(
            QLabel(
                translate(
                    "AllowancesDialog",
                    "What the rates give each traveller: days from the first departure to the last arrival "
                    "(without travel, the nights of their stays + 1); distance from where their travel starts "
                    "to the event's city",
                ),
                self,
            )
        )
        layout.addWidget(self.allowances_table, 2)
        layout.addLayout(cost_buttons)
        layout.addWidget(close)
        self.resize(760, 560)
        self.reload()

    def funder_name(self) -> str:
        return self.funder.currentText().strip()

    def reload(self) -> None:
        funder = self.funder_name()
        with self.context.read() as session:
            rates = allowances.rates(session, funder) if funder else []
            found = allowances.allowances(session, self.event_id, funder) if funder else []
        self.rates.set_rows(
            [(rate.id or 0, rate.basis, rate.from_km, rate.to_km, rate.amount_minor, rate.currency) for rate in rates]
        )
        self.allowances.set_rows(found)
        self.add_costs_button.setEnabled(bool(found))
        self.delete_rate_button.setEnabled(bool(rates))

    def add_rate(self) -> None:
        dialog = rate_dialog(self.context, self, new_rate_values(self.funder_name()))
        if dialog.exec():
            self.reload()

    def delete_rate(self) -> None:
        rate_id = selected_id(self.rates_table)
        if rate_id is None:
            return
        self.context.try_perform(self, DeleteAllowanceRate(rate_id))
        self.reload()

    def add_costs(self) -> None:
        added = self.context.try_perform(self, AddAllowanceCosts(self.event_id, self.funder_name()))
        if added is None:
            return
        if added:
            self.status.setText(translate("AllowancesDialog", "%n cost line(s) added.", "", len(added)))
        else:
            QMessageBox.information(
                self,
                translate("AllowancesDialog", "Allowances and unit costs"),
                translate("AllowancesDialog", "These allowances are costs already: nothing was added."),
            )
