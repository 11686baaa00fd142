"""Asking for a passphrase: a new one, typed twice (for encrypted backups
and protected exports), or a known one, typed once (to restore an
encrypted backup). What is typed is never shown, stored or logged here."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from planner.passphrases import SHORTEST
from planner.ui.accessibility import name_icon_buttons

translate = QCoreApplication.translate


class PassphraseDialog(QDialog):
    def __init__(self, parent: QWidget | None, title: str, text: str, *, new: bool, problem: str = ""):
        super().__init__(parent)
        self.new = new
        self.setWindowTitle(title)
        self.text = QLabel(text, self)
        self.text.setWordWrap(True)
        self.first = QLineEdit(self)
        self.first.setObjectName("passphrase")
        self.first.setEchoMode(QLineEdit.EchoMode.Password)
        self.second = QLineEdit(self)
        self.second.setObjectName("repeated")
        self.second.setEchoMode(QLineEdit.EchoMode.Password)
        self.shown = QCheckBox(translate("PassphraseDialog", "&Show what I type"), self)
        self.shown.toggled.connect(self._show)
        self.problem = QLabel(problem, self)
        self.problem.setObjectName("problem")
        self.problem.setWordWrap(True)
        form = QFormLayout()
        form.addRow(translate("PassphraseDialog", "&Passphrase:"), self.first)
        if new:
            form.addRow(translate("PassphraseDialog", "&Again:"), self.second)
        else:
            self.second.hide()
        form.addRow("", self.shown)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.first.textChanged.connect(self._check)
        self.second.textChanged.connect(self._check)
        name_icon_buttons(self)
        self.setMinimumWidth(440)
        self._check()

    def passphrase(self) -> str:
        return self.first.text()

    def _show(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.first.setEchoMode(mode)
        self.second.setEchoMode(mode)

    def _check(self) -> None:
        problem = self._problem()
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(not problem)
        if self.first.text():  # a refusal given (a wrong passphrase) stays until something is typed
            self.problem.setText(problem if self.new else "")

    def _problem(self) -> str:
        typed = self.first.text()
        if not self.new:
            return "" if typed else " "
        if len(typed) < SHORTEST:
            return translate("PassphraseDialog", "The passphrase needs at least {count} characters.").format(
                count=SHORTEST
            )
        if typed != self.second.text():
            return translate("PassphraseDialog", "The two passphrases differ.")
        return ""


def ask_new_passphrase(parent: QWidget | None, title: str, text: str) -> str | None:
    """A new passphrase, typed twice; None when cancelled."""
    dialog = PassphraseDialog(parent, title, text, new=True)
    chosen = dialog.passphrase() if dialog.exec() else None
    dialog.deleteLater()
    return chosen


def ask_passphrase(parent: QWidget | None, title: str, text: str, problem: str = "") -> str | None:
    """A passphrase already chosen, typed once; None when cancelled."""
    dialog = PassphraseDialog(parent, title, text, new=False, problem=problem)
    chosen = dialog.passphrase() if dialog.exec() else None
    dialog.deleteLater()
    return chosen
