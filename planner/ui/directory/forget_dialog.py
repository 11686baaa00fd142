"""Forgetting one person, as the window asks about it: what will be
removed and what kept is shown first, or why it cannot be done yet and
until when; then one button that says what it does (Erase, Anonymise),
and a last question before anything changes."""

from __future__ import annotations

from datetime import date
from html import escape as _escape

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QMessageBox, QPushButton, QVBoxLayout, QWidget

from planner.operations.erasure import ForgetPerson
from planner.services.erasure import ErasurePlan, Way, erasure_plan, older_backups
from planner.ui.context import AppContext

translate = QCoreApplication.translate


def escape(text: str) -> str:
    return _escape(text, quote=False)


def _listed(title: str, lines: tuple[str, ...]) -> str:
    items = "".join(f"<li>{escape(line[:1].upper() + line[1:])}</li>" for line in lines)
    return f"<p><b>{escape(title)}</b></p><ul style='margin-top:0'>{items}</ul>"


class ForgetPersonDialog(QDialog):
    """The plan for one person as of ``today``; ``done`` once it was carried out."""

    def __init__(self, context: AppContext, person_id: int, parent: QWidget | None = None, today: date | None = None):
        super().__init__(parent)
        self.context = context
        self.today = today or date.today()
        self.done_as: Way | None = None
        with context.read() as session:
            self.plan: ErasurePlan = erasure_plan(session, person_id, self.today)
        self.setWindowTitle(translate("ForgetPersonDialog", "Forget {name}").format(name=self.plan.name))
        self.setMinimumWidth(560)

        self.summary = QLabel(self._summary(), self)
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.buttons = QDialogButtonBox(self)
        self.forget_button: QPushButton | None = None
        if self.plan.refused:
            self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        else:
            text = (
                translate("ForgetPersonDialog", "&Erase")
                if self.plan.way is Way.ERASE
                else translate("ForgetPersonDialog", "&Anonymise")
            )
            self.forget_button = self.buttons.addButton(text, QDialogButtonBox.ButtonRole.DestructiveRole)
            self.forget_button.clicked.connect(self.forget)
            self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel).setDefault(True)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)

    def _summary(self) -> str:
        plan = self.plan
        name = escape(plan.name)
        if plan.refused:
            head = translate(
                "ForgetPersonDialog", "{name} cannot be erased or anonymised yet: a funder's evidence holds them."
            ).format(name=name)
            return f"<p>{head}</p>" + _listed(translate("ForgetPersonDialog", "Kept because:"), plan.refusals)
        if plan.way is Way.ERASE:
            head = translate(
                "ForgetPersonDialog",
                "{name} takes part in no event a funder's evidence must keep: they can be erased from this database.",
            ).format(name=name)
        else:
            head = translate(
                "ForgetPersonDialog",
                "The evidence of {name}'s funded events is no longer kept: they can be anonymised, "
                "their events keeping them as statistics.",
            ).format(name=name)
        text = f"<p>{head}</p>" + _listed(translate("ForgetPersonDialog", "Removed:"), plan.removed)
        if plan.kept:
            text += _listed(translate("ForgetPersonDialog", "Kept:"), plan.kept)
        backups = older_backups(self.context.store.path)
        if backups:
            text += f"<p>{escape(backups[:1].upper() + backups[1:])}.</p>"
        undo = translate(
            "ForgetPersonDialog", "Until Planner is closed, Edit > Undo brings everything back; then it is final."
        )
        return text + f"<p><i>{escape(undo)}</i></p>"

    def forget(self) -> None:
        name = self.plan.name
        if self.plan.way is Way.ERASE:
            title = translate("ForgetPersonDialog", "Erase {name}").format(name=name)
            question = translate(
                "ForgetPersonDialog", "Erase {name} and the records only about them from this database now?"
            ).format(name=name)
        else:
            title = translate("ForgetPersonDialog", "Anonymise {name}").format(name=name)
            question = translate(
                "ForgetPersonDialog",
                "Remove {name}'s name and contact details from this database now? Their events keep them as statistics.",
            ).format(name=name)
        answer = QMessageBox.question(
            self,
            title,
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        done = self.context.try_perform(self, ForgetPerson(self.plan.person_id, self.today))
        if done is not None:
            self.done_as = done
            self.accept()
