"""Calendar ▸ Send a message…: a letter from a template (practical
information, a reminder, a thank-you) to participants of the event: which
template, to whom, with what attached; then the outbox dialog lists each
recipient with their message, holds back anyone for whom a placeholder is
empty, and sends or saves them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from planner.mail.attachments import ATTACHMENTS
from planner.mail.message_plan import plan_messages, record_delivered
from planner.services import templates
from planner.services.labels import label
from planner.services.vocabulary import ParticipationStatus, Role
from planner.ui.outbox.dialog import MailServer
from planner.ui.outbox.server import event_to_write_for, open_outbox

if TYPE_CHECKING:
    from planner.ui.context import AppContext
    from planner.ui.main_window import MainWindow

translate = QCoreApplication.translate

# What may go with a message (planner/mail/attachments.py), translated where shown.
ATTACHMENT_NAMES = {
    "itinerary": QT_TRANSLATE_NOOP("ComposeDialog", "their own itinerary (PDF)"),
    "calendar": QT_TRANSLATE_NOOP("ComposeDialog", "their own calendar (.ics)"),
    "agenda": QT_TRANSLATE_NOOP("ComposeDialog", "the agenda (PDF)"),
    "minutes": QT_TRANSLATE_NOOP("ComposeDialog", "the conclusions report (PDF)"),
}

EVERYONE = "everyone"
SELECTED = "selected"
CHOSEN = "chosen"


class ComposeDialog(QDialog):
    """Which template, to whom, with what: the choices before the list."""

    def __init__(self, context: AppContext, selected: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(translate("ComposeDialog", "Send a message"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        row = QHBoxLayout()
        self.template = QComboBox()
        row.addWidget(self.template, 1)
        self.edit_templates = QPushButton(translate("ComposeDialog", "Edit templates…"))
        row.addWidget(self.edit_templates)
        form.addRow(translate("ComposeDialog", "Template:"), row)
        self.subject = QLabel()
        self.subject.setWordWrap(True)
        form.addRow(translate("ComposeDialog", "Subject:"), self.subject)
        layout.addLayout(form)

        who = QGroupBox(translate("ComposeDialog", "To"))
        who_layout = QVBoxLayout(who)
        self.to_everyone = QRadioButton(
            translate("ComposeDialog", "Everyone coming (not those who declined or were cancelled)")
        )
        if selected:
            to_selected = translate(
                "ComposeDialog", "The %n participant(s) selected in the Participants tab", "", selected
            )
        else:
            to_selected = translate(
                "ComposeDialog", "The participants selected in the Participants tab (none is selected)"
            )
        self.to_selected = QRadioButton(to_selected)
        self.to_selected.setEnabled(selected > 0)
        self.to_chosen = QRadioButton(translate("ComposeDialog", "Those with the status or role:"))
        self.chosen = QComboBox()
        for status in ParticipationStatus:
            self.chosen.addItem(
                translate("ComposeDialog", "Status: {status}").format(status=label(status.value)), status.value
            )
        for role in Role:
            self.chosen.addItem(translate("ComposeDialog", "Role: {role}").format(role=label(role.value)), role.value)
        self.chosen.currentIndexChanged.connect(lambda: self.to_chosen.setChecked(True))
        group = QButtonGroup(self)
        for button in (self.to_everyone, self.to_selected, self.to_chosen):
            group.addButton(button)
        (self.to_selected if selected else self.to_everyone).setChecked(True)
        who_layout.addWidget(self.to_everyone)
        who_layout.addWidget(self.to_selected)
        chosen_row = QHBoxLayout()
        chosen_row.addWidget(self.to_chosen)
        chosen_row.addWidget(self.chosen, 1)
        who_layout.addLayout(chosen_row)
        layout.addWidget(who)

        attach = QGroupBox(translate("ComposeDialog", "Attach to each message"))
        attach_layout = QVBoxLayout(attach)
        self.attachments: dict[str, QCheckBox] = {}
        for kind, text in ATTACHMENTS.items():
            box = QCheckBox(translate("ComposeDialog", str(ATTACHMENT_NAMES.get(kind, text))))
            self.attachments[kind] = box
            attach_layout.addWidget(box)
        layout.addWidget(attach)
        self.send_incomplete = QCheckBox(
            translate(
                "ComposeDialog", "Also send to those for whom a placeholder is empty (they are held back otherwise)"
            )
        )
        layout.addWidget(self.send_incomplete)
        self.send_again = QCheckBox(translate("ComposeDialog", "Again to those who got this template before"))
        layout.addWidget(self.send_again)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.next_button = buttons.addButton(
            translate("ComposeDialog", "Next: see each message…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.template.currentIndexChanged.connect(self._show_subject)
        self.reload_templates()
        self.resize(560, self.sizeHint().height())

    def reload_templates(self, keep: str = "") -> None:
        keep = keep or self.template.currentText()
        with self.context.read() as session:
            found = templates.all_templates(session)
        self._subjects = {template.name: template.subject for template in found}
        self.template.blockSignals(True)
        self.template.clear()
        self.template.addItems([template.name for template in found])
        self.template.blockSignals(False)
        if keep in self._subjects:
            self.template.setCurrentText(keep)
        self._show_subject()
        self.next_button.setEnabled(bool(found))

    def _show_subject(self, *_args: object) -> None:
        self.subject.setText(self._subjects.get(self.template.currentText(), ""))

    def choice(self) -> tuple[str, tuple[str, ...], bool, tuple[str, ...], bool, bool]:
        """(template, to, selected people, attachments, send incomplete, send again)."""
        to = (str(self.chosen.currentData()),) if self.to_chosen.isChecked() else ()
        attach = tuple(kind for kind, box in self.attachments.items() if box.isChecked())
        return (
            self.template.currentText(),
            to,
            self.to_selected.isChecked(),
            attach,
            self.send_incomplete.isChecked(),
            self.send_again.isChecked(),
        )


INTRO = str(
    QT_TRANSLATE_NOOP(
        "ComposeDialog",
        "Each participant gets the template filled in with their own details. Anyone for whom a placeholder is "
        "empty (no hotel, no arrival…) is held back and named, so that nobody gets a letter with a blank.",
    )
)


def send_message(window: MainWindow, server: MailServer | None = None, *, compose: ComposeDialog | None = None):
    """Ask what to send to whom (``compose`` given: already answered), then
    open the outbox for it; the outbox dialog, or None."""
    event_id = event_to_write_for(window, translate("ComposeDialog", "Send a message"))
    if event_id is None:
        return None
    context = window.context
    selected = sorted(context.selected_people)
    if compose is None:
        compose = ComposeDialog(context, len(selected), window)
        compose.edit_templates.clicked.connect(lambda: _edit_templates(window, compose))
        if compose.exec() != QDialog.DialogCode.Accepted:
            return None
    template, to, only_selected, attach, send_incomplete, send_again = compose.choice()
    people = selected if only_selected else None
    return open_outbox(
        window,
        server,
        title=translate("ComposeDialog", "Send “{template}”").format(template=template),
        intro=translate("ComposeDialog", INTRO),
        load=lambda session: plan_messages(
            session,
            event_id,
            template,
            to=to,
            person_ids=people,
            attach=attach,
            send_incomplete=send_incomplete,
            send_again=send_again,
        ),
        records_in="message_sent",
        record=record_delivered,
    )


def _edit_templates(window: MainWindow, compose: ComposeDialog) -> None:
    from planner.ui.templates_dialog import TemplatesDialog

    editor = TemplatesDialog(window.context, window.current_event_id(), compose)
    editor.exec()
    compose.reload_templates()
