"""Calendar ▸ Fetch replies from mailbox…: where replies arrive (IMAP
server, security, user, folder: remembered per database) and the password;
Fetch reads the replies that came since the last fetch and applies them as
Import replies does, in one undoable step, then shows the report."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from planner.calendar.imap_replies import DEFAULT_PORTS, Fetched, fetch_replies
from planner.errors import PlannerError
from planner.operations.replies import ChangeReplyMailbox, ImportMailboxReplies
from planner.services import mail_password, reply_mailbox
from planner.services.replies import RepliesReport
from planner.services.reply_mailbox import MailboxSettings
from planner.ui import tasks

if TYPE_CHECKING:
    from planner.ui.context import AppContext

translate = QCoreApplication.translate

# Translated where shown.
SECURITY_CHOICES = (
    ("tls", str(QT_TRANSLATE_NOOP("MailboxDialog", "TLS (usually port 993)"))),
    ("starttls", str(QT_TRANSLATE_NOOP("MailboxDialog", "STARTTLS (usually port 143)"))),
    ("none", str(QT_TRANSLATE_NOOP("MailboxDialog", "None: only for a test server on this computer"))),
)
TITLE = str(QT_TRANSLATE_NOOP("MailboxDialog", "Fetch replies from mailbox"))
IMAP_PASSWORD_VARIABLE = "PLANNER_IMAP_PASSWORD"


def password_note() -> str:
    problem = mail_password.keyring_problem()
    if problem:
        return translate(
            "MailboxDialog", "The password is kept until Planner closes only, never written down: {problem}."
        ).format(problem=problem)
    return translate(
        "MailboxDialog", "The password is kept in the system keyring ({keyring}), never in the database."
    ).format(keyring=mail_password.keyring_name())


class MailboxDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.runner = tasks.TaskRunner(context, self)
        self.report: RepliesReport | None = None
        self.fetched: Fetched | None = None
        self.setWindowTitle(translate("MailboxDialog", TITLE))
        layout = QVBoxLayout(self)
        intro = QLabel(
            translate(
                "MailboxDialog",
                "Planner reads the answers to your invitations from the mailbox they arrive in. Only messages with a "
                "calendar are downloaded, none is marked as read, and mail about other meetings is left alone.",
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.host = QLineEdit()
        self.host.setPlaceholderText("imap.example.org")
        self.security = QComboBox()
        for value, text in SECURITY_CHOICES:
            self.security.addItem(translate("MailboxDialog", text), value)
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(DEFAULT_PORTS["tls"])
        self.user = QLineEdit()
        self.user.setPlaceholderText(translate("MailboxDialog", "usually your e-mail address"))
        self.folder = QLineEdit("INBOX")
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(translate("MailboxDialog", "Server:"), self.host)
        form.addRow(translate("MailboxDialog", "Security:"), self.security)
        form.addRow(translate("MailboxDialog", "Port:"), self.port)
        form.addRow(translate("MailboxDialog", "User name:"), self.user)
        form.addRow(translate("MailboxDialog", "Folder:"), self.folder)
        form.addRow(translate("MailboxDialog", "Password:"), self.password)
        layout.addLayout(form)
        self.password_note = QLabel(password_note())
        self.password_note.setWordWrap(True)
        layout.addWidget(self.password_note)
        self.status = QLabel("")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.fetch_button = buttons.addButton(
            translate("MailboxDialog", "Fetch replies"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.fetch_button.setDefault(True)
        buttons.accepted.connect(self.fetch)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.security.currentIndexChanged.connect(self._security_changed)
        self._load()
        self.resize(520, self.sizeHint().height())

    def _load(self) -> None:
        with self.context.read() as session:
            saved = reply_mailbox.load(session)
        if saved is None:
            return
        settings, position = saved
        self.host.setText(settings.host)
        self.security.setCurrentIndex(max(0, self.security.findData(settings.security)))
        self.port.setValue(settings.port)
        self.user.setText(settings.user)
        self.folder.setText(settings.folder)
        self.password.setText(mail_password.stored_password(settings, variable=IMAP_PASSWORD_VARIABLE) or "")
        if position is not None:
            self.status.setText(translate("MailboxDialog", "Fetching reads what arrived since the last fetch."))

    def _security_changed(self) -> None:
        # The usual port of the new choice, unless the user set another one.
        if self.port.value() in DEFAULT_PORTS.values():
            self.port.setValue(DEFAULT_PORTS[self.security.currentData()])

    def settings(self) -> MailboxSettings:
        return MailboxSettings(
            self.host.text().strip(),
            self.port.value(),
            self.security.currentData(),
            self.user.text().strip(),
            self.folder.text().strip() or "INBOX",
        )

    def fetch(self) -> tasks.Task | None:
        """Keep the settings (when changed), fetch off the GUI thread, then
        apply the replies as one undoable step."""
        wanted = self.settings()
        password = self.password.text()
        if not password:
            self.status.setText(translate("MailboxDialog", "Type the password of the mailbox."))
            self.password.setFocus()
            return None
        with self.context.read() as session:
            saved = reply_mailbox.load(session)
        try:
            if saved is None or saved[0] != reply_mailbox.checked(wanted):
                wanted = self.context.perform(ChangeReplyMailbox.to(wanted))
                saved = (wanted, None)
        except PlannerError as error:
            self.status.setText(str(error))
            return None
        settings, position = saved
        mail_password.store_password(settings, password)
        self.fetch_button.setEnabled(False)
        reading = translate("MailboxDialog", "Reading {folder} on {server}…").format(
            folder=settings.folder, server=settings.where
        )
        self.status.setText(reading)

        def failed(error: PlannerError) -> None:
            if "refused the login" in str(error):
                mail_password.forget_password(settings)  # asked again, not tried again
            self.fetch_button.setEnabled(True)
            self.status.setText(translate("MailboxDialog", "{error}\n\nNothing was changed.").format(error=error))

        try:
            return self.runner.start(
                translate("MailboxDialog", "fetching replies", "what is running, at the start of a sentence"),
                reading,
                lambda _progress: fetch_replies(settings, password, position),
                on_done=self._apply,
                on_failed=failed,
            )
        except PlannerError as error:
            failed(error)
            return None

    def _apply(self, fetched: Fetched) -> None:
        self.fetched = fetched

        def failed(error: PlannerError) -> None:
            self.fetch_button.setEnabled(True)
            self.status.setText(translate("MailboxDialog", "{error}\n\nNothing was changed.").format(error=error))

        try:
            self.runner.perform(
                ImportMailboxReplies(tuple(fetched.messages), fetched.position),
                translate("MailboxDialog", "Reading replies…"),
                what=translate("MailboxDialog", "reading replies", "what is running, at the start of a sentence"),
                on_done=self._done,
                on_failed=failed,
            )
        except PlannerError as error:
            failed(error)

    def _done(self, report: RepliesReport) -> None:
        self.report = report
        fetched = self.fetched
        assert fetched is not None
        lines = [translate("MailboxDialog", "In the mailbox: {summary}").format(summary=fetched.summary())]
        too_large = translate("MailboxDialog", "{message}: left aside, too large to be a reply.")
        lines += [too_large.format(message=source) for source in fetched.too_large]
        lines += report.lines()
        if fetched.more_left:
            lines.append(translate("MailboxDialog", "More messages are waiting: fetch again to read them."))
        self.accept()
        window = self.parentWidget()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(report.summary(), 8000)
        box = QMessageBox.warning if report.refused else QMessageBox.information
        box(self.parentWidget(), translate("MailboxDialog", "Replies fetched"), "\n".join(lines))
